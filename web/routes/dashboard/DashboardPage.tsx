import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TDashboard } from '../../../server/modules/dashboard/schema';
import { api } from '../../api/client';
import { orgQuery } from '../../api/queries';
import { hasRole, useSessionUser } from '../../auth/session';
import { ErrorAlert, Loading } from '../../components/feedback';
import { DateInput, SelectInput } from '../../components/fields';
import { PageHeading, Section } from '../../components/page';
import { KpiBlock } from './KpiTable';

interface Filter {
  from: string;
  to: string;
  officeId: string;
  departmentId: string;
}

function paramsOf(filter: Filter, extra: Record<string, string> = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, ...extra })) if (value) params.set(key, value);
  return params.toString();
}

/**
 * Key figures per role (issue 8): the director and the safety officer the organisation, a manager their own
 * department, HR anonymised figures. Every chart has a table view, the previous period beside it, and a CSV.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const org = useQuery(orgQuery);
  const [draft, setDraft] = useState<Filter>({ from: '', to: '', officeId: '', departmentId: '' });
  const [filter, setFilter] = useState<Filter>(draft);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const figures = useQuery({
    queryKey: ['dashboard', filter],
    queryFn: () => api<TDashboard>('GET', `/api/v1/dashboard?${paramsOf(filter)}`),
    placeholderData: keepPreviousData,
  });
  const data = figures.data;
  const ownDepartmentOnly = !hasRole(user, 'director', 'safety_officer', 'hr');

  return (
    <>
      <PageHeading title={t('dashboard.title')}>{t('dashboard.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('dashboard.lead')}</p>
      <form
        className="regie-filter regie-no-print"
        aria-label={t('dashboard.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          setFilter(draft);
        }}
      >
        <DateInput
          label={t('dashboard.from')}
          name="from"
          value={draft.from}
          max={draft.to || undefined}
          onChange={(from) => setDraft({ ...draft, from })}
        />
        <DateInput
          label={t('dashboard.to')}
          name="to"
          value={draft.to}
          min={draft.from || undefined}
          onChange={(to) => setDraft({ ...draft, to })}
        />
        <SelectInput
          label={t('dashboard.office')}
          name="officeId"
          value={draft.officeId}
          emptyLabel={t('dashboard.allOffices')}
          options={(org.data?.offices ?? []).map((office) => ({ value: office.id, label: office.name }))}
          onChange={(officeId) => setDraft({ ...draft, officeId })}
        />
        {!ownDepartmentOnly && (
          <SelectInput
            label={t('dashboard.department')}
            name="departmentId"
            value={draft.departmentId}
            emptyLabel={t('dashboard.allDepartments')}
            options={(org.data?.departments ?? []).map((department) => ({
              value: department.id,
              label: department.name,
            }))}
            onChange={(departmentId) => setDraft({ ...draft, departmentId })}
          />
        )}
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t('dashboard.show')}
        </button>
      </form>
      <fieldset className="regie-view-switch regie-no-print">
        <legend className="utrecht-form-label">{t('dashboard.view')}</legend>
        {(['chart', 'table'] as const).map((option) => (
          <label key={option} className="regie-view-switch__option">
            <input type="radio" name="view" value={option} checked={view === option} onChange={() => setView(option)} />{' '}
            {t(option === 'chart' ? 'dashboard.viewChart' : 'dashboard.viewTable')}
          </label>
        ))}
      </fieldset>
      <ErrorAlert error={figures.error} />
      {figures.isPending && <Loading />}
      {data && (
        <>
          <p className="utrecht-paragraph" aria-live="polite">
            {t('dashboard.period', {
              from: data.from,
              to: data.to,
              previousFrom: data.previousFrom,
              previousTo: data.previousTo,
            })}{' '}
            {data.scope === 'department' && t('dashboard.scopeDepartment')}
            {data.anonymised && t('dashboard.scopeAnonymised', { size: data.minGroupSize })}
          </p>
          <p className="utrecht-paragraph">{t('dashboard.suppressionNote', { size: data.minGroupSize })}</p>
          <ul className="utrecht-unordered-list regie-no-print">
            <li>
              <a className="utrecht-link" href={`/api/v1/dashboard/export.csv?${paramsOf(filter)}`} download>
                {t('dashboard.downloadAll')}
              </a>
            </li>
            {hasRole(user, 'director', 'safety_officer') && (
              <li>
                <a className="utrecht-link" href={`/api/v1/dashboard/evidence.pdf?${paramsOf(filter)}`} download>
                  {t('dashboard.evidence')}
                </a>
              </li>
            )}
            {hasRole(user, 'safety_officer') && (
              <li>
                <Link className="utrecht-link" to="/dashboard/complaints">
                  {t('dashboard.complaintsLink')}
                </Link>
              </li>
            )}
          </ul>
          {data.sections.map((section) => (
            <Section key={section.key} id={`kpi-${section.key}`} title={t(`dashboard.sections.${section.key}.title`)}>
              <p className="utrecht-paragraph">{t(`dashboard.sections.${section.key}.lead`)}</p>
              {section.tables.map((table) => (
                <KpiBlock
                  key={table.key}
                  section={section.key}
                  table={table}
                  view={view}
                  minGroupSize={data.minGroupSize}
                  csvUrl={`/api/v1/dashboard/export.csv?${paramsOf(filter, { table: `${section.key}.${table.key}` })}`}
                />
              ))}
            </Section>
          ))}
        </>
      )}
    </>
  );
}
