import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TIncident } from '../../../server/modules/incidents/schema';
import { incidentQuery } from '../../api/incidents';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { AftercarePanel } from '../aftercare/AftercarePanel';
import { MyAftercare } from '../aftercare/MyAftercare';
import { Attachments } from './Attachments';
import { CaseFollowUp } from './CaseFollowUp';

function ReportDetails({ incident }: { incident: TIncident }) {
  const { t, i18n } = useTranslation();
  const yes = (value: boolean) => (value ? t('incidents.yes') : t('incidents.no'));
  const rows: [string, React.ReactNode][] = [
    [t('incidents.when'), formatDateTime(incident.occurredAt, i18n.language) || '—'],
    [t('incidents.employee'), incident.employee.name],
    [t('incidents.reportedBy'), incident.reportedBy.name],
    [
      t('incidents.where'),
      [
        incident.locationKind ? t(`incidents.locationKinds.${incident.locationKind}`) : '',
        incident.officeName ?? '',
        incident.locationDetail,
      ]
        .filter((part) => part)
        .join(' · ') || '—',
    ],
    [t('incidents.channel'), incident.channel ? t(`incidents.channels.${incident.channel}`) : '—'],
    [t('incidents.forms'), incident.forms.map((form) => t(`incidents.formNames.${form}`)).join(', ') || '—'],
    [t('incidents.nature'), incident.nature ? t(`incidents.natures.${incident.nature}`) : '—'],
    [t('incidents.phase'), incident.phase ? t(`incidents.phases.${incident.phase}`) : '—'],
    [
      t('incidents.client'),
      incident.clientId && incident.canFollowUp ? (
        <Link key="client" to="/clients/$clientId" params={{ clientId: incident.clientId }} className="utrecht-link">
          {incident.clientName}
        </Link>
      ) : (
        (incident.clientName ?? (incident.clientDescription || t('incidents.clientUnknown')))
      ),
    ],
    [t('incidents.involved'), incident.involved.map((person) => person.name).join(', ') || '—'],
    [t('incidents.witnesses'), incident.witnesses.map((person) => person.name).join(', ') || '—'],
    [
      t('incidents.facts'),
      <span key="facts" className="regie-pre">
        {incident.facts || '—'}
      </span>,
    ],
    [
      t('incidents.quotes'),
      <span key="quotes" className="regie-pre">
        {incident.quotes || '—'}
      </span>,
    ],
    [
      t('incidents.consequences'),
      [
        incident.injury && t('incidents.form.injury'),
        incident.damage && t('incidents.form.damage'),
        incident.policeInvolved && t('incidents.form.policeInvolved'),
        incident.sickLeave && t('incidents.form.sickLeave'),
        incident.hospitalAdmission && t('incidents.form.hospitalAdmission'),
        incident.permanentInjury && t('incidents.form.permanentInjury'),
        incident.death && t('incidents.form.death'),
        incident.absenceDays !== null && t('incidents.absenceDaysN', { count: incident.absenceDays }),
        incident.consequences,
      ]
        .filter((part) => part)
        .join(' · ') || '—',
    ],
    [t('incidents.impact'), incident.emotionalImpact ? t(`incidents.impact.${incident.emotionalImpact}`) : '—'],
    [t('incidents.wantsAftercare'), yes(incident.wantsAftercare)],
    [t('incidents.route'), t(`incidents.routes.${incident.routeTo}`)],
  ];
  return (
    <Section title={t('incidents.report')} id="report">
      <dl className="regie-data-list regie-report-details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}

/** One report: for its writer the report and its status; for whoever follows it up, the case as well. */
export function IncidentPage() {
  const { t, i18n } = useTranslation();
  const { incidentId } = useParams({ strict: false }) as { incidentId: string };
  const search = useSearch({ strict: false }) as { sent?: boolean };
  const queryClient = useQueryClient();
  const query = useQuery(incidentQuery(incidentId));
  const incident = query.data;
  if (!incident)
    return (
      <>
        <PageHeading title={t('incidents.title')}>{t('incidents.title')}</PageHeading>
        <ErrorAlert error={query.error} />
        {query.isPending && <Loading />}
      </>
    );
  const title = t('incidents.titleOf', {
    name: incident.employee.name,
    date: formatDateTime(incident.occurredAt, i18n.language),
  });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {search.sent && <SuccessNote>{t('incidents.sent')}</SuccessNote>}
      <p className="utrecht-paragraph regie-lead">
        {incident.status === 'draft'
          ? t('incidents.draftStatus')
          : t('incidents.caseStatusLine', { status: t(`incidents.caseStatuses.${incident.caseStatus}`) })}
      </p>
      {incident.feedback && !incident.canFollowUp && (
        <Section title={t('incidents.feedbackTitle')} id="feedback">
          <p className="utrecht-paragraph regie-pre">{incident.feedback}</p>
        </Section>
      )}
      {incident.canEdit && (
        <p className="utrecht-paragraph">
          <Link
            to="/incidents/$incidentId/edit"
            params={{ incidentId: incident.id }}
            className="utrecht-button-link utrecht-button-link--secondary-action"
          >
            {incident.status === 'draft' ? t('incidents.continueDraft') : t('incidents.complete')}
          </Link>
        </p>
      )}
      {incident.canDownloadDossier && (
        <p className="utrecht-paragraph">
          <a href={`/api/v1/incidents/${incident.id}/dossier`} className="utrecht-link" download>
            {t('letters.dossier')}
          </a>{' '}
          <span className="regie-muted">{t('letters.dossierHelp')}</span>
        </p>
      )}
      {incident.canFollowUp && (
        <CaseFollowUp
          incident={incident}
          onChange={(updated) => queryClient.setQueryData(incidentQuery(incident.id).queryKey, updated)}
        />
      )}
      {incident.status === 'submitted' && <MyAftercare incidentId={incident.id} />}
      {incident.canFollowUp && <AftercarePanel incidentId={incident.id} />}
      <ReportDetails incident={incident} />
      <Attachments
        incident={incident}
        canAdd={incident.canEdit}
        onChange={(updated) => queryClient.setQueryData(incidentQuery(incident.id).queryKey, updated)}
      />
      {incident.handlingId && (
        <p className="utrecht-paragraph">
          <Link to="/handling/$handlingId" params={{ handlingId: incident.handlingId }} className="utrecht-link">
            {t('incidents.openHandling')}
          </Link>
        </p>
      )}
    </>
  );
}
