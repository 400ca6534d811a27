import { z } from 'zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser, hasAnyRole, signedIn } from '../../http/policy.js';
import { uuidParam } from '../../http/schemas.js';
import {
  disableTotp,
  enableTotp,
  regenerateRecoveryCodes,
  resetTotpOf,
  startTotpSetup,
  totpStatus,
  verifySecondFactor,
} from './second-factor.js';
import { endOwnSession, revokeSessionsOf, sessionsOf } from './session-list.js';

const code = z.string().trim().min(1).max(32);
const ZCodeRequest = z.strictObject({ code });
const ZRecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
const ZTotpStatus = z.object({
  enabled: z.boolean(),
  enabledAt: z.string().nullable(),
  required: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});
const ZSessionInfo = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ip: z.string(),
  userAgent: z.string(),
  current: z.boolean(),
  pendingSecondFactor: z.boolean(),
});
const ZSessionList = z.object({ sessions: z.array(ZSessionInfo) });

/** Guessing codes is slowed down per IP on top of the per-account lockout. */
const codeRateLimit = { max: 10, timeWindow: '1 minute' };
const admin = hasAnyRole('admin');

export function secondFactorRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['auth'];
  const session = (request: { session: { id: string } | null }) => request.session?.id ?? '';

  app.post(
    '/api/v1/auth/second-factor',
    {
      config: {
        policy: signedIn,
        secondFactorStages: ['verify'],
        allowPendingPasswordChange: true,
        rateLimit: codeRateLimit,
      },
      schema: { tags, body: ZCodeRequest },
    },
    async (request, reply) => {
      await verifySecondFactor(ctx, currentUser(request.user), session(request), {
        code: request.body.code,
        ip: request.ip,
      });
      return reply.code(204).send();
    },
  );

  const setupStage = { policy: signedIn, secondFactorStages: ['setup'] as const, allowPendingPasswordChange: true };
  app.get('/api/v1/auth/totp', { config: setupStage, schema: { tags, response: { 200: ZTotpStatus } } }, (request) =>
    totpStatus(ctx, currentUser(request.user)),
  );
  app.post(
    '/api/v1/auth/totp/setup',
    {
      config: setupStage,
      schema: { tags, response: { 200: z.object({ secret: z.string(), uri: z.string(), qrSvg: z.string() }) } },
    },
    (request) => startTotpSetup(ctx, currentUser(request.user)),
  );
  app.post(
    '/api/v1/auth/totp/enable',
    {
      config: { ...setupStage, rateLimit: codeRateLimit },
      schema: { tags, body: ZCodeRequest, response: { 200: ZRecoveryCodes } },
    },
    (request) => enableTotp(ctx, currentUser(request.user), request.body.code),
  );
  app.post(
    '/api/v1/auth/totp/recovery-codes',
    {
      config: { policy: signedIn, rateLimit: codeRateLimit },
      schema: { tags, body: ZCodeRequest, response: { 200: ZRecoveryCodes } },
    },
    (request) => regenerateRecoveryCodes(ctx, currentUser(request.user), request.body.code),
  );
  app.post(
    '/api/v1/auth/totp/disable',
    {
      config: { policy: signedIn, rateLimit: codeRateLimit },
      schema: { tags, body: z.strictObject({ password: z.string().min(1).max(1024), code }) },
    },
    async (request, reply) => {
      await disableTotp(ctx, currentUser(request.user), request.body);
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/v1/users/:id/totp/reset',
    { config: { policy: admin }, schema: { tags: ['users'], params: uuidParam } },
    async (request, reply) => {
      await resetTotpOf(ctx, currentUser(request.user), request.params.id);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/auth/sessions',
    { config: { policy: signedIn }, schema: { tags, response: { 200: ZSessionList } } },
    async (request) => ({ sessions: await sessionsOf(ctx, currentUser(request.user).id, session(request)) }),
  );
  app.delete(
    '/api/v1/auth/sessions/:id',
    { config: { policy: signedIn }, schema: { tags, params: uuidParam } },
    async (request, reply) => {
      await endOwnSession(ctx, currentUser(request.user), request.params.id);
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/v1/users/:id/sessions',
    { config: { policy: admin }, schema: { tags: ['users'], params: uuidParam, response: { 200: ZSessionList } } },
    async (request) => ({ sessions: await sessionsOf(ctx, request.params.id) }),
  );
  app.post(
    '/api/v1/users/:id/sessions/revoke',
    {
      config: { policy: admin },
      schema: { tags: ['users'], params: uuidParam, response: { 200: z.object({ ended: z.number().int() }) } },
    },
    async (request) => ({ ended: await revokeSessionsOf(ctx, currentUser(request.user), request.params.id) }),
  );
}
