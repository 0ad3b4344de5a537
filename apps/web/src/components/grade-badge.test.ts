import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GRADE_LOOK, GRADES } from "~/lib/vocabulary";

const css = readFileSync(
  new URL("../app/globals.css", import.meta.url),
  "utf8",
);

/** The declarations of `.badge--<key>::before` in the stylesheet. */
function beforeRule(key: string): string | undefined {
  const start = css.indexOf(`.badge--${key}::before {`);
  if (start < 0) return undefined;
  return css.slice(start, css.indexOf("}", start));
}

describe("grade badge symbols", () => {
  it("draws each grade's symbol from GRADE_LOOK, silent for screen readers", () => {
    for (const key of [...GRADES, "none" as const]) {
      const symbol = GRADE_LOOK[key].symbol;
      const rule = beforeRule(key);
      expect(rule, key).toBeDefined();
      expect(rule).toContain(`content: "${symbol}" / "";`);
      // The fallback for browsers without alternative text shows the same symbol.
      expect(rule).toContain(`content: "${symbol}";`);
    }
  });
});
