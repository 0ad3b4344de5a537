import { describe, expect, it } from "vitest";
import { resolveDbPath } from "./db-path";

describe("resolveDbPath", () => {
  it("prefers CSI_DB, then XDG_DATA_HOME, then the home folder", () => {
    expect(
      resolveDbPath({
        CSI_DB: "/data/x.sqlite",
        XDG_DATA_HOME: "/xdg",
        HOME: "/home/u",
      }),
    ).toBe("/data/x.sqlite");
    expect(resolveDbPath({ XDG_DATA_HOME: "/xdg", HOME: "/home/u" })).toBe(
      "/xdg/csi/csi.sqlite",
    );
    expect(resolveDbPath({ HOME: "/home/u" })).toBe(
      "/home/u/.local/share/csi/csi.sqlite",
    );
  });

  it("ignores empty values and returns undefined when nothing is set", () => {
    expect(
      resolveDbPath({ CSI_DB: "", XDG_DATA_HOME: "", HOME: "/home/u" }),
    ).toBe("/home/u/.local/share/csi/csi.sqlite");
    expect(resolveDbPath({})).toBeUndefined();
  });
});
