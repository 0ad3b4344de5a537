import { describe, expect, it } from "vitest";
import { contextAfter } from "../internal/testing";

function visits(text: string): string[] {
  const ctx = contextAfter(text, "extract-visits", { published: "2019-02-14" });
  return ctx.visits.map(
    (v) =>
      `${v.authorities.map((a) => a.name).join("+")}|${v.type}|${v.when.kind === "date" ? (v.when.date.resolved?.year ?? "?") : v.when.kind}`,
  );
}

describe("extractVisits", () => {
  it.each([
    [
      "a focused visit",
      "Ofsted made a focused visit to Derby City Council in January.",
      ["Derby|focused-visit|2019"],
    ],
    [
      "a JTAI per council",
      "In autumn 2018 Wigan, Sefton and Plymouth each hosted a joint targeted area inspection.",
      ["Wigan+Sefton+Plymouth|jtai|2018"],
    ],
    [
      "a monitoring visit by ordinal",
      "Ofsted rated Bury inadequate in 2017. The fourth of its monitoring visits found progress.",
      ["Bury|monitoring-visit|current"],
    ],
    [
      "an earlier inspection with a year",
      "Wigan was last inspected in 2016, Ofsted said.",
      ["Wigan|standard-inspection|2016"],
    ],
    [
      "JTAI councils named next to the cue",
      "Joint targeted area inspections looked at neglect. Wakefield and Bristol were visited last autumn by Ofsted.",
      ["Wakefield+Bristol|jtai|2018"],
    ],
  ])("finds %s", (_name, text, expected) => {
    expect(visits(text)).toEqual(expected);
  });

  it.each([
    ["plural visits in general", "Focused visits are not graded by Ofsted."],
    [
      "a future visit",
      "Ofsted will carry out a monitoring visit to Bury next year.",
    ],
    [
      "a SEND local area inspection",
      "Ofsted and the CQC carried out a local area SEND inspection in Bury in January.",
    ],
  ])("gives nothing for %s", (_name, text) => {
    expect(visits(text)).toEqual([]);
  });
});
