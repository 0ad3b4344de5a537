"use client";

import { useRef, useState, type ReactNode } from "react";

interface Tip {
  readonly name: string;
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
}

/**
 * Shows a tooltip for the map cell under the pointer or with keyboard focus. The map itself is
 * server-rendered; each cell carries its name and lines in `data-name` and `data-tip`. The tooltip
 * repeats what the cell's accessible name already says, so it is hidden from assistive technology.
 */
export function MapTooltip({ children }: { children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  const show = (target: EventTarget | null) => {
    const cell =
      target instanceof Element
        ? target.closest<SVGElement>("[data-tip]")
        : null;
    const box = frame.current?.getBoundingClientRect();
    if (!cell || !box) return setTip(null);
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
  };

  return (
    <div
      ref={frame}
      className="map-frame"
      onPointerOver={(event) => show(event.target)}
      onPointerLeave={() => setTip(null)}
      onFocus={(event) => show(event.target)}
      onBlur={() => setTip(null)}
      onKeyDown={(event) => {
        if (event.key === "Escape") setTip(null);
      }}
    >
      {children}
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
