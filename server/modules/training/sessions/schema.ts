import { z } from 'zod';
import { requiredName, text } from '../../../http/schemas.js';

export const ATTENDANCE = ['invited', 'attended', 'absent'] as const;

const requirementCode = z.string().regex(/^[a-z0-9_-]{1,40}$/);

export const ZPlanSessionRequest = z.strictObject({
  title: requiredName,
  startsAt: z.iso.datetime({ offset: true }),
  location: text({ min: 1, max: 200 }),
  trainer: text({ min: 1, max: 200 }),
  inviteeIds: z.array(z.uuid()).min(1).max(200),
  /** The requirement (its code) the session serves; attending then counts towards it. */
  requirementId: requirementCode.nullable().optional(),
});

/** A change to a planned session: only the fields given change. */
export const ZChangeSessionRequest = z.strictObject({
  title: requiredName.optional(),
  startsAt: z.iso.datetime({ offset: true }).optional(),
  location: text({ min: 1, max: 200 }).optional(),
  trainer: text({ min: 1, max: 200 }).optional(),
  requirementId: requirementCode.nullable().optional(),
});
export type TChangeSessionRequest = z.infer<typeof ZChangeSessionRequest>;

export const ZInviteRequest = z.strictObject({ inviteeIds: z.array(z.uuid()).min(1).max(200) });

export const ZAttendanceRequest = z.strictObject({
  attendance: z.array(z.strictObject({ userId: z.uuid(), attendance: z.enum(ATTENDANCE) })).max(200),
  note: text({ max: 4000 }),
});

export const ZSession = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: z.string(),
  location: z.string(),
  trainer: z.string(),
  requirementId: z.string().nullable(),
  note: z.string(),
  cancelledAt: z.string().nullable(),
  invitees: z.array(z.object({ userId: z.string(), name: z.string(), attendance: z.enum(ATTENDANCE) })),
});
export type TSession = z.infer<typeof ZSession>;

export const ZMySession = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: z.string(),
  location: z.string(),
  trainer: z.string(),
  requirementId: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  attendance: z.enum(ATTENDANCE),
});

export const ZPerson = z.object({ id: z.string(), name: z.string(), departmentName: z.string().nullable() });
