import { z } from "zod";
import { assertNever } from "./internal/assert-never";

/**
 * The areas Ofsted has graded in inspections of local authority children's services, across frameworks.
 * `children-in-care-and-care-leavers` is the single combined judgement of ILACS 2018–2022.
 */
export const AREAS = [
  "overall-effectiveness",
  "leadership",
  "help-and-protection",
  "children-in-care",
  "care-leavers",
  "children-in-care-and-care-leavers",
  "adoption",
  "lscb",
] as const;

/** Schema for one judgement area. */
export const AreaSchema = z.enum(AREAS);
/** One judgement area, e.g. `"help-and-protection"`. */
export type Area = z.infer<typeof AreaSchema>;

/** Short human labels for each area. */
export const AREA_LABELS: Readonly<Record<Area, string>> = {
  "overall-effectiveness": "Overall effectiveness",
  leadership: "Leadership",
  "help-and-protection": "Help and protection",
  "children-in-care": "Children in care",
  "care-leavers": "Care leavers",
  "children-in-care-and-care-leavers": "Children in care and care leavers",
  adoption: "Adoption",
  lscb: "Local Safeguarding Children Board",
};

/** Ofsted's formal wording for each area, as report front pages and articles use it (SIF and ILACS). */
export const AREA_LEGACY_NAMES: Readonly<Record<Area, readonly string[]>> = {
  "overall-effectiveness": ["overall effectiveness"],
  leadership: [
    "leadership, management and governance",
    "the impact of leaders on social work practice with children and families",
  ],
  "help-and-protection": ["children who need help and protection", "the experiences and progress of children who need help and protection"],
  "children-in-care": ["children looked after and achieving permanence", "the experiences and progress of children in care"],
  "care-leavers": ["experiences and progress of care leavers", "the experiences and progress of care leavers"],
  "children-in-care-and-care-leavers": ["the experiences and progress of children in care and care leavers"],
  adoption: ["adoption performance"],
  lscb: ["review of the effectiveness of the local safeguarding children board", "local safeguarding children board"],
};

/** The separate areas a combined area stands for; other areas stand for themselves. */
export function areaParts(area: Area): readonly Area[] {
  return area === "children-in-care-and-care-leavers" ? ["children-in-care", "care-leavers"] : [area];
}

/** Ofsted's four grades, best first. */
export const GRADES = ["outstanding", "good", "requires-improvement", "inadequate"] as const;

/** Schema for one grade. */
export const GradeSchema = z.enum(GRADES);
/** One Ofsted grade, e.g. `"requires-improvement"`. */
export type Grade = z.infer<typeof GradeSchema>;

/** Human labels for each grade. */
export const GRADE_LABELS: Readonly<Record<Grade, string>> = {
  outstanding: "Outstanding",
  good: "Good",
  "requires-improvement": "Requires improvement to be good",
  inadequate: "Inadequate",
};

/** Short labels (for tight spaces such as table cells and terminal columns). */
export const GRADE_SHORT_LABELS: Readonly<Record<Grade, string>> = {
  outstanding: "Outstanding",
  good: "Good",
  "requires-improvement": "RI",
  inadequate: "Inadequate",
};

/**
 * Ofsted's numeric grade: 1 outstanding, 2 good, 3 requires improvement, 4 inadequate.
 * @example gradeNumber("good") // 2
 */
export function gradeNumber(grade: Grade): 1 | 2 | 3 | 4 {
  switch (grade) {
    case "outstanding":
      return 1;
    case "good":
      return 2;
    case "requires-improvement":
      return 3;
    case "inadequate":
      return 4;
    default:
      return assertNever(grade, "grade");
  }
}

/**
 * Comparator that orders grades best first: negative when `a` is better than `b`, 0 when equal.
 * @example ["good", "outstanding"].sort(compareGrades) // ["outstanding", "good"]
 */
export function compareGrades(a: Grade, b: Grade): number {
  return gradeNumber(a) - gradeNumber(b);
}

/** True when `a` is a strictly better grade than `b`. */
export function isBetterGrade(a: Grade, b: Grade): boolean {
  return compareGrades(a, b) < 0;
}
