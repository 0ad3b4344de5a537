import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, formatDateShort, plural } from "~/lib/format";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Documents" };

const PAGE_SIZE = 50;

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export default async function DocumentsPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const search = await props.searchParams;
  const kind =
    search.kind === "article" || search.kind === "register"
      ? search.kind
      : undefined;
  const page = Math.max(
    1,
    Number.parseInt(String(search.page ?? "1"), 10) || 1,
  );
  const caller = await api();
  const list = await caller.document.list({
    ...(kind ? { kind } : {}),
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const pages = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
  const href = (changes: { kind?: string | undefined; page?: number }) => {
    const params = new URLSearchParams();
    const k = "kind" in changes ? changes.kind : kind;
    if (k) params.set("kind", k);
    const p = changes.page ?? 1;
    if (p > 1) params.set("page", String(p));
    const q = params.toString();
    return `/documents${q ? `?${q}` : ""}`;
  };

  return (
    <>
      <h1>Source documents</h1>
      <p className="lede">
        Every article, press release, report and register snapshot the
        judgements are read from. Open one to see its text with each piece of
        evidence highlighted beside the facts drawn from it.
      </p>
      <div className="controls__row" style={{ margin: "1rem 0" }}>
        <span className="controls__label" id="doc-kind">
          Show
        </span>
        <ul className="switch" aria-labelledby="doc-kind">
          {(
            [
              [undefined, "All"],
              ["article", "Articles and reports"],
              ["register", "Register snapshots"],
            ] as const
          ).map(([value, label]) => (
            <li key={label}>
              <Link
                href={href({ kind: value })}
                aria-current={kind === value ? "true" : undefined}
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
        <Link
          href="/ingest"
          className="button button--secondary"
          style={{ marginLeft: "auto" }}
        >
          Add a document
        </Link>
      </div>
      <p className="small muted">{plural(list.total, "document")}</p>
      {list.items.length === 0 ? (
        <p>
          No documents yet. <Link href="/ingest">Add one</Link>.
        </p>
      ) : (
        <div
          className="table-wrap"
          tabIndex={0}
          role="region"
          aria-label="Documents"
        >
          <table className="data" data-table="documents">
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Kind</th>
                <th scope="col">Published</th>
                <th scope="col" className="num">
                  Inspections
                </th>
                <th scope="col" className="num">
                  Size
                </th>
                <th scope="col">Added</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((doc) => (
                <tr key={doc.id}>
                  <th scope="row">
                    <Link href={`/documents/${doc.id}`}>
                      {doc.title ?? doc.source}
                    </Link>
                    {doc.title ? (
                      <div className="small muted">{doc.source}</div>
                    ) : null}
                  </th>
                  <td>
                    {doc.kind === "register" ? "Register snapshot" : "Article"}{" "}
                    ({doc.format.toUpperCase()})
                  </td>
                  <td>{formatDate(doc.published)}</td>
                  <td className="num">{doc.inspectionCount}</td>
                  <td className="num">{formatBytes(doc.byteSize)}</td>
                  <td>{formatDateShort(doc.ingestedAt.slice(0, 10))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav className="pager" aria-label="Pages">
          {page > 1 ? (
            <Link href={href({ page: page - 1 })}>Previous page</Link>
          ) : null}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? (
            <Link href={href({ page: page + 1 })}>Next page</Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
