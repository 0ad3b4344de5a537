import { afterEach, beforeEach } from "vitest";

// Output on the console during a test is a failure: a component or command wrote where it should not.
const methods = ["log", "info", "warn", "error", "debug"] as const;
const originals = new Map(
  methods.map((method) => [method, console[method].bind(console)]),
);

beforeEach(() => {
  for (const method of methods) {
    console[method] = (...args: unknown[]) => {
      throw new Error(
        `console.${method} called during a test: ${args.map(String).join(" ")}`,
      );
    };
  }
});

afterEach(() => {
  for (const [method, original] of originals) console[method] = original;
});
