import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { GradeBadge } from "~/components/grade-badge";
import { buildRows } from "~/lib/authority-rows";
import { daysBetween, formatDate, formatDays, plural } from "~/lib/format";
import { gradeFor } from "~/lib/grades";
import {
  INSPECTION_TYPE_LABELS,
  KIND_LABELS,
  MAP_AREA_LABELS,
  MAP_AREAS,
  areaLabel,
} from "~/lib/vocabulary";
import { api } from "~/trpc/server";
import { Comparison } from "./_components/comparison";
import { InspectionCard } from "./_components/inspection-card";
import { NextInspection } from "./_components/next-inspection";
import { Partnerships } from "./_components/partnerships";
import { statisticalNeighbours } from "./_components/statistical-neighbours";
import { TimelineChart } from "./_components/timeline-chart";

type Props = { params: Promise<{ code: string }> };

// Cached per request: the metadata and the page ask for the same authority.
const findAuthority = cache(async (code: string) => {
  const caller = await api();
  try {
    return await caller.authority.byCode({ code: decodeURIComponent(code) });
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "NOT_FOUND")
      return undefined;
    throw error;
  }
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const authority = await findAuthority((await props.params).code);
  return {
    title: authority
      ? `${authority.name} children’s services`
      : "Authority not found",
  };
}

