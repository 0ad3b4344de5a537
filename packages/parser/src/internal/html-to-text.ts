/**
 * HTML to article text, in one linear pass and without a DOM, so the parser can return the text it
 * read and point evidence into it. Drops scripts, styles, navigation, headers and footers outside the
 * article, asides, forms, cookie banners, comment threads and related-story lists (by tag, role, class
 * and id); block elements become line breaks, table cells tabs. Keeps to `<article>`/`<main>` when the
 * page has them. Also collects the page title and a publication date from meta tags, `<time>` and
 * JSON-LD.
 */

/** The text of an HTML page and what its markup says about it. */
export interface HtmlText {
  readonly text: string;
  readonly title: string | null;
  /** `YYYY-MM-DD` from `article:published_time`, `<time datetime>` or JSON-LD `datePublished`. */
  readonly published: string | null;
}

const RAW_TEXT = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "textarea",
  "object",
  "canvas",
  "math",
]);
const VOID = new Set([
  "br",
  "img",
  "hr",
  "input",
  "meta",
  "link",
  "source",
  "wbr",
  "area",
  "base",
  "col",
  "embed",
  "param",
  "track",
  "keygen",
]);
const SKIP_TAGS = new Set([
  "nav",
  "aside",
  "form",
  "button",
  "select",
  "dialog",
  "menu",
  "footer",
  "head",
]);
const PARAGRAPH = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "article",
  "section",
  "main",
  "blockquote",
  "table",
  "ul",
  "ol",
  "dl",
  "figure",
  "header",
  "pre",
  "address",
]);
const LINE = new Set([
  "div",
  "li",
  "tr",
  "dd",
  "dt",
  "figcaption",
  "caption",
  "br",
  "hr",
  "tbody",
  "thead",
  "tfoot",
  "summary",
  "details",
  "legend",
  "fieldset",
  "label",
]);
const CELL = new Set(["td", "th"]);
const SKIP_ROLES =
  /^(?:navigation|banner|contentinfo|complementary|search|dialog|alertdialog|menu|menubar|toolbar)$/i;
const SKIP_CLASS =
  /(?:^|[-_\s])(?:cookies?|cookie-banner|consent|gdpr|nav|navbar|navigation|menu|breadcrumbs?|comments?|related|share|sharing|social|newsletter|subscribe|subscription|signup|advert|advertisement|ads|promo|sidebar|masthead|skip-link|skiplink|popup|modal|outbrain|taboola|recommended|most-read|mostread|trending|alerts?|site-header|site-footer|global-header|global-footer|paywall)(?:$|[-_\s])/i;
const MAX_DEPTH = 400;
const MAX_TAG = 8192;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "\u2019",
  lsquo: "\u2018",
  rdquo: "\u201d",
  ldquo: "\u201c",
  sbquo: "\u201a",
  bdquo: "\u201e",
  ndash: "\u2013",
  mdash: "\u2014",
  hellip: "\u2026",
  copy: "\u00a9",
  reg: "\u00ae",
  trade: "\u2122",
  pound: "\u00a3",
  euro: "\u20ac",
  middot: "\u00b7",
  bull: "\u2022",
  laquo: "\u00ab",
  raquo: "\u00bb",
  shy: "",
  zwj: "",
  zwnj: "",
  eacute: "\u00e9",
  egrave: "\u00e8",
  ecirc: "\u00ea",
  aacute: "\u00e1",
  agrave: "\u00e0",
  acirc: "\u00e2",
  ocirc: "\u00f4",
  ouml: "\u00f6",
  uuml: "\u00fc",
  auml: "\u00e4",
  ccedil: "\u00e7",
  iacute: "\u00ed",
  oacute: "\u00f3",
  uacute: "\u00fa",
  ntilde: "\u00f1",
  thinsp: " ",
  ensp: " ",
  emsp: " ",
  prime: "\u2032",
  deg: "\u00b0",
  frac12: "\u00bd",
  times: "\u00d7",
  minus: "\u2212",
};

/** A named entity, never a property inherited from Object.prototype ("&constructor;"). */
function entity(name: string): string | undefined {
  return Object.hasOwn(ENTITIES, name) ? ENTITIES[name] : undefined;
}

