import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TOrgStructure } from '../../../server/modules/org/schema';
import type { TCampaign } from '../../../server/modules/surveys/schema';
import type { TSession } from '../../../server/modules/training/sessions/schema';
import { api } from '../../api/client';
import { campaignQuery } from '../../api/surveys';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { DateInput, SelectInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { formatDay, rate } from './format';
import { ItemsEditor } from './ItemsEditor';

function useCampaignWrite(campaign: TCampaign) {
  const queryClient = useQueryClient();
  const action = useAction();
  const write = (method: 'POST' | 'PATCH', path: string, body?: object) =>
    action.run(async () => {
      const updated = await api<TCampaign>(method, `/api/v1/surveys/campaigns/${campaign.id}${path}`, body);
      queryClient.setQueryData(['surveys', 'campaigns', campaign.id], updated);
      await queryClient.invalidateQueries({ queryKey: ['surveys', 'campaigns'], exact: true });
    });
  return { ...action, write };
}

/** Open, remind, close: the campaign's next step, one button each. */
function Actions({ campaign }: { campaign: TCampaign }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { error, busy, write, run } = useCampaignWrite(campaign);
  const [note, setNote] = useState('');
  return (
    <>
      <ul className="regie-action-list">
        {(campaign.status === 'draft' || campaign.status === 'scheduled') && (
          <li>
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              disabled={busy}
              onClick={() => void write('POST', '/open').then((ok) => ok && setNote(t('surveys.manage.opened')))}
            >
              {t('surveys.manage.open')}
            </button>
          </li>
        )}
        {campaign.status === 'open' && (
          <>
            <li>
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    const result = await api<{ reminded: number }>(
                      'POST',
                      `/api/v1/surveys/campaigns/${campaign.id}/remind`,
                    );
                    setNote(t('surveys.manage.reminded', { count: result.reminded }));
                    await queryClient.invalidateQueries({ queryKey: ['surveys', 'campaigns', campaign.id] });
                  })
                }
              >
                {t('surveys.manage.remind')}
              </button>
            </li>
            <li>
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                disabled={busy}
                onClick={() => void write('POST', '/close').then((ok) => ok && setNote(t('surveys.manage.closed')))}
              >
                {t('surveys.manage.close')}
              </button>
            </li>
          </>
        )}
        {(campaign.status === 'open' || campaign.status === 'closed') && (
          <li>
            <Link
              to="/surveys/$campaignId/results"
              params={{ campaignId: campaign.id }}
              className="utrecht-button-link utrecht-button-link--secondary-action"
            >
              {t('surveys.manage.results')}
            </Link>
          </li>
        )}
      </ul>
      <ErrorAlert error={error} />
      {note && <SuccessNote>{note}</SuccessNote>}
    </>
  );
}

/** When a scheduled re-measurement opens: a date, or three months after a classroom training. */
function ScheduleForm({ campaign }: { campaign: TCampaign }) {
  const { t, i18n } = useTranslation();
  const sessions = useQuery({
    queryKey: ['training', 'sessions'],
    queryFn: async () => (await api<{ sessions: TSession[] }>('GET', '/api/v1/training/sessions')).sessions,
  });
  const [opensOn, setOpensOn] = useState(campaign.opensOn ?? '');
  const [sessionId, setSessionId] = useState('');
  const { error, busy, write } = useCampaignWrite(campaign);
  useEffect(() => setOpensOn(campaign.opensOn ?? ''), [campaign.opensOn]);
  return (
    <form
      className="regie-form"
      onSubmit={(event) => {
        event.preventDefault();
        void write('PATCH', '', sessionId ? { afterTrainingSessionId: sessionId } : { opensOn });
      }}
    >
      <p className="utrecht-paragraph">
        {t('surveys.schedule.planned', {
          opens: formatDay(campaign.opensOn, i18n.language),
          closes: formatDay(campaign.closesOn, i18n.language),
        })}
      </p>
      <DateInput label={t('surveys.schedule.opensOn')} name="opensOn" value={opensOn} onChange={setOpensOn} />
      <SelectInput
        label={t('surveys.schedule.afterTraining')}
        name="afterTrainingSessionId"
        value={sessionId}
        onChange={setSessionId}
        emptyLabel={t('surveys.schedule.noTraining')}
        options={(sessions.data ?? []).map((session) => ({
          value: session.id,
          label: `${session.title} (${formatDateTime(session.startsAt, i18n.language)})`,
        }))}
      />
      <ErrorAlert error={error} />
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
        {t('surveys.schedule.save')}
      </button>
    </form>
  );
}

