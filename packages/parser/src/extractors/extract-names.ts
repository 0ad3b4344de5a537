import type { Authority } from "@csi/domain";
import {
  AMBIGUOUS_NAMES,
  nameTrie,
  WEAK_NAMES,
  WORD_NAMES,
  fuzzyAuthority,
} from "../internal/authority-lexicon";
import {
  cover,
  report,
  spanOf,
  type NameMention,
  type ParseContext,
} from "../internal/context";
import { COUNCIL_WORDS } from "../internal/lexicon";
import { phraseStarts, STARTS_NAME } from "../internal/phrase-starts";
import { matchAt } from "../internal/phrase-trie";
import type { Token } from "../internal/tokenize";

const RULE = "extract-names";

// Capitalised words that may follow an authority name without making it part of another name.
const NEXT_OK = new Set([
  ...COUNCIL_WORDS,
  "children",
  "childrens",
  "children's",
  "social",
  "services",
  "service",
  "safeguarding",
  "local",
  "lscb",
  "ofsted",
  "cabinet",
  "mayor",
  "and",
  "council's",
  "councils",
  "health",
  "education",
  "family",
  "families",
  "scrutiny",
  "corporate",
  "director",
  "directors",
  "leader",
  "the",
  "a",
  "an",
  "in",
  "is",
  "was",
  "has",
  "have",
  "had",
  "said",
  "says",
  "on",
  "for",
]);

// Marks after which a word opens a sentence.
const SENTENCE_OPENERS = new Set([".", "!", "?", '"', "'", ":"]);
// Prepositions that make an unsupported weak name a place ("in Reading").
const PLACE_BEFORE = new Set(["in", "at", "of", "for", "from", "near"]);

function titleCaseRow(tokens: readonly Token[], i: number): boolean {
  const row = tokens[i]!.row;
  let words = 0;
  let caps = 0;
  for (let j = i; j >= 0 && tokens[j]!.row === row && i - j < 40; j--) {
    const t = tokens[j]!;
    if (t.kind === "word" && t.end - t.start >= 4) {
      words++;
      if (t.cap) caps++;
    }
  }
  for (
    let j = i + 1;
    j < tokens.length && tokens[j]!.row === row && j - i < 40;
    j++
  ) {
    const t = tokens[j]!;
    if (t.kind === "word" && t.end - t.start >= 4) {
      words++;
      if (t.cap) caps++;
    }
  }
  // A title-case headline has (almost) no lower-case content words.
  return words >= 3 && words - caps <= 1;
}

/** The name continues into a longer proper noun ("Cumberland Park Academy", "Leeds Youth Justice Service"). */
function isPartOfLongerName(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if (!next || next.kind !== "word" || !next.cap || next.nl > 0) return false;
  // A table cell ends the name ("Sunderland" then "May 2024" in the next column).
  if (next.cell !== tokens[end - 1]!.cell) return false;
  if (NEXT_OK.has(next.norm)) return false;
  if (tokens[end - 1]!.poss) return false;
  return !titleCaseRow(tokens, end);
}

// Titles before a person's name: "Cllr Clare Sutton" is a person, not the London borough.
const PERSON_TITLES = new Set([
  "cllr",
  "councillor",
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "sir",
  "dame",
  "lord",
  "lady",
  "baroness",
  "professor",
  "prof",
]);

/** The token at `k` is a title ("Cllr", "Dr."), the one before a person's name. */
function titleAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.cap || t.kind !== "word") return false;
  return PERSON_TITLES.has(t.norm);
}

/**
 * The name starting at token `start` is a person's surname or given name: it follows a title ("Cllr
 * Sutton", "Dr. Kent") or a title and a given name ("Cllr Clare Sutton") on the same line.
 */
