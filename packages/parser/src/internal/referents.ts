/**
 * Who a sentence is about. Name mentions joined by "and" or commas form one group ("Kensington and
 * Chelsea, and Westminster"); "the council", "its", "both", "each council" point back to earlier
 * names; a trap subject ("A children's home run by Shropshire Council ...") or a Welsh council makes
 * later pronouns point away from any English council.
 */
import {
  authorityNameKey,
  findAuthorityByGss,
  type Authority,
} from "@csi/domain";
import type { Span } from "../types";
import {
  cueAtToken,
  cueIn,
  hasCue,
  spanOf,
  type Entity,
  type NameMention,
  type ParseContext,
  type Referent,
} from "./context";

/** Consecutive names joined by "and", commas or "as well as". */
export interface NameRun {
  readonly start: number;
  readonly end: number;
  readonly names: readonly NameMention[];
}

const JOINERS = new Set([
  ",",
  "and",
  "the",
  "in",
  "as",
  "well",
  "both",
  "plus",
  "or",
  "&",
  "of",
]);

// The name runs of whole sentences, found once per sentence (keyed by the name list they come from).
const sentenceRunsMemo = new WeakMap<
  readonly NameMention[],
  (readonly NameRun[] | undefined)[]
>();

/** Name runs in tokens `[from, to)`. */
export function nameRuns(
  ctx: ParseContext,
  from: number,
  to: number,
): readonly NameRun[] {
  const sentence = ctx.sentenceOf[from];
  const s = sentence === undefined ? undefined : ctx.sentences[sentence];
  if (!s || s.start !== from || s.end !== to)
    return findNameRuns(ctx, from, to);
  let bySentence = sentenceRunsMemo.get(ctx.names);
  if (!bySentence) {
    bySentence = new Array(ctx.sentences.length);
    sentenceRunsMemo.set(ctx.names, bySentence);
  }
  if (!bySentence[s.index]) {
    const runs = findNameRuns(ctx, from, to);
    // Most sentences name no council: they share one empty list rather than keep their own.
    bySentence[s.index] = runs.length ? runs : NO_RUNS;
  }
  return bySentence[s.index]!;
}

const NO_RUNS: readonly NameRun[] = [];

function findNameRuns(
  ctx: ParseContext,
  from: number,
  to: number,
): readonly NameRun[] {
  // Most stretches name nothing: they share the empty list.
  let named = false;
  for (let i = Math.max(0, from); i < to && !named; i++)
    if (ctx.nameAt[i]! >= 0) named = true;
  if (!named) return NO_RUNS;
  const runs: NameRun[] = [];
  let current: NameMention[] = [];
  let lastEnd = -1;
  const flush = (): void => {
    if (current.length)
      runs.push({
        start: current[0]!.start,
        end: current[current.length - 1]!.end,
        names: current,
      });
    current = [];
  };
  for (let i = from; i < to; i++) {
    const n = ctx.nameAt[i]!;
    if (n < 0) continue;
    const name = ctx.names[n]!;
    if (name.start !== i) continue;
    if (name.kind === "region") continue;
    if (current.length) {
      let joined = i - lastEnd <= 4;
      let as = false;
      let well = false;
      for (let k = lastEnd; joined && k < i; k++) {
        const n = ctx.tokens[k]!.norm;
        if (!JOINERS.has(n)) joined = false;
        if (n === "as") as = true;
        if (n === "well") well = true;
      }
      // "as well as" joins; "Camden as Islington stays good" does not.
      if (as && !well) joined = false;
      if (!joined) flush();
    }
    current.push(name);
    lastEnd = name.end;
    i = name.end - 1;
  }
  flush();
  return runs;
}

const places = new Map<string, string>();

/** The place an authority row stands for: its slug without a code suffix ("dorset-e10000009" is "dorset"). */
function placeOf(a: Authority): string {
  let place = places.get(a.slug);
  if (place === undefined) {
    place = a.slug.replace(/-e\d+$/, "");
    places.set(a.slug, place);
  }
  return place;
}

// What each run stands for, worked out once per run and sentence (one table per parse).
const entityMemo = new WeakMap<
  ParseContext,
  Map<NameRun, { from: number; to: number; entity: Entity }>
>();

