import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { yearOf, type PartialDate } from "./date";
import type { Evidence } from "./evidence";
import type { InspectionType } from "./inspection";
import { AREAS, GRADES, areaParts, type Area, type Grade } from "./judgement";
import type { Claim } from "./records";
import {
  ReconciliationSchema,
  linkedYears,
  reconcile,
  type Conflict,
  type Reconciliation,
} from "./reconcile";

const HF = { name: "Hammersmith and Fulham", gss: "E09000013", laCode: "205" };
const RBKC = {
  name: "Kensington and Chelsea",
  gss: "E09000020",
  laCode: "207",
};

function quoteIn(source: string, quote: string, start = 0): Evidence {
  return { source, start, end: start + quote.length, quote };
}

interface ClaimInput {
  source: string;
  date: PartialDate;
  grades?: Partial<Record<Area, Grade>>;
  authority?: Claim["authority"];
  type?: InspectionType;
  extra?: Partial<Claim>;
}

function claim({
  source,
  date,
  grades = {},
  authority = HF,
  type = "standard-inspection",
  extra = {},
}: ClaimInput): Claim {
  return {
    source,
    authority,
    type,
    framework: null,
    date,
    judgements: Object.entries(grades).map(([area, grade]) => ({
      area: area as Area,
      grade,
      evidence: [quoteIn(source, `${area} ${grade}`)],
    })),
    evidence: [quoteIn(source, date, 100)],
    ...extra,
  };
}

function check(result: Reconciliation): Reconciliation {
  expect(ReconciliationSchema.parse(result)).toEqual(result);
  return result;
}

