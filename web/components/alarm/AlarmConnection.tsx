import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { TAlarm, TAlarmServerMessage, TMissedAlarmEvent } from '../../../server/modules/alarms/schema';

const HEARTBEAT_MS = 15_000;
const RECONNECT_MIN_MS = 1_000;
const RECONNECT_MAX_MS = 10_000;

/** What happened to this user's alarms while the device had no connection (shown until they dismiss it). */
export interface MissedAlarms {
  alarms: TAlarm[];
  events: TMissedAlarmEvent[];
  more: boolean;
}

interface AlarmState {
  /** Open alarms this user raised or was called to, newest version of each. */
  alarms: TAlarm[];
  connected: boolean;
  missed: MissedAlarms | null;
  dismissMissed: () => void;
  /** Replace an alarm with a newer copy (from an API answer), never with an older one. */
  remember: (alarm: TAlarm) => void;
  markSeen: (alarmId: string) => void;
}

const AlarmContext = createContext<AlarmState>({
  alarms: [],
  connected: false,
  missed: null,
  dismissMissed: () => {},
  remember: () => {},
  markSeen: () => {},
});

export function useAlarms(): AlarmState {
  return useContext(AlarmContext);
}

/** `since`: the newest alarm event this device has seen; the server then sends what happened after it first. */
function streamUrl(since: number | null): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  const query = since === null ? '' : `?since=${since}`;
  return `${protocol}//${window.location.host}/api/v1/alarms/stream${query}`;
}

/** Adds a catch-up to the one not yet dismissed: per alarm the newest copy, every event once, in order. */
function mergeMissed(current: MissedAlarms | null, incoming: MissedAlarms): MissedAlarms {
  const alarms = new Map((current?.alarms ?? []).map((alarm) => [alarm.id, alarm]));
  for (const alarm of incoming.alarms) {
    const known = alarms.get(alarm.id);
    if (!known || known.version <= alarm.version) alarms.set(alarm.id, alarm);
  }
  const events = new Map((current?.events ?? []).map((event) => [event.id, event]));
  for (const event of incoming.events) events.set(event.id, event);
  return {
    alarms: [...alarms.values()].sort((a, b) => b.raisedAt.localeCompare(a.raisedAt)),
    events: [...events.values()].sort((a, b) => a.id - b.id),
    more: (current?.more ?? false) || incoming.more,
  };
}

const OPEN = new Set(['raised', 'acknowledged', 'on_site']);

/**
 * The live alarm connection of a signed-in employee, responder or manager: it beats every 15 s (that is what makes
 * a responder reachable), reconnects by itself, and on every (re)connect receives the open alarms it missed.
 * A message that arrives twice or late is harmless: per alarm the highest version wins.
 */
export function AlarmConnection({ enabled, children }: { enabled: boolean; children: React.ReactNode }) {
  const [byId, setById] = useState<Map<string, TAlarm>>(new Map());
  const [connected, setConnected] = useState(false);
  const [missed, setMissed] = useState<MissedAlarms | null>(null);
  const socketRef = useRef<WebSocket | null>(null);
  const confirmed = useRef(new Set<string>());
  /** The newest alarm event this device has seen; sent on every reconnect so nothing in between is lost. */
  const lastEventId = useRef<number | null>(null);
  const advance = useCallback((eventId: number) => {
    lastEventId.current = Math.max(lastEventId.current ?? 0, eventId);
  }, []);
  const dismissMissed = useCallback(() => setMissed(null), []);

  const remember = useCallback((alarm: TAlarm) => {
    setById((current) => {
      const known = current.get(alarm.id);
      if (known && known.version > alarm.version) return current;
      const next = new Map(current);
      if (OPEN.has(alarm.state) || alarm.you.role === 'presser') next.set(alarm.id, alarm);
      else next.delete(alarm.id);
      return next;
    });
  }, []);

  const send = useCallback((message: object) => {
    const socket = socketRef.current;
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  }, []);

  const markSeen = useCallback((alarmId: string) => send({ type: 'seen', alarmId }), [send]);

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let retryMs = RECONNECT_MIN_MS;
    let heartbeat: ReturnType<typeof setInterval> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;

    const receive = (alarm: TAlarm) => {
      // Tell the server this device has it, once per alarm; the server removes duplicates anyway.
      if (alarm.you.role === 'recipient' && !confirmed.current.has(alarm.id)) {
        confirmed.current.add(alarm.id);
        send({ type: 'delivered', alarmId: alarm.id });
      }
      advance(alarm.version);
      remember(alarm);
    };

    const connect = () => {
      if (stopped) return;
      const socket = new WebSocket(streamUrl(lastEventId.current));
      socketRef.current = socket;
      socket.onopen = () => {
        retryMs = RECONNECT_MIN_MS;
        setConnected(true);
        heartbeat = setInterval(() => send({ type: 'heartbeat' }), HEARTBEAT_MS);
      };
      socket.onmessage = (event) => {
        const message = JSON.parse(String(event.data)) as TAlarmServerMessage;
        if (message.type === 'missed') {
          // Closed alarms only enter the catch-up; open ones come again in the snapshot that follows.
          setMissed((current) => mergeMissed(current, message));
        } else if (message.type === 'snapshot') {
          // The snapshot is the whole truth about open alarms: anything not in it was closed meanwhile.
          const open = new Set(message.alarms.map((alarm) => alarm.id));
          setById((current) => {
            // An alarm we held as open but the server no longer lists was closed while we were away: drop it, or
            // the presser's button would keep pointing at it instead of raising a new one.
            const next = new Map([...current].filter(([id, alarm]) => open.has(id) || !OPEN.has(alarm.state)));
            return next;
          });
          for (const alarm of message.alarms) receive(alarm);
          advance(message.latestEventId);
        } else if (message.type === 'alarm') {
          receive(message.alarm);
        }
      };
      socket.onclose = () => {
        setConnected(false);
        clearInterval(heartbeat);
        if (socketRef.current === socket) socketRef.current = null;
        if (stopped) return;
        retry = setTimeout(connect, retryMs);
        retryMs = Math.min(retryMs * 2, RECONNECT_MAX_MS);
      };
    };
    connect();
    // A phone that wakes up or comes back online reconnects at once instead of waiting for the back-off.
    const wake = () => {
      if (!socketRef.current && !stopped) {
        clearTimeout(retry);
        connect();
      }
    };
    window.addEventListener('online', wake);
    document.addEventListener('visibilitychange', wake);
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      window.removeEventListener('online', wake);
      document.removeEventListener('visibilitychange', wake);
      socketRef.current?.close();
      socketRef.current = null;
    };
  }, [enabled, remember, send, advance]);

  const value = useMemo(
    () => ({ alarms: [...byId.values()], connected, missed, dismissMissed, remember, markSeen }),
    [byId, connected, missed, dismissMissed, remember, markSeen],
  );
  return <AlarmContext.Provider value={value}>{children}</AlarmContext.Provider>;
}