/** What a run of names stands for: English authorities, or a reason to give no council a fact. */
export function runEntity(
  ctx: ParseContext,
  run: NameRun,
  sentenceFrom: number,
  sentenceTo: number,
): Entity {
  let byRun = entityMemo.get(ctx);
  if (!byRun) {
    byRun = new Map();
    entityMemo.set(ctx, byRun);
  }
  const known = byRun.get(run);
  if (known && known.from === sentenceFrom && known.to === sentenceTo)
    return known.entity;
  const entity = findRunEntity(ctx, run, sentenceFrom, sentenceTo);
  byRun.set(run, { from: sentenceFrom, to: sentenceTo, entity });
  return entity;
}

function findRunEntity(
  ctx: ParseContext,
  run: NameRun,
  sentenceFrom: number,
  sentenceTo: number,
): Entity {
  const authorities = new Map<string, Authority>();
  for (const name of run.names) {
    if (name.kind === "foreign")
      return { kind: "other", reason: "a council outside England" };
    if (name.kind === "place")
      return {
        kind: "other",
        reason: "a place name that may not be the council",
      };
    if (name.kind === "body" && name.authorities.length > 1) {
      // A body serving several councils counts for the councils the sentence names.
      const named = new Set<string>();
      for (const r of nameRuns(ctx, sentenceFrom, sentenceTo))
        for (const other of r.names)
          if (other.kind === "authority")
            for (const a of other.authorities) named.add(a.gss);
      const subset = name.authorities.filter((a) => named.has(a.gss));
      if (subset.length === 0)
        return {
          kind: "other",
          reason: `${ctx.text.slice(ctx.tokens[name.start]!.start, ctx.tokens[name.end - 1]!.end)} serves several councils and none is named`,
        };
      for (const a of subset) authorities.set(a.gss, a);
      continue;
    }
    for (const a of name.authorities) authorities.set(a.gss, a);
  }
  // Rows of one place over time (Dorset County Council then Dorset Council, North Yorkshire's two codes)
  // collapse to the latest row; the row in force at the inspection date is chosen when facts are merged.
  const byPlace = new Map<string, Authority>();
  for (const a of authorities.values()) {
    const place = placeOf(a);
    const seen = byPlace.get(place);
    if (
      !seen ||
      (seen.validTo !== null &&
        (a.validTo === null || a.validTo > seen.validTo))
    )
      byPlace.set(place, a);
  }
  const list = [...byPlace.values()];
  // One row per place, so the rows' codes and places are all distinct.
  let current = 0;
  for (const a of list) if (a.validTo === null) current++;
  if (run.names.length === 1 && current > 1 && list.length > 1)
    return { kind: "other", reason: "an ambiguous name" };
  return {
    kind: "authorities",
    authorities: list,
    span: spanOf(ctx, run.start, run.end),
  };
}

const SUBJECT_SKIP = new Set([
  "in",
  "meanwhile",
  "however",
  "but",
  "and",
  "the",
  "so",
  "also",
  ",",
  "now",
  "today",
  "after",
  "following",
  "under",
  "then",
  '"',
  "'",
  "*",
  "-",
  // "The new Westmorland and Furness Council has been rated": modifiers before the subject's name.
  "new",
  "newly",
  "formed",
  "created",
  "former",
  "neighbouring",
  "nearby",
]);

/** The run that is the sentence's grammatical subject, when a name opens the sentence. */
export function subjectRun(
  ctx: ParseContext,
  sentence: number,
): NameRun | undefined {
  const s = ctx.sentences[sentence]!;
  const runs = nameRuns(ctx, s.start, s.end);
  const first = runs[0];
  if (!first) return undefined;
  let k = s.start;
  let skipped = 0;
  while (k < first.start && skipped < 6) {
    const t = ctx.tokens[k]!;
    if (!SUBJECT_SKIP.has(t.norm) && ctx.dateAt[k]! < 0) return undefined;
    k++;
    skipped++;
  }
  return k === first.start ? first : undefined;
}

// "The agency was inspected ...": a definite noun phrase naming a provider, not a council.
const PROVIDER_HEADS = new Set([
  "agency",
  "home",
  "school",
  "academy",
  "college",
  "nursery",
  "provider",
]);
const DEFINITE = new Set(["the", "this", "that"]);

