import type { ReactNode } from "react";
import { cellLabel, entryHref, type OverviewEntry } from "./overview-entries";
import type { Era, MapArea } from "~/lib/vocabulary";

/**
 * One authority on a map as a link to its page. Its accessible name states the grades; `data-gss`
 * names the authority for the tooltip, which reads the rest from the overview's entries. Dimmed cells
 * (outside the current filter) stay focusable.
 */
export function MapCellLink({
  entry,
  area,
  era,
  dimmed,
  inset = false,
  children,
}: {
  entry: OverviewEntry;
  area: MapArea;
  era: Era;
  dimmed: boolean;
  inset?: boolean;
  children: ReactNode;
}) {
  return (
    <a
      href={entryHref(entry)}
      className={inset ? "map-link map-link--inset" : "map-link"}
      aria-label={cellLabel(entry, area, era)}
      data-gss={entry[0]}
      style={dimmed ? { opacity: 0.25 } : undefined}
    >
      {children}
    </a>
  );
}
