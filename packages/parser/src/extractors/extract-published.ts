import { IsoDateSchema } from "@csi/domain";
import type { Span } from "../types";
import {
  report,
  sentenceSpan,
  spanOf,
  type DateMentionR,
  type ParseContext,
} from "../internal/context";
import {
  isValidDay,
  resolveDate,
  toPartialDate,
  weekdayOf,
  type DateParts,
} from "../internal/dates";

const RULE = "extract-published";
const HEADER_SENTENCES = 16;
const LABEL =
  /\b(?:published|posted|updated|date of meeting|meeting|date|issued|released)\b\s*(?:on|:)?\s*(?:\d{1,2}[:.]\d{2}\s*(?:am|pm|bst|gmt)?\s*,?\s*)?$/i;
const NOT_PUBLICATION =
  /\b(?:inspect|visit|took place|carried out|lead inspector)/i;

function fullParts(d: DateMentionR): DateParts | undefined {
  const v = d.value;
  // A range ("15 to 26 January 2024") is an inspection's, never a document's date.
  if (
    v.year === undefined ||
    v.month === undefined ||
    v.day === undefined ||
    v.relative ||
    v.yearSpan ||
    v.endDay !== undefined ||
    v.endMonth !== undefined
  )
    return undefined;
  if (!isValidDay(v.year, v.month, v.day)) return undefined;
  return { year: v.year, month: v.month, day: v.day };
}

// Date mentions per sentence, built in one sweep: filtering every date for every sentence was
// quadratic, and a long document full of dates took minutes.
const datesBySentence = new WeakMap<
  readonly DateMentionR[],
  { count: number; index: DateMentionR[][] }
>();

function datesIn(ctx: ParseContext, sentence: number): DateMentionR[] {
  let cached = datesBySentence.get(ctx.dates);
  if (!cached || cached.count !== ctx.dates.length) {
    cached = { count: ctx.dates.length, index: indexDatesBySentence(ctx) };
    datesBySentence.set(ctx.dates, cached);
  }
  return cached.index[sentence] ?? [];
}

function indexDatesBySentence(ctx: ParseContext): DateMentionR[][] {
  const dates = [...ctx.dates].sort((a, b) => a.start - b.start);
  const order = ctx.sentences
    .map((_, i) => i)
    .sort((a, b) => ctx.sentences[a]!.start - ctx.sentences[b]!.start);
  const index: DateMentionR[][] = ctx.sentences.map(() => []);
  let first = 0;
  for (const i of order) {
    const s = ctx.sentences[i]!;
    while (first < dates.length && dates[first]!.start < s.start) first++;
    for (let k = first; k < dates.length && dates[k]!.start < s.end; k++) {
      if (dates[k]!.end <= s.end) index[i]!.push(dates[k]!);
    }
  }
  return index;
}

/**
 * The document's own date: a byline or dateline near the top ("Wednesday, October 16, 2019",
 * "Published: 11 December 2019", "WALSALL, 14/02/17 -", "Meeting: 23/01/2020 - Cabinet"), else a
 * "Report published:" / "Date published:" label anywhere, else "published today (Friday 9 March)" with
 * the year fixed by the weekday, else the caller's `published` option. Then resolves every date
 * mention against it.
 */
/** "so far in 2026", "in 2026 so far": the year the text is written in. */
function soFarYear(
  ctx: ParseContext,
): { year: number; span: Span } | undefined {
  const t = ctx.tokens;
  const yearAt = (k: number): number | undefined => {
    const tok = t[k];
    if (!tok || tok.kind !== "num" || tok.norm.length !== 4) return undefined;
    const y = Number(tok.norm);
    return y >= 2010 && y <= 2100 ? y : undefined;
  };
  for (let k = 0; k + 3 < t.length; k++) {
    if (
      t[k]!.norm === "so" &&
      t[k + 1]!.norm === "far" &&
      t[k + 2]!.norm === "in"
    ) {
      const y = yearAt(k + 3);
      if (y) return { year: y, span: spanOf(ctx, k, k + 4) };
    }
    if (
      t[k]!.norm === "in" &&
      t[k + 2]?.norm === "so" &&
      t[k + 3]?.norm === "far"
    ) {
      const y = yearAt(k + 1);
      if (y) return { year: y, span: spanOf(ctx, k, k + 4) };
    }
  }
  return undefined;
}

