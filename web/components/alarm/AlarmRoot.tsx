import { hasRole, useSessionUser } from '../../auth/session';
import { Layout } from '../Layout';
import { AlarmConnection } from './AlarmConnection';

/**
 * The root of every page: the layout inside the live alarm connection, so that the header's alarm button, the
 * incoming alarm and the alarm pages share one connection. Only those who raise or answer alarms connect, once
 * fully signed in (the server refuses the stream before the second step or a new password).
 */
export function AlarmRoot() {
  const user = useSessionUser();
  const enabled =
    user !== null &&
    !user.mustChangePassword &&
    user.secondFactor === 'ok' &&
    hasRole(user, 'employee', 'responder', 'manager');
  return (
    <AlarmConnection enabled={enabled}>
      <Layout />
    </AlarmConnection>
  );
}
