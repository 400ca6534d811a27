import { z } from 'zod';
import { ZOverdueItem } from '../coaching-plans/schema.js';

export const ZHome = z.object({
  organisationName: z.string(),
  /** Shown to everyone: what to do when it goes wrong right now. */
  safety: z.object({ alarmNumber: z.string(), emergencyNumber: z.string() }),
  /** For managers: the people of their own department. */
  team: z
    .object({
      departmentName: z.string(),
      members: z.array(
        z.object({ id: z.string(), name: z.string(), email: z.string(), officeName: z.string().nullable() }),
      ),
    })
    .nullable(),
  /** For director, safety officer, HR and admin: the organisation at a glance. */
  organisation: z
    .object({ offices: z.number(), departments: z.number(), teams: z.number(), users: z.number() })
    .nullable(),
  /** The user's own 90-day plan items past their due date. */
  overduePlanItems: z.array(ZOverdueItem),
});
export type THome = z.infer<typeof ZHome>;
