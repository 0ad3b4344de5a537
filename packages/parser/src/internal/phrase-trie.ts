import { tokenize, type Token } from "./tokenize";

/** A phrase to find in token streams, with the value it stands for. */
export interface PhraseEntry<T> {
  readonly phrase: string;
  readonly value: T;
  /** Every word of the match must be upper case in the text (acronyms such as "LAC" or "RI"). */
  readonly caps?: boolean;
  /** The first word of the match must start with a capital letter (names that are also common words). */
  readonly cap?: boolean;
}

interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  readonly entries: PhraseEntry<T>[];
  /** Some entry here needs a capital letter or capitals, so entries are checked against each match. */
  checked: boolean;
}

/** A token-level trie over phrases; matching is longest-first and bounded by the longest phrase. */
export interface PhraseTrie<T> {
  readonly root: TrieNode<T>;
}

/** A phrase found in a token stream: tokens `[start, end)`. */
export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  /** The first accepted entry. */
  readonly entry: PhraseEntry<T>;
  /** Every accepted entry for the matched phrase (a phrase can stand for several things). */
  readonly entries: readonly PhraseEntry<T>[];
}

const SKIPPABLE = new Set([",", "-", "'", '"']);

/** Splits a phrase into the token norms the trie is keyed on (punctuation dropped). */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase)
    .filter((t) => t.kind !== "punct")
    .map((t) => t.norm);
}

/** The words phrases of the trie start with. */
export function firstWords<T>(trie: PhraseTrie<T>): Iterable<string> {
  return trie.root.next.keys();
}

/** Builds a trie from phrase entries. */
export function buildTrie<T>(entries: Iterable<PhraseEntry<T>>): PhraseTrie<T> {
  const root: TrieNode<T> = { next: new Map(), entries: [], checked: false };
  for (const entry of entries) {
    const keys = phraseKeys(entry.phrase);
    if (keys.length === 0) continue;
    let node = root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), entries: [], checked: false };
        node.next.set(key, child);
      }
      node = child;
    }
    node.entries.push(entry);
    if (entry.cap || entry.caps) node.checked = true;
  }
  return { root };
}

function accepts<T>(
  entry: PhraseEntry<T>,
  tokens: readonly Token[],
  start: number,
  end: number,
): boolean {
  if (entry.cap && !tokens[start]!.cap) return false;
  if (entry.caps) {
    for (let i = start; i < end; i++) {
      const t = tokens[i]!;
      if (
        t.kind === "word" &&
        !t.caps &&
        !(t.cap && t.end - t.start === 1) &&
        t.norm !== "and"
      )
        return false;
    }
  }
  return true;
}

/** The entries of `node` that accept tokens `[start, end)`; the node's own list when all do. */
function acceptedAt<T>(
  node: TrieNode<T>,
  tokens: readonly Token[],
  start: number,
  end: number,
): readonly PhraseEntry<T>[] {
  const accepted = node.entries.filter((entry) =>
    accepts(entry, tokens, start, end),
  );
  return accepted.length === node.entries.length ? node.entries : accepted;
}

/**
 * The longest phrase starting at token `i`, or `undefined`. Commas, hyphens and quotes inside a phrase
 * are skipped ("leadership, management and governance" matches with or without the comma), and so are
 * `skipWords` after its first word.
 */
export function matchAt<T>(
  trie: PhraseTrie<T>,
  tokens: readonly Token[],
  i: number,
  limit = tokens.length,
  skipWords?: ReadonlySet<string>,
): PhraseMatch<T> | undefined {
  let node = trie.root;
  let best: readonly PhraseEntry<T>[] | undefined;
  let bestEnd = i;
  let j = i;
  while (j < limit) {
    const token = tokens[j]!;
    const child = node.next.get(token.norm);
    if (child) {
      node = child;
      j++;
      if (node.entries.length === 0) continue;
      const accepted = node.checked
        ? acceptedAt(node, tokens, i, j)
        : node.entries;
      if (accepted.length > 0) {
        best = accepted;
        bestEnd = j;
      }
      continue;
    }
    if (
      j > i &&
      (token.kind === "punct"
        ? SKIPPABLE.has(token.norm)
        : skipWords?.has(token.norm) === true) &&
      node.next.size > 0
    ) {
      j++;
      continue;
    }
    break;
  }
  return best
    ? { start: i, end: bestEnd, entry: best[0]!, entries: best }
    : undefined;
}

/** All non-overlapping longest matches, scanning left to right. */
export function matchAll<T>(
  trie: PhraseTrie<T>,
  tokens: readonly Token[],
  from = 0,
  to = tokens.length,
): PhraseMatch<T>[] {
  const found: PhraseMatch<T>[] = [];
  let i = from;
  while (i < to) {
    const m = matchAt(trie, tokens, i, to);
    if (m) {
      found.push(m);
      i = m.end;
    } else i++;
  }
  return found;
}
