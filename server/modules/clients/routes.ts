import { z } from 'zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { actionOnId } from '../../http/action-route.js';
import { currentUser } from '../../http/policy.js';
import { uuidParam } from '../../http/schemas.js';
import { recordRead } from '../audit/record-read.js';
import { handlingPolicy } from '../handlings/policy.js';
import { getHandling } from '../handlings/service.js';
import { clientPolicy } from './policy.js';
import {
  ZClient,
  ZClientSearchQuery,
  ZClientSummary,
  ZCreateClientRequest,
  ZHandlingClient,
  ZLinkClientRequest,
  ZUpdateClientRequest,
} from './schema.js';
import { clientOfHandling, createClient, findClients, getClient, linkClient, updateClient } from './service.js';

export function clientRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['clients'];

  app.get(
    '/api/v1/clients',
    {
      config: { policy: clientPolicy.view },
      schema: {
        tags,
        querystring: ZClientSearchQuery,
        response: { 200: z.object({ clients: z.array(ZClientSummary) }) },
      },
    },
    async (request) => ({ clients: await findClients(ctx, currentUser(request.user), request.query.q) }),
  );
  app.post(
    '/api/v1/clients',
    { config: { policy: clientPolicy.edit }, schema: { tags, body: ZCreateClientRequest, response: { 201: ZClient } } },
    async (request, reply) => {
      const user = currentUser(request.user);
      const id = await createClient(ctx, user, request.body);
      return reply.code(201).send(await getClient(ctx, user, id));
    },
  );
  app.get(
    '/api/v1/clients/:id',
    { config: { policy: clientPolicy.view }, schema: { tags, params: uuidParam, response: { 200: ZClient } } },
    async (request) => {
      const user = currentUser(request.user);
      const client = await getClient(ctx, user, request.params.id);
      await recordRead(ctx, user, { entityType: 'client', entityId: request.params.id });
      return client;
    },
  );
  actionOnId(app, {
    method: 'PATCH',
    url: '/api/v1/clients/:id',
    policy: clientPolicy.edit,
    tags,
    body: ZUpdateClientRequest,
    view: ZClient,
    act: async (user, id, body) => {
      await updateClient(ctx, user, id, body);
    },
    show: (user, id) => getClient(ctx, user, id),
  });

  // The client of a live handling: the handling screen shows it with its active measures.
  app.get(
    '/api/v1/handlings/:id/client',
    {
      config: { policy: handlingPolicy.view },
      schema: { tags, params: uuidParam, response: { 200: z.object({ client: ZHandlingClient.nullable() }) } },
    },
    async (request) => {
      const user = currentUser(request.user);
      // Whoever may see the handling may see its client; anyone else learns nothing (404).
      await getHandling(ctx, user, request.params.id);
      return { client: await clientOfHandling(ctx, user, request.params.id) };
    },
  );
  app.put(
    '/api/v1/handlings/:id/client',
    {
      config: { policy: clientPolicy.link },
      schema: {
        tags,
        params: uuidParam,
        body: ZLinkClientRequest,
        response: { 200: z.object({ client: ZHandlingClient.nullable() }) },
      },
    },
    async (request) => {
      const user = currentUser(request.user);
      await linkClient(ctx, user, request.params.id, request.body.clientId);
      return { client: await clientOfHandling(ctx, user, request.params.id) };
    },
  );
}
