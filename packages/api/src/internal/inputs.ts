import {
  AUTHORITIES,
  AreaSchema,
  findAuthority,
  FrameworkIdSchema,
  GradeSchema,
  InspectionTypeSchema,
  RegionSchema,
  type Authority,
} from "@csi/domain";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

/** An authority as people name it: GSS code, DfE LA code, slug or name. */
export const AuthorityCodeSchema = z.string().trim().min(1).max(200);

/** Paging: `limit` rows from `offset`. */
export const pageInput = (defaultLimit: number, maxLimit: number) => ({
  limit: z.number().int().min(1).max(maxLimit).default(defaultLimit),
  offset: z.number().int().min(0).default(0),
});

const oneOrMany = <T extends z.ZodType>(schema: T) =>
  z.union([schema, z.array(schema).min(1)]);

/** Filters shared by inspection lists and exports. */
export const InspectionFilterSchema = z.object({
  /** Only this authority (GSS code, LA code or name). */
  authority: AuthorityCodeSchema.optional(),
  region: RegionSchema.optional(),
  yearFrom: z.number().int().min(2000).max(2100).optional(),
  yearTo: z.number().int().min(2000).max(2100).optional(),
  type: oneOrMany(InspectionTypeSchema).optional(),
  framework: oneOrMany(FrameworkIdSchema).optional(),
  /** Inspections that graded this area (with `grade`: gave it that grade). */
  area: AreaSchema.optional(),
  /** Inspections with this grade (in `area` when given, else in any area). */
  grade: GradeSchema.optional(),
});
export type InspectionFilterInput = z.infer<typeof InspectionFilterSchema>;

/** Finds an authority or throws NOT_FOUND naming the code. */
export function getAuthorityOrThrow(code: string): Authority {
  const authority = findAuthority(code);
  if (!authority) {
    throw new TRPCError({
      code: "NOT_FOUND",
      message: `no authority with code or name "${code}"`,
    });
  }
  return authority;
}

/** Turns the input filter into the store's filter (authority and region become GSS codes). */
export function toStoreFilter(input: InspectionFilterInput) {
  let gss: string[] | undefined;
  if (input.authority !== undefined)
    gss = [getAuthorityOrThrow(input.authority).gss];
  if (input.region !== undefined) {
    const inRegion = AUTHORITIES.filter((a) => a.region === input.region).map(
      (a) => a.gss,
    );
    gss = gss ? gss.filter((code) => inRegion.includes(code)) : inRegion;
  }
  const list = <T>(value: T | T[] | undefined) =>
    value === undefined ? undefined : Array.isArray(value) ? value : [value];
  const types = list(input.type);
  const frameworks = list(input.framework);
  return {
    ...(gss ? { gss } : {}),
    ...(input.yearFrom !== undefined ? { yearFrom: input.yearFrom } : {}),
    ...(input.yearTo !== undefined ? { yearTo: input.yearTo } : {}),
    ...(types ? { types } : {}),
    ...(frameworks ? { frameworks } : {}),
    ...(input.area !== undefined ? { area: input.area } : {}),
    ...(input.grade !== undefined ? { grade: input.grade } : {}),
  };
}
