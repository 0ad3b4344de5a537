import { z } from "zod";
import {
  IsoDateSchema,
  PartialDateSchema,
  endOfPartialDate,
  startOfPartialDate,
} from "./date";
import { InspectionTypeSchema, isGradedInspectionType } from "./inspection";
import { addMonths } from "./internal/date-math";
import { GradeSchema } from "./judgement";

/** Schema for one cadence rule: after a full inspection with these overall grades, which inspection comes next and when. */
export const CadenceRuleSchema = z.object({
  /** Overall grades of the last full inspection that this rule covers. */
  after: z.array(GradeSchema).min(1),
  /** The kind of full inspection that comes next. */
  next: z.enum(["short-inspection", "standard-inspection"]),
  /** Months from the last inspection's start until the window opens. */
  earliestMonths: z.number().int().nonnegative(),
  /** Months from the last inspection's start until the window closes; `null` when there is no set limit. */
  latestMonths: z.number().int().positive().nullable(),
});
/** One cadence rule: after a full inspection with these overall grades, which inspection comes next and when. */
export type CadenceRule = z.infer<typeof CadenceRuleSchema>;

/**
 * When the next full inspection falls due under ILACS, by the overall grade of the last one, as data.
 *
 * Source: Ofsted, "Inspecting local authority children's services" (ILACS framework, 2018, updated
 * 2023). Authorities judged good or outstanding get a short inspection, authorities judged requires
 * improvement a standard inspection, each broadly within three years of the last; authorities judged
 * inadequate get monitoring visits and a standard re-inspection when they are ready, with no set date.
 *
 * Assumptions made here, not stated by Ofsted: the framework sets no minimum gap, and a focused visit
 * usually falls between two inspections, so the window for good, outstanding and requires-improvement
 * authorities is taken as the third year (24 to 36 months after the last inspection started). For
 * inadequate authorities the window opens at once and has no end. Inspections paused in 2020 for
 * COVID-19 and real gaps since have often run past three years, so `latest` is when the intended
 * cycle elapses, not a deadline Ofsted publishes.
 */
export const ILACS_CADENCE: readonly CadenceRule[] = [
  {
    after: ["outstanding", "good"],
    next: "short-inspection",
    earliestMonths: 24,
    latestMonths: 36,
  },
  {
    after: ["requires-improvement"],
    next: "standard-inspection",
    earliestMonths: 24,
    latestMonths: 36,
  },
  {
    after: ["inadequate"],
    next: "standard-inspection",
    earliestMonths: 0,
    latestMonths: null,
  },
];

/** Schema for the last full inspection that a next-inspection window is worked out from. */
export const LastInspectionSchema = z.object({
  /** When it started, at whatever precision is known. */
  date: PartialDateSchema,
  type: InspectionTypeSchema,
  /** Its overall effectiveness grade; absent when unknown or not given (ILACS from April 2026). */
  overallGrade: GradeSchema.optional(),
});
/** The last full inspection that a next-inspection window is worked out from. */
export type LastInspection = z.infer<typeof LastInspectionSchema>;

/** Schema for the window in which the next full inspection is due. */
export const NextInspectionWindowSchema = z.object({
  /** The kind of full inspection expected. */
  type: z.enum(["short-inspection", "standard-inspection"]),
  /** First day of the window. */
  earliest: IsoDateSchema,
  /** Last day of the window; `null` when there is no set limit (re-inspection after an inadequate grade). */
  latest: IsoDateSchema.nullable(),
});
/** The window in which the next full inspection is due. */
export type NextInspectionWindow = z.infer<typeof NextInspectionWindowSchema>;

/**
 * The window in which the next full inspection is due after `last`, by the rules in `cadence`
 * ({@link ILACS_CADENCE} unless given). A partial date widens the window: it opens from the first day
 * the date can mean and closes from the last. `undefined` when `last` is not a full (standard or short)
 * inspection, or has no overall grade, since then no rule applies. Pure: the caller compares the
 * window with today.
 * @example nextInspectionWindow({ date: "2019-07-08", type: "standard-inspection", overallGrade: "good" })
 * // { type: "short-inspection", earliest: "2021-07-08", latest: "2022-07-08" }
 */
export function nextInspectionWindow(
  last: LastInspection,
  cadence: readonly CadenceRule[] = ILACS_CADENCE,
): NextInspectionWindow | undefined {
  if (!isGradedInspectionType(last.type) || last.overallGrade === undefined)
    return undefined;
  const grade = last.overallGrade;
  const rule = cadence.find((r) => r.after.includes(grade));
  if (!rule) return undefined;
  return {
    type: rule.next,
    earliest: addMonths(startOfPartialDate(last.date), rule.earliestMonths),
    latest:
      rule.latestMonths === null
        ? null
        : addMonths(endOfPartialDate(last.date), rule.latestMonths),
  };
}
