import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TMemberRequirement } from '../../../server/modules/training/schema';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/feedback';
import { Section } from '../../components/page';
import { pick } from '../../components/text';

const dateFormat = (iso: string | null, language: string) =>
  iso
    ? new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
        dateStyle: 'long',
        timeZone: 'Europe/Amsterdam',
      }).format(new Date(iso))
    : '';

function StatusText({ row }: { row: TMemberRequirement }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <strong className={row.status === 'overdue' ? 'regie-status--overdue' : undefined}>
        {t(`records.statuses.${row.status}`)}
      </strong>{' '}
      {t(row.status === 'overdue' ? 'records.wasDue' : 'records.due', { date: dateFormat(row.dueAt, i18n.language) })}
    </>
  );
}

/** "Oefenalarmen: 1 van 1 in de afgelopen 6 maanden", for a requirement that counts alarm drills. */
function DrillProgress({ row }: { row: TMemberRequirement }) {
  const { t } = useTranslation();
  if (row.requirement.minimumDrills === 0) return null;
  return (
    <span className="regie-drills">
      {t('trainingPlus.drills', {
        done: Math.min(row.recentDrills, row.requirement.minimumDrills),
        of: row.requirement.minimumDrills,
        count: row.requirement.intervalMonths,
      })}
    </span>
  );
}

/** The signed-in person's own requirements: what is due, by when, and how far they are. */
export function MyRequirements() {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['training', 'requirements', 'mine'],
    queryFn: async () =>
      (await api<{ requirements: TMemberRequirement[] }>('GET', '/api/v1/training/requirements/mine')).requirements,
  });
  if (query.data?.length === 0) return null;
  return (
    <Section title={t('records.mineTitle')} id="my-requirements">
      <ErrorAlert error={query.error} />
      <ul className="regie-link-list">
        {query.data?.map((row) => (
          <li key={row.requirement.id}>
            {pick(row.requirement.title, i18n.language)}: <StatusText row={row} />{' '}
            {row.requirement.minimumScenarios > 0 &&
              t('records.progress', {
                done: Math.min(row.recent, row.requirement.minimumScenarios),
                of: row.requirement.minimumScenarios,
              })}{' '}
            <DrillProgress row={row} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** A manager's department: who is overdue or due soon for which training, overdue first. */
export function TeamRequirements() {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['training', 'requirements', 'team'],
    queryFn: async () =>
      (await api<{ requirements: TMemberRequirement[] }>('GET', '/api/v1/training/requirements/team')).requirements,
  });
  const rows = query.data ?? [];
  const overdue = rows.filter((row) => row.status === 'overdue').length;
  return (
    <Section title={t('records.teamTitle')} id="team-requirements">
      <ErrorAlert error={query.error} />
      {query.data && (
        <p className="utrecht-paragraph">
          {overdue > 0 ? t('records.teamOverdue', { count: overdue }) : t('records.teamNoneOverdue')}
        </p>
      )}
      {rows.length > 0 && (
        <DataTable
          caption={t('records.teamTitle')}
          columns={[t('users.name'), t('records.requirement'), t('records.status')]}
          rows={rows.map((row) => ({
            key: `${row.userId}-${row.requirement.id}`,
            cells: [
              row.name,
              pick(row.requirement.title, i18n.language),
              <span key="status">
                <StatusText row={row} /> <DrillProgress row={row} />
              </span>,
            ],
          }))}
        />
      )}
    </Section>
  );
}

export function EvidenceExport() {
  const { t } = useTranslation();
  return (
    <Section title={t('records.evidenceTitle')} id="evidence">
      <p className="utrecht-paragraph">{t('records.evidenceText')}</p>
      <p className="utrecht-paragraph">
        <a
          className="utrecht-button-link utrecht-button-link--secondary-action"
          href="/api/v1/training/evidence.csv"
          download
        >
          {t('records.evidenceDownload')}
        </a>
      </p>
    </Section>
  );
}
