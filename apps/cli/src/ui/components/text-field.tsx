import { Box, Text } from "ink";
import { useTheme } from "../hooks/use-theme";

/** A one-line field showing what is being typed, with a block cursor while it has focus. */
export function TextField({
  label,
  value,
  focused,
  placeholder,
  width,
}: {
  readonly label: string;
  readonly value: string;
  readonly focused: boolean;
  readonly placeholder?: string;
  readonly width: number;
}) {
  const theme = useTheme();
  return (
    <Box width={width} height={1}>
      <Text color={theme.text.accent} bold>
        {label}
      </Text>
      <Text wrap="truncate-start">
        {value === "" && !focused && placeholder ? (
          <Text color={theme.text.muted}>{placeholder}</Text>
        ) : (
          value
        )}
        {focused ? <Text inverse> </Text> : null}
      </Text>
    </Box>
  );
}
