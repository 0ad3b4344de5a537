import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Fragment, cache } from "react";
import { GradeBadge } from "~/components/grade-badge";
import { evidenceAnchor } from "~/lib/evidence";
import { formatDate, plural } from "~/lib/format";
import { segmentText } from "~/lib/segments";
import { INSPECTION_TYPE_LABELS, areaLabel } from "~/lib/vocabulary";
import { api } from "~/trpc/server";

type Props = { params: Promise<{ id: string }> };

// Cached per request: the metadata and the page ask for the same document.
const findDocument = cache(async (id: string) => {
  const caller = await api();
  try {
    return await caller.document.byId({ id });
  } catch (error) {
    if (
      error instanceof Error &&
      "code" in error &&
      (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
    )
      return undefined;
    throw error;
  }
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const doc = await findDocument((await props.params).id);
  return { title: doc ? (doc.title ?? doc.source) : "Document not found" };
}

/** A source shown as a link only when it is a web address; anything else (a file name, a label) stays text. */
function SourceName({ source }: { source: string }) {
  let url: URL | undefined;
  try {
    url = new URL(source);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === "https:" || url.protocol === "http:")) {
    return (
      <a href={url.href} rel="noopener noreferrer nofollow">
        {source}
      </a>
    );
  }
  return <span>{source}</span>;
}

export default async function DocumentPage(props: Props) {
  const { id } = await props.params;
  const doc = await findDocument(id);
  if (!doc) notFound();

  // One fact per evidence span, grouped under the claim (the inspection as this document states it).
  const facts = doc.spans.map((span, index) => ({ ...span, index }));
  const claims = new Map<string, typeof facts>();
  for (const fact of facts)
    claims.set(fact.claimRef, [...(claims.get(fact.claimRef) ?? []), fact]);
  const segments = segmentText(doc.text, doc.spans);
  const anchored = new Set<string>();
  const firstFactOf = (spanIndexes: readonly number[]) =>
    Math.min(...spanIndexes);

  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li>
            <Link href="/documents">Documents</Link>
          </li>
          <li aria-current="page">{doc.title ?? doc.source}</li>
        </ol>
      </nav>
      <h1>{doc.title ?? doc.source}</h1>
      <dl className="facts">
        <div>
          <dt>Source</dt>
          <dd>
            <SourceName source={doc.source} />
          </dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>
            {doc.kind === "register"
              ? "Register snapshot"
              : "Article or report"}{" "}
            ({doc.format.toUpperCase()})
          </dd>
        </div>
        <div>
          <dt>Published</dt>
          <dd>{formatDate(doc.published)}</dd>
        </div>
        <div>
          <dt>Facts</dt>
          <dd>
            {plural(doc.inspectionCount, "inspection")},{" "}
            {plural(doc.spans.length, "evidence span")}
          </dd>
        </div>
        <div>
          <dt>Document id</dt>
          <dd className="small" style={{ overflowWrap: "anywhere" }}>
            {doc.id}
          </dd>
        </div>
      </dl>
      {doc.diagnostics.length > 0 ? (
        <details className="diagnostics" style={{ marginTop: "1rem" }}>
          <summary>{plural(doc.diagnostics.length, "parser note")}</summary>
          <ul>
            {doc.diagnostics.map((d, i) => (
              <li key={i}>
                <strong>{d.severity}</strong> {d.message}{" "}
                <span className="muted">({d.ruleId})</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <div className="doc-layout section">
        <section aria-labelledby="text-heading">
          <h2 id="text-heading">Text</h2>
          <p className="small muted">
            Highlighted words are evidence; select one to see the fact it
            supports.
          </p>
          <div className="doc-text" data-doc-text>
            {segments.map((segment) => {
              if (segment.spans.length === 0)
                return <Fragment key={segment.start}>{segment.text}</Fragment>;
              const starting = segment.spans
                .map((i) => doc.spans[i])
                .filter((s) => s !== undefined && s.start === segment.start)
                .map((s) => evidenceAnchor(s!))
                .filter(
                  (anchor) => !anchored.has(anchor) && anchored.add(anchor),
                );
              const [markId, ...extra] = starting;
              const fact = firstFactOf(segment.spans);
              return (
                <Fragment key={segment.start}>
                  {extra.map((anchor) => (
                    <span key={anchor} id={anchor} />
                  ))}
                  <a
                    href={`#f-${fact}`}
                    className="evidence-link"
                    style={{ color: "inherit", textDecoration: "none" }}
                  >
                    <mark
                      id={markId}
                      className="evidence"
                      data-span={segment.spans.join(" ")}
                    >
                      {segment.text}
                    </mark>
                  </a>
                </Fragment>
              );
            })}
          </div>
        </section>
        <aside className="facts-panel" aria-labelledby="facts-heading">
          <h2 id="facts-heading">Facts drawn from it</h2>
          {claims.size === 0 ? (
            <p>The parser found no inspection facts in this document.</p>
          ) : null}
          {[...claims.entries()].map(([ref, list]) => {
            const head = list[0]!;
            return (
              <div
                key={ref}
                className="panel"
                style={{ marginBottom: "0.75rem" }}
              >
                <h3 style={{ fontSize: "1rem" }}>
                  <Link href={`/authorities/${head.authority.gss}`}>
                    {head.authority.name}
                  </Link>
                </h3>
                <p className="small muted" style={{ marginBottom: "0.25rem" }}>
                  {INSPECTION_TYPE_LABELS[head.type] ?? head.type},{" "}
                  {formatDate(head.date)}
                </p>
                <ul className="plain-list">
                  {list.map((fact) => (
                    <li
                      key={fact.index}
                      id={`f-${fact.index}`}
                      className="fact"
                    >
                      <div>
                        {fact.area ? (
                          <>
                            {areaLabel(fact.area)}:{" "}
                            <GradeBadge grade={fact.grade} short />
                          </>
                        ) : (
                          <span className="small">
                            The inspection itself (type and date)
                          </span>
                        )}
                      </div>
                      <a href={`#${evidenceAnchor(fact)}`} className="small">
                        “
                        {fact.quote.length > 90
                          ? `${fact.quote.slice(0, 90)}…`
                          : fact.quote}
                        ”
                        <span className="visually-hidden">
                          {" "}
                          (show in the text)
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </aside>
      </div>
    </>
  );
}
