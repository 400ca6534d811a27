import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TOrgStructure } from '../../../server/modules/org/schema';
import type { TCampaign } from '../../../server/modules/surveys/schema';
import { api } from '../../api/client';
import { campaignsQuery } from '../../api/surveys';
import { hasRole, useSessionUser } from '../../auth/session';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading } from '../../components/feedback';
import { Checkboxes, DateInput, SelectInput, TextInput } from '../../components/fields';
import { PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { formatDay, rate } from './format';

function inDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The safety officer starts a baseline (or a re-measurement of an earlier baseline) from the questionnaire. */
function CreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const org = useQuery({ queryKey: ['org'], queryFn: () => api<TOrgStructure>('GET', '/api/v1/org') });
  const campaigns = useQuery(campaignsQuery);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<'baseline' | 'remeasurement'>('baseline');
  const [baselineId, setBaselineId] = useState('');
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [officeIds, setOfficeIds] = useState<string[]>([]);
  const [closesOn, setClosesOn] = useState(inDays(14));
  const { error, busy, run } = useAction();
  const baselines = (campaigns.data ?? []).filter((campaign) => campaign.kind === 'baseline');
  return (
    <form
      className="regie-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          const created = await api<TCampaign>('POST', '/api/v1/surveys/campaigns', {
            title,
            kind,
            ...(kind === 'remeasurement' ? { baselineId } : {}),
            targetTeamIds: teamIds,
            targetOfficeIds: officeIds,
            closesOn,
          });
          await queryClient.invalidateQueries({ queryKey: ['surveys'] });
          await navigate({ to: '/surveys/$campaignId', params: { campaignId: created.id } });
        });
      }}
    >
      <TextInput label={t('surveys.create.titleField')} name="title" value={title} onChange={setTitle} isRequired />
      <SelectInput
        label={t('surveys.create.kind')}
        name="kind"
        value={kind}
        onChange={(value) => setKind(value as typeof kind)}
        options={[
          { value: 'baseline', label: t('surveys.kinds.baseline') },
          { value: 'remeasurement', label: t('surveys.kinds.remeasurement') },
        ]}
      />
      {kind === 'remeasurement' && (
        <SelectInput
          label={t('surveys.create.baseline')}
          name="baselineId"
          value={baselineId}
          onChange={setBaselineId}
          emptyLabel={t('surveys.create.chooseBaseline')}
          options={baselines.map((baseline) => ({ value: baseline.id, label: baseline.title }))}
        />
      )}
      <Checkboxes
        label={t('surveys.create.teams')}
        name="teams"
        value={teamIds}
        onChange={setTeamIds}
        options={(org.data?.teams ?? [])
          .filter((team) => team.active)
          .map((team) => ({ value: team.id, label: team.name }))}
      />
      <Checkboxes
        label={t('surveys.create.offices')}
        name="offices"
        value={officeIds}
        onChange={setOfficeIds}
        options={(org.data?.offices ?? [])
          .filter((office) => office.active)
          .map((office) => ({ value: office.id, label: office.name }))}
      />
      <p className="utrecht-paragraph regie-muted">{t('surveys.create.everyoneHint')}</p>
      <DateInput label={t('surveys.create.closesOn')} name="closesOn" value={closesOn} onChange={setClosesOn} />
      <ErrorAlert error={error} />
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
        {t('surveys.create.submit')}
      </button>
    </form>
  );
}

export function SurveysPage() {
  const { t, i18n } = useTranslation();
  const user = useSessionUser();
  const campaigns = useQuery(campaignsQuery);
  const manages = hasRole(user, 'safety_officer');
  return (
    <>
      <PageHeading title={t('surveys.title')}>{t('surveys.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('surveys.lead')}</p>
      <Section title={t('surveys.list.title')} id="campaigns">
        <ErrorAlert error={campaigns.error} />
        {!campaigns.data && !campaigns.error && <Loading />}
        {campaigns.data && campaigns.data.length === 0 && (
          <p className="utrecht-paragraph">{t('surveys.list.empty')}</p>
        )}
        {campaigns.data && campaigns.data.length > 0 && (
          <DataTable
            caption={t('surveys.list.title')}
            columns={[
              t('surveys.list.name'),
              t('surveys.list.kind'),
              t('surveys.list.status'),
              t('surveys.list.period'),
              t('surveys.list.response'),
            ]}
            rows={campaigns.data.map((campaign) => ({
              key: campaign.id,
              cells: [
                <Link
                  key="link"
                  to={manages ? '/surveys/$campaignId' : '/surveys/$campaignId/results'}
                  params={{ campaignId: campaign.id }}
                  className="utrecht-link"
                >
                  {campaign.title}
                </Link>,
                t(`surveys.kinds.${campaign.kind}`),
                t(`surveys.statuses.${campaign.status}`),
                campaign.opensOn
                  ? `${formatDay(campaign.opensOn, i18n.language)} – ${formatDay(campaign.closesOn, i18n.language)}`
                  : `– ${formatDay(campaign.closesOn, i18n.language)}`,
                campaign.invited > 0
                  ? t('surveys.list.rate', {
                      responded: campaign.responded,
                      invited: campaign.invited,
                      percent: rate(campaign.responded, campaign.invited),
                    })
                  : '—',
              ],
            }))}
          />
        )}
      </Section>
      {manages && (
        <Section title={t('surveys.create.title')} id="create">
          <p className="utrecht-paragraph">{t('surveys.create.intro')}</p>
          <CreateForm />
        </Section>
      )}
    </>
  );
}
