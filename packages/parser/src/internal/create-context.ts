import type { DocumentFormat } from "@csi/domain";
import type { ParseOptions } from "../types";
import type { Entity, ParseContext } from "./context";
import { splitSentences } from "./segment";
import { tokenize } from "./tokenize";

/** A fresh parse context over `text`: tokens, sentences and empty mention and fact lists. */
export function createContext(
  text: string,
  format: DocumentFormat,
  options: ParseOptions,
  title: string | null,
): ParseContext {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const sentenceOf = new Int32Array(tokens.length);
  for (const s of sentences) sentenceOf.fill(s.index, s.start, s.end);
  const n = tokens.length;
  let inTextOrder = true;
  for (let k = 1; k < n && inTextOrder; k++)
    if (tokens[k]!.start < tokens[k - 1]!.end) inTextOrder = false;
  return {
    source: options.source ?? "input",
    format,
    text,
    tokens,
    inTextOrder,
    sentences,
    sentenceOf,
    masked: new Uint8Array(sentences.length),
    optionsPublished: options.published,
    title,
    published: { iso: null, parts: undefined },
    names: [],
    grades: [],
    areas: [],
    cues: [],
    dates: [],
    nameAt: new Int32Array(n).fill(-1),
    gradeAt: new Int32Array(n).fill(-1),
    areaAt: new Int32Array(n).fill(-1),
    cueAt: new Int32Array(n).fill(-1),
    dateAt: new Int32Array(n).fill(-1),
    lastAuthority: new Array<Entity | undefined>(sentences.length),
    topic: new Array<Entity | undefined>(sentences.length),
    lastGroup: new Array<Entity | undefined>(sentences.length),
    recentPair: new Array<Entity | undefined>(sentences.length),
    inspectorate: new Array<"ofsted" | "other" | undefined>(sentences.length),
    inspectionContext: false,
    judgements: [],
    visits: [],
    dateStatements: [],
    previousReferences: [],
    datedJudgements: [],
    datedVisits: [],
    inspections: [],
    diagnostics: [],
    debug: options.debug,
  };
}