function ClosingForm({ campaign }: { campaign: TCampaign }) {
  const { t } = useTranslation();
  const [closesOn, setClosesOn] = useState(campaign.closesOn);
  const { error, busy, write } = useCampaignWrite(campaign);
  return (
    <form
      className="regie-form regie-form--inline"
      onSubmit={(event) => {
        event.preventDefault();
        void write('PATCH', '', { closesOn });
      }}
    >
      <DateInput label={t('surveys.manage.closesOn')} name="closesOn" value={closesOn} onChange={setClosesOn} />
      <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={busy}>
        {t('surveys.manage.saveClosing')}
      </button>
      <ErrorAlert error={error} />
    </form>
  );
}

export function CampaignPage() {
  const { t, i18n } = useTranslation();
  const { campaignId } = useParams({ from: '/signed-in/surveys/$campaignId' });
  const campaign = useQuery(campaignQuery(campaignId));
  const org = useQuery({ queryKey: ['org'], queryFn: () => api<TOrgStructure>('GET', '/api/v1/org') });
  const data = campaign.data;
  if (!data)
    return (
      <>
        <PageHeading title={t('surveys.title')}>{t('surveys.title')}</PageHeading>
        <ErrorAlert error={campaign.error} />
        {!campaign.error && <Loading />}
      </>
    );
  const teamNames = new Map((org.data?.teams ?? []).map((team) => [team.id, team.name]));
  const officeNames = new Map((org.data?.offices ?? []).map((office) => [office.id, office.name]));
  const targets = [
    ...data.targetTeamIds.map((id) => teamNames.get(id) ?? ''),
    ...data.targetOfficeIds.map((id) => officeNames.get(id) ?? ''),
  ].filter(Boolean);
  const editable = data.status === 'draft' || data.status === 'scheduled';
  return (
    <>
      <PageHeading title={data.title}>{data.title}</PageHeading>
      <p className="utrecht-paragraph">
        <Link to="/surveys" className="utrecht-link">
          {t('surveys.back')}
        </Link>
      </p>
      <dl className="regie-data-list">
        <dt>{t('surveys.list.kind')}</dt>
        <dd>
          {t(`surveys.kinds.${data.kind}`)}
          {data.baselineId && data.baselineTitle && (
            <>
              {' '}
              (
              <Link to="/surveys/$campaignId" params={{ campaignId: data.baselineId }} className="utrecht-link">
                {data.baselineTitle}
              </Link>
              )
            </>
          )}
        </dd>
        <dt>{t('surveys.list.status')}</dt>
        <dd>{t(`surveys.statuses.${data.status}`)}</dd>
        <dt>{t('surveys.manage.targets')}</dt>
        <dd>{targets.length > 0 ? targets.join(', ') : t('surveys.manage.everyone')}</dd>
        <dt>{t('surveys.list.period')}</dt>
        <dd>
          {data.opensOn ? formatDay(data.opensOn, i18n.language) : '…'} – {formatDay(data.closesOn, i18n.language)}
        </dd>
        <dt>{t('surveys.list.response')}</dt>
        <dd>
          {t('surveys.list.rate', {
            responded: data.responded,
            invited: data.invited,
            percent: rate(data.responded, data.invited),
          })}
        </dd>
      </dl>
      {data.remeasurement && (
        <p className="utrecht-paragraph regie-lead">
          {t('surveys.manage.remeasurement', { date: formatDay(data.remeasurement.opensOn, i18n.language) })}{' '}
          <Link to="/surveys/$campaignId" params={{ campaignId: data.remeasurement.id }} className="utrecht-link">
            {data.remeasurement.title}
          </Link>
        </p>
      )}
      <Actions campaign={data} />
      {data.status === 'scheduled' && (
        <Section title={t('surveys.schedule.title')} id="schedule">
          <ScheduleForm campaign={data} />
        </Section>
      )}
      {data.status !== 'closed' && data.status !== 'scheduled' && <ClosingForm campaign={data} />}
      {data.invited > 0 && (
        <Section title={t('surveys.manage.rates')} id="rates">
          <DataTable
            caption={t('surveys.manage.rates')}
            columns={[t('surveys.results.team'), t('surveys.manage.invited'), t('surveys.manage.responded')]}
            rows={data.rates.map((row) => ({
              key: row.teamId ?? 'none',
              cells: [
                row.teamName ?? t('surveys.results.noTeam'),
                row.invited,
                `${row.responded} (${rate(row.responded, row.invited)}%)`,
              ],
            }))}
          />
        </Section>
      )}
      <Section title={t('surveys.items.title')} id="items">
        {editable ? (
          <ItemsEditor key={data.itemsVersion} campaign={data} />
        ) : (
          <>
            <p className="utrecht-paragraph">{t('surveys.items.fixed', { version: data.itemsVersion })}</p>
            <ol className="regie-compact-list">
              {data.items.map((item) => (
                <li key={item.key}>
                  {item.text[i18n.language === 'en' ? 'en' : 'nl']}{' '}
                  <span className="regie-muted">
                    ({item.kind === 'scale' ? t(`surveys.themes.${item.theme}`) : t('surveys.items.open')})
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
      </Section>
    </>
  );
}
