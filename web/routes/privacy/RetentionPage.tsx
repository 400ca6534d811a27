import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TRetentionRun } from '../../../server/modules/privacy/schema';
import { api } from '../../api/client';
import { hasRole, useSessionUser } from '../../auth/session';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { TextInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { useFieldErrors } from '../../components/useFieldErrors';
import { formatDay } from '../plans/format';
import { OutcomeCounts } from './Outcome';

interface RetentionSettings {
  incidentYears: number;
  measureGraceMonths: number;
}

const retentionQuery = {
  queryKey: ['retention'],
  queryFn: () => api<{ settings: RetentionSettings; runs: TRetentionRun[] }>('GET', '/api/v1/retention'),
};

function Settings({ settings }: { settings: RetentionSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    incidentYears: String(settings.incidentYears),
    measureGraceMonths: String(settings.measureGraceMonths),
  });
  useEffect(
    () =>
      setValues({
        incidentYears: String(settings.incidentYears),
        measureGraceMonths: String(settings.measureGraceMonths),
      }),
    [settings.incidentYears, settings.measureGraceMonths],
  );
  const [saved, setSaved] = useState(false);
  const { error, busy, run } = useAction();
  const { errors: fieldErrors, clear } = useFieldErrors(error);
  return (
    <Section title={t('retention.settings')} id="retention-settings">
      <ErrorAlert error={error} />
      {saved && <SuccessNote>{t('common.saved')}</SuccessNote>}
      <Form
        className="regie-form"
        validationErrors={fieldErrors}
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          void run(async () => {
            await api('PUT', '/api/v1/retention', {
              incidentYears: Number(values.incidentYears),
              measureGraceMonths: Number(values.measureGraceMonths),
            });
            await queryClient.invalidateQueries({ queryKey: retentionQuery.queryKey });
            setSaved(true);
          });
        }}
      >
        <TextInput
          label={t('retention.incidentYears')}
          description={t('retention.incidentYearsHelp')}
          name="incidentYears"
          inputMode="numeric"
          value={values.incidentYears}
          onChange={(incidentYears) => {
            setValues({ ...values, incidentYears });
            clear('incidentYears');
          }}
          isRequired
        />
        <TextInput
          label={t('retention.measureGraceMonths')}
          description={t('retention.measureGraceMonthsHelp')}
          name="measureGraceMonths"
          inputMode="numeric"
          value={values.measureGraceMonths}
          onChange={(measureGraceMonths) => {
            setValues({ ...values, measureGraceMonths });
            clear('measureGraceMonths');
          }}
          isRequired
        />
        <Button type="submit" isDisabled={busy} className="utrecht-button utrecht-button--primary-action">
          {t('common.save')}
        </Button>
      </Form>
    </Section>
  );
}

/** A run now, instead of waiting for the night: it anonymises for good, so the button first asks. */
function RunNow() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [finished, setFinished] = useState(false);
  const { error, busy, run } = useAction();
  return (
    <>
      <ErrorAlert error={error} />
      {finished && <SuccessNote>{t('retention.runFinished')}</SuccessNote>}
      {!confirming ? (
        <Button
          className="utrecht-button utrecht-button--secondary-action"
          onPress={() => {
            setFinished(false);
            setConfirming(true);
          }}
        >
          {t('retention.runNow')}
        </Button>
      ) : (
        <div className="utrecht-alert utrecht-alert--warning regie-alert" role="alertdialog" aria-labelledby="run-q">
          <p id="run-q" className="utrecht-paragraph">
            {t('retention.runQuestion')}
          </p>
          <div className="utrecht-button-group">
            <Button
              className="utrecht-button utrecht-button--primary-action"
              isDisabled={busy}
              onPress={() =>
                void run(async () => {
                  await api('POST', '/api/v1/retention/runs');
                  await queryClient.invalidateQueries({ queryKey: retentionQuery.queryKey });
                  setConfirming(false);
                  setFinished(true);
                })
              }
            >
              {t('retention.runConfirm')}
            </Button>
            <Button className="utrecht-button utrecht-button--subtle" onPress={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      )}
    </>
  );
}

/** How long personal data is kept, and the proof of every run of the job that anonymises what is past it. */
export function RetentionPage() {
  const { t, i18n } = useTranslation();
  const user = useSessionUser();
  const retention = useQuery(retentionQuery);
  const data = retention.data;
  return (
    <>
      {hasRole(user, 'safety_officer') && (
        <p className="utrecht-paragraph">
          <Link to="/privacy" className="utrecht-link">
            {t('retention.toRequests')}
          </Link>
        </p>
      )}
      <PageHeading title={t('retention.title')}>{t('retention.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('retention.intro')}</p>
      <ErrorAlert error={retention.error} />
      {retention.isPending && <Loading />}
      {data && (
        <>
          <Settings settings={data.settings} />
          <Section title={t('retention.runs')} id="retention-runs">
            <p className="utrecht-paragraph">{t('retention.runsIntro')}</p>
            <RunNow />
            <DataTable
              caption={t('retention.runs')}
              columns={[t('retention.when'), t('retention.trigger'), t('retention.cutoffs'), t('retention.anonymised')]}
              rows={data.runs.map((runRow) => ({
                key: runRow.id,
                cells: [
                  runRow.finishedAt
                    ? formatDateTime(runRow.finishedAt, i18n.language)
                    : `${formatDateTime(runRow.startedAt, i18n.language)} · ${t('retention.running')}`,
                  t(`retention.triggers.${runRow.trigger}`, { actor: runRow.actor }),
                  t('retention.cutoffText', {
                    incidents: formatDateTime(runRow.incidentCutoff, i18n.language),
                    measures: formatDay(runRow.measureCutoff, i18n.language),
                  }),
                  <OutcomeCounts key="outcome" outcome={runRow.outcome} />,
                ],
              }))}
              empty={t('retention.noRuns')}
            />
          </Section>
        </>
      )}
    </>
  );
}
