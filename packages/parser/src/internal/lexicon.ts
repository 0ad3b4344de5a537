/**
 * Word lists for grades, areas and the cue words around them, as Ofsted reports and news articles
 * word them (PHRASINGS.md sections 2-4 and 7).
 */
import type { Area, Grade } from "@csi/domain";
import { buildTrie, type PhraseEntry, type PhraseTrie } from "./phrase-trie";

/** How a grade was written. `word`: a bare grade word that needs a rating context. */
export type GradeForm =
  "word" | "full" | "superlative" | "abbreviation" | "failing";

/** A grade phrase. */
export interface GradeValue {
  readonly grade: Grade;
  readonly form: GradeForm;
  /** The phrase is the verb form of "requires improvement" ("require", "required", "requiring"). */
  readonly predicate?: boolean;
}

const RI: Grade = "requires-improvement";

const gradeEntries: PhraseEntry<GradeValue>[] = [
  { phrase: "outstanding", value: { grade: "outstanding", form: "word" } },
  { phrase: "good", value: { grade: "good", form: "word" } },
  { phrase: "inadequate", value: { grade: "inadequate", form: "word" } },
  { phrase: "failing", value: { grade: "inadequate", form: "failing" } },
  { phrase: "RI", value: { grade: RI, form: "abbreviation" }, caps: true },
  { phrase: "RI2BG", value: { grade: RI, form: "abbreviation" }, caps: true },
  { phrase: "RI 2 BG", value: { grade: RI, form: "abbreviation" }, caps: true },
  { phrase: "RIBG", value: { grade: RI, form: "abbreviation" }, caps: true },
];
for (const verb of ["requires", "require", "required", "requiring"]) {
  const predicate = true;
  gradeEntries.push({
    phrase: `${verb} improvement`,
    value: { grade: RI, form: "word", predicate },
  });
  for (const tail of ["to be good", "to become good", "to be judged good"]) {
    gradeEntries.push({
      phrase: `${verb} improvement ${tail}`,
      value: { grade: RI, form: "full", predicate },
    });
  }
}
for (const adj of ["highest", "top", "best"]) {
  for (const mid of adj === "best"
    ? ["possible"]
    : ["", "possible", "available", "ofsted", "ofsted's"]) {
    for (const noun of [
      "rating",
      "grade",
      "judgement",
      "judgment",
      "mark",
      "marks",
      "grading",
      "verdict",
      "category",
      "rating available",
      "grade available",
      "judgement available",
      "possible rating",
      "possible grade",
    ]) {
      gradeEntries.push({
        phrase: `${adj} ${mid} ${noun}`.replace(/\s+/g, " "),
        value: { grade: "outstanding", form: "superlative" },
      });
    }
  }
}
for (const phrase of [
  "top of ofsted's four point scale",
  "top of the ofsted scale",
  "top of ofsted's scale",
  "top of the four point scale",
  "top of ofsted's four point grading scale",
  "top grade available",
]) {
  gradeEntries.push({
    phrase,
    value: { grade: "outstanding", form: "superlative" },
  });
}
for (const [adj, grade] of [
  ["highest", "outstanding"],
  ["top", "outstanding"],
  ["lowest", "inadequate"],
  ["bottom", "inadequate"],
] as const) {
  for (const det of ["ofsted's", "the", "its"]) {
    for (const noun of ["ratings", "grades", "judgements", "categories"]) {
      gradeEntries.push({
        phrase: `${adj} of ${det} four ${noun}`,
        value: { grade, form: "superlative" },
      });
      gradeEntries.push({
        phrase: `${adj} of ${det} four possible ${noun}`,
        value: { grade, form: "superlative" },
      });
    }
  }
}
for (const adj of ["lowest", "bottom", "worst"]) {
  for (const mid of ["", "possible", "ofsted"]) {
    for (const noun of [
      "rating",
      "grade",
      "judgement",
      "judgment",
      "grading",
      "category",
      "verdict",
      "mark",
    ]) {
      gradeEntries.push({
        phrase: `${adj} ${mid} ${noun}`.replace(/\s+/g, " "),
        value: { grade: "inadequate", form: "superlative" },
      });
    }
  }
}

/** Grade phrases. */
let gradeTrieMemo: PhraseTrie<GradeValue> | undefined;
/** The grade phrase trie, built on first use. */
export function gradeTrie(): PhraseTrie<GradeValue> {
  gradeTrieMemo ??= buildTrie(gradeEntries);
  return gradeTrieMemo;
}

/** An area phrase: one or more areas, or a stand-in resolved later. */
export interface AreaValue {
  readonly areas: readonly Area[];
  /** Ofsted's own label (report front pages), as opposed to a paraphrase. */
  readonly formal?: boolean;
  /** "the board": the LSCB, only when one was named shortly before. */
  readonly boardRef?: boolean;
  /** A bare "overall": an area only right after a grade or as a sentence adverb. */
  readonly bareOverall?: boolean;
}

