"use client";

import { useMemo, useRef, useState, type ReactNode } from "react";
import type { Era } from "~/lib/vocabulary";
import { tipLines, type OverviewEntry } from "./overview-entries";

interface Tip {
  readonly name: string;
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
}

/** The active cell's outline, redrawn above the map so neighbouring cells cannot cover it. */
interface Ring {
  readonly kind: "polygon" | "path";
  readonly shape: string;
  readonly matrix: string;
  readonly viewBox: string;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The cell's outline: its own polygon or path, or that of the shared shape its `<use>` places. */
function outlineOf(
  cell: Element,
): { shape: SVGGraphicsElement; placed: SVGGraphicsElement } | null {
  const placed = cell.querySelector("use, polygon, path");
  if (!(placed instanceof SVGGraphicsElement)) return null;
  if (!(placed instanceof SVGUseElement)) return { shape: placed, placed };
  const id = placed.href.baseVal.replace(/^#/, "");
  const shape = document.getElementById(id)?.querySelector("polygon, path");
  return shape instanceof SVGGraphicsElement ? { shape, placed } : null;
}

function ringFor(cell: Element, frame: DOMRect): Ring | null {
  const outline = outlineOf(cell);
  const svg = cell.closest("svg");
  const viewBox = svg?.getAttribute("viewBox");
  if (!outline || !svg || !viewBox) return null;
  const { shape, placed } = outline;
  const root = svg.getScreenCTM();
  const own = placed.getScreenCTM();
  if (!root || !own) return null;
  const m = root.inverse().multiply(own);
  const box = svg.getBoundingClientRect();
  return {
    kind: shape instanceof SVGPolygonElement ? "polygon" : "path",
    shape:
      shape.getAttribute(shape instanceof SVGPolygonElement ? "points" : "d") ??
      "",
    matrix: `matrix(${m.a} ${m.b} ${m.c} ${m.d} ${m.e} ${m.f})`,
    viewBox,
    left: box.left - frame.left,
    top: box.top - frame.top,
    width: box.width,
    height: box.height,
  };
}

/**
 * Shows a tooltip for the map cell under the pointer or with keyboard focus, and outlines that cell
 * above its neighbours. Each cell names its authority in `data-gss`; the tooltip's lines come from the
 * overview's entries. The tooltip repeats what the cell's accessible name already says, so it is
 * hidden from assistive technology.
 */
export function MapTooltip({
  entries,
  era,
  children,
}: {
  entries: readonly OverviewEntry[];
  era: Era;
  children: ReactNode;
}) {
  const byGss = useMemo(
    () => new Map(entries.map((entry) => [entry[0], entry])),
    [entries],
  );
  const frame = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const [ring, setRing] = useState<Ring | null>(null);

  const hide = () => {
    setTip(null);
    setRing(null);
  };

  const show = (target: EventTarget | null) => {
    const cell =
      target instanceof Element
        ? target.closest<SVGElement>("a[data-gss]")
        : null;
    const entry = byGss.get(cell?.dataset.gss ?? "");
    const box = frame.current?.getBoundingClientRect();
    if (!cell || !entry || !box) return hide();
    const rect = cell.getBoundingClientRect();
    setTip({
      name: entry[2],
      lines: tipLines(entry, era),
      x: Math.min(
        Math.max(rect.left + rect.width / 2 - box.left, 96),
        box.width - 96,
      ),
      y: rect.top - box.top,
    });
    setRing(ringFor(cell, box));
  };

  return (
    <div
      ref={frame}
      className="map-frame"
      onPointerOver={(event) => show(event.target)}
      onPointerLeave={hide}
      onFocus={(event) => show(event.target)}
      onBlur={hide}
      onKeyDown={(event) => {
        if (event.key === "Escape") hide();
      }}
    >
      {children}
      {ring ? (
        <svg
          className="map-ring"
          viewBox={ring.viewBox}
          style={{
            left: ring.left,
            top: ring.top,
            width: ring.width,
            height: ring.height,
          }}
          aria-hidden="true"
          focusable="false"
        >
          {ring.kind === "polygon" ? (
            <>
              <polygon
                points={ring.shape}
                transform={ring.matrix}
                className="map-ring__halo"
              />
              <polygon
                points={ring.shape}
                transform={ring.matrix}
                className="map-ring__line"
              />
            </>
          ) : (
            <>
              <path
                d={ring.shape}
                transform={ring.matrix}
                className="map-ring__halo"
              />
              <path
                d={ring.shape}
                transform={ring.matrix}
                className="map-ring__line"
              />
            </>
          )}
        </svg>
      ) : null}
      {tip ? (
        <div
          className="map-tooltip"
          style={{ left: tip.x, top: tip.y }}
          aria-hidden="true"
        >
          <strong>{tip.name}</strong>
          <ul>
            {tip.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
