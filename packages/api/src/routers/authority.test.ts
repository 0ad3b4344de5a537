import { CURRENT_AUTHORITIES } from "@csi/domain";
import { describe, expect, it } from "vitest";
import { createCaller } from "../index";

describe("authority router", () => {
  const caller = createCaller({ canWrite: true });

  it("lists every current authority", async () => {
    expect(await caller.authority.list()).toHaveLength(CURRENT_AUTHORITIES.length);
  });

  it("finds an authority by abbreviation", async () => {
    expect((await caller.authority.byCode({ code: "RBKC" })).gss).toBe("E09000020");
  });

  it("names the code it cannot find", async () => {
    await expect(caller.authority.byCode({ code: "Narnia" })).rejects.toThrow(/Narnia/);
  });
});