const areaEntries: PhraseEntry<AreaValue>[] = [];
const area = (areas: Area[], phrases: string[], formal = false): void => {
  for (const phrase of phrases)
    areaEntries.push({ phrase, value: { areas, formal } });
};
area(
  ["overall-effectiveness"],
  [
    "overall effectiveness",
    "overall judgement",
    "overall judgment",
    "overall grade",
    "overall rating",
    "overall grading",
    "overall verdict",
    "overall outcome",
    "overall effectiveness of services",
  ],
  true,
);
areaEntries.push({
  phrase: "overall",
  value: { areas: ["overall-effectiveness"], bareOverall: true },
});
area(
  ["leadership"],
  [
    "leadership management and governance",
    "leadership, management & governance",
    "the impact of leaders on social work practice with children and families",
    "impact of leaders on social work practice with children and families",
    "impact of leaders on social work practice",
    "impact of leaders",
    ...[
      "its",
      "their",
      "the council's",
      "the trust's",
      "the borough's",
    ].flatMap((det) => [
      `impact of ${det} leaders`,
      `impact of ${det} leaders on social work practice`,
      `impact of ${det} leaders on social work practice with children and families`,
    ]),
    "leaders' impact",
    "leaders impact",
  ],
  true,
);
area(
  ["leadership"],
  [
    "leadership",
    "leadership and management",
    "senior leaders",
    "senior leadership",
    "leaders",
    "senior management",
    "senior managers",
    "political and senior leaders",
  ],
);
area(
  ["help-and-protection"],
  [
    "the experiences and progress of children who need help and protection",
    "children who need help and protection",
    "children in need of help and protection",
    "children needing help and protection",
    "children who need help",
    "help and protection",
    "helps and protects children",
    "help and protect children",
    "helping and protecting children",
  ],
  true,
);
area(
  ["help-and-protection"],
  [
    "child protection",
    "protection of children",
    "protecting children",
    "help and protection services",
    "children at risk of harm",
    "children who need protection",
  ],
);
area(
  ["children-in-care"],
  [
    "children looked after and achieving permanence",
    "children looked after",
    "the experiences and progress of children in care",
    "looked after children",
    "children in care",
  ],
  true,
);
areaEntries.push({
  phrase: "LAC",
  value: { areas: ["children-in-care"] },
  caps: true,
});
area(
  ["children-in-care"],
  [
    "those in care",
    "children in its care",
    "children in their care",
    "children in the council's care",
    "young people in care",
    "children and young people in care",
    "looked after",
    "cared for children",
    "children we look after",
    "achieving permanence",
  ],
);
area(
  ["care-leavers"],
  ["care leavers", "experiences and progress of care leavers", "care leaver"],
  true,
);
area(
  ["care-leavers"],
  [
    "leaving care",
    "care leaver support",
    "young people leaving care",
    "those leaving care",
    "care leaving",
  ],
);
area(["adoption"], ["adoption performance"], true);
area(
  ["adoption"],
  ["adoption", "adoption support", "adoption services", "adoption work"],
);
area(
  ["lscb"],
  [
    "local safeguarding children board",
    "local safeguarding children's board",
    "safeguarding children board",
    "safeguarding children's board",
    "review of the effectiveness of the local safeguarding children board",
    "review of safeguarding arrangements",
    "safeguarding board",
    "LSCB",
  ],
  true,
);
areaEntries.push({
  phrase: "the board",
  value: { areas: ["lscb"], boardRef: true },
});
areaEntries.push({
  phrase: "the joint board",
  value: { areas: ["lscb"], boardRef: true },
});

/** Area phrases. */
let areaTrieMemo: PhraseTrie<AreaValue> | undefined;
/** The area phrase trie, built on first use. */
export function areaTrie(): PhraseTrie<AreaValue> {
  areaTrieMemo ??= buildTrie(areaEntries);
  return areaTrieMemo;
}

/** True for a local acronym of a safeguarding children board ("SSCB", "NCSCB", "LSCB"). */
export function isBoardAcronym(raw: string): boolean {
  return /^[A-Z]{0,5}SCB$/.test(raw);
}

/** Kinds of cue word around grades. */
export type CueKind =
  | "rating-verb"
  | "rating-noun"
  | "copula"
  | "negation"
  | "hypothetical"
  | "current"
  | "previous"
  | "since"
  | "bind-back"
  | "same-grade"
  | "same-as"
  | "area-ref"
  | "anaphor"
  | "from"
  | "to"
  | "generic"
  | "trap"
  | "trap-weak"
  | "ofsted"
  | "other-inspectorate"
  | "inspectorate-ref"
  | "inspection-event"
  | "visit"
  | "future"
  | "all-areas"
  | "count-areas"
  | "council-ref"
  | "group-ref"
  | "pronoun"
  | "plural-pronoun"
  | "indefinite"
  | "body-ref"
  | "unrelated-event"
  | "published"
  | "passing"
  | "respectively"
  | "legacy-grade"
  | "framework-sif"
  | "framework-ilacs"
  | "failings"
  | "limit"
  | "first-time";