describe("reconcile", () => {
  it("merges two claims with the same grades into one inspection citing both sources", () => {
    const grades = {
      "overall-effectiveness": "good",
      leadership: "good",
    } as const;
    const { inspections, conflicts } = check(
      reconcile([
        claim({ source: "b.txt", date: "2019-07-08", grades }),
        claim({ source: "a.txt", date: "2019-07-08", grades }),
      ]),
    );
    expect(conflicts).toEqual([]);
    expect(inspections).toHaveLength(1);
    const [inspection] = inspections;
    expect(inspection?.id).toBe("E09000013/standard-inspection/2019-07-08");
    expect(inspection?.sources).toEqual(["a.txt", "b.txt"]);
    expect(inspection?.framework).toBe("ilacs-2018");
    expect(
      inspection?.judgements.map((j) => [j.area, j.grade, j.sources]),
    ).toEqual([
      ["overall-effectiveness", "good", ["a.txt", "b.txt"]],
      ["leadership", "good", ["a.txt", "b.txt"]],
    ]);
    expect(inspection?.judgements[0]?.evidence.map((e) => e.source)).toEqual([
      "a.txt",
      "b.txt",
    ]);
    expect(inspection?.evidence.map((e) => e.source)).toEqual([
      "a.txt",
      "b.txt",
    ]);
  });

  it("reports different grades as a conflict naming both sources, and keeps the agreed areas", () => {
    const { inspections, conflicts } = check(
      reconcile([
        claim({
          source: "a.txt",
          date: "2019-07-08",
          grades: { "overall-effectiveness": "good", leadership: "good" },
        }),
        claim({
          source: "b.txt",
          date: "2019-07-08",
          grades: {
            "overall-effectiveness": "outstanding",
            leadership: "good",
          },
        }),
      ]),
    );
    expect(inspections.map((i) => i.judgements.map((j) => j.area))).toEqual([
      ["leadership"],
    ]);
    expect(conflicts).toEqual([
      {
        kind: "grade",
        authority: HF,
        inspection: "E09000013/standard-inspection/2019-07-08",
        area: "overall-effectiveness",
        values: [
          {
            source: "a.txt",
            area: "overall-effectiveness",
            grade: "good",
            evidence: [quoteIn("a.txt", "overall-effectiveness good")],
          },
          {
            source: "b.txt",
            area: "overall-effectiveness",
            grade: "outstanding",
            evidence: [quoteIn("b.txt", "overall-effectiveness outstanding")],
          },
        ],
      },
    ]);
  });

  it("merges a year-only claim with a full date in that year, keeping the full date", () => {
    const { inspections, conflicts } = check(
      reconcile([
        claim({
          source: "article.txt",
          date: "2019",
          grades: { "overall-effectiveness": "good" },
        }),
        claim({
          source: "report.txt",
          date: "2019-07-08",
          grades: { "overall-effectiveness": "good" },
          extra: { endDate: "2019-07-19" },
        }),
        claim({ source: "month.txt", date: "2019-07" }),
      ]),
    );
    expect(conflicts).toEqual([]);
    expect(inspections.map((i) => [i.date, i.endDate, i.sources])).toEqual([
      ["2019-07-08", "2019-07-19", ["article.txt", "month.txt", "report.txt"]],
    ]);
  });

  it("keeps claims from different years, types and authorities apart", () => {
    const { inspections, conflicts } = check(
      reconcile([
        claim({
          source: "a.txt",
          date: "2016",
          grades: { "overall-effectiveness": "good" },
        }),
        claim({
          source: "a.txt",
          date: "2019-07-08",
          grades: { "overall-effectiveness": "good" },
        }),
        claim({
          source: "b.txt",
          date: "2019-07-08",
          type: "short-inspection",
        }),
        claim({ source: "c.txt", date: "2019-07-08", authority: RBKC }),
        claim({ source: "d.txt", date: "2018" }),
      ]),
    );
    expect(conflicts).toEqual([]);
    expect(inspections.map((i) => i.id)).toEqual([
      "E09000013/standard-inspection/2016",
      "E09000013/standard-inspection/2018",
      "E09000013/short-inspection/2019-07-08",
      "E09000013/standard-inspection/2019-07-08",
      "E09000020/standard-inspection/2019-07-08",
    ]);
    expect(inspections[0]?.framework).toBe("sif");
  });

  it("merges exact days within a fortnight with a date conflict, keeping the month they share", () => {
    const { inspections, conflicts } = check(
      reconcile([
        claim({ source: "a.txt", date: "2024-03-11" }),
        claim({ source: "b.txt", date: "2024-03-15" }),
      ]),
    );
    expect(inspections.map((i) => [i.id, i.sources])).toEqual([
      ["E09000013/standard-inspection/2024-03", ["a.txt", "b.txt"]],
    ]);
    expect(
      conflicts.map((c) => [
        c.kind,
        c.kind === "field" ? c.field : "",
        c.values.map((v) => `${v.source}=${"value" in v ? v.value : ""}`),
      ]),
    ).toEqual([["field", "date", ["a.txt=2024-03-11", "b.txt=2024-03-15"]]]);
  });

  it("keeps exact days more than a fortnight apart, and months that differ, apart", () => {
    const { inspections, conflicts } = check(
      reconcile([
        claim({
          source: "a.txt",
          date: "2024-03-01",
          type: "monitoring-visit",
        }),
        claim({
          source: "b.txt",
          date: "2024-03-15",
          type: "monitoring-visit",
        }),
        claim({ source: "c.txt", date: "2019-03" }),
        claim({ source: "d.txt", date: "2019-04-02" }),
      ]),
    );
    expect(conflicts).toEqual([]);
    expect(inspections.map((i) => i.id)).toEqual([
      "E09000013/standard-inspection/2019-03",
      "E09000013/standard-inspection/2019-04-02",
      "E09000013/monitoring-visit/2024-03-01",
      "E09000013/monitoring-visit/2024-03-15",
    ]);
  });

  it("keeps a vague date that fits several inspections apart and reports it as ambiguous", () => {
    const { inspections, conflicts } = check(
      reconcile([
        claim({
          source: "feb.txt",
          date: "2019-02-05",
          type: "monitoring-visit",
        }),
        claim({
          source: "jun.txt",
          date: "2019-06-10",
          type: "monitoring-visit",
        }),
        claim({ source: "vague.txt", date: "2019", type: "monitoring-visit" }),
      ]),
    );
    expect(inspections.map((i) => [i.id, i.sources])).toEqual([
      ["E09000013/monitoring-visit/2019", ["vague.txt"]],
      ["E09000013/monitoring-visit/2019-02-05", ["feb.txt"]],
      ["E09000013/monitoring-visit/2019-06-10", ["jun.txt"]],
    ]);
    expect(conflicts).toEqual([
      {
        kind: "ambiguous",
        authority: HF,
        inspection: "E09000013/monitoring-visit/2019",
        candidates: [
          "E09000013/monitoring-visit/2019-02-05",
          "E09000013/monitoring-visit/2019-06-10",
        ],
        values: [
          {
            source: "vague.txt",
            value: "2019",
            evidence: [quoteIn("vague.txt", "2019", 100)],
          },
        ],
      },
    ]);
  });

  describe("the combined children in care and care leavers area", () => {
    it("under ILACS 2018, agrees when the combined grade equals both parts and gives the combined judgement", () => {
      const { inspections, conflicts } = check(
        reconcile([
          claim({
            source: "a.txt",
            date: "2019",
            grades: { "children-in-care-and-care-leavers": "good" },
          }),
          claim({
            source: "b.txt",
            date: "2019-07-08",
            grades: { "children-in-care": "good", "care-leavers": "good" },
          }),
        ]),
      );
      expect(conflicts).toEqual([]);
      expect(
        inspections[0]?.judgements.map((j) => [j.area, j.grade, j.sources]),
      ).toEqual([
        ["children-in-care-and-care-leavers", "good", ["a.txt", "b.txt"]],
      ]);
    });

    it("under ILACS 2018, reports a part that differs from the combined grade against the combined area", () => {
      const { inspections, conflicts } = check(
        reconcile([
          claim({
            source: "a.txt",
            date: "2019-07-08",
            grades: { "children-in-care-and-care-leavers": "good" },
          }),
          claim({
            source: "b.txt",
            date: "2019-07-08",
            grades: { "care-leavers": "outstanding" },
          }),
        ]),
      );
      expect(inspections[0]?.judgements).toEqual([]);
      expect(
        conflicts.map((c) =>
          c.kind === "grade"
            ? [c.area, c.values.map((v) => [v.source, v.area, v.grade])]
            : c.kind,
        ),
      ).toEqual([
        [
          "children-in-care-and-care-leavers",
          [
            ["a.txt", "children-in-care-and-care-leavers", "good"],
            ["b.txt", "care-leavers", "outstanding"],
          ],
        ],
      ]);
    });

    it("from 2023, splits a combined grade into both parts and checks each part on its own", () => {
      const { inspections, conflicts } = check(
        reconcile([
          claim({
            source: "a.txt",
            date: "2024-03-11",
            grades: { "children-in-care-and-care-leavers": "outstanding" },
          }),
          claim({
            source: "b.txt",
            date: "2024-03-11",
            grades: {
              "children-in-care": "outstanding",
              "care-leavers": "good",
            },
          }),
        ]),
      );
      expect(inspections[0]?.framework).toBe("ilacs-2023");
      expect(
        inspections[0]?.judgements.map((j) => [j.area, j.grade, j.sources]),
      ).toEqual([["children-in-care", "outstanding", ["a.txt", "b.txt"]]]);
      expect(
        conflicts.map((c) =>
          c.kind === "grade"
            ? [c.area, c.values.map((v) => [v.source, v.area, v.grade])]
            : c.kind,
        ),
      ).toEqual([
        [
          "care-leavers",
          [
            ["a.txt", "children-in-care-and-care-leavers", "outstanding"],
            ["b.txt", "care-leavers", "good"],
          ],
        ],
      ]);
    });

    it("with no framework, keeps the form the sources use", () => {
      const combined = reconcile([
        claim({
          source: "a.txt",
          date: "2012",
          grades: { "children-in-care-and-care-leavers": "good" },
        }),
      ]);
      expect(combined.inspections[0]?.framework).toBeNull();
      expect(combined.inspections[0]?.judgements.map((j) => j.area)).toEqual([
        "children-in-care-and-care-leavers",
      ]);
      const mixed = reconcile([
        claim({
          source: "a.txt",
          date: "2012",
          grades: { "children-in-care-and-care-leavers": "good" },
        }),
        claim({
          source: "b.txt",
          date: "2012",
          grades: { "care-leavers": "good" },
        }),
      ]);
      expect(
        mixed.inspections[0]?.judgements.map((j) => [j.area, j.sources]),
      ).toEqual([
        ["children-in-care", ["a.txt"]],
        ["care-leavers", ["a.txt", "b.txt"]],
      ]);
    });
  });

  it("reports disagreeing publication dates and frameworks, and keeps what the sources agree on", () => {
    const { inspections, conflicts } = check(
      reconcile([
        claim({
          source: "a.txt",
          date: "2017-12-04",
          extra: { published: "2018-02-01", framework: "sif" },
        }),
        claim({
          source: "b.txt",
          date: "2017-12",
          extra: { published: "2018-02-02", framework: "ilacs-2018" },
        }),
        claim({
          source: "c.txt",
          date: "2017",
          extra: { endDate: "2017-12-15" },
        }),
      ]),
    );
    expect(inspections).toHaveLength(1);
    expect(inspections[0]).toMatchObject({
      date: "2017-12-04",
      endDate: "2017-12-15",
      framework: null,
    });
    expect(inspections[0]?.published).toBeUndefined();
    expect(
      conflicts.map((c) =>
        c.kind === "field" ? [c.field, c.values.map((v) => v.value)] : c.kind,
      ),
    ).toEqual([
      ["published", ["2018-02-01", "2018-02-02"]],
      ["framework", ["sif", "ilacs-2018"]],
    ]);
  });

  it("uses the register's name for a known authority", () => {
    const { inspections } = reconcile([
      claim({
        source: "a.txt",
        date: "2019",
        authority: { ...HF, name: "LBHF" },
      }),
    ]);
    expect(inspections[0]?.authority).toEqual(HF);
  });

  it("returns nothing for no claims", () => {
    expect(reconcile([])).toEqual({ inspections: [], conflicts: [] });
  });
});

