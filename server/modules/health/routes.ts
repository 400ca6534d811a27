import { sql } from 'drizzle-orm';
import type { AppContext, ZodApp } from '../../app-context.js';
import { migrationsCurrent } from '../../db/migrate.js';
import { anyone } from '../../http/policy.js';

export function healthRoutes(app: ZodApp, ctx: AppContext): void {
  // Liveness: the process answers. No database work, so a slow database does not get the process restarted.
  app.get('/healthz', { config: { policy: anyone }, schema: { hide: true } }, async () => ({ status: 'ok' }));

  // Readiness: the database answers and carries every migration of this version.
  app.get('/readyz', { config: { policy: anyone }, schema: { hide: true } }, async (request, reply) => {
    try {
      await ctx.db.execute(sql`select 1`);
      if (!(await migrationsCurrent(ctx.db))) {
        return reply.code(503).send({ status: 'unavailable', database: 'ok', migrations: 'pending' });
      }
      return { status: 'ok', database: 'ok', migrations: 'current' };
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed');
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });
}
