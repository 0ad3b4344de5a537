/**
 * Date expressions in token streams, and their resolution against a document's publication date.
 * Written for the ways British articles and Ofsted reports give dates: "14 September 2016",
 * "Wednesday, October 16, 2019", "16/10/2019", "06/03/18" (day first), "between 4 and 15 November",
 * "last November", "earlier this year", "four years ago", "last autumn", "in 2016".
 */
import type { Token } from "./tokenize";

/** A relative date, resolved against the publication date. */
export type RelativeDate =
  | { readonly kind: "years-ago"; readonly n: number }
  /** "two years after they were rated good": the event that follows was `n` years before publication. */
  | { readonly kind: "years-after"; readonly n: number }
  /** "Three years later": `n` years after the last date the text gave. */
  | { readonly kind: "years-later"; readonly n: number }
  /** "Four years earlier": `n` years before the last date the text gave (not the byline's). */
  | { readonly kind: "years-earlier"; readonly n: number }
  | { readonly kind: "months-ago"; readonly n: number }
  /** "that year", "the same year", "later that year": the year of the last date the story gave. */
  | { readonly kind: "that-year" }
  | { readonly kind: "this-year" }
  | { readonly kind: "last-year" }
  | { readonly kind: "next-year" }
  | { readonly kind: "this-month" }
  | { readonly kind: "last-month" }
  | { readonly kind: "this-week" }
  | { readonly kind: "last-week" }
  | { readonly kind: "today" }
  | { readonly kind: "yesterday" }
  | { readonly kind: "month"; readonly month: number; readonly last: boolean }
  | {
      readonly kind: "season";
      readonly season: Season;
      readonly last: boolean;
    };

// "<count> <unit> <word>": which counted relative date the last two words make.
const COUNTED_RELATIVE: ReadonlyMap<
  string,
  "years-ago" | "months-ago" | "years-after" | "years-later" | "years-earlier"
> = new Map([
  ["years ago", "years-ago"],
  ["year ago", "years-ago"],
  ["months ago", "months-ago"],
  ["month ago", "months-ago"],
  ["years after", "years-after"],
  ["year after", "years-after"],
  ["years later", "years-later"],
  ["year later", "years-later"],
  ["years earlier", "years-earlier"],
  ["year earlier", "years-earlier"],
]);

// The last words of those pairs, to rule out most tokens before building a pair.
const COUNTED_ENDS: ReadonlySet<string> = new Set(
  [...COUNTED_RELATIVE.keys()].map((pair) => pair.split(" ")[1]!),
);

/** A season, for "last autumn", "in the summer". */
export type Season = "spring" | "summer" | "autumn" | "winter";

/** What a date expression says, before resolution. */
export interface DateValue {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly endYear?: number;
  readonly endMonth?: number;
  readonly endDay?: number;
  readonly relative?: RelativeDate;
  /** Day of the week given with a date that has no year ("Friday 9 March"): 0 = Sunday. */
  readonly weekday?: number;
  /** "between 2015 and 2017", "2018/19": a span of years, never one inspection year. */
  readonly yearSpan?: boolean;
  /** A season with a year ("the summer of 2022", "autumn 2019"). */
  readonly season?: Season;
}

/** A date expression found in tokens `[start, end)`. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly value: DateValue;
}

/** A date resolved to calendar parts. `inferred` when the year came from the publication date. */
export interface ResolvedDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly endYear?: number;
  readonly endMonth?: number;
  readonly endDay?: number;
  readonly inferred: boolean;
}

function mapOf<V>(
  entries: Readonly<Record<string, V>>,
): ReadonlyMap<string, V> {
  return new Map(Object.entries(entries));
}

