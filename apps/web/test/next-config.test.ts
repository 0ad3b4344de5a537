import { describe, expect, it } from "vitest";
import config, { OVERVIEW_QUERY, production } from "../next.config";
import { OVERVIEW_KEYS } from "../src/app/_components/overview-model";

describe("next.config rewrites", () => {
  it("sends only the plain overview to the kept page: any overview parameter keeps the page route", async () => {
    expect([...OVERVIEW_QUERY].sort()).toEqual([...OVERVIEW_KEYS].sort());
    expect(config("phase-production-server")).toBe(production);
    expect(config("phase-development-server").rewrites).toBeUndefined();
    const rewrites = await production.rewrites?.();
    if (!rewrites || Array.isArray(rewrites)) throw new Error("no rewrites");
    const rule = rewrites.beforeFiles?.[0];
    expect(rule).toMatchObject({
      source: "/",
      destination: "/api/kept-overview",
    });
    const missing = (rule?.missing ?? []).map(
      (m) => `${m.type}:${m.key ?? ""}`,
    );
    expect(missing).toEqual(
      expect.arrayContaining([
        "header:rsc",
        "header:x-csi-render",
        ...OVERVIEW_KEYS.map((key) => `query:${key}`),
      ]),
    );
  });
});
