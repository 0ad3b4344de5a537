import { describe, expect, expectTypeOf, it } from "vitest";
import * as domain from "./index";
import type {
  Area,
  AreaOutcome,
  Authority,
  Claim,
  Conflict,
  Evidence,
  Grade,
  InspectionType,
  NextInspectionWindow,
  Partnership,
  ReconciledInspection,
  Reconciliation,
} from "./index";

describe("@csi/domain", () => {
  it("exports exactly these names", () => {
    expect(Object.keys(domain).sort()).toMatchInlineSnapshot(`
      [
        "AREAS",
        "AREA_LABELS",
        "AREA_LEGACY_NAMES",
        "AREA_SYNONYMS",
        "AUTHORITIES",
        "AUTHORITY_KINDS",
        "AUTHORITY_KIND_LABELS",
        "AUTHORITY_NAME_KEYS",
        "AreaOutcomeSchema",
        "AreaSchema",
        "AuthorityKindSchema",
        "AuthorityRecordSchema",
        "AuthorityRefSchema",
        "AuthoritySchema",
        "CONFLICT_FIELDS",
        "CURRENT_AUTHORITIES",
        "CadenceRuleSchema",
        "ClaimSchema",
        "ConflictFieldSchema",
        "ConflictSchema",
        "DOCUMENT_FORMATS",
        "DateClaimSchema",
        "DocumentFormatSchema",
        "DocumentSchema",
        "EvidenceSchema",
        "FRAMEWORKS",
        "FRAMEWORK_IDS",
        "FrameworkIdSchema",
        "FrameworkSchema",
        "GRADES",
        "GRADE_LABELS",
        "GRADE_SHORT_LABELS",
        "GradeSchema",
        "GssCodeSchema",
        "ILACS_CADENCE",
        "INSPECTION_TYPES",
        "INSPECTION_TYPE_LABELS",
        "InspectionSchema",
        "InspectionTypeSchema",
        "IsoDateSchema",
        "JudgementSchema",
        "LaCodeSchema",
        "LastInspectionSchema",
        "NextInspectionWindowSchema",
        "PARTNERSHIPS",
        "PARTNERSHIP_STATUSES",
        "PartialDateSchema",
        "PartnershipSchema",
        "PartnershipSourceSchema",
        "PartnershipStatusSchema",
        "REGIONS",
        "ReconciledInspectionSchema",
        "ReconciledJudgementSchema",
        "ReconciliationSchema",
        "RegionSchema",
        "areDatesConsistent",
        "areaOutcome",
        "areaParts",
        "areaStatus",
        "authoritiesAt",
        "authoritiesInForceAt",
        "authorityAt",
        "authorityNameKey",
        "compareGrades",
        "continuingAuthority",
        "datePrecision",
        "endOfPartialDate",
        "expandAllAreas",
        "findAuthoritiesByName",
        "findAuthority",
        "findAuthorityByGss",
        "findAuthorityByLaCode",
        "findPartnership",
        "frameworkAt",
        "getFramework",
        "gradeNumber",
        "isAuthorityValidAt",
        "isBetterGrade",
        "isGradedInspectionType",
        "linkedYears",
        "nextInspectionWindow",
        "normalizeName",
        "partnershipStatusAt",
        "partnershipsOf",
        "reconcile",
        "slugify",
        "startOfPartialDate",
        "toAuthorityRef",
        "yearOf",
      ]
    `);
  });

  it("infers the vocabulary types from the tuples", () => {
    expectTypeOf<Grade>().toEqualTypeOf<
      "outstanding" | "good" | "requires-improvement" | "inadequate"
    >();
    expectTypeOf<InspectionType>().toEqualTypeOf<
      | "standard-inspection"
      | "short-inspection"
      | "focused-visit"
      | "monitoring-visit"
      | "jtai"
    >();
    expectTypeOf<Area>().toEqualTypeOf<(typeof domain.AREAS)[number]>();
    expect(domain.GradeSchema.options).toEqual(domain.GRADES);
  });

  it("infers record and result types from their schemas", () => {
    expectTypeOf<Evidence>().toEqualTypeOf<{
      source: string;
      start: number;
      end: number;
      quote: string;
    }>();
    expectTypeOf<Claim>().toHaveProperty("source").toEqualTypeOf<string>();
    expectTypeOf<Claim>().toHaveProperty("date").toEqualTypeOf<string>();
    expectTypeOf<ReconciledInspection>().toExtend<domain.Inspection>();
    expectTypeOf<ReconciledInspection["judgements"][number]>()
      .toHaveProperty("sources")
      .toEqualTypeOf<string[]>();
    expectTypeOf<Reconciliation>().toEqualTypeOf<{
      inspections: ReconciledInspection[];
      conflicts: Conflict[];
    }>();
    expectTypeOf<Conflict["kind"]>().toEqualTypeOf<
      "grade" | "field" | "ambiguous"
    >();
    expectTypeOf<AreaOutcome>().toEqualTypeOf<
      | { status: "graded"; grade: Grade }
      | { status: "not-judged" }
      | { status: "unknown" }
    >();
    expectTypeOf<NextInspectionWindow>().toEqualTypeOf<{
      type: "short-inspection" | "standard-inspection";
      earliest: string;
      latest: string | null;
    }>();
    expectTypeOf(domain.findAuthority).returns.toEqualTypeOf<
      Authority | undefined
    >();
    expectTypeOf(domain.partnershipsOf).returns.toEqualTypeOf<
      readonly Partnership[]
    >();
    expect(domain.findAuthority("RBKC")?.gss).toBe("E09000020");
  });
});
