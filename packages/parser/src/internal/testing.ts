/**
 * Test helper: runs the pipeline up to and including one stage, so a stage's test can look at what it
 * produced without going through the whole parse.
 */
import { EXTRACTORS, REFINERS } from "../pipeline";
import type { ParseOptions } from "../types";
import type { ParseContext } from "./context";
import { createContext } from "./create-context";

/** The parse context of `text` after the stage `ruleId` has run. */
export function contextAfter(
  text: string,
  ruleId: string,
  options: ParseOptions = {},
): ParseContext {
  const ctx = createContext(text, "text", options, null);
  for (const stage of [...EXTRACTORS, ...REFINERS]) {
    stage.run(ctx);
    if (stage.ruleId === ruleId) return ctx;
  }
  throw new Error(`no stage ${ruleId}`);
}

/** The text of tokens `[start, end)`. */
export function quoteOf(
  ctx: ParseContext,
  m: { start: number; end: number },
): string {
  return ctx.text.slice(ctx.tokens[m.start]!.start, ctx.tokens[m.end - 1]!.end);
}

/** Judgement candidates after `ruleId`, as "Authority|area spec|grade|when" strings. */
export function candidates(
  text: string,
  ruleId: string,
  options: ParseOptions = {},
): string[] {
  const ctx = contextAfter(text, ruleId, options);
  return ctx.judgements.map((j) => {
    const area =
      j.area.kind === "areas"
        ? j.area.areas.join("+")
        : j.area.kind === "all"
          ? `all${j.area.count ?? ""}${j.area.except ? `-${j.area.except.join("+")}` : ""}`
          : `${j.area.count}of${j.area.of}`;
    const when =
      j.when.kind === "date"
        ? String(j.when.date.resolved?.year ?? "?")
        : j.when.kind;
    return `${j.authorities.map((a) => a.name).join("+")}|${area}|${j.grade}|${when}`;
  });
}

/** Inspections of a parse result as "Authority|type|date|area=grade,..." strings. */
export function inspectionsOf(result: {
  inspections: readonly {
    authority: { name: string };
    type: string;
    date: string;
    judgements: readonly { area: string; grade: string }[];
  }[];
}): string[] {
  return result.inspections.map(
    (i) =>
      `${i.authority.name}|${i.type}|${i.date}|${i.judgements.map((j) => `${j.area}=${j.grade}`).join(",")}`,
  );
}
