import { describe, expect, it } from "vitest";
import { AUTHORITY_RECORDS } from "./authorities-data";
import {
  AUTHORITIES,
  continuingAuthority,
  AuthoritySchema,
  CURRENT_AUTHORITIES,
  authoritiesAt,
  authoritiesInForceAt,
  authorityAt,
  authorityNameKey,
  findAuthoritiesByName,
  findAuthority,
  findAuthorityByGss,
  findAuthorityByLaCode,
  isAuthorityValidAt,
  normalizeName,
  slugify,
  toAuthorityRef,
} from "./authority";

const current = CURRENT_AUTHORITIES.map((a) => [a.name, a.gss] as const);
const currentNames = CURRENT_AUTHORITIES.flatMap((a) =>
  [a.name, ...a.aliases].map((name) => [name, a.gss] as const),
);
const ended = AUTHORITIES.filter((a) => a.validTo !== null);
const endedNames = ended.flatMap((a) =>
  [a.name, ...a.aliases].map((name) => [name, a.gss, a.validTo ?? ""] as const),
);

describe("the register", () => {
  it("parses every row with the schema", () => {
    for (const authority of AUTHORITIES)
      expect(AuthoritySchema.parse(authority)).toEqual(authority);
  });

  it("holds 153 current authorities and 14 ended rows, with unique GSS codes", () => {
    expect(CURRENT_AUTHORITIES).toHaveLength(153);
    expect(ended).toHaveLength(14);
    expect(new Set(AUTHORITIES.map((a) => a.gss)).size).toBe(
      AUTHORITY_RECORDS.length,
    );
    expect(new Set(CURRENT_AUTHORITIES.map((a) => a.laCode)).size).toBe(
      CURRENT_AUTHORITIES.length,
    );
  });

  it("counts current authorities by kind and region as the source note says", () => {
    const count = (
      key: (a: (typeof AUTHORITIES)[number]) => string,
    ): Record<string, number> =>
      CURRENT_AUTHORITIES.reduce<Record<string, number>>(
        (acc, a) => ({ ...acc, [key(a)]: (acc[key(a)] ?? 0) + 1 }),
        {},
      );
    expect(count((a) => a.kind)).toEqual({
      "london-borough": 32,
      "city-of-london": 1,
      "metropolitan-district": 36,
      unitary: 62,
      "isles-of-scilly": 1,
      county: 21,
    });
    expect(count((a) => a.region)).toEqual({
      "North East": 12,
      "North West": 24,
      "Yorkshire and The Humber": 15,
      "East Midlands": 10,
      "West Midlands": 14,
      "East of England": 11,
      London: 33,
      "South East": 19,
      "South West": 15,
    });
  });

  it.each(ended.map((a) => [a.name, a.gss, a] as const))(
    "links ended %s (%s) to successors that start the next day",
    (_n, _g, a) => {
      expect(a.successors.length).toBeGreaterThan(0);
      for (const gss of a.successors) {
        const successor = findAuthorityByGss(gss);
        expect(successor?.predecessors).toContain(a.gss);
        const dayAfter = new Date(
          Date.parse(`${a.validTo}T00:00:00Z`) + 86_400_000,
        )
          .toISOString()
          .slice(0, 10);
        expect(successor?.validFrom).toBe(dayAfter);
      }
    },
  );

  it("never has two rows of one DfE code in force on the same day", () => {
    for (const a of AUTHORITIES) {
      for (const b of AUTHORITIES) {
        if (a === b || a.laCode !== b.laCode) continue;
        const overlap =
          (a.validFrom ?? "0000") <= (b.validTo ?? "9999") &&
          (b.validFrom ?? "0000") <= (a.validTo ?? "9999");
        expect(overlap, `${a.gss} and ${b.gss} share ${a.laCode}`).toBe(false);
      }
    }
  });

  it("gives ended rows a slug that carries their code and current rows a plain one", () => {
    expect(findAuthorityByGss("E09000013")?.slug).toBe(
      "hammersmith-and-fulham",
    );
    expect(findAuthorityByGss("E10000009")?.slug).toBe("dorset-e10000009");
    expect(new Set(AUTHORITIES.map((a) => a.slug)).size).toBe(
      AUTHORITIES.length,
    );
  });
});

describe("findAuthority over the whole register", () => {
  it.each(current)(
    "finds %s by its name, GSS code, DfE code and slug",
    (name, gss) => {
      const authority = findAuthorityByGss(gss);
      expect(findAuthority(name)?.gss).toBe(gss);
      expect(findAuthority(gss.toLowerCase())?.gss).toBe(gss);
      expect(findAuthority(authority?.laCode ?? "")?.gss).toBe(gss);
      expect(findAuthority(authority?.slug ?? "")?.gss).toBe(gss);
      expect(findAuthority(`${name} Council`)?.gss).toBe(gss);
      expect(findAuthority(name.toUpperCase())?.gss).toBe(gss);
    },
  );

  it.each(currentNames)("resolves the name or alias %s to %s", (name, gss) => {
    expect(findAuthority(name)?.gss).toBe(gss);
    expect(findAuthority(` ${name.toLowerCase()} `)?.gss).toBe(gss);
  });

  it.each(endedNames)(
    "resolves the ended name or alias %s to %s on its last day",
    (name, gss, lastDay) => {
      expect(authorityAt(name, lastDay)?.gss).toBe(gss);
    },
  );
});

