"use client";

import { useMemo } from "react";
import hexmap from "../../../data/hexmap.json";
import {
  GRADE_LOOK,
  GRADES,
  type Era,
  type GradeOrNone,
  type MapArea,
} from "~/lib/vocabulary";
import { MapCellLink } from "./map-cell-link";
import { MapPatterns } from "./map-patterns";
import { entryGrade, type OverviewEntry } from "./overview-entries";

const SIZE = 16; // circumradius of a hex, in SVG units
const W = Math.sqrt(3) * SIZE;
const PAD = 6;
const maxR = Math.max(...hexmap.hexes.map((h) => h.r));
const maxQ = Math.max(...hexmap.hexes.map((h) => h.q));
const WIDTH = W * (maxQ + 1.5) + PAD * 2;
const HEIGHT = 1.5 * SIZE * maxR + 2 * SIZE + PAD * 2;
// Reading order (north to south, west to east), so keyboard focus moves across the map as it looks.
const HEXES = [...hexmap.hexes].sort((a, b) => b.r - a.r || a.q - b.q);
const CORNERS = [0, 1, 2, 3, 4, 5]
  .map((i) => {
    const angle = ((60 * i - 30) * Math.PI) / 180;
    return `${(SIZE * Math.cos(angle)).toFixed(2)},${(SIZE * Math.sin(angle)).toFixed(2)}`;
  })
  .join(" ");
const KEYS: readonly GradeOrNone[] = [...GRADES, "none"];

/** The id of the shared hexagon drawn for a grade: every cell is a `<use>` of one of these. */
const hexId = (grade: GradeOrNone) => `hexmap-${grade}`;

/** Centre of a hex in the "odd-r" layout (odd rows shifted right), with r growing northwards. */
function centre(q: number, r: number): string {
  const x = PAD + W * (q + 0.5 + (r % 2 === 1 ? 0.5 : 0));
  const y = PAD + SIZE + 1.5 * SIZE * (maxR - r);
  return `translate(${Number(x.toFixed(1))} ${Number(y.toFixed(1))})`;
}

/**
 * England's children's services authorities as a hex cartogram, one equal cell each, coloured and marked
 * by grade. Each cell is a link to the authority's page with an accessible name that states its grades.
 * The hexagon and symbol of each grade are drawn once and placed per cell, and the cells are rendered
 * from the overview's compact entries, so the page carries each authority's data once.
 */
export function HexMap({
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
  const byGss = useMemo(
    () => new Map(entries.map((entry) => [entry[0], entry])),
    [entries],
  );
  const kept = useMemo(
    () => (shown ? new Set(shown.map((i) => entries[i]?.[0])) : undefined),
    [entries, shown],
  );
  return (
    <svg
      viewBox={`0 0 ${WIDTH.toFixed(0)} ${HEIGHT.toFixed(0)}`}
      role="group"
      aria-label={title}
      data-map="hex"
    >
      <MapPatterns />
      <defs>
        {KEYS.map((grade) => (
          <g key={grade} id={hexId(grade)}>
            <polygon className={`hex cell--${grade}`} points={CORNERS} />
            <text className={`cell-symbol cell-symbol--${grade}`}>
              {GRADE_LOOK[grade].symbol}
            </text>
          </g>
        ))}
      </defs>
      {HEXES.map((hex) => {
        const entry = byGss.get(hex.gss);
        const transform = centre(hex.q, hex.r);
        if (!entry)
          return (
            <use
              key={hex.gss}
              href={`#${hexId("none")}`}
              transform={transform}
              aria-hidden="true"
            />
          );
        return (
          <MapCellLink
            key={hex.gss}
            entry={entry}
            area={area}
            era={era}
            dimmed={kept !== undefined && !kept.has(entry[0])}
          >
            <use
              href={`#${hexId(entryGrade(entry, area))}`}
              transform={transform}
            />
          </MapCellLink>
        );
      })}
    </svg>
  );
}
