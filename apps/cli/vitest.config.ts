import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "cli",
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup.ts"],
    // Colours on, so tests can tell the coloured theme from NO_COLOR.
    env: { FORCE_COLOR: "1" },
    // Spawned binaries and the tmux session need more than the default 5 s on a shared 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
