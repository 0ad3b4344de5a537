export {
  AUTHORITIES,
  AUTHORITY_KINDS,
  AUTHORITY_KIND_LABELS,
  AUTHORITY_NAME_KEYS,
  AuthorityKindSchema,
  AuthorityRecordSchema,
  AuthorityRefSchema,
  AuthoritySchema,
  CURRENT_AUTHORITIES,
  GssCodeSchema,
  LaCodeSchema,
  REGIONS,
  RegionSchema,
  authorityAt,
  authoritiesAt,
  authoritiesInForceAt,
  authorityNameKey,
  continuingAuthority,
  findAuthoritiesByName,
  findAuthority,
  findAuthorityByGss,
  findAuthorityByLaCode,
  isAuthorityValidAt,
  normalizeName,
  slugify,
  toAuthorityRef,
} from "./authority";
export type {
  Authority,
  AuthorityKind,
  AuthorityRecord,
  AuthorityRef,
  Region,
} from "./authority";
export {
  ILACS_CADENCE,
  CadenceRuleSchema,
  LastInspectionSchema,
  NextInspectionWindowSchema,
  nextInspectionWindow,
} from "./cadence";
export type {
  CadenceRule,
  LastInspection,
  NextInspectionWindow,
} from "./cadence";
export {
  IsoDateSchema,
  PartialDateSchema,
  areDatesConsistent,
  datePrecision,
  endOfPartialDate,
  startOfPartialDate,
  yearOf,
} from "./date";
export type { DatePrecision, IsoDate, PartialDate } from "./date";
export { EvidenceSchema } from "./evidence";
export type { Evidence } from "./evidence";
export {
  AreaOutcomeSchema,
  FRAMEWORKS,
  FRAMEWORK_IDS,
  FrameworkIdSchema,
  FrameworkSchema,
  areaOutcome,
  areaStatus,
  expandAllAreas,
  frameworkAt,
  getFramework,
} from "./framework";
export type {
  AreaOutcome,
  AreaStatus,
  Framework,
  FrameworkId,
} from "./framework";
export {
  INSPECTION_TYPES,
  INSPECTION_TYPE_LABELS,
  InspectionTypeSchema,
  isGradedInspectionType,
} from "./inspection";
export type { InspectionType } from "./inspection";
export {
  AREAS,
  AREA_LABELS,
  AREA_LEGACY_NAMES,
  AREA_SYNONYMS,
  AreaSchema,
  GRADES,
  GRADE_LABELS,
  GRADE_SHORT_LABELS,
  GradeSchema,
  areaParts,
  compareGrades,
  gradeNumber,
  isBetterGrade,
} from "./judgement";
export type { Area, Grade } from "./judgement";
export {
  ClaimSchema,
  DOCUMENT_FORMATS,
  DocumentFormatSchema,
  DocumentSchema,
  InspectionSchema,
  JudgementSchema,
} from "./records";
export type {
  Claim,
  Document,
  DocumentFormat,
  Inspection,
  Judgement,
} from "./records";
export {
  DateClaimSchema,
  PARTNERSHIPS,
  PARTNERSHIP_STATUSES,
  PartnershipSchema,
  PartnershipSourceSchema,
  PartnershipStatusSchema,
  findPartnership,
  partnershipStatusAt,
  partnershipsOf,
} from "./partnership";
export type {
  DateClaim,
  Partnership,
  PartnershipSource,
  PartnershipStatus,
} from "./partnership";
export {
  CONFLICT_FIELDS,
  ConflictFieldSchema,
  ConflictSchema,
  ReconciledInspectionSchema,
  ReconciledJudgementSchema,
  ReconciliationSchema,
  linkedYears,
  reconcile,
} from "./reconcile";
export type {
  Conflict,
  ConflictField,
  ReconciledInspection,
  ReconciledJudgement,
  Reconciliation,
} from "./reconcile";
