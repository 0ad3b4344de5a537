import { FRAMEWORKS } from "@csi/domain";

const DAY = 86_400_000;
// Fieldwork runs Monday to Friday for one, two or three weeks.
const FIELDWORK_SPANS = new Set([4, 11, 18]);

/** A month and day range without a year ("between March 11 and 15"). */
export interface UndatedRange {
  readonly month: number;
  readonly day: number;
  readonly endMonth?: number | undefined;
  readonly endDay: number;
}

/** The first and last years any framework in the domain can date an inspection in (the last one plus a year). */
export function frameworkYears(): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const f of FRAMEWORKS) {
    first = Math.min(first, Number(f.from.slice(0, 4)));
    last = Math.max(last, Number((f.to ?? f.from).slice(0, 4)));
  }
  return { first, last: last + 1 };
}

/** The range read in `year`, when it is a real calendar range running Monday to Friday. */
export function fieldworkIn(
  range: UndatedRange,
  year: number,
): { start: Date; end: Date } | undefined {
  const endMonth = range.endMonth ?? range.month;
  const endYear = endMonth < range.month ? year + 1 : year;
  const start = new Date(Date.UTC(year, range.month - 1, range.day));
  const end = new Date(Date.UTC(endYear, endMonth - 1, range.endDay));
  // Reject days that roll over into the next month ("31 June").
  if (start.getUTCDate() !== range.day || end.getUTCDate() !== range.endDay)
    return undefined;
  if (start.getUTCDay() !== 1 || end.getUTCDay() !== 5) return undefined;
  const days = Math.round((end.getTime() - start.getTime()) / DAY);
  return FIELDWORK_SPANS.has(days) ? { start, end } : undefined;
}

/**
 * The year of an undated fieldwork range: the earliest year strictly after `after` (the latest year the
 * document gives the council's earlier inspections) in which the range starts on a Monday and ends on a
 * Friday, within the frameworks' span. `undefined` when no year fits.
 */
export function weekdayYear(
  range: UndatedRange,
  after: number,
): number | undefined {
  const { first, last } = frameworkYears();
  for (let y = Math.max(after + 1, first); y <= last; y++)
    if (fieldworkIn(range, y)) return y;
  return undefined;
}
