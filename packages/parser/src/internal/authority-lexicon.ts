/**
 * Names that identify an authority in text: the register's names and aliases (from @csi/domain), the
 * bodies that deliver children's services on a council's behalf, and places that look like English
 * authorities but are not (Welsh, Scottish and Northern Irish councils, English regions).
 */
import {
  AUTHORITIES,
  authorityNameKey,
  findAuthorityByGss,
  normalizeName,
  type Authority,
} from "@csi/domain";
import {
  buildTrie,
  phraseKeys,
  type PhraseEntry,
  type PhraseTrie,
} from "./phrase-trie";

/** What a name found in text stands for. */
export type NameValue =
  | { readonly kind: "authority"; readonly authorities: readonly Authority[] }
  /** A delivery body (trust, company) serving one or more councils. */
  | { readonly kind: "body"; readonly authorities: readonly Authority[] }
  /** A council outside England: inspected by other inspectorates, never by Ofsted's ILACS. */
  | { readonly kind: "foreign" }
  /** An English region or conurbation, not a children's services authority. */
  | { readonly kind: "region" };

/**
 * Councils in Wales, Scotland and Northern Ireland. Ofsted does not inspect them; naming one makes the
 * sentence about a non-English council. Source: the 22 Welsh principal councils, 32 Scottish council
 * areas and 11 Northern Irish districts as listed by each government.
 */
export const FOREIGN_COUNCILS: readonly string[] = [
  // Wales
  "Blaenau Gwent",
  "Bridgend",
  "Caerphilly",
  "Cardiff",
  "Carmarthenshire",
  "Ceredigion",
  "Conwy",
  "Denbighshire",
  "Flintshire",
  "Gwynedd",
  "Isle of Anglesey",
  "Anglesey",
  "Ynys Mon",
  "Merthyr Tydfil",
  "Monmouthshire",
  "Neath Port Talbot",
  "Newport City Council",
  "Pembrokeshire",
  "Powys",
  "Rhondda Cynon Taf",
  "Rhondda Cynon Taff",
  "Swansea",
  "Torfaen",
  "Vale of Glamorgan",
  "Wrexham",
  // Scotland
  "Aberdeen",
  "Aberdeen City",
  "Aberdeenshire",
  "Angus Council",
  "Argyll and Bute",
  "Clackmannanshire",
  "Dumfries and Galloway",
  "Dundee",
  "East Ayrshire",
  "East Dunbartonshire",
  "East Lothian",
  "East Renfrewshire",
  "Edinburgh",
  "City of Edinburgh",
  "Falkirk",
  "Fife",
  "Glasgow",
  "Highland",
  "Highland Council",
  "Inverclyde",
  "Midlothian",
  "Moray",
  "Na h-Eileanan Siar",
  "Western Isles",
  "North Ayrshire",
  "North Lanarkshire",
  "Orkney",
  "Orkney Islands",
  "Perth and Kinross",
  "Renfrewshire",
  "Scottish Borders",
  "Shetland",
  "Shetland Islands",
  "South Ayrshire",
  "South Lanarkshire",
  "Stirling",
  "West Dunbartonshire",
  "West Lothian",
  // Northern Ireland
  "Belfast",
  "Antrim and Newtownabbey",
  "Ards and North Down",
  "Armagh",
  "Causeway Coast and Glens",
  "Derry City and Strabane",
  "Fermanagh and Omagh",
  "Lisburn and Castlereagh",
  "Mid and East Antrim",
  "Mid Ulster",
  "Newry, Mourne and Down",
];

/** English regions and conurbations whose names contain an authority's name. */
const REGIONS: readonly string[] = [
  "Greater Manchester",
  "Greater London",
  "West Yorkshire",
  "South Yorkshire",
  "North Yorkshire Police",
  "West Midlands",
  "East Midlands",
  "North East",
  "North West",
  "South West",
  "South East",
  "East of England",
  "Yorkshire and the Humber",
  "Teesside",
  "Merseyside",
  "Tyneside",
  "Wearside",
  "Thames Valley",
  "Inner London",
  "Outer London",
  "Newcastle-under-Lyme",
  "Newcastle under Lyme",
  "Richmondshire",
  "Bradford-on-Avon",
  "Bath Spa",
  "Durham University",
  "York University",
];

/**
 * Bodies that run children's services for councils and are inspected on their behalf, when the
 * register does not already list them as an alias. Several serve more than one council.
 */
const DELIVERY_BODIES: readonly { name: string; gss: readonly string[] }[] = [
  {
    name: "Achieving for Children",
    gss: ["E09000021", "E09000027", "E06000040"],
  },
  { name: "AfC", gss: ["E09000021", "E09000027", "E06000040"] },
  {
    name: "Northamptonshire Children's Trust",
    gss: ["E06000061", "E06000062"],
  },
  { name: "Children First Northamptonshire", gss: ["E06000061", "E06000062"] },
  { name: "Together for Children Sunderland", gss: ["E08000024"] },
  { name: "Brighter Futures for Children", gss: ["E06000038"] },
  { name: "Doncaster Children's Services Trust", gss: ["E08000017"] },
  { name: "Birmingham Children's Trust", gss: ["E08000025"] },
  { name: "Sandwell Children's Trust", gss: ["E08000028"] },
  { name: "Slough Children First", gss: ["E06000039"] },
  { name: "Slough Children's Services Trust", gss: ["E06000039"] },
  { name: "Worcestershire Children First", gss: ["E10000034"] },
  { name: "Bradford Children and Families Trust", gss: ["E08000032"] },
  { name: "Together for Children", gss: ["E08000024"] },
];