// Words that put the name after them outside the clause's subject: a subordinate clause ("since
// Cumbria County Council was abolished"), a comparison ("like Rutland", "than Hackney") or a place
// ("outside London and the Isles of Scilly", "near Barrow").
const SUBORDINATORS = new Set([
  "since",
  "when",
  "after",
  "before",
  "until",
  "while",
  "whereas",
  "although",
  "because",
]);
const OBLIQUE = new Set([
  "by",
  "unlike",
  "like",
  // "Richmond matches Kingston with an outstanding rating": the council matched is the comparison.
  "matches",
  "matching",
  "joins",
  "joining",
  "than",
  "outside",
  "near",
  "beside",
  "besides",
  "from",
  "with",
  "including",
  "in",
  "of",
  "to",
  "across",
  "against",
  "alongside",
]);
const FRONTED = new Set(["in", "across", "at", "for"]);
const OBLIQUE_SKIP = new Set([
  "the",
  "a",
  "an",
  "and",
  ",",
  "former",
  "new",
  "neighbouring",
  "nearby",
  "old",
  "both",
]);

/**
 * The run is a prepositional mention ("outside London and the Isles of Scilly", "like neighbouring
 * Rutland"), or with `subordinate` also the subject of a subordinate clause ("since Cumbria County
 * Council was abolished"), not the main clause's subject.
 */
export function isObliqueRun(
  ctx: ParseContext,
  run: { readonly start: number },
  lower: number,
  subordinate = false,
): boolean {
  let k = run.start - 1;
  for (let n = 0; k >= lower && n < 6; n++, k--) {
    const t = ctx.tokens[k]!;
    // "In Newcastle, the council was rated good": a fronted place sets the topic.
    if (OBLIQUE.has(t.norm)) return !(k === lower && FRONTED.has(t.norm));
    if (SUBORDINATORS.has(t.norm)) return subordinate;
    // A comma only inside a list of names ("with Hackney, Islington and Camden").
    if (t.norm === "," && ctx.nameAt[k - 1]! < 0) return false;
    const name = ctx.nameAt[k]!;
    // A name before the run ("outside London and the Isles of Scilly", "with Hackney and Islington")
    // belongs to the same phrase.
    if (name >= 0) {
      k = ctx.names[name]!.start;
      continue;
    }
    // So does another proper noun ("outside London and ...").
    if (!OBLIQUE_SKIP.has(t.norm) && !(t.cap && k < run.start - 1))
      return false;
  }
  return false;
}

const INSPECTION_NOUNS = new Set([
  "inspection",
  "inspections",
  "re-inspection",
  "reinspection",
]);
// Words between "an inspection" and the council it was of ("an inspection of AfC's work in Kingston").
const INSPECTED_GAP = new Set([
  "of",
  "in",
  "at",
  "the",
  "its",
  "work",
  "services",
  "service",
  "children's",
  "children",
  "social",
  "care",
  "full",
]);

/**
 * The run names the council an inspection was of ("an inspection of AfC's work in Kingston upon
 * Thames", "the inspection in Wigan"): a prepositional name, but the story's subject, not one in
 * passing.
 */
function inspectedIn(
  ctx: ParseContext,
  run: { readonly start: number },
  lower: number,
): boolean {
  let prep = false;
  for (let k = run.start - 1; k >= lower && run.start - k <= 8; k--) {
    const t = ctx.tokens[k]!;
    if (INSPECTION_NOUNS.has(t.norm)) return prep;
    if (t.norm === "of" || t.norm === "in") prep = true;
    else if (!INSPECTED_GAP.has(t.norm) && ctx.nameAt[k]! < 0) return false;
  }
  return false;
}

/** A strong trap (school, children's home, agency, SEND, another inspectorate) opens the sentence. */
export function trapSubject(ctx: ParseContext, sentence: number): boolean {
  const s = ctx.sentences[sentence]!;
  const head = ctx.tokens[s.start + 1];
  if (
    s.end - s.start > 2 &&
    DEFINITE.has(ctx.tokens[s.start]!.norm) &&
    head &&
    PROVIDER_HEADS.has(head.norm) &&
    ctx.nameAt[s.start + 1]! < 0
  )
    return true;
  for (let k = s.start; k < Math.min(s.end, s.start + 7); k++) {
    if (ctx.nameAt[k]! >= 0) {
      // "Derby City Council's in-house fostering service has been judged outstanding": a council's
      // service that is a provider.
      const name = ctx.names[ctx.nameAt[k]!]!;
      if (!ctx.tokens[name.end - 1]!.poss) return false;
      for (let j = name.end; j < Math.min(s.end, name.end + 4); j++)
        if (hasCue(ctx, j, "trap")) return true;
      return false;
    }
    const cue = cueAtToken(ctx, k);
    if (!cue) continue;
    if (cue.kinds.has("trap")) return true;
    if (cue.kinds.has("rating-verb") || cue.kinds.has("copula")) return false;
  }
  return false;
}

