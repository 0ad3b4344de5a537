import { scaleLinear } from "d3-scale";
import { GRADE_LOOK, areaLabel, isGrade } from "~/lib/vocabulary";

/** What the chart needs of each inspection. */
export interface TimelineInspection {
  readonly id: string;
  readonly date: string;
  readonly type: string;
  readonly judgements: readonly { area: string; grade: string }[];
}

// Frameworks as drawn behind the chart (dates of the first and last inspections under each).
const BANDS = [
  { label: "SIF", from: 2013 + 10 / 12, to: 2018 },
  { label: "ILACS 2018", from: 2018, to: 2023 },
  { label: "ILACS 2023", from: 2023, to: 2026 + 3 / 12 },
  { label: "ILACS 2026", from: 2026 + 3 / 12, to: Infinity },
];

const ROW_ORDER = [
  "overall-effectiveness",
  "help-and-protection",
  "children-in-care",
  "care-leavers",
  "children-in-care-and-care-leavers",
  "leadership",
  "adoption",
  "lscb",
];

/** A partial date ("2019", "2019-10", "2019-10-16") as a fractional year, at the middle of what it can mean. */
function toYear(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  if (y === undefined || Number.isNaN(y)) return Number.NaN;
  if (m === undefined) return y + 0.5;
  if (d === undefined) return y + (m - 0.5) / 12;
  return y + (m - 1) / 12 + (d - 1) / 365;
}

/**
 * Grades per area across an authority's inspections on a time axis, one row per area, with the
 * framework eras shaded behind. Each mark carries the grade's symbol; the inspection list below the
 * chart holds the same data as text, so the chart is one image for assistive technology.
 */
export function TimelineChart({
  inspections,
  lastYear,
  summary,
}: {
  inspections: readonly TimelineInspection[];
  lastYear: number;
  summary: string;
}) {
  const graded = inspections.filter((i) => i.judgements.length > 0);
  const visits = inspections.filter((i) => i.judgements.length === 0);
  const areas = ROW_ORDER.filter((area) =>
    graded.some((i) => i.judgements.some((j) => j.area === area)),
  );
  const rows = [...areas, ...(visits.length > 0 ? ["visits"] : [])];
  const firstYear = Math.min(
    2013,
    ...inspections.map((i) => Math.floor(toYear(i.date))),
  );
  const LEFT = 168;
  const RIGHT = 16;
  const WIDTH = 760;
  const ROW = 30;
  const TOP = 26;
  const height = TOP + rows.length * ROW + 26;
  const x = scaleLinear()
    .domain([firstYear, lastYear + 1])
    .range([LEFT, WIDTH - RIGHT]);
  const years = Array.from(
    { length: lastYear + 2 - firstYear },
    (_, i) => firstYear + i,
  );
  const y = (row: string) => TOP + rows.indexOf(row) * ROW + ROW / 2;

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={summary}
      className="timeline-svg"
    >
      {BANDS.map((band, i) => {
        const from = Math.max(band.from, firstYear);
        const to = Math.min(band.to, lastYear + 1);
        if (to <= from) return null;
        return (
          <g key={band.label}>
            <rect
              x={x(from)}
              y={TOP - 4}
              width={x(to) - x(from)}
              height={rows.length * ROW + 8}
              fill={i % 2 === 0 ? "#f1f4f7" : "#e7edf2"}
            />
            {/* A band too narrow for its label (a framework just begun) labels itself from its right edge. */}
            <text
              x={
                x(to) - x(from) < band.label.length * 6.5
                  ? x(to) - 2
                  : x(from) + 4
              }
              y={TOP - 10}
              textAnchor={
                x(to) - x(from) < band.label.length * 6.5 ? "end" : "start"
              }
              className="timeline-grid"
              fontWeight={600}
            >
              {band.label}
            </text>
          </g>
        );
      })}
      {years.map((year) => (
        <g key={year}>
          <line
            x1={x(year)}
            x2={x(year)}
            y1={TOP - 4}
            y2={TOP + rows.length * ROW + 4}
            stroke="#fff"
            strokeWidth={1}
          />
          {year <= lastYear &&
          (year - firstYear) % (years.length > 12 ? 2 : 1) === 0 ? (
            <text
              x={x(year + 0.5)}
              y={height - 8}
              textAnchor="middle"
              className="timeline-grid"
            >
              {year}
            </text>
          ) : null}
        </g>
      ))}
      {rows.map((row) => (
        <text
          key={row}
          x={LEFT - 10}
          y={y(row)}
          textAnchor="end"
          dominantBaseline="central"
          fontSize={12}
          fill="#3d4348"
        >
          {row === "visits"
            ? "Visits (not graded)"
            : areaLabel(row).replace(
                "Children in care and care leavers",
                "In care & care leavers",
              )}
        </text>
      ))}
      {graded.flatMap((inspection) =>
        inspection.judgements.map((j) => {
          const grade = isGrade(j.grade) ? j.grade : "none";
          const cx = x(toYear(inspection.date));
          const cy = y(j.area);
          return (
            <g
              key={`${inspection.id}-${j.area}`}
              transform={`translate(${cx.toFixed(1)} ${cy})`}
            >
              <circle r={10} className={`cell cell--${grade}`} />
              <text
                className={`cell-symbol cell-symbol--${grade}`}
                fontSize={10}
              >
                {GRADE_LOOK[grade].symbol}
              </text>
            </g>
          );
        }),
      )}
      {visits.map((visit) => (
        <rect
          key={visit.id}
          x={x(toYear(visit.date)) - 5}
          y={y("visits") - 5}
          width={10}
          height={10}
          transform={`rotate(45 ${x(toYear(visit.date))} ${y("visits")})`}
          fill="#505a5f"
        />
      ))}
    </svg>
  );
}
