import hexmap from "../../../data/hexmap.json";
import { GRADE_LOOK } from "~/lib/vocabulary";
import type { MapCell } from "./map-cell";
import { MapCellLink } from "./map-cell-link";
import { MapPatterns } from "./map-patterns";

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

/** Centre of a hex in the "odd-r" layout (odd rows shifted right), with r growing northwards. */
function centre(q: number, r: number): [number, number] {
  return [
    PAD + W * (q + 0.5 + (r % 2 === 1 ? 0.5 : 0)),
    PAD + SIZE + 1.5 * SIZE * (maxR - r),
  ];
}

/**
 * England's children's services authorities as a hex cartogram, one equal cell each, coloured and marked
 * by grade. Each cell is a link to the authority's page with an accessible name that states its grades.
 */
export function HexMap({
  cells,
  title,
}: {
  cells: ReadonlyMap<string, MapCell>;
  title: string;
}) {
  return (
    <svg
      viewBox={`0 0 ${WIDTH.toFixed(0)} ${HEIGHT.toFixed(0)}`}
      role="group"
      aria-label={title}
      data-map="hex"
    >
      <MapPatterns />
      {HEXES.map((hex) => {
        const [x, y] = centre(hex.q, hex.r);
        const cell = cells.get(hex.gss);
        const grade = cell?.grade ?? "none";
        const shape = (
          <>
            <polygon className={`cell cell--${grade}`} points={CORNERS} />
            <text
              className={`cell-symbol cell-symbol--${grade}`}
              aria-hidden="true"
            >
              {GRADE_LOOK[grade].symbol}
            </text>
          </>
        );
        if (!cell) {
          return (
            <g
              key={hex.gss}
              transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}
              aria-hidden="true"
            >
              {shape}
            </g>
          );
        }
        return (
          <MapCellLink key={hex.gss} cell={cell}>
            <g transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}>
              {shape}
            </g>
          </MapCellLink>
        );
      })}
    </svg>
  );
}