/** Computes the discourse state before each sentence (last authority, topic, last group, inspectorate). */
export function trackDiscourse(ctx: ParseContext): void {
  let lastAuthority: Entity | undefined;
  let topic: Entity | undefined;
  let lastGroup: Entity | undefined;
  let inspectorate: "ofsted" | "other" | undefined;
  let lastGroupSentence = -100;
  // The last two distinct authorities named, most recent last (an older one can never come back into
  // the last two without being named again, so no more are kept).
  const recent: { authority: Authority; span: Span }[] = [];
  let recentChanged = true;
  let pair: Entity | undefined;
  for (let i = 0; i < ctx.sentences.length; i++) {
    ctx.lastAuthority[i] = lastAuthority;
    ctx.topic[i] = topic;
    ctx.lastGroup[i] = i - lastGroupSentence <= 3 ? lastGroup : undefined;
    // The pair is rebuilt only after a sentence named an authority.
    if (recentChanged)
      pair =
        recent.length >= 2
          ? {
              kind: "authorities",
              authorities: recent.slice(-2).map((r) => r.authority),
              span: recent[recent.length - 1]!.span,
            }
          : undefined;
    recentChanged = false;
    ctx.recentPair[i] = pair;
    ctx.inspectorate[i] = inspectorate;
    if (ctx.masked[i]) continue;
    const s = ctx.sentences[i]!;
    const runs = nameRuns(ctx, s.start, s.end);
    let chosen: Entity | undefined;
    // A name in a subordinate or prepositional phrase gives way to one that is not.
    let chosenOblique = true;
    for (const run of runs) {
      const entity = runEntity(ctx, run, s.start, s.end);
      if (
        entity.kind === "authorities" &&
        entity.authorities.length > 1 &&
        run.names.length > 1
      ) {
        lastGroup = entity;
        lastGroupSentence = i;
      }
      if (entity.kind === "authorities") {
        for (const a of entity.authorities) {
          const at = recent.findIndex((r) => r.authority.gss === a.gss);
          if (at >= 0) recent.splice(at, 1);
          recent.push({ authority: a, span: entity.span });
          if (recent.length > 2) recent.shift();
          recentChanged = true;
        }
      }
      const oblique = isObliqueRun(ctx, run, s.start, true);
      if (!oblique || chosenOblique) {
        chosen = entity;
        chosenOblique = oblique;
      }
    }
    const subject = subjectRun(ctx, i);
    if (subject) chosen = runEntity(ctx, subject, s.start, s.end);
    // "The council has been supported since 2022 by Leeds City Council": a council reference as the
    // subject keeps the topic where it was.
    if (!subject) {
      for (let k = s.start; k < Math.min(s.end, s.start + 2); k++) {
        const kind = refKindAt(ctx, k);
        if (kind === undefined || kind === "name") continue;
        if (kind === "council-ref" || kind === "pronoun") chosen = undefined;
        break;
      }
    }
    // "Both councils share a ...": a group reference as subject makes the group the topic.
    if (!subject) {
      for (let k = s.start; k < Math.min(s.end, s.start + 3); k++) {
        if (refKindAt(ctx, k) === "group-ref") {
          const ref = resolveRef(
            ctx,
            i,
            cueAtToken(ctx, k)?.start ?? k,
            "group-ref",
          );
          if (ref.kind === "authorities") {
            chosen = {
              kind: "authorities",
              authorities: ref.authorities,
              span: ref.span,
            };
            lastGroup = chosen;
            lastGroupSentence = i;
          }
          break;
        }
      }
    }
    // "Achieving for Children, which is owned by Windsor and Maidenhead, Kingston and Richmond, took
    // over ...": a body serving several councils, one of them the council the text is about, keeps
    // that council as the topic.
    if (
      chosen?.kind === "other" &&
      topic?.kind === "authorities" &&
      subject &&
      servesAll(ctx, subject, topic.authorities)
    )
      chosen = undefined;
    if (chosen) {
      lastAuthority = chosen;
      topic = chosen;
    }
    if (trapSubject(ctx, i))
      topic = {
        kind: "other",
        reason: "a school, home, agency or other service",
      };
    let sawOfsted = false;
    let sawOther = false;
    // Only cues that start in the sentence count; look for them when any such cue covers it.
    const named =
      cueIn(ctx, s.start, s.end, "ofsted") ||
      cueIn(ctx, s.start, s.end, "other-inspectorate");
    for (let k = s.start; k < s.end && named; k++) {
      const cue = cueAtToken(ctx, k);
      if (!cue || cue.start !== k) continue;
      if (cue.kinds.has("ofsted")) sawOfsted = true;
      if (cue.kinds.has("other-inspectorate")) sawOther = true;
    }
    if (sawOfsted) inspectorate = "ofsted";
    else if (sawOther) inspectorate = "other";
  }
}

