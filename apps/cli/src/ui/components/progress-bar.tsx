import { Box, Text } from "ink";
import { useTheme } from "../hooks/use-theme";

/** `done` of `total` as a bar with the count, `width` cells wide in all. */
export function ProgressBar({
  done,
  total,
  width,
}: {
  readonly done: number;
  readonly total: number;
  readonly width: number;
}) {
  const theme = useTheme();
  const count = ` ${done}/${total}`;
  const cells = Math.max(4, width - count.length);
  const filled =
    total === 0 ? cells : Math.round((cells * Math.min(done, total)) / total);
  return (
    <Box width={width} height={1}>
      <Text color={theme.progress.done}>{"█".repeat(filled)}</Text>
      <Text color={theme.progress.remaining}>{"░".repeat(cells - filled)}</Text>
      <Text>{count}</Text>
    </Box>
  );
}
