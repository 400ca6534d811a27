import { z } from 'zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser } from '../../http/policy.js';
import { uuidParam } from '../../http/schemas.js';
import { raiseAlarm } from '../alarms/service.js';
import { handlingPolicy } from './policy.js';
import {
  ZCloseRequest,
  ZFollowUpTask,
  ZHandling,
  ZHandlingSummary,
  ZHandoverRequest,
  ZPhaseRequest,
  ZStartHandlingRequest,
  ZStepRequest,
} from './schema.js';
import {
  closeHandling,
  completeTask,
  getHandling,
  handOver,
  handoverCandidates,
  myHandlings,
  myTasks,
  recordStep,
  setPhase,
  startHandling,
} from './service.js';

export function handlingRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['handlings'];
  const handle = { policy: handlingPolicy.handle };

  app.post(
    '/api/v1/handlings',
    { config: handle, schema: { tags, body: ZStartHandlingRequest, response: { 201: ZHandling } } },
    async (request, reply) => {
      const user = currentUser(request.user);
      const id = await startHandling(ctx, user, request.body);
      return reply.code(201).send(await getHandling(ctx, user, id));
    },
  );
  app.get(
    '/api/v1/handlings',
    { config: handle, schema: { tags, response: { 200: z.object({ handlings: z.array(ZHandlingSummary) }) } } },
    async (request) => ({ handlings: await myHandlings(ctx, currentUser(request.user)) }),
  );
  app.get(
    '/api/v1/handlings/:id',
    { config: { policy: handlingPolicy.view }, schema: { tags, params: uuidParam, response: { 200: ZHandling } } },
    (request) => getHandling(ctx, currentUser(request.user), request.params.id),
  );

  // Each action answers with the handling as it now stands, so the screen never shows a stale step.
  const act = (
    url: string,
    body: z.ZodType | undefined,
    run: (userId: ReturnType<typeof currentUser>, id: string, payload: never) => Promise<void>,
  ) =>
    app.post(
      url,
      { config: handle, schema: { tags, params: uuidParam, ...(body ? { body } : {}), response: { 200: ZHandling } } },
      async (request) => {
        const user = currentUser(request.user);
        await run(user, request.params.id, request.body as never);
        return getHandling(ctx, user, request.params.id);
      },
    );
  act('/api/v1/handlings/:id/steps', ZStepRequest, (user, id, body: z.infer<typeof ZStepRequest>) =>
    recordStep(ctx, user, id, body),
  );
  act('/api/v1/handlings/:id/phase', ZPhaseRequest, (user, id, body: z.infer<typeof ZPhaseRequest>) =>
    setPhase(ctx, user, id, body.phase),
  );
  act('/api/v1/handlings/:id/handover', ZHandoverRequest, (user, id, body: z.infer<typeof ZHandoverRequest>) =>
    handOver(ctx, user, id, body.toUserId),
  );
  // The handling screen's alarm button raises a real silent alarm, linked to the handling.
  act('/api/v1/handlings/:id/alarm', undefined, async (user, id) => {
    await raiseAlarm(ctx, user, { handlingId: id });
  });
  act('/api/v1/handlings/:id/close', ZCloseRequest, (user, id, body: z.infer<typeof ZCloseRequest>) =>
    closeHandling(ctx, user, id, body.summary),
  );

  app.get(
    '/api/v1/handlings/:id/handover-candidates',
    {
      config: handle,
      schema: {
        tags,
        params: uuidParam,
        response: {
          200: z.object({
            candidates: z.array(z.object({ id: z.string(), name: z.string(), isManager: z.boolean() })),
          }),
        },
      },
    },
    async (request) => ({ candidates: await handoverCandidates(ctx, currentUser(request.user), request.params.id) }),
  );

  app.get(
    '/api/v1/tasks',
    {
      config: { policy: handlingPolicy.tasks },
      schema: { tags, response: { 200: z.object({ tasks: z.array(ZFollowUpTask) }) } },
    },
    async (request) => ({ tasks: await myTasks(ctx, currentUser(request.user)) }),
  );
  app.post(
    '/api/v1/tasks/:id/done',
    { config: { policy: handlingPolicy.tasks }, schema: { tags, params: uuidParam } },
    async (request, reply) => {
      await completeTask(ctx, currentUser(request.user), request.params.id);
      return reply.code(204).send();
    },
  );
}
