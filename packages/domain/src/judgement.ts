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

/** Short human labels for each area, e.g. `"Help and protection"`. */
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
  "help-and-protection": [
    "children who need help and protection",
    "the experiences and progress of children who need help and protection",
  ],
  "children-in-care": [
    "children looked after and achieving permanence",
    "the experiences and progress of children in care",
  ],
  "care-leavers": [
    "experiences and progress of care leavers",
    "the experiences and progress of care leavers",
  ],
  "children-in-care-and-care-leavers": [
    "the experiences and progress of children in care and care leavers",
  ],
  adoption: ["adoption performance"],
  lscb: [
    "review of the effectiveness of the local safeguarding children board",
    "local safeguarding children board",
  ],
};

/**
 * Everyday phrases articles use for each area, lower case, beside Ofsted's formal names in
 * {@link AREA_LEGACY_NAMES}. Several are only safe with context: "adoption" counts only inside a
 * whole-service SIF inspection, and "leaders" or "overall" only next to a grade.
 */
export const AREA_SYNONYMS: Readonly<Record<Area, readonly string[]>> = {
  "overall-effectiveness": [
    "overall effectiveness",
    "overall judgement",
    "overall grade",
    "overall rating",
    "overall grading",
    "overall",
  ],
  leadership: [
    "leadership",
    "leadership, management and governance",
    "senior leaders",
    "impact of leaders",
    "leaders",
  ],
  "help-and-protection": [
    "help and protection",
    "child protection",
    "children who need help and protection",
    "children in need of help and protection",
    "help and protection services",
  ],
  "children-in-care": [
    "children in care",
    "children looked after",
    "looked-after children",
    "looked after children",
    "lac",
    "those in care",
  ],
  "care-leavers": [
    "care leavers",
    "leaving care",
    "care leaver support",
    "care leaver services",
    "support for care leavers",
  ],
  "children-in-care-and-care-leavers": [
    "children in care and care leavers",
    "children in care and those leaving care",
    "those in care and leaving care",
    "in care and leaving care",
  ],
  adoption: [
    "adoption",
    "adoption performance",
    "adoption support",
    "adoption services",
  ],
  lscb: [
    "lscb",
    "local safeguarding children board",
    "safeguarding children board",
    "the review of safeguarding arrangements",
  ],
};

/**
 * The separate areas a combined area stands for; other areas stand for themselves.
 * @example areaParts("children-in-care-and-care-leavers") // ["children-in-care", "care-leavers"]
 */
export function areaParts(area: Area): readonly Area[] {
  return area === "children-in-care-and-care-leavers"
    ? ["children-in-care", "care-leavers"]
    : [area];
}

/** Ofsted's four grades, best first. */
export const GRADES = [
  "outstanding",
  "good",
  "requires-improvement",
  "inadequate",
] as const;

/** Schema for one grade. */
export const GradeSchema = z.enum(GRADES);
/** One Ofsted grade, e.g. `"requires-improvement"`. */
export type Grade = z.infer<typeof GradeSchema>;

/** Human labels for each grade, as Ofsted writes them (`"Requires improvement to be good"`). */
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

/**
 * True when `a` is a strictly better grade than `b`.
 * @example isBetterGrade("good", "requires-improvement") // true
 */
export function isBetterGrade(a: Grade, b: Grade): boolean {
  return compareGrades(a, b) < 0;
}
