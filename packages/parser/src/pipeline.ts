/**
 * The ordered stages of a parse, chrono-style: extractors find mentions and candidate facts, refiners
 * date, expand, merge and check them. Adding a phrasing means adding (or extending) an extractor here.
 */
import { extractAreas } from "./extractors/extract-areas";
import { extractColumnTables } from "./extractors/extract-column-tables";
import { extractCouncilTables } from "./extractors/extract-council-tables";
import { extractCues } from "./extractors/extract-cues";
import { extractDates } from "./extractors/extract-dates";
import { extractGradeStatements } from "./extractors/extract-grade-statements";
import { extractGrades } from "./extractors/extract-grades";
import { extractInspectionDates } from "./extractors/extract-inspection-dates";
import { extractNames } from "./extractors/extract-names";
import { extractNoise } from "./extractors/extract-noise";
import { extractPublished } from "./extractors/extract-published";
import { extractRatingAnaphora } from "./extractors/extract-rating-anaphora";
import { extractReferents } from "./extractors/extract-referents";
import { extractTitle } from "./extractors/extract-title";
import { extractVisits } from "./extractors/extract-visits";
import type { ParseContext } from "./internal/context";
import { expandAreas } from "./refiners/expand-areas";
import { mergeInspections } from "./refiners/merge-inspections";
import { resolveTimes } from "./refiners/resolve-times";

/** One pipeline stage: reads and extends the shared context. */
export interface Stage {
  readonly ruleId: string;
  readonly run: (ctx: ParseContext) => void;
}

/** Extractors, in order: mentions first, then the facts built from them. */
export const EXTRACTORS: readonly Stage[] = [
  { ruleId: "extract-noise", run: extractNoise },
  { ruleId: "extract-dates", run: extractDates },
  { ruleId: "extract-published", run: extractPublished },
  { ruleId: "extract-title", run: extractTitle },
  { ruleId: "extract-names", run: extractNames },
  { ruleId: "extract-grades", run: extractGrades },
  { ruleId: "extract-areas", run: extractAreas },
  { ruleId: "extract-cues", run: extractCues },
  { ruleId: "extract-referents", run: extractReferents },
  { ruleId: "extract-grade-statements", run: extractGradeStatements },
  { ruleId: "extract-council-tables", run: extractCouncilTables },
  { ruleId: "extract-column-tables", run: extractColumnTables },
  { ruleId: "extract-rating-anaphora", run: extractRatingAnaphora },
  { ruleId: "extract-visits", run: extractVisits },
  { ruleId: "extract-inspection-dates", run: extractInspectionDates },
];

/** Refiners, in order: dates, then framework areas, then inspections. */
export const REFINERS: readonly Stage[] = [
  { ruleId: "resolve-times", run: resolveTimes },
  { ruleId: "expand-areas", run: expandAreas },
  { ruleId: "merge-inspections", run: mergeInspections },
];