/** The run is one body name that serves every one of `authorities`. */
function servesAll(
  ctx: ParseContext,
  run: NameRun,
  authorities: readonly Authority[],
): boolean {
  if (run.names.length !== 1) return false;
  const name = run.names[0]!;
  return (
    name.kind === "body" &&
    name.authorities.length > 1 &&
    authorities.every((a) => name.authorities.some((b) => b.gss === a.gss))
  );
}

/** The kinds of referring expression the attachment code looks for. */
export type RefKind =
  | "name"
  | "council-ref"
  | "group-ref"
  | "pronoun"
  | "plural-pronoun"
  | "indefinite"
  | "generic"
  | "trap";

// Plural nouns after "the two" / "both" that count something other than councils.
const NOT_COUNCILS = new Set([
  "inspections",
  "visits",
  "reports",
  "letters",
  "judgements",
  "judgments",
  "grades",
  "ratings",
  "years",
  "weeks",
  "months",
  "frameworks",
]);

/** The referring expression at token `k`, if any. */
export function refKindAt(ctx: ParseContext, k: number): RefKind | undefined {
  if (ctx.nameAt[k]! >= 0) {
    const name = ctx.names[ctx.nameAt[k]!]!;
    return name.kind === "region" ? undefined : "name";
  }
  const cue = cueAtToken(ctx, k);
  if (!cue) return undefined;
  // "the experiences of both children in care and care leavers": "both" joins two areas, not councils.
  if (
    cue.end - cue.start === 1 &&
    ctx.tokens[k]!.norm === "both" &&
    (ctx.areaAt[k + 1]! >= 0 ||
      (ctx.tokens[k + 1]?.norm === "the" && ctx.areaAt[k + 2]! >= 0) ||
      // "help and protection and care leavers both rated good": the areas are the "both".
      (k > 0 && ctx.areaAt[k - 1]! >= 0))
  )
    return undefined;
  // "Between the two inspections", "both reports": a count of inspections or documents, not councils.
  if (
    cue.kinds.has("group-ref") &&
    NOT_COUNCILS.has(ctx.tokens[cue.end]?.norm ?? "")
  )
    return undefined;
  for (const kind of [
    "trap",
    "generic",
    "group-ref",
    "council-ref",
    "indefinite",
    "plural-pronoun",
    "pronoun",
  ] as const)
    if (cue.kinds.has(kind)) return kind;
  return undefined;
}

const ONE_OF_VERBS = new Set(["was", "is", "became", "becomes", "become"]);

/**
 * "Essex was one of the first councils ...": the name run before "was one of" when the generic noun
 * at `k` closes the "one of" phrase (at most six words after "one of").
 */
function oneOfSubject(
  ctx: ParseContext,
  from: number,
  k: number,
): NameRun | undefined {
  for (let j = k - 1; j >= Math.max(from + 1, k - 7); j--) {
    if (ctx.tokens[j]!.norm !== "of" || ctx.tokens[j - 1]?.norm !== "one")
      continue;
    let v = j - 2;
    if (ctx.tokens[v]?.norm === "now" || ctx.tokens[v]?.norm === "also") v--;
    if (ctx.tokens[v]?.norm === "become" && ctx.tokens[v - 1]?.norm === "has")
      v--;
    if (
      !ONE_OF_VERBS.has(ctx.tokens[v]?.norm ?? "") &&
      ctx.tokens[v]?.norm !== "has"
    )
      return undefined;
    const runs = nameRuns(ctx, from, v);
    const last = runs[runs.length - 1];
    return last && last.end === v ? last : undefined;
  }
  return undefined;
}