describe("findAuthority", () => {
  it.each([
    ["RBKC", "E09000020"],
    ["Westminster City Council", "E09000033"],
    ["H&F", "E09000013"],
    ["LBHF", "E09000013"],
    ["BCP", "E06000058"],
    ["B&NES", "E06000022"],
    ["Bath & NE Somerset", "E06000022"],
    ["K&C", "E09000020"],
    ["Lancs", "E10000017"],
    ["Hammersmith & Fulham Council", "E09000013"],
    ["Hammersmith and Fulham’s", "E09000013"],
    ["Hammersmith & Fulham Council's children's services", "E09000013"],
    ["the Royal Borough of Kensington and Chelsea", "E09000020"],
    ["London Borough Of Hammersmith & Fulham", "E09000013"],
    ["London Borough of Lewisham", "E09000023"],
    ["LB Lewisham", "E09000023"],
    ["LB of Lewisham", "E09000023"],
    ["royal borough of greenwich", "E09000011"],
    ["City of Westminster", "E09000033"],
    ["Trafford Metropolitan Borough Council", "E08000009"],
    ["Trafford MBC", "E08000009"],
    ["Kirklees Metropolitan Council", "E08000034"],
    ["Wigan Borough", "E08000010"],
    ["Cornwall County Council", "E06000052"],
    ["Durham County Council", "E06000047"],
    ["St. Helens Council", "E08000013"],
    ["Stoke-on-Trent City Council", "E06000021"],
    ["Kingston upon Hull City Council", "E06000010"],
    ["Southend-on-Sea Borough Council", "E06000033"],
    ["Doncaster Children's Services Trust", "E08000017"],
    ["Slough Children First", "E06000039"],
    ["Dorset", "E06000059"],
    ["Dorset Council", "E06000059"],
    ["Dorset County Council", "E10000009"],
    ["Somerset", "E06000066"],
    ["Barnsley", "E08000038"],
    ["E08000016", "E08000016"],
    ["e09000013", "E09000013"],
    ["205", "E09000013"],
    ["370", "E08000038"],
    ["hammersmith-and-fulham", "E09000013"],
  ])("finds %s as %s", (input, gss) => {
    expect(findAuthority(input)?.gss).toBe(gss);
  });

  it.each([
    "Narnia",
    "Ceredigion",
    "Powys",
    "London",
    "Council",
    "City Council",
    "Hammersmith",
    "Chelsea",
    "",
    "   ",
    "E09000099",
    "999",
    "WCC",
    "Achieving for Children",
  ])("returns undefined for %j", (input) => {
    expect(findAuthority(input)).toBeUndefined();
  });
});

describe("findAuthoritiesByName", () => {
  it("lists every row a name has belonged to", () => {
    expect(
      findAuthoritiesByName("Dorset")
        .map((a) => a.gss)
        .sort(),
    ).toEqual(["E06000059", "E10000009"]);
    expect(
      findAuthoritiesByName("Northumberland County Council")
        .map((a) => a.gss)
        .sort(),
    ).toEqual(["E06000048", "E06000057"]);
    expect(findAuthoritiesByName("Narnia")).toEqual([]);
  });
});

describe("findAuthorityByLaCode", () => {
  it("picks the row in force on a date when a code was reused", () => {
    expect(findAuthorityByLaCode("370")?.gss).toBe("E08000038");
    expect(findAuthorityByLaCode("370", "2020-01-01")?.gss).toBe("E08000016");
    expect(findAuthorityByLaCode("825", "2019-01-01")?.gss).toBe("E10000002");
    expect(findAuthorityByLaCode("825", "2021-01-01")?.gss).toBe("E06000060");
  });

  it("returns undefined for a code not in force on the date, or unknown", () => {
    expect(findAuthorityByLaCode("928", "2022-01-01")).toBeUndefined();
    expect(findAuthorityByLaCode("940", "2019-01-01")).toBeUndefined();
    expect(findAuthorityByLaCode("999")).toBeUndefined();
    expect(findAuthorityByLaCode("928")?.gss).toBe("E10000021");
  });
});