/** Decodes one entity starting at `i` (which holds "&"); returns the text and the index after it. */
function decodeEntity(html: string, i: number): { text: string; next: number } {
  const semi = html.indexOf(";", i);
  if (semi < 0 || semi - i > 12) return { text: "&", next: i + 1 };
  const body = html.slice(i + 1, semi);
  if (body[0] === "#") {
    const code =
      body[1] === "x" || body[1] === "X"
        ? parseInt(body.slice(2), 16)
        : parseInt(body.slice(1), 10);
    if (
      Number.isFinite(code) &&
      code > 0 &&
      code <= 0x10ffff &&
      !(code >= 0xd800 && code <= 0xdfff)
    )
      return { text: String.fromCodePoint(code), next: semi + 1 };
    return { text: "&", next: i + 1 };
  }
  const named = entity(body.toLowerCase()) ?? entity(body);
  return named === undefined
    ? { text: "&", next: i + 1 }
    : { text: named, next: semi + 1 };
}

function decodeAll(s: string): string {
  let out = "";
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf("&", i);
    if (amp < 0) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, amp);
    const d = decodeEntity(s, amp);
    out += d.text;
    i = d.next;
  }
  return out;
}

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  readonly attrs: ReadonlyMap<string, string>;
  readonly end: number;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A character of a tag name: `[A-Za-z0-9:-]`. */
function isNameChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 58) || c === 45;
}

/** What `\s` matches in a regular expression. */
function isSpaceChar(c: number): boolean {
  if (c > 32 && c < 0xa0) return false;
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

/** Ends an attribute name: `[\s=>/]`. */
function isAttributeEnd(c: number): boolean {
  return c === 61 || c === 62 || c === 47 || isSpaceChar(c);
}

/** Parses a tag at `i` ("<"); `undefined` when it is not a tag (a stray "<"). */
function readTag(html: string, i: number): Tag | undefined {
  let j = i + 1;
  const closing = html[j] === "/";
  if (closing) j++;
  const nameStart = j;
  while (j < html.length && isNameChar(html.charCodeAt(j))) j++;
  if (j === nameStart || !isAsciiLetter(html.charCodeAt(nameStart)))
    return undefined;
  const name = html.slice(nameStart, j).toLowerCase();
  let attrs: Map<string, string> | undefined;
  const limit = Math.min(html.length, i + MAX_TAG);
  while (j < limit) {
    const c = html[j]!;
    if (c === ">")
      return {
        name,
        closing,
        selfClosing: html[j - 1] === "/",
        attrs: attrs ?? NO_ATTRIBUTES,
        end: j + 1,
      };
    if (c === "/" || isSpaceChar(html.charCodeAt(j))) {
      j++;
      continue;
    }
    const an = j;
    while (j < limit && !isAttributeEnd(html.charCodeAt(j))) j++;
    const attr = html.slice(an, j).toLowerCase();
    while (j < limit && isSpaceChar(html.charCodeAt(j))) j++;
    let value = "";
    if (html[j] === "=") {
      j++;
      while (j < limit && isSpaceChar(html.charCodeAt(j))) j++;
      const q = html[j];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, j + 1);
        if (close < 0 || close > limit) return undefined;
        value = html.slice(j + 1, close);
        j = close + 1;
      } else {
        const vs = j;
        while (
          j < limit &&
          html.charCodeAt(j) !== 62 &&
          !isSpaceChar(html.charCodeAt(j))
        )
          j++;
        value = html.slice(vs, j);
      }
    }
    attrs ??= new Map();
    if (attr && attrs.size < 64) attrs.set(attr, decodeAll(value));
    if (j === an) j++;
  }
  return undefined;
}

