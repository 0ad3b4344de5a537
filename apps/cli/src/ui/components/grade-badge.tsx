import { Text } from "ink";
import type { Grade } from "../../api-types";
import { useTheme } from "../hooks/use-theme";
import { GRADE_WORDS, type GradeWordSize } from "../labels";
import { GRADE_SYMBOLS } from "../theme";

/** A grade as symbol, word and colour, so it reads with and without colour. */
export function GradeBadge({
  grade,
  size = "full",
}: {
  readonly grade: Grade | undefined;
  readonly size?: GradeWordSize;
}) {
  const theme = useTheme();
  if (grade === undefined)
    return (
      <Text color={theme.text.muted} wrap="truncate-end">
        – not graded
      </Text>
    );
  return (
    <Text
      color={theme.grade[grade]}
      bold={grade === "inadequate"}
      wrap="truncate-end"
    >
      {GRADE_SYMBOLS[grade]} {GRADE_WORDS[grade][size]}
    </Text>
  );
}
