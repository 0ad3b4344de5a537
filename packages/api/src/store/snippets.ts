import type Database from "better-sqlite3";

/** Characters per piece of a document that a snippet is cut from. */
const PIECE = 8192;
/** Characters each piece repeats from the one before, so a phrase across a cut is still found. */
const OVERLAP = 512;
/** Pieces indexed at a time; the first group with a match gives the snippet. */
const GROUP = 4;
const ELLIPSIS = "…";
/** Tokens in a snippet, as FTS5's `snippet()` counts them. */
const SNIPPET_TOKENS = 24;

/** Half-open character ranges that cover `text` in overlapping pieces of about {@link PIECE}, cut at spaces. */
export function pieces(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    let end = Math.min(text.length, start + PIECE);
    if (end < text.length) end = cutAt(text, end, start + PIECE / 2);
    ranges.push({ start, end });
    if (end >= text.length) return ranges;
    const next = cutAt(text, end - OVERLAP, start + 1);
    start = next > start ? next : end;
  }
}

/** The last whitespace at or before `at` (and after `floor`), else `at` (not inside a surrogate pair). */
function cutAt(text: string, at: number, floor: number): number {
  for (let i = at; i > floor; i--) if (/\s/.test(text[i - 1] ?? "")) return i;
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/**
 * Snippets for search hits, cut by FTS5's `snippet()` from a temporary index of the document in small
 * pieces. FTS5 scores every match against every other in a column, so a snippet straight from the
 * main index of a document that repeats the word 100,000 times takes minutes; piece by piece it takes
 * milliseconds, and for an article of up to 8 KB it is the same snippet.
 */
export class SnippetMaker {
  readonly #db: Database.Database;
  #statements:
    | {
        readonly clear: Database.Statement;
        readonly insert: Database.Statement<[number, string, string]>;
        readonly best: Database.Statement<
          [string, string, string],
          { piece: number; snippet: string }
        >;
      }
    | undefined;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  /** The snippet of `document` for `query` (FTS5 syntax, already known to be valid), matches between `open` and `close`. */
  snippet(
    document: { readonly title: string | null; readonly text: string },
    query: string,
    open: string,
    close: string,
  ): string {
    const s = this.#prepare();
    const ranges = pieces(document.text);
    try {
      for (let first = 0; first < ranges.length; first += GROUP) {
        s.clear.run();
        ranges.slice(first, first + GROUP).forEach((range, offset) => {
          const piece = first + offset;
          s.insert.run(
            piece + 1,
            piece === 0 ? (document.title ?? "") : "",
            document.text.slice(range.start, range.end),
          );
        });
        const best = s.best.get(open, close, query);
        if (best) {
          const piece = best.piece - 1;
          const lead =
            piece > 0 && !best.snippet.startsWith(ELLIPSIS) ? ELLIPSIS : "";
          const tail =
            piece < ranges.length - 1 && !best.snippet.endsWith(ELLIPSIS)
              ? ELLIPSIS
              : "";
          return `${lead}${best.snippet}${tail}`;
        }
      }
    } finally {
      s.clear.run();
    }
    // The match spans pieces (a NEAR group far apart): show the start of the document.
    const words = document.text.split(/\s+/).filter(Boolean);
    const head = words.slice(0, SNIPPET_TOKENS).join(" ");
    return words.length > SNIPPET_TOKENS ? `${head}${ELLIPSIS}` : head;
  }

  #prepare() {
    if (!this.#statements) {
      this.#db.exec(
        "create virtual table if not exists temp.csi_snippets using fts5(title, text, tokenize = 'porter unicode61 remove_diacritics 2')",
      );
      this.#statements = {
        clear: this.#db.prepare("delete from temp.csi_snippets"),
        insert: this.#db.prepare<[number, string, string]>(
          "insert into temp.csi_snippets (rowid, title, text) values (?, ?, ?)",
        ),
        best: this.#db.prepare<
          [string, string, string],
          { piece: number; snippet: string }
        >(
          `select rowid as piece, snippet(csi_snippets, -1, ?, ?, '${ELLIPSIS}', ${SNIPPET_TOKENS}) as snippet
             from temp.csi_snippets where csi_snippets match ? order by rank limit 1`,
        ),
      };
    }
    return this.#statements;
  }
}
