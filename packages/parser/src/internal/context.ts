/**
 * The working state the pipeline stages share: the text and its tokens, the mentions each extractor
 * finds, the candidate facts, and finally the inspections. Stages read what earlier stages wrote and
 * add their own part; `parse-document.ts` creates it and `pipeline.ts` orders the stages.
 */
import type {
  Area,
  Authority,
  DocumentFormat,
  FrameworkId,
  Grade,
  InspectionType,
  Inspection,
  IsoDate,
} from "@csi/domain";
import type { Diagnostic, Severity, Span } from "../types";
import type { DateParts, DateValue, ResolvedDate } from "./dates";
import { CUE_KINDS, type CueKind, type GradeForm } from "./lexicon";
import type { Sentence } from "./segment";
import type { Token } from "./tokenize";

/** A name found in text: an English authority, a delivery body, a foreign council or a region. */
export interface NameMention {
  readonly start: number;
  readonly end: number;
  readonly kind: "authority" | "body" | "foreign" | "region" | "place";
  readonly authorities: readonly Authority[];
  /** How it was recognised. */
  readonly via: "name" | "acronym" | "fuzzy";
}

/** A grade phrase that passed the local checks (not a praise adjective). */
export interface GradeMention {
  readonly start: number;
  readonly end: number;
  readonly grade: Grade;
  readonly form: GradeForm;
  /** The verb form of requires improvement ("care leavers require improvement"). */
  readonly predicate: boolean;
  /** In quotation marks or capitalised mid-sentence. */
  readonly marked: boolean;
}

/** An area phrase. */
export interface AreaMention {
  readonly start: number;
  readonly end: number;
  readonly areas: readonly Area[];
  readonly formal: boolean;
  readonly boardRef: boolean;
  readonly bareOverall: boolean;
}

/** A cue phrase; one phrase may carry several kinds ("rating" is a verb and a noun). */
export interface CueMention {
  readonly start: number;
  readonly end: number;
  readonly kinds: ReadonlySet<CueKind>;
  readonly visit?: InspectionType;
  readonly count?: number;
  readonly of?: number;
}

/** A date expression, resolved against the publication date when possible. */
export interface DateMentionR {
  readonly start: number;
  readonly end: number;
  readonly value: DateValue;
  readonly resolved: ResolvedDate | undefined;
}

/** Who a candidate fact is about. */
export type Referent =
  | {
      readonly kind: "authorities";
      readonly authorities: readonly Authority[];
      readonly span: Span;
    }
  | { readonly kind: "blocked"; readonly reason: string };

/** When a candidate fact happened. */
export type When =
  /** The inspection the document reports (its date comes from inspection-date statements or publication). */
  | { readonly kind: "current" }
  /** A stated or derivable date. */
  | { readonly kind: "date"; readonly date: DateMentionR }
  /** An earlier inspection whose year the sentence does not give. */
  | { readonly kind: "previous" };

/** What area a candidate grade covers. */
export type AreaSpec =
  | { readonly kind: "areas"; readonly areas: readonly Area[] }
  /** Every area of the framework ("good in every area"); `count` when the text gives one. */
  | {
      readonly kind: "all";
      readonly count?: number;
      readonly except?: readonly Area[];
      /** "all other areas": every area but those graded otherwise in this sentence or the one before. */
      readonly others?: boolean;
    }
  /** "N of its M judgements": the framework's areas minus those graded otherwise nearby. */
  | {
      readonly kind: "count";
      readonly count: number;
      readonly of: number;
      readonly sentence: number;
      /** The areas named after the count ("three of the four areas: A, B and C"), if any. */
      readonly listed?: readonly Area[];
      /** The overall grade named before the count ("outstanding overall and in three of the four areas"). */
      readonly withOverall?: boolean;
    };

/** A candidate judgement, before dates and areas are resolved against frameworks. */
export interface JudgementCandidate {
  readonly grade: Grade;
  readonly area: AreaSpec;
  readonly authorities: readonly Authority[];
  readonly when: When;
  readonly evidence: readonly Span[];
  /** Higher wins a conflict: 3 report lists and tables, 2 explicit areas, 1 inferred. */
  readonly confidence: number;
  readonly ruleId: string;
  readonly sentence: number;
  /** The sentence marks the grade as the current one ("now", "has been") or an earlier one. */
  readonly marker?: "current" | "previous" | undefined;
  /** Stated as a standing state ("whose services are rated outstanding") rather than an inspection's outcome. */
  readonly state?: boolean;
  /** The sentence talks about an inspection, a report or a visit. */
  readonly eventful?: boolean;
}

