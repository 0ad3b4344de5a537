import { describe, expect, it } from "vitest";
import { candidates } from "../internal/testing";

const at = (text: string): string[] =>
  candidates(text, "extract-grade-statements", { published: "2019-10-16" });

describe("extractGradeStatements", () => {
  it.each([
    [
      "a shared grade for listed areas",
      "Ofsted rated Derbyshire good for its work with looked-after children, adoption and care leavers; child protection was rated requires improvement.",
      [
        "Derbyshire|children-in-care+adoption+care-leavers|good|current",
        "Derbyshire|help-and-protection|requires-improvement|current",
      ],
    ],
    [
      "a report label list",
      "Wigan: Ofsted inspection\nHelp and protection: Good\nLeadership - Outstanding",
      [
        "Wigan|help-and-protection|good|current",
        "Wigan|leadership|outstanding|current",
      ],
    ],
    [
      "several grades in one sentence",
      "Ofsted judged Wigan good overall, outstanding for the impact of leaders and good for help and protection.",
      [
        "Wigan|overall-effectiveness|good|current",
        "Wigan|leadership|outstanding|current",
        "Wigan|help-and-protection|good|current",
      ],
    ],
    [
      "'children's services are X'",
      "Children's services in Sefton are inadequate, Ofsted says.",
      ["Sefton|overall-effectiveness|inadequate|current"],
    ],
    [
      "an earlier grade with its year",
      "Ofsted rated Croydon good, up from inadequate in 2017.",
      [
        "Croydon|overall-effectiveness|good|current",
        "Croydon|overall-effectiveness|inadequate|2017",
      ],
    ],
    [
      "a grade dated twice",
      "Ofsted judged Sandwell inadequate twice, in 2015 and again in 2018.",
      [
        "Sandwell|overall-effectiveness|inadequate|2015",
        "Sandwell|overall-effectiveness|inadequate|2018",
      ],
    ],
    [
      "every area",
      "Ofsted judged Wiltshire good in every area.",
      ["Wiltshire|all|good|current"],
    ],
    [
      "a counted split",
      "Ofsted awarded Wokingham outstanding for four of its five judgements, with care leavers graded good.",
      [
        "Wokingham|4of5|outstanding|current",
        "Wokingham|care-leavers|good|current",
      ],
    ],
    [
      "'the same grade for'",
      "Ofsted gave Luton a good grade for leadership, and the same grade for help and protection.",
      [
        "Luton|leadership|good|current",
        "Luton|help-and-protection|good|current",
      ],
    ],
    [
      "'as was'",
      "Ofsted said Bury's leadership was judged to require improvement, as was the council's overall effectiveness.",
      [
        "Bury|leadership|requires-improvement|current",
        "Bury|overall-effectiveness|requires-improvement|current",
      ],
    ],
  ])("reads %s", (_name, text, expected) => {
    expect(at(text)).toEqual(expected);
  });

  it.each([
    ["praise", "Ofsted praised Wigan's good support for care leavers."],
    ["a school", "Ofsted rated a Wigan academy good."],
    [
      "another inspectorate",
      "The Care Quality Commission rated Wigan's adult social care good.",
    ],
    ["a negation", "Ofsted has not rated Wigan good."],
    ["a hypothetical", "Wigan hopes Ofsted will rate it outstanding."],
    ["councils in general", "Ofsted rated a fifth of councils good last year."],
    ["a question", "Will Ofsted rate Wigan good?"],
    ["criticism", "Ofsted found areas that require improvement in Wigan."],
    [
      "a neighbour in passing",
      "Ofsted inspected Bolton. Neighbouring Wigan is rated good.",
    ],
    [
      "a text that never mentions inspections",
      "Wigan was rated good by residents.",
    ],
  ])("gives nothing for %s", (_name, text) => {
    expect(at(text)).toEqual([]);
  });

  it("finds the council named later in a lede", () => {
    expect(
      at(
        "A council's children's services have been rated outstanding by Ofsted. Wigan Council said it was proud.",
      ),
    ).toEqual(["Wigan|overall-effectiveness|outstanding|current"]);
  });
});

describe("extractGradeStatements, subjects", () => {
  it("reads past 'the first council to be rated' to the council named as subject", () => {
    expect(
      at(
        "Wigan became the first council in the region to be rated outstanding by Ofsted.",
      ),
    ).toEqual(["Wigan|overall-effectiveness|outstanding|current"]);
  });

  it("dates a grade given in both of two years", () => {
    expect(at("Ofsted rated Bolton inadequate in both 2016 and 2018.")).toEqual(
      [
        "Bolton|overall-effectiveness|inadequate|2016",
        "Bolton|overall-effectiveness|inadequate|2018",
      ],
    );
  });
});
