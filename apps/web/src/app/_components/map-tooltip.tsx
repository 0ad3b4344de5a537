"use client";

import { useRef, useState, type ReactNode } from "react";

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

function ringFor(cell: Element, frame: DOMRect): Ring | null {
  const shape = cell.querySelector("polygon, path");
  const svg = cell.closest("svg");
  const viewBox = svg?.getAttribute("viewBox");
  if (!(shape instanceof SVGGraphicsElement) || !svg || !viewBox) return null;
  const root = svg.getScreenCTM();
  const own = shape.getScreenCTM();
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
 * above its neighbours. The map itself is server-rendered; each cell carries its name and lines in
 * `data-name` and `data-tip`. The tooltip repeats what the cell's accessible name already says, so it
 * is hidden from assistive technology.
 */
export function MapTooltip({ children }: { children: ReactNode }) {
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
        ? target.closest<SVGElement>("[data-tip]")
        : null;
    const box = frame.current?.getBoundingClientRect();
    if (!cell || !box) return hide();
    const rect = cell.getBoundingClientRect();
    setTip({
      name: cell.dataset.name ?? "",
      lines: (cell.dataset.tip ?? "").split("\n"),
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