// A Map, not an object: token words such as "constructor" must not hit Object.prototype.
const MONTHS: ReadonlyMap<string, number> = mapOf<number>({
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});
// Month names that are also common words need a capital letter and date-like neighbours.
const WORDY_MONTHS = new Set([
  "may",
  "march",
  "mar",
  "jan",
  "dec",
  "sept",
  "sep",
  "aug",
]);
/** Month abbreviations that are also words or end in a full stop ("Jan.", "Sept."); no "may". */
export const ABBREVIATED_MONTHS: ReadonlySet<string> = new Set([
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);
/** The twelve month names, lower case. */
export const MONTH_NAMES: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
// A Map, not an object: token words such as "constructor" must not hit Object.prototype.
const WEEKDAYS: ReadonlyMap<string, number> = mapOf<number>({
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sun: 0,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
});
// A Map, not an object: token words such as "constructor" must not hit Object.prototype.
const NUMBER_WORDS: ReadonlyMap<string, number> = mapOf<number>({
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  several: -1,
  few: -1,
});
// A Map, not an object: token words such as "constructor" must not hit Object.prototype.
const SEASONS: ReadonlyMap<string, Season> = mapOf<Season>({
  spring: "spring",
  summer: "summer",
  autumn: "autumn",
  fall: "autumn",
  winter: "winter",
});
const ORDINAL = new Set(["st", "nd", "rd", "th"]);
const RANGE_WORDS = new Set(["to", "and", "-", "until", "till", "through"]);

function num(t: Token | undefined): number | undefined {
  return t?.kind === "num" ? Number(t.norm) : undefined;
}

function monthAt(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!t || t.kind !== "word") return undefined;
  const m = MONTHS.get(t.norm);
  if (m === undefined) return undefined;
  if (WORDY_MONTHS.has(t.norm)) {
    if (!t.cap) return undefined;
    // "May" and "March" as months: next to a day, a year, or after in/of/last/early/since/between.
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const prevOk =
      prev !== undefined &&
      (prev.kind === "num" ||
        // "from 4th-15th March"
        (ORDINAL.has(prev.norm) &&
          prev.sp === 0 &&
          tokens[i - 2]?.kind === "num") ||
        [
          "in",
          "of",
          "last",
          "early",
          "late",
          "mid",
          "since",
          "between",
          "from",
          "until",
          "to",
          "and",
          "this",
          "during",
          "next",
          "until",
          "end",
          "start",
          "beginning",
        ].includes(prev.norm));
    const nextOk =
      next !== undefined && (next.kind === "num" || next.norm === ",");
    if (!prevOk && !nextOk) return undefined;
    if (ABBREVIATED_MONTHS.has(t.norm) && !(next?.kind === "num"))
      return undefined;
  } else if (ABBREVIATED_MONTHS.has(t.norm) && !t.cap) {
    return undefined;
  }
  return m;
}

function isYear(t: Token | undefined): boolean {
  if (!t || t.kind !== "num" || t.norm.length !== 4) return false;
  const y = Number(t.norm);
  return y >= 1990 && y <= 2039;
}

function dayAt(
  tokens: readonly Token[],
  i: number,
): { day: number; next: number } | undefined {
  const n = num(tokens[i]);
  if (n === undefined || n < 1 || n > 31 || tokens[i]!.norm.length > 2)
    return undefined;
  let next = i + 1;
  if (tokens[next] && ORDINAL.has(tokens[next]!.norm) && tokens[next]!.sp === 0)
    next++;
  return { day: n, next };
}

/** Two-digit years are 20xx ("06/03/18" is 6 March 2018). */
function fullYear(n: number, digits: number): number {
  return digits === 2 ? 2000 + n : n;
}

