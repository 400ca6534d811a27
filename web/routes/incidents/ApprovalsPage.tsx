import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TMeasureForApproval } from '../../../server/modules/measures/schema';
import { api } from '../../api/client';
import { approvalsQuery } from '../../api/incidents';
import { ErrorAlert, Loading } from '../../components/feedback';
import { TextInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { MeasureLine } from '../clients/ActiveMeasures';

function Approval({ measure }: { measure: TMeasureForApproval }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const { error, busy, run } = useAction();
  const judge = (verdict: 'approve' | 'reject') =>
    void run(async () => {
      await api('POST', `/api/v1/measures/${measure.id}/${verdict}`, { note });
      await queryClient.invalidateQueries({ queryKey: approvalsQuery.queryKey });
    });
  const title = t('approvals.itemTitle', { kind: t(`measures.kind.${measure.kind}`), name: measure.clientName ?? '' });
  return (
    <Section title={title} id={`approval-${measure.id}`}>
      <p className="utrecht-paragraph">
        <MeasureLine measure={measure} />
      </p>
      <p className="utrecht-paragraph">
        {t('approvals.incident', {
          date: formatDateTime(measure.incidentOccurredAt, i18n.language),
          forms: measure.incidentForms.map((form) => t(`incidents.formNames.${form}`)).join(', '),
        })}
      </p>
      <ErrorAlert error={error} />
      <TextInput label={t('approvals.note')} description={t('approvals.noteHelp')} value={note} onChange={setNote} />
      <div className="utrecht-button-group">
        <Button
          className="utrecht-button utrecht-button--primary-action"
          isDisabled={busy}
          onPress={() => judge('approve')}
        >
          {t('approvals.approve')}
        </Button>
        <Button
          className="utrecht-button utrecht-button--secondary-action"
          isDisabled={busy}
          onPress={() => judge('reject')}
        >
          {t('approvals.reject')}
        </Button>
      </div>
    </Section>
  );
}

/** The director's queue: heavy measures (access ban, the employer's police report) wait here for a decision. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const measures = useQuery(approvalsQuery);
  return (
    <>
      <PageHeading title={t('approvals.title')}>{t('approvals.title')}</PageHeading>
      <ErrorAlert error={measures.error} />
      {measures.isPending && <Loading />}
      {measures.data?.length === 0 && <p className="utrecht-paragraph">{t('approvals.none')}</p>}
      {(measures.data ?? []).map((measure) => (
        <Approval key={measure.id} measure={measure} />
      ))}
    </>
  );
}
