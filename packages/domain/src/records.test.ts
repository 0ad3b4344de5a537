import { describe, expect, it } from "vitest";
import { EvidenceSchema } from "./evidence";
import { ClaimSchema, DocumentSchema } from "./records";

const text = "Westminster was rated outstanding.";
const evidence = {
  source: "a.txt",
  start: 22,
  end: 33,
  quote: text.slice(22, 33),
};

describe("records", () => {
  it("accepts evidence whose quote matches its span and rejects the rest", () => {
    expect(EvidenceSchema.parse(evidence)).toEqual(evidence);
    expect(EvidenceSchema.safeParse({ ...evidence, end: 30 }).success).toBe(
      false,
    );
    expect(
      EvidenceSchema.safeParse({ ...evidence, start: 40, end: 30 }).success,
    ).toBe(false);
    expect(EvidenceSchema.safeParse({ ...evidence, start: -1 }).success).toBe(
      false,
    );
  });

  it("parses a claim and rejects an unknown grade or area", () => {
    const claim = {
      source: "a.txt",
      authority: { name: "Westminster", gss: "E09000033", laCode: "213" },
      type: "standard-inspection",
      framework: "ilacs-2018",
      date: "2019",
      judgements: [
        {
          area: "overall-effectiveness",
          grade: "outstanding",
          evidence: [evidence],
        },
      ],
      evidence: [evidence],
    };
    expect(ClaimSchema.parse(claim)).toEqual(claim);
    expect(
      ClaimSchema.safeParse({
        ...claim,
        judgements: [{ ...claim.judgements[0], grade: "adequate" }],
      }).success,
    ).toBe(false);
    expect(
      ClaimSchema.safeParse({
        ...claim,
        judgements: [{ ...claim.judgements[0], area: "fostering" }],
      }).success,
    ).toBe(false);
    expect(
      ClaimSchema.safeParse({
        ...claim,
        authority: { ...claim.authority, gss: "W06000008" },
      }).success,
    ).toBe(false);
  });

  it("parses a document", () => {
    const document = {
      id: "ab12",
      source: "a.txt",
      title: null,
      published: "2019-10-16",
      format: "text",
    };
    expect(DocumentSchema.parse(document)).toEqual(document);
    expect(
      DocumentSchema.safeParse({ ...document, format: "docx" }).success,
    ).toBe(false);
  });
});
