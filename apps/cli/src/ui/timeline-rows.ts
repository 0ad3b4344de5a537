import type {
  EvidenceItem,
  InspectionDetail,
  JudgementDetail,
} from "../api-types";

/** One selectable line of an authority's timeline: an inspection, or one of its judgements. */
export type TimelineRow =
  | {
      readonly kind: "inspection";
      readonly inspection: InspectionDetail;
      readonly evidence: readonly EvidenceItem[];
    }
  | {
      readonly kind: "judgement";
      readonly inspection: InspectionDetail;
      readonly judgement: JudgementDetail;
      readonly evidence: readonly EvidenceItem[];
    };

// An article's own words say more than a register row, so they come first.
function articlesFirst(evidence: readonly EvidenceItem[]): EvidenceItem[] {
  return [...evidence].sort((a, b) =>
    a.kind === b.kind ? 0 : a.kind === "article" ? -1 : 1,
  );
}

/** The timeline's lines, newest inspection first, each followed by its judgements. */
export function timelineRows(
  inspections: readonly InspectionDetail[],
): TimelineRow[] {
  return [...inspections]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .flatMap((inspection): TimelineRow[] => [
      {
        kind: "inspection",
        inspection,
        evidence: articlesFirst(inspection.evidence),
      },
      ...inspection.judgements.map((judgement): TimelineRow => ({
        kind: "judgement",
        inspection,
        judgement,
        evidence: articlesFirst(judgement.evidence),
      })),
    ]);
}