const dates: PartialDate[] = [
  "2018-12-28",
  "2019",
  "2019-01-03",
  "2019-03",
  "2019-03-04",
  "2019-03-11",
  "2019-03-20",
  "2019-04",
  "2019-04-02",
  "2020",
  "2023-05-15",
];
const evidenceArb = fc
  .record({
    source: fc.constantFrom("s0", "s1", "s2"),
    start: fc.nat(50),
    quote: fc.string({ maxLength: 4 }),
  })
  .map(({ source, start, quote }) => ({
    source,
    start,
    end: start + quote.length,
    quote,
  }));
const claimOver = (pool: readonly PartialDate[]): fc.Arbitrary<Claim> =>
  fc.record({
    source: fc.constantFrom("s0", "s1", "s2", "s3"),
    authority: fc.constantFrom(HF, RBKC),
    type: fc.constantFrom<InspectionType>(
      "standard-inspection",
      "short-inspection",
      "monitoring-visit",
    ),
    framework: fc.constantFrom(
      null,
      null,
      null,
      "ilacs-2018" as const,
      "sif" as const,
    ),
    date: fc.constantFrom(...pool),
    judgements: fc.array(
      fc.record({
        area: fc.constantFrom(...AREAS),
        grade: fc.constantFrom(...GRADES),
        evidence: fc.array(evidenceArb, { maxLength: 2 }),
      }),
      { maxLength: 4 },
    ),
    evidence: fc.array(evidenceArb, { maxLength: 2 }),
  });
