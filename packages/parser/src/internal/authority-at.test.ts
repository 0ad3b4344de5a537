import { findAuthorityByGss } from "@csi/domain";
import { describe, expect, it } from "vitest";
import { authorityAtDate } from "./authority-at";

describe("authorityAtDate", () => {
  it.each([
    [
      "keeps the current code of a council re-coded without change (North Yorkshire)",
      "E10000023",
      "2019-06-01",
      "E06000065",
    ],
    [
      "keeps the code of a council later split (Northamptonshire)",
      "E10000021",
      "2016-03-07",
      "E10000021",
    ],
    [
      "moves a current name back to the council in force (North Northamptonshire in 2019)",
      "E06000061",
      "2019-06-01",
      "E10000021",
    ],
    [
      "leaves an unchanged council alone",
      "E09000013",
      "2019-06-01",
      "E09000013",
    ],
  ])("%s", (_name, gss, date, expected) => {
    expect(authorityAtDate(findAuthorityByGss(gss)!, date).gss).toBe(expected);
  });
});
