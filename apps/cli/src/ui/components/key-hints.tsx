import { Box, Text } from "ink";
import { useTheme } from "../hooks/use-theme";

/** A key and what it does. */
export interface KeyHint {
  readonly key: string;
  readonly label: string;
}

/** The bottom line: the keys that work here, cut to the terminal's width. */
export function KeyHints({
  hints,
  width,
}: {
  readonly hints: readonly KeyHint[];
  readonly width: number;
}) {
  const theme = useTheme();
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate-end" color={theme.text.muted}>
        {hints.map((hint) => `${hint.key} ${hint.label}`).join(" · ")}
      </Text>
    </Box>
  );
}
