import { z } from 'zod';
import { language } from '../../http/schemas.js';
import { ROLES } from '../users/roles.js';

export const ZLoginRequest = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});

export const ZChangePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});

export const ZSessionUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  language,
  officeId: z.string().nullable(),
  departmentId: z.string().nullable(),
  teamId: z.string().nullable(),
  mustChangePassword: z.boolean(),
  secondFactor: z.enum(['ok', 'verify', 'setup']),
});
export type TSessionUser = z.infer<typeof ZSessionUser>;

/** What the web client gets after login and on reload: who is signed in and the CSRF token for writes. */
export const ZSessionResponse = z.object({
  user: ZSessionUser,
  csrfToken: z.string(),
});
export type TSessionResponse = z.infer<typeof ZSessionResponse>;