/** Resolves the referring expression at token `k` of sentence `sentence`. */
export function resolveRef(
  ctx: ParseContext,
  sentence: number,
  k: number,
  kind: RefKind,
): Referent {
  const s = ctx.sentences[sentence]!;
  const toReferent = (e: Entity | undefined, why: string): Referent =>
    e === undefined
      ? { kind: "blocked", reason: why }
      : e.kind === "authorities"
        ? { kind: "authorities", authorities: e.authorities, span: e.span }
        : { kind: "blocked", reason: e.reason };
  switch (kind) {
    case "name": {
      const run = nameRuns(ctx, s.start, s.end).find(
        (r) => r.start <= k && k < r.end,
      );
      if (!run) return { kind: "blocked", reason: "no name" };
      return toReferent(runEntity(ctx, run, s.start, s.end), "no name");
    }
    case "trap":
      return {
        kind: "blocked",
        reason: "a school, home, agency, SEND service or another inspectorate",
      };
    case "generic": {
      // "Essex was one of the first councils to be rated outstanding": the council that is one of them.
      const one = oneOfSubject(ctx, s.start, k);
      if (one)
        return toReferent(runEntity(ctx, one, s.start, s.end), "no name");
      return {
        kind: "blocked",
        reason: "councils in general, not one council",
      };
    }
    case "group-ref": {
      const runs = nameRuns(ctx, s.start, k).filter((r) => r.names.length > 1);
      const last = runs[runs.length - 1];
      if (last)
        return toReferent(runEntity(ctx, last, s.start, s.end), "no group");
      return toReferent(
        ctx.lastGroup[sentence] ?? ctx.recentPair[sentence],
        "no earlier group of councils",
      );
    }
    case "council-ref":
    case "pronoun":
    case "plural-pronoun": {
      const runs = nameRuns(ctx, s.start, k);
      const prior =
        kind === "council-ref"
          ? ctx.lastAuthority[sentence]
          : ctx.topic[sentence];
      // "... run in partnership with Hampshire County Council, brought in after Ofsted rated its
      // safeguarding inadequate": a council named in a prepositional phrase gives way to one that is
      // not, and is no antecedent at all when the text was about another council.
      const plain = runs.filter(
        (r) => !isObliqueRun(ctx, r, s.start) || inspectedIn(ctx, r, s.start),
      );
      const last = plain[plain.length - 1] ?? runs[runs.length - 1];
      if (last) {
        const entity = runEntity(ctx, last, s.start, s.end);
        if (
          plain.length === 0 &&
          entity.kind === "authorities" &&
          prior?.kind === "authorities" &&
          !prior.authorities.some((a) =>
            entity.authorities.some((b) => b.gss === a.gss),
          )
        )
          return {
            kind: "blocked",
            reason:
              "the council before it is named only in passing and the text is about another",
          };
        return toReferent(entity, "no name");
      }
      // "the service" after a sentence about a council's fostering service is that service.
      if (
        kind === "council-ref" &&
        ctx.topic[sentence]?.kind === "other" &&
        /^services?$/.test(
          ctx.tokens[(cueAtToken(ctx, k)?.end ?? k + 1) - 1]!.norm,
        )
      )
        return {
          kind: "blocked",
          reason: "the service the text is about is not a council",
        };
      if (prior) {
        if (kind === "council-ref") {
          const typed = typedCouncil(ctx, k, prior);
          if (typed) return toReferent(typed, "no earlier council");
        }
        return toReferent(prior, "no earlier council");
      }
      return cataphora(ctx, sentence, k);
    }
    case "indefinite": {
      if (formerCouncilAt(ctx, k, s.start))
        return predecessorOf(ctx.lastAuthority[sentence]);
      if (ctx.lastAuthority[sentence] !== undefined)
        return { kind: "blocked", reason: "an unnamed council" };
      return cataphora(ctx, sentence, k);
    }
  }
}

const TYPED: Readonly<Record<string, (a: Authority) => boolean>> = {
  county: (a) => a.kind === "county",
  city: (a) => [a.name, ...a.aliases].some((n) => /\bcity\b/i.test(n)),
};

