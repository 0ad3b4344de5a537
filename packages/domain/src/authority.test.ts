import { describe, expect, it } from "vitest";
import { CURRENT_AUTHORITIES, authoritiesAt, authorityAt, findAuthority } from "./authority";

describe("findAuthority", () => {
  it.each([
    ["RBKC", "E09000020"],
    ["Westminster City Council", "E09000033"],
    ["H&F", "E09000013"],
    ["Hammersmith & Fulham Council", "E09000013"],
    ["London Borough of Lewisham", "E09000023"],
    ["royal borough of greenwich", "E09000011"],
    ["Trafford Metropolitan Borough Council", "E08000009"],
    ["Dorset", "E06000059"],
    ["E09000013", "E09000013"],
    ["205", "E09000013"],
    ["hammersmith-and-fulham", "E09000013"],
  ])("finds %s as %s", (input, gss) => {
    expect(findAuthority(input)?.gss).toBe(gss);
  });

  it("returns undefined for an unknown name", () => {
    expect(findAuthority("Ceredigion")).toBeUndefined();
    expect(findAuthority("")).toBeUndefined();
  });
});

describe("authorityAt", () => {
  it("answers Northamptonshire before 2021 and its successors after", () => {
    expect(authorityAt("Northamptonshire", "2019-06-01")?.gss).toBe("E10000021");
    expect(authorityAt("North Northamptonshire", "2019-06-01")?.gss).toBe("E10000021");
    expect(authorityAt("Northamptonshire", "2022-01-01")).toBeUndefined();
    expect(authoritiesAt("Northamptonshire", "2022-01-01").map((a) => a.gss).sort()).toEqual(["E06000061", "E06000062"]);
  });

  it("follows a re-coding to the same council", () => {
    expect(authorityAt("Buckinghamshire", "2019-01-01")?.gss).toBe("E10000002");
    expect(authorityAt("Buckinghamshire", "2021-01-01")?.gss).toBe("E06000060");
    expect(authorityAt("E08000016", "2025-06-01")?.gss).toBe("E08000038");
    expect(authorityAt("Dorset", "2018-05-01")?.gss).toBe("E10000009");
  });
});

describe("CURRENT_AUTHORITIES", () => {
  it("holds one row per current authority with unique GSS and LA codes", () => {
    expect(new Set(CURRENT_AUTHORITIES.map((a) => a.gss)).size).toBe(CURRENT_AUTHORITIES.length);
    expect(new Set(CURRENT_AUTHORITIES.map((a) => a.laCode)).size).toBe(CURRENT_AUTHORITIES.length);
    expect(CURRENT_AUTHORITIES.length).toBeGreaterThan(150);
  });
});
