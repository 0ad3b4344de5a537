import type { EvidenceItem, InspectionDetail } from "@csi/api";
import Link from "next/link";
import { GradeBadge } from "~/components/grade-badge";
import { evidenceHref } from "~/lib/evidence";
import { formatDate, plural } from "~/lib/format";
import {
  AREA_LABELS,
  FRAMEWORK_LABELS,
  INSPECTION_TYPE_LABELS,
  areaLabel,
  isGrade,
} from "~/lib/vocabulary";

function Quote({ evidence }: { evidence: EvidenceItem }) {
  if (evidence.kind === "register") {
    // A register row is a line of CSV that says the same for every judgement; cite it, do not repeat it.
    return (
      <p className="quote small" data-evidence="register">
        Register snapshot {evidence.documentSource},{" "}
        <Link href={evidenceHref(evidence)} prefetch={false}>
          row {evidence.cites.replace(/^.*#L?/, "")}
          <span className="visually-hidden">
            {" "}
            (open the register at this row)
          </span>
        </Link>
      </p>
    );
  }
  return (
    <blockquote className="quote" data-evidence={evidence.kind}>
      “{evidence.quote.trim()}”{" "}
      <Link href={evidenceHref(evidence)} prefetch={false}>
        in {evidence.documentSource}
        <span className="visually-hidden">
          {" "}
          (open the source at this sentence)
        </span>
      </Link>
    </blockquote>
  );
}

const AREA_ORDER = Object.keys(AREA_LABELS);
/** Judgements in the domain's area order, disputed ones in their place. */
function areaRank(area: string): number {
  const index = AREA_ORDER.indexOf(area);
  return index === -1 ? AREA_ORDER.length : index;
}

type ConflictValue = InspectionDetail["conflicts"][number]["values"][number];

/** What each source says in a disagreement, with its words. */
function ConflictValues({ values }: { values: readonly ConflictValue[] }) {
  return (
    <ul className="plain-list" style={{ marginTop: "0.35rem" }}>
      {values.map((value, i) => (
        <li
          key={`${value.source.ref}-${i}`}
          style={{ marginBottom: "0.35rem" }}
        >
          <GradeBadgeOrText value={value.value} />{" "}
          <span className="small">
            says{" "}
            {value.source.kind === "register"
              ? `the register (${value.source.documentSource})`
              : (value.source.title ?? value.source.documentSource)}
          </span>
          {value.evidence
            .filter((e) => e.kind === "article")
            .slice(0, 1)
            .map((e) => (
              <Quote key={`${e.documentId}-${e.start}`} evidence={e} />
            ))}
          {value.evidence.every((e) => e.kind === "register")
            ? value.evidence
                .slice(0, 1)
                .map((e) => (
                  <Quote key={`${e.documentId}-${e.start}`} evidence={e} />
                ))
            : null}
        </li>
      ))}
    </ul>
  );
}

/** A grade as a badge; any other disputed value (a date, a type) as text. */
function GradeBadgeOrText({ value }: { value: string }) {
  return isGrade(value) ? (
    <GradeBadge grade={value} />
  ) : (
    <strong>{value}</strong>
  );
}

/** One inspection: its type and dates, each judgement with the quotes behind it, its sources and conflicts. */
export function InspectionCard({
  inspection,
  ownGss,
}: {
  inspection: InspectionDetail;
  ownGss: string;
}) {
  const headingId = `inspection-${inspection.id.replace(/[^a-zA-Z0-9]+/g, "-")}`;
  const articles = inspection.sources.filter((s) => s.kind === "article");
  // A disputed grade is shown in place of the judgement; other disagreements (dates, type) above it.
  const gradeConflicts = inspection.conflicts.filter((c) => c.kind === "grade");
  const otherConflicts = inspection.conflicts.filter((c) => c.kind !== "grade");
  return (
    <article
      className="inspection"
      aria-labelledby={headingId}
      id={headingId.replace("inspection-", "i-")}
    >
      <div className="inspection__head">
        <h3 id={headingId} style={{ margin: 0 }}>
          {INSPECTION_TYPE_LABELS[inspection.type] ?? inspection.type},{" "}
          {formatDate(inspection.date)}
          {inspection.endDate && inspection.endDate !== inspection.date
            ? ` to ${formatDate(inspection.endDate)}`
            : ""}
        </h3>
        <span className="small muted">
          {inspection.framework
            ? FRAMEWORK_LABELS[inspection.framework]
            : "Before the SIF"}
          {inspection.published
            ? ` · published ${formatDate(inspection.published)}`
            : ""}{" "}
          · {plural(inspection.sourceCount, "source")}
          {inspection.authority.gss !== ownGss
            ? ` · as ${inspection.authority.name}`
            : ""}
        </span>
      </div>
      <div className="inspection__body">
        {otherConflicts.length > 0 ? (
          <div
            className="callout callout--warning"
            data-conflicts={otherConflicts.length}
          >
            <strong>Sources disagree about this inspection</strong>
            <ul style={{ margin: "0.25rem 0 0", paddingLeft: "1.25rem" }}>
              {otherConflicts.map((conflict) => (
                <li key={conflict.id}>
                  {conflict.message}
                  <ConflictValues values={conflict.values} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {inspection.judgements.length > 0 || gradeConflicts.length > 0 ? (
          <ul className="judgements">
            {[
              ...inspection.judgements.map((j) => ({
                area: j.area,
                node: (
                  <li key={j.area} data-area={j.area} data-grade={j.grade}>
                    <div>
                      <div style={{ fontWeight: 600 }}>{areaLabel(j.area)}</div>
                      <GradeBadge grade={j.grade} />
                    </div>
                    <div>
                      {j.evidence.length === 0 ? (
                        <p className="small muted">
                          No quote recorded for this judgement.
                        </p>
                      ) : null}
                      {/* Article quotes first: a sentence says more than a register row. */}
                      {[...j.evidence]
                        .sort((a, b) =>
                          a.kind === b.kind ? 0 : a.kind === "article" ? -1 : 1,
                        )
                        .map((e) => (
                          <Quote
                            key={`${e.documentId}-${e.start}-${e.end}`}
                            evidence={e}
                          />
                        ))}
                    </div>
                  </li>
                ),
              })),
              ...gradeConflicts.map((conflict) => ({
                area: conflict.area ?? "",
                node: (
                  <li
                    key={conflict.id}
                    data-area={conflict.area ?? undefined}
                    data-grade="disputed"
                    className="judgement--disputed"
                  >
                    <div>
                      <div style={{ fontWeight: 600 }}>
                        {conflict.area
                          ? areaLabel(conflict.area)
                          : "A judgement"}
                      </div>
                      <span className="badge badge--disputed">
                        Sources disagree
                      </span>
                    </div>
                    <div>
                      <p className="small" style={{ margin: 0 }}>
                        The sources give different grades; none is chosen here.
                      </p>
                      <ConflictValues values={conflict.values} />
                    </div>
                  </li>
                ),
              })),
            ]
              .sort((x, y) => areaRank(x.area) - areaRank(y.area))
              .map((row) => row.node)}
          </ul>
        ) : (
          <p className="small">
            Not a graded inspection:{" "}
            {INSPECTION_TYPE_LABELS[inspection.type]?.toLowerCase() ??
              inspection.type}
            s give no grades.
          </p>
        )}
        {inspection.judgements.length === 0 &&
        gradeConflicts.length === 0 &&
        inspection.evidence.length > 0 ? (
          <div>
            {inspection.evidence.slice(0, 2).map((e) => (
              <Quote key={`${e.documentId}-${e.start}-${e.end}`} evidence={e} />
            ))}
          </div>
        ) : null}
        <p className="small muted" style={{ margin: "0.75rem 0 0" }}>
          Sources:{" "}
          {inspection.sources.map((source, i) => (
            <span key={source.ref}>
              {i > 0 ? "; " : ""}
              <Link href={`/documents/${source.documentId}`} prefetch={false}>
                {source.kind === "register"
                  ? `register (${source.documentSource})`
                  : (source.title ?? source.documentSource)}
              </Link>
            </span>
          ))}
          {articles.length === 0
            ? " (no article yet: the grades come from the register snapshot alone)"
            : ""}
        </p>
      </div>
    </article>
  );
}
