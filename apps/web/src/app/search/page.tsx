import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, plural } from "~/lib/format";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Search" };

const PAGE_SIZE = 20;

async function runSearch(q: string, page: number) {
  const caller = await api();
  try {
    return {
      ok: true as const,
      result: await caller.search.query({
        q,
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
      }),
    };
  } catch (error) {
    if (
      error instanceof Error &&
      "code" in error &&
      error.code === "BAD_REQUEST"
    )
      return { ok: false as const, message: error.message };
    throw error;
  }
}

export default async function SearchPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const search = await props.searchParams;
  const q =
    (Array.isArray(search.q) ? search.q[0] : search.q)?.trim().slice(0, 500) ??
    "";
  const page = Math.max(
    1,
    Number.parseInt(String(search.page ?? "1"), 10) || 1,
  );
  const outcome = q ? await runSearch(q, page) : undefined;
  const pages = outcome?.ok
    ? Math.max(1, Math.ceil(outcome.result.total / PAGE_SIZE))
    : 1;
  const pageHref = (p: number) =>
    `/search?q=${encodeURIComponent(q)}${p > 1 ? `&page=${p}` : ""}`;

  return (
    <>
      <h1>Search the documents</h1>
      <p className="lede">
        Full-text search over every stored article and report.
      </p>
      <form
        method="get"
        action="/search"
        role="search"
        className="filters"
        style={{ gridTemplateColumns: "minmax(0, 1fr) auto" }}
      >
        <div className="field">
          <label htmlFor="search-q">Words to find</label>
          <span className="hint" id="search-hint">
            Use “double quotes” for a phrase, OR between alternatives, NOT to
            exclude, and * at the end of a word for its beginnings (inspect*).
          </span>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={q}
            aria-describedby="search-hint"
          />
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            Search
          </button>
        </div>
      </form>
      {outcome === undefined ? null : !outcome.ok ? (
        <div className="callout callout--error" role="alert">
          {outcome.message}
        </div>
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">
            {plural(outcome.result.total, "document")} found for “{q}”
          </h2>
          {outcome.result.hits.length === 0 ? (
            <p>Try fewer words, or a word’s beginning with *.</p>
          ) : null}
          <ol className="event-list" data-results>
            {outcome.result.hits.map((hit) => (
              <li key={hit.document.id}>
                <h3 style={{ fontSize: "1.05rem", marginBottom: "0.2rem" }}>
                  <Link href={`/documents/${hit.document.id}`}>
                    {hit.document.title ?? hit.document.source}
                  </Link>
                </h3>
                <p className="small muted" style={{ marginBottom: "0.3rem" }}>
                  {hit.document.source} · published{" "}
                  {formatDate(hit.document.published)} ·{" "}
                  {plural(hit.document.inspectionCount, "inspection")}
                </p>
                <p className="snippet">
                  {hit.snippet.map((segment, i) =>
                    segment.match ? (
                      <mark key={i}>{segment.text}</mark>
                    ) : (
                      <span key={i}>{segment.text}</span>
                    ),
                  )}
                </p>
              </li>
            ))}
          </ol>
          {pages > 1 ? (
            <nav className="pager" aria-label="Result pages">
              {page > 1 ? (
                <Link href={pageHref(page - 1)}>Previous page</Link>
              ) : null}
              <span>
                Page {page} of {pages}
              </span>
              {page < pages ? (
                <Link href={pageHref(page + 1)}>Next page</Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      )}
    </>
  );
}