export function extractPublished(ctx: ParseContext): void {
  const found = findPublished(ctx);
  if (found) {
    ctx.published = {
      iso: toPartialDate(found.parts.year, found.parts.month, found.parts.day),
      parts: found.parts,
      span: found.span,
    };
  } else if (
    ctx.optionsPublished &&
    IsoDateSchema.safeParse(ctx.optionsPublished).success
  ) {
    const [y, m, d] = ctx.optionsPublished.split("-").map(Number) as [
      number,
      number,
      number,
    ];
    ctx.published = {
      iso: ctx.optionsPublished,
      parts: { year: y, month: m, day: d },
    };
  } else {
    const month = monthHeader(ctx);
    if (month) {
      // "April 2023" heading a newsletter: the month is known, the day is not, so no publication date
      // is reported, but dates are resolved as at the end of that month.
      ctx.published = { iso: null, parts: month.parts, span: month.span };
      report(
        ctx,
        RULE,
        "info",
        `publication month ${toPartialDate(month.parts.year, month.parts.month)} from a heading: dates are resolved against it, the day is unknown`,
        month.span,
      );
    } else {
      const current = soFarYear(ctx);
      if (current) {
        // "Of the 37 inspections published so far in 2026": the story is written in that year, so
        // dates are resolved as at its end; no publication date is reported.
        ctx.published = {
          iso: null,
          parts: { year: current.year, month: 12, day: 31 },
          span: current.span,
        };
        report(
          ctx,
          RULE,
          "info",
          `no publication date in the text: written in ${current.year} ("so far in ${current.year}"), dates are resolved against that year`,
          current.span,
        );
      } else
        report(
          ctx,
          RULE,
          "info",
          "no publication date in the text: relative dates and months without a year cannot be resolved",
        );
    }
  }
  const parts = ctx.published.parts;
  let previousYear: number | undefined;
  // "Four years earlier" counts back from a date the story tells, never from its byline.
  let storyYear: number | undefined;
  const span = ctx.published.span;
  // "that year" points back to a year the story gave in the same or the sentence before.
  let storyAt = -1;
  ctx.dates = ctx.dates.map((d) => {
    const kind = d.value.relative?.kind;
    const earlier = kind === "years-earlier";
    const that = kind === "that-year";
    const near =
      storyAt >= 0 && ctx.sentenceOf[d.start]! - ctx.sentenceOf[storyAt]! <= 1;
    const resolved = resolveDate(
      d.value,
      parts,
      earlier
        ? storyYear
        : that
          ? near
            ? storyYear
            : undefined
          : previousYear,
    );
    if (resolved && !d.value.relative) {
      previousYear = resolved.year;
      const at = ctx.tokens[d.start]!.start;
      if (!span || at < span.start || at >= span.end) {
        storyYear = resolved.year;
        storyAt = d.start;
      }
    }
    // "Four years earlier ... and a year earlier still": each count goes on from the last.
    if (resolved && earlier) storyYear = resolved.year;
    return { start: d.start, end: d.end, value: d.value, resolved };
  });
}