const PREFIXES = [
  "london borough of",
  "the london borough of",
  "royal borough of",
  "the royal borough of",
  "borough of",
  "metropolitan borough of",
  "city of",
  "the city of",
  "county of",
];

function isAcronym(alias: string): boolean {
  return /^[A-Z][A-Z&.]{1,6}$/.test(alias.replace(/\s+/g, ""));
}

function buildNameTrie(): PhraseTrie<NameValue> {
  const entries: PhraseEntry<NameValue>[] = [];
  const byPhrase = new Map<
    string,
    { authorities: Map<string, Authority>; caps: boolean }
  >();
  const add = (phrase: string, authority: Authority, caps: boolean): void => {
    const key = phraseKeys(phrase).join(" ");
    if (key === "") return;
    const slot = byPhrase.get(key) ?? { authorities: new Map(), caps };
    slot.authorities.set(authority.gss, authority);
    slot.caps = slot.caps && caps;
    byPhrase.set(key, slot);
  };
  for (const authority of AUTHORITIES) {
    for (const name of [authority.name, ...authority.aliases]) {
      const caps = isAcronym(name);
      add(name, authority, caps);
      if (caps) continue;
      const key = authorityNameKey(name);
      add(key, authority, false);
      add(normalizeName(name), authority, false);
      for (const prefix of PREFIXES) add(`${prefix} ${key}`, authority, false);
    }
  }
  for (const [phrase, slot] of byPhrase) {
    entries.push({
      phrase,
      value: { kind: "authority", authorities: [...slot.authorities.values()] },
      ...(slot.caps ? { caps: true } : { cap: true }),
    });
  }
  for (const body of DELIVERY_BODIES) {
    const authorities = body.gss
      .map((g) => findAuthorityByGss(g))
      .filter((a): a is Authority => a !== undefined);
    entries.push({
      phrase: body.name,
      value: { kind: "body", authorities },
      ...(isAcronym(body.name) ? { caps: true } : { cap: true }),
    });
  }
  for (const name of FOREIGN_COUNCILS)
    entries.push({ phrase: name, value: { kind: "foreign" }, cap: true });
  for (const name of REGIONS)
    entries.push({ phrase: name, value: { kind: "region" }, cap: true });
  return buildTrie(entries);
}

/** Every authority, delivery-body, foreign-council and region name. */
let nameTrieMemo: PhraseTrie<NameValue> | undefined;
/** The authority-name phrase trie, built on first use. */
export function nameTrie(): PhraseTrie<NameValue> {
  nameTrieMemo ??= buildNameTrie();
  return nameTrieMemo;
}

/** Single-word authority names that are also ordinary English words or other places. */
export const AMBIGUOUS_NAMES = new Set([
  "reading",
  "bury",
  "hull",
  "richmond",
  "kingston",
  "stoke",
  "york",
  "derby",
  "bath",
  "brent",
  "sutton",
  "halton",
  "poole",
  "telford",
  "durham",
  "blackburn",
  "brighton",
  "newcastle",
  "southend",
  "stockton",
  "wigan",
  "kent",
  "rutland",
  "cumberland",
  "somerset",
  "dorset",
  "scilly",
  "bristol",
  "cornwall",
  "devon",
  "surrey",
  "essex",
  "norfolk",
  "suffolk",
]);

/** Single-word names that also name other places: every use needs support (a council word, or the full name elsewhere). */
export const WEAK_NAMES = new Set(["richmond", "kingston"]);

/** Single-word names that are also ordinary words: they need support when they open a sentence. */
export const WORD_NAMES = new Set(["reading", "bury", "hull", "stoke", "bath"]);

const byLength = new Map<number, { name: string; authority: Authority }[]>();
for (const authority of AUTHORITIES) {
  const name = authority.name.toLowerCase();
  if (!/^[a-z]+$/.test(name) || name.length < 7) continue;
  const list = byLength.get(name.length) ?? [];
  list.push({ name, authority });
  byLength.set(name.length, list);
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // substitution, or transposition of neighbours
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return (
      a[i] === b[i + 1] &&
      a[i + 1] === b[i] &&
      a.slice(i + 2) === b.slice(i + 2)
    );
  }
  return la > lb
    ? a.slice(i + 1) === b.slice(i)
    : a.slice(i) === b.slice(i + 1);
}

const fuzzyCache = new Map<string, Authority | null>();

/**
 * The authority a misspelt single-word name most likely means ("Wolverhamton" → Wolverhampton): one edit
 * away from exactly one register name of seven letters or more, with the same first two letters.
 */
export function fuzzyAuthority(word: string): Authority | undefined {
  const w = word.toLowerCase();
  if (w.length < 7 || !/^[a-z]+$/.test(w)) return undefined;
  const cached = fuzzyCache.get(w);
  if (cached !== undefined) return cached ?? undefined;
  const found = new Map<string, Authority>();
  for (const len of [w.length - 1, w.length, w.length + 1]) {
    for (const { name, authority } of byLength.get(len) ?? []) {
      if (
        name[0] === w[0] &&
        name[1] === w[1] &&
        name !== w &&
        withinOneEdit(name, w)
      )
        found.set(authority.name, authority);
    }
  }
  const result = found.size === 1 ? [...found.values()][0]! : null;
  if (fuzzyCache.size < 10_000) fuzzyCache.set(w, result);
  return result ?? undefined;
}
