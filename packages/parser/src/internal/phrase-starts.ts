/**
 * Which phrase tries have a phrase starting at each token. One word lookup per token answers for
 * every trie, so the extractors that try each token for a name, a grade, an area or a cue skip the
 * tokens none of their phrases starts with (a phrase can only match where its first word is).
 */
import { nameTrie } from "./authority-lexicon";
import { areaTrie, cueTrie, gradeTrie } from "./lexicon";
import { firstWords, type PhraseTrie } from "./phrase-trie";
import type { Token } from "./tokenize";

/** A name phrase may start at the token. */
export const STARTS_NAME = 1;
/** A grade phrase may start at the token. */
export const STARTS_GRADE = 2;
/** An area phrase may start at the token. */
export const STARTS_AREA = 4;
/** A cue phrase may start at the token. */
export const STARTS_CUE = 8;

let startFlags: ReadonlyMap<string, number> | undefined;

function buildStartFlags(): ReadonlyMap<string, number> {
  const flags = new Map<string, number>();
  const add = <T>(trie: PhraseTrie<T>, flag: number): void => {
    for (const word of firstWords(trie))
      flags.set(word, (flags.get(word) ?? 0) | flag);
  };
  add(nameTrie(), STARTS_NAME);
  add(gradeTrie(), STARTS_GRADE);
  add(areaTrie(), STARTS_AREA);
  add(cueTrie(), STARTS_CUE);
  return flags;
}

const memo = new WeakMap<readonly Token[], Uint8Array>();

/** For each token, the `STARTS_*` flags of the tries with a phrase starting with its word. */
export function phraseStarts(tokens: readonly Token[]): Uint8Array {
  let starts = memo.get(tokens);
  if (!starts) {
    startFlags ??= buildStartFlags();
    starts = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++)
      starts[i] = startFlags.get(tokens[i]!.norm) ?? 0;
    memo.set(tokens, starts);
  }
  return starts;
}
