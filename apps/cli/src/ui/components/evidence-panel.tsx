import { Box, Text } from "ink";
import type { EvidenceItem } from "../../api-types";
import { useTheme } from "../hooks/use-theme";
import { wrapLines } from "../wrap-lines";

/** The quotes behind the selected fact: one at a time, with what it cites, `height` lines tall. */
export function EvidencePanel({
  evidence,
  selected,
  width,
  height,
}: {
  readonly evidence: readonly EvidenceItem[];
  readonly selected: number;
  readonly width: number;
  readonly height: number;
}) {
  const theme = useTheme();
  const item = evidence[selected];
  if (!item) {
    return (
      <Box height={height} width={width}>
        <Text color={theme.text.muted}>No evidence quoted for this line.</Text>
      </Box>
    );
  }
  const quote = `“${item.quote.replace(/\s+/g, " ").trim()}”`;
  const room = Math.max(1, height - 1);
  const lines = wrapLines(quote, width).map((line) =>
    quote.slice(line.start, line.end),
  );
  const shown =
    lines.length > room
      ? [
          ...lines.slice(0, room - 1),
          `${(lines[room - 1] ?? "").slice(0, Math.max(0, width - 1))}…`,
        ]
      : lines;
  return (
    <Box flexDirection="column" height={height} width={width}>
      <Text wrap="truncate-end" color={theme.text.muted}>
        Evidence {selected + 1} of {evidence.length} ·{" "}
        {item.kind === "register" ? "register" : "article"} · {item.cites}
      </Text>
      {shown.map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {line}
        </Text>
      ))}
    </Box>
  );
}
