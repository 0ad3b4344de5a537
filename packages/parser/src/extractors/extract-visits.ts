import type { Authority } from "@csi/domain";
import { anchorsIn, clauseBounds, isSinceAnchor } from "../internal/attach";
import {
  cueAtToken,
  cueIn,
  hasCue,
  report,
  sentenceSpan,
  spanOf,
  type CueMention,
  type DateMentionR,
  type ParseContext,
  type When,
} from "../internal/context";
import { nameRuns, refKindAt, resolveRef } from "../internal/referents";

const RULE = "extract-visits";
// Traps that rule out a visit to the council's children's services (JTAIs do involve the CQC and police).
const VISIT_TRAPS =
  /^(?:school|schools|academy|academies|pupils?|college|colleges|nursery|nurseries|children'?s homes?|childrens homes?|residential homes?|care homes?|fostering|adoption agenc|regional adoption|adoption partnership|adoption service|special educational|local area|written statement|youth justice|youth offending|adult|wales|welsh|scotland|scottish|send|sixth form|early years|care inspectorate|estyn)/i;
const COUNCILS_IN_GENERAL = new Set(["councils", "authorities", "local"]);
const SHORT_SPANS = new Set(["two", "three", "four"]);
const VISIT_VERBS = new Set(["visited", "inspected", "hosted"]);
const ORDINALS = new Set([
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "latest",
  "last",
  "most",
  "recent",
]);
const PREVIOUS_EVENT = /inspect|review|report|assess/;

function sentenceTrapped(ctx: ParseContext, sentence: number): boolean {
  const s = ctx.sentences[sentence]!;
  for (let k = s.start; k < s.end; k++) {
    const cue = cueAtToken(ctx, k);
    if (
      cue &&
      cue.start === k &&
      cue.kinds.has("trap") &&
      VISIT_TRAPS.test(
        ctx.text.slice(
          ctx.tokens[cue.start]!.start,
          ctx.tokens[cue.end - 1]!.end,
        ),
      )
    )
      return true;
  }
  return false;
}

function isPlural(ctx: ParseContext, cue: CueMention): boolean {
  const last = ctx.tokens[cue.end - 1]!.norm;
  return last.endsWith("s") && !last.endsWith("ss") && last !== "weeks";
}

/** The councils a visit cue is about: a name near it, else a reference ("the council", "both"), else the topic. */
function visitAuthorities(
  ctx: ParseContext,
  sentence: number,
  cue: CueMention,
): readonly Authority[] {
  const s = ctx.sentences[sentence]!;
  const all = nameRuns(ctx, s.start, s.end);
  // "Rotherham retained its rating after a short inspection in March, while Doncaster ...": a name in
  // the visit's own clause first.
  const clause = clauseBounds(ctx, sentence, cue.start);
  const inClause = all.filter(
    (r) => r.start >= clause.start && r.start < clause.end,
  );
  const runs = inClause.length ? inClause : all;
  if (runs.length) {
    const nearest = runs.reduce((best, r) =>
      Math.abs(r.start - cue.start) < Math.abs(best.start - cue.start)
        ? r
        : best,
    );
    const ref = resolveRef(ctx, sentence, nearest.start, "name");
    return ref.kind === "authorities" ? ref.authorities : [];
  }
  // "what inspectors have said about councils' services, including two full inspections, a focused
  // visit ...": a round-up's summary names no council, and "our" or the topic is not the one visited.
  const ordinal = ctx.tokens
    .slice(Math.max(s.start, cue.start - 4), cue.start)
    .some((t) => ORDINALS.has(t.norm));
  for (let k = s.start; k < s.end && !ordinal; k++)
    if (
      hasCue(ctx, k, "generic") &&
      COUNCILS_IN_GENERAL.has(ctx.tokens[k]!.norm)
    )
      return [];
  for (let k = s.start; k < s.end; k++) {
    const kind = refKindAt(ctx, k);
    if (
      kind === "group-ref" ||
      kind === "council-ref" ||
      kind === "pronoun" ||
      kind === "plural-pronoun"
    ) {
      const ref = resolveRef(
        ctx,
        sentence,
        cueAtToken(ctx, k)?.start ?? k,
        kind,
      );
      return ref.kind === "authorities" ? ref.authorities : [];
    }
  }
  const topic = ctx.topic[sentence];
  return topic?.kind === "authorities" ? topic.authorities : [];
}

/** "judged inadequate in June 2022": a date right after a grade is the grade's. */
function gradeBefore(ctx: ParseContext, at: number, from: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - 4); k--)
    if (ctx.gradeAt[k]! >= 0) return true;
  return false;
}

