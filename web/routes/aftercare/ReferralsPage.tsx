import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TReferral } from '../../../server/modules/aftercare/schema';
import { referralsQuery } from '../../api/aftercare';
import { api } from '../../api/client';
import { ErrorAlert, Loading } from '../../components/feedback';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { AbsenceForm } from './AbsenceForm';

function Referral({ referral }: { referral: TReferral }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { error, busy, run } = useAction();
  return (
    <li className="regie-checkin">
      <h3 className="utrecht-heading-3">
        {referral.person.name}
        {referral.departmentName && ` · ${referral.departmentName}`}
      </h3>
      <p className="utrecht-paragraph">
        <strong>{referral.referrals.map((kind) => t(`aftercare.referral.${kind}`)).join(', ')}</strong> —{' '}
        {t('aftercare.referrals.asked', { date: formatDateTime(referral.askedAt, i18n.language) })}
      </p>
      {referral.needs && <p className="utrecht-paragraph regie-pre">{referral.needs}</p>}
      <details className="regie-details">
        <summary>{t('aftercare.referrals.absence')}</summary>
        <AbsenceForm
          incidentId={referral.incidentId}
          people={[{ id: referral.person.id, label: referral.person.name }]}
          onSaved={() => undefined}
        />
      </details>
      {referral.handledAt ? (
        <p className="regie-muted">
          {t('aftercare.referrals.handledOn', { date: formatDateTime(referral.handledAt, i18n.language) })}
        </p>
      ) : (
        <>
          <ErrorAlert error={error} />
          <Button
            className="utrecht-button utrecht-button--secondary-action"
            isDisabled={busy}
            aria-label={t('aftercare.referrals.handleNamed', { name: referral.person.name })}
            onPress={() =>
              void run(async () => {
                await api('POST', `/api/v1/aftercare/checkins/${referral.checkinId}/referral-handled`);
                await queryClient.invalidateQueries({ queryKey: referralsQuery.queryKey });
              })
            }
          >
            {t('aftercare.referrals.handle')}
          </Button>
        </>
      )}
    </li>
  );
}

/** HR's list: the referrals employees asked for in their aftercare, nothing else of it. */
export function ReferralsPage() {
  const { t } = useTranslation();
  const query = useQuery(referralsQuery);
  const open = (query.data ?? []).filter((referral) => !referral.handledAt);
  const handled = (query.data ?? []).filter((referral) => referral.handledAt);
  return (
    <>
      <PageHeading title={t('aftercare.referrals.title')}>{t('aftercare.referrals.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('aftercare.referrals.lead')}</p>
      <ErrorAlert error={query.error} />
      {query.isPending && <Loading />}
      <Section title={t('aftercare.referrals.open', { count: open.length })} id="referrals-open">
        {query.data && open.length === 0 && <p className="utrecht-paragraph">{t('aftercare.referrals.none')}</p>}
        <ul className="regie-checkin-list">
          {open.map((referral) => (
            <Referral key={referral.checkinId} referral={referral} />
          ))}
        </ul>
      </Section>
      {handled.length > 0 && (
        <Section title={t('aftercare.referrals.handled')} id="referrals-handled">
          <ul className="regie-checkin-list">
            {handled.map((referral) => (
              <Referral key={referral.checkinId} referral={referral} />
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