/** A cue value; `visit` cues carry a visit type. */
export interface CueValue {
  readonly kind: CueKind;
  readonly visit?:
    | "standard-inspection"
    | "short-inspection"
    | "focused-visit"
    | "monitoring-visit"
    | "jtai";
  readonly count?: number;
  /** For "N of M" counts: M. */
  readonly of?: number;
}

const cueEntries: PhraseEntry<CueValue>[] = [];
const cue = (
  kind: CueKind,
  phrases: string[],
  extra: Partial<CueValue> = {},
): void => {
  for (const phrase of phrases)
    cueEntries.push({ phrase, value: { kind, ...extra } });
};

cue("rating-verb", [
  "rated",
  "rate",
  "rates",
  "rating",
  "re-rated",
  "judged",
  "judge",
  "judges",
  "judging",
  "graded",
  "grades",
  "grading",
  "assessed as",
  "assessed to be",
  "deemed",
  "found to be",
  "found to",
  "found",
  "considered to be",
  "described as being",
  "awarded",
  "given",
  "gave",
  "gives",
  "give",
  "handed",
  "received",
  "receive",
  "receives",
  "earned",
  "earns",
  "achieved",
  "achieves",
  "secured",
  "secures",
  "scored",
  "retained",
  "retains",
  "kept",
  "keeps",
  "maintained",
  "maintains",
  "held on to",
  "holds on to",
  "hold on to",
  "held onto",
  "remain",
  "remains",
  "remained",
  "continue to be",
  "continues to be",
  "continued to be",
  "stay",
  "stays",
  "stayed",
  "upgraded",
  "upgraded to",
  "moved",
  "slipped",
  "rose",
  "risen",
  "fell",
  "fallen",
  "dropped",
  "jumped",
  "went",
  "gone",
  "downgraded",
  "downgraded to",
  "improved to",
  "moved to",
  "moved up to",
  "bumped up to",
  "raised to",
  "lifted to",
  "climbed",
  "climbs",
  "climbed to",
  "dropped to",
  "fell to",
  "slipped to",
  "slumped to",
  "pulled down to",
  "down to",
  "dragged down to",
  "placed",
  "placed at",
  "put at",
  "told",
  "branded",
  "labelled",
  "labeled",
  "declared",
  "classed as",
  "classified as",
  "ranked",
  "ranked as",
  "scored",
  "came back",
  "come back",
  "the verdict",
  "verdict",
  "rated as",
  "judged as",
  "graded as",
  "judged to be",
  "rated to be",
  "graded to be",
  "judged to",
  "rated it",
  "judged it",
]);
/** Nouns for an inspection's outcome, in every spelling. */
const RATING_NOUNS = [
  "rating",
  "ratings",
  "grade",
  "grades",
  "grading",
  "judgement",
  "judgements",
  "judgment",
  "judgments",
  "verdict",
  "verdicts",
];
cue("rating-noun", [
  ...RATING_NOUNS,
  "mark",
  "marks",
  "ranking",
  "category",
  "label",
  "status",
  "score",
]);
cue("copula", [
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "is now",
  "are now",
  "was also",
  "were also",
  "are also",
  "is also",
  "are both",
  "were both",
  "were all",
  "are all",
  "were each",
  "was again",
  "is still",
  "are still",
  "remain",
  "remains",
  "remained",
]);
cue("negation", [
  "not",
  "never",
  "no longer",
  "nor",
  "yet to be",
  "failed to",
  "fail to",
  "short of",
  "out of",
  "lifted out of",
  "rather than",
  "instead of",
  "none of",
  "cannot",
  "can't",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "didn't",
  "doesn't",
  "haven't",
  "hasn't",
  "no council",
  "no authority",
  "not a single",
  // "only care leavers escaped the lowest grade"
  "escaped",
  "escapes",
  "escaping",
  "avoided",
  "avoids",
  "avoiding",
  "spared",
  "steered clear of",
]);
cue("hypothetical", [
  "if",
  "whether",
  "unless",
  "would",
  "could",
  "should",
  "might",
  "may be",
  "may have",
  "hope",
  "hopes",
  "hoping",
  "hoped",
  "aim",
  "aims",
  "aiming",
  "aimed",
  "ambition",
  "target",
  "targets",
  "want",
  "wants",
  "wanted",
  "strive",
  "striving",
  "bid to",
  "on track",
  "aspire",
  "aspires",
  "aspiration",
  "working towards",
  "work towards",
  "expect",
  "expects",
  "expected",
  "expecting",
  "predicted",
  "likely",
  "what happens",
  "in order to",
  "capable of",
  "potential",
  "chance",
]);
cue("future", [
  "will",
  "will be",
  "i'll",
  "we'll",
  "it'll",
  "they'll",
  "you'll",
  "she'll",
  "he'll",
  "is due",
  "are due",
  "due to be",
  "next inspection",
  "next full inspection",
  "next year",
  "until",
  "programme of",
  "plans to",
  "planned",
  "upcoming",
  "forthcoming",
  "ahead of",
  "before its next",
  "waiting for",
  "expected",
  "expects",
  "next",
]);
cue("current", [
  "now",
  "new",
  "latest",
  "most recent",
  "this week",
  "today",
  "recent",
  "recently",
  "newly",
  "has been",
  "have been",
  "this time",
  "this month",
  "is now",
  "are now",
]);
cue("previous", [
  "previously",
  "previous",
  "formerly",
  "prior",
  "last inspected",
  "last inspection",
  "last full inspection",
  "last rated",
  "last judged",
  "last graded",
  "last assessed",
  "last fully inspected",
  "last review",
  "last report",
  "at its last",
  "at the last",
  "at their last",
  "at its previous",
  "in its previous",
  "earlier inspection",
  "had been",
  "up from",
  "down from",
  "back in",
  "before that",
  "originally",
]);
cue("since", ["since"]);
cue("rating-verb", [
  "last rated",
  "last judged",
  "last graded",
  "previously rated",
  "previously judged",
  "previously graded",
]);
cue("bind-back", [
  "at which point",
  "at which time",
  "when",
  "at that time",
  "at the time",
  "at that point",
  "then",
]);
cue("same-grade", [
  "the same grade",
  "the same rating",
  "the same judgement",
  "the same judgment",
  "the same overall judgement",
  "the same overall judgment",
  "the same overall grade",
  "the same overall rating",
  "same grade",
  "same rating",
  // "good, keeping the grade it was given in 2019"
  ...[
    "keeping",
    "kept",
    "retaining",
    "retained",
    "matching",
    "matched",
  ].flatMap((verb) => [`${verb} the grade`, `${verb} the rating`]),
]);
cue("same-as", [
  "so was",
  "so were",
  "as was",
  "as were",
  "along with",
  "as did",
  "as had",
  "as has",
  "as have",
  "so did",
  "as is",
  "as are",
  "likewise",
]);
cue("area-ref", [
  "that area",
  "this area",
  "that domain",
  "this domain",
  "the area",
  "that judgement",
  "that judgment",
  "that part",
  // "with its support for care leavers the sole area judged good"
  "the sole area",
  "the only area",
  "the one area",
  "the single area",
]);
cue("anaphor", [
  "the rating",
  "the judgement",
  "the judgment",
  "this rating",
  "this judgement",
  "this judgment",
  "that rating",
  "the grade",
  "this grade",
  "that grade",
  "the ratings",
  "the judgements",
  "these ratings",
  "these judgements",
]);
cue("from", ["from"]);
cue("to", ["to"]);
cue("respectively", ["respectively"]);
cue("first-time", [
  "first time since",
  "first since",
  "highest since",
  "best since",
]);
cue("generic", [
  "councils",
  "authorities",
  "local authorities",
  "any council",
  "every council",
  "all councils",
  "other councils",
  "other council",
  "other authorities",
  "one in",
  "a fifth",
  "fifth",
  "a third",
  "a quarter",
  "half of",
  "majority",
  "most councils",
  "many councils",
  "few councils",
  "number of councils",
  "per cent",
  "percent",
  "%",
  "handful",
  "group of",
  "among",
  "amongst",
  "one of",
  "one other",
  "only other",
  "nationally",
  "across the country",
  "in england",
  "services across",
  "any area",
  "any of",
  "in any",
  "any judgement",
  "local authority areas",
  "remainder",
  "rest of the country",
  "areas rated",
  "the country",
]);
cue("passing", [
  "neighbouring",
  "neighbour",
  "neighbours",
  "unlike",
  "like",
  "compared with",
  "compared to",
  "similar to",
  "such as",
]);
cue("trap", [
  "school",
  "schools",
  "academy",
  "academies",
  "pupils",
  "pupil",
  "headteacher",
  "head teacher",
  "sixth form",
  "college",
  "colleges",
  "university",
  "students",
  "learners",
  "nursery",
  "nurseries",
  "early years",
  "childminder",
  "childminders",
  "pre-school",
  "preschool",
  "children's home",
  "children's homes",
  "childrens home",
  "childrens homes",
  "residential home",
  "residential homes",
  "care home",
  "care homes",
  "secure home",
  "secure unit",
  "secure children's home",
  "four-bedroom home",
  "home for",
  "homes run",
  // "two of our homes have been rated outstanding": homes counted or owned are children's homes.
  "our homes",
  "its homes",
  "their homes",
  "these homes",
  "both homes",
  "two homes",
  "three homes",
  "four homes",
  "of the homes",
  "council-run home",
  "council-run homes",
  "fostering agency",
  "fostering agencies",
  "fostering service",
  "fostering services",
  "fostering team",
  "independent fostering",
  "adoption agency",
  "adoption agencies",
  "regional adoption agency",
  "adoption partnership",
  "adoption service",
  "voluntary adoption",
  "special educational needs",
  "special educational needs and disabilities",
  "local area inspection",
  "local area send",
  "written statement of action",
  "priority action plan",
  "youth justice",
  "youth offending",
  "youth offending team",
  "youth offending service",
  "adult social care",
  "adult services",
  "adults' services",
  "adult care",
  // A council's adult learning service, inspected under the further education framework.
  "adult learning",
  "adult and community learning",
  "community learning",
  "adult education",
  // The judgements of a provider inspection (homes, fostering and adoption services), not a council's.
  "experiences and progress of children and young people",
  "effectiveness of leaders and managers",
  // "The directorate's own assessment was that help and protection was good": a council's view of
  // itself, not an Ofsted judgement.
  "self-evaluation",
  "self-assessment",
  "self evaluation",
  "self assessment",
  "own assessment",
  "own evaluation",
  "own judgement",
  "own judgements",
  "cqc",
  "care quality commission",
  "care inspectorate",
  "care inspectorate wales",
  "estyn",
  "education scotland",
  "hmicfrs",
  "hm inspectorate of probation",
  "hmi probation",
  "hmip",
  "healthcare improvement scotland",
  "probation",
  "wales",
  "welsh",
  "scotland",
  "scottish",
  "northern ireland",
]);
cueEntries.push({ phrase: "SEND", value: { kind: "trap" }, caps: true });
cue("trap-weak", [
  // "Inspectors judged the group outstanding overall": a college or provider group.
  "the group",
  "the home",
  "this home",
  "the agency",
  "this agency",
  "the nursery",
  "the centre",
  "this centre",
  "the college",
  "the academy",
  "the school",
  "fostering",
  "early help",
  "edge of care",
  "family hubs",
  "children's centre",
  "children's centres",
  "short breaks",
  "respite",
  "supported accommodation",
  "setting",
  "settings",
  "provider",
  "providers",
  "apprenticeship",
  "apprenticeships",
  "further education",
  "training provider",
  "hospital",
  "hospitals",
  "nhs",
  "police",
  "constabulary",
  "prison",
  "health visiting",
  "primary",
  "secondary",
  "youth service",
]);
cue("ofsted", [
  "ofsted",
  "ofsted's",
  "the education watchdog",
  "the schools watchdog",
  "her majesty's inspector",
  "his majesty's inspector",
  "hmi",
  "ilacs",
]);
cue("inspectorate-ref", [
  "the watchdog",
  "the inspectorate",
  "the regulator",
  "inspectors",
  "the inspectors",
  "inspector",
]);
cue("other-inspectorate", [
  "care quality commission",
  "cqc",
  "care inspectorate",
  "care inspectorate wales",
  "ciw",
  "estyn",
  "hm inspectorate of probation",
  "hmi probation",
  "hmip",
  "hmicfrs",
  "education scotland",
  "hm inspectorate of constabulary",
  "his majesty's inspectorate of constabulary",
  "her majesty's inspectorate of constabulary",
  "his majesty's inspectorate of probation",
  "her majesty's inspectorate of probation",
  "hm inspectorate of prisons",
  "regulator of social housing",
  "social housing regulator",
  "housing regulator",
  "planning inspectorate",
  "housing ombudsman",
  "local government ombudsman",
]);
cue("inspection-event", [
  "inspection",
  "inspections",
  "inspected",
  "inspecting",
  "inspectors",
  "inspector",
  "visited",
  "visit",
  "visits",
  "visiting",
  "took place",
  "takes place",
  "carried out",
  "were in",
  "spent",
  "on site",
  "were on site",
  "inspection date",
  "inspection dates",
  "report",
  "letter",
  "re-inspection",
  "reinspection",
  "re inspection",
  "returned",
  "concluded",
  "finished",
  "ran",
  "review",
  "reviewed",
  "assessed",
  "fieldwork",
  "field work",
]);
cue(
  "visit",
  [
    "focused visit",
    "focused visits",
    "focused inspection",
    "focused inspections",
    "focused check",
    "focused look",
    "focussed visit",
    "focussed look",
  ],
  { visit: "focused-visit" },
);
cue(
  "visit",
  [
    "monitoring visit",
    "monitoring visits",
    "monitoring inspection",
    "monitoring inspections",
    "monitoring letter",
    "returned to",
    "returning inspectors",
    "inspectors returned",
    "return visit",
  ],
  { visit: "monitoring-visit" },
);
cue(
  "visit",
  [
    "joint targeted area inspection",
    "joint targeted area inspections",
    "JTAI",
    "JTAIs",
    "multi-agency inspection",
    "multi agency inspection",
    "joint targeted inspection",
    "joint area inspection",
  ],
  { visit: "jtai" },
);
cue(
  "visit",
  [
    "short inspection",
    "short inspections",
    "short ilacs inspection",
    "short ilacs inspections",
  ],
  {
    visit: "short-inspection",
  },
);
cue(
  "visit",
  [
    "full inspection",
    "full inspections",
    "standard inspection",
    "standard inspections",
    "full re-inspection",
    "re-inspection",
    "reinspection",
    "re inspection",
    "ilacs inspection",
    "full ilacs inspection",
    "full standard inspection",
    "inspection of local authority children's services",
    "inspection of children's social care services",
    "single inspection framework inspection",
    "two-week inspection",
    "three-week inspection",
    "four-week inspection",
    "two week inspection",
    "three week inspection",
    "four week inspection",
    "two weeks",
    "three weeks",
    "four weeks",
    "a fortnight",
    "fortnight-long inspection",
    "fully inspected",
  ],
  { visit: "standard-inspection" },
);
cue("all-areas", [
  "every area",
  "all areas",
  "each area",
  "all the areas",
  "all of the areas",
  "every one of the areas",
  "every one of those areas",
  "each of those areas",
  "each of the areas",
  "every one of its areas",
  "every category",
  "all categories",
  "each category",
  "every judgement",
  "every judgment",
  "all judgements",
  "all judgments",
  "each judgement",
  "each judgment",
  "all its judgements",
  "all of its judgements",
  "all of the judgements",
  "every one of its judgements",
  "across the board",
  "on all counts",
  "on every count",
  "on every measure",
  "in all respects",
  "every domain",
  "all domains",
  "each domain",
  "all judgement areas",
  "every judgement area",
  "all inspection areas",
  "all areas of children's services",
  "every aspect",
  "all aspects",
  "each of the judgements",
  "each of its judgements",
  "each of those judgements",
  "every one of the judgements",
  // The areas not graded otherwise nearby ("care leavers required improvement; all other areas were good").
  "all other areas",
  "all the other areas",
  "every other area",
  "each other area",
  "all other judgements",
  "all the other judgements",
  "every other judgement",
]);
for (const [word, n] of [
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["3", 3],
  ["4", 4],
  ["5", 5],
  ["6", 6],
] as const) {
  for (const noun of [
    "areas",
    "judgements",
    "judgments",
    "categories",
    "domains",
    "judgement areas",
    "inspection areas",
    "areas inspected",
    "areas graded",
    "areas assessed",
    "of its judgements",
    "of the judgements",
    "ofsted judgements",
    "key judgements",
    "of its areas",
    "of those areas",
    "of the areas",
    "of the judgement areas",
    "ilacs judgements",
    "ilacs judgement areas",
    "of the ilacs judgements",
    "of the ilacs judgement areas",
    "of its ilacs judgements",
  ]) {
    cueEntries.push({
      phrase: `all ${word} ${noun}`,
      value: { kind: "all-areas", count: n },
    });
    cueEntries.push({
      phrase: `each of the ${word} ${noun}`,
      value: { kind: "all-areas", count: n },
    });
    cueEntries.push({
      phrase: `each of its ${word} ${noun}`,
      value: { kind: "all-areas", count: n },
    });
    cueEntries.push({
      phrase: `every one of the ${word} ${noun}`,
      value: { kind: "all-areas", count: n },
    });
    cueEntries.push({
      phrase: `every one of its ${word} ${noun}`,
      value: { kind: "all-areas", count: n },
    });
    cueEntries.push({
      phrase: `each of those ${word} ${noun}`,
      value: { kind: "all-areas", count: n },
    });
    cueEntries.push({
      phrase: `all of its ${word} ${noun}`,
      value: { kind: "all-areas", count: n },
    });
  }
}
// "required improvement in the other two": the areas not graded otherwise nearby, this many of them.
for (const [word, n] of [
  ["two", 2],
  ["three", 3],
  ["four", 4],
] as const) {
  for (const det of [
    "the other",
    "the remaining",
    "its other",
    "its remaining",
    "all the other",
    "all of the other",
    "all its other",
    "all of its other",
    "each of the other",
    "each of its other",
  ])
    for (const noun of [
      "",
      "areas",
      "judgements",
      "judgments",
      "domains",
      "categories",
    ])
      cueEntries.push({
        phrase: `${det} ${word} ${noun}`.trim(),
        value: { kind: "all-areas", count: n },
      });
  // "outstanding overall and in all four of the other judgements"
  for (const noun of ["areas", "judgements", "judgments", "categories"])
    for (const phrase of [
      ...[
        "all",
        "all of the",
        "all of its",
        "each of the",
        "each of its",
        "every one of the",
        "every one of its",
      ].map((prefix) => `${prefix} ${word} other ${noun}`),
      `all ${word} of the other ${noun}`,
      `all ${word} of its other ${noun}`,
    ])
      cueEntries.push({ phrase, value: { kind: "all-areas", count: n } });
}
for (const [word, n] of [
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["2", 2],
  ["3", 3],
  ["4", 4],
] as const) {
  for (const [of, m] of [
    ["three", 3],
    ["four", 4],
    ["five", 5],
    ["six", 6],
    ["3", 3],
    ["4", 4],
    ["5", 5],
    ["6", 6],
  ] as const) {
    if (m <= n) continue;
    for (const det of ["", "its", "the", "their"]) {
      for (const noun of [
        "areas",
        "judgements",
        "judgments",
        "ofsted judgements",
        "categories",
        "domains",
        "judgement areas",
        "areas inspected",
      ]) {
        cueEntries.push({
          phrase: `${word} of ${det} ${of} ${noun}`.replace(/\s+/g, " "),
          value: { kind: "count-areas", count: n, of: m },
        });
      }
    }
  }
}
cue("council-ref", [
  "the council",
  "the borough",
  "the authority",
  "the local authority",
  "the county",
  "the county council",
  "the city council",
  "the borough council",
  "the city",
  "the department",
  "the directorate",
  "the service",
  "the trust",
  "the company",
  "the organisation",
  "the children's trust",
  "the london borough",
  "the unitary authority",
  "the town",
  "the district",
  "this council",
  "this authority",
  "our council",
  "the services",
  "the council's",
  "the local authority's",
  "our",
  "we",
  "us",
]);
cue("group-ref", [
  "both",
  "both councils",
  "both boroughs",
  "both authorities",
  "both counties",
  "each council",
  "each borough",
  "each authority",
  "each of them",
  "each of the councils",
  "each of the boroughs",
  "the two councils",
  "the two boroughs",
  "the two authorities",
  "the three councils",
  "the three boroughs",
  "the boroughs",
  "the councils",
  "the two",
  "all three",
  "all three councils",
  "all three boroughs",
  "each of the two councils",
  "the two teesside councils",
  "the two counties",
]);
cue("pronoun", ["it", "its", "itself"]);
cue("plural-pronoun", ["they", "their", "them", "theirs"]);
cue("indefinite", [
  "a council",
  "a london borough",
  "a london council",
  "a borough",
  "a county council",
  "a local authority",
  "a city council",
  "a metropolitan borough",
  "a county",
  "an authority",
  "council",
  "a unitary authority",
]);
cue("unrelated-event", [
  "set up",
  "created",
  "formed",
  "founded",
  "introduced",
  "established",
  "launched",
  "appointed",
  "began",
  "begun",
  "began operating",
  "ended",
  "split",
  "joined",
  "came into force",
  "come into force",
  "comes into force",
  "published",
  "released",
  "issued",
  "born",
  "elected",
  "opened",
  "closed",
  "merged",
  "abolished",
  "became",
  "took over",
  "took control",
  "replaced",
  "changed",
  "updated",
  "act",
  "budget",
  "framework introduced",
  "financial year",
  "framework",
  "starting",
  "started",
  "from april",
]);
cue("published", [
  "published",
  "report published",
  "date published",
  "published on",
  "posted on",
  "last updated",
  "updated",
]);
cue("legacy-grade", [
  "adequate",
  "performing well",
  "performing excellently",
  "performing poorly",
  "performs well",
  "performs excellently",
]);
cue("framework-sif", [
  "single inspection framework",
  "SIF",
  "previous framework",
  "old framework",
]);
cue("framework-ilacs", [
  "ILACS",
  "inspection of local authority children's services",
  "inspecting local authority children's services",
  "new framework",
  "updated framework",
  "revised framework",
  "current framework",
]);
cue("failings", ["failings", "failures", "weaknesses", "failing"]);
cue("limit", [
  "limited",
  "limits",
  "capped",
  "caps",
  "held back",
  "holds back",
  "dragged",
  "pulled",
  "brought down",
  "drag",
  "pull",
  "leave",
  "leaves",
  "left",
]);

