import { z } from 'zod';
import { requiredName, text } from '../../http/schemas.js';

export const ZOrganisation = z.object({
  name: z.string(),
  /** Managers, directors, safety officers, HR, confidants and admins sign in with a second factor. */
  twoFactorRequired: z.boolean(),
});

export const ZUpdateOrganisationRequest = z
  .strictObject({ name: requiredName.optional(), twoFactorRequired: z.boolean().optional() })
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' });

export const ZOffice = z.object({ id: z.string(), name: z.string(), address: z.string(), active: z.boolean() });
export const ZDepartment = z.object({ id: z.string(), name: z.string(), active: z.boolean() });
export const ZTeam = z.object({
  id: z.string(),
  name: z.string(),
  departmentId: z.string(),
  officeId: z.string().nullable(),
  active: z.boolean(),
});
export type TOffice = z.infer<typeof ZOffice>;
export type TDepartment = z.infer<typeof ZDepartment>;
export type TTeam = z.infer<typeof ZTeam>;

export const ZOrgStructure = z.object({
  organisation: ZOrganisation,
  offices: z.array(ZOffice),
  departments: z.array(ZDepartment),
  teams: z.array(ZTeam),
});
export type TOrgStructure = z.infer<typeof ZOrgStructure>;

const address = text({ max: 300 });

/** An update must change something: an empty body would reach the database as an UPDATE without columns. */
const notEmpty = { message: 'Nothing to change' };
const hasFields = (value: object) => Object.keys(value).length > 0;

export const ZCreateOfficeRequest = z.strictObject({ name: requiredName, address: address.default('') });
export const ZUpdateOfficeRequest = z
  .strictObject({
    name: requiredName.optional(),
    address: address.optional(),
    active: z.boolean().optional(),
  })
  .refine(hasFields, notEmpty);

export const ZCreateDepartmentRequest = z.strictObject({ name: requiredName });
export const ZUpdateDepartmentRequest = z
  .strictObject({
    name: requiredName.optional(),
    active: z.boolean().optional(),
  })
  .refine(hasFields, notEmpty);

export const ZCreateTeamRequest = z.strictObject({
  name: requiredName,
  departmentId: z.uuid(),
  officeId: z.uuid().nullable().default(null),
});
export const ZUpdateTeamRequest = z
  .strictObject({
    name: requiredName.optional(),
    departmentId: z.uuid().optional(),
    officeId: z.uuid().nullable().optional(),
    active: z.boolean().optional(),
  })
  .refine(hasFields, notEmpty);