const claimArb = claimOver(dates);
// Exact days that chain across New Year (2019 to 2021), and vague dates in those years.
const spreadClaimArb = claimOver([
  ...dates,
  "2019-12-20",
  "2020-01-02",
  "2020-01-14",
  "2020-12-26",
  "2021",
  "2021-01",
  "2021-01-05",
  "2021-01-30",
]);
const claimsAndShuffle = fc.array(claimArb, { maxLength: 12 }).chain((claims) =>
  fc.tuple(
    fc.constant(claims),
    fc.shuffledSubarray(claims, {
      minLength: claims.length,
      maxLength: claims.length,
    }),
  ),
);
const runs = { seed: 20_240_311, numRuns: 300 };

describe("reconcile properties", () => {
  it("does not depend on the order of the claims", () => {
    fc.assert(
      fc.property(claimsAndShuffle, ([claims, shuffled]) => {
        expect(reconcile(shuffled)).toEqual(reconcile(claims));
      }),
      runs,
    );
  });

  it("never loses a claim's source or judgement, and returns valid, linked output", () => {
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 12 }), (claims) => {
        const result = reconcile(claims);
        ReconciliationSchema.parse(result);
        const ids = new Set(result.inspections.map((i) => i.id));
        expect(ids.size).toBe(result.inspections.length);
        for (const conflict of result.conflicts) {
          expect(ids.has(conflict.inspection)).toBe(true);
          if (conflict.kind === "ambiguous")
            for (const id of conflict.candidates)
              expect(ids.has(id)).toBe(true);
        }
        for (const c of claims) {
          const holders = result.inspections.filter(
            (i) =>
              i.authority.gss === c.authority.gss &&
              i.type === c.type &&
              i.sources.includes(c.source),
          );
          expect(holders.length).toBeGreaterThan(0);
          for (const j of c.judgements) {
            const agreed = holders.some((i) =>
              i.judgements.some(
                (r) =>
                  r.grade === j.grade &&
                  r.sources.includes(c.source) &&
                  areaParts(r.area).some((p) => areaParts(j.area).includes(p)),
              ),
            );
            const disputed = result.conflicts.some(
              (k) =>
                k.kind === "grade" &&
                k.values.some(
                  (v) =>
                    v.source === c.source &&
                    v.area === j.area &&
                    v.grade === j.grade,
                ),
            );
            expect(agreed || disputed).toBe(true);
          }
        }
      }),
      runs,
    );
  });

  it("gives the same inspections and conflicts when each run of linked years is reconciled on its own", () => {
    fc.assert(
      fc.property(fc.array(spreadClaimArb, { maxLength: 16 }), (claims) => {
        const groups = new Map<string, Claim[]>();
        for (const c of claims) {
          const key = `${c.authority.gss} ${c.type}`;
          groups.set(key, [...(groups.get(key) ?? []), c]);
        }
        const parts = [...groups.values()].flatMap((group) =>
          linkedYears(group.map((c) => c.date)).map((run) =>
            reconcile(group.filter((c) => run.includes(yearOf(c.date)))),
          ),
        );
        const whole = reconcile(claims);
        const byId = (list: Reconciliation["inspections"]) =>
          [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        expect(byId(parts.flatMap((p) => p.inspections))).toEqual(
          byId(whole.inspections),
        );
        // Each inspection's conflicts, in the order reconcile gives them.
        const conflictsOf = (list: readonly Conflict[]) => {
          const map: Record<string, Conflict[]> = {};
          for (const c of list) (map[c.inspection] ??= []).push(c);
          return map;
        };
        expect(conflictsOf(parts.flatMap((p) => p.conflicts))).toEqual(
          conflictsOf(whole.conflicts),
        );
      }),
      runs,
    );
  });
});

describe("linkedYears", () => {
  it("joins two years when exact days across New Year are within 13 days", () => {
    expect(
      linkedYears(["2019-12-30", "2020-01-05", "2020", "2021-03"]),
    ).toEqual([[2019, 2020], [2021]]);
    expect(
      linkedYears([
        "2018-12-20",
        "2019-01-02",
        "2019-01-14",
        "2019-12-31",
        "2020-01-12",
      ]),
    ).toEqual([[2018, 2019, 2020]]);
  });

  it("keeps years apart when the days across New Year are further apart, or vague", () => {
    expect(linkedYears(["2019-12-10", "2020-01-05"])).toEqual([[2019], [2020]]);
    expect(linkedYears(["2019-12", "2020-01", "2019", "2020"])).toEqual([
      [2019],
      [2020],
    ]);
    // A day in between breaks the chain into steps of at most 13 days: still joined.
    expect(linkedYears(["2019-12-12", "2019-12-24", "2020-01-05"])).toEqual([
      [2019, 2020],
    ]);
    expect(linkedYears([])).toEqual([]);
  });
});