const capsOnly = new Set([
  "SIF",
  "ILACS",
  "JTAI",
  "JTAIs",
  "LAC",
  "RI",
  "CIW",
  "HMIP",
  "CQC",
]);
for (let i = 0; i < cueEntries.length; i++) {
  const e = cueEntries[i]!;
  if (capsOnly.has(e.phrase)) cueEntries[i] = { ...e, caps: true };
}

/** Cue phrases. */
let cueTrieMemo: PhraseTrie<CueValue> | undefined;
/** The cue phrase trie, built on first use. */
export function cueTrie(): PhraseTrie<CueValue> {
  cueTrieMemo ??= buildTrie(cueEntries);
  return cueTrieMemo;
}

/** Words that may follow a grade word when it is a grade and not a praise adjective. */
export const AFTER_GRADE_OK = new Set([
  "for",
  "in",
  "on",
  "at",
  "across",
  "by",
  "from",
  "to",
  "with",
  "overall",
  "and",
  "or",
  "but",
  "while",
  "whereas",
  "although",
  "though",
  "after",
  "before",
  "since",
  "when",
  "as",
  "following",
  "under",
  "during",
  "between",
  "despite",
  "because",
  "again",
  "too",
  "also",
  "now",
  "once",
  "previously",
  "earlier",
  "last",
  "this",
  "that",
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "it",
  "they",
  "he",
  "she",
  "we",
  "according",
  ...RATING_NOUNS,
  "ranking",
  "category",
  "mark",
  "marks",
  "status",
  "result",
  "results",
  "level",
  "score",
  "say",
  "says",
  "said",
  "ofsted",
  "inspectors",
  "then",
  "there",
  "here",
  "so",
  "yet",
  "still",
  "is",
  "was",
  "were",
  "are",
  "has",
  "have",
  "had",
  "be",
  "been",
  "which",
  "who",
  "where",
  "respectively",
  "each",
  "both",
  "all",
  "either",
  "neither",
  "nor",
  "over",
  "throughout",
  "against",
  "into",
  "up",
  "down",
  "instead",
  "only",
  "just",
  "even",
  "already",
  "report",
  "reports",
  "inspection",
  "inspections",
  "judged",
  "rated",
  "graded",
  "in",
  "outcome",
  "outcomes",
  "effectiveness",
  "once",
  "again",
  "for",
  "across",
  "with",
  "from",
  "about",
  "around",
  "regarding",
  "covering",
  "domain",
  "of",
  "ever",
  "rating's",
  "yesterday",
  "today",
  "this",
  "next",
  "recently",
  "if",
  "not",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "out",
  "off",
  "except",
  "apart",
  "bar",
  "following",
  "amid",
  "after",
  "upon",
  "within",
  "where",
  "whilst",
  "having",
  "being",
  "compared",
  "making",
  "leaving",
  "putting",
  "meaning",
  "placing",
  "which",
  "including",
  "especially",
  "particularly",
  "mainly",
  "largely",
  "consistently",
  "throughout",
  "by",
  "says",
  "said",
  "ofsted's",
  "last",
  "judgement's",
  "than",
  "through",
  "towards",
  "toward",
  "before",
  "until",
  "till",
  "unlike",
  "like",
  "alongside",
  "among",
  "amongst",
  "behind",
  "beyond",
  "adding",
  "saying",
  "finding",
  "while",
  "whereas",
  "ratings",
  "overall's",
  "areas",
  "area",
  "categories",
  "rather",
  "rate",
  "grades",
  "level",
  "levels",
  "standard",
  "standards",
  "band",
  "twice",
  "thrice",
  "repeatedly",
  "consecutively",
  "successively",
]);

