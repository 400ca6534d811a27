import type { AppContext } from '../../app-context.js';
import type { AlarmBroker, AlarmNotice } from './broker.js';

/**
 * The running alarm machinery of one app (broker, WebSocket hub, scheduler), found from the context the services
 * receive. A WeakMap rather than a field of AppContext: the services of other modules need not know about it.
 */
export interface AlarmRuntime {
  broker: AlarmBroker;
  log: (message: string, error?: unknown) => void;
}

const runtimes = new WeakMap<AppContext, AlarmRuntime>();

export function attachRuntime(ctx: AppContext, runtime: AlarmRuntime): void {
  runtimes.set(ctx, runtime);
}
export function detachRuntime(ctx: AppContext, runtime: AlarmRuntime): void {
  if (runtimes.get(ctx) === runtime) runtimes.delete(ctx);
}

/**
 * Tells every process that an alarm changed. Called only after the change committed. A lost notice is not lost
 * help: devices replay open alarms when they reconnect and on every heartbeat.
 */
export async function publish(ctx: AppContext, notice: AlarmNotice): Promise<void> {
  const runtime = runtimes.get(ctx);
  if (!runtime) return;
  try {
    await runtime.broker.publish(notice);
  } catch (error) {
    runtime.log('publishing an alarm notice failed', error);
  }
}
