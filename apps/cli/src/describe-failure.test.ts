import { CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import { describeFailure } from "./describe-failure";
import { UsageError } from "./usage-error";

const context = { argv: ["show", "Narnia"], command: "csi show" };

function routerError(code: string, message: string, cause?: unknown): Error {
  return Object.assign(new Error(message, { cause }), {
    name: "TRPCError",
    code,
  });
}

describe("describeFailure", () => {
  it("prints a usage error as what went wrong and what to try, exit 1", () => {
    expect(
      describeFailure(
        new UsageError("x", "no such file: a.txt", "Check the path."),
        context,
      ),
    ).toEqual({
      exitCode: 1,
      text: "csi: no such file: a.txt\nCheck the path.\n",
    });
  });

  it("points an unknown authority to csi list, exit 1", () => {
    expect(
      describeFailure(
        routerError("NOT_FOUND", 'no authority with code or name "Narnia"'),
        context,
      ),
    ).toEqual({
      exitCode: 1,
      text: 'csi: no authority with code or name "Narnia"\nRun `csi list` to see every authority\'s name and code.\n',
    });
  });

  it("reports a storage fault from the api as the user's to fix, exit 1", async () => {
    const { CsiError } = await import("@csi/api");
    const fault = new CsiError(
      "database",
      "/tmp/x/csi.sqlite is read-only: nothing was stored",
    );
    const expected = {
      exitCode: 1,
      text: "csi: /tmp/x/csi.sqlite is read-only: nothing was stored\nCheck the database file and its folder (`csi db path` shows where it is; set CSI_DB to use another).\n",
    };
    expect(describeFailure(fault, context)).toEqual(expected);
    expect(
      describeFailure(
        routerError("INTERNAL_SERVER_ERROR", fault.message, fault),
        context,
      ),
    ).toEqual(expected);
  });

  it("names the field of rejected input, exit 1", () => {
    const cause = {
      issues: [
        {
          path: ["yearFrom"],
          message: "Too small: expected number to be >=2000",
        },
      ],
    };
    expect(
      describeFailure(routerError("BAD_REQUEST", "[...]", cause), {
        argv: ["export"],
        command: "csi export",
      }).text,
    ).toBe(
      "csi: yearFrom: Too small: expected number to be >=2000\nRun `csi export --help` for usage.\n",
    );
  });

  it("turns commander's suggestion into the hint, exit 1", () => {
    const error = new CommanderError(
      1,
      "commander.unknownOption",
      "error: unknown option '--jsn'\n(Did you mean --json?)",
    );
    expect(
      describeFailure(error, { argv: ["list", "--jsn"], command: "csi" }),
    ).toEqual({
      exitCode: 1,
      text: "csi: unknown option '--jsn'\nDid you mean --json? Run `csi list --help` for usage.\n",
    });
  });

  it("exits 0 quietly after --help or --version", () => {
    expect(
      describeFailure(
        new CommanderError(0, "commander.helpDisplayed", "(outputHelp)"),
        context,
      ),
    ).toEqual({ exitCode: 0, text: "" });
  });

  it("prints the stack of anything else, exit 2", () => {
    const failure = describeFailure(
      new TypeError("cannot read properties of undefined"),
      context,
    );
    expect(failure.exitCode).toBe(2);
    expect(failure.text).toMatch(
      /^csi: unexpected error; please report it with the output below\.\nTypeError: cannot read properties of undefined\n +at /,
    );
  });

  it("treats a server-side router failure as a bug, exit 2", () => {
    expect(
      describeFailure(
        routerError("INTERNAL_SERVER_ERROR", "database is locked"),
        context,
      ).exitCode,
    ).toBe(2);
  });
});
