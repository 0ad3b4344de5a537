import Link from "next/link";
import { formatDate } from "~/lib/format";

/** One value sources give for a date, with every source that gives it (domain `DateClaim`). */
interface DateClaim {
  readonly value: string;
  readonly sources: readonly {
    readonly title: string | null;
    readonly publisher: string | null;
    readonly published: string | null;
    readonly quote: string;
    readonly note?: string | undefined;
  }[];
}

/** What the page shows of a partnership (domain `Partnership`, via `authority.byCode`). */
interface Partnership {
  readonly id: string;
  readonly name: string;
  readonly members: readonly string[];
  readonly services: readonly string[];
  readonly start: readonly DateClaim[];
  readonly end: readonly DateClaim[];
  readonly note: string;
}

type DateClaims = readonly DateClaim[];

/** The values sources give for a date; when they disagree, every value is shown with its source. */
function Dates({ claims }: { claims: DateClaims }) {
  return (
    <>
      {claims.map((claim, i) => (
        <span key={claim.value}>
          {i > 0 ? " or " : ""}
          <strong>{formatDate(claim.value)}</strong>
        </span>
      ))}
      {claims.length > 1 ? " (sources disagree)" : ""}
    </>
  );
}

/** Shared children's services arrangements with their members and sourced start and end dates. */
export function Partnerships({
  partnerships,
  self,
  names,
}: {
  partnerships: readonly Partnership[];
  self: string;
  names: ReadonlyMap<string, { name: string; slug: string }>;
}) {
  return (
    <ul className="plain-list" data-partnerships>
      {partnerships.map((p) => (
        <li key={p.id} style={{ marginBottom: "0.5rem" }}>
          <span style={{ fontWeight: 600 }}>{p.name}</span>: shared{" "}
          {p.services.join(", ")} with{" "}
          {p.members
            .filter((gss) => gss !== self)
            .map((gss, i) => {
              const member = names.get(gss);
              return (
                <span key={gss}>
                  {i > 0 ? " and " : ""}
                  {member ? (
                    <Link href={`/authorities/${member.slug}`}>
                      {member.name}
                    </Link>
                  ) : (
                    gss
                  )}
                </span>
              );
            })}
          . Began <Dates claims={p.start} />
          {p.end.length > 0 ? (
            <>
              ; ended <Dates claims={p.end} />
            </>
          ) : null}
          .
          <details
            className="small"
            style={{ marginTop: "0.25rem", fontWeight: 400 }}
          >
            <summary>Sources for these dates</summary>
            <ul>
              {[...p.start, ...p.end].flatMap((claim) =>
                claim.sources.map((source, i) => (
                  <li key={`${claim.value}-${i}`}>
                    {formatDate(claim.value)}: “{source.quote}”{" "}
                    <span className="muted">
                      (
                      {[
                        source.publisher,
                        source.title,
                        source.published ? formatDate(source.published) : null,
                      ]
                        .filter(Boolean)
                        .join(", ") || "undated source"}
                      {source.note ? `; ${source.note}` : ""})
                    </span>
                  </li>
                )),
              )}
            </ul>
            <p>{p.note}</p>
          </details>
        </li>
      ))}
    </ul>
  );
}