function isoDay(value: string | undefined): string | null {
  const m = value ? /(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function skipsByAttributes(tag: Tag): boolean {
  if (tag.attrs.size === 0) return false;
  const role = tag.attrs.get("role");
  if (role && SKIP_ROLES.test(role)) return true;
  if (tag.attrs.has("hidden") || tag.attrs.get("aria-hidden") === "true")
    return true;
  if (/display\s*:\s*none/i.test(tag.attrs.get("style") ?? "")) return true;
  const label = `${tag.attrs.get("class") ?? ""} ${tag.attrs.get("id") ?? ""} ${tag.attrs.get("aria-label") ?? ""}`;
  return SKIP_CLASS.test(label);
}

interface Pass {
  text: string;
  title: string | null;
  h1: string | null;
  ogTitle: string | null;
  published: string | null;
}

/** Space, line breaks, tab, no-break space and form feed: collapsed in page text. */
function isTextSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 12;
}

function convert(html: string, lower: string, onlyMain: boolean): Pass {
  let out = "";
  let pendingBreak = 0;
  let pendingCell = false;
  let started = false;
  let lastWasSpace = false;
  const stack: { name: string; skip: boolean; main: boolean }[] = [];
  let skipDepth = 0;
  let mainDepth = 0;
  let articleDepth = 0;
  let title: string | null = null;
  let h1: string | null = null;
  let h1Open = -1;
  let h1Buffer = "";
  let ogTitle: string | null = null;
  let published: string | null = null;
  const hidden = (): boolean => skipDepth > 0 || (onlyMain && mainDepth === 0);
  const emit = (s: string): void => {
    if (h1Open >= 0) h1Buffer += s;
    if (hidden()) return;
    let k = 0;
    while (k < s.length) {
      if (isTextSpace(s.charCodeAt(k))) {
        lastWasSpace = true;
        k++;
        continue;
      }
      // A run of visible characters goes out whole, after the break or space pending before it.
      let end = k + 1;
      for (;;) {
        while (end < s.length && !isTextSpace(s.charCodeAt(end))) end++;
        // Words one plain space apart go out as they are, in one piece.
        if (
          s.charCodeAt(end) !== 32 ||
          end + 1 >= s.length ||
          isTextSpace(s.charCodeAt(end + 1))
        )
          break;
        end += 2;
      }
      if (started) {
        if (pendingBreak >= 2) out += "\n\n";
        else if (pendingBreak === 1) out += "\n";
        else if (pendingCell) out += "\t";
        else if (lastWasSpace) out += " ";
      }
      pendingBreak = 0;
      pendingCell = false;
      lastWasSpace = false;
      started = true;
      out += s.slice(k, end);
      k = end;
    }
  };
  const breakLine = (n: number): void => {
    if (hidden()) return;
    pendingBreak = Math.max(pendingBreak, n);
    pendingCell = false;
  };
  let i = 0;
  // The first "&" at or after the text read so far (-1 for none), so each text node does not search
  // the rest of the page again.
  let amp = html.indexOf("&");
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) {
      let j = i;
      let chunk = "";
      while (j < textEnd) {
        if (amp >= 0 && amp < j) amp = html.indexOf("&", j);
        if (amp < 0 || amp >= textEnd) {
          chunk += html.slice(j, textEnd);
          break;
        }
        chunk += html.slice(j, amp);
        const d = decodeEntity(html, amp);
        chunk += d.text;
        j = d.next;
      }
      emit(chunk);
    }
    if (lt < 0) break;
    i = lt;
    if (lower.startsWith("<!--", i)) {
      const close = html.indexOf("-->", i + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html[i + 1] === "!" || html[i + 1] === "?") {
      const close = html.indexOf(">", i);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    const tag = readTag(html, i);
    if (!tag) {
      emit("<");
      i++;
      continue;
    }
    i = tag.end;
    const name = tag.name;
    if (!tag.closing && name === "meta") {
      const prop = (
        tag.attrs.get("property") ??
        tag.attrs.get("name") ??
        tag.attrs.get("itemprop") ??
        ""
      ).toLowerCase();
      const content = tag.attrs.get("content");
      if (
        !published &&
        /^(?:article:published_time|datepublished|date|dc\.date|dc\.date\.issued|pubdate|publish-date|og:published_time|sailthru\.date|parsely-pub-date)$/.test(
          prop,
        )
      )
        published = isoDay(content);
      if (
        !ogTitle &&
        (prop === "og:title" || prop === "twitter:title") &&
        content
      )
        ogTitle = content.trim();
      continue;
    }
    if (!tag.closing && name === "time" && !published)
      published = isoDay(tag.attrs.get("datetime"));
    if (!tag.closing && RAW_TEXT.has(name)) {
      const close = lower.indexOf(`</${name}`, i);
      const inner = html.slice(i, close < 0 ? html.length : close);
      if (
        name === "script" &&
        !published &&
        /ld\+json/i.test(tag.attrs.get("type") ?? "")
      ) {
        published = isoDay(
          /"datePublished"\s*:\s*"([^"]{0,40})"/.exec(inner)?.[1],
        );
      }
      const gt = close < 0 ? -1 : html.indexOf(">", close);
      i = gt < 0 ? html.length : gt + 1;
      continue;
    }
    if (!tag.closing && name === "title") {
      const close = lower.indexOf("</title", i);
      if (title === null)
        title =
          decodeAll(html.slice(i, close < 0 ? html.length : close))
            .replace(/\s+/g, " ")
            .trim() || null;
      const gt = close < 0 ? -1 : html.indexOf(">", close);
      i = gt < 0 ? html.length : gt + 1;
      continue;
    }
    if (tag.closing) {
      let found = -1;
      for (let k = stack.length - 1; k >= Math.max(0, stack.length - 60); k--) {
        if (stack[k]!.name === name) {
          found = k;
          break;
        }
      }
      if (found < 0) continue;
      while (stack.length > found) {
        const top = stack.pop()!;
        if (top.skip) skipDepth--;
        if (top.main) mainDepth--;
        if (top.name === "article" || top.name === "main") articleDepth--;
        if (top.name === "h1" && h1Open >= 0 && stack.length <= h1Open) {
          if (h1 === null) h1 = h1Buffer.replace(/\s+/g, " ").trim() || null;
          h1Open = -1;
        }
      }
      if (PARAGRAPH.has(name)) breakLine(2);
      else if (LINE.has(name)) breakLine(1);
      continue;
    }
    if (VOID.has(name)) {
      if (name === "br" || name === "hr") breakLine(1);
      continue;
    }
    const isMain = name === "article" || name === "main";
    let skip: boolean;
    if (name === "body" || name === "html") skip = false;
    else if (isMain)
      skip =
        skipsByAttributes(tag) &&
        !/article|main|content|story|post|body/i.test(
          tag.attrs.get("class") ?? "",
        );
    else if (name === "header")
      skip = articleDepth === 0 || skipsByAttributes(tag);
    else skip = SKIP_TAGS.has(name) || skipsByAttributes(tag);
    if (PARAGRAPH.has(name)) breakLine(2);
    else if (LINE.has(name)) breakLine(1);
    else if (CELL.has(name) && started && pendingBreak === 0 && !hidden())
      pendingCell = true;
    if (tag.selfClosing || stack.length >= MAX_DEPTH) continue;
    stack.push({ name, skip, main: isMain });
    if (skip) skipDepth++;
    if (isMain) {
      mainDepth++;
      articleDepth++;
    }
    if (name === "h1" && h1Open < 0) {
      h1Open = stack.length - 1;
      h1Buffer = "";
    }
  }
  return { text: out, title, h1, ogTitle, published };
}

/** True when a string looks like an HTML page or fragment rather than plain text. */
export function looksLikeHtml(input: string): boolean {
  const head = input.slice(0, 4096).trimStart();
  if (/^<(?:!doctype\s+html|html|head|body)\b/i.test(head)) return true;
  const sample = input.slice(0, 20_000);
  const tags = sample.match(
    /<\/?(?:p|div|br|span|a|h[1-6]|li|ul|article|section|table|tr|td|strong|em|img|meta)\b[^<>]{0,300}>/gi,
  );
  return (tags?.length ?? 0) >= 3;
}

/** Converts HTML to the article text the parser reads. Linear in the input length. */
export function htmlToText(html: string): HtmlText {
  const lower = html.toLowerCase();
  const hasMain = /<(?:article|main)\b/.test(lower);
  let pass = convert(html, lower, hasMain);
  if (hasMain && pass.text.trim().length < 200)
    pass = convert(html, lower, false);
  const title = pass.h1 ?? pass.ogTitle ?? pass.title;
  return {
    text: pass.text.trim(),
    title: title ? title.replace(/\s+/g, " ").trim() : null,
    published: pass.published,
  };
}
