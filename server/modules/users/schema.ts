import { z } from 'zod';
import { email, language, requiredName, text } from '../../http/schemas.js';
import { ROLES } from './roles.js';

const roles = z.array(z.enum(ROLES)).min(1).max(ROLES.length);
const optionalId = z.uuid().nullable();

export const ZCreateUserRequest = z.strictObject({
  email,
  name: requiredName,
  roles,
  language: language.default('nl'),
  officeId: optionalId.default(null),
  departmentId: optionalId.default(null),
  teamId: optionalId.default(null),
  /** The user must replace it at first login. */
  temporaryPassword: z.string().min(1).max(1024),
});
export type TCreateUserRequest = z.infer<typeof ZCreateUserRequest>;

export const ZUpdateUserRequest = z
  .strictObject({
    email: email.optional(),
    name: requiredName.optional(),
    roles: roles.optional(),
    language: language.optional(),
    officeId: optionalId.optional(),
    departmentId: optionalId.optional(),
    teamId: optionalId.optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: 'Nothing to change' });
export type TUpdateUserRequest = z.infer<typeof ZUpdateUserRequest>;

export const ZResetPasswordRequest = z.strictObject({ temporaryPassword: z.string().min(1).max(1024) });

export const ZUpdateProfileRequest = z.strictObject({ language });

export const ZUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  language,
  active: z.boolean(),
  officeId: z.string().nullable(),
  departmentId: z.string().nullable(),
  teamId: z.string().nullable(),
  mustChangePassword: z.boolean(),
  locked: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TUser = z.infer<typeof ZUser>;

export const ZUserList = z.object({ users: z.array(ZUser) });

export const ZSearch = z.strictObject({ q: text({ max: 200 }).optional() });
