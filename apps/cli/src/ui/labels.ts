import type { Area, FrameworkId, Grade, InspectionType } from "../api-types";

// Terminal columns are narrow, so these are shorter than the dashboard's labels.

/** Area names for terminal rows. */
export const AREA_LABELS: Readonly<Record<Area, string>> = {
  "overall-effectiveness": "Overall effectiveness",
  leadership: "Leadership",
  "help-and-protection": "Help and protection",
  "children-in-care": "Children in care",
  "care-leavers": "Care leavers",
  "children-in-care-and-care-leavers": "Children in care and care leavers",
  adoption: "Adoption",
  lscb: "Safeguarding children board",
};

/** How much room a grade's word has. */
export type GradeWordSize = "full" | "short" | "tiny";

/** Grade words by size: `short` fits a table cell, `tiny` a narrow terminal. */
export const GRADE_WORDS: Readonly<
  Record<Grade, Readonly<Record<GradeWordSize, string>>>
> = {
  outstanding: {
    full: "Outstanding",
    short: "Outstanding",
    tiny: "Outstanding",
  },
  good: { full: "Good", short: "Good", tiny: "Good" },
  "requires-improvement": {
    full: "Requires improvement",
    short: "Req. improvement",
    tiny: "RI",
  },
  inadequate: { full: "Inadequate", short: "Inadequate", tiny: "Inadequate" },
};

/** Inspection type names. */
export const INSPECTION_TYPE_LABELS: Readonly<Record<InspectionType, string>> =
  {
    "standard-inspection": "Standard inspection",
    "short-inspection": "Short inspection",
    "focused-visit": "Focused visit",
    "monitoring-visit": "Monitoring visit",
    jtai: "Joint targeted area inspection",
  };

/** Framework names. */
export const FRAMEWORK_LABELS: Readonly<Record<FrameworkId, string>> = {
  sif: "SIF",
  "ilacs-2018": "ILACS 2018",
  "ilacs-2023": "ILACS 2023",
  "ilacs-2026": "ILACS 2026",
};
