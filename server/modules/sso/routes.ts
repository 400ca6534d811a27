import type { FastifyRequest } from 'fastify';

import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { sessionCookieOptions } from '../auth/authenticate.js';
import { SESSION_COOKIE } from '../auth/sessions.js';
import { ssoPolicy } from './policy.js';
import { readSsoSettings, ssoActive } from './repository.js';
import { ZSsoCallbackQuery, ZSsoSettings, ZSsoStatus, ZUpdateSsoSettingsRequest } from './schema.js';
import { getSsoSettings, redirectUri, updateSsoSettings } from './settings.js';
import { finishSignIn, startSignIn } from './sign-in.js';

/** Ties the callback to the browser that started the sign-in: a stolen callback URL is useless elsewhere. */
const STATE_COOKIE = 'regie_sso_state';
const STATE_COOKIE_PATH = '/api/v1/auth/sso';

function origin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** Failures the admin should be able to see: a forged or replayed callback, a token that does not check out. */
const AUDITED_FAILURES = new Set(['sso_state_invalid', 'sso_failed', 'sso_email_unverified']);

export function ssoRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['sso'];

  app.get(
    '/api/v1/auth/sso',
    { config: { policy: ssoPolicy.signIn }, schema: { tags, response: { 200: ZSsoStatus } } },
    async () => {
      const settings = await readSsoSettings(ctx.db);
      const enabled = ssoActive(settings);
      return { enabled, passwordLoginEnabled: settings.passwordLoginEnabled || !enabled };
    },
  );

  app.get(
    '/api/v1/auth/sso/start',
    {
      config: {
        policy: ssoPolicy.signIn,
        rateLimit: { max: ctx.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: { tags },
    },
    async (request, reply) => {
      const { url, state } = await startSignIn(ctx, redirectUri(ctx, origin(request)));
      reply.setCookie(STATE_COOKIE, state, {
        ...sessionCookieOptions(request),
        path: STATE_COOKIE_PATH,
        maxAge: 600,
      });
      return reply.redirect(url, 302);
    },
  );

  app.get(
    '/api/v1/auth/sso/callback',
    {
      config: {
        policy: ssoPolicy.signIn,
        rateLimit: { max: ctx.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: { tags, querystring: ZSsoCallbackQuery },
    },
    async (request, reply) => {
      const base = redirectUri(ctx, origin(request));
      const currentUrl = new URL(request.url, base);
      reply.clearCookie(STATE_COOKIE, { ...sessionCookieOptions(request), path: STATE_COOKIE_PATH });
      try {
        const result = await finishSignIn(ctx, {
          currentUrl,
          cookieState: request.cookies[STATE_COOKIE],
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? '',
        });
        reply.setCookie(SESSION_COOKIE, result.token, sessionCookieOptions(request, result.session.expiresAt));
        return reply.redirect('/', 302);
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        if (error.cause) request.log.warn({ err: error.cause }, 'SSO sign-in refused');
        if (AUDITED_FAILURES.has(error.code)) {
          await ctx.db.transaction((tx) =>
            recordAudit(
              tx,
              { id: null, label: request.ip },
              {
                action: 'auth.sso_failed',
                entityType: 'user',
                entityId: null,
                details: { reason: error.code },
              },
            ),
          );
        }
        // The browser came here by a redirect: it goes back to the login page, which explains in words.
        return reply.redirect(`/login?sso=${encodeURIComponent(error.code)}`, 302);
      }
    },
  );

  app.get(
    '/api/v1/sso/settings',
    { config: { policy: ssoPolicy.manage }, schema: { tags, response: { 200: ZSsoSettings } } },
    (request) => getSsoSettings(ctx, origin(request)),
  );
  app.put(
    '/api/v1/sso/settings',
    {
      config: { policy: ssoPolicy.manage },
      schema: { tags, body: ZUpdateSsoSettingsRequest, response: { 200: ZSsoSettings } },
    },
    (request) => updateSsoSettings(ctx, currentUser(request.user), request.body, origin(request)),
  );
}
