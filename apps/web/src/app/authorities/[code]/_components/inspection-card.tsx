import type { EvidenceItem, InspectionDetail } from "@csi/api";
import Link from "next/link";
import { GradeBadge } from "~/components/grade-badge";
import { evidenceHref } from "~/lib/evidence";
import { formatDate, plural } from "~/lib/format";
import {
  FRAMEWORK_LABELS,
  INSPECTION_TYPE_LABELS,
  areaLabel,
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
        {inspection.conflicts.length > 0 ? (
          <div
            className="callout callout--warning"
            data-conflicts={inspection.conflicts.length}
          >
            <strong>Sources disagree</strong>
            <ul style={{ margin: "0.25rem 0 0", paddingLeft: "1.25rem" }}>
              {inspection.conflicts.map((conflict) => (
                <li key={conflict.id}>
                  {conflict.message}
                  <ul className="small" style={{ paddingLeft: "1rem" }}>
                    {conflict.values.map((value, i) => (
                      <li key={`${value.source.ref}-${i}`}>
                        {value.source.title ?? value.source.documentSource}:{" "}
                        <strong>{value.value}</strong>
                        {value.evidence[0] ? (
                          <>
                            {" "}
                            <Link
                              href={evidenceHref(value.evidence[0])}
                              prefetch={false}
                            >
                              “{value.evidence[0].quote.trim().slice(0, 120)}”
                            </Link>
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {inspection.judgements.length > 0 ? (
          <ul className="judgements">
            {inspection.judgements.map((j) => (
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
            ))}
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
