import { describe, expect, it } from "vitest";
import { canWrite, isLoopbackAddress } from "./write-access";

describe("isLoopbackAddress", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.8.9.10", true],
    ["::1", true],
    ["[::1]", true],
    ["::ffff:127.0.0.1", true],
    ["10.0.0.1", false],
    ["::ffff:10.0.0.1", false],
    ["127.example.com", false],
    ["", false],
    [undefined, false],
  ])("%s → %s", (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });
});

describe("canWrite", () => {
  const base = {
    remoteAddress: "127.0.0.1",
    authorization: null,
    origin: null,
    host: "localhost:3000",
    writeToken: undefined,
  };

  it("allows loopback requests without an Origin or from the same origin", () => {
    expect(canWrite(base)).toBe(true);
    expect(canWrite({ ...base, origin: "http://localhost:3000" })).toBe(true);
  });

  it("refuses loopback requests a browser sends for another site", () => {
    expect(canWrite({ ...base, origin: "http://evil.example" })).toBe(false);
    expect(canWrite({ ...base, origin: "not a url" })).toBe(false);
  });

  it("refuses other addresses unless the bearer token matches", () => {
    const remote = { ...base, remoteAddress: "203.0.113.9" };
    expect(canWrite(remote)).toBe(false);
    expect(canWrite({ ...remote, authorization: "Bearer s3cret" })).toBe(false);
    expect(
      canWrite({
        ...remote,
        writeToken: "s3cret",
        authorization: "Bearer s3cret",
      }),
    ).toBe(true);
    expect(
      canWrite({
        ...remote,
        writeToken: "s3cret",
        authorization: "Bearer s3cre",
      }),
    ).toBe(false);
    expect(
      canWrite({
        ...remote,
        writeToken: "s3cret",
        authorization: "Basic s3cret",
      }),
    ).toBe(false);
  });
});
