import {
  cover,
  type AreaMention,
  type ParseContext,
} from "../internal/context";
import { areaTrie, isBoardAcronym } from "../internal/lexicon";
import { phraseStarts, STARTS_AREA } from "../internal/phrase-starts";
import { matchAt } from "../internal/phrase-trie";

const NOT_ADOPTION_AREA = new Set([
  "agency",
  "agencies",
  "partnership",
  "order",
  "orders",
  "panel",
  "panels",
  "leave",
  "allowance",
]);
const BOARD_LOOKBACK = 8;
// "the experiences and progress of our children in care": a possessive inside an area's name.
const POSSESSIVES = new Set(["our", "its", "their"]);

/**
 * Finds the areas of an inspection as articles and reports name them ("children looked after and
 * achieving permanence", "LAC", "leaving care", "the impact of leaders", "the SSCB"). A bare "overall"
 * counts only next to a grade; "the board" only when a safeguarding board was named just before;
 * "adoption" not when it names an agency.
 */
export function extractAreas(ctx: ParseContext): void {
  const { tokens } = ctx;
  const found: AreaMention[] = [];
  const starts = phraseStarts(tokens);
  let lastBoardSentence = -1000;
  let i = 0;
  while (i < tokens.length) {
    if (ctx.nameAt[i]! >= 0 && ctx.names[ctx.nameAt[i]!]!.start < i) {
      i++;
      continue;
    }
    const t = tokens[i]!;
    const sentence = ctx.sentenceOf[i]!;
    // A board acronym is in capitals ("SSCB"), so only such words are read out.
    if (
      t.kind === "word" &&
      t.caps &&
      isBoardAcronym(ctx.text.slice(t.start, t.end))
    ) {
      found.push({
        start: i,
        end: i + 1,
        areas: ["lscb"],
        formal: true,
        boardRef: false,
        bareOverall: false,
      });
      lastBoardSentence = sentence;
      i++;
      continue;
    }
    const m =
      starts[i]! & STARTS_AREA
        ? matchAt(areaTrie(), tokens, i, tokens.length, POSSESSIVES)
        : undefined;
    if (!m || ctx.gradeAt[m.start]! >= 0) {
      i++;
      continue;
    }
    const value = m.entry.value;
    i = m.end;
    if (value.bareOverall) {
      const prev = tokens[m.start - 1];
      const prevIsGrade =
        prev !== undefined &&
        (ctx.gradeAt[m.start - 1]! >= 0 ||
          ((prev.norm === '"' || prev.norm === "'") &&
            ctx.gradeAt[m.start - 2]! >= 0));
      const sentenceAdverb =
        (ctx.sentences[sentence]!.start === m.start ||
          ctx.sentences[sentence]!.clauses.includes(m.start)) &&
        tokens[m.end]?.norm === ",";
      const ratedOverall =
        prev !== undefined &&
        [
          "rated",
          "judged",
          "graded",
          "good",
          "outstanding",
          "inadequate",
        ].includes(prev.norm);
      // "Overall – Good": a label opening its line, a separator, then the grade.
      const label =
        (m.start === 0 ||
          tokens[m.start]!.nl > 0 ||
          ctx.sentences[sentence]!.start === m.start) &&
        [":", "-", "|"].includes(tokens[m.end]?.norm ?? "") &&
        ctx.gradeAt[m.end + 1]! >= 0;
      if (!prevIsGrade && !sentenceAdverb && !ratedOverall && !label) continue;
    }
    if (value.boardRef && sentence - lastBoardSentence > BOARD_LOOKBACK)
      continue;
    if (
      value.areas[0] === "adoption" &&
      NOT_ADOPTION_AREA.has(tokens[m.end]?.norm ?? "")
    )
      continue;
    if (value.areas[0] === "lscb" && !value.boardRef)
      lastBoardSentence = sentence;
    found.push({
      start: m.start,
      end: m.end,
      areas: value.areas,
      formal: value.formal === true,
      boardRef: value.boardRef === true,
      bareOverall: value.bareOverall === true,
    });
  }
  ctx.areas = found;
  cover(ctx.areaAt, ctx.areas);
}
