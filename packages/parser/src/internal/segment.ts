/**
 * Sentences and clauses over the token stream. Line breaks end a sentence unless the line was
 * wrapped (PDF text, report title blocks); table rows always end one.
 */
import { ABBREVIATED_MONTHS, MONTH_NAMES } from "./dates";
import type { Token } from "./tokenize";

/** A sentence: tokens `[start, end)`. */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Sentences in the same paragraph (line or block) share this number. */
  readonly paragraph: number;
  /** Token indexes where clauses start; the first is `start`. */
  readonly clauses: readonly number[];
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "cllr",
  "st",
  "no",
  "vs",
  "v",
  "etc",
  "e",
  "i",
  "g",
  "prof",
  "rev",
  "co",
  "ltd",
  "inc",
  "gov",
  ...ABBREVIATED_MONTHS,
  "cf",
  "approx",
  "dept",
  "govt",
  "nr",
  "fig",
  "para",
  "paras",
  "ref",
  "hon",
  "rt",
]);
const FINAL = new Set([".", "!", "?"]);
const CLOSERS = new Set(['"', "'", ")", "]"]);

/** A full stop, "!" or "?" (punctuation, so words need no lookup). */
function isFinal(t: Token | undefined): boolean {
  return t?.kind === "punct" && FINAL.has(t.norm);
}

/** A closing quote or bracket. */
function isCloser(t: Token): boolean {
  return t.kind === "punct" && CLOSERS.has(t.norm);
}
const CONTINUATION_END = new Set([
  ",",
  "and",
  "of",
  "the",
  "with",
  "for",
  "to",
  "-",
  "or",
  "in",
  "on",
  "a",
  "an",
  "by",
  "at",
  "from",
  "&",
  "/",
  "(",
  "that",
  "who",
  "which",
  "its",
  "their",
]);
const GRADE_STARTS = new Set([
  "requires",
  "require",
  "outstanding",
  "good",
  "inadequate",
  "improvement",
  "to",
  "leavers",
]);
const LINE_OPENERS = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  ...MONTH_NAMES,
  "by",
  "published",
  "posted",
  "updated",
  "date",
  "meeting",
]);
const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);
const DATE_PREPOSITIONS = new Set([
  "in",
  "on",
  "since",
  "until",
  "from",
  "to",
  "between",
  "and",
  "of",
  "during",
  "by",
]);
const CLAUSE_WORDS = new Set([
  "while",
  "whereas",
  "but",
  "although",
  "though",
  "whilst",
]);
const MAX_SENTENCE_TOKENS = 320;

function isListStart(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.norm === "*" || t.norm === "-" || t.norm === "\u2022") return true;
  if (t.kind === "num" && t.norm.length <= 2) {
    const n = tokens[k + 1];
    if (n && (n.norm === "." || n.norm === ")") && n.sp === 0) return true;
  }
  if (
    t.norm === "(" &&
    tokens[k + 1]?.kind === "num" &&
    tokens[k + 2]?.norm === ")"
  )
    return true;
  return false;
}

const GRADE_ENDS = new Set([
  "good",
  "outstanding",
  "inadequate",
  "improvement",
]);

/** The row of token `k` is a label line: a dash or colon before its last word. */
function labelRow(tokens: readonly Token[], k: number): boolean {
  const row = tokens[k]!.row;
  for (let i = k - 1; i >= 0 && i > k - 40 && tokens[i]!.row === row; i--)
    if (
      tokens[i]!.norm === "-" ||
      tokens[i]!.norm === ":" ||
      tokens[i]!.norm === "|"
    )
      return true;
  return false;
}

function wordsInRow(tokens: readonly Token[], k: number): number {
  const row = tokens[k]!.row;
  let n = 0;
  for (let i = k; i >= 0 && tokens[i]!.row === row && n < 12; i--)
    if (tokens[i]!.kind !== "punct") n++;
  return n;
}

/** True when a sentence ends between tokens k-1 and k. */
function breaksBefore(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const p = tokens[k - 1]!;
  if (t.nl >= 2) return true;
  if (t.nl === 1) {
    if (p.cell || t.cell) return true;
    // "| Overall effectiveness | Good |" rows of a pipe table.
    if (p.norm === "|" && t.norm === "|") return true;
    if (isFinal(p) || p.norm === ":" || p.norm === ";") return true;
    if (isCloser(p) && isFinal(tokens[k - 2])) return true;
    if (isListStart(tokens, k)) return true;
    // A line ending in "in", "of", "the" ... goes on ("a focused visit in / March 2025").
    if (CONTINUATION_END.has(p.norm)) return false;
    // A byline or date line after a headline: "Tuesday, January 14, 2020", "By Jane Smith"; but a
    // month after a wrapped "took place in" continues the sentence.
    if (
      t.cap &&
      LINE_OPENERS.has(t.norm) &&
      !(MONTHS.has(t.norm) && DATE_PREPOSITIONS.has(p.norm))
    )
      return true;
    if (GRADE_STARTS.has(t.norm)) return false;
    // "Overall effectiveness – Good" then "The impact of leaders ... – Outstanding": one label per line.
    if (t.cap && GRADE_ENDS.has(p.norm) && labelRow(tokens, k - 1)) return true;
    if (!t.cap && t.kind === "word") return false;
    // A long line without closing punctuation was wrapped; a short one is a heading or byline.
    return wordsInRow(tokens, k - 1) < 9;
  }
  if (isFinal(p)) {
    const before = tokens[k - 2];
    // "1. Children who need help": a list number at the start of a line.
    if (
      p.norm === "." &&
      before?.kind === "num" &&
      before.norm.length <= 2 &&
      p.sp === 0 &&
      (k - 2 === 0 || before.nl > 0)
    )
      return false;
    if (
      before &&
      before.kind === "word" &&
      ABBREVIATIONS.has(before.norm) &&
      p.sp === 0
    )
      return false;
    if (
      before &&
      before.kind === "word" &&
      before.end - before.start === 1 &&
      before.cap &&
      p.sp === 0
    )
      return false;
    if (before?.kind === "num" && t.kind === "num" && t.sp === 0) return false;
    if (p.norm === "." && tokens[k - 2]?.norm === ".") return t.cap;
    return (
      t.cap ||
      t.kind === "num" ||
      isCloser(t) ||
      t.norm === '"' ||
      t.norm === "'" ||
      t.norm === "*"
    );
  }
  if (isCloser(p) && isFinal(tokens[k - 2]) && (t.cap || t.norm === '"'))
    return true;
  return false;
}

/** Splits tokens into sentences (with clause starts). Linear in the number of tokens. */
export function splitSentences(tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const close = (end: number): void => {
    if (end <= start) return;
    const clauses = [start];
    for (let i = start + 1; i < end; i++) {
      const t = tokens[i]!;
      if (t.norm === ";" && i + 1 < end) clauses.push(i + 1);
      else if (CLAUSE_WORDS.has(t.norm) && i > start + 1) clauses.push(i);
      else if (t.norm === "with" && tokens[i - 1]!.norm === ",")
        clauses.push(i);
    }
    sentences.push({ index: sentences.length, start, end, paragraph, clauses });
    start = end;
  };
  for (let k = 1; k < tokens.length; k++) {
    if (breaksBefore(tokens, k) || k - start >= MAX_SENTENCE_TOKENS) {
      close(k);
      if (tokens[k]!.nl > 0) paragraph++;
    }
  }
  close(tokens.length);
  return sentences;
}
