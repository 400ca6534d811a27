import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { THandling, THandlingSummary } from '../../../server/modules/handlings/schema';
import type { ProcedureKey } from '../../../server/modules/protocols/content';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/feedback';
import { formatDateTime, Section } from '../../components/page';
import { pick } from '../../components/text';
import { useAction } from '../../components/useAction';

const PROCEDURES: ProcedureKey[] = ['telephone', 'verbal', 'physical', 'written'];

export const myHandlingsQuery = {
  queryKey: ['handlings', 'mine'],
  queryFn: async () => (await api<{ handlings: THandlingSummary[] }>('GET', '/api/v1/handlings')).handlings,
};

/** "Agressie nu": one tap on the kind of aggression starts the guided handling. */
export function StartHandling() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { error, busy, run } = useAction();

  async function start(procedure: ProcedureKey) {
    await run(async () => {
      const handling = await api<THandling>('POST', '/api/v1/handlings', { procedure });
      await navigate({ to: '/handling/$handlingId', params: { handlingId: handling.id } });
    });
  }

  return (
    <Section title={t('handling.start.title')} id="aggression-now">
      <p className="utrecht-paragraph">{t('handling.start.intro')}</p>
      <ErrorAlert error={error} />
      <ul className="regie-start-list">
        {PROCEDURES.map((procedure) => (
          <li key={procedure}>
            <button type="button" className="regie-start" disabled={busy} onClick={() => void start(procedure)}>
              <span className="regie-start__title">{t(`handling.start.${procedure}`)}</span>
              <span className="regie-start__hint">{t(`handling.start.${procedure}Hint`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Handlings still open for this person: the ones they handle, and the ones they handed over. */
export function OpenHandlings() {
  const { t, i18n } = useTranslation();
  const handlings = useQuery(myHandlingsQuery);
  if (!handlings.data || handlings.data.length === 0) return null;
  return (
    <Section title={t('handling.open.title')} id="open-handlings">
      <ul className="regie-link-list">
        {handlings.data.map((handling) => (
          <li key={handling.id}>
            <Link to="/handling/$handlingId" params={{ handlingId: handling.id }} className="utrecht-link">
              {pick(handling.procedureTitle, i18n.language)}
            </Link>{' '}
            —{' '}
            {t('handling.open.line', {
              date: formatDateTime(handling.startedAt, i18n.language),
              name: handling.handler.name,
            })}
          </li>
        ))}
      </ul>
    </Section>
  );
}
