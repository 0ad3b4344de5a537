import { Box, Text } from "ink";
import { useTheme } from "../hooks/use-theme";

/** A failure shown in place of a screen's content: what went wrong and what to try. */
export function ErrorMessage({
  error,
  hint,
  width,
}: {
  readonly error: Error;
  readonly hint: string;
  readonly width: number;
}) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" width={width}>
      <Text color={theme.status.error} wrap="wrap">
        ✖ {error.message}
      </Text>
      <Text wrap="wrap">{hint}</Text>
    </Box>
  );
}
