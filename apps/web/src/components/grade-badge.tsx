import { GRADE_LOOK, isGrade } from "~/lib/vocabulary";

/**
 * A grade as a tinted label; its symbol (★ ✓ ▲ ✕ –, see `GRADE_LOOK`) is drawn by the stylesheet from
 * the `badge--<grade>` class and is not read aloud. An unknown or missing grade shows as a dashed
 * "None". The short form (for table cells) still gives assistive technology the full label.
 */
export function GradeBadge({
  grade,
  short = false,
}: {
  grade: string | null | undefined;
  short?: boolean;
}) {
  const key = isGrade(grade) ? grade : "none";
  const look = GRADE_LOOK[key];
  return (
    <span className={`badge badge--${key}`}>
      {short && look.short !== look.label ? (
        <>
          <span aria-hidden="true">{look.short}</span>
          <span className="visually-hidden">{look.label}</span>
        </>
      ) : (
        look.label
      )}
    </span>
  );
}
