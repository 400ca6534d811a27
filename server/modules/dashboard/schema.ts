import { z } from 'zod';
import { periodQuery } from '../../http/period.js';

export const ZDashboardQuery = z.strictObject({
  /** Dutch calendar dates, both inclusive; the last quarter by default. */
  ...periodQuery,
  officeId: z.uuid().optional(),
  departmentId: z.uuid().optional(),
});
export type TDashboardQuery = z.infer<typeof ZDashboardQuery>;

export const ZDashboardCsvQuery = z.strictObject({
  ...ZDashboardQuery.shape,
  /** One chart's figures as `section.table` (e.g. incidents.byForm); the whole dashboard when left out. */
  table: z
    .string()
    .regex(/^[a-z][a-zA-Z]{1,30}\.[a-z][a-zA-Z]{1,30}$/)
    .optional(),
});
export type TDashboardCsvQuery = z.infer<typeof ZDashboardCsvQuery>;

export const ZKpiRow = z.object({
  key: z.string(),
  /** Office or department name; null when the key is a word of the product's vocabulary (the client labels it). */
  label: z.string().nullable(),
  /** This period's figure; null when there is none or when it is suppressed. */
  current: z.number().nullable(),
  /** The previous period of equal length. */
  previous: z.number().nullable(),
  currentSuppressed: z.boolean(),
  previousSuppressed: z.boolean(),
});

export const ZKpiTable = z.object({
  key: z.string(),
  unit: z.enum(['count', 'percent', 'hours', 'seconds', 'days']),
  peopleBased: z.boolean(),
  rows: z.array(ZKpiRow),
});
export type TKpiTable = z.infer<typeof ZKpiTable>;

export const ZDashboardSection = z.object({ key: z.string(), tables: z.array(ZKpiTable) });
export type TDashboardSection = z.infer<typeof ZDashboardSection>;

export const ZDashboard = z.object({
  from: z.string(),
  to: z.string(),
  previousFrom: z.string(),
  previousTo: z.string(),
  /** organisation: everything (filters optional); department: the manager's own department only. */
  scope: z.enum(['organisation', 'department']),
  /** HR's view: every figure of a group smaller than minGroupSize is hidden. */
  anonymised: z.boolean(),
  officeId: z.string().nullable(),
  departmentId: z.string().nullable(),
  minGroupSize: z.number().int(),
  sections: z.array(ZDashboardSection),
});
export type TDashboard = z.infer<typeof ZDashboard>;

export const ZComplaintCount = z.strictObject({
  /** The month as YYYY-MM. */
  month: z.string().regex(/^(20[0-9]{2})-(0[1-9]|1[0-2])$/),
  /** Null: complaints of the whole organisation not tied to an office. */
  officeId: z.uuid().nullable(),
  count: z.number().int().min(0).max(100_000),
});
export type TComplaintCount = z.infer<typeof ZComplaintCount>;

export const ZComplaintList = z.object({
  complaints: z.array(
    z.object({
      month: z.string(),
      officeId: z.string().nullable(),
      officeName: z.string().nullable(),
      count: z.number().int(),
      updatedAt: z.string(),
    }),
  ),
});
export type TComplaintList = z.infer<typeof ZComplaintList>;
