import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/feedback';
import { formatDateTime, Section } from '../../components/page';
import { useAction } from '../../components/useAction';

export interface SessionInfo {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string;
  userAgent: string;
  current: boolean;
}

/** "Chrome op Android" rather than a raw user-agent string: enough to recognise one's own device. */
export function describeDevice(userAgent: string): string {
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : '';
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : '';
  return [browser, system].filter(Boolean).join(' · ') || userAgent.slice(0, 40) || '—';
}

/** The user's own open sessions: a device that is not theirs, or left signed in elsewhere, can be ended here. */
export function SessionsSection() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const sessions = useQuery({
    queryKey: ['sessions'],
    queryFn: async () => (await api<{ sessions: SessionInfo[] }>('GET', '/api/v1/auth/sessions')).sessions,
  });
  const end = useAction();
  return (
    <Section title={t('loginSessions.title')} id="sessions">
      <p className="utrecht-paragraph">{t('loginSessions.intro')}</p>
      <ErrorAlert error={sessions.error ?? end.error} />
      {sessions.data && (
        <DataTable
          caption={t('loginSessions.title')}
          columns={[
            t('loginSessions.device'),
            t('loginSessions.ip'),
            t('loginSessions.lastUsed'),
            t('loginSessions.action'),
          ]}
          rows={sessions.data.map((session) => ({
            key: session.id,
            cells: [
              describeDevice(session.userAgent),
              session.ip || '—',
              formatDateTime(session.lastSeenAt, i18n.language),
              session.current ? (
                t('loginSessions.thisOne')
              ) : (
                <Button
                  key="end"
                  className="utrecht-button utrecht-button--secondary-action"
                  aria-label={t('loginSessions.endLabel', {
                    device: describeDevice(session.userAgent),
                    ip: session.ip,
                  })}
                  onPress={() =>
                    void end.run(async () => {
                      await api('DELETE', `/api/v1/auth/sessions/${session.id}`);
                      await queryClient.invalidateQueries({ queryKey: ['sessions'] });
                    })
                  }
                >
                  {t('loginSessions.end')}
                </Button>
              ),
            ],
          }))}
        />
      )}
    </Section>
  );
}