function findPublished(
  ctx: ParseContext,
): { parts: DateParts; span: ReturnType<typeof spanOf> } | undefined {
  const limit = Math.min(ctx.sentences.length, HEADER_SENTENCES);
  // 1. A short header line that is mostly a date, or a labelled date, or a dateline.
  for (let i = 0; i < limit; i++) {
    const s = ctx.sentences[i]!;
    const span = sentenceSpan(ctx, i);
    const raw = ctx.text.slice(
      span.start,
      Math.min(span.end, span.start + 300),
    );
    for (const d of datesIn(ctx, i)) {
      const parts = fullParts(d);
      if (!parts) continue;
      const before = ctx.text.slice(span.start, ctx.tokens[d.start]!.start);
      // "Inspection dates: ...", "It follows an inspection carried out between ...": not the document's date.
      if (
        NOT_PUBLICATION.test(before) &&
        !/\b(?:report|date) published\b/i.test(raw)
      )
        continue;
      const shortLine = s.end - s.start <= 16;
      const dateline = d.start - s.start <= 4;
      if (shortLine || dateline || LABEL.test(before.slice(-60)))
        return { parts, span: spanOf(ctx, d.start, d.end) };
    }
  }
  // 1b. A full date with its weekday near the very top, even when it shares a line with the headline.
  for (const d of ctx.dates) {
    if (d.start > 40) break;
    const parts = fullParts(d);
    if (parts && d.value.weekday !== undefined)
      return { parts, span: spanOf(ctx, d.start, d.end) };
  }
  // 2. "Report published: …", "Date published: …", "First published on …" anywhere.
  for (let i = 0; i < ctx.sentences.length; i++) {
    const span = sentenceSpan(ctx, i);
    for (const d of datesIn(ctx, i)) {
      const parts = fullParts(d);
      if (!parts) continue;
      const before = ctx.text.slice(
        Math.max(span.start, ctx.tokens[d.start]!.start - 30),
        ctx.tokens[d.start]!.start,
      );
      if (
        /\b(?:(?:report|date|first) published|published on|posted on)\s*:?\s*$/i.test(
          before,
        )
      )
        return { parts, span: spanOf(ctx, d.start, d.end) };
    }
  }
  // 3. "published today (Friday 9 March)": a weekday fixes the year.
  for (
    let i = 0;
    i < Math.min(ctx.sentences.length, HEADER_SENTENCES * 2);
    i++
  ) {
    for (const d of datesIn(ctx, i)) {
      const v = d.value;
      if (
        v.weekday === undefined ||
        v.year !== undefined ||
        v.month === undefined ||
        v.day === undefined
      )
        continue;
      const span = sentenceSpan(ctx, i);
      const before = ctx.text.slice(span.start, ctx.tokens[d.start]!.start);
      if (!/\b(?:published|released|issued|out)\b/i.test(before)) continue;
      const year = yearFromWeekday(ctx, v.weekday, v.month, v.day);
      if (year !== undefined) {
        report(
          ctx,
          RULE,
          "info",
          `publication year ${year} inferred from the weekday`,
          spanOf(ctx, d.start, d.end),
        );
        return {
          parts: { year, month: v.month, day: v.day },
          span: spanOf(ctx, d.start, d.end),
        };
      }
    }
  }
  return undefined;
}

/** A month-and-year line after sentence `from` that is later than `at` (months since year 0). */
function laterMonthHeading(
  ctx: ParseContext,
  from: number,
  at: number,
): boolean {
  for (const d of ctx.dates) {
    const v = d.value;
    if (v.year === undefined || v.month === undefined || v.day !== undefined)
      continue;
    const si = ctx.sentenceOf[d.start]!;
    const s = ctx.sentences[si]!;
    if (
      si > from &&
      d.start === s.start &&
      d.end >= s.end - 1 &&
      v.year * 12 + v.month > at
    )
      return true;
  }
  return false;
}

/** A line near the top that is only a month and a year ("April 2023"): the issue of a newsletter. */
function monthHeader(
  ctx: ParseContext,
): { parts: DateParts; span: ReturnType<typeof spanOf> } | undefined {
  const limit = Math.min(ctx.sentences.length, HEADER_SENTENCES);
  for (let i = 0; i < limit; i++) {
    const s = ctx.sentences[i]!;
    for (const d of datesIn(ctx, i)) {
      const v = d.value;
      if (
        v.year === undefined ||
        v.month === undefined ||
        v.day !== undefined ||
        v.endMonth !== undefined ||
        v.relative ||
        v.season ||
        d.start !== s.start ||
        d.end < s.end - 1
      )
        continue;
      // A timeline's first heading ("March 2019", then "June 2021" heading a later section) is no
      // issue date.
      if (laterMonthHeading(ctx, i, v.year * 12 + v.month)) return undefined;
      const day = new Date(Date.UTC(v.year, v.month, 0)).getUTCDate();
      return {
        parts: { year: v.year, month: v.month, day },
        span: spanOf(ctx, d.start, d.end),
      };
    }
  }
  return undefined;
}

/** The one year (of those the document mentions, or else 2013-2027) in which the date fell on that weekday. */
function yearFromWeekday(
  ctx: ParseContext,
  weekday: number,
  month: number,
  day: number,
): number | undefined {
  const matches = (y: number): boolean =>
    isValidDay(y, month, day) && weekdayOf(y, month, day) === weekday;
  const mentioned = new Set<number>();
  for (const d of ctx.dates)
    if (d.value.year !== undefined) mentioned.add(d.value.year);
  const fromText = [...mentioned].filter(matches);
  if (fromText.length === 1) return fromText[0];
  const range: number[] = [];
  for (let y = 2013; y <= 2027; y++) if (matches(y)) range.push(y);
  return range.length === 1 ? range[0] : undefined;
}
