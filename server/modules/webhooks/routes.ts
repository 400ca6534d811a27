import { z } from 'zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser } from '../../http/policy.js';
import { uuidParam } from '../../http/schemas.js';
import { startDispatcher } from './dispatcher.js';
import { webhookPolicy } from './policy.js';
import { ZCreateWebhookRequest, ZDelivery, ZUpdateWebhookRequest, ZWebhook, ZWebhookWithSecret } from './schema.js';
import {
  createWebhook,
  deleteWebhook,
  deliveriesOf,
  listWebhooks,
  rotateSecret,
  sendTest,
  updateWebhook,
} from './service.js';

export function webhookRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['webhooks'];
  const config = { policy: webhookPolicy.manage };

  app.get(
    '/api/v1/webhooks',
    { config, schema: { tags, response: { 200: z.object({ webhooks: z.array(ZWebhook) }) } } },
    async () => ({
      webhooks: await listWebhooks(ctx),
    }),
  );
  app.post(
    '/api/v1/webhooks',
    { config, schema: { tags, body: ZCreateWebhookRequest, response: { 201: ZWebhookWithSecret } } },
    async (request, reply) => reply.code(201).send(await createWebhook(ctx, currentUser(request.user), request.body)),
  );
  app.patch(
    '/api/v1/webhooks/:id',
    { config, schema: { tags, params: uuidParam, body: ZUpdateWebhookRequest, response: { 200: ZWebhook } } },
    (request) => updateWebhook(ctx, currentUser(request.user), request.params.id, request.body),
  );
  app.delete('/api/v1/webhooks/:id', { config, schema: { tags, params: uuidParam } }, async (request, reply) => {
    await deleteWebhook(ctx, currentUser(request.user), request.params.id);
    return reply.code(204).send();
  });
  app.post(
    '/api/v1/webhooks/:id/secret',
    { config, schema: { tags, params: uuidParam, response: { 200: z.object({ secret: z.string() }) } } },
    (request) => rotateSecret(ctx, currentUser(request.user), request.params.id),
  );
  app.post(
    '/api/v1/webhooks/:id/test',
    {
      config,
      schema: {
        tags,
        params: uuidParam,
        response: {
          200: z.object({
            status: z.enum(['delivered', 'failed', 'dead']),
            statusCode: z.number().int().nullable(),
            error: z.string().nullable(),
          }),
        },
      },
    },
    (request) => sendTest(ctx, currentUser(request.user), request.params.id),
  );
  app.get(
    '/api/v1/webhooks/:id/deliveries',
    { config, schema: { tags, params: uuidParam, response: { 200: z.object({ deliveries: z.array(ZDelivery) }) } } },
    async (request) => ({ deliveries: await deliveriesOf(ctx, request.params.id) }),
  );

  // Every process sends what is due; deliveries are claimed with SKIP LOCKED, so several processes never collide.
  if (ctx.config.backgroundJobs) {
    let stop: (() => Promise<void>) | null = null;
    app.addHook('onReady', async () => {
      stop = startDispatcher(ctx.db, (error) => app.log.error({ err: error }, 'webhook dispatch failed'));
    });
    app.addHook('onClose', async () => {
      await stop?.();
    });
  }
}