/**
 * "Leicester City Council was rated requires improvement ... The county council was judged good":
 * "the county council" or "the city council" is the last council of that kind named, when the last
 * council named is not one. `undefined` to keep the last council.
 */
function typedCouncil(
  ctx: ParseContext,
  k: number,
  prior: Entity,
): Entity | undefined {
  const cue = cueAtToken(ctx, k);
  if (!cue) return undefined;
  let test: ((a: Authority) => boolean) | undefined;
  for (let j = cue.start; j < cue.end; j++) test ??= TYPED[ctx.tokens[j]!.norm];
  if (!test) return undefined;
  if (prior.kind === "authorities" && prior.authorities.some(test))
    return undefined;
  // The last name before the cue (names are sorted by start).
  let lo = 0;
  let hi = ctx.names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.names[mid]!.start < cue.start) lo = mid + 1;
    else hi = mid;
  }
  for (let n = lo - 1; n >= 0 && lo - n <= 200; n--) {
    const name = ctx.names[n]!;
    if (name.kind !== "authority" || name.authorities.length !== 1) continue;
    const a = name.authorities[0]!;
    if (test(a))
      return {
        kind: "authorities",
        authorities: [a],
        span: spanOf(ctx, name.start, name.end),
      };
  }
  return undefined;
}

const FORMER = new Set(["former", "old", "previous", "predecessor"]);
const COUNCIL_KINDS = new Set([
  "county",
  "borough",
  "city",
  "district",
  "unitary",
  "metropolitan",
]);

/** "the former county council", "the old council": the council before a reorganisation. */
function formerCouncilAt(ctx: ParseContext, k: number, lower: number): boolean {
  let j = k - 1;
  while (j >= lower && k - j <= 3 && COUNCIL_KINDS.has(ctx.tokens[j]!.norm))
    j--;
  return (
    j > lower &&
    FORMER.has(ctx.tokens[j]!.norm) &&
    ctx.tokens[j - 1]!.norm === "the"
  );
}

/**
 * The council an earlier-named one replaced ("Westmorland and Furness ... the former county council"
 * is Cumbria): the named council itself when it has since been abolished, else its one predecessor
 * with another name.
 */
function predecessorOf(entity: Entity | undefined): Referent {
  if (entity?.kind !== "authorities")
    return { kind: "blocked", reason: "a former council, none named before" };
  const found = new Map<string, Authority>();
  for (const a of entity.authorities) {
    if (a.validTo !== null) {
      found.set(a.gss, a);
      continue;
    }
    let recoded = false;
    for (const gss of a.predecessors) {
      const p = findAuthorityByGss(gss);
      if (p && authorityNameKey(p.name) !== authorityNameKey(a.name))
        found.set(p.gss, p);
      else if (p) recoded = true;
    }
    // "Somerset ... the former county council": a council whose code changed without the council
    // changing is the same council, under its current code.
    if (recoded && a.predecessors.length === 1) found.set(a.gss, a);
  }
  if (found.size !== 1)
    return {
      kind: "blocked",
      reason: "a former council the register cannot name",
    };
  return {
    kind: "authorities",
    authorities: [...found.values()],
    span: entity.span,
  };
}

/** A lede that names the council only later ("A West London council's children's services ..."). */
function cataphora(ctx: ParseContext, sentence: number, k: number): Referent {
  if (sentence > 4) return { kind: "blocked", reason: "an unnamed council" };
  const s = ctx.sentences[sentence]!;
  const lastToken = ctx.tokens[s.end - 1];
  if (lastToken?.norm === "?") return { kind: "blocked", reason: "a question" };
  for (
    let j = sentence;
    j < Math.min(ctx.sentences.length, sentence + 3);
    j++
  ) {
    const sj = ctx.sentences[j]!;
    const from = j === sentence ? k : sj.start;
    const run = nameRuns(ctx, from, sj.end)[0];
    if (run) {
      const entity = runEntity(ctx, run, sj.start, sj.end);
      if (entity.kind === "authorities")
        return {
          kind: "authorities",
          authorities: entity.authorities,
          span: entity.span,
        };
      return { kind: "blocked", reason: entity.reason };
    }
  }
  return { kind: "blocked", reason: "an unnamed council" };
}
