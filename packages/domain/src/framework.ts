import { z } from "zod";
import { IsoDateSchema, startOfPartialDate, type PartialDate } from "./date";
import { InspectionTypeSchema } from "./inspection";
import {
  AREAS,
  AreaSchema,
  GradeSchema,
  areaParts,
  type Area,
  type Grade,
} from "./judgement";

/** Identifiers of the Ofsted frameworks for inspecting local authority children's services. */
export const FRAMEWORK_IDS = [
  "sif",
  "ilacs-2018",
  "ilacs-2023",
  "ilacs-2026",
] as const;

/** Schema for a framework identifier. */
export const FrameworkIdSchema = z.enum(FRAMEWORK_IDS);
/** A framework identifier, e.g. `"ilacs-2018"`. */
export type FrameworkId = z.infer<typeof FrameworkIdSchema>;

/** Schema for one inspection framework, as data. */
export const FrameworkSchema = z.object({
  id: FrameworkIdSchema,
  /** Display name. */
  name: z.string(),
  /** First inspection start date under this framework. */
  from: IsoDateSchema,
  /** Last inspection start date under it; `null` while in force. */
  to: IsoDateSchema.nullable(),
  /** Every area the framework grades, the overall judgement first. */
  gradedAreas: z.array(AreaSchema).readonly(),
  /** What "all areas" / "every judgement" means in an article about an inspection under this framework. */
  allAreas: z.array(AreaSchema).readonly(),
  /** Graded areas reported in a separate review in the same report (SIF's LSCB review). */
  separateReviews: z.array(AreaSchema).readonly(),
  /** Sub-judgements and their parent area (SIF: adoption and care leavers under children looked after). */
  subJudgements: z.partialRecord(AreaSchema, AreaSchema).readonly(),
  /** Visit types that run under the framework. */
  inspectionTypes: z.array(InspectionTypeSchema).readonly(),
  /** Whether there is an overall effectiveness judgement. */
  hasOverall: z.boolean(),
  /** Where the framework is described. */
  reference: z.string(),
});
/** One Ofsted inspection framework for local authority children's services. */
export type Framework = z.infer<typeof FrameworkSchema>;

/**
 * The frameworks in date order, each in force for inspections that started between its `from` and `to`.
 * A new framework (one is due in 2027) is one more entry here: set the previous entry's `to` and add the
 * new id to {@link FRAMEWORK_IDS}; every function below follows the data.
 */
export const FRAMEWORKS: readonly Framework[] = [
  {
    id: "sif",
    name: "Single inspection framework (SIF)",
    from: "2013-11-01",
    to: "2017-12-31",
    gradedAreas: [
      "overall-effectiveness",
      "help-and-protection",
      "children-in-care",
      "adoption",
      "care-leavers",
      "leadership",
      "lscb",
    ],
    allAreas: [
      "overall-effectiveness",
      "help-and-protection",
      "children-in-care",
      "adoption",
      "care-leavers",
      "leadership",
    ],
    separateReviews: ["lscb"],
    subJudgements: {
      adoption: "children-in-care",
      "care-leavers": "children-in-care",
    },
    inspectionTypes: ["standard-inspection", "monitoring-visit", "jtai"],
    hasOverall: true,
    reference:
      "Ofsted, Framework and evaluation schedule for the inspections of services for children in need of help and protection, children looked after and care leavers (2013)",
  },
  {
    id: "ilacs-2018",
    name: "Inspecting local authority children's services (ILACS), 2018",
    from: "2018-01-01",
    to: "2022-12-31",
    gradedAreas: [
      "overall-effectiveness",
      "leadership",
      "help-and-protection",
      "children-in-care-and-care-leavers",
    ],
    allAreas: [
      "overall-effectiveness",
      "leadership",
      "help-and-protection",
      "children-in-care-and-care-leavers",
    ],
    separateReviews: [],
    subJudgements: {},
    inspectionTypes: [
      "standard-inspection",
      "short-inspection",
      "focused-visit",
      "monitoring-visit",
      "jtai",
    ],
    hasOverall: true,
    reference:
      "Ofsted, Inspecting local authority children's services (ILACS) framework, from January 2018",
  },
  {
    id: "ilacs-2023",
    name: "ILACS, updated January 2023 (care leavers judged separately)",
    from: "2023-01-01",
    to: "2026-03-31",
    gradedAreas: [
      "overall-effectiveness",
      "leadership",
      "help-and-protection",
      "children-in-care",
      "care-leavers",
    ],
    allAreas: [
      "overall-effectiveness",
      "leadership",
      "help-and-protection",
      "children-in-care",
      "care-leavers",
    ],
    separateReviews: [],
    subJudgements: {},
    inspectionTypes: [
      "standard-inspection",
      "short-inspection",
      "focused-visit",
      "monitoring-visit",
      "jtai",
    ],
    hasOverall: true,
    reference:
      "Ofsted, ILACS framework, updated for inspections from January 2023",
  },
  {
    id: "ilacs-2026",
    name: "ILACS, revised April 2026 (no overall effectiveness judgement)",
    from: "2026-04-01",
    to: null,
    gradedAreas: [
      "leadership",
      "help-and-protection",
      "children-in-care",
      "care-leavers",
    ],
    allAreas: [
      "leadership",
      "help-and-protection",
      "children-in-care",
      "care-leavers",
    ],
    separateReviews: [],
    subJudgements: {},
    inspectionTypes: [
      "standard-inspection",
      "short-inspection",
      "focused-visit",
      "monitoring-visit",
      "jtai",
    ],
    hasOverall: false,
    reference:
      "Ofsted, ILACS framework as revised for inspections from April 2026",
  },
];

