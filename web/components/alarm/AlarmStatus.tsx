import { useTranslation } from 'react-i18next';
import type { TAlarm } from '../../../server/modules/alarms/schema';

/** What the presser needs to know at a glance: reached, coming, arrived, or call 112. */
export function alarmSummary(alarm: TAlarm, t: (key: string, options?: Record<string, unknown>) => string): string[] {
  const lines: string[] = [];
  if (alarm.state === 'resolved') return [t('alarm.status.resolved')];
  if (alarm.state === 'cancelled' || alarm.state === 'false_alarm') return [t(`alarm.states.${alarm.state}`)];
  if (alarm.call112At) lines.push(t('alarm.status.call112'));
  const coming = alarm.responders.filter((responder) => responder.arrivedAt === null).length;
  const arrived = alarm.responders.length - coming;
  if (arrived > 0) lines.push(t('alarm.status.arrived', { count: arrived }));
  if (coming > 0) lines.push(t('alarm.status.coming', { count: coming }));
  if (alarm.responders.length === 0) {
    lines.push(
      alarm.notified === 0
        ? t('alarm.status.nobodyYet')
        : t('alarm.status.reached', { reached: alarm.reached, notified: alarm.notified }),
    );
  }
  return lines;
}

/** `discreet`: inline, in the surrounding text's size and colour, for a presser who wants nothing to stand out. */
export function AlarmStatusLines({ alarm, discreet = false }: { alarm: TAlarm; discreet?: boolean }) {
  const { t } = useTranslation();
  if (discreet)
    return (
      <span className="regie-alarm-status--discreet" aria-live="polite">
        {alarmSummary(alarm, t).join(' · ')}
      </span>
    );
  return (
    <ul className="regie-alarm-status" aria-live="polite">
      {alarmSummary(alarm, t).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