describe("authorityAt", () => {
  it("answers Northamptonshire before April 2021 and its successors after", () => {
    expect(authorityAt("Northamptonshire", "2019-06-01")?.gss).toBe(
      "E10000021",
    );
    expect(authorityAt("Northamptonshire", "2021-03-31")?.gss).toBe(
      "E10000021",
    );
    expect(authorityAt("North Northamptonshire", "2019-06-01")?.gss).toBe(
      "E10000021",
    );
    expect(authorityAt("West Northants", "2020-01-01")?.gss).toBe("E10000021");
    expect(authorityAt("Northamptonshire", "2021-04-01")).toBeUndefined();
    expect(
      authoritiesAt("Northamptonshire", "2022-01-01")
        .map((a) => a.gss)
        .sort(),
    ).toEqual(["E06000061", "E06000062"]);
    expect(authorityAt("North Northamptonshire", "2022-01-01")?.gss).toBe(
      "E06000061",
    );
  });

  it("resolves old and new holders of one name by date", () => {
    expect(authorityAt("Dorset", "2018-05-01")?.gss).toBe("E10000009");
    expect(authorityAt("Dorset", "2019-04-01")?.gss).toBe("E06000059");
    expect(authorityAt("Dorset Council", "2018-05-01")?.gss).toBe("E10000009");
    expect(authorityAt("Somerset", "2020-01-01")?.gss).toBe("E10000027");
    expect(authorityAt("Somerset", "2024-01-01")?.gss).toBe("E06000066");
    expect(authorityAt("Cumbria", "2024-01-01")).toBeUndefined();
    expect(
      authoritiesAt("Cumbria", "2024-01-01")
        .map((a) => a.name)
        .sort(),
    ).toEqual(["Cumberland", "Westmorland and Furness"]);
    expect(
      authoritiesAt("BCP", "2018-01-01")
        .map((a) => a.gss)
        .sort(),
    ).toEqual(["E06000028", "E06000029", "E10000009"]);
  });

  it("follows a re-coding to the same council", () => {
    expect(authorityAt("Buckinghamshire", "2019-01-01")?.gss).toBe("E10000002");
    expect(authorityAt("Buckinghamshire", "2021-01-01")?.gss).toBe("E06000060");
    expect(authorityAt("E08000016", "2025-06-01")?.gss).toBe("E08000038");
    expect(authorityAt("Gateshead", "2012-01-01")?.gss).toBe("E08000020");
  });

  it.each(current)("returns current %s for a date in 2026", (name, gss) => {
    expect(authorityAt(name, "2026-06-01")?.gss).toBe(gss);
  });

  it("returns undefined and an empty list for an unknown name", () => {
    expect(authorityAt("Narnia", "2020-01-01")).toBeUndefined();
    expect(authoritiesAt("Narnia", "2020-01-01")).toEqual([]);
  });
});

describe("authoritiesInForceAt", () => {
  it("lists the register as it stood on a date", () => {
    expect(authoritiesInForceAt("2026-06-01")).toEqual(CURRENT_AUTHORITIES);
    const in2020 = authoritiesInForceAt("2020-06-01");
    expect(in2020.map((a) => a.gss)).toContain("E10000021");
    expect(in2020.map((a) => a.gss)).not.toContain("E06000061");
    expect(in2020.every((a) => isAuthorityValidAt(a, "2020-06-01"))).toBe(true);
    expect(new Set(in2020.map((a) => a.laCode)).size).toBe(in2020.length);
  });
});

describe("names", () => {
  it.each([
    ["Hammersmith & Fulham’s", "hammersmith and fulham"],
    ["St. Helens", "st helens"],
    ["  Bath &  North-East Somerset ", "bath and north east somerset"],
  ])("normalises %j to %j", (input, output) => {
    expect(normalizeName(input)).toBe(output);
  });

  it.each([
    ["London Borough of Lewisham", "lewisham"],
    ["Westminster City Council", "westminster"],
    ["Trafford Metropolitan Borough Council", "trafford"],
    ["City of London", "city of london"],
    ["Council", "council"],
  ])("keys %j as %j", (input, key) => {
    expect(authorityNameKey(input)).toBe(key);
  });

  it("slugifies and builds references", () => {
    expect(slugify("Bournemouth, Christchurch & Poole")).toBe(
      "bournemouth-christchurch-and-poole",
    );
    const westminster = findAuthority("Westminster");
    expect(westminster && toAuthorityRef(westminster)).toEqual({
      name: "Westminster",
      gss: "E09000033",
      laCode: "213",
    });
  });
});

describe("continuingAuthority", () => {
  it.each([
    ["E10000023", "E06000065"],
    ["E10000027", "E06000066"],
    ["E08000016", "E08000038"],
    ["E10000002", "E06000060"],
    ["E08000020", "E08000037"],
    ["E10000021", "E10000021"],
    ["E10000006", "E10000006"],
    ["E06000028", "E06000028"],
    ["E09000013", "E09000013"],
  ])("maps %s to %s", (from, to) => {
    expect(continuingAuthority(findAuthorityByGss(from)!).gss).toBe(to);
  });
});