/** Reads "Month [day][,] [year]" at i. */
function readMonthFirst(
  tokens: readonly Token[],
  i: number,
): { value: DateValue; end: number } | undefined {
  const month = monthAt(tokens, i);
  if (month === undefined) return undefined;
  let j = i + 1;
  let day: number | undefined;
  let endDay: number | undefined;
  const d = dayAt(tokens, j);
  if (d && !isYear(tokens[j])) {
    day = d.day;
    j = d.next;
    // "March 11 and 15", "March 11-15"
    if (tokens[j] && RANGE_WORDS.has(tokens[j]!.norm)) {
      const d2 = dayAt(tokens, j + 1);
      if (d2 && !isYear(tokens[j + 1]) && d2.day >= day) {
        endDay = d2.day;
        j = d2.next;
      }
    }
  }
  let k = j;
  if (tokens[k]?.norm === ",") k++;
  if (tokens[k]?.norm === "of" && day === undefined) k++;
  if (isYear(tokens[k])) {
    const year = Number(tokens[k]!.norm);
    return {
      value: {
        year,
        month,
        ...(day !== undefined ? { day } : {}),
        ...(endDay !== undefined
          ? { endYear: year, endMonth: month, endDay }
          : {}),
      },
      end: k + 1,
    };
  }
  return {
    value: {
      month,
      ...(day !== undefined ? { day } : {}),
      ...(endDay !== undefined ? { endMonth: month, endDay } : {}),
    },
    end: j,
  };
}

/** Reads "day [ordinal] [of] Month [,] [year]" at i, with "day to/and day Month" ranges. */
function readDayFirst(
  tokens: readonly Token[],
  i: number,
): { value: DateValue; end: number } | undefined {
  const d = dayAt(tokens, i);
  if (!d) return undefined;
  let j = d.next;
  // "4 and 15 November", "11 to 15 March 2024", "11-15 March"
  let startDay = d.day;
  let endDay: number | undefined;
  if (tokens[j] && RANGE_WORDS.has(tokens[j]!.norm)) {
    const d2 = dayAt(tokens, j + 1);
    if (d2) {
      let k = d2.next;
      if (tokens[k]?.norm === "of") k++;
      if (monthAt(tokens, k) !== undefined && d2.day >= startDay) {
        endDay = d2.day;
        j = k;
      }
    }
  }
  if (tokens[j]?.norm === "of") j++;
  const month = monthAt(tokens, j);
  if (month === undefined) return undefined;
  j++;
  let k = j;
  if (tokens[k]?.norm === ",") k++;
  if (isYear(tokens[k])) {
    const year = Number(tokens[k]!.norm);
    return {
      value: {
        year,
        month,
        day: startDay,
        ...(endDay !== undefined
          ? { endYear: year, endMonth: month, endDay }
          : {}),
      },
      end: k + 1,
    };
  }
  startDay = d.day;
  return {
    value: {
      month,
      day: startDay,
      ...(endDay !== undefined ? { endMonth: month, endDay } : {}),
    },
    end: j,
  };
}

/** Reads numeric dates: dd/mm/yyyy, dd/mm/yy, dd.mm.yyyy, yyyy-mm-dd. */
function readNumeric(
  tokens: readonly Token[],
  i: number,
): { value: DateValue; end: number } | undefined {
  const a = tokens[i];
  const s1 = tokens[i + 1];
  const b = tokens[i + 2];
  const s2 = tokens[i + 3];
  const c = tokens[i + 4];
  if (
    !a ||
    !s1 ||
    !b ||
    !s2 ||
    !c ||
    a.kind !== "num" ||
    b.kind !== "num" ||
    c.kind !== "num"
  )
    return undefined;
  if (s1.sp !== 0 || b.sp !== 0 || s2.sp !== 0 || c.sp !== 0) return undefined;
  if (s1.norm !== s2.norm || !["/", ".", "-"].includes(s1.norm))
    return undefined;
  if (a.norm.length === 4 && s1.norm === "-") {
    const year = Number(a.norm);
    const month = Number(b.norm);
    const day = Number(c.norm);
    if (
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= 31 &&
      year >= 1990 &&
      year <= 2039
    )
      return { value: { year, month, day }, end: i + 5 };
    return undefined;
  }
  if (
    a.norm.length > 2 ||
    b.norm.length > 2 ||
    (c.norm.length !== 2 && c.norm.length !== 4)
  )
    return undefined;
  const day = Number(a.norm);
  const month = Number(b.norm);
  const year = fullYear(Number(c.norm), c.norm.length);
  if (
    day < 1 ||
    day > 31 ||
    month < 1 ||
    month > 12 ||
    year < 1990 ||
    year > 2039
  )
    return undefined;
  return { value: { year, month, day }, end: i + 5 };
}

