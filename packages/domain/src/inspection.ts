import { z } from "zod";
import { assertNever } from "./internal/assert-never";

/**
 * Kinds of Ofsted visit to a local authority's children's services.
 * Standard and short inspections are graded; focused visits, monitoring visits and JTAIs are not.
 */
export const INSPECTION_TYPES = [
  "standard-inspection",
  "short-inspection",
  "focused-visit",
  "monitoring-visit",
  "jtai",
] as const;

/** Schema for one inspection type. */
export const InspectionTypeSchema = z.enum(INSPECTION_TYPES);
/** One inspection type, e.g. `"focused-visit"`. */
export type InspectionType = z.infer<typeof InspectionTypeSchema>;

/** Human labels for each inspection type. */
export const INSPECTION_TYPE_LABELS: Readonly<Record<InspectionType, string>> =
  {
    "standard-inspection": "Standard inspection",
    "short-inspection": "Short inspection",
    "focused-visit": "Focused visit",
    "monitoring-visit": "Monitoring visit",
    jtai: "Joint targeted area inspection",
  };

/** True for inspection types that produce graded judgements (standard and short inspections). */
export function isGradedInspectionType(type: InspectionType): boolean {
  switch (type) {
    case "standard-inspection":
    case "short-inspection":
      return true;
    case "focused-visit":
    case "monitoring-visit":
    case "jtai":
      return false;
    default:
      return assertNever(type, "inspection type");
  }
}
