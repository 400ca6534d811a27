import { z } from 'zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser } from '../../http/policy.js';
import { uuidParam } from '../../http/schemas.js';
import { dutyPolicy } from './policy.js';
import {
  ZCreateExceptionRequest,
  ZCreateResponseTeamRequest,
  ZDutyOverview,
  ZMyDuty,
  ZOfficeDuty,
  ZOfficeSettingsRequest,
  ZSetMembersRequest,
  ZUpdateMyDutyRequest,
  ZUpdateResponseTeamRequest,
} from './schema.js';
import {
  addException,
  createResponseTeam,
  deleteException,
  getOfficeDuty,
  heartbeat,
  myDuty,
  setMembers,
  staffingOverview,
  updateMyDuty,
  updateOfficeSettings,
  updateResponseTeam,
} from './service.js';

export function dutyRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['duty'];
  const manage = { policy: dutyPolicy.manage };
  const own = { policy: dutyPolicy.own };
  const created = z.object({ id: z.string() });

  app.get(
    '/api/v1/duty',
    { config: { policy: dutyPolicy.overview }, schema: { tags, response: { 200: ZDutyOverview } } },
    (request) => staffingOverview(ctx, currentUser(request.user)),
  );
  app.get(
    '/api/v1/duty/offices/:id',
    { config: manage, schema: { tags, params: uuidParam, response: { 200: ZOfficeDuty } } },
    (request) => getOfficeDuty(ctx, currentUser(request.user), request.params.id),
  );
  app.put(
    '/api/v1/duty/offices/:id/settings',
    { config: manage, schema: { tags, params: uuidParam, body: ZOfficeSettingsRequest } },
    async (request, reply) => {
      await updateOfficeSettings(ctx, currentUser(request.user), request.params.id, request.body);
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/v1/duty/teams',
    { config: manage, schema: { tags, body: ZCreateResponseTeamRequest, response: { 201: created } } },
    async (request, reply) =>
      reply.code(201).send({ id: await createResponseTeam(ctx, currentUser(request.user), request.body) }),
  );
  app.patch(
    '/api/v1/duty/teams/:id',
    { config: manage, schema: { tags, params: uuidParam, body: ZUpdateResponseTeamRequest } },
    async (request, reply) => {
      await updateResponseTeam(ctx, currentUser(request.user), request.params.id, request.body);
      return reply.code(204).send();
    },
  );
  app.put(
    '/api/v1/duty/teams/:id/members',
    { config: manage, schema: { tags, params: uuidParam, body: ZSetMembersRequest } },
    async (request, reply) => {
      await setMembers(ctx, currentUser(request.user), request.params.id, request.body);
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/v1/duty/teams/:id/exceptions',
    { config: manage, schema: { tags, params: uuidParam, body: ZCreateExceptionRequest, response: { 201: created } } },
    async (request, reply) =>
      reply.code(201).send({ id: await addException(ctx, currentUser(request.user), request.params.id, request.body) }),
  );
  app.delete(
    '/api/v1/duty/exceptions/:id',
    { config: manage, schema: { tags, params: uuidParam } },
    async (request, reply) => {
      await deleteException(ctx, currentUser(request.user), request.params.id);
      return reply.code(204).send();
    },
  );
  app.get('/api/v1/duty/me', { config: own, schema: { tags, response: { 200: ZMyDuty } } }, (request) =>
    myDuty(ctx, currentUser(request.user)),
  );
  app.patch(
    '/api/v1/duty/me',
    { config: own, schema: { tags, body: ZUpdateMyDutyRequest, response: { 200: ZMyDuty } } },
    async (request) => {
      const user = currentUser(request.user);
      await updateMyDuty(ctx, user, request.body);
      return myDuty(ctx, user);
    },
  );
  // The app normally beats over its WebSocket; this is the same for a client that cannot hold one open.
  app.post('/api/v1/duty/heartbeat', { config: own, schema: { tags } }, async (request, reply) => {
    await heartbeat(ctx, currentUser(request.user));
    return reply.code(204).send();
  });
}