function nearestAnchor(
  ctx: ParseContext,
  sentence: number,
  at: number,
  atEnd: number = at + 1,
): DateMentionR | undefined {
  const s = ctx.sentences[sentence]!;
  const anchors = anchorsIn(ctx, s.start, s.end).filter(
    (a) =>
      !isSinceAnchor(ctx, a, s.start) &&
      !previousBefore(ctx, a.start, s.start) &&
      !gradeBefore(ctx, a.start, s.start),
  );
  if (anchors.length === 0) return undefined;
  // Words between the visit phrase and the date: "a focused visit in February 2022 and a JTAI in
  // November 2021" dates the JTAI by the date after it.
  const gap = (a: DateMentionR): number =>
    a.start >= atEnd ? a.start - atEnd : a.end <= at ? at - a.end + 1 : 0;
  return anchors.reduce((best, a) => (gap(a) < gap(best) ? a : best));
}

function previousBefore(ctx: ParseContext, at: number, from: number): boolean {
  for (let k = Math.max(from, at - 6); k < at; k++)
    if (hasCue(ctx, k, "previous") || hasCue(ctx, k, "future")) return true;
  return false;
}

/**
 * Finds inspection visits named in the text: focused visits ("a focused look at the front door"),
 * monitoring visits ("the fourth of its monitoring visits", inspectors returning to an inadequate
 * council), joint targeted area inspections (one per council named), short and full inspections, and
 * earlier inspections with a year ("since the last inspection in 2016", "last inspected three years
 * ago"). Plural and future visits ("will carry out monitoring visits") give nothing.
 */
