import { sentenceSpan, type ParseContext } from "../internal/context";

const BOILERPLATE =
  /^(?:news|news release|press release|media release|press notice|statement|breaking|exclusive|update|agenda item|minutes|by\s.*)$/i;

/**
 * The document's title: an HTML title when the input was HTML (set before this stage runs), else the
 * first headline-like line near the top: 3 to 40 words, no closing full stop, not a date or byline.
 */
export function extractTitle(ctx: ParseContext): void {
  if (ctx.title !== null) return;
  const limit = Math.min(ctx.sentences.length, 8);
  for (let i = 0; i < limit; i++) {
    if (ctx.masked[i]) continue;
    const s = ctx.sentences[i]!;
    const span = sentenceSpan(ctx, i);
    const raw = ctx.text
      .slice(span.start, span.end)
      .replace(/\s+/g, " ")
      .trim();
    const words = raw.split(" ").filter((w) => /[A-Za-z]/.test(w)).length;
    const dateShare = ctx.dates
      .filter((d) => d.start >= s.start && d.end <= s.end)
      .reduce((n, d) => n + (d.end - d.start), 0);
    if (BOILERPLATE.test(raw) || dateShare * 2 >= s.end - s.start) continue;
    if (words < 3 || words > 40 || raw.length > 220) continue;
    if (/[.]$/.test(raw) && !/\.\.\.$/.test(raw)) return;
    ctx.title = raw;
    return;
  }
}
