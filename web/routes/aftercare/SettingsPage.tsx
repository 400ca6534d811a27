import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TAftercareSettings } from '../../../server/modules/aftercare/schema';
import { aftercareSettingsQuery } from '../../api/aftercare';
import { api } from '../../api/client';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { TextInput } from '../../components/fields';
import { PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';

type Row = { fromDay: string; dueDay: string };

/** The aftercare schedule: per moment, from which day and by which day after the incident. */
export function AftercareSettingsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(aftercareSettingsQuery);
  const [rows, setRows] = useState<Row[]>([]);
  const [saved, setSaved] = useState(false);
  const { error, busy, run } = useAction();
  useEffect(() => {
    if (query.data)
      setRows(
        query.data.schedule.map((moment) => ({ fromDay: String(moment.fromDay), dueDay: String(moment.dueDay) })),
      );
  }, [query.data]);
  const change = (index: number, field: keyof Row, value: string) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  const valid = rows.length > 0 && rows.every((row) => /^\d+$/.test(row.fromDay) && /^\d+$/.test(row.dueDay));
  return (
    <>
      <PageHeading title={t('aftercare.settings.title')}>{t('aftercare.settings.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('aftercare.settings.lead')}</p>
      <ErrorAlert error={query.error} />
      {query.isPending && <Loading />}
      {query.data?.isDefault && <p className="utrecht-paragraph">{t('aftercare.settings.isDefault')}</p>}
      <Form
        className="regie-form"
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          void run(async () => {
            const updated = await api<TAftercareSettings>('PUT', '/api/v1/aftercare/settings', {
              schedule: rows.map((row) => ({ fromDay: Number(row.fromDay), dueDay: Number(row.dueDay) })),
            });
            queryClient.setQueryData(aftercareSettingsQuery.queryKey, updated);
            setSaved(true);
          });
        }}
      >
        {rows.map((row, index) => (
          <Section
            // biome-ignore lint/suspicious/noArrayIndexKey: moments have no identity but their place in the schedule
            key={index}
            title={t('aftercare.moment', { number: index + 1 })}
            id={`moment-${index + 1}`}
          >
            <TextInput
              label={t('aftercare.settings.fromDay')}
              name={`fromDay-${index}`}
              inputMode="numeric"
              value={row.fromDay}
              onChange={(value) => change(index, 'fromDay', value)}
            />
            <TextInput
              label={t('aftercare.settings.dueDay')}
              name={`dueDay-${index}`}
              inputMode="numeric"
              value={row.dueDay}
              onChange={(value) => change(index, 'dueDay', value)}
            />
            {rows.length > 1 && (
              <Button
                className="utrecht-button utrecht-button--secondary-action"
                onPress={() => setRows((current) => current.filter((_, i) => i !== index))}
              >
                {t('aftercare.settings.remove', { number: index + 1 })}
              </Button>
            )}
          </Section>
        ))}
        <div className="utrecht-button-group">
          {rows.length < 6 && (
            <Button
              className="utrecht-button utrecht-button--secondary-action"
              onPress={() => setRows((current) => [...current, { fromDay: '', dueDay: '' }])}
            >
              {t('aftercare.settings.add')}
            </Button>
          )}
          <Button type="submit" className="utrecht-button utrecht-button--primary-action" isDisabled={busy || !valid}>
            {t('aftercare.settings.save')}
          </Button>
        </div>
        <ErrorAlert error={error} />
        {saved && <SuccessNote>{t('aftercare.settings.saved')}</SuccessNote>}
      </Form>
    </>
  );
}
