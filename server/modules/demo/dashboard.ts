import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { complaintCounts } from '../dashboard/tables.js';
import { users } from '../users/tables.js';
import { DEMO_DOMAIN } from './credentials.js';

/** Complaints per month (entered by the safety officer) for the past year, so the dashboard's section has data. */
export async function loadDashboardDemo(tx: Tx, offices: { eindhoven: string; helmond: string }): Promise<void> {
  const [officer] = await tx
    .select()
    .from(users)
    .where(eq(users.email, `preventie@${DEMO_DOMAIN}`));
  if (!officer) return;
  const now = new Date();
  const rows = [];
  for (let back = 1; back <= 12; back++) {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 10);
    // A slow decline after the training, as the organisation hopes to show (seed 000): plausible, not flattering.
    rows.push(
      { month, officeId: offices.eindhoven, count: 9 + (back % 4) + Math.floor(back / 3), enteredBy: officer.id },
      { month, officeId: offices.helmond, count: 4 + (back % 3) + Math.floor(back / 4), enteredBy: officer.id },
    );
  }
  await tx.insert(complaintCounts).values(rows);
}
