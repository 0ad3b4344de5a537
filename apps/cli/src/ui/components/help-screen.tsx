import { Box, Text } from "ink";
import { useTheme } from "../hooks/use-theme";
import type { Route } from "../navigation";

const GLOBAL = [
  ["?", "show these keys"],
  ["Esc", "go back"],
  ["q", "quit"],
] as const;

const BY_SCREEN: Readonly<
  Record<
    Route["screen"],
    {
      readonly title: string;
      readonly keys: readonly (readonly [string, string])[];
    }
  >
> = {
  list: {
    title: "Authorities",
    keys: [
      ["↑ ↓  j k", "move"],
      ["PgUp PgDn  g G", "page, first, last"],
      [
        "/",
        "filter by name, alias or code as you type (Enter keeps it, Esc clears it)",
      ],
      ["Enter", "the authority's inspections and judgements"],
      ["s", "search the documents' text"],
      ["i", "ingest a file or folder"],
    ],
  },
  authority: {
    title: "Inspections and judgements",
    keys: [
      ["↑ ↓  j k", "move"],
      ["d  Enter", "open the source document at the quote"],
      ["Tab  Shift+Tab", "next or previous quote for this line"],
    ],
  },
  document: {
    title: "Document",
    keys: [
      ["↑ ↓  j k", "scroll"],
      ["Space  b", "page down, page up"],
      ["g  G", "top, bottom"],
      ["n  N", "next or previous piece of evidence"],
    ],
  },
  search: {
    title: "Search",
    keys: [
      ["Enter", "search, then open the selected document at its match"],
      ["/  s", "edit the query"],
      ['"a phrase"  OR  NOT  word*', "query syntax"],
    ],
  },
  ingest: {
    title: "Ingest",
    keys: [
      ["Enter", "read the path (a file, or a folder recursively)"],
      ["Esc", "stop after the current file"],
    ],
  },
};

/** The keys that work on `screen`, and the ones that work everywhere. Any key closes it. */
export function HelpScreen({
  screen,
  width,
  height,
}: {
  readonly screen: Route["screen"];
  readonly width: number;
  readonly height: number;
}) {
  const theme = useTheme();
  const section = BY_SCREEN[screen];
  const keyWidth = Math.min(28, Math.max(12, Math.floor(width / 3)));
  const row = ([key, what]: readonly [string, string]) => (
    <Box key={key} width={width}>
      <Box width={keyWidth} flexShrink={0}>
        <Text color={theme.text.accent} wrap="truncate-end">
          {key}
        </Text>
      </Box>
      <Text wrap="truncate-end">{what}</Text>
    </Box>
  );
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold>Keys · {section.title}</Text>
      <Text> </Text>
      {section.keys.map(row)}
      <Text> </Text>
      <Text bold>Everywhere</Text>
      {GLOBAL.map(row)}
      <Box flexGrow={1} />
      <Text color={theme.text.muted}>Press any key to close.</Text>
    </Box>
  );
}
