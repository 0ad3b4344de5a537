import { cover, type CueMention, type ParseContext } from "../internal/context";
import { cueTrie, type CueKind, type CueValue } from "../internal/lexicon";
import { phraseStarts, STARTS_CUE } from "../internal/phrase-starts";
import { matchAt, type PhraseEntry } from "../internal/phrase-trie";

/** What a matched cue phrase stands for, read once per set of entries (a trie node's). */
type CueShape = Omit<CueMention, "start" | "end">;
const shapes = new WeakMap<readonly PhraseEntry<CueValue>[], CueShape>();

function shapeOf(entries: readonly PhraseEntry<CueValue>[]): CueShape {
  let shape = shapes.get(entries);
  if (!shape) {
    const kinds = new Set<CueKind>(entries.map((e) => e.value.kind));
    const visit = entries.find((e) => e.value.visit)?.value.visit;
    const count = entries.find((e) => e.value.count !== undefined)?.value;
    shape = {
      kinds,
      ...(visit ? { visit } : {}),
      ...(count?.count !== undefined ? { count: count.count } : {}),
      ...(count?.of !== undefined ? { of: count.of } : {}),
    };
    shapes.set(entries, shape);
  }
  return shape;
}

/** A cue over tokens `[start, end)` (built field by field: spreading the shape costs more). */
function cueMention(start: number, end: number, shape: CueShape): CueMention {
  const mention: { -readonly [K in keyof CueMention]: CueMention[K] } = {
    start,
    end,
    kinds: shape.kinds,
  };
  if (shape.visit !== undefined) mention.visit = shape.visit;
  if (shape.count !== undefined) mention.count = shape.count;
  if (shape.of !== undefined) mention.of = shape.of;
  return mention;
}

/**
 * Finds the words around grades that decide whether a grade is an Ofsted judgement and of what:
 * rating verbs and nouns, negation and hypotheticals, current/previous markers, traps (schools, homes,
 * agencies, SEND, other inspectorates), visit types, "all areas" quantifiers, council references.
 * Tokens already read as names, grades, areas or dates are skipped.
 */
export function extractCues(ctx: ParseContext): void {
  const { tokens } = ctx;
  const found: CueMention[] = [];
  const starts = phraseStarts(tokens);
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
    const m =
      starts[i]! & STARTS_CUE
        ? matchAt(cueTrie(), tokens, i, limit)
        : undefined;
    if (!m) {
      i++;
      continue;
    }
    let shape = shapeOf(m.entries);
    // "the other two" counts areas only at the end of its phrase, not in "the other two councils".
    if (
      shape.kinds.has("all-areas") &&
      /^(?:two|three|four)$/.test(tokens[m.end - 1]!.norm) &&
      tokens[m.end]?.kind === "word"
    ) {
      const kinds = new Set(shape.kinds);
      kinds.delete("all-areas");
      shape = { ...shape, kinds };
    }
    // "back in 2019" looks back; "brought back in-house" does not.
    if (
      shape.kinds.has("previous") &&
      tokens[m.end - 1]!.norm === "in" &&
      tokens[m.end - 2]?.norm === "back" &&
      /^[-\u2010\u2011]$/.test(ctx.text[tokens[m.end - 1]!.end] ?? "")
    ) {
      const kinds = new Set(shape.kinds);
      kinds.delete("previous");
      shape = { ...shape, kinds };
    }
    if (shape.kinds.size === 0) {
      i++;
      continue;
    }
    if (
      !inspection &&
      (shape.kinds.has("ofsted") ||
        shape.kinds.has("inspection-event") ||
        shape.kinds.has("visit"))
    )
      inspection = true;
    found.push(cueMention(m.start, m.end, shape));
    i = m.end;
  }
  ctx.cues = found;
  ctx.inspectionContext = inspection;
  cover(ctx.cueAt, ctx.cues);
}
