import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext, ZodApp } from '../../app-context.js';
import { enforcePolicy } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import type { SessionRow } from './repository.js';
import { resolveSession, SESSION_COOKIE } from './sessions.js';
import { tokensEqual } from './tokens.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Login is the only write that may come without a CSRF token: there is no session yet. */
    csrfExempt?: boolean;
  }
  interface FastifyRequest {
    session: SessionRow | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

export function sessionCookieOptions(request: FastifyRequest, expires?: Date) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
    ...(expires ? { expires } : {}),
  };
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
}

/**
 * Every request: find the session behind the cookie, check CSRF on writes, then the route's policy.
 * Runs in onRequest so that a refused request is never parsed, validated or handled.
 */
export function installAuthentication(app: ZodApp, ctx: AppContext): void {
  app.decorateRequest('user', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const resolved = await resolveSession(ctx.db, ctx.config, token);
      if (resolved) {
        request.user = resolved.user;
        request.session = resolved.session;
      } else {
        clearSessionCookie(request, reply);
      }
    }
    const config = request.routeOptions.config;
    if (request.session && !SAFE_METHODS.has(request.method) && !config.csrfExempt) {
      const header = request.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !tokensEqual(header, request.session.csrfToken)) {
        throw new ProblemError(403, 'csrf_failed');
      }
    }
    enforcePolicy(request);
  });
}
