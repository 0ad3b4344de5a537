import { GRADE_LOOK, GRADES, type Grade } from "~/lib/vocabulary";

const HEX = "12,0 22.4,6 22.4,18 12,24 1.6,18 1.6,6";

/** The grade key: shape, symbol, label and how many authorities have each grade in the area shown. */
export function Legend({
  counts,
  caption,
}: {
  counts: Readonly<Record<Grade | "none", number>>;
  caption: string;
}) {
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="small muted" style={{ marginBottom: "0.5rem" }}>
        {caption}
      </figcaption>
      <ul className="legend">
        {[...GRADES, "none" as const].map((grade) => (
          <li key={grade}>
            <svg
              className="legend__swatch"
              viewBox="0 0 24 24"
              aria-hidden="true"
              focusable="false"
            >
              <polygon points={HEX} className={`cell cell--${grade}`} />
              <text
                x="12"
                y="12.5"
                className={`cell-symbol cell-symbol--${grade}`}
              >
                {GRADE_LOOK[grade].symbol}
              </text>
            </svg>
            <span>{GRADE_LOOK[grade].label}</span>
            <span className="legend__count">{counts[grade]}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
