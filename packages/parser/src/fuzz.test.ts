/**
 * Property tests: on any string, any HTML-like soup and any mix of real article sentences, the parser
 * does not throw, every quote is the text at its offsets, every inspection fits the domain schema, and
 * no stage fails internally. CSI_FUZZ_RUNS raises the number of runs (`npm run fuzz`).
 */
import { InspectionSchema } from "@csi/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseText } from "./parse-document";
import type { ParseResult } from "./types";

const RUNS = Number(process.env.CSI_FUZZ_RUNS ?? "0") || undefined;
const runs = (n: number): number => RUNS ?? n;

function checkResult(result: ParseResult): void {
  for (const inspection of result.inspections) {
    expect(InspectionSchema.safeParse(inspection).success).toBe(true);
    for (const e of [
      ...inspection.evidence,
      ...inspection.judgements.flatMap((j) => j.evidence),
    ]) {
      expect(result.text.slice(e.start, e.end)).toBe(e.quote);
    }
  }
  for (const d of result.diagnostics) {
    expect(d.severity === "error" && d.ruleId === "merge-inspections").toBe(
      false,
    );
    if (d.span)
      expect(
        d.span.start <= d.span.end && d.span.end <= result.text.length,
      ).toBe(true);
  }
}

const SENTENCES = [
  "Wigan Council's children's services have been rated good by Ofsted.",
  "Inspectors visited between 4 and 15 November.",
  "Help and protection was judged to require improvement.",
  "The council was rated inadequate in 2016, up from requires improvement.",
  'Kensington and Chelsea, and Westminster continue to be rated "outstanding".',
  "The rating was for leadership, child protection and care leavers.",
  "A children's home run by Shropshire Council was judged outstanding.",
  "1. Children who need help and protection Inadequate 2. Adoption performance Good",
  "Inspection dates: 14/03/2022 to 25/03/2022",
  "Monday, January 14, 2020",
  "Both councils share a Local Safeguarding Children Board, which was judged good.",
  "Ofsted made a focused visit to Derby in March.",
  "COMMENTS (2)",
  "Judgement                          Grade",
  "Overall effectiveness              Requires improvement",
  "                                   to be good",
  "The SSCB was found to require improvement, as was leadership.",
  "Powys County Council's services must improve, says Care Inspectorate Wales.",
  "It is the council's best rating since 2013, when it was judged inadequate.",
  "Four of the five judgements were outstanding, with care leavers rated good.",
];

const WORDS = [
  "good",
  "outstanding",
  "inadequate",
  "requires",
  "improvement",
  "RI",
  "rated",
  "judged",
  "Ofsted",
  "Wigan",
  "council",
  "the",
  "in",
  "2019",
  "last",
  "November",
  "children",
  "care",
  "leavers",
  "all",
  "areas",
  ",",
  ".",
  ";",
  ":",
  "\n",
  "\n\n",
  "   ",
  "'",
  "\u2019",
  "(",
  ")",
  "-",
  "since",
  "previously",
  "not",
  "focused",
  "visit",
  "LSCB",
  "&",
];

describe("parseText properties", () => {
  it("holds on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) =>
        checkResult(parseText(s, { published: "2020-01-01" })),
      ),
      { numRuns: runs(3000), seed: 1 },
    );
  });

  it("holds on word soup built from the parser's own vocabulary", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }),
        (words) =>
          checkResult(parseText(words.join(" "), { published: "2020-01-01" })),
      ),
      { numRuns: runs(3000), seed: 2 },
    );
  });

  it("holds on any mix of real article sentences", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SENTENCES), { maxLength: 14 }),
        fc.constantFrom("\n", "\n\n", " "),
        (parts, sep) => checkResult(parseText(parts.join(sep))),
      ),
      { numRuns: runs(2500), seed: 3 },
    );
  });

  it("holds on HTML-like soup", () => {
    const tag = fc.constantFrom(
      "<p>",
      "</p>",
      "<div class='related'>",
      "</div>",
      "<script>",
      "</script>",
      "<table><tr><td>",
      "</td><td>",
      "<br>",
      "<!--",
      "-->",
      "<a href='x'>",
      "</a>",
      "&amp;",
      "&rsquo;",
      "&#8217;",
      "<",
      ">",
      "<main>",
      "<article>",
      "</article>",
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            tag,
            fc.constantFrom(...SENTENCES),
            fc.string({ maxLength: 20 }),
          ),
          { maxLength: 40 },
        ),
        (parts) =>
          checkResult(parseText(`<html><body>${parts.join("")}</body></html>`)),
      ),
      { numRuns: runs(1500), seed: 4 },
    );
  });
});

describe("parseText at scale", () => {
  it("reads a 2 MB document in one pass and still finds its facts", () => {
    const article = `${SENTENCES.slice(0, 6).join(" ")}\n\n`;
    const big = `Published: 3 March 2020\n\n${article.repeat(Math.ceil(2_000_000 / article.length))}`;
    const result = parseText(big);
    expect(big.length).toBeGreaterThan(2_000_000);
    expect(result.inspections.some((i) => i.authority.name === "Wigan")).toBe(
      true,
    );
    checkResult(result);
  });

  // A date in every sentence once made finding the document's own date quadratic (minutes at 1 MB);
  // the timeout turns a regression into a failure without timing anything.
  it("reads 1 MB of dated sentences in one pass", { timeout: 60_000 }, () => {
    const text = "It happened in March 2019. ".repeat(40_000);
    const result = parseText(text);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(result.inspections).toEqual([]);
    checkResult(result);
  });

  // Every judgement once looked at every other (the 2018 framework check, "all other areas"): 4 MB of
  // graded, dated sentences took minutes. Indexed once per parse, it takes a few seconds.
  it(
    "reads 4 MB of graded, dated sentences in one pass",
    { timeout: 60_000 },
    () => {
      const sentence =
        "Barnet Council's children's services were rated good by inspectors in May 2018. ";
      const text = sentence.repeat(Math.ceil(4_000_000 / sentence.length));
      const result = parseText(text);
      expect(result.inspections.map((i) => i.authority.gss)).toEqual([
        "E09000003",
      ]);
      checkResult(result);
    },
  );

  it("reads a 1 MB line with no spaces or punctuation", () => {
    expect(parseText("a".repeat(1_000_000)).inspections).toEqual([]);
  });

  it("reads deeply nested HTML", () => {
    expect(
      parseText(
        `${"<div>".repeat(50_000)}Ofsted rated Wigan good.${"</div>".repeat(50_000)}`,
      ).format,
    ).toBe("html");
  });
});
