import { z } from 'zod';
import type { AppContext, ZodApp } from '../../../app-context.js';
import { currentUser } from '../../../http/policy.js';
import { uuidParam } from '../../../http/schemas.js';
import { trainingPolicy } from '../policy.js';
import {
  ZAttendanceRequest,
  ZChangeSessionRequest,
  ZInviteRequest,
  ZMySession,
  ZPerson,
  ZPlanSessionRequest,
  ZSession,
} from './schema.js';
import {
  cancelSession,
  changeSession,
  inviteToSession,
  mySessions,
  people,
  planSession,
  recordAttendance,
  sessionList,
} from './service.js';

export function sessionRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['training'];
  const plan = { policy: trainingPolicy.plan };
  const sessions = z.object({ sessions: z.array(ZSession) });
  app.get('/api/v1/training/sessions', { config: plan, schema: { tags, response: { 200: sessions } } }, async () => ({
    sessions: await sessionList(ctx),
  }));
  app.post(
    '/api/v1/training/sessions',
    { config: plan, schema: { tags, body: ZPlanSessionRequest, response: { 201: sessions } } },
    async (request, reply) => {
      await planSession(ctx, currentUser(request.user), request.body);
      return reply.code(201).send({ sessions: await sessionList(ctx) });
    },
  );
  app.patch(
    '/api/v1/training/sessions/:id',
    { config: plan, schema: { tags, params: uuidParam, body: ZChangeSessionRequest, response: { 200: sessions } } },
    async (request) => {
      await changeSession(ctx, currentUser(request.user), request.params.id, request.body);
      return { sessions: await sessionList(ctx) };
    },
  );
  app.post(
    '/api/v1/training/sessions/:id/invitees',
    { config: plan, schema: { tags, params: uuidParam, body: ZInviteRequest, response: { 200: sessions } } },
    async (request) => {
      await inviteToSession(ctx, currentUser(request.user), request.params.id, request.body.inviteeIds);
      return { sessions: await sessionList(ctx) };
    },
  );
  app.post(
    '/api/v1/training/sessions/:id/cancel',
    { config: plan, schema: { tags, params: uuidParam, response: { 200: sessions } } },
    async (request) => {
      await cancelSession(ctx, currentUser(request.user), request.params.id);
      return { sessions: await sessionList(ctx) };
    },
  );
  app.put(
    '/api/v1/training/sessions/:id/attendance',
    { config: plan, schema: { tags, params: uuidParam, body: ZAttendanceRequest, response: { 200: sessions } } },
    async (request) => {
      await recordAttendance(ctx, currentUser(request.user), request.params.id, request.body);
      return { sessions: await sessionList(ctx) };
    },
  );
  app.get(
    '/api/v1/training/sessions/mine',
    {
      config: { policy: trainingPolicy.practise },
      schema: { tags, response: { 200: z.object({ sessions: z.array(ZMySession) }) } },
    },
    async (request) => ({ sessions: await mySessions(ctx, currentUser(request.user)) }),
  );
  app.get(
    '/api/v1/training/people',
    { config: plan, schema: { tags, response: { 200: z.object({ people: z.array(ZPerson) }) } } },
    async () => ({ people: await people(ctx) }),
  );
}