/**
 * Looks up a framework by id; throws only if {@link FRAMEWORKS} lacks an id of {@link FRAMEWORK_IDS} (a bug).
 * @example getFramework("ilacs-2023").gradedAreas.length // 5
 */
export function getFramework(id: FrameworkId): Framework {
  const framework = FRAMEWORKS.find((f) => f.id === id);
  if (!framework) throw new Error(`unknown framework ${id}`);
  return framework;
}

/**
 * The framework in force for an inspection that started on `date` (a partial date counts from its first
 * day). `undefined` before November 2013, when the SIF began.
 * @example frameworkAt("2016-05-01")?.id // "sif"
 */
export function frameworkAt(date: PartialDate): Framework | undefined {
  const day = startOfPartialDate(date);
  return FRAMEWORKS.find(
    (f) => f.from <= day && (f.to === null || day <= f.to),
  );
}

/** Whether a framework graded an area: `"graded"`, or `"not-judged"` when that framework had no such judgement. */
export type AreaStatus = "graded" | "not-judged";

/**
 * Whether `framework` graded `area`. "Not judged" (the framework had no such judgement) is different
 * from "unknown" (it was graded but the source does not say how); {@link areaOutcome} gives all three.
 * @example areaStatus(getFramework("ilacs-2018"), "adoption") // "not-judged"
 */
export function areaStatus(framework: Framework, area: Area): AreaStatus {
  return framework.gradedAreas.includes(area) ? "graded" : "not-judged";
}

/**
 * Schema for what is known about one area of one inspection: its grade, `"not-judged"` when the
 * framework in force did not grade that area (adoption under ILACS), or `"unknown"` when it was graded
 * but the sources do not say how (or disagree).
 */
export const AreaOutcomeSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("graded"), grade: GradeSchema }),
  z.object({ status: z.literal("not-judged") }),
  z.object({ status: z.literal("unknown") }),
]);
/** What is known about one area of one inspection: graded (with the grade), not judged, or unknown. */
export type AreaOutcome = z.infer<typeof AreaOutcomeSchema>;

/**
 * The outcome of `area` in an inspection under `framework`, given the judgements known for it.
 * An area the framework did not grade is `"not-judged"` whatever the judgements say. A graded area
 * takes its own judgement; failing that, a separate area takes the grade of a combined judgement that
 * covers it (children in care from "children in care and care leavers"), and the combined area takes
 * the grade its separate parts give when they agree. Missing or disagreeing grades give `"unknown"`.
 * @example areaOutcome(getFramework("ilacs-2018"), "adoption", []) // { status: "not-judged" }
 * @example areaOutcome(getFramework("ilacs-2023"), "care-leavers", [{ area: "children-in-care-and-care-leavers", grade: "good" }]) // { status: "graded", grade: "good" }
 */
export function areaOutcome(
  framework: Framework,
  area: Area,
  judgements: readonly { readonly area: Area; readonly grade: Grade }[],
): AreaOutcome {
  if (areaStatus(framework, area) === "not-judged")
    return { status: "not-judged" };
  const gradesOf = (areas: readonly Area[]): ReadonlySet<Grade> =>
    new Set(
      judgements.filter((j) => areas.includes(j.area)).map((j) => j.grade),
    );
  const own = gradesOf([area]);
  const parts = areaParts(area);
  const covering = AREAS.filter(
    (a) => a !== area && areaParts(a).includes(area),
  );
  const grades = own.size
    ? own
    : parts.length > 1
      ? gradesOf(parts)
      : gradesOf(covering);
  const [grade] = grades;
  return grades.size === 1 && grade !== undefined
    ? { status: "graded", grade }
    : { status: "unknown" };
}

/**
 * The areas "all areas" / "every judgement" means for an inspection that started on `date`.
 * Empty before the SIF.
 * @example expandAllAreas("2020-02-01") // ["overall-effectiveness", "leadership", "help-and-protection", "children-in-care-and-care-leavers"]
 */
export function expandAllAreas(date: PartialDate): readonly Area[] {
  return frameworkAt(date)?.allAreas ?? [];
}
