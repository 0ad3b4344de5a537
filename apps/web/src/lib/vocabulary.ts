// Presentation vocabulary: how grades, areas and eras look and read on screen. The rules about what
// they mean live in @csi/domain and reach the app through @csi/api.

/** Ofsted's four grades, best first, as the api returns them. */
export const GRADES = [
  "outstanding",
  "good",
  "requires-improvement",
  "inadequate",
] as const;
export type Grade = (typeof GRADES)[number];

/** What a map cell or badge shows: a grade, or `none` when nothing is known for that area. */
export type GradeOrNone = Grade | "none";

export function isGrade(value: unknown): value is Grade {
  return (
    typeof value === "string" && (GRADES as readonly string[]).includes(value)
  );
}

interface GradeLook {
  /** Full label. */
  readonly label: string;
  /** Label for tight table cells. */
  readonly short: string;
  /** A shape that carries the grade without colour. */
  readonly symbol: string;
}

/** Label, short label and symbol of each grade, and of "no grade"; colour is never the only cue. */
export const GRADE_LOOK: Readonly<Record<GradeOrNone, GradeLook>> = {
  outstanding: { label: "Outstanding", short: "Outstanding", symbol: "★" },
  good: { label: "Good", short: "Good", symbol: "✓" },
  "requires-improvement": {
    label: "Requires improvement to be good",
    short: "RI",
    symbol: "▲",
  },
  inadequate: { label: "Inadequate", short: "Inadequate", symbol: "✕" },
  none: { label: "No grade recorded", short: "None", symbol: "–" },
};

/** The areas the overview can colour the map by; `overall` is overall effectiveness. */
export const MAP_AREAS = [
  "overall",
  "help-and-protection",
  "children-in-care",
  "care-leavers",
  "leadership",
] as const;
export type MapArea = (typeof MAP_AREAS)[number];

/** The api's area identifier for each map area. */
export const MAP_AREA_TO_AREA = {
  overall: "overall-effectiveness",
  "help-and-protection": "help-and-protection",
  "children-in-care": "children-in-care",
  "care-leavers": "care-leavers",
  leadership: "leadership",
} as const satisfies Record<MapArea, string>;

export const MAP_AREA_LABELS: Readonly<Record<MapArea, string>> = {
  overall: "Overall effectiveness",
  "help-and-protection": "Help and protection",
  "children-in-care": "Children in care",
  "care-leavers": "Care leavers",
  leadership: "Leadership",
};

/** Short column headings for the same areas. */
export const MAP_AREA_SHORT: Readonly<Record<MapArea, string>> = {
  overall: "Overall",
  "help-and-protection": "Help & protection",
  "children-in-care": "In care",
  "care-leavers": "Care leavers",
  leadership: "Leadership",
};

/** Labels for every area the api can return, including those only the SIF graded. */
export const AREA_LABELS: Readonly<Record<string, string>> = {
  "overall-effectiveness": "Overall effectiveness",
  leadership: "Leadership",
  "help-and-protection": "Help and protection",
  "children-in-care": "Children in care",
  "care-leavers": "Care leavers",
  "children-in-care-and-care-leavers": "Children in care and care leavers",
  adoption: "Adoption",
  lscb: "Local Safeguarding Children Board",
};

export function areaLabel(area: string): string {
  return AREA_LABELS[area] ?? area;
}

/** Which inspections the overview draws from: the latest of any framework, or the latest under one. */
export const ERAS = [
  "latest",
  "sif",
  "ilacs-2018",
  "ilacs-2023",
  "ilacs-2026",
] as const;
export type Era = (typeof ERAS)[number];

export const ERA_LABELS: Readonly<Record<Era, string>> = {
  latest: "Latest",
  sif: "SIF 2013–17",
  "ilacs-2018": "ILACS 2018–22",
  "ilacs-2023": "ILACS 2023–26",
  "ilacs-2026": "ILACS 2026–",
};

export const FRAMEWORK_LABELS: Readonly<Record<string, string>> = {
  sif: "Single inspection framework (SIF)",
  "ilacs-2018": "ILACS 2018",
  "ilacs-2023": "ILACS 2023",
  "ilacs-2026": "ILACS 2026",
};

export const INSPECTION_TYPE_LABELS: Readonly<Record<string, string>> = {
  "standard-inspection": "Standard inspection",
  "short-inspection": "Short inspection",
  "focused-visit": "Focused visit",
  "monitoring-visit": "Monitoring visit",
  jtai: "Joint targeted area inspection",
};

export const KIND_LABELS: Readonly<Record<string, string>> = {
  "london-borough": "London borough",
  "city-of-london": "City of London",
  "metropolitan-district": "Metropolitan district",
  unitary: "Unitary authority",
  "isles-of-scilly": "Isles of Scilly",
  county: "County council",
};

/** Plural labels for headings such as "Every London borough". */
export const KIND_PLURALS: Readonly<Record<string, string>> = {
  "london-borough": "London boroughs",
  "city-of-london": "City of London",
  "metropolitan-district": "metropolitan districts",
  unitary: "unitary authorities",
  "isles-of-scilly": "Isles of Scilly",
  county: "county councils",
};

export const REGIONS = [
  "North East",
  "North West",
  "Yorkshire and The Humber",
  "East Midlands",
  "West Midlands",
  "East of England",
  "London",
  "South East",
  "South West",
] as const;
