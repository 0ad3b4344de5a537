import { describe, expect, it } from "vitest";
import { parseText } from "../parse-document";
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
      "a grade over a bullet list, and a second list for the same council",
      "Ofsted inspection of Wigan\n\nWigan was judged outstanding for:\n- the impact of leaders\n- care leavers\n\nand good for:\n- help and protection",
      [
        "Wigan|leadership+care-leavers|outstanding|current",
        "Wigan|help-and-protection|good|current",
      ],
    ],
    [
      "a bullet list ended by a line that is no area",
      "Ofsted inspection of Wigan\n\nWigan was judged good for:\n- help and protection\n- the quality of its new offices",
      ["Wigan|help-and-protection|good|current"],
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

describe("extractGradeStatements, paraphrases of one judgement", () => {
  const overallGood = (text: string): boolean =>
    parseText(text.replace(/X/g, "Wigan"), {
      published: "2019-06-01",
    }).inspections.some(
      (i) =>
        i.authority.name === "Wigan" &&
        i.judgements.some(
          (j) => j.area === "overall-effectiveness" && j.grade === "good",
        ),
    );
  const anyGrade = (text: string): number =>
    parseText(text.replace(/X/g, "Wigan"), {
      published: "2019-06-01",
    }).inspections.reduce((n, i) => n + i.judgements.length, 0);

  it.each([
    "X's children's services have been rated good by Ofsted.",
    "Ofsted has rated X's children's services as good.",
    "Children's services at X have been judged 'Good' following an Ofsted inspection.",
    "X has been given a good rating by Ofsted for its children's services.",
    "Inspectors from Ofsted found X's services for children to be good.",
    "X children's services are 'good', says Ofsted.",
    "The education watchdog graded X's children's social care as good.",
    "X Council received a 'good' rating from Ofsted.",
    "Ofsted gave X's children's services a rating of good.",
    "The latest Ofsted report into X's children's services rated them good overall.",
    "X has kept its 'good' Ofsted rating for children's services.",
    "X has been upgraded to 'good' by Ofsted.",
    "X's children's services department was found to be good by Ofsted.",
    "An Ofsted inspection has found X's children's services to be good.",
    "X is now rated good by Ofsted.",
    "X's social care services for children were judged good by Ofsted in an inspection in May.",
    "Ofsted's verdict on X's children's services: Good.",
    "X was rated as 'Good' in its latest Ofsted inspection of children's services.",
    "Ofsted inspectors have judged children's services in X to be good.",
    "X Council's children's services are good, according to Ofsted.",
    "Following an inspection in May, Ofsted judged the services provided by X Council to be good.",
    "X has been graded good overall by Ofsted.",
    "Ofsted has given X Council's children's services a 'good' grade.",
    "X's children's services were given an overall rating of 'good' by Ofsted.",
    "The overall effectiveness of X's children's services was judged to be good by Ofsted.",
    "It's good news for X, whose children's services have been rated good by Ofsted.",
    "X children's services rated 'good' by Ofsted",
    "X has achieved a 'good' rating from Ofsted for its children's services.",
  ])("reads %s", (text) => {
    expect(overallGood(text)).toBe(true);
  });

  it.each([
    "Ofsted said staff at X provide good support to children.",
    "X's fostering service was rated good by Ofsted.",
    "X hopes to be rated good by Ofsted at its next inspection.",
    "X was not rated good by Ofsted.",
    "Schools in X are rated good by Ofsted.",
    "X's children's homes are rated good by Ofsted.",
    "Most councils in the North West are rated good by Ofsted.",
    "Ofsted said X had made good progress.",
    "X's adoption agency was judged good by Ofsted.",
    "Ofsted rated X's nurseries good.",
    "If X is rated good by Ofsted, the commissioner will leave.",
    "Ofsted praised X for the good quality of its plans.",
    "X aims to be rated good by Ofsted.",
    "Is X good? Ofsted will decide.",
    "Ofsted rated X's youth offending service good.",
    "The Care Quality Commission rated X good.",
    "Ofsted found X's SEND services were good.",
    "X primary school was rated good by Ofsted.",
    "Ofsted said X's early help services were good.",
    "Ofsted found practice in X was good in most cases.",
  ])("gives no grade for %s", (text) => {
    expect(anyGrade(text)).toBe(0);
  });
});

describe("extractGradeStatements, paraphrases of area grades and earlier grades", () => {
  const facts = (text: string): string[] =>
    parseText(text.replace(/X/g, "Wigan"), {
      published: "2019-06-01",
    }).inspections.flatMap((i) =>
      i.judgements.map((j) => `${i.date}|${j.area}|${j.grade}`),
    );

  it.each([
    [
      "Inspectors rated X good for the help and protection of children.",
      "help-and-protection",
      "good",
    ],
    [
      "The experiences and progress of children in care in X were judged to be good by Ofsted.",
      "children-in-care-and-care-leavers",
      "good",
    ],
    [
      "Help and protection in X requires improvement, Ofsted said.",
      "help-and-protection",
      "requires-improvement",
    ],
    [
      "Ofsted judged X's services for care leavers to be outstanding.",
      "children-in-care-and-care-leavers",
      "outstanding",
    ],
    [
      "X's leadership was rated outstanding by Ofsted.",
      "leadership",
      "outstanding",
    ],
    ["Ofsted rated the impact of leaders in X as good.", "leadership", "good"],
    [
      "X's child protection services were found to be inadequate by Ofsted.",
      "help-and-protection",
      "inadequate",
    ],
    [
      "For help and protection, X was rated good by Ofsted.",
      "help-and-protection",
      "good",
    ],
    [
      "Ofsted rated X requires improvement for help and protection.",
      "help-and-protection",
      "requires-improvement",
    ],
    [
      "The impact of leaders in X was graded outstanding by Ofsted inspectors.",
      "leadership",
      "outstanding",
    ],
    [
      "Ofsted said the help and protection of children in X was good.",
      "help-and-protection",
      "good",
    ],
    [
      "X was rated good by Ofsted, with care leavers' services judged outstanding.",
      "children-in-care-and-care-leavers",
      "outstanding",
    ],
  ])("reads %s", (text, area, grade) => {
    expect(facts(text)).toContain(`2019|${area}|${grade}`);
  });

  it.each([
    "X was rated inadequate by Ofsted in 2017.",
    "In 2017 Ofsted rated X inadequate.",
    "X's previous Ofsted rating, in 2017, was inadequate.",
    "Ofsted last inspected X in 2017, rating it inadequate.",
    "X, which was judged inadequate by Ofsted in 2017, has improved.",
    "X had been rated inadequate by Ofsted at its previous inspection in 2017.",
    "The 2017 Ofsted inspection rated X inadequate.",
    "Back in 2017, X was judged inadequate by Ofsted.",
    "X's 2017 Ofsted rating was inadequate.",
    "Ofsted rated X inadequate two years ago.",
    "X has been rated inadequate by Ofsted since 2017.",
  ])("dates the earlier grade in %s", (text) => {
    expect(facts(text)).toEqual(["2017|overall-effectiveness|inadequate"]);
  });
});