export default async function AuthorityPage(props: Props) {
  const { code } = await props.params;
  const authority = await findAuthority(code);
  if (!authority) notFound();

  const caller = await api();
  const [timeline, everyone] = await Promise.all([
    caller.authority.timeline({ code: authority.gss }),
    caller.authority.list(),
  ]);
  const details = await Promise.all(
    [...timeline.inspections]
      .reverse()
      .map((i) => caller.inspection.byId({ id: i.id })),
  );
  const rows = buildRows(everyone, "latest");
  const names = new Map(
    everyone.map((a) => [a.gss, { name: a.name, slug: a.slug }]),
  );
  const self = rows.find((r) => r.gss === authority.gss);
  const latest = authority.latest;
  const today = new Date();
  const lastYear = Math.max(
    today.getUTCFullYear(),
    ...timeline.inspections.map((i) => Number(i.date.slice(0, 4))),
  );
  const graded = timeline.inspections.filter((i) => i.judgements.length > 0);
  const changes = timeline.changes.filter(
    (c) => c.area === "overall-effectiveness",
  );
  const chartSummary =
    graded.length === 0
      ? `No graded inspections of ${authority.name} are recorded.`
      : `Grades of ${authority.name} per area at ${plural(graded.length, "graded inspection")} from ${graded[0]?.date.slice(0, 4)} to ${graded.at(-1)?.date.slice(0, 4)}. ` +
        graded
          .map(
            (i) =>
              `${i.date.slice(0, 4)}: ${i.judgements.map((j) => `${areaLabel(j.area)} ${j.grade.replace(/-/g, " ")}`).join(", ")}`,
          )
          .join(". ");

  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li>
            <Link href="/">Overview</Link>
          </li>
          <li>
            <Link
              href={`/?region=${encodeURIComponent(authority.region)}#authorities`}
            >
              {authority.region}
            </Link>
          </li>
          <li aria-current="page">{authority.name}</li>
        </ol>
      </nav>
      <h1>{authority.name}</h1>
      <p className="lede">
        {KIND_LABELS[authority.kind] ?? authority.kind} in {authority.region}.{" "}
        {latest
          ? `Latest graded inspection ${formatDate(latest.date)}.`
          : "No graded inspection of this authority is recorded yet."}
      </p>
      {authority.validTo ? (
        <p className="callout callout--warning">
          This authority ended on {formatDate(authority.validTo)}.{" "}
          {authority.successorAuthorities.length > 0 ? (
            <>
              Its area passed to{" "}
              {authority.successorAuthorities.map((s, i) => (
                <span key={s.gss}>
                  {i > 0 ? " and " : ""}
                  <Link href={`/authorities/${s.gss}`}>{s.name}</Link>
                </span>
              ))}
              .
            </>
          ) : null}
        </p>
      ) : null}

      <dl className="facts">
        <div>
          <dt>GSS code</dt>
          <dd>{authority.gss}</dd>
        </div>
        <div>
          <dt>DfE LA code</dt>
          <dd>{authority.laCode}</dd>
        </div>
        <div>
          <dt>Region</dt>
          <dd>{authority.region}</dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{KIND_LABELS[authority.kind] ?? authority.kind}</dd>
        </div>
        {authority.aliases.length > 0 ? (
          <div style={{ gridColumn: "1 / -1" }}>
            <dt>Also known as</dt>
            <dd>{authority.aliases.join("; ")}</dd>
          </div>
        ) : null}
        {authority.partnerships.length > 0 ? (
          <div style={{ gridColumn: "1 / -1" }}>
            <dt>Partnerships</dt>
            <dd>
              <Partnerships
                partnerships={authority.partnerships}
                self={authority.gss}
                names={names}
              />
            </dd>
          </div>
        ) : null}
        {authority.predecessorAuthorities.length > 0 ? (
          <div>
            <dt>Replaced</dt>
            <dd>
              {authority.predecessorAuthorities.map((p, i) => (
                <span key={p.gss}>
                  {i > 0 ? ", " : ""}
                  {p.name} ({p.gss})
                </span>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>

      <section className="section" aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest grades and timing</h2>
        <div className="grid grid--2">
          <div className="panel">
            <h3>
              {latest
                ? `${INSPECTION_TYPE_LABELS[latest.type] ?? latest.type}, ${formatDate(latest.date)}`
                : "No graded inspection"}
            </h3>
            {latest ? (
              <ul className="plain-list">
                {MAP_AREAS.map((area) => (
                  <li
                    key={area}
                    style={{
                      display: "flex",
                      justifyContent: "space-between",
                      gap: "1rem",
                      padding: "0.3rem 0",
                    }}
                  >
                    <span>{MAP_AREA_LABELS[area]}</span>
                    <GradeBadge grade={gradeFor(latest.judgements, area)} />
                  </li>
                ))}
              </ul>
            ) : (
              <p>
                Nothing is known about this authority’s grades yet. Add an
                article about an inspection to record one.
              </p>
            )}
          </div>
          <div className="panel panel--wash" data-panel="timing">
            <h3>Timing</h3>
            {latest ? (
              <>
                <p>
                  <span className="stat">
                    {formatDays(daysBetween(latest.date, today))}
                  </span>
                  <br />
                  <span className="small muted">
                    since the latest graded inspection began (
                    {formatDate(latest.date)})
                  </span>
                </p>
                {authority.lastVisit && authority.lastVisit.id !== latest.id ? (
                  <p className="small">
                    Last visit of any kind:{" "}
                    {INSPECTION_TYPE_LABELS[authority.lastVisit.type] ??
                      authority.lastVisit.type}
                    , {formatDate(authority.lastVisit.date)} (
                    {formatDays(daysBetween(authority.lastVisit.date, today))}{" "}
                    ago).
                  </p>
                ) : null}
              </>
            ) : (
              <p>No inspection recorded, so no timing can be given.</p>
            )}
            {authority.nextInspection ? (
              <NextInspection window={authority.nextInspection} today={today} />
            ) : latest ? (
              <p className="small">
                No cadence rule gives a date for the next inspection (the latest
                inspection has no overall effectiveness grade).
              </p>
            ) : null}
            {changes.length > 0 ? (
              <p className="small">
                Overall effectiveness moved{" "}
                {changes.length === 1 ? "once" : `${changes.length} times`}{" "}
                between graded inspections; most recently it{" "}
                {changes[0]?.direction === "unchanged"
                  ? "held"
                  : changes[0]?.direction}
                .
              </p>
            ) : null}
          </div>
        </div>
      </section>

      <section className="section timeline" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Grades over time</h2>
        {timeline.inspections.length > 0 ? (
          <div
            className="timeline-scroll"
            tabIndex={0}
            role="region"
            aria-label="Grades over time (scrolls sideways)"
          >
            <TimelineChart
              inspections={timeline.inspections}
              lastYear={lastYear}
              summary={chartSummary}
            />
          </div>
        ) : (
          <p>No inspections recorded.</p>
        )}
        <p className="small muted">
          Circles are graded judgements (★ outstanding, ✓ good, ▲ requires
          improvement, ✕ inadequate); diamonds are visits that give no grade.
          Shading marks the inspection framework in force.
        </p>
      </section>

      {timeline.conflicts.length > 0 ? (
        <section className="section" aria-labelledby="conflicts-heading">
          <h2 id="conflicts-heading">Where sources disagree</h2>
          <p>
            {plural(timeline.conflicts.length, "disagreement")} between sources{" "}
            {timeline.conflicts.length === 1 ? "is" : "are"} kept as they are
            rather than resolved silently; each is shown with its inspection
            below.
          </p>
          <ul>
            {timeline.conflicts.map((conflict) => (
              <li key={conflict.id}>{conflict.message}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="section" aria-labelledby="inspections-heading">
        <h2 id="inspections-heading">Every inspection, newest first</h2>
        <p className="small muted">
          Each judgement quotes the words it was read from; follow a quote’s
          link to see it highlighted in its source.
        </p>
        {details.length === 0 ? <p>No inspections recorded.</p> : null}
        {details.map((inspection) => (
          <InspectionCard
            key={inspection.id}
            inspection={inspection}
            ownGss={authority.gss}
          />
        ))}
      </section>

      {self ? (
        <section className="section" aria-labelledby="compare-heading">
          <h2 id="compare-heading">How {authority.name} compares</h2>
          <Comparison
            self={self}
            rows={rows}
            neighbourCodes={statisticalNeighbours(authority.laCode)}
          />
        </section>
      ) : null}
    </>
  );
}
