/**
 * Test helper: runs the pipeline up to and including one stage, so a stage's test can look at what it
 * produced without going through the whole parse.
 */
import { EXTRACTORS, REFINERS } from "../pipeline";
import type { ParseOptions } from "../types";
import type { ParseContext } from "./context";
import { createContext } from "./create-context";

/** The parse context of `text` after the stage `ruleId` has run. */
export function contextAfter(text: string, ruleId: string, options: ParseOptions = {}): ParseContext {
  const ctx = createContext(text, "text", options, null);
  for (const stage of [...EXTRACTORS, ...REFINERS]) {
    stage.run(ctx);
    if (stage.ruleId === ruleId) return ctx;
  }
  throw new Error(`no stage ${ruleId}`);
}

/** The text of tokens `[start, end)`. */
export function quoteOf(ctx: ParseContext, m: { start: number; end: number }): string {
  return ctx.text.slice(ctx.tokens[m.start]!.start, ctx.tokens[m.end - 1]!.end);
}
