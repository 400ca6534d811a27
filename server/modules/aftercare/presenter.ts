import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { SessionUser } from '../../http/policy.js';
import { dutchDate } from '../../time/dutch-time.js';
import { namesOf } from '../handlings/repository.js';
import { incidents } from '../incidents/tables.js';
import { isCaretaker, maySeeAnswers } from './access.js';
import type { Referral } from './schedule.js';
import type { TCheckin } from './schema.js';
import type { aftercareCheckins } from './tables.js';

export type CheckinRow = typeof aftercareCheckins.$inferSelect;

/** Where a check-in stands on a Dutch calendar day. */
export function checkinStatus(
  row: Pick<CheckinRow, 'heldOn' | 'opensOn' | 'dueOn'>,
  today: string,
): TCheckin['status'] {
  if (row.heldOn) return 'done';
  if (row.dueOn < today) return 'overdue';
  return row.opensOn > today ? 'upcoming' : 'open';
}

/** Check-ins as this user may see them: answers and conversation only for the person and their caretaker. */
export async function presentCheckins(db: Executor, rows: CheckinRow[], user: SessionUser): Promise<TCheckin[]> {
  if (rows.length === 0) return [];
  const incidentIds = [...new Set(rows.map((row) => row.incidentId))];
  const [names, moments] = await Promise.all([
    namesOf(db, [...new Set(rows.flatMap((row) => [row.personId, ...(row.recordedBy ? [row.recordedBy] : [])]))]),
    db
      .select({ id: incidents.id, occurredAt: incidents.occurredAt })
      .from(incidents)
      .where(inArray(incidents.id, incidentIds)),
  ]);
  const occurred = new Map(moments.map((row) => [row.id, row.occurredAt?.toISOString() ?? null]));
  const today = dutchDate();
  return rows.map((row) => {
    const visible = maySeeAnswers(row, user);
    const status = checkinStatus(row, today);
    return {
      id: row.id,
      incidentId: row.incidentId,
      incidentOccurredAt: occurred.get(row.incidentId) ?? null,
      person: { id: row.personId, name: names.get(row.personId) ?? '' },
      personRole: row.personRole as TCheckin['personRole'],
      kind: row.kind as TCheckin['kind'],
      sequence: row.sequence,
      opensOn: row.opensOn,
      dueOn: row.dueOn,
      status,
      answered: row.answeredAt !== null,
      private: visible,
      canAnswer: row.personId === user.id && status !== 'done' && status !== 'upcoming',
      canRecord: isCaretaker(row, user),
      answer:
        visible && row.answeredAt
          ? {
              answeredAt: row.answeredAt.toISOString(),
              needs: row.needs,
              wellbeing: row.wellbeing,
              referrals: row.referrals as Referral[],
            }
          : null,
      conversation:
        visible && row.heldOn
          ? {
              heldOn: row.heldOn,
              notes: row.notes,
              agreements: row.agreements,
              recordedBy: row.recordedBy ? (names.get(row.recordedBy) ?? '') : '',
            }
          : null,
    };
  });
}