function readRelative(
  tokens: readonly Token[],
  i: number,
): { value: DateValue; end: number } | undefined {
  const t = tokens[i]!;
  const n1 = tokens[i + 1]?.norm;
  const n2 = tokens[i + 2]?.norm;
  // "four years ago", "18 months ago", "a year ago"
  const count =
    t.kind === "num" && t.norm.length <= 2
      ? Number(t.norm)
      : NUMBER_WORDS.get(t.norm);
  const counted =
    count !== undefined &&
    count > 0 &&
    n1 !== undefined &&
    n2 !== undefined &&
    COUNTED_ENDS.has(n2)
      ? COUNTED_RELATIVE.get(`${n1} ${n2}`)
      : undefined;
  if (counted !== undefined && count !== undefined)
    return { value: { relative: { kind: counted, n: count } }, end: i + 3 };
  // "By the end of that year", "later that same year", "in the same year"
  if (
    (t.norm === "that" || t.norm === "same") &&
    (n1 === "year" || (t.norm === "that" && n1 === "same" && n2 === "year")) &&
    (t.norm === "that" || tokens[i - 1]?.norm === "the") &&
    !tokens[n1 === "year" ? i + 1 : i + 2]!.poss
  )
    return {
      value: { relative: { kind: "that-year" } },
      end: n1 === "year" ? i + 2 : i + 3,
    };
  // "the following year", "the year after": one year after the year named before it.
  if (
    t.norm === "following" &&
    n1 === "year" &&
    tokens[i - 1]?.norm === "the" &&
    !tokens[i + 1]!.poss
  )
    return {
      value: { relative: { kind: "years-later", n: 1 } },
      end: i + 2,
    };
  if (t.norm === "today")
    return { value: { relative: { kind: "today" } }, end: i + 1 };
  if (t.norm === "yesterday")
    return { value: { relative: { kind: "yesterday" } }, end: i + 1 };
  if (
    t.norm === "last" ||
    t.norm === "this" ||
    t.norm === "next" ||
    t.norm === "earlier" ||
    t.norm === "later"
  ) {
    let j = i + 1;
    if ((t.norm === "earlier" || t.norm === "later") && n1 === "this") j++;
    const w = tokens[j]?.norm;
    const poss = tokens[j]?.poss;
    const last = t.norm === "last";
    if (w === "year")
      return {
        value: {
          relative: {
            kind: last
              ? "last-year"
              : t.norm === "next"
                ? "next-year"
                : "this-year",
          },
        },
        end: j + 1 + (poss ? 0 : 0),
      };
    // "next month", "next week": a future time, never an inspection's date.
    if ((w === "month" || w === "week") && t.norm === "next") return undefined;
    if (w === "month")
      return {
        value: { relative: { kind: last ? "last-month" : "this-month" } },
        end: j + 1,
      };
    if (w === "week")
      return {
        value: { relative: { kind: last ? "last-week" : "this-week" } },
        end: j + 1,
      };
    const season = w ? SEASONS.get(w) : undefined;
    if (season && t.norm !== "next")
      return {
        value: { relative: { kind: "season", season, last } },
        end: j + 1,
      };
    const month = monthAt(tokens, j);
    if (
      month !== undefined &&
      t.norm !== "next" &&
      !isYear(tokens[j + 1]) &&
      !dayAt(tokens, j + 1)
    )
      return {
        value: { relative: { kind: "month", month, last } },
        end: j + 1,
      };
  }
  // "the end of last year"
  if (
    t.norm === "end" &&
    n1 === "of" &&
    n2 === "last" &&
    tokens[i + 3]?.norm === "year"
  )
    return { value: { relative: { kind: "last-year" } }, end: i + 4 };
  // "in the summer", "in the autumn of 2019", "autumn 2019", "summer of 2022"
  const season = SEASONS.get(t.norm);
  if (season) {
    let j = i + 1;
    if (tokens[j]?.norm === "of") j++;
    if (isYear(tokens[j]))
      return { value: { year: Number(tokens[j]!.norm), season }, end: j + 1 };
    const prev = tokens[i - 1]?.norm;
    const prev2 = tokens[i - 2]?.norm;
    if (
      prev === "the" &&
      (prev2 === "in" || prev2 === "during" || prev2 === "over")
    )
      return {
        value: { relative: { kind: "season", season, last: false } },
        end: i + 1,
      };
  }
  return undefined;
}

