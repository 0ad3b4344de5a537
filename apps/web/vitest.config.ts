import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

export default defineProject({
  // The same `~/` alias as tsconfig.json's `paths`.
  resolve: { alias: { "~": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: {
    name: "web",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The end-to-end suite starts `next start` and a browser; both need more than the default 5 s.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
