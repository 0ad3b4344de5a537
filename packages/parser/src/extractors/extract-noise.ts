import { report, sentenceSpan, type ParseContext } from "../internal/context";

const RULE = "extract-noise";

// Headings after which everything is reader comments.
const COMMENTS =
  /^(?:\d+\s+)?(?:readers?['’]?\s*)?comments?\b(?:\s*\(\d+\))?\s*:?\s*$|^comments are closed|^(?:have your say|join the (?:conversation|discussion)|leave a (?:comment|reply)|\d+\s+(?:comments?|responses?|replies)\b)/i;
// Headings of link lists to other stories.
const RELATED =
  /^(?:related(?:\s+(?:stories|articles|news|content|links|reading|posts|coverage|topics))?|more (?:stories|news|on this(?: story)?|from [a-z ]{1,30})|you (?:may|might) also (?:like|be interested in)|most (?:read|popular|viewed)|latest (?:news|stories|articles)|read more|also read|read next|see also|recommended(?: for you| stories)?|top stories|trending(?: now)?|popular (?:stories|articles)|other (?:news|stories))\b\s*:?/i;
const COOKIE = /\bcookies?\b/i;
const COOKIE_VERB =
  /\b(?:use|uses|accept|agree|consent|browse|browsing|preferences|settings|continuing)\b/i;
const CHROME =
  /^(?:skip to (?:main )?content|jump to (?:main )?content|menu|search|sign in|log in|register|subscribe(?: now)?|advertisement|share(?: this(?: article| story)?)?|print(?: this page)?|email(?: this)?|back to top|close|accept|reject|ok|home)\b.{0,40}$/i;
// An attachment link with its file type and size ("Appendix 1 - Ofsted inspection report, PDF 312 KB",
// "Report (PDF, 120 KB)"): a document's label and upload date, never its content.
const ATTACHMENT =
  /\b(?:pdf|docx?|xlsx?|odt|rtf|html?)\b[\s,:-]*\d+(?:\.\d+)?\s*(?:kb|mb|bytes?)\b\s*[)\]]?\s*$/i;
const UNIT_AT_END = /(?:kb|mb|bytes?)$/i;
const SPACE = /\s/;

/**
 * Whether `raw` ends in a file size's unit, perhaps before a closing bracket: what ATTACHMENT needs at
 * the end, checked on the last few characters before ATTACHMENT searches the whole sentence.
 */
function unitAtEnd(raw: string): boolean {
  let end = raw.length;
  while (end > 0 && SPACE.test(raw[end - 1]!)) end--;
  if (raw[end - 1] === ")" || raw[end - 1] === "]") end--;
  while (end > 0 && SPACE.test(raw[end - 1]!)) end--;
  return UNIT_AT_END.test(raw.slice(Math.max(0, end - 5), end));
}
const ALERTS =
  /\b(?:email me|save alert|alert settings|sign up (?:to|for) our|newsletter|get alerts)\b/i;
// What a text needs for a sentence of it to match COOKIE or ALERTS.
const ANY_COOKIE = /cookie/i;
const ANY_ALERT = /email me|alert|sign up|newsletter/i;

// A table row ending in a grade, or a header ending in a grade column, is not a navigation bar.
const TABLE_ROW_END =
  /\b(?:outstanding|good|inadequate|requires improvement(?: to be good)?|ri|ri2bg|effectiveness|grade|rating|judge?ment|care leavers|children in care|leaders|leadership|protection|adoption)\s*$/i;

// A table header opening with a council column ("Council | Inspected | Overall").
const TABLE_HEADER = /^\|?\s*(?:councils?|local authority|authority|la)\s*\|/i;
const GRADE_CELL =
  /^(?:[A-Z]{1,3}\d?|[Oo]utstanding|[Gg]ood|[Ii]nadequate|[Rr]equires [Ii]mprovement(?: to be [Gg]ood)?|OUTSTANDING|GOOD|INADEQUATE)$/;

/** A table row with three or more cells holding a grade or a grade's abbreviation ("G | O | RI"). */
function gradeCells(raw: string): boolean {
  return raw.split("|").filter((c) => GRADE_CELL.test(c.trim())).length >= 3;
}

const FINAL_MARKS = new Set([".", "!", "?"]);
const CLOSING_QUOTES = new Set(['"', "'", "’", "”"]);

/** Ends in a full stop, "!" or "?", perhaps inside a closing quote. */
function endsSentence(raw: string): boolean {
  const last = raw[raw.length - 1] ?? "";
  if (FINAL_MARKS.has(last)) return true;
  return CLOSING_QUOTES.has(last) && FINAL_MARKS.has(raw[raw.length - 2] ?? "");
}

/** How many cells " | " separators make of `raw` (what `raw.split(" | ").length` counts). */
function pipeCells(raw: string): number {
  let n = 1;
  for (let at = raw.indexOf(" | "); at >= 0; at = raw.indexOf(" | ", at + 3))
    n++;
  return n;
}

/**
 * Marks sentences that are page chrome rather than article text: reader comments (everything after a
 * comments heading), related-story link lists, cookie and subscription banners, navigation bars,
 * attachment links with a file size.
 * Facts are never drawn from masked sentences.
 */
export function extractNoise(ctx: ParseContext): void {
  let relatedOpen = false;
  // Each sentence is part of the text, so words the whole text lacks are in no sentence.
  const cookies = ANY_COOKIE.test(ctx.text);
  const alerts = ANY_ALERT.test(ctx.text);
  const pipes = ctx.text.includes(" | ");
  for (let i = 0; i < ctx.sentences.length; i++) {
    const span = sentenceSpan(ctx, i);
    const raw = ctx.text
      .slice(span.start, Math.min(span.end, span.start + 400))
      .trim();
    const line = raw.replace(/^[\s\-*•]+/, "");
    if (COMMENTS.test(line)) {
      for (let j = i; j < ctx.sentences.length; j++) ctx.masked[j] = 1;
      report(
        ctx,
        RULE,
        "info",
        "reader comments from here on are not read",
        span,
      );
      return;
    }
    const long = raw.length >= 140 && endsSentence(raw);
    if (relatedOpen) {
      if (long) relatedOpen = false;
      else {
        ctx.masked[i] = 1;
        continue;
      }
    }
    if (RELATED.test(line)) {
      ctx.masked[i] = 1;
      // A bare heading opens a list; "Related: <headline>" is one link.
      if (line.length <= 40) relatedOpen = true;
      report(ctx, RULE, "info", "related-story links are not read", span);
      continue;
    }
    if (
      (cookies && COOKIE.test(raw) && COOKIE_VERB.test(raw)) ||
      (alerts && ALERTS.test(raw)) ||
      CHROME.test(line) ||
      (raw.length < 240 && unitAtEnd(raw) && ATTACHMENT.test(raw)) ||
      (pipes &&
        raw.length < 200 &&
        pipeCells(raw) >= 3 &&
        !TABLE_ROW_END.test(raw.replace(/[\s|]+$/, "")) &&
        !gradeCells(raw) &&
        !TABLE_HEADER.test(line))
    ) {
      ctx.masked[i] = 1;
    }
  }
}
