import type { ReactNode } from "react";
import type { MapCell } from "./map-cell";

/**
 * One authority on a map as a link to its page: its accessible name states the grades, and the
 * `data-*` attributes feed the tooltip. Dimmed cells (outside the current filter) stay focusable.
 */
export function MapCellLink({
  cell,
  inset = false,
  children,
}: {
  cell: MapCell;
  inset?: boolean;
  children: ReactNode;
}) {
  return (
    <a
      href={cell.href}
      className={inset ? "map-link map-link--inset" : "map-link"}
      aria-label={cell.label}
      data-gss={cell.gss}
      data-name={cell.name}
      data-tip={cell.tip.join("\n")}
      style={cell.dimmed ? { opacity: 0.25 } : undefined}
    >
      {children}
    </a>
  );
}
