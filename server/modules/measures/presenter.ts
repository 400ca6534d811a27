import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { SessionUser } from '../../http/policy.js';
import { MEASURE_REASON_READERS } from '../clients/policy.js';
import type { TMeasureSummary } from '../clients/schema.js';
import { offices } from '../org/tables.js';
import { users } from '../users/tables.js';
import { dutchDate, isActive } from './rules.js';
import type { clientMeasures } from './tables.js';

type MeasureRow = typeof clientMeasures.$inferSelect;

export function mayReadReasons(user: SessionUser): boolean {
  return user.roles.some((role) => MEASURE_REASON_READERS.includes(role));
}

/**
 * Measures as the viewer may see them: what applies (kind, offices, restriction, dates) for everyone who looks a
 * client up; why (reason, decider, incident) only for those who decide measures.
 */
export async function presentMeasures(db: Executor, rows: MeasureRow[], user: SessionUser): Promise<TMeasureSummary[]> {
  const officeIds = [...new Set(rows.flatMap((row) => row.details.officeIds ?? []))];
  const deciderIds = [...new Set(rows.map((row) => row.decidedBy))];
  const [officeRows, userRows] = await Promise.all([
    officeIds.length > 0
      ? db.select({ id: offices.id, name: offices.name }).from(offices).where(inArray(offices.id, officeIds))
      : [],
    deciderIds.length > 0
      ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, deciderIds))
      : [],
  ]);
  const officeNames = new Map(officeRows.map((row) => [row.id, row.name]));
  const userNames = new Map(userRows.map((row) => [row.id, row.name]));
  const reasons = mayReadReasons(user);
  const today = dutchDate();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    status: row.status as TMeasureSummary['status'],
    active: isActive(row, today),
    restriction: row.details.restriction ?? null,
    contactName: row.details.contactName ?? null,
    offices: (row.details.officeIds ?? []).map((id) => officeNames.get(id) ?? ''),
    amount: row.details.amount ?? null,
    onBehalfOfEmployer: row.details.onBehalfOfEmployer === true,
    police:
      reasons && row.kind === 'police_report'
        ? {
            byEmployee: row.details.byEmployee === true,
            vpt: row.details.vpt === true,
            employerAddress: row.details.employerAddress === true,
            policeReference: row.details.policeReference ?? null,
            reportedOn: row.details.reportedOn ?? null,
            joinCriminalCase: row.details.joinCriminalCase === true,
          }
        : null,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    reviewOn: row.reviewOn,
    ended: row.endedAt !== null || (row.endsOn !== null && row.endsOn < today),
    reason: reasons ? row.reason : null,
    decidedBy: reasons ? (userNames.get(row.decidedBy) ?? null) : null,
    incidentId: reasons ? row.incidentId : null,
  }));
}
