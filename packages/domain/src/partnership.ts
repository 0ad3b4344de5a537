import { z } from "zod";
import { GssCodeSchema, normalizeName } from "./authority";
import {
  IsoDateSchema,
  PartialDateSchema,
  endOfPartialDate,
  startOfPartialDate,
  type IsoDate,
} from "./date";

/** Schema for a published source that states a partnership date, with the words that state it. */
export const PartnershipSourceSchema = z.object({
  /** Headline of the article or document; `null` when the copy we hold has none. */
  title: z.string().nullable(),
  /** Who published it, e.g. `"Children & Young People Now"`; `null` when unknown. */
  publisher: z.string().nullable(),
  /** Publication date; `null` when the copy we hold is undated. */
  published: IsoDateSchema.nullable(),
  /** The exact sentence that supports the date. */
  quote: z.string().min(1),
  /** How the date was read from the quote, when that took a step ("two years ago" counted back from the publication date). */
  note: z.string().optional(),
});
/** A published source that states a partnership date, with the words that state it. */
export type PartnershipSource = z.infer<typeof PartnershipSourceSchema>;

/**
 * Schema for one value that sources give for a date, with every source that gives it. A date that
 * sources disagree on is a list of these, one per distinct value, rather than one chosen value.
 */
export const DateClaimSchema = z.object({
  /** The date as precise as the sources give it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  value: PartialDateSchema,
  sources: z.array(PartnershipSourceSchema).min(1),
});
/** One value that sources give for a date, with every source that gives it. */
export type DateClaim = z.infer<typeof DateClaimSchema>;

/** Schema for a shared children's services arrangement between authorities, with its dates as sourced claims. */
export const PartnershipSchema = z.object({
  /** Stable identifier, e.g. `"tri-borough"`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Display name. */
  name: z.string().min(1),
  /** Other names articles use for it. */
  aliases: z.array(z.string().min(1)),
  /** GSS codes of the member authorities, sorted. */
  members: z.array(GssCodeSchema).min(2),
  /** What the members shared, in the sources' words. */
  services: z.array(z.string().min(1)).min(1),
  /** When it began: one entry per distinct value the sources give. */
  start: z.array(DateClaimSchema).min(1),
  /** When it ended: one entry per distinct value the sources give; empty while no source reports an end. */
  end: z.array(DateClaimSchema),
  /** Id of the arrangement it replaced, if any. */
  precededBy: z.string().nullable(),
  /** Id of the arrangement that replaced it, if any. */
  followedBy: z.string().nullable(),
  /** What the dates do and do not settle. */
  note: z.string(),
});
/** A shared children's services arrangement between authorities. */
export type Partnership = z.infer<typeof PartnershipSchema>;

const CYP_NOW = "Children & Young People Now";
const ARTICLE_2019: Omit<PartnershipSource, "quote"> = {
  title:
    "Inspectors praise quality of support at former tri-borough children services",
  publisher: CYP_NOW,
  published: "2019-10-16",
};
const ARTICLE_2018: Omit<PartnershipSource, "quote"> = {
  title: "Inspectors praise care leaver support at former tri-borough council",
  publisher: CYP_NOW,
  published: "2018-10-09",
};
// A local news report on Hammersmith and Fulham's March 2024 inspection; our copy has no headline or date.
const ARTICLE_2024: Omit<PartnershipSource, "quote"> = {
  title: null,
  publisher: null,
  published: null,
};

const TRI_BOROUGH_ENDED_2017 =
  "But the arrangement ended two years ago when Conservative-controlled Kensington and Chelsea and Westminster councils announced they intended to sever ties with Labour-controlled Hammersmith & Fulham and instead form a bi-borough arrangement for children's services.";
const TRI_BOROUGH_ENDED_APRIL_2018 =
  "Hammersmith and Fulham's children's services split from a tri-borough arrangement with Kensington and Chelsea and Westminster councils in April this year.";
const TWO_YEARS_AGO =
  "“Two years ago” counted back from the article's date (16 October 2019).";
const APRIL_THIS_YEAR = "“April this year” in an article of 9 October 2018.";

/**
 * The shared children's services arrangements in the register, with every date as the sources give it.
 * The sources disagree on when the tri-borough began (2011 or 2012) and ended (2017 or April 2018); both
 * values are kept, each with its source.
 */
export const PARTNERSHIPS: readonly Partnership[] = [
  {
    id: "tri-borough",
    name: "Tri-borough (Hammersmith and Fulham, Kensington and Chelsea, Westminster)",
    aliases: [
      "tri-borough",
      "triborough",
      "tri borough",
      "tri-borough arrangement",
      "tri-borough partnership",
    ],
    members: ["E09000013", "E09000020", "E09000033"],
    services: ["children's services", "adult social care", "public health"],
    start: [
      {
        value: "2011",
        sources: [
          {
            ...ARTICLE_2019,
            quote:
              "Hammersmith and Fulham, Kensington and Chelsea, and Westminster councils had formed a tri-borough arrangement involving joint provision of children's services, adult social care and public health in 2011.",
          },
        ],
      },
      {
        value: "2012",
        sources: [
          {
            ...ARTICLE_2018,
            quote:
              "The tri-borough agreement between Hammersmith and Fulham, Kensington and Chelsea, and Westminster councils had been set up in 2012 to share resources in response to funding constraints.",
          },
        ],
      },
    ],
    end: [
      {
        value: "2017",
        sources: [
          {
            ...ARTICLE_2019,
            quote: TRI_BOROUGH_ENDED_2017,
            note: `${TWO_YEARS_AGO} The sentence dates the end to the announcement of the split.`,
          },
        ],
      },
      {
        value: "2018-04",
        sources: [
          {
            ...ARTICLE_2018,
            quote: TRI_BOROUGH_ENDED_APRIL_2018,
            note: APRIL_THIS_YEAR,
          },
          {
            ...ARTICLE_2018,
            quote:
              "But this finished in April after Kensington and Chelsea, and Westminster served notice to Hammersmith and Fulham, which they claimed was planning to leave the partnership.",
            note: APRIL_THIS_YEAR,
          },
        ],
      },
      {
        value: "2018",
        sources: [
          {
            ...ARTICLE_2024,
            quote:
              "At the time of its last inspection, Hammersmith and Fulham Council had not long redesigned some of its social care services for children, having largely disaggregated itself from a joint arrangement with Kensington and Chelsea and Westminster in 2018.",
          },
        ],
      },
    ],
    precededBy: null,
    followedBy: "bi-borough",
    note: "Some back-office and specialist services stayed shared after the split, including the multi-agency safeguarding hub (MASH), per the 2019 article. Each council was always inspected and graded on its own.",
  },
  {
    id: "bi-borough",
    name: "Bi-borough (Kensington and Chelsea, Westminster)",
    aliases: [
      "bi-borough",
      "biborough",
      "bi borough",
      "bi-borough arrangement",
      "bi-borough agreement",
    ],
    members: ["E09000020", "E09000033"],
    services: ["children's services"],
    start: [
      {
        value: "2017",
        sources: [
          {
            ...ARTICLE_2019,
            quote: TRI_BOROUGH_ENDED_2017,
            note: `${TWO_YEARS_AGO} The bi-borough is dated from the end of the tri-borough.`,
          },
        ],
      },
      {
        value: "2018-04",
        sources: [
          {
            ...ARTICLE_2018,
            quote: TRI_BOROUGH_ENDED_APRIL_2018,
            note: `${APRIL_THIS_YEAR} The bi-borough is dated from the end of the tri-borough.`,
          },
          {
            ...ARTICLE_2018,
            quote:
              "Kensington and Chelsea and Westminster children's services continue to work together under a bi-borough agreement.",
          },
        ],
      },
    ],
    end: [],
    precededBy: "tri-borough",
    followedBy: null,
    note: "No source here reports an end; the latest one (October 2019) describes it as running. Each council is inspected and graded on its own.",
  },
];

/** Whether a partnership was running on a date, given how precise and how consistent its sourced dates are. */
export const PARTNERSHIP_STATUSES = [
  "active",
  "uncertain",
  "inactive",
] as const;
/** Schema for a partnership status. */
export const PartnershipStatusSchema = z.enum(PARTNERSHIP_STATUSES);
/**
 * `"active"` when every sourced start is before the date and every sourced end after it, `"inactive"` when
 * none could cover it, `"uncertain"` in between (sources disagree, or give only a year or month).
 */
export type PartnershipStatus = z.infer<typeof PartnershipStatusSchema>;

/**
 * Whether `partnership` was running on `date` (`YYYY-MM-DD`), reading every sourced start and end at the
 * widest it can mean.
 * @example partnershipStatusAt(findPartnership("tri-borough")!, "2011-06-01") // "uncertain" (began 2011 or 2012)
 */
export function partnershipStatusAt(
  partnership: Partnership,
  date: IsoDate,
): PartnershipStatus {
  const starts = partnership.start.map((c) => c.value);
  const ends = partnership.end.map((c) => c.value);
  const earliestStart = minOf(starts.map(startOfPartialDate));
  const latestStart = maxOf(starts.map(endOfPartialDate));
  const earliestEnd = ends.length
    ? minOf(ends.map(startOfPartialDate))
    : undefined;
  const latestEnd = ends.length ? maxOf(ends.map(endOfPartialDate)) : undefined;
  if (date < earliestStart || (latestEnd !== undefined && date > latestEnd))
    return "inactive";
  if (date >= latestStart && (earliestEnd === undefined || date < earliestEnd))
    return "active";
  return "uncertain";
}

/**
 * The partnerships an authority (by GSS code) belongs to, sorted by their earliest sourced start. With
 * `date` (`YYYY-MM-DD`), only those that may have been running that day; check {@link partnershipStatusAt}
 * to tell certain from uncertain.
 * @example partnershipsOf("E09000033", "2020-01-01").map((p) => p.id) // ["bi-borough"]
 */
export function partnershipsOf(
  gss: string,
  date?: IsoDate,
): readonly Partnership[] {
  const code = gss.trim().toUpperCase();
  return PARTNERSHIPS.filter(
    (p) =>
      p.members.includes(code) &&
      (date === undefined || partnershipStatusAt(p, date) !== "inactive"),
  ).sort(
    (a, b) =>
      earliestStartOf(a).localeCompare(earliestStartOf(b)) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * Finds a partnership by id, name or alias, ignoring case and punctuation; `undefined` when none matches.
 * @example findPartnership("Triborough")?.id // "tri-borough"
 */
export function findPartnership(nameOrId: string): Partnership | undefined {
  const key = normalizeName(nameOrId);
  if (key === "") return undefined;
  return PARTNERSHIPS.find((p) =>
    [p.id, p.name, ...p.aliases].some((n) => normalizeName(n) === key),
  );
}

function earliestStartOf(partnership: Partnership): IsoDate {
  return minOf(partnership.start.map((c) => startOfPartialDate(c.value)));
}

function minOf(dates: readonly IsoDate[]): IsoDate {
  return dates.reduce((a, b) => (b < a ? b : a));
}

function maxOf(dates: readonly IsoDate[]): IsoDate {
  return dates.reduce((a, b) => (b > a ? b : a));
}
