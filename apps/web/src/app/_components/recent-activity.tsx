import type { InspectionSummary } from "@csi/api";
import Link from "next/link";
import { GradeBadge } from "~/components/grade-badge";
import { formatDate } from "~/lib/format";
import { gradeFor } from "~/lib/grades";
import {
  INSPECTION_TYPE_LABELS,
  MAP_AREA_LABELS,
  type MapArea,
} from "~/lib/vocabulary";

type Inspection = InspectionSummary;
interface Change {
  readonly authority: { readonly name: string; readonly gss: string };
  readonly from: {
    readonly inspectionId: string;
    readonly date: string;
    readonly grade: string;
  };
  readonly to: {
    readonly inspectionId: string;
    readonly date: string;
    readonly grade: string;
  };
  readonly direction: "improved" | "declined" | "unchanged";
}

/** The newest inspections and visits of any kind, with the overall grade where there is one. */
export function RecentInspections({
  inspections,
}: {
  inspections: readonly Inspection[];
}) {
  if (inspections.length === 0) return <p>No inspections are stored yet.</p>;
  return (
    <ol className="event-list">
      {inspections.map((inspection) => {
        const overall = gradeFor(inspection.judgements, "overall");
        return (
          <li key={inspection.id}>
            <div>
              <Link
                href={`/authorities/${inspection.authority.gss}`}
                prefetch={false}
              >
                <strong>{inspection.authority.name}</strong>
              </Link>{" "}
              <span className="muted small">
                {INSPECTION_TYPE_LABELS[inspection.type] ?? inspection.type},{" "}
                {formatDate(inspection.date)}
              </span>
            </div>
            {inspection.judgements.length > 0 ? (
              <div className="small" style={{ marginTop: "0.2rem" }}>
                Overall: <GradeBadge grade={overall} short />
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Grade movements between consecutive graded inspections in one area, newest first. */
export function GradeChanges({
  changes,
  area,
}: {
  changes: readonly Change[];
  area: MapArea;
}) {
  if (changes.length === 0) {
    return (
      <p>
        No authority has two graded inspections in{" "}
        {MAP_AREA_LABELS[area].toLowerCase()} yet.
      </p>
    );
  }
  return (
    <ol className="event-list">
      {changes.map((change) => (
        <li key={`${change.authority.gss}-${change.to.inspectionId}`}>
          <div>
            <Link
              href={`/authorities/${change.authority.gss}`}
              prefetch={false}
            >
              <strong>{change.authority.name}</strong>
            </Link>{" "}
            <span className="muted small">
              {change.direction === "improved"
                ? "improved"
                : change.direction === "declined"
                  ? "declined"
                  : "held its grade"}
            </span>
          </div>
          <div className="change small" style={{ marginTop: "0.2rem" }}>
            <GradeBadge grade={change.from.grade} short />{" "}
            <span className="muted">{change.from.date.slice(0, 4)}</span>
            <span aria-hidden="true">→</span>
            <span className="visually-hidden">to</span>
            <GradeBadge grade={change.to.grade} short />{" "}
            <span className="muted">{change.to.date.slice(0, 4)}</span>
          </div>
        </li>
      ))}
    </ol>
  );
}
