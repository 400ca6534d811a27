import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TComplaintList } from '../../../server/modules/dashboard/schema';
import { api } from '../../api/client';
import { orgQuery } from '../../api/queries';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { SelectInput, TextInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { useFieldErrors } from '../../components/useFieldErrors';

/** The month before this one, as YYYY-MM: what is usually entered at the start of a month. */
function lastMonth(): string {
  const date = new Date();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - 1);
  return date.toISOString().slice(0, 7);
}

/** Complaints per month (seed 000 measures complaints next to incidents), entered by the safety officer. */
export function ComplaintsPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const org = useQuery(orgQuery);
  const list = useQuery({
    queryKey: ['dashboard', 'complaints'],
    queryFn: () => api<TComplaintList>('GET', '/api/v1/dashboard/complaints'),
  });
  const [month, setMonth] = useState(lastMonth());
  const [officeId, setOfficeId] = useState('');
  const [count, setCount] = useState('');
  const save = useMutation({
    mutationFn: () =>
      api<TComplaintList>('PUT', '/api/v1/dashboard/complaints', {
        month,
        officeId: officeId || null,
        count: Number(count),
      }),
    onSuccess: (saved) => {
      client.setQueryData(['dashboard', 'complaints'], saved);
      void client.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
  const { errors: fieldErrors, clearing } = useFieldErrors(save.error);

  return (
    <>
      <PageHeading title={t('dashboard.complaints.title')}>{t('dashboard.complaints.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('dashboard.complaints.lead')}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/dashboard">
          {t('dashboard.complaints.back')}
        </Link>
      </p>
      <Form
        className="regie-form"
        validationErrors={fieldErrors}
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <TextInput
          label={t('dashboard.complaints.month')}
          description={t('dashboard.complaints.monthHelp')}
          name="month"
          value={month}
          onChange={clearing('month', setMonth)}
          isRequired
        />
        <SelectInput
          label={t('dashboard.complaints.office')}
          name="officeId"
          value={officeId}
          emptyLabel={t('dashboard.complaints.wholeOrganisation')}
          options={(org.data?.offices ?? []).map((office) => ({ value: office.id, label: office.name }))}
          onChange={clearing('officeId', setOfficeId)}
        />
        <TextInput
          label={t('dashboard.complaints.count')}
          name="count"
          inputMode="numeric"
          value={count}
          onChange={clearing('count', setCount)}
          isRequired
        />
        <ErrorAlert error={save.error} />
        {save.isSuccess && <SuccessNote>{t('dashboard.complaints.saved')}</SuccessNote>}
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={save.isPending}>
          {t('dashboard.complaints.save')}
        </button>
      </Form>
      <Section title={t('dashboard.complaints.listTitle')} id="complaints-list">
        {list.isPending && <Loading />}
        <ErrorAlert error={list.error} />
        {list.data && list.data.complaints.length === 0 && (
          <p className="utrecht-paragraph">{t('dashboard.complaints.none')}</p>
        )}
        {list.data && list.data.complaints.length > 0 && (
          <DataTable
            caption={t('dashboard.complaints.listTitle')}
            columns={[
              t('dashboard.complaints.month'),
              t('dashboard.complaints.office'),
              t('dashboard.complaints.count'),
              t('dashboard.complaints.updatedAt'),
            ]}
            rows={list.data.complaints.map((row) => ({
              key: `${row.month}-${row.officeId ?? ''}`,
              cells: [
                row.month,
                row.officeName ?? t('dashboard.complaints.wholeOrganisation'),
                row.count,
                formatDateTime(row.updatedAt, i18n.language),
              ],
            }))}
          />
        )}
      </Section>
    </>
  );
}