// Every word a date expression can start with; any other word or mark starts none.
const DATE_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS.keys(),
  ...MONTHS.keys(),
  ...NUMBER_WORDS.keys(),
  ...SEASONS.keys(),
  "today",
  "yesterday",
  "last",
  "this",
  "next",
  "earlier",
  "later",
  "end",
  "that",
  "same",
  "following",
]);

/** Finds every date expression in `tokens[from, to)`. Linear in the number of tokens. */
export function findDates(
  tokens: readonly Token[],
  from = 0,
  to = tokens.length,
): DateMention[] {
  const found: DateMention[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    if (t.kind !== "num" && !DATE_WORDS.has(t.norm)) {
      i++;
      continue;
    }
    let hit: { value: DateValue; end: number } | undefined;
    let start = i;
    if (t.kind === "word" && WEEKDAYS.has(t.norm) && t.cap) {
      let j = i + 1;
      if (tokens[j]?.norm === ",") j++;
      const inner = readDayFirst(tokens, j) ?? readMonthFirst(tokens, j);
      if (inner)
        hit = {
          value: { ...inner.value, weekday: WEEKDAYS.get(t.norm)! },
          end: inner.end,
        };
    }
    if (!hit && t.kind === "num")
      hit =
        readNumeric(tokens, i) ??
        readDayFirst(tokens, i) ??
        readRelative(tokens, i);
    if (!hit && t.kind === "word")
      hit = readMonthFirst(tokens, i) ?? readRelative(tokens, i);
    if (!hit && isYear(t)) {
      const next = tokens[i + 1];
      const next2 = tokens[i + 2];
      const prev = tokens[i - 1];
      // "2018/19", "2018-19": a financial or academic year.
      if (
        next &&
        (next.norm === "/" || next.norm === "-") &&
        next.sp === 0 &&
        next2?.kind === "num" &&
        next2.sp === 0
      ) {
        hit = { value: { year: Number(t.norm), yearSpan: true }, end: i + 3 };
      } else if (
        prev &&
        (prev.norm === "£" || prev.norm === "$") &&
        prev.end === t.start
      ) {
        hit = undefined;
      } else if (next?.norm === "%") {
        hit = undefined;
      } else {
        hit = { value: { year: Number(t.norm) }, end: i + 1 };
        // "between 2015 and 2017", "from 2018 to 2021"
        if (
          next &&
          (next.norm === "and" || next.norm === "to" || next.norm === "-") &&
          isYear(next2) &&
          (prev?.norm === "between" ||
            prev?.norm === "from" ||
            next.norm === "-")
        ) {
          hit = {
            value: {
              year: Number(t.norm),
              endYear: Number(next2!.norm),
              yearSpan: true,
            },
            end: i + 3,
          };
        }
      }
    }
    if (hit) {
      // Join "X to Y" ranges: "14 September 2016 – 6 October 2016", "28 November to 9 December 2022".
      const sep = tokens[hit.end];
      if (
        sep &&
        (sep.norm === "-" ||
          sep.norm === "to" ||
          sep.norm === "until" ||
          // "between 27 November and 8 December 2023", "between the 24th April and the 5th May"
          (sep.norm === "and" &&
            (tokens[i - 1]?.norm === "between" ||
              (tokens[i - 1]?.norm === "the" &&
                tokens[i - 2]?.norm === "between")))) &&
        (hit.value.day !== undefined || hit.value.month !== undefined) &&
        hit.value.endDay === undefined &&
        !hit.value.yearSpan
      ) {
        const from =
          tokens[hit.end + 1]?.norm === "the" ? hit.end + 2 : hit.end + 1;
        const second =
          tokens[from]?.kind === "num"
            ? (readNumeric(tokens, from) ?? readDayFirst(tokens, from))
            : readMonthFirst(tokens, from);
        if (second && second.value.month !== undefined) {
          const s = hit.value;
          const e = second.value;
          const endYear = e.year;
          const startYear =
            s.year ??
            (endYear !== undefined &&
            s.month !== undefined &&
            e.month !== undefined
              ? s.month <= e.month
                ? endYear
                : endYear - 1
              : undefined);
          hit = {
            value: {
              ...s,
              ...(startYear !== undefined ? { year: startYear } : {}),
              ...(endYear !== undefined ? { endYear } : {}),
              endMonth: e.month!,
              ...(e.day !== undefined ? { endDay: e.day } : {}),
            },
            end: second.end,
          };
        }
      }
      // A month range: "February and March", "January and early February".
      const andSep = tokens[hit.end];
      // "Apr-May 2024": the hyphen inside a word is not a token of its own.
      const hyphened =
        andSep !== undefined &&
        andSep.kind === "word" &&
        andSep.start - tokens[hit.end - 1]!.end === 1 &&
        MONTHS.has(andSep.norm);
      if (
        andSep &&
        (andSep.norm === "and" ||
          andSep.norm === "to" ||
          andSep.norm === "-" ||
          hyphened) &&
        hit.value.month !== undefined &&
        hit.value.day === undefined &&
        hit.value.endMonth === undefined &&
        !hit.value.relative
      ) {
        let j = hyphened ? hit.end : hit.end + 1;
        if (["early", "late", "mid", "the"].includes(tokens[j]?.norm ?? ""))
          j++;
        const second = readMonthFirst(tokens, j);
        if (
          second &&
          second.value.day === undefined &&
          second.value.month !== undefined
        ) {
          const year = hit.value.year ?? second.value.year;
          const endYear =
            second.value.year ??
            (year !== undefined && second.value.month < hit.value.month
              ? year + 1
              : year);
          hit = {
            value: {
              ...hit.value,
              ...(year !== undefined ? { year } : {}),
              ...(endYear !== undefined ? { endYear } : {}),
              endMonth: second.value.month,
            },
            end: second.end,
          };
        }
      }
      // "this year" after a date without a year: "between March 11 and 15 this year".
      const after = tokens[hit.end];
      if (
        hit.value.year === undefined &&
        hit.value.relative === undefined &&
        after &&
        (after.norm === "this" || after.norm === "last") &&
        tokens[hit.end + 1]?.norm === "year"
      ) {
        hit = {
          value: {
            ...hit.value,
            relative: {
              kind: after.norm === "this" ? "this-year" : "last-year",
            },
          },
          end: hit.end + 2,
        };
      }
      found.push({ start, end: hit.end, value: hit.value });
      i = hit.end;
      start = i;
      continue;
    }
    i++;
  }
  return found;
}

