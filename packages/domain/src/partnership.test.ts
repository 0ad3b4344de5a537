import { describe, expect, it } from "vitest";
import { findAuthorityByGss } from "./authority";
import {
  PARTNERSHIPS,
  PartnershipSchema,
  findPartnership,
  partnershipStatusAt,
  partnershipsOf,
} from "./partnership";

const triBorough = PARTNERSHIPS.find((p) => p.id === "tri-borough")!;
const biBorough = PARTNERSHIPS.find((p) => p.id === "bi-borough")!;

describe("PARTNERSHIPS", () => {
  it("parses with the schema, with members in the register and links both ways", () => {
    for (const p of PARTNERSHIPS) {
      expect(PartnershipSchema.parse(p)).toEqual(p);
      for (const gss of p.members)
        expect(findAuthorityByGss(gss)?.validTo).toBeNull();
      expect([...p.members].sort()).toEqual(p.members);
      if (p.followedBy)
        expect(
          PARTNERSHIPS.find((q) => q.id === p.followedBy)?.precededBy,
        ).toBe(p.id);
    }
  });

  it("keeps both sourced start years of the tri-borough, each with its article", () => {
    expect(
      triBorough.start.map((c) => [
        c.value,
        c.sources.map((s) => `${s.title} (${s.published})`),
      ]),
    ).toEqual([
      [
        "2011",
        [
          "Inspectors praise quality of support at former tri-borough children services (2019-10-16)",
        ],
      ],
      [
        "2012",
        [
          "Inspectors praise care leaver support at former tri-borough council (2018-10-09)",
        ],
      ],
    ]);
  });

  it("keeps every sourced end of the tri-borough, with the quote that states it", () => {
    expect(triBorough.end.map((c) => c.value)).toEqual([
      "2017",
      "2018-04",
      "2018",
    ]);
    const [twoYearsAgo] = triBorough.end;
    expect(twoYearsAgo?.sources[0]?.quote).toContain("ended two years ago");
    expect(twoYearsAgo?.sources[0]?.note).toContain("16 October 2019");
    for (const claim of [...triBorough.start, ...triBorough.end]) {
      for (const source of claim.sources)
        expect(source.quote).toMatch(/arrangement|agreement|partnership/);
    }
  });
});

describe("partnershipStatusAt", () => {
  it.each([
    ["2010-12-31", "inactive"],
    ["2011-06-01", "uncertain"],
    ["2012-12-31", "active"],
    ["2016-12-31", "active"],
    ["2017-06-01", "uncertain"],
    ["2018-04-15", "uncertain"],
    ["2018-12-31", "uncertain"],
    ["2019-01-01", "inactive"],
  ] as const)("rates the tri-borough on %s as %s", (date, status) => {
    expect(partnershipStatusAt(triBorough, date)).toBe(status);
  });

  it.each([
    ["2016-12-31", "inactive"],
    ["2017-06-01", "uncertain"],
    ["2018-04-30", "active"],
    ["2030-01-01", "active"],
  ] as const)(
    "rates the bi-borough, which has no reported end, on %s as %s",
    (date, status) => {
      expect(partnershipStatusAt(biBorough, date)).toBe(status);
    },
  );
});

describe("partnershipsOf", () => {
  it("lists every partnership of an authority, earliest first", () => {
    expect(partnershipsOf("E09000020").map((p) => p.id)).toEqual([
      "tri-borough",
      "bi-borough",
    ]);
    expect(partnershipsOf("e09000013").map((p) => p.id)).toEqual([
      "tri-borough",
    ]);
    expect(partnershipsOf("E08000009")).toEqual([]);
  });

  it("keeps those that may have been running on a date", () => {
    expect(partnershipsOf("E09000033", "2015-01-01").map((p) => p.id)).toEqual([
      "tri-borough",
    ]);
    expect(partnershipsOf("E09000033", "2017-09-01").map((p) => p.id)).toEqual([
      "tri-borough",
      "bi-borough",
    ]);
    expect(partnershipsOf("E09000033", "2020-01-01").map((p) => p.id)).toEqual([
      "bi-borough",
    ]);
    expect(partnershipsOf("E09000013", "2020-01-01")).toEqual([]);
    expect(partnershipsOf("E09000013", "2010-01-01")).toEqual([]);
  });
});

describe("findPartnership", () => {
  it.each([
    ["tri-borough", "tri-borough"],
    ["Triborough", "tri-borough"],
    ["the tri-borough arrangement", undefined],
    ["Tri-borough arrangement", "tri-borough"],
    ["Bi-borough", "bi-borough"],
    ["bi-borough agreement", "bi-borough"],
    ["", undefined],
    ["quad-borough", undefined],
  ])("finds %j as %s", (input, id) => {
    expect(findPartnership(input)?.id).toBe(id);
  });
});
