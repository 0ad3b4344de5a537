import boundaries from "../../../data/boundaries.json";
import { GRADE_LOOK, type Era, type MapArea } from "~/lib/vocabulary";
import { MapCellLink } from "./map-cell-link";
import { MapPatterns } from "./map-patterns";
import { entryGrade, type OverviewEntry } from "./overview-entries";

const [LX, LY, LW, LH] = boundaries.london as [number, number, number, number];
const INSET = { x: 415, y: 8, scale: 3.4 };
const INSET_PAD = 8;
const WIDTH = INSET.x + LW * INSET.scale + INSET_PAD * 2 + 6;

/**
 * England's children's services authorities on their real (generalised) boundaries, coloured by grade.
 * London's boroughs are drawn again enlarged in an inset, where they are the links; in the main map
 * they are decoration, so each authority is one stop for the keyboard.
 */
export function BoundaryMap({
  entries,
  area,
  era,
  shown,
  title,
}: {
  entries: readonly OverviewEntry[];
  area: MapArea;
  era: Era;
  /** Indexes of the entries the table's filters keep; the others are faded. All when absent. */
  shown?: readonly number[] | undefined;
  title: string;
}) {
  const byGss = new Map(entries.map((entry) => [entry[0], entry]));
  const kept = shown ? new Set(shown.map((i) => entries[i]?.[0])) : undefined;
  const dimmed = (gss: string) => kept !== undefined && !kept.has(gss);
  const london = boundaries.features.filter((f) => f.gss.startsWith("E09"));
  return (
    <svg
      viewBox={`0 0 ${WIDTH.toFixed(0)} ${boundaries.height}`}
      role="group"
      aria-label={title}
      data-map="boundaries"
    >
      <MapPatterns />
      <g>
        {boundaries.features.map((feature) => {
          const entry = byGss.get(feature.gss);
          const path = (
            <path
              className={`boundary cell--${entry ? entryGrade(entry, area) : "none"}`}
              d={feature.d}
            />
          );
          if (!entry || feature.gss.startsWith("E09")) {
            return (
              <g
                key={feature.gss}
                aria-hidden="true"
                opacity={dimmed(feature.gss) ? 0.25 : undefined}
              >
                {path}
              </g>
            );
          }
          return (
            <MapCellLink
              key={feature.gss}
              entry={entry}
              area={area}
              era={era}
              dimmed={dimmed(feature.gss)}
            >
              {path}
            </MapCellLink>
          );
        })}
        <rect
          x={LX - 2}
          y={LY - 2}
          width={LW + 4}
          height={LH + 4}
          fill="none"
          stroke="#505a5f"
          strokeWidth="0.8"
          strokeDasharray="2 2"
          aria-hidden="true"
        />
      </g>
      <g aria-label="London (enlarged)" role="group">
        <rect
          x={INSET.x}
          y={INSET.y}
          width={LW * INSET.scale + INSET_PAD * 2}
          height={LH * INSET.scale + INSET_PAD * 2 + 14}
          fill="#fff"
          stroke="#505a5f"
          strokeWidth="1"
          rx="4"
        />
        <text
          x={INSET.x + INSET_PAD}
          y={INSET.y + 14}
          className="map-region-label"
          aria-hidden="true"
        >
          London
        </text>
        <g
          transform={`translate(${INSET.x + INSET_PAD} ${INSET.y + INSET_PAD + 12}) scale(${INSET.scale}) translate(${-LX} ${-LY})`}
        >
          {london.map((feature) => {
            const entry = byGss.get(feature.gss);
            const grade = entry ? entryGrade(entry, area) : "none";
            const shape = (
              <>
                <path
                  className={`boundary cell--${grade}`}
                  d={feature.d}
                  strokeWidth={0.25}
                />
                <text
                  x={feature.label[0]}
                  y={feature.label[1]}
                  className={`cell-symbol cell-symbol--${grade}`}
                  style={{ fontSize: 3 }}
                  aria-hidden="true"
                >
                  {GRADE_LOOK[grade].symbol}
                </text>
              </>
            );
            if (!entry)
              return (
                <g key={feature.gss} aria-hidden="true">
                  {shape}
                </g>
              );
            return (
              <MapCellLink
                key={feature.gss}
                entry={entry}
                area={area}
                era={era}
                dimmed={dimmed(feature.gss)}
                inset
              >
                {shape}
              </MapCellLink>
            );
          })}
        </g>
      </g>
    </svg>
  );
}
