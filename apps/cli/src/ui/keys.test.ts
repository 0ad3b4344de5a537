import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { splitKeys } from "./keys";

const plainKey = {
  ctrl: false,
  meta: false,
  escape: false,
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageUp: false,
  pageDown: false,
  home: false,
  end: false,
} as Key;

describe("splitKeys", () => {
  it("splits a run of text into keys, Enter included", () => {
    const keys = splitKeys("ab\r", plainKey);
    expect(keys.map(([input]) => input)).toEqual(["a", "b", ""]);
    expect(keys[2]?.[1].return).toBe(true);
  });

  it("leaves a single key and special keys alone", () => {
    expect(splitKeys("j", plainKey)).toEqual([["j", plainKey]]);
    const up = { ...plainKey, upArrow: true };
    expect(splitKeys("", up)).toEqual([["", up]]);
  });

  it("marks capitals as shifted", () => {
    expect(splitKeys("aG", plainKey)[1]?.[1].shift).toBe(true);
  });
});
