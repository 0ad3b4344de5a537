import type { Key } from "ink";

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

function keyFor(char: string): [string, Key] {
  switch (char) {
    case "\r":
    case "\n":
      return ["", { ...NO_KEY, return: true }];
    case "\t":
      return ["", { ...NO_KEY, tab: true }];
    case "\u007F":
      return ["", { ...NO_KEY, delete: true }];
    case "\b":
      return ["", { ...NO_KEY, backspace: true }];
    default:
      return [char, { ...NO_KEY, shift: /[A-Z]/.test(char) }];
  }
}

/**
 * Splits what the terminal delivered at once into single keys. Ink hands over a run of plain text
 * (typed fast, pasted, or sent by tmux) as one input, Enter included; each character is a key here.
 */
export function splitKeys(input: string, key: Key): [string, Key][] {
  const isSpecial =
    key.ctrl ||
    key.meta ||
    key.escape ||
    key.upArrow ||
    key.downArrow ||
    key.leftArrow ||
    key.rightArrow ||
    key.pageUp ||
    key.pageDown ||
    key.home ||
    key.end;
  if (isSpecial || [...input].length <= 1) return [[input, key]];
  return [...input].map(keyFor);
}
