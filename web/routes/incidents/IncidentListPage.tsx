import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TArboRegisterItem } from '../../../server/modules/incidents/schema';
import { searchableTerm } from '../../../server/modules/incidents/search-term';
import { CASE_STATUSES, FORMS } from '../../../server/modules/incidents/vocabulary';
import { CHANNELS } from '../../../server/modules/protocols/content';
import { api } from '../../api/client';
import { incidentListQuery, reviewsDueQuery } from '../../api/incidents';
import { orgQuery } from '../../api/queries';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading } from '../../components/feedback';
import { SelectInput, TextInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { formatDay, MeasureLine } from '../clients/ActiveMeasures';

const EMPTY = { from: '', to: '', officeId: '', departmentId: '', form: '', channel: '', phase: '', status: '', q: '' };
type Filters = typeof EMPTY;

function searchOf(filters: Filters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value.trim() !== '') params.set(key, value.trim());
  return params.toString();
}

/** Measures whose review date has come or comes this week: reviewed, not forgotten. */
function ReviewsDue() {
  const { t, i18n } = useTranslation();
  const due = useQuery(reviewsDueQuery);
  if (!due.data || due.data.length === 0) return null;
  return (
    <Section title={t('measures.reviewsDue', { count: due.data.length })} id="reviews-due">
      <ul className="regie-measure-list">
        {due.data.map((measure) => (
          <li key={measure.id}>
            {measure.clientName && <strong>{measure.clientName}: </strong>}
            <MeasureLine measure={measure} />
            <br />
            <span className="regie-overdue">
              {t('measures.reviewOn', { date: formatDay(measure.reviewOn, i18n.language) })}
            </span>
            {measure.incidentId && (
              <>
                {' · '}
                <Link to="/incidents/$incidentId" params={{ incidentId: measure.incidentId }} className="utrecht-link">
                  {t('clients.openCase')}
                </Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The register Arbowet art. 9 asks for: reported to the inspectorate, serious, or more than 3 days' absence. */
function ArboRegister() {
  const { t, i18n } = useTranslation();
  const register = useQuery({
    queryKey: ['incidents', 'arbo-register'],
    queryFn: async () =>
      (await api<{ incidents: TArboRegisterItem[] }>('GET', '/api/v1/incidents/arbo-register')).incidents,
  });
  return (
    <details className="regie-details">
      <summary>{t('cases.arbo.title', { count: register.data?.length ?? 0 })}</summary>
      <ErrorAlert error={register.error} />
      {register.data && register.data.length === 0 && <p className="utrecht-paragraph">{t('cases.arbo.none')}</p>}
      <ul className="regie-link-list">
        {(register.data ?? []).map((row) => (
          <li key={row.id}>
            <Link to="/incidents/$incidentId" params={{ incidentId: row.id }} className="utrecht-link">
              {formatDateTime(row.occurredAt, i18n.language)} — {row.employeeName}
            </Link>{' '}
            {[
              row.serious ? t('cases.arbo.serious') : '',
              row.absenceDays !== null ? t('incidents.absenceDaysN', { count: row.absenceDays }) : '',
              row.inspectorateReportedOn
                ? t('cases.inspectorate.reported', { date: formatDay(row.inspectorateReportedOn, i18n.language) })
                : row.serious
                  ? t('cases.inspectorate.needed')
                  : '',
            ]
              .filter((part) => part)
              .join(' · ')}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Cases the viewer follows up, filtered, with the same filters as CSV. */
export function IncidentListPage() {
  const { t, i18n } = useTranslation();
  const org = useQuery(orgQuery);
  const [draft, setDraft] = useState(EMPTY);
  const [applied, setApplied] = useState(EMPTY);
  const search = searchOf(applied);
  const list = useQuery(incidentListQuery(search));
  const set = (field: keyof Filters) => (value: string) => setDraft({ ...draft, [field]: value });
  const date = (field: 'from' | 'to') => (
    <div className="utrecht-form-field regie-field">
      <label className="utrecht-form-label" htmlFor={`filter-${field}`}>
        {t(`cases.filter.${field}`)}
      </label>
      <input
        id={`filter-${field}`}
        type="date"
        className="utrecht-textbox utrecht-textbox--html-input"
        value={draft[field]}
        onChange={(event) => set(field)(event.target.value)}
      />
    </div>
  );
  return (
    <>
      <PageHeading title={t('cases.title')}>{t('cases.title')}</PageHeading>
      <ReviewsDue />
      <ArboRegister />
      <Section title={t('cases.filter.title')} id="filters">
        <Form
          className="regie-form regie-form--wide"
          onSubmit={(event) => {
            event.preventDefault();
            setApplied(draft);
          }}
        >
          <div className="regie-field-row">
            {date('from')}
            {date('to')}
            <SelectInput
              label={t('cases.filter.office')}
              name="officeId"
              value={draft.officeId}
              onChange={set('officeId')}
              emptyLabel={t('cases.filter.all')}
              options={(org.data?.offices ?? []).map((office) => ({ value: office.id, label: office.name }))}
            />
            <SelectInput
              label={t('cases.filter.department')}
              name="departmentId"
              value={draft.departmentId}
              onChange={set('departmentId')}
              emptyLabel={t('cases.filter.all')}
              options={(org.data?.departments ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
            />
            <SelectInput
              label={t('cases.filter.form')}
              name="form"
              value={draft.form}
              onChange={set('form')}
              emptyLabel={t('cases.filter.all')}
              options={FORMS.map((form) => ({ value: form, label: t(`incidents.formNames.${form}`) }))}
            />
            <SelectInput
              label={t('cases.filter.channel')}
              name="channel"
              value={draft.channel}
              onChange={set('channel')}
              emptyLabel={t('cases.filter.all')}
              options={CHANNELS.map((channel) => ({ value: channel, label: t(`incidents.channels.${channel}`) }))}
            />
            <SelectInput
              label={t('cases.filter.phase')}
              name="phase"
              value={draft.phase}
              onChange={set('phase')}
              emptyLabel={t('cases.filter.all')}
              options={[1, 2, 3, 4].map((phase) => ({ value: String(phase), label: t(`incidents.phases.${phase}`) }))}
            />
            <SelectInput
              label={t('cases.filter.status')}
              name="status"
              value={draft.status}
              onChange={set('status')}
              emptyLabel={t('cases.filter.all')}
              options={CASE_STATUSES.map((status) => ({ value: status, label: t(`incidents.caseStatuses.${status}`) }))}
            />
          </div>
          <TextInput
            label={t('cases.filter.q')}
            description={t('cases.filter.qHelp')}
            name="q"
            value={draft.q}
            onChange={set('q')}
            validate={(value) => (value.trim() === '' || searchableTerm(value) ? null : t('cases.filter.qTooShort'))}
          />
          <div className="utrecht-button-group">
            <Button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t('cases.filter.apply')}
            </Button>
            <Button
              className="utrecht-button utrecht-button--subtle"
              onPress={() => {
                setDraft(EMPTY);
                setApplied(EMPTY);
              }}
            >
              {t('cases.filter.reset')}
            </Button>
          </div>
        </Form>
        <p className="utrecht-paragraph">
          <a
            className="utrecht-button-link utrecht-button-link--secondary-action"
            href={`/api/v1/incidents/export.csv${search ? `?${search}` : ''}`}
            download
          >
            {t('cases.export')}
          </a>{' '}
          <a
            className="utrecht-button-link utrecht-button-link--secondary-action"
            href={`/api/v1/incidents/export.xlsx${search ? `?${search}` : ''}`}
            download
          >
            {t('cases.exportXlsx')}
          </a>
        </p>
      </Section>
      <ErrorAlert error={list.error} />
      {list.isPending && <Loading />}
      {list.data && (
        <Section title={t('cases.results', { count: list.data.length })} id="results">
          <DataTable
            caption={t('cases.title')}
            columns={[
              t('incidents.when'),
              t('incidents.employee'),
              t('incidents.client'),
              t('incidents.forms'),
              t('incidents.caseStatus'),
            ]}
            rows={list.data.map((row) => ({
              key: row.id,
              cells: [
                <Link key="open" to="/incidents/$incidentId" params={{ incidentId: row.id }} className="utrecht-link">
                  {formatDateTime(row.occurredAt, i18n.language)}
                </Link>,
                `${row.employeeName}${row.departmentName ? ` (${row.departmentName})` : ''}`,
                row.clientName ?? t('incidents.clientUnknown'),
                row.forms.map((form) => t(`incidents.formNames.${form}`)).join(', '),
                <>
                  {row.caseStatus ? t(`incidents.caseStatuses.${row.caseStatus}`) : ''}
                  {row.overdueTasks > 0 && (
                    <>
                      <br />
                      <span className="regie-overdue">{t('cases.overdue', { count: row.overdueTasks })}</span>
                    </>
                  )}
                </>,
              ],
            }))}
            empty={t('cases.none')}
          />
        </Section>
      )}
    </>
  );
}
