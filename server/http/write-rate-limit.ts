import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A limit on writes per signed-in user (per IP address for anonymous writes), on every write route that has no
 * limit of its own (login and code entry have stricter ones). It runs after authentication (preHandler), so a stolen
 * session or a runaway script is slowed per account, not only per address. Must be installed before the rate-limit
 * plugin registers, so the plugin sees the route's limit.
 */
export function installWriteRateLimit(app: FastifyInstance, config: Pick<Config, 'writeRateLimitPerMinute'>): void {
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!methods.some((method) => WRITE_METHODS.has(method))) return;
    const routeConfig = (route.config ?? {}) as { rateLimit?: unknown };
    if (routeConfig.rateLimit !== undefined) return;
    route.config = {
      ...routeConfig,
      rateLimit: {
        max: config.writeRateLimitPerMinute,
        timeWindow: '1 minute',
        hook: 'preHandler',
        keyGenerator: (request) => (request.user ? `user:${request.user.id}` : `ip:${request.ip}`),
      },
    } as typeof route.config;
  });
}