/** Words before a grade word that make it a praise adjective ("very good"). */
export const BEFORE_GRADE_BAD = new Set([
  "very",
  "really",
  "so",
  "extremely",
  "particularly",
  "quite",
  "pretty",
  "fairly",
  "genuinely",
  "truly",
  "consistently",
  "generally",
  "mostly",
  "largely",
  "reasonably",
  "sufficiently",
  "increasingly",
  "more",
  "most",
  "less",
  "least",
  "much",
  "highly",
  "exceptionally",
  "some",
  "make",
  "makes",
  "made",
]);

/** Council-type words that may follow an authority name. */
export const COUNCIL_WORDS = new Set([
  "council",
  "borough",
  "county",
  "city",
  "metropolitan",
  "district",
  "mbc",
  "cc",
  "bc",
  "unitary",
  "corporation",
  "authority",
]);

/** Subject words that let a bare grade stand for the whole service (overall effectiveness). */
export const OVERALL_SUBJECTS = new Set([
  "services",
  "service",
  "council",
  "authority",
  "borough",
  "county",
  "city",
  "department",
  "directorate",
  "trust",
  "company",
  "it",
  "they",
  "care",
  "children's",
  "provision",
  "support",
  "arrangements",
  "town",
  "district",
  "we",
  "organisation",
  "organization",
  "enterprise",
  "body",
]);