function afterTitle(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (tokens[k]?.norm === "." && tokens[start]!.nl === 0) k--;
  if (titleAt(tokens, k) && tokens[start]!.nl === 0) return true;
  const given = tokens[start - 1];
  if (
    !given ||
    given.kind !== "word" ||
    !given.cap ||
    given.caps ||
    given.nl > 0 ||
    tokens[start]!.nl > 0 ||
    PERSON_TITLES.has(given.norm)
  )
    return false;
  k = start - 2;
  if (tokens[k]?.norm === "." && tokens[k + 1]!.nl === 0) k--;
  return titleAt(tokens, k) && given.nl === 0;
}

/** Initials of the words of a name as written, with and without "and"/"of"/"upon". */
function acronymsOf(words: readonly string[]): string[] {
  const all = words.map((w) => w[0]!.toUpperCase()).join("");
  const content = words
    .filter(
      (w) =>
        !["and", "of", "upon", "the", "on", "with"].includes(w.toLowerCase()),
    )
    .map((w) => w[0]!.toUpperCase())
    .join("");
  return [...new Set([all, content])].filter((a) => a.length >= 2);
}

/**
 * Finds authority names (register names and aliases, delivery bodies such as "Achieving for Children"),
 * Welsh, Scottish and Northern Irish councils, and English regions. Also: acronyms a document defines
 * by naming the council in full first ("Hertfordshire County Council" then "HCC"), and misspelt
 * single-word names one edit away from exactly one authority ("Wolverhamton").
 */
const COMPASS = new Set(["north", "south", "east", "west"]);

/**
 * "North and West Northamptonshire", "East and West Sussex": a compass word and "and" before a name
 * that opens with another compass word stand for that name with the first word.
 */
function elidedName(
  tokens: readonly Token[],
  i: number,
): readonly Authority[] | undefined {
  const t = tokens[i]!;
  if (!t.cap || !COMPASS.has(t.norm) || tokens[i + 1]?.norm !== "and")
    return undefined;
  const second = tokens[i + 2];
  if (!second?.cap || !COMPASS.has(second.norm) || second.norm === t.norm)
    return undefined;
  const whole = matchAt(nameTrie(), tokens, i + 2);
  if (!whole || whole.entry.value.kind !== "authority") return undefined;
  const joined = [t, ...tokens.slice(i + 3, whole.end)];
  const m = matchAt(nameTrie(), joined, 0);
  if (!m || m.end !== joined.length || m.entry.value.kind !== "authority")
    return undefined;
  return m.entry.value.authorities;
}

