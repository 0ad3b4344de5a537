import { Box, Text } from "ink";
import { useEffect, useMemo } from "react";
import type { Caller } from "../../api-types";
import { useListCursor } from "../hooks/use-list-cursor";
import { useQuery } from "../hooks/use-query";
import { useScreenKeys } from "../hooks/use-screen-keys";
import { useSyncedState } from "../hooks/use-synced-state";
import { useTheme } from "../hooks/use-theme";
import {
  AREA_LABELS,
  FRAMEWORK_LABELS,
  INSPECTION_TYPE_LABELS,
} from "../labels";
import type { Navigation } from "../navigation";
import { timelineRows, type TimelineRow } from "../timeline-rows";
import { windowStart } from "../window";
import { ErrorMessage } from "./error-message";
import { EvidencePanel } from "./evidence-panel";
import { GradeBadge } from "./grade-badge";
import { KeyHints } from "./key-hints";

const HINTS = [
  { key: "↑↓/jk", label: "move" },
  { key: "d/Enter", label: "open source" },
  { key: "Tab", label: "next quote" },
  { key: "Esc", label: "back" },
  { key: "?", label: "keys" },
  { key: "q", label: "quit" },
];

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function TimelineLine({
  row,
  selected,
  width,
}: {
  readonly row: TimelineRow;
  readonly selected: boolean;
  readonly width: number;
}) {
  const theme = useTheme();
  const marker = (
    <Box width={2} flexShrink={0}>
      <Text color={theme.text.accent} bold>
        {selected ? "›" : " "}
      </Text>
    </Box>
  );
  if (row.kind === "inspection") {
    const { inspection } = row;
    const parts = [
      INSPECTION_TYPE_LABELS[inspection.type],
      inspection.framework ? FRAMEWORK_LABELS[inspection.framework] : undefined,
      plural(inspection.sourceCount, "source"),
    ].filter((part) => part !== undefined);
    return (
      <Box height={1} width={width}>
        {marker}
        <Text wrap="truncate-end" inverse={selected} bold>
          {inspection.date} {parts.join(" · ")}
        </Text>
        {inspection.conflictCount > 0 ? (
          <Text color={theme.status.warning} wrap="truncate-end">
            {" "}
            ⚠ {plural(inspection.conflictCount, "conflict")}
          </Text>
        ) : null}
      </Box>
    );
  }
  const labelWidth = Math.max(10, Math.min(36, width - 2 - 4 - 24));
  return (
    <Box height={1} width={width}>
      {marker}
      <Box width={4} flexShrink={0} />
      <Box width={labelWidth}>
        <Text wrap="truncate-end" inverse={selected}>
          {AREA_LABELS[row.judgement.area]}
        </Text>
      </Box>
      <Text> </Text>
      <GradeBadge
        grade={row.judgement.grade}
        size={width >= 64 ? "full" : "tiny"}
      />
    </Box>
  );
}

/** An authority's inspections and judgements, newest first, with the quotes behind the selected one. */
export function AuthorityScreen({
  caller,
  code,
  nav,
  active,
  width,
  height,
  revision,
}: {
  readonly caller: Caller;
  readonly code: string;
  readonly nav: Navigation;
  readonly active: boolean;
  readonly width: number;
  readonly height: number;
  readonly revision: number;
}) {
  const theme = useTheme();
  const query = useQuery(async () => {
    const timeline = await caller.authority.timeline({ code });
    const inspections = await Promise.all(
      timeline.inspections.map((inspection) =>
        caller.inspection.byId({ id: inspection.id }),
      ),
    );
    return { authority: timeline.authority, inspections };
  }, [caller, code, revision]);
  const rows = useMemo(
    () => timelineRows(query.data?.inspections ?? []),
    [query.data],
  );
  const panelHeight = height >= 24 ? 6 : 4;
  const listHeight = Math.max(1, height - 2 - panelHeight - 2);
  const cursor = useListCursor(rows.length, listHeight - 1);
  const [quote, quoteRef, setQuote] = useSyncedState(0);
  const row = rows[cursor.index];

  useEffect(() => {
    setQuote(0);
  }, [cursor.index, setQuote]);

  useScreenKeys((input, key) => {
    const selected = rows[cursor.current()];
    if (input === "d" || key.return) {
      const item = selected?.evidence[quoteRef.current];
      if (item)
        nav.push({
          screen: "document",
          id: item.documentId,
          highlight: { start: item.start, end: item.end },
        });
      return true;
    }
    if (key.tab) {
      const count = selected?.evidence.length ?? 0;
      if (count > 0)
        setQuote(
          (value) => (key.shift ? value - 1 + count : value + 1) % count,
        );
      return true;
    }
    return cursor.handleKey(input, key);
  }, active);

  const authority = query.data?.authority;
  const start = windowStart(rows.length, listHeight, cursor.index);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box height={1} width={width}>
        <Text wrap="truncate-end">
          <Text bold color={theme.text.accent}>
            {authority?.name ?? code}
          </Text>
          {authority ? (
            <Text color={theme.text.muted}>
              {" "}
              · {authority.region} · {authority.gss} · LA {authority.laCode}
            </Text>
          ) : null}
        </Text>
      </Box>
      <Box height={1} width={width}>
        <Text color={theme.text.muted} wrap="truncate-end">
          {query.data
            ? `${plural(query.data.inspections.length, "inspection")}, newest first`
            : query.status === "loading"
              ? "loading…"
              : ""}
        </Text>
      </Box>
      {query.status === "error" ? (
        <Box height={height - 3}>
          <ErrorMessage
            error={query.error}
            hint="Press Esc to go back."
            width={width}
          />
        </Box>
      ) : (
        <>
          <Box flexDirection="column" height={listHeight} width={width}>
            {query.status === "success" && rows.length === 0 ? (
              <Text>No inspections known for this authority yet.</Text>
            ) : null}
            {rows.slice(start, start + listHeight).map((line, i) => (
              <TimelineLine
                key={start + i}
                row={line}
                selected={start + i === cursor.index}
                width={width}
              />
            ))}
          </Box>
          <Box height={1} width={width}>
            <Text color={theme.text.muted}>{"─".repeat(width)}</Text>
          </Box>
          <EvidencePanel
            evidence={row?.evidence ?? []}
            selected={quote}
            width={width}
            height={panelHeight}
          />
        </>
      )}
      <KeyHints hints={HINTS} width={width} />
    </Box>
  );
}
