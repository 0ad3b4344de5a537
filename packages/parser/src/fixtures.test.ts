/**
 * The golden-file harness: every folder under fixtures/ (and fixtures/_negative_/) holds an article
 * (`input.txt` or `input.html`) and `expected.json`. For each, the parser's output must keep the
 * evidence invariant, fit the domain schema, and state exactly the expected facts (optional ones may
 * be present or absent); the full output is kept in `output.snap.json` beside the input.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { InspectionSchema, areaParts } from "@csi/domain";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./index";
import type { ParseResult } from "./types";

interface ExpectedJudgement {
  readonly gss: string;
  readonly area: string;
  readonly grade: string;
  readonly year: number | null;
  readonly optional?: boolean;
}
interface ExpectedVisit {
  readonly gss: string;
  readonly type: string;
  readonly year: number | null;
  readonly optional?: boolean;
}
interface Expected {
  readonly published: string | null;
  readonly judgements: readonly ExpectedJudgement[];
  readonly visits: readonly ExpectedVisit[];
}

const root = fileURLToPath(new URL("../fixtures", import.meta.url));

function cases(): { name: string; dir: string }[] {
  const found: { name: string; dir: string }[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const path = join(dir, entry.name);
      if (entry.name === "_negative_") walk(path, "_negative_/");
      else if (existsSync(join(path, "expected.json")))
        found.push({ name: `${prefix}${entry.name}`, dir: path });
    }
  };
  walk(root, "");
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

function inputOf(dir: string): { file: string; text: string } {
  for (const file of ["input.txt", "input.html"]) {
    const path = join(dir, file);
    if (existsSync(path)) return { file, text: readFileSync(path, "utf8") };
  }
  throw new Error(`no input.txt or input.html in ${dir}`);
}

/** Facts as comparable keys; a combined children-in-care-and-care-leavers judgement counts as both parts. */
function predictedFacts(result: ParseResult): {
  judgements: string[];
  visits: string[];
} {
  const judgements: string[] = [];
  const visits: string[] = [];
  for (const inspection of result.inspections) {
    const year = Number(inspection.date.slice(0, 4));
    visits.push(`${inspection.authority.gss}|${inspection.type}|${year}`);
    for (const j of inspection.judgements)
      for (const area of areaParts(j.area))
        judgements.push(
          `${inspection.authority.gss}|${area}|${j.grade}|${year}`,
        );
  }
  return {
    judgements: [...new Set(judgements)].sort(),
    visits: [...new Set(visits)].sort(),
  };
}

function expectedFacts(expected: Expected): {
  required: { judgements: string[]; visits: string[] };
  optional: { judgements: string[]; visits: string[] };
} {
  const required = { judgements: [] as string[], visits: [] as string[] };
  const optional = { judgements: [] as string[], visits: [] as string[] };
  for (const j of expected.judgements) {
    for (const area of areaParts(j.area as Parameters<typeof areaParts>[0]))
      (j.optional ? optional : required).judgements.push(
        `${j.gss}|${area}|${j.grade}|${j.year ?? "*"}`,
      );
  }
  for (const v of expected.visits)
    (v.optional ? optional : required).visits.push(
      `${v.gss}|${v.type}|${v.year ?? "*"}`,
    );
  return { required, optional };
}

/** An optional fact without a year matches a prediction with any year. */
function covers(keys: readonly string[], fact: string): boolean {
  return keys.some(
    (k) => k === fact || (k.endsWith("|*") && fact.startsWith(k.slice(0, -1))),
  );
}

describe("fixtures", () => {
  it.each(cases())("$name", async ({ name, dir }) => {
    const { file, text } = inputOf(dir);
    const expected = JSON.parse(
      readFileSync(join(dir, "expected.json"), "utf8"),
    ) as Expected;
    const source = `fixtures/${name}/${file}`;
    const result = await parseDocument(text, { source });

    // (a) every quote is the text at its offsets, from this source
    for (const inspection of result.inspections) {
      for (const evidence of [
        ...inspection.evidence,
        ...inspection.judgements.flatMap((j) => j.evidence),
      ]) {
        expect(result.text.slice(evidence.start, evidence.end)).toBe(
          evidence.quote,
        );
        expect(evidence.source).toBe(source);
      }
      // (b) the output fits the domain schema
      expect(InspectionSchema.safeParse(inspection).success).toBe(true);
    }
    for (const d of result.diagnostics)
      if (d.span) expect(d.span.end).toBeLessThanOrEqual(result.text.length);

    // (c) the facts are exactly the expected ones
    expect(result.published).toBe(expected.published);
    const got = predictedFacts(result);
    const want = expectedFacts(expected);
    for (const kind of ["judgements", "visits"] as const) {
      const missing = want.required[kind].filter((k) => !got[kind].includes(k));
      const extra = got[kind].filter(
        (k) =>
          !covers(want.required[kind], k) && !covers(want.optional[kind], k),
      );
      expect({ kind, missing, extra }).toEqual({
        kind,
        missing: [],
        extra: [],
      });
    }

    // (d) the full output, for review
    const { text: _text, ...output } = result;
    await expect(
      `${JSON.stringify({ ...output, textLength: result.text.length }, null, 2)}\n`,
    ).toMatchFileSnapshot(join(dir, "output.snap.json"));
  });
});