export function extractNames(ctx: ParseContext): void {
  const { tokens } = ctx;
  const found: NameMention[] = [];
  // Whether each found name is a weak one that needs support.
  const weakAt: boolean[] = [];
  const acronyms = new Map<string, readonly Authority[]>();
  const starts = phraseStarts(tokens);
  let i = 0;
  while (i < tokens.length) {
    // "North and West Northamptonshire": the first half of a shared name.
    const elided = elidedName(tokens, i);
    if (elided) {
      found.push({
        start: i,
        end: i + 1,
        kind: "authority",
        authorities: elided,
        via: "name",
      });
      weakAt.push(false);
      i++;
      continue;
    }
    const m =
      starts[i]! & STARTS_NAME ? matchAt(nameTrie(), tokens, i) : undefined;
    if (!m) {
      i++;
      continue;
    }
    const value = m.entry.value;
    let end = m.end;
    if (value.kind === "authority" || value.kind === "body") {
      // Swallow the council-type words that follow ("Wigan Council", "Trafford Metropolitan Borough Council").
      while (
        end < tokens.length &&
        COUNCIL_WORDS.has(tokens[end]!.norm) &&
        tokens[end]!.cap &&
        tokens[end]!.nl === 0 &&
        end - m.end < 4
      )
        end++;
    }
    const single = m.end - m.start === 1;
    // "Cllr Clare Sutton, the council's cabinet member": a person named after a place.
    if (
      value.kind === "authority" &&
      end === m.end &&
      afterTitle(tokens, m.start)
    ) {
      i = m.end;
      continue;
    }
    if (value.kind === "authority" && isPartOfLongerName(tokens, end)) {
      i = m.end;
      continue;
    }
    const prev = tokens[m.start - 1];
    const opensSentence =
      !prev || prev.nl > 0 || SENTENCE_OPENERS.has(prev.norm);
    // A line holding nothing but the name (a report's front page) needs no support.
    const aloneOnLine =
      (prev === undefined || prev.nl > 0 || tokens[m.start]!.nl > 0) &&
      (tokens[end] === undefined || tokens[end]!.nl > 0);
    const weak =
      !aloneOnLine &&
      (WEAK_NAMES.has(tokens[m.start]!.norm) ||
        (WORD_NAMES.has(tokens[m.start]!.norm) && opensSentence));
    if (
      value.kind === "authority" &&
      single &&
      weak &&
      end === m.end &&
      !tokens[m.start]!.poss
    ) {
      // "Reading", "Bury", "Hull": only with a council word, or when the full name appears elsewhere.
      found.push({
        start: m.start,
        end,
        kind: "authority",
        authorities: value.authorities,
        via: "name",
      });
      weakAt.push(true);
      i = m.end;
      continue;
    }
    found.push({
      start: m.start,
      end,
      kind: value.kind,
      authorities:
        value.kind === "authority" || value.kind === "body"
          ? value.authorities
          : [],
      via: "name",
    });
    weakAt.push(false);
    if (
      (value.kind === "authority" || value.kind === "body") &&
      value.authorities.length === 1
    ) {
      const words = tokens
        .slice(m.start, end)
        .filter((t) => t.kind === "word")
        .map((t) => ctx.text.slice(t.start, t.end));
      if (words.length >= 2)
        for (const a of acronymsOf(words))
          if (!acronyms.has(a)) acronyms.set(a, value.authorities);
    }
    i = end;
  }
  // Weak single-word names need support from a stronger mention of the same authority.
  const strong = new Set<string>();
  found.forEach((f, n) => {
    if (!weakAt[n]) for (const a of f.authorities) strong.add(a.gss);
  });
  // An unsupported one after "in"/"at" is still a place: it stops "the council" pointing to an earlier council.
  const names: NameMention[] = [];
  found.forEach((mention, n) => {
    if (!weakAt[n] || mention.authorities.some((a) => strong.has(a.gss)))
      names.push(mention);
    else if (PLACE_BEFORE.has(tokens[mention.start - 1]?.norm ?? ""))
      names.push({ ...mention, kind: "place", authorities: [] });
  });
  // Acronyms and misspellings, over tokens no name covers.
  const covered = new Uint8Array(tokens.length);
  for (const n of names) for (let k = n.start; k < n.end; k++) covered[k] = 1;
  const extra: NameMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (covered[k] || t.kind !== "word") continue;
    const length = t.end - t.start;
    const acronym = t.caps && length >= 2 && length <= 6;
    const misspelt =
      t.cap && !t.caps && length >= 7 && !AMBIGUOUS_NAMES.has(t.norm);
    if (!acronym && !misspelt) continue;
    const raw = ctx.text.slice(t.start, t.end);
    if (acronym) {
      const authorities = acronyms.get(raw);
      if (authorities && !isPartOfLongerName(tokens, k + 1)) {
        extra.push({
          start: k,
          end: k + 1,
          kind: "authority",
          authorities,
          via: "acronym",
        });
        continue;
      }
    }
    if (misspelt) {
      const authority = fuzzyAuthority(raw);
      if (authority && !isPartOfLongerName(tokens, k + 1)) {
        extra.push({
          start: k,
          end: k + 1,
          kind: "authority",
          authorities: [authority],
          via: "fuzzy",
        });
        report(
          ctx,
          RULE,
          "info",
          `read "${raw}" as ${authority.name}`,
          spanOf(ctx, k, k + 1),
        );
      }
    }
  }
  ctx.names = [...names, ...extra].sort((a, b) => a.start - b.start);
  cover(ctx.nameAt, ctx.names);
}