/** A calendar position at the precision known, and where it came from. */
export interface Dated {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly endYear?: number;
  readonly endMonth?: number;
  readonly endDay?: number;
  /** Where the date came from: the text, an inspection-date statement, the publication date, the weekdays of a day range. */
  readonly origin: "text" | "statement" | "published" | "weekdays" | "previous";
  readonly span?: Span;
  /** For a date taken from the publication date: the day used to pick the framework (about two months earlier, within the year). */
  readonly frameworkDay?: string;
  /** A month or season stated without its year ("in the summer"); the year was worked out. */
  readonly inferredYear?: boolean;
}

/** A judgement with one authority and a calendar date, areas not yet expanded. */
export interface DatedJudgement {
  readonly candidate: JudgementCandidate;
  readonly authority: Authority;
  readonly date: Dated;
  /** Concrete areas after framework expansion; empty until `expand-areas` runs. */
  areas: Area[];
  framework: FrameworkId | null;
}

/** A visit with one authority and a calendar date. */
export interface DatedVisit {
  readonly candidate: VisitCandidate;
  readonly authority: Authority;
  readonly date: Dated;
}

/** A candidate inspection visit (graded or not). */
export interface VisitCandidate {
  readonly type: InspectionType;
  readonly authorities: readonly Authority[];
  readonly when: When;
  readonly evidence: readonly Span[];
  readonly ruleId: string;
  readonly sentence: number;
}

/** A statement of when an inspection took place ("Inspectors visited between 4 and 15 November"). */
export interface DateStatement {
  /** The authorities the statement is about; empty when it names none (applies to the whole document). */
  readonly authorities: readonly Authority[];
  readonly date: DateMentionR;
  readonly span: Span;
  readonly sentence: number;
  /** The statement is about an ungraded visit type (focused, monitoring, JTAI). */
  readonly visit?: InspectionType;
}

/** A reference to an earlier inspection with a year ("since the last inspection in 2016"). */
export interface PreviousReference {
  readonly authorities: readonly Authority[];
  readonly date: DateMentionR;
  readonly span: Span;
  readonly sentence: number;
}

/** A discourse entity that pronouns and "the council" can point back to. */
export type Entity =
  | {
      readonly kind: "authorities";
      readonly authorities: readonly Authority[];
      readonly span: Span;
    }
  | { readonly kind: "other"; readonly reason: string };

/** The shared working state of one parse. */
export interface ParseContext {
  readonly source: string;
  readonly format: DocumentFormat;
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Every token starts at or after the end of the one before (no table cells read out of text order). */
  readonly inTextOrder: boolean;
  readonly sentences: readonly Sentence[];
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array;
  /** Sentences in noise zones (comments, related links, cookie banners): no facts from them. */
  readonly masked: Uint8Array;
  readonly optionsPublished: IsoDate | undefined;
  title: string | null;
  published: { iso: IsoDate | null; parts: DateParts | undefined; span?: Span };
  names: NameMention[];
  grades: GradeMention[];
  areas: AreaMention[];
  cues: CueMention[];
  dates: DateMentionR[];
  /** For each token, the index of the mention of each kind that covers it, or -1. */
  nameAt: Int32Array;
  gradeAt: Int32Array;
  areaAt: Int32Array;
  cueAt: Int32Array;
  dateAt: Int32Array;
  /** Discourse state before each sentence: the last named authority (or group) and the current topic. */
  lastAuthority: (Entity | undefined)[];
  topic: (Entity | undefined)[];
  lastGroup: (Entity | undefined)[];
  /** The last two distinct authorities named before each sentence, most recent last ("both councils"). */
  recentPair: (Entity | undefined)[];
  /** The inspectorate the text is talking about before each sentence. */
  inspectorate: ("ofsted" | "other" | undefined)[];
  /** The document talks about Ofsted or inspections at all. */
  inspectionContext: boolean;
  judgements: JudgementCandidate[];
  visits: VisitCandidate[];
  dateStatements: DateStatement[];
  previousReferences: PreviousReference[];
  datedJudgements: DatedJudgement[];
  datedVisits: DatedVisit[];
  inspections: Inspection[];
  diagnostics: Diagnostic[];
  readonly debug: ((message: string) => void) | undefined;
}

/** Adds a diagnostic to the context. */
export function report(
  ctx: ParseContext,
  ruleId: string,
  severity: Severity,
  message: string,
  span?: Span,
): void {
  if (ctx.diagnostics.length >= 500) return;
  ctx.diagnostics.push(
    span ? { ruleId, severity, message, span } : { ruleId, severity, message },
  );
}

