import { Box, Text } from "ink";
import type { AuthorityRow } from "../../api-types";
import { useTheme } from "../hooks/use-theme";
import { windowStart } from "../window";
import { GradeBadge } from "./grade-badge";

/** Which columns fit in `width` cells, and how wide each is. */
export function tableColumns(width: number) {
  const grade = width >= 64 ? 19 : 14;
  const date = width >= 48 ? 11 : 0;
  const region = width >= 96 ? 26 : 0;
  // One cell of the name column is kept blank, as the gap before the next column.
  const name = Math.max(8, width - 2 - grade - date - region);
  return {
    name,
    region,
    grade,
    date,
    gradeSize: width >= 64 ? ("short" as const) : ("tiny" as const),
  };
}

function overallGrade(row: AuthorityRow) {
  return row.latest?.judgements.find(
    (judgement) => judgement.area === "overall-effectiveness",
  )?.grade;
}

/**
 * The authorities with their latest overall grade, one per line, `height` lines including the header;
 * the selected row is marked with `›` and shown inverse, and the list scrolls to keep it in view.
 */
export function AuthorityTable({
  rows,
  selected,
  width,
  height,
}: {
  readonly rows: readonly AuthorityRow[];
  readonly selected: number;
  readonly width: number;
  readonly height: number;
}) {
  const theme = useTheme();
  const columns = tableColumns(width);
  const visible = Math.max(1, height - 1);
  const start = windowStart(rows.length, visible, selected);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box height={1}>
        <Box width={2} flexShrink={0} />
        <Box width={columns.name}>
          <Text bold color={theme.text.heading}>
            Authority
          </Text>
        </Box>
        {columns.region > 0 ? (
          <Box width={columns.region}>
            <Text bold color={theme.text.heading}>
              Region
            </Text>
          </Box>
        ) : null}
        <Box width={columns.grade}>
          <Text bold color={theme.text.heading} wrap="truncate-end">
            {columns.gradeSize === "short" ? "Overall (latest)" : "Overall"}
          </Text>
        </Box>
        {columns.date > 0 ? (
          <Box width={columns.date}>
            <Text bold color={theme.text.heading}>
              Inspected
            </Text>
          </Box>
        ) : null}
      </Box>
      {rows.slice(start, start + visible).map((row, i) => {
        const isSelected = start + i === selected;
        return (
          <Box key={row.gss} height={1}>
            <Box width={2} flexShrink={0}>
              <Text color={theme.text.accent} bold>
                {isSelected ? "›" : " "}
              </Text>
            </Box>
            <Box width={columns.name}>
              <Box width={columns.name - 1}>
                <Text
                  wrap="truncate-end"
                  inverse={isSelected}
                  bold={isSelected}
                >
                  {row.name}
                </Text>
              </Box>
            </Box>
            {columns.region > 0 ? (
              <Box width={columns.region} paddingRight={1}>
                <Text wrap="truncate-end" color={theme.text.muted}>
                  {row.region}
                </Text>
              </Box>
            ) : null}
            <Box width={columns.grade}>
              <GradeBadge grade={overallGrade(row)} size={columns.gradeSize} />
            </Box>
            {columns.date > 0 ? (
              <Box width={columns.date}>
                <Text color={theme.text.muted}>{row.latest?.date ?? "–"}</Text>
              </Box>
            ) : null}
          </Box>
        );
      })}
    </Box>
  );
}
