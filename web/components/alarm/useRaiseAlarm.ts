import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { TAlarm, TRaiseAlarmRequest } from '../../../server/modules/alarms/schema';
import { api } from '../../api/client';
import { useAlarms } from './AlarmConnection';
import { signalPress, usePressFeedback } from './pressFeedback';

/**
 * One press raises the alarm; pressing again while one is open opens it instead of raising a second. The presser
 * notices it only as they chose (`feedback`): by default nothing but a plain line of text.
 */
export function useRaiseAlarm() {
  const { alarms, remember } = useAlarms();
  const feedback = usePressFeedback();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const mine = alarms.find(
    (alarm) => alarm.you.role === 'presser' && ['raised', 'acknowledged', 'on_site'].includes(alarm.state),
  );
  async function raise(input: TRaiseAlarmRequest = {}, options: { open?: boolean } = {}): Promise<TAlarm | null> {
    if (busy) return null;
    if (mine) {
      if (options.open) await navigate({ to: '/alarm/$alarmId', params: { alarmId: mine.id } });
      return mine;
    }
    setBusy(true);
    setError(null);
    try {
      const alarm = await api<TAlarm>('POST', '/api/v1/alarms', input);
      remember(alarm);
      signalPress(feedback);
      if (options.open) await navigate({ to: '/alarm/$alarmId', params: { alarmId: alarm.id } });
      return alarm;
    } catch (caught) {
      setError(caught);
      return null;
    } finally {
      setBusy(false);
    }
  }
  return { raise, busy, error, mine, feedback };
}