/** The character span of tokens `[start, end)`. */
export function spanOf(ctx: ParseContext, start: number, end: number): Span {
  const first = ctx.tokens[start];
  const last = ctx.tokens[Math.max(start, end - 1)];
  if (!first || !last) return { start: 0, end: 0 };
  if (ctx.inTextOrder) return { start: first.start, end: last.end };
  // Reading order can differ from text order inside tables, so take the extremes.
  let lo = first.start;
  let hi = last.end;
  for (let i = start; i < end && i - start < 400; i++) {
    const t = ctx.tokens[i]!;
    if (t.start < lo) lo = t.start;
    if (t.end > hi) hi = t.end;
  }
  return { start: lo, end: hi };
}

/** The character span of a sentence, trimmed. */
export function sentenceSpan(ctx: ParseContext, index: number): Span {
  const s = ctx.sentences[index]!;
  return spanOf(ctx, s.start, s.end);
}

/** True when the token at `i` is covered by a cue of `kind`. */
export function hasCue(ctx: ParseContext, i: number, kind: CueKind): boolean {
  const c = ctx.cueAt[i]!;
  return c >= 0 && ctx.cues[c]!.kinds.has(kind);
}

/** The cue covering token `i`, if any. */
export function cueAtToken(
  ctx: ParseContext,
  i: number,
): CueMention | undefined {
  const c = ctx.cueAt[i]!;
  return c >= 0 ? ctx.cues[c] : undefined;
}

// Cue kinds as bits of two 32-bit masks (there are more than 32 kinds).
const KIND_BITS: ReadonlyMap<CueKind, number> = new Map(
  CUE_KINDS.map((kind, i) => [kind, i]),
);
const kindMasks = new WeakMap<
  ReadonlySet<CueKind>,
  readonly [number, number]
>();

/** The masks of a cue's kinds (cues of one phrase share their set of kinds). */
function masksOf(kinds: ReadonlySet<CueKind>): readonly [number, number] {
  let masks = kindMasks.get(kinds);
  if (!masks) {
    let low = 0;
    let high = 0;
    for (const kind of kinds) {
      const bit = KIND_BITS.get(kind)!;
      if (bit < 32) low |= 1 << bit;
      else high |= 1 << (bit - 32);
    }
    masks = [low, high];
    kindMasks.set(kinds, masks);
  }
  return masks;
}

// The kinds of the cues covering any token of each sentence, as masks, found in one pass over the
// cues (keyed by the cue list).
const sentenceMasksMemo = new WeakMap<
  readonly CueMention[],
  { readonly low: Int32Array; readonly high: Int32Array }
>();

function sentenceMasks(ctx: ParseContext): {
  readonly low: Int32Array;
  readonly high: Int32Array;
} {
  let masks = sentenceMasksMemo.get(ctx.cues);
  if (!masks) {
    masks = {
      low: new Int32Array(ctx.sentences.length),
      high: new Int32Array(ctx.sentences.length),
    };
    for (const cue of ctx.cues) {
      const [low, high] = masksOf(cue.kinds);
      for (let i = cue.start; i < cue.end; i++) {
        masks.low[ctx.sentenceOf[i]!]! |= low;
        masks.high[ctx.sentenceOf[i]!]! |= high;
      }
    }
    sentenceMasksMemo.set(ctx.cues, masks);
  }
  return masks;
}

/** True when a cue of `kind` covers any token of sentence `index`. */
function sentenceHasCue(
  ctx: ParseContext,
  index: number,
  kind: CueKind,
): boolean {
  const bit = KIND_BITS.get(kind)!;
  const { low, high } = sentenceMasks(ctx);
  return bit < 32
    ? ((low[index]! >>> bit) & 1) === 1
    : ((high[index]! >>> (bit - 32)) & 1) === 1;
}

/** True when any token in `[from, to)` is covered by a cue of `kind`. */
export function cueIn(
  ctx: ParseContext,
  from: number,
  to: number,
  kind: CueKind,
): boolean {
  // A whole sentence: its cue kinds are gathered once.
  const s = ctx.sentences[ctx.sentenceOf[from] ?? -1];
  if (s && s.start === from && s.end === to)
    return sentenceHasCue(ctx, s.index, kind);
  for (let i = Math.max(0, from); i < to; i++)
    if (hasCue(ctx, i, kind)) return true;
  return false;
}

/** Fills a coverage array for mentions. */
export function cover(
  at: Int32Array,
  mentions: readonly { start: number; end: number }[],
): void {
  at.fill(-1);
  mentions.forEach((m, index) => {
    for (let i = m.start; i < m.end; i++) at[i] = index;
  });
}
