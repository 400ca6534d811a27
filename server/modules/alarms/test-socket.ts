import type { WebSocket } from 'ws';
import type { ZodApp } from '../../app-context.js';
import type { Caller } from '../../http/test-client.js';
import { ALARM_STREAM_PATH } from './routes.js';
import type { TAlarm, TAlarmServerMessage } from './schema.js';

/** A device with the alarm stream open, for integration tests (in-process, through Fastify's injectWS). */
export interface TestDevice {
  socket: WebSocket;
  messages: TAlarmServerMessage[];
  /** Resolves with the first alarm (from a snapshot or a live message) that matches, or fails after `ms`. */
  waitForAlarm(match: (alarm: TAlarm) => boolean, ms?: number): Promise<TAlarm>;
  /** Resolves once a message of this type has arrived (heartbeats are answered in batches, not at once). */
  waitForMessage(type: TAlarmServerMessage['type'], ms?: number): Promise<void>;
  send(message: object): void;
  close(): void;
}

/** `since`: the device reconnects after having seen events up to this id (as the app does). */
export async function openDevice(app: ZodApp, caller: Caller, options: { since?: number } = {}): Promise<TestDevice> {
  const messages: TAlarmServerMessage[] = [];
  const waiters: (() => void)[] = [];
  const socket = await app.injectWS(
    options.since === undefined ? ALARM_STREAM_PATH : `${ALARM_STREAM_PATH}?since=${options.since}`,
    { headers: { cookie: caller.cookie } },
    {
      onInit: (ws) =>
        ws.on('message', (data) => {
          messages.push(JSON.parse(data.toString()) as TAlarmServerMessage);
          for (const wake of waiters.splice(0)) wake();
        }),
    },
  );
  // The server counts the device as present before it sends the first snapshot: wait for it.
  await waitFor(() => messages.some((message) => message.type === 'snapshot'));
  const alarms = () =>
    messages.flatMap((message) =>
      message.type === 'alarm' ? [message.alarm] : message.type === 'snapshot' ? message.alarms : [],
    );
  async function waitFor(check: () => boolean, ms = 3000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!check()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`condition not met within ${ms} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
  return {
    socket,
    messages,
    waitForMessage: (type, ms) => waitFor(() => messages.some((message) => message.type === type), ms),
    async waitForAlarm(match, ms = 3000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = alarms().find(match);
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching alarm within ${ms} ms: ${JSON.stringify(messages).slice(0, 500)}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    send: (message) => socket.send(JSON.stringify(message)),
    close: () => socket.terminate(),
  };
}
