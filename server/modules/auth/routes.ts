import type { AppContext, ZodApp } from '../../app-context.js';
import { anyone, type SessionUser, signedIn } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { clearSessionCookie, sessionCookieOptions } from './authenticate.js';
import { ZChangePasswordRequest, ZLoginRequest, ZSessionResponse } from './schema.js';
import { secondFactorRoutes } from './second-factor-routes.js';
import { changePassword, login, logout } from './service.js';
import { SESSION_COOKIE } from './sessions.js';

function requireSession(user: SessionUser | null, sessionId: string | undefined): [SessionUser, string] {
  if (!user || !sessionId) throw new ProblemError(401, 'unauthenticated');
  return [user, sessionId];
}

export function authRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/v1/auth/login',
    {
      config: {
        policy: anyone,
        csrfExempt: true,
        // Per IP, on top of the per-account lockout: slows password spraying across accounts.
        rateLimit: { max: ctx.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: { tags: ['auth'], body: ZLoginRequest, response: { 200: ZSessionResponse } },
    },
    async (request, reply) => {
      const result = await login(ctx, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? '',
      });
      reply.setCookie(SESSION_COOKIE, result.token, sessionCookieOptions(request, result.session.expiresAt));
      return { user: result.user, csrfToken: result.session.csrfToken };
    },
  );

  app.get(
    '/api/v1/auth/session',
    {
      config: { policy: signedIn, allowPendingPasswordChange: true, secondFactorStages: ['verify', 'setup'] },
      schema: { tags: ['auth'], response: { 200: ZSessionResponse } },
    },
    async (request) => {
      const [user] = requireSession(request.user, request.session?.id);
      return { user, csrfToken: request.session?.csrfToken ?? '' };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { policy: signedIn, allowPendingPasswordChange: true, secondFactorStages: ['verify', 'setup'] },
      schema: { tags: ['auth'] },
    },
    async (request, reply) => {
      const [user, sessionId] = requireSession(request.user, request.session?.id);
      await logout(ctx, user, sessionId);
      clearSessionCookie(request, reply);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: {
        policy: signedIn,
        allowPendingPasswordChange: true,
        secondFactorStages: ['setup'],
        rateLimit: { max: 10, timeWindow: '1 minute' },
      },
      schema: { tags: ['auth'], body: ZChangePasswordRequest },
    },
    async (request, reply) => {
      const [user, sessionId] = requireSession(request.user, request.session?.id);
      await changePassword(ctx, user, sessionId, request.body);
      return reply.code(204).send();
    },
  );
  secondFactorRoutes(app, ctx);
}
