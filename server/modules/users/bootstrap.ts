import type { Db } from '../../db/client.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/record.js';
import { hashPassword } from '../auth/passwords.js';
import { getOrganisation } from '../org/repository.js';
import { organisation } from '../org/tables.js';
import { findUserByEmail, replaceRoles } from './repository.js';
import { users } from './tables.js';

/**
 * The first administrator of a database without demo data (the CLI's admin:create). The password is temporary:
 * it must be changed at first login.
 */
export async function createFirstAdmin(
  db: Db,
  input: { email: string; name: string; organisation?: string; temporaryPassword: string },
): Promise<void> {
  const passwordHash = await hashPassword(input.temporaryPassword);
  await db.transaction(async (tx) => {
    if (await findUserByEmail(tx, input.email)) throw new Error(`A user with e-mail ${input.email} already exists.`);
    if (!(await getOrganisation(tx))) {
      await tx.insert(organisation).values({ id: 1, name: input.organisation ?? 'Organisatie' });
    }
    const [row] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash, mustChangePassword: true })
      .returning();
    if (!row) throw new Error('user insert returned nothing');
    await replaceRoles(tx, row.id, ['admin']);
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: 'user.created',
      entityType: 'user',
      entityId: row.id,
      after: { email: row.email, name: row.name, roles: ['admin'], passwordHash: 'set' },
    });
  });
}
