// `npm run admin:create -- --email beheer@example.nl --name "Naam" [--organisation "Naam organisatie"]`
// Creates an administrator in a database without demo data (production), with a random temporary password
// that must be changed at first login. Also names the organisation when it has no name yet.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { runMigrations } from '../server/db/migrate.js';
import { email as emailSchema, requiredName } from '../server/http/schemas.js';
import { createFirstAdmin } from '../server/modules/users/bootstrap.js';
import { openConfiguredDatabase } from './open-database.js';

const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, organisation: { type: 'string' } },
});
const input = z
  .object({ email: emailSchema, name: requiredName, organisation: requiredName.optional() })
  .safeParse(values);
if (!input.success) {
  process.stderr.write(
    'Usage: npm run admin:create -- --email <e-mail> --name "<name>" [--organisation "<organisation name>"]\n',
  );
  process.exit(2);
}

const { database, release } = await openConfiguredDatabase();
try {
  await runMigrations(database);
  const temporaryPassword = randomBytes(12).toString('base64url');
  await createFirstAdmin(database.db, { ...input.data, temporaryPassword });
  process.stdout.write(
    `Administrator ${input.data.email} created.\nTemporary password (change it at first login): ${temporaryPassword}\n`,
  );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await release();
}