/** A publication date as parts. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const SEASON_MONTHS: Readonly<Record<Season, readonly [number, number]>> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  winter: [12, 2],
};

function shiftMonth(
  year: number,
  month: number,
  by: number,
): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + by;
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
}

/**
 * Resolves a date against the publication date: a month without a year is the latest such month not
 * after publication ("October" in a January article is last October). `undefined` when the year cannot
 * be known (no publication date, and no year in the text).
 */
export function resolveDate(
  value: DateValue,
  published: DateParts | undefined,
  previousYear?: number,
): ResolvedDate | undefined {
  if (value.yearSpan) return undefined;
  const rel = value.relative;
  if (rel?.kind === "years-later")
    return previousYear === undefined
      ? undefined
      : { year: previousYear + rel.n, inferred: true };
  if (rel?.kind === "that-year")
    return previousYear === undefined
      ? undefined
      : { year: previousYear, inferred: true };
  if (rel?.kind === "years-earlier")
    return previousYear === undefined
      ? undefined
      : { year: previousYear - rel.n, inferred: true };
  if (rel) {
    if (!published) return undefined;
    const p = published;
    switch (rel.kind) {
      case "years-ago":
      case "years-after":
        return { year: p.year - rel.n, inferred: true };
      case "months-ago": {
        const s = shiftMonth(p.year, p.month, -rel.n);
        return { year: s.year, month: s.month, inferred: true };
      }
      case "this-year":
        return {
          year: p.year,
          ...(value.month !== undefined ? { month: value.month } : {}),
          ...(value.day !== undefined ? { day: value.day } : {}),
          ...(value.endMonth !== undefined
            ? { endYear: p.year, endMonth: value.endMonth }
            : {}),
          ...(value.endDay !== undefined ? { endDay: value.endDay } : {}),
          inferred: true,
        };
      case "last-year":
        return {
          year: p.year - 1,
          ...(value.month !== undefined ? { month: value.month } : {}),
          inferred: true,
        };
      case "next-year":
        return { year: p.year + 1, inferred: true };
      case "this-month":
        return { year: p.year, month: p.month, inferred: true };
      case "last-month": {
        const s = shiftMonth(p.year, p.month, -1);
        return { year: s.year, month: s.month, inferred: true };
      }
      case "this-week":
      case "today":
        return { year: p.year, month: p.month, day: p.day, inferred: true };
      case "last-week":
      case "yesterday":
        return { year: p.year, month: p.month, inferred: true };
      case "month": {
        // "last November": the most recent November before the publication month.
        const year =
          rel.month < p.month || (!rel.last && rel.month === p.month)
            ? p.year
            : p.year - 1;
        return { year, month: rel.month, inferred: true };
      }
      case "season": {
        const [first, lastMonth] = SEASON_MONTHS[rel.season];
        if (rel.season === "winter")
          return {
            year: p.month <= 2 ? p.year - 1 : rel.last ? p.year - 1 : p.year,
            inferred: true,
          };
        const finished = p.month > lastMonth;
        const started = p.month >= first;
        const year = rel.last
          ? finished
            ? p.year
            : p.year - 1
          : started
            ? p.year
            : p.year - 1;
        return { year, month: first, inferred: true };
      }
    }
  }
  if (value.year !== undefined) {
    return {
      year: value.year,
      ...(value.month !== undefined && value.season === undefined
        ? { month: value.month }
        : {}),
      ...(value.day !== undefined ? { day: value.day } : {}),
      ...(value.endYear !== undefined ? { endYear: value.endYear } : {}),
      ...(value.endMonth !== undefined ? { endMonth: value.endMonth } : {}),
      ...(value.endDay !== undefined ? { endDay: value.endDay } : {}),
      inferred: false,
    };
  }
  if (value.month !== undefined) {
    if (!published) return undefined;
    const year =
      value.month <= published.month ? published.year : published.year - 1;
    const endYear =
      value.endMonth !== undefined
        ? value.endMonth >= value.month
          ? year
          : year + 1
        : undefined;
    return {
      year,
      month: value.month,
      ...(value.day !== undefined ? { day: value.day } : {}),
      ...(endYear !== undefined ? { endYear } : {}),
      ...(value.endMonth !== undefined ? { endMonth: value.endMonth } : {}),
      ...(value.endDay !== undefined ? { endDay: value.endDay } : {}),
      inferred: true,
    };
  }
  return undefined;
}

/** Formats resolved parts as a partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export function toPartialDate(
  year: number,
  month?: number,
  day?: number,
): string {
  const y = String(year).padStart(4, "0");
  if (month === undefined) return y;
  const m = String(month).padStart(2, "0");
  if (day === undefined) return `${y}-${m}`;
  return `${y}-${m}-${String(day).padStart(2, "0")}`;
}

/** True when the calendar date exists (no 31 April). */
export function isValidDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return (
    d.getUTCFullYear() === year &&
    d.getUTCMonth() === month - 1 &&
    d.getUTCDate() === day
  );
}

/** The weekday (0 = Sunday) of a calendar date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
