import type { WebSocket } from 'ws';
import type { AppContext } from '../../app-context.js';
import { validSessionIds } from '../auth/sessions.js';
import { touchHeartbeat, touchHeartbeats } from '../duty/repository.js';
import type { AlarmNotice } from './broker.js';
import {
  alarmView,
  eventsSince,
  latestEventId,
  openAlarmIdsOf,
  personalise,
  undeliveredOpenAlarms,
} from './repository.js';
import { publish } from './runtime.js';
import { type TAlarmServerMessage, ZAlarmClientMessage } from './schema.js';
import { confirmDeliveries } from './service.js';

/** The presser's "reached" count changes with every confirmation; it is re-sent at most this often. */
const PRESSER_UPDATE_MS = 200;
/** Confirmations from devices are collected this long and written together. */
const CONFIRM_BATCH_MS = 20;
/** Heartbeats come every 15 s per device; answering them up to this much later costs nothing. */
const HEARTBEAT_BATCH_MS = 200;

/**
 * The WebSocket connections of this process, per user. It keeps no state another process would need: what to
 * send is always read from the database when a notice arrives.
 */
export class AlarmHub {
  private readonly sockets = new Map<string, Set<WebSocket>>();
  private readonly pendingPresserUpdates = new Map<string, NodeJS.Timeout>();
  private readonly confirmations = {
    delivered: new Map<string, { userId: string; alarmId: string }>(),
    seen: new Map<string, { userId: string; alarmId: string }>(),
  };
  private confirmTimer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private readonly beats = new Map<WebSocket, { userId: string; sessionId: string }>();
  private beatTimer: NodeJS.Timeout | undefined;
  private beating: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: AppContext,
    private readonly log: (message: string, error?: unknown) => void,
  ) {}

  get connections(): number {
    let count = 0;
    for (const set of this.sockets.values()) count += set.size;
    return count;
  }

  /**
   * A device connected: it counts as present, gets what it missed since the last event it saw (`since`, when it
   * reconnects), and every open alarm it is part of.
   */
  async add(userId: string, socket: WebSocket, sessionId: string, since?: number): Promise<void> {
    let set = this.sockets.get(userId);
    if (!set) {
      set = new Set();
      this.sockets.set(userId, set);
    }
    set.add(socket);
    socket.on('close', () => {
      set.delete(socket);
      if (set.size === 0 && this.sockets.get(userId) === set) this.sockets.delete(userId);
    });
    socket.on('message', (data) => void this.onMessage(userId, socket, data.toString(), sessionId));
    await touchHeartbeat(this.ctx.db, userId, new Date());
    if (since !== undefined) await this.sendMissed(userId, socket, since);
    await this.sendSnapshot(userId, socket);
  }

  private async sendSnapshot(userId: string, socket: WebSocket): Promise<void> {
    // Read the watermark first: whatever happens after it reaches this device live (or on its next reconnect).
    const latest = await latestEventId(this.ctx.db);
    const alarms = [];
    for (const id of await openAlarmIdsOf(this.ctx.db, userId)) {
      const view = await alarmView(this.ctx.db, id);
      if (view) alarms.push(personalise(view, userId));
    }
    send(socket, { type: 'snapshot', alarms, at: new Date().toISOString(), latestEventId: latest });
  }

  /**
   * Catching up after a gap: alarms raised, acknowledged, escalated or closed while the device was away, with the
   * events themselves, so a responder also learns about an alarm that came and went while their phone had no signal.
   */
  private async sendMissed(userId: string, socket: WebSocket, since: number): Promise<void> {
    const { events, more } = await eventsSince(this.ctx.db, userId, since);
    if (events.length === 0) return;
    const alarms = [];
    for (const id of new Set(events.map((event) => event.alarmId))) {
      const view = await alarmView(this.ctx.db, id);
      if (view) alarms.push(personalise(view, userId));
    }
    send(socket, { type: 'missed', since, alarms, events, more });
  }

  private async onMessage(userId: string, socket: WebSocket, raw: string, sessionId: string): Promise<void> {
    let parsed: ReturnType<typeof ZAlarmClientMessage.safeParse>;
    try {
      parsed = ZAlarmClientMessage.safeParse(JSON.parse(raw));
    } catch {
      return;
    }
    if (!parsed.success) return;
    const message = parsed.data;
    try {
      if (message.type === 'heartbeat') {
        this.beats.set(socket, { userId, sessionId });
        this.beatTimer ??= setTimeout(() => {
          this.beatTimer = undefined;
          this.beating = this.beating.then(() => this.flushHeartbeats());
        }, HEARTBEAT_BATCH_MS);
        return;
      }
      this.confirmations[message.type].set(`${userId}/${message.alarmId}`, { userId, alarmId: message.alarmId });
      this.confirmTimer ??= setTimeout(() => {
        this.confirmTimer = undefined;
        this.flushing = this.flushing.then(() => this.flushConfirmations());
      }, CONFIRM_BATCH_MS);
    } catch (error) {
      this.log('handling a message on the alarm socket failed', error);
    }
  }

  /**
   * The heartbeats of the last HEARTBEAT_BATCH_MS in three queries instead of three per device: a thousand
   * responders beat about 67 times a second, and those writes would otherwise compete with an alarm's commit.
   */
  private async flushHeartbeats(): Promise<void> {
    const beats = [...this.beats];
    this.beats.clear();
    try {
      // The socket authenticated once; a logout, an admin's revocation or an expired session ends it here.
      const valid = await validSessionIds(this.ctx.db, this.ctx.config, [
        ...new Set(beats.map(([, beat]) => beat.sessionId)),
      ]);
      const alive = beats.filter(([socket, beat]) => {
        if (!valid.has(beat.sessionId)) socket.close(4401, 'session ended');
        return valid.has(beat.sessionId);
      });
      const userIds = [...new Set(alive.map(([, beat]) => beat.userId))];
      await touchHeartbeats(this.ctx.db, userIds, new Date());
      const at = new Date().toISOString();
      for (const [socket] of alive) send(socket, { type: 'heartbeat_ok', at });
      // At-least-once: an alarm these users' devices never confirmed is sent again with every heartbeat.
      for (const [alarmId, unconfirmed] of await undeliveredOpenAlarms(this.ctx.db, userIds)) {
        await this.sendTo(alarmId, unconfirmed);
      }
    } catch (error) {
      this.log('writing the heartbeats of the alarm sockets failed', error);
    }
  }

  private async flushConfirmations(): Promise<void> {
    for (const kind of ['delivered', 'seen'] as const) {
      const items = [...this.confirmations[kind].values()];
      this.confirmations[kind].clear();
      try {
        for (const alarmId of await confirmDeliveries(this.ctx, kind, items)) this.schedulePresserUpdate(alarmId);
      } catch (error) {
        this.log('recording delivery confirmations failed', error);
      }
    }
  }

  /** Many confirmations arrive at once; the presser's count is published once per interval, not once each. */
  private schedulePresserUpdate(alarmId: string): void {
    if (this.pendingPresserUpdates.has(alarmId)) return;
    const timer = setTimeout(() => {
      this.pendingPresserUpdates.delete(alarmId);
      void publish(this.ctx, { alarmId, audience: 'presser' });
    }, PRESSER_UPDATE_MS);
    this.pendingPresserUpdates.set(alarmId, timer);
  }

  async onNotice(notice: AlarmNotice): Promise<void> {
    try {
      await this.sendTo(notice.alarmId, notice.audience === 'presser' ? 'presser' : 'all');
    } catch (error) {
      this.log('delivering an alarm notice failed', error);
    }
  }

  private async sendTo(alarmId: string, audience: 'all' | 'presser' | string[]): Promise<void> {
    if (this.sockets.size === 0) return;
    const view = await alarmView(this.ctx.db, alarmId);
    if (!view) return;
    const users =
      audience === 'presser'
        ? [view.base.raisedBy.id]
        : audience === 'all'
          ? [view.base.raisedBy.id, ...view.recipients.keys()]
          : audience;
    for (const userId of users) {
      const set = this.sockets.get(userId);
      if (!set) continue;
      const message: TAlarmServerMessage = { type: 'alarm', alarm: personalise(view, userId) };
      for (const socket of set) send(socket, message);
    }
  }

  /** After the broker lost its connection notices may be missing: every device gets a fresh snapshot. */
  async resync(): Promise<void> {
    for (const [userId, set] of this.sockets) for (const socket of set) await this.sendSnapshot(userId, socket);
  }

  close(): void {
    clearTimeout(this.confirmTimer);
    clearTimeout(this.beatTimer);
    for (const timer of this.pendingPresserUpdates.values()) clearTimeout(timer);
    this.pendingPresserUpdates.clear();
    for (const set of this.sockets.values()) for (const socket of set) socket.close(1001, 'server stopping');
    this.sockets.clear();
  }
}

function send(socket: WebSocket, message: TAlarmServerMessage): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
}
