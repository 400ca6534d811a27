import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TSessionUser } from '../../../server/modules/auth/schema';
import type { TStaffingWarning } from '../../../server/modules/duty/schema';
import { api } from '../../api/client';
import { hasRole } from '../../auth/session';
import { ErrorAlert } from '../feedback';
import { alarmSummary } from './AlarmStatus';
import { IncomingAlarm } from './IncomingAlarm';
import { MissedAlarms } from './MissedAlarms';
import { useRaiseAlarm } from './useRaiseAlarm';

/** The keyboard shortcut: Ctrl+Alt+A (or Ctrl+Option+A), hard to press by accident, easy with one hand. */
function isAlarmShortcut(event: KeyboardEvent): boolean {
  // AltGr reports itself as Ctrl+Alt on Windows: AltGr+A types "á" on the US-International layout many Dutch
  // keyboards use, and must never raise an alarm.
  if (event.repeat || event.getModifierState('AltGraph')) return false;
  return event.ctrlKey && event.altKey && event.code === 'KeyA';
}

/** The silent alarm button of every page. Silent: it does not navigate or flash; a discreet line shows progress. */
function SilentAlarmButton() {
  const { t } = useTranslation();
  const { raise, busy, error, mine, feedback } = useRaiseAlarm();
  const raiseRef = useRef(raise);
  raiseRef.current = raise;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isAlarmShortcut(event)) return;
      event.preventDefault();
      void raiseRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="regie-silent-alarm">
      {mine ? (
        <>
          {feedback === 'visible' && (
            <p role="alert" className="regie-press-confirmation">
              {t('alarm.feedback.sentVisibly')}
            </p>
          )}
          <Link to="/alarm/$alarmId" params={{ alarmId: mine.id }} className="regie-silent-alarm__status">
            {alarmSummary(mine, t).join(' · ')}
          </Link>
        </>
      ) : (
        <Button
          className="regie-silent-alarm__button"
          isDisabled={busy}
          aria-keyshortcuts="Control+Alt+A"
          onPress={() => void raise()}
        >
          {t('alarm.silentButton')}
        </Button>
      )}
      <ErrorAlert error={error} />
    </div>
  );
}

/** Managers and the safety officer see before any alarm when an office has too few reachable responders. */
function StaffingWarning() {
  const { t } = useTranslation();
  const overview = useQuery({
    queryKey: ['duty', 'overview'],
    queryFn: () => api<{ warnings: TStaffingWarning[] }>('GET', '/api/v1/duty'),
    refetchInterval: 30_000,
  });
  const warnings = overview.data?.warnings ?? [];
  if (warnings.length === 0) return null;
  return (
    // Not a live region: it is standing information on every page, not news about what the user just did.
    <div className="utrecht-alert utrecht-alert--warning regie-alert regie-staffing-warning">
      {warnings.map((warning) => (
        <p key={warning.officeId} className="utrecht-paragraph">
          {t('duty.warning', {
            office: warning.officeName,
            count: warning.reachableOnDuty,
            minimum: warning.minReachable,
          })}{' '}
          <Link to="/duty" className="utrecht-link">
            {t('duty.warningLink')}
          </Link>
        </p>
      ))}
    </div>
  );
}

/** Everything about alarms that belongs on every page: the button, the incoming alarm and the staffing warning. */
export function AlarmShell({ user }: { user: TSessionUser }) {
  return (
    <>
      {hasRole(user, 'employee', 'responder', 'manager') && <SilentAlarmButton />}
      {hasRole(user, 'manager', 'safety_officer') && <StaffingWarning />}
      {hasRole(user, 'employee', 'responder', 'manager') && <MissedAlarms />}
      <IncomingAlarm />
    </>
  );
}
