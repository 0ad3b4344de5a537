import { cover, type ParseContext } from "../internal/context";
import { findDates } from "../internal/dates";

/**
 * Finds date expressions ("14 September 2016", "16/10/2019", "last November", "four years ago").
 * They are resolved against the publication date by `extract-published`, which runs next.
 */
export function extractDates(ctx: ParseContext): void {
  ctx.dates = findDates(ctx.tokens).map((d) => ({
    start: d.start,
    end: d.end,
    value: d.value,
    resolved: undefined,
  }));
  cover(ctx.dateAt, ctx.dates);
}
