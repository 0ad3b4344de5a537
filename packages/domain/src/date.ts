import { z } from "zod";

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Schema for a calendar date written `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE, "expected a date as YYYY-MM-DD");
/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * Schema for a date at the precision a source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @example PartialDateSchema.parse("2019-03") // "2019-03"
 */
export const PartialDateSchema = z
  .string()
  .regex(PARTIAL_DATE, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
/** A date at the precision a source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = z.infer<typeof PartialDateSchema>;

/** How precise a partial date is. */
export type DatePrecision = "year" | "month" | "day";

/** The precision of a partial date. */
export function datePrecision(date: PartialDate): DatePrecision {
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

/** The year of a partial date. */
export function yearOf(date: PartialDate): number {
  return Number(date.slice(0, 4));
}

/**
 * True when two partial dates can describe the same day: one is a prefix of the other.
 * @example areDatesConsistent("2019", "2019-03-11") // true
 */
export function areDatesConsistent(a: PartialDate, b: PartialDate): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * The first day a partial date can mean, as `YYYY-MM-DD` (`"2019"` → `"2019-01-01"`).
 */
export function startOfPartialDate(date: PartialDate): IsoDate {
  return date.length === 4
    ? `${date}-01-01`
    : date.length === 7
      ? `${date}-01`
      : date;
}

/**
 * The last day a partial date can mean, as `YYYY-MM-DD` (`"2019-02"` → `"2019-02-28"`).
 */
export function endOfPartialDate(date: PartialDate): IsoDate {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date}-${String(last).padStart(2, "0")}`;
}
