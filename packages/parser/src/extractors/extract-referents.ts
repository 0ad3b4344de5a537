import type { ParseContext } from "../internal/context";
import { trackDiscourse } from "../internal/referents";

/**
 * Records, before each sentence, which council "the council", "its" and "both" point back to, whether
 * the topic has moved to a school, home, agency or non-English council, and which inspectorate the
 * text is talking about.
 */
export function extractReferents(ctx: ParseContext): void {
  trackDiscourse(ctx);
}
