import { GRADE_LOOK, GRADES, type Grade } from "~/lib/vocabulary";

export type GradeCounts = Readonly<Record<Grade | "none", number>>;

const KEYS = [...GRADES, "none" as const];

/** Stacked bars of grade counts, one per row, with the numbers and symbols written on the bars. */
export function GradeBars({
  rows,
}: {
  rows: readonly { label: string; counts: GradeCounts }[];
}) {
  return (
    <div className="dist">
      {rows.map(({ label, counts }) => {
        const total = KEYS.reduce((n, g) => n + counts[g], 0);
        const summary = KEYS.filter((g) => counts[g] > 0)
          .map((g) => `${counts[g]} ${GRADE_LOOK[g].label.toLowerCase()}`)
          .join(", ");
        return (
          <div className="dist__row" key={label}>
            <span className="dist__label">{label}</span>
            <div
              className="dist__bar"
              role="img"
              aria-label={`${label}: ${summary || "no authorities"}`}
            >
              {KEYS.map((grade) =>
                counts[grade] > 0 ? (
                  <span
                    key={grade}
                    className={`dist__seg dist__seg--${grade}`}
                    style={{ width: `${(100 * counts[grade]) / total}%` }}
                    title={`${GRADE_LOOK[grade].label}: ${counts[grade]}`}
                  >
                    {(100 * counts[grade]) / total >= 8
                      ? `${GRADE_LOOK[grade].symbol} ${counts[grade]}`
                      : ""}
                  </span>
                ) : null,
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