export function extractVisits(ctx: ParseContext): void {
  const inadequateSeen = ctx.grades.some((g) => g.grade === "inadequate");
  const jtaiSentences = new Set<number>();
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si]!;
    // Only an earlier-inspection cue or a visit cue (every cue with a visit type is one) gives a visit.
    const cued =
      cueIn(ctx, s.start, s.end, "previous") ||
      cueIn(ctx, s.start, s.end, "visit");
    if (ctx.masked[si] || !cued || sentenceTrapped(ctx, si)) continue;
    const question = ctx.tokens[s.end - 1]?.norm === "?";
    for (let k = s.start; k < s.end; k++) {
      const cue = cueAtToken(ctx, k);
      if (!cue || cue.start !== k) continue;
      k = cue.end - 1;
      // An earlier inspection with a year: "since the last inspection in 2016", "last inspected in 2018".
      if (
        cue.kinds.has("previous") &&
        PREVIOUS_EVENT.test(
          ctx.tokens
            .slice(cue.start, cue.end + 2)
            .map((t) => t.norm)
            .join(" "),
        )
      ) {
        const date = anchorsIn(ctx, cue.end, Math.min(s.end, cue.end + 7))[0];
        if (date?.resolved) {
          const authorities = previousAuthorities(ctx, si, cue.start);
          if (authorities.length) {
            const span = spanOf(ctx, cue.start, date.end);
            ctx.previousReferences.push({
              authorities,
              date,
              span,
              sentence: si,
            });
            ctx.visits.push({
              type: "standard-inspection",
              authorities,
              when: { kind: "date", date },
              evidence: [sentenceSpan(ctx, si)],
              ruleId: RULE,
              sentence: si,
            });
          }
        }
        continue;
      }
      if (!cue.visit || question) continue;
      let future = false;
      for (let j = Math.max(s.start, cue.start - 4); j < cue.start; j++)
        if (
          hasCue(ctx, j, "future") ||
          hasCue(ctx, j, "hypothetical") ||
          hasCue(ctx, j, "negation")
        )
          future = true;
      // "faces a further monitoring visit next month"
      for (let j = cue.end; j < Math.min(s.end, cue.end + 3); j++)
        if (
          ctx.tokens[j]!.norm === "next" ||
          (hasCue(ctx, j, "future") && ctx.tokens[j]!.norm !== "until")
        )
          future = true;
      // "will receive a monitoring inspection within 18 months, and a full reinspection within
      // about three years"; "has not yet had its first full inspection".
      for (let j = Math.max(s.start, cue.start - 16); j < cue.start; j++)
        if (
          hasCue(ctx, j, "future") ||
          (hasCue(ctx, j, "negation") && j >= cue.start - 6)
        )
          future = true;
      if (future) continue;
      if (isPlural(ctx, cue)) {
        const ordinal = ctx.tokens
          .slice(Math.max(s.start, cue.start - 4), cue.start)
          .some((t) => ORDINALS.has(t.norm));
        // "both of our boroughs had short inspections": one each.
        let each = false;
        for (let j = Math.max(s.start, cue.start - 8); j < cue.start; j++)
          if (hasCue(ctx, j, "group-ref")) each = true;
        if (!ordinal && !each) continue;
      }
      const previous = previousBefore(ctx, cue.start, s.start);
      if (
        cue.visit === "monitoring-visit" &&
        (ctx.tokens[cue.start]!.norm + ctx.tokens[cue.end - 1]!.norm).includes(
          "return",
        ) &&
        !inadequateSeen
      )
        continue;
      if (
        cue.visit === "standard-inspection" &&
        SHORT_SPANS.has(ctx.tokens[cue.start]!.norm) &&
        ctx.tokens[cue.end - 1]!.norm === "weeks"
      ) {
        // "Inspectors spent two weeks in the borough": only with an inspection word nearby.
        let near = false;
        for (
          let j = Math.max(s.start, cue.start - 6);
          j < Math.min(s.end, cue.end + 6);
          j++
        )
          if (
            hasCue(ctx, j, "inspection-event") &&
            ctx.tokens[j]!.norm.includes("inspect")
          )
            near = true;
        if (!near) continue;
      }
      const date = nearestAnchor(ctx, si, cue.start, cue.end);
      if (previous && !date) continue;
      const authorities = visitAuthorities(ctx, si, cue);
      if (authorities.length === 0) {
        report(
          ctx,
          RULE,
          "info",
          "a visit with no council",
          spanOf(ctx, cue.start, cue.end),
        );
        continue;
      }
      const when: When = date ? { kind: "date", date } : { kind: "current" };
      ctx.visits.push({
        type: cue.visit,
        authorities,
        when,
        evidence: [sentenceSpan(ctx, si)],
        ruleId: RULE,
        sentence: si,
      });
      if (cue.visit === "jtai") jtaiSentences.add(si);
    }
  }
  // "Wakefield, Greenwich and Bristol were each visited last autumn by inspectors from Ofsted, the CQC ...":
  // dated visits next to a sentence about joint targeted area inspections are JTAIs.
  const namesJtai = ctx.sentences.map((sj) => {
    if (!cueIn(ctx, sj.start, sj.end, "visit")) return false;
    for (let k = sj.start; k < sj.end; k++)
      if (cueAtToken(ctx, k)?.visit === "jtai") return true;
    return false;
  });
  const jtaiNear = (si: number): boolean =>
    namesJtai[si - 1] === true ||
    namesJtai[si] === true ||
    namesJtai[si + 1] === true;
  for (let si = 0; si < ctx.sentences.length; si++) {
    if (ctx.masked[si] || jtaiSentences.has(si) || !jtaiNear(si)) continue;
    const s = ctx.sentences[si]!;
    let visited = -1;
    for (let k = s.start; k < s.end; k++)
      if (VISIT_VERBS.has(ctx.tokens[k]!.norm)) visited = k;
    if (visited < 0) continue;
    const date = nearestAnchor(ctx, si, visited);
    const runs = nameRuns(ctx, s.start, s.end);
    if (!date || runs.length === 0) continue;
    for (const run of runs) {
      const ref = resolveRef(ctx, si, run.start, "name");
      if (ref.kind !== "authorities") continue;
      ctx.visits.push({
        type: "jtai",
        authorities: ref.authorities,
        when: { kind: "date", date },
        evidence: [sentenceSpan(ctx, si)],
        ruleId: RULE,
        sentence: si,
      });
    }
  }
}

function previousAuthorities(
  ctx: ParseContext,
  sentence: number,
  at: number,
): readonly Authority[] {
  const s = ctx.sentences[sentence]!;
  const before = nameRuns(ctx, s.start, at);
  const run = before[before.length - 1];
  if (run) {
    const ref = resolveRef(ctx, sentence, run.start, "name");
    return ref.kind === "authorities" ? ref.authorities : [];
  }
  for (let k = at - 1; k >= s.start; k--) {
    const kind = refKindAt(ctx, k);
    if (kind && kind !== "name") {
      const ref = resolveRef(
        ctx,
        sentence,
        cueAtToken(ctx, k)?.start ?? k,
        kind,
      );
      return ref.kind === "authorities" ? ref.authorities : [];
    }
  }
  // A school's or a home's report ("Previous inspection grade (2017):"), or "At its previous
  // inspection in 2021, the agency was rated good": the text is about a provider, not a council.
  if (ctx.topic[sentence]?.kind === "other") return [];
  const topic = ctx.lastAuthority[sentence];
  return topic?.kind === "authorities" ? topic.authorities : [];
}
