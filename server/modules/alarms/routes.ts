import websocket from '@fastify/websocket';
import { z } from 'zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser } from '../../http/policy.js';
import { uuidParam } from '../../http/schemas.js';
import { createBroker } from './broker.js';
import { AlarmHub } from './hub.js';
import { alarmPolicy } from './policy.js';
import { attachRuntime, detachRuntime } from './runtime.js';
import { startEscalationScheduler } from './scheduler.js';
import {
  ZAlarm,
  ZAlarmTimeline,
  ZCancelAlarmRequest,
  ZRaiseAlarmRequest,
  ZRefineAlarmRequest,
  ZResolveAlarmRequest,
} from './schema.js';
import {
  acknowledgeAlarm,
  alarmTimeline,
  arriveAtAlarm,
  cancelAlarm,
  getAlarm,
  myOpenAlarms,
  raiseAlarm,
  refineAlarm,
  resolveAlarm,
} from './service.js';

export const ALARM_STREAM_PATH = '/api/v1/alarms/stream';

/** `?since=<event id>`: the last alarm event a reconnecting device saw. Anything else is ignored (a fresh start). */
function sinceOf(query: unknown): number | undefined {
  const since = (query as { since?: unknown } | undefined)?.since;
  return typeof since === 'string' && /^\d{1,15}$/.test(since) ? Number(since) : undefined;
}

export function alarmRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['alarms'];
  const act = { policy: alarmPolicy.act };
  const log = (message: string, error?: unknown) => app.log.error({ err: error }, message);

  app.post(
    '/api/v1/alarms',
    { config: { policy: alarmPolicy.raise }, schema: { tags, body: ZRaiseAlarmRequest, response: { 201: ZAlarm } } },
    async (request, reply) => {
      const user = currentUser(request.user);
      const id = await raiseAlarm(ctx, user, request.body);
      return reply.code(201).send(await getAlarm(ctx, user, id));
    },
  );
  app.get(
    '/api/v1/alarms',
    {
      config: { policy: alarmPolicy.view },
      schema: { tags, response: { 200: z.object({ alarms: z.array(ZAlarm) }) } },
    },
    async (request) => ({ alarms: await myOpenAlarms(ctx, currentUser(request.user)) }),
  );
  app.get(
    '/api/v1/alarms/:id',
    { config: { policy: alarmPolicy.view }, schema: { tags, params: uuidParam, response: { 200: ZAlarm } } },
    (request) => getAlarm(ctx, currentUser(request.user), request.params.id),
  );
  app.get(
    '/api/v1/alarms/:id/timeline',
    { config: { policy: alarmPolicy.view }, schema: { tags, params: uuidParam, response: { 200: ZAlarmTimeline } } },
    (request) => alarmTimeline(ctx, currentUser(request.user), request.params.id),
  );

  // Every action answers with the alarm as it now stands.
  const action = <B extends z.ZodType | undefined>(
    path: string,
    body: B,
    run: (
      user: ReturnType<typeof currentUser>,
      id: string,
      payload: B extends z.ZodType ? z.infer<B> : undefined,
    ) => Promise<void>,
  ) =>
    app.post(
      `/api/v1/alarms/:id/${path}`,
      { config: act, schema: { tags, params: uuidParam, ...(body ? { body } : {}), response: { 200: ZAlarm } } },
      async (request) => {
        const user = currentUser(request.user);
        await run(user, request.params.id, request.body as never);
        return getAlarm(ctx, user, request.params.id);
      },
    );
  action('acknowledge', undefined, (user, id) => acknowledgeAlarm(ctx, user, id));
  action('arrive', undefined, (user, id) => arriveAtAlarm(ctx, user, id));
  action('details', ZRefineAlarmRequest, (user, id, body) => refineAlarm(ctx, user, id, body));
  action('cancel', ZCancelAlarmRequest, (user, id, body) => cancelAlarm(ctx, user, id, body));
  action('resolve', ZResolveAlarmRequest, (user, id, body) => resolveAlarm(ctx, user, id, body.note));

  const hub = new AlarmHub(ctx, log);
  const broker = createBroker(ctx.database);
  const runtime = { broker, log };
  let stopScheduler: (() => Promise<void>) | undefined;
  attachRuntime(ctx, runtime);
  app.addHook('onReady', async () => {
    broker.subscribe({ notice: (notice) => void hub.onNotice(notice), resync: () => void hub.resync() });
    stopScheduler = startEscalationScheduler(ctx, log);
  });
  app.addHook('onClose', async () => {
    await stopScheduler?.();
    hub.close();
    await broker.close();
    detachRuntime(ctx, runtime);
  });

  app.register(websocket, { options: { maxPayload: 4096 } });
  app.register(async (scope) => {
    // A refused upgrade (401, 403) is answered like any request, but Node leaves an upgrade's socket to its handler:
    // close it once the answer is out, or it lingers half-open and keeps a shutdown waiting. An accepted upgrade is
    // taken over by the WebSocket (the reply is hijacked), so this hook does not run for it.
    scope.addHook('onResponse', async (request) => {
      if (request.raw.headers.upgrade) request.raw.socket.destroy();
    });
    scope.get(
      ALARM_STREAM_PATH,
      { websocket: true, config: { policy: alarmPolicy.stream }, schema: { tags, hide: true } },
      (socket, request) => {
        // Browsers send cookies with cross-site WebSocket handshakes too: only our own pages may open one.
        const origin = request.headers.origin;
        if (origin && new URL(origin).host !== request.headers.host) {
          socket.close(1008, 'origin not allowed');
          return;
        }
        void hub
          .add(currentUser(request.user).id, socket, request.session?.id ?? '', sinceOf(request.query))
          .catch((error) => log('opening an alarm socket failed', error));
      },
    );
  });
}
