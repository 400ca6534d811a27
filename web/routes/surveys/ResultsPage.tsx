import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TOrgStructure } from '../../../server/modules/org/schema';
import type { TGroupResult, TResults, TResultsQuery } from '../../../server/modules/surveys/schema';
import { api } from '../../api/client';
import { resultsQuery, resultsSearch } from '../../api/surveys';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading } from '../../components/feedback';
import { SelectInput } from '../../components/fields';
import { PageHeading, Section } from '../../components/page';
import { formatScore } from './format';
import { PrePostChart } from './PrePostChart';
import { comparisonSentence } from './sentence';

function GroupFigures({ group, results }: { group: TGroupResult; results: TResults }) {
  const { t, i18n } = useTranslation();
  const name = group.kind === 'organisation' ? t('surveys.results.organisation') : group.name;
  const title = t('surveys.results.groupTitle', { name });
  if (group.suppressed)
    return (
      <Section title={title} id={`group-${group.id ?? 'organisation'}`}>
        <p className="utrecht-paragraph">{t('surveys.results.suppressed', { min: results.minGroupSize })}</p>
      </Section>
    );
  const compared = group.themes.some((theme) => theme.comparison);
  const language = i18n.language;
  return (
    <Section title={title} id={`group-${group.id ?? 'organisation'}`}>
      <p className="utrecht-paragraph">
        {compared
          ? t('surveys.results.respondentsBoth', {
              count: group.respondents ?? 0,
              baseline: group.baselineRespondents ?? 0,
            })
          : t('surveys.results.respondents', { count: group.respondents ?? 0 })}
        {group.officeName && ` · ${group.officeName}`}
        {group.departmentName && ` · ${group.departmentName}`}
      </p>
      <PrePostChart themes={group.themes} title={title} />
      {compared && (
        <ul className="regie-sentences">
          {group.themes
            .filter((theme) => theme.comparison)
            .map((theme) => (
              <li key={theme.theme}>
                <strong>{t(`surveys.themes.${theme.theme}`)}</strong>: {comparisonSentence(t, language, theme)}
              </li>
            ))}
        </ul>
      )}
      <DataTable
        caption={t('surveys.results.tableCaption', { name })}
        columns={
          compared
            ? [
                t('surveys.results.theme'),
                t('surveys.chart.before'),
                t('surveys.chart.after'),
                t('surveys.results.difference'),
                t('surveys.results.interval'),
                t('surveys.results.effect'),
              ]
            : [t('surveys.results.theme'), t('surveys.results.mean')]
        }
        rows={group.themes.map((theme) => ({
          key: theme.theme,
          cells: theme.comparison
            ? [
                `${t(`surveys.themes.${theme.theme}`)} (${t(theme.higherIsBetter ? 'surveys.results.higherBetter' : 'surveys.results.lowerBetter')})`,
                formatScore(theme.comparison.baselineMean, language),
                formatScore(theme.mean, language),
                formatScore(theme.comparison.difference, language, true),
                `${formatScore(theme.comparison.ciLow, language)} – ${formatScore(theme.comparison.ciHigh, language)}`,
                `${t(`surveys.effects.${theme.comparison.effect}`)} (g = ${formatScore(theme.comparison.hedgesG, language)})`,
              ]
            : compared
              ? [t(`surveys.themes.${theme.theme}`), '—', formatScore(theme.mean, language), '—', '—', '—']
              : [t(`surveys.themes.${theme.theme}`), formatScore(theme.mean, language)],
        }))}
      />
    </Section>
  );
}

export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const { campaignId } = useParams({ from: '/signed-in/surveys/$campaignId/results' });
  const [filter, setFilter] = useState<TResultsQuery>({});
  const results = useQuery(resultsQuery(campaignId, filter));
  const org = useQuery({ queryKey: ['org'], queryFn: () => api<TOrgStructure>('GET', '/api/v1/org') });
  const data = results.data;
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const heading = data ? t('surveys.results.title', { title: data.title }) : t('surveys.results.titlePlain');
  return (
    <>
      <PageHeading title={heading}>{heading}</PageHeading>
      <p className="utrecht-paragraph">
        <Link to="/surveys" className="utrecht-link">
          {t('surveys.back')}
        </Link>
      </p>
      <p className="utrecht-paragraph regie-lead">
        {data?.baseline
          ? t('surveys.results.leadCompared', { baseline: data.baseline.title })
          : t('surveys.results.lead')}
      </p>
      <p className="utrecht-paragraph">{t('surveys.results.method', { min: data?.minGroupSize ?? 5 })}</p>
      <form className="regie-filter" onSubmit={(event) => event.preventDefault()}>
        <SelectInput
          label={t('surveys.results.office')}
          name="officeId"
          value={filter.officeId ?? ''}
          onChange={(value) => setFilter((current) => ({ ...current, officeId: value || undefined }))}
          emptyLabel={t('surveys.results.all')}
          options={(org.data?.offices ?? []).map((office) => ({ value: office.id, label: office.name }))}
        />
        <SelectInput
          label={t('surveys.results.department')}
          name="departmentId"
          value={filter.departmentId ?? ''}
          onChange={(value) => setFilter((current) => ({ ...current, departmentId: value || undefined }))}
          emptyLabel={t('surveys.results.all')}
          options={(org.data?.departments ?? []).map((department) => ({
            value: department.id,
            label: department.name,
          }))}
        />
        <SelectInput
          label={t('surveys.results.team')}
          name="teamId"
          value={filter.teamId ?? ''}
          onChange={(value) => setFilter((current) => ({ ...current, teamId: value || undefined }))}
          emptyLabel={t('surveys.results.all')}
          options={(org.data?.teams ?? []).map((team) => ({ value: team.id, label: team.name }))}
        />
      </form>
      <p className="utrecht-paragraph">
        <a
          className="utrecht-link"
          href={`/api/v1/surveys/campaigns/${campaignId}/results.csv${resultsSearch(filter)}`}
          download
        >
          {t('surveys.results.csv')}
        </a>
      </p>
      <ErrorAlert error={results.error} />
      {!data && !results.error && <Loading />}
      {data && data.groups.length === 0 && <p className="utrecht-paragraph">{t('surveys.results.noGroups')}</p>}
      {data?.groups.map((group) => (
        <GroupFigures key={group.id ?? 'organisation'} group={group} results={data} />
      ))}
      {data?.openAnswers && (
        <Section title={t('surveys.results.openAnswers')} id="open-answers">
          <p className="utrecht-paragraph">{t('surveys.results.openIntro')}</p>
          {data.openAnswers.map((entry) => {
            const item = data.items.find((candidate) => candidate.key === entry.key);
            return (
              <div key={entry.key}>
                <h3 className="utrecht-heading-3">{item?.text[language] ?? entry.key}</h3>
                {entry.answers.length === 0 ? (
                  <p className="utrecht-paragraph regie-muted">{t('surveys.results.noOpenAnswers')}</p>
                ) : (
                  <ul className="regie-compact-list">
                    {entry.answers.map((answer, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: equal answers may occur twice
                      <li key={index}>{answer}</li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </Section>
      )}
    </>
  );
}
