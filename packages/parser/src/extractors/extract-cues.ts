import { cover, type CueMention, type ParseContext } from "../internal/context";
import { cueTrie, type CueKind } from "../internal/lexicon";
import { matchAt } from "../internal/phrase-trie";

/**
 * Finds the words around grades that decide whether a grade is an Ofsted judgement and of what:
 * rating verbs and nouns, negation and hypotheticals, current/previous markers, traps (schools, homes,
 * agencies, SEND, other inspectorates), visit types, "all areas" quantifiers, council references.
 * Tokens already read as names, grades, areas or dates are skipped.
 */
export function extractCues(ctx: ParseContext): void {
  const { tokens } = ctx;
  const found: CueMention[] = [];
  const taken = (k: number): boolean =>
    ctx.nameAt[k]! >= 0 ||
    ctx.gradeAt[k]! >= 0 ||
    ctx.areaAt[k]! >= 0 ||
    ctx.dateAt[k]! >= 0;
  // The first taken token at or after each position, so a cue's reach is found without rescanning.
  const nextTaken = new Int32Array(tokens.length + 1);
  nextTaken[tokens.length] = tokens.length;
  for (let k = tokens.length - 1; k >= 0; k--)
    nextTaken[k] = taken(k) ? k : nextTaken[k + 1]!;
  let i = 0;
  let inspection = false;
  while (i < tokens.length) {
    if (nextTaken[i] === i) {
      i++;
      continue;
    }
    const limit = Math.min(nextTaken[i]!, i + 12);
    const m = matchAt(cueTrie(), tokens, i, limit);
    if (!m) {
      i++;
      continue;
    }
    const kinds = new Set<CueKind>(m.entries.map((e) => e.value.kind));
    // "the other two" counts areas only at the end of its phrase, not in "the other two councils".
    if (
      kinds.has("all-areas") &&
      /^(?:two|three|four)$/.test(tokens[m.end - 1]!.norm) &&
      tokens[m.end]?.kind === "word"
    )
      kinds.delete("all-areas");
    // "back in 2019" looks back; "brought back in-house" does not.
    if (
      kinds.has("previous") &&
      tokens[m.end - 1]!.norm === "in" &&
      tokens[m.end - 2]?.norm === "back" &&
      /^[-\u2010\u2011]$/.test(ctx.text[tokens[m.end - 1]!.end] ?? "")
    )
      kinds.delete("previous");
    if (kinds.size === 0) {
      i++;
      continue;
    }
    const visit = m.entries.find((e) => e.value.visit)?.value.visit;
    const count = m.entries.find((e) => e.value.count !== undefined)?.value;
    if (
      kinds.has("ofsted") ||
      kinds.has("inspection-event") ||
      kinds.has("visit")
    )
      inspection = true;
    found.push({
      start: m.start,
      end: m.end,
      kinds,
      ...(visit ? { visit } : {}),
      ...(count?.count !== undefined ? { count: count.count } : {}),
      ...(count?.of !== undefined ? { of: count.of } : {}),
    });
    i = m.end;
  }
  ctx.cues = found;
  ctx.inspectionContext = inspection;
  cover(ctx.cueAt, ctx.cues);
}
