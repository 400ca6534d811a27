import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TIncident } from '../../../server/modules/incidents/schema';
import { CASE_TRANSITIONS } from '../../../server/modules/incidents/vocabulary';
import { isLetterKind } from '../../../server/modules/letters/content';
import { MEASURE_KINDS, RESTRICTIONS } from '../../../server/modules/measures/rules';
import { ApiError, api } from '../../api/client';
import { incidentQuery } from '../../api/incidents';
import { orgQuery } from '../../api/queries';
import { ErrorAlert, SuccessNote } from '../../components/feedback';
import { Checkboxes, SelectInput, TextAreaInput, TextInput } from '../../components/fields';
import { formatDateTime, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { useFieldErrors } from '../../components/useFieldErrors';
import { formatDay, MeasureLine } from '../clients/ActiveMeasures';

type OnChange = (incident: TIncident) => void;

function DateField({
  label,
  value,
  onChange,
  type = 'date',
  isRequired,
  description,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'date' | 'datetime-local';
  isRequired?: boolean;
  description?: string;
}) {
  const id = useId();
  return (
    <div className="utrecht-form-field regie-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      {description && (
        <p id={`${id}-help`} className="utrecht-form-field-description">
          {description}
        </p>
      )}
      <input
        id={id}
        type={type}
        required={isRequired}
        aria-describedby={description ? `${id}-help` : undefined}
        className="utrecht-textbox utrecht-textbox--html-input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

function CaseStatus({ incident, onChange }: { incident: TIncident; onChange: OnChange }) {
  const { t } = useTranslation();
  const { error, busy, run } = useAction();
  const next = incident.caseStatus ? CASE_TRANSITIONS[incident.caseStatus] : [];
  return (
    <Section title={t('cases.status')} id="case-status">
      <p className="utrecht-paragraph">
        {t('incidents.caseStatusLine', { status: t(`incidents.caseStatuses.${incident.caseStatus}`) })}
      </p>
      <ErrorAlert error={error} />
      <div className="utrecht-button-group">
        {next.map((status) => (
          <Button
            key={status}
            className="utrecht-button utrecht-button--secondary-action"
            isDisabled={busy}
            onPress={() =>
              void run(async () =>
                onChange(await api<TIncident>('POST', `/api/v1/incidents/${incident.id}/status`, { status })),
              )
            }
          >
            {t(`cases.to.${status}`)}
          </Button>
        ))}
      </div>
    </Section>
  );
}

function CaseTasks({ incident }: { incident: TIncident }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { error, run } = useAction();
  return (
    <Section title={t('cases.tasks')} id="case-tasks">
      <ErrorAlert error={error} />
      {incident.tasks.length === 0 ? (
        <p className="utrecht-paragraph">{t('tasks.none')}</p>
      ) : (
        <ul className="regie-task-list">
          {incident.tasks.map((task) => (
            <li key={task.id} className={task.overdue ? 'regie-task regie-task--overdue' : 'regie-task'}>
              <div>
                <strong>{t(`stepActions.${task.kind}`)}</strong> — {task.assignee}
                <br />
                {task.status === 'done' ? (
                  <span className="regie-muted">
                    {t('cases.taskDone', { date: formatDateTime(task.doneAt, i18n.language) })}
                  </span>
                ) : (
                  <span className={task.overdue ? 'regie-overdue' : 'regie-muted'}>
                    {t(task.overdue ? 'tasks.overdue' : 'tasks.due', {
                      date: formatDateTime(task.dueAt, i18n.language),
                    })}
                  </span>
                )}
              </div>
              {task.status === 'open' && (
                <Button
                  className="utrecht-button utrecht-button--secondary-action"
                  aria-label={t('cases.taskDoneNamed', { task: t(`stepActions.${task.kind}`), name: task.assignee })}
                  onPress={() =>
                    void run(async () => {
                      await api('POST', `/api/v1/tasks/${task.id}/done`);
                      await queryClient.invalidateQueries({ queryKey: incidentQuery(incident.id).queryKey });
                      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
                    })
                  }
                >
                  {t('tasks.done')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function OutcomeForm({ talkId, onChange }: { talkId: string; onChange: OnChange }) {
  const { t } = useTranslation();
  const [heldAt, setHeldAt] = useState('');
  const [outcome, setOutcome] = useState('');
  const [agreements, setAgreements] = useState('');
  const { error, busy, run } = useAction();
  const { errors: fieldErrors, clearing } = useFieldErrors(error);
  return (
    <Form
      className="regie-form"
      validationErrors={fieldErrors}
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () =>
          onChange(
            await api<TIncident>('POST', `/api/v1/ordegesprekken/${talkId}/outcome`, {
              heldAt: heldAt ? new Date(heldAt).toISOString() : '',
              outcome,
              agreements,
            }),
          ),
        );
      }}
    >
      <ErrorAlert error={error} />
      <DateField
        label={t('cases.talk.heldAt')}
        type="datetime-local"
        value={heldAt}
        onChange={clearing('heldAt', setHeldAt)}
        isRequired
      />
      <TextAreaInput
        label={t('cases.talk.outcome')}
        name="outcome"
        value={outcome}
        onChange={clearing('outcome', setOutcome)}
        isRequired
      />
      <TextAreaInput
        label={t('cases.talk.agreements')}
        name="agreements"
        value={agreements}
        onChange={clearing('agreements', setAgreements)}
      />
      <Button type="submit" className="utrecht-button utrecht-button--secondary-action" isDisabled={busy}>
        {t('cases.talk.record')}
      </Button>
    </Form>
  );
}

function Ordegesprek({ incident, onChange }: { incident: TIncident; onChange: OnChange }) {
  const { t, i18n } = useTranslation();
  const [plannedAt, setPlannedAt] = useState('');
  const [participants, setParticipants] = useState(
    [incident.clientName, incident.employee.name].filter((name) => name).join(', '),
  );
  const [location, setLocation] = useState('');
  const { error, busy, run } = useAction();
  return (
    <Section title={t('cases.talk.title')} id="ordegesprek">
      {incident.ordegesprekken.map((talk) => (
        <div key={talk.id} className="regie-talk">
          <p className="utrecht-paragraph">
            <strong>{t('cases.talk.plannedOn', { date: formatDateTime(talk.plannedAt, i18n.language) })}</strong>
            <br />
            {t('cases.talk.with', { participants: talk.participants })}
            {talk.location && (
              <>
                <br />
                {talk.location}
              </>
            )}
          </p>
          {talk.heldAt ? (
            <dl className="regie-data-list">
              <dt>{t('cases.talk.heldAt')}</dt>
              <dd>{formatDateTime(talk.heldAt, i18n.language)}</dd>
              <dt>{t('cases.talk.outcome')}</dt>
              <dd className="regie-pre">{talk.outcome}</dd>
              <dt>{t('cases.talk.agreements')}</dt>
              <dd className="regie-pre">{talk.agreements || '—'}</dd>
            </dl>
          ) : (
            incident.canFollowUp && (
              <details className="regie-details">
                <summary>{t('cases.talk.recordTitle')}</summary>
                <OutcomeForm talkId={talk.id} onChange={onChange} />
              </details>
            )
          )}
        </div>
      ))}
      <h3 className="utrecht-heading-3">{t('cases.talk.plan')}</h3>
      <Form
        className="regie-form"
        validationErrors={error instanceof ApiError ? error.fieldErrors() : undefined}
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            onChange(
              await api<TIncident>('POST', `/api/v1/incidents/${incident.id}/ordegesprekken`, {
                plannedAt: plannedAt ? new Date(plannedAt).toISOString() : '',
                participants,
                location,
              }),
            );
            setPlannedAt('');
          });
        }}
      >
        <ErrorAlert error={error} />
        <DateField
          label={t('cases.talk.plannedAt')}
          type="datetime-local"
          value={plannedAt}
          onChange={setPlannedAt}
          isRequired
        />
        <TextInput
          label={t('cases.talk.participants')}
          name="participants"
          value={participants}
          onChange={setParticipants}
          isRequired
        />
        <TextInput label={t('cases.talk.location')} name="location" value={location} onChange={setLocation} />
        <Button type="submit" className="utrecht-button utrecht-button--primary-action" isDisabled={busy}>
          {t('cases.talk.planSubmit')}
        </Button>
      </Form>
    </Section>
  );
}

const EMPTY_MEASURE = {
  kind: '',
  reason: '',
  startsOn: '',
  endsOn: '',
  reviewOn: '',
  restriction: '',
  contactName: '',
  officeIds: [] as string[],
  amount: '',
  police: ['byEmployee', 'vpt'] as string[],
  policeReference: '',
  reportedOn: '',
};

function DecideMeasure({ incident, onChange }: { incident: TIncident; onChange: OnChange }) {
  const { t } = useTranslation();
  const org = useQuery(orgQuery);
  const [values, setValues] = useState(EMPTY_MEASURE);
  const [decided, setDecided] = useState(false);
  const { error, busy, run } = useAction();
  const set =
    <K extends keyof typeof EMPTY_MEASURE>(field: K) =>
    (value: (typeof EMPTY_MEASURE)[K]) =>
      setValues((current) => ({ ...current, [field]: value }));
  const lasting = ['yellow_card', 'red_card', 'contact_restriction', 'access_ban'].includes(values.kind);
  return (
    <Form
      className="regie-form"
      validationErrors={error instanceof ApiError ? error.fieldErrors() : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        setDecided(false);
        void run(async () => {
          const body = {
            kind: values.kind,
            reason: values.reason,
            ...(values.startsOn ? { startsOn: values.startsOn } : {}),
            ...(lasting && values.endsOn ? { endsOn: values.endsOn } : {}),
            ...(lasting && values.reviewOn ? { reviewOn: values.reviewOn } : {}),
            ...(values.kind === 'contact_restriction' && values.restriction ? { restriction: values.restriction } : {}),
            ...(values.restriction === 'one_contact' ? { contactName: values.contactName } : {}),
            ...(values.kind === 'access_ban' ? { officeIds: values.officeIds } : {}),
            ...(values.kind === 'civil_letter' && values.amount ? { amount: values.amount } : {}),
            ...(values.kind === 'police_report'
              ? {
                  onBehalfOfEmployer: values.police.includes('employer'),
                  byEmployee: values.police.includes('byEmployee'),
                  vpt: values.police.includes('vpt'),
                  employerAddress: values.police.includes('employerAddress'),
                  joinCriminalCase: values.police.includes('joinCriminalCase'),
                  ...(values.policeReference ? { policeReference: values.policeReference } : {}),
                  ...(values.reportedOn ? { reportedOn: values.reportedOn } : {}),
                }
              : {}),
          };
          onChange(await api<TIncident>('POST', `/api/v1/incidents/${incident.id}/measures`, body));
          setValues(EMPTY_MEASURE);
          setDecided(true);
        });
      }}
    >
      {decided && <SuccessNote>{t('measures.decided')}</SuccessNote>}
      <ErrorAlert error={error} />
      <SelectInput
        label={t('measures.kindLabel')}
        name="kind"
        value={values.kind}
        emptyLabel={t('incidents.form.choose')}
        onChange={set('kind')}
        options={MEASURE_KINDS.map((kind) => ({ value: kind, label: t(`measures.kind.${kind}`) }))}
      />
      {values.kind === 'contact_restriction' && (
        <SelectInput
          label={t('measures.restrictionLabel')}
          name="restriction"
          value={values.restriction}
          emptyLabel={t('incidents.form.choose')}
          onChange={set('restriction')}
          options={RESTRICTIONS.map((restriction) => ({
            value: restriction,
            label: t(`measures.restriction.${restriction}`, { name: t('measures.namedContact') }),
          }))}
        />
      )}
      {values.restriction === 'one_contact' && values.kind === 'contact_restriction' && (
        <TextInput
          label={t('measures.contactName')}
          name="contactName"
          value={values.contactName}
          onChange={set('contactName')}
          isRequired
        />
      )}
      {values.kind === 'access_ban' && (
        <Checkboxes
          label={t('measures.offices')}
          name="officeIds"
          value={values.officeIds}
          onChange={set('officeIds')}
          options={(org.data?.offices ?? []).map((office) => ({ value: office.id, label: office.name }))}
        />
      )}
      {values.kind === 'civil_letter' && (
        <TextInput label={t('measures.amount')} name="amount" value={values.amount} onChange={set('amount')} />
      )}
      {values.kind === 'police_report' && (
        <>
          <p className="utrecht-paragraph">{t('measures.police.intro')}</p>
          <Checkboxes
            label={t('measures.police.label')}
            name="police"
            value={values.police}
            onChange={set('police')}
            options={['byEmployee', 'employer', 'vpt', 'employerAddress', 'joinCriminalCase'].map((option) => ({
              value: option,
              label: t(`measures.police.${option}`),
            }))}
          />
          <div className="regie-field-row">
            <TextInput
              label={t('measures.police.reference')}
              name="policeReference"
              value={values.policeReference}
              onChange={set('policeReference')}
            />
            <DateField label={t('measures.police.reportedOn')} value={values.reportedOn} onChange={set('reportedOn')} />
          </div>
        </>
      )}
      <TextAreaInput
        label={t('measures.reason')}
        name="reason"
        value={values.reason}
        onChange={set('reason')}
        isRequired
      />
      <div className="regie-field-row">
        <DateField
          label={t('measures.startsOn')}
          value={values.startsOn}
          onChange={set('startsOn')}
          description={t('measures.startsOnHelp')}
        />
        {lasting && (
          <DateField
            label={t('measures.endsOn')}
            value={values.endsOn}
            onChange={set('endsOn')}
            isRequired={values.kind === 'access_ban'}
          />
        )}
        {lasting && (
          <DateField label={t('measures.reviewOnLabel')} value={values.reviewOn} onChange={set('reviewOn')} />
        )}
      </div>
      {(values.kind === 'access_ban' || (values.kind === 'police_report' && values.police.includes('employer'))) && (
        <p className="utrecht-paragraph">{t('measures.needsDirector')}</p>
      )}
      <Button type="submit" className="utrecht-button utrecht-button--primary-action" isDisabled={busy || !values.kind}>
        {t('measures.decide')}
      </Button>
    </Form>
  );
}

function ReviewButtons({
  incident,
  measureId,
  onChange,
}: {
  incident: TIncident;
  measureId: string;
  onChange: OnChange;
}) {
  const { t } = useTranslation();
  const [next, setNext] = useState('');
  const { error, busy, run } = useAction();
  if (!incident.canFollowUp) return null;
  const review = (body: object) =>
    void run(async () => onChange(await api<TIncident>('POST', `/api/v1/measures/${measureId}/review`, body)));
  return (
    <details className="regie-details">
      <summary>{t('measures.review')}</summary>
      <ErrorAlert error={error} />
      <DateField label={t('measures.nextReview')} value={next} onChange={setNext} />
      <div className="utrecht-button-group">
        <Button
          className="utrecht-button utrecht-button--secondary-action"
          isDisabled={busy || !next}
          onPress={() => review({ decision: 'continue', nextReviewOn: next })}
        >
          {t('measures.continue')}
        </Button>
        <Button
          className="utrecht-button utrecht-button--subtle"
          isDisabled={busy}
          onPress={() => review({ decision: 'end' })}
        >
          {t('measures.endNow')}
        </Button>
      </div>
    </details>
  );
}

function PoliceReference({ measureId, onChange }: { measureId: string; onChange: OnChange }) {
  const { t } = useTranslation();
  const [reference, setReference] = useState('');
  const [reportedOn, setReportedOn] = useState('');
  const { error, busy, run } = useAction();
  return (
    <details className="regie-details">
      <summary>{t('measures.police.record')}</summary>
      <ErrorAlert error={error} />
      <div className="regie-field-row">
        <TextInput label={t('measures.police.reference')} value={reference} onChange={setReference} isRequired />
        <DateField label={t('measures.police.reportedOn')} value={reportedOn} onChange={setReportedOn} isRequired />
      </div>
      <Button
        className="utrecht-button utrecht-button--secondary-action"
        isDisabled={busy || !reference || !reportedOn}
        onPress={() =>
          void run(async () =>
            onChange(
              await api<TIncident>('POST', `/api/v1/measures/${measureId}/police-report`, {
                policeReference: reference,
                reportedOn,
              }),
            ),
          )
        }
      >
        {t('common.save')}
      </Button>
    </details>
  );
}

function Measures({ incident, onChange }: { incident: TIncident; onChange: OnChange }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('measures.title')} id="measures">
      {incident.measures.length === 0 ? (
        <p className="utrecht-paragraph">{t('measures.none')}</p>
      ) : (
        <ul className="regie-measure-list">
          {incident.measures.map((measure) => (
            <li key={measure.id}>
              <MeasureLine measure={measure} />
              <br />
              <span className="regie-muted">
                {t(`measures.status.${measure.active ? 'active' : measure.ended ? 'ended' : measure.status}`)}
                {measure.reviewOn &&
                  ` · ${t('measures.reviewOn', { date: formatDay(measure.reviewOn, i18n.language) })}`}
              </span>
              {isLetterKind(measure.kind) && measure.status === 'decided' && (
                <p className="utrecht-paragraph">
                  <Link to="/measures/$measureId/letter" params={{ measureId: measure.id }} className="utrecht-link">
                    {t('letters.makeLetter', { kind: t(`measures.kind.${measure.kind}`) })}
                  </Link>
                </p>
              )}
              {measure.active && <ReviewButtons incident={incident} measureId={measure.id} onChange={onChange} />}
              {measure.police &&
                !measure.police.policeReference &&
                measure.status !== 'rejected' &&
                incident.canFollowUp && <PoliceReference measureId={measure.id} onChange={onChange} />}
            </li>
          ))}
        </ul>
      )}
      {incident.clientId === null && <p className="utrecht-paragraph">{t('measures.unknownClient')}</p>}
      <h3 className="utrecht-heading-3">{t('measures.new')}</h3>
      <DecideMeasure incident={incident} onChange={onChange} />
    </Section>
  );
}

function Feedback({ incident, onChange }: { incident: TIncident; onChange: OnChange }) {
  const { t } = useTranslation();
  const [feedback, setFeedback] = useState(incident.feedback);
  const [saved, setSaved] = useState(false);
  const { error, busy, run } = useAction();
  return (
    <Section title={t('cases.feedback')} id="case-feedback">
      <Form
        className="regie-form"
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          void run(async () => {
            onChange(await api<TIncident>('PUT', `/api/v1/incidents/${incident.id}/feedback`, { feedback }));
            setSaved(true);
          });
        }}
      >
        {saved && <SuccessNote>{t('common.saved')}</SuccessNote>}
        <ErrorAlert error={error} />
        <TextAreaInput
          label={t('cases.feedbackLabel')}
          description={t('cases.feedbackHelp')}
          name="feedback"
          value={feedback}
          onChange={setFeedback}
        />
        <Button type="submit" className="utrecht-button utrecht-button--secondary-action" isDisabled={busy}>
          {t('cases.feedbackSave')}
        </Button>
      </Form>
    </Section>
  );
}

/** Arbowet art. 9: a serious incident is reported to the labour inspectorate at once; the date is kept. */
function Inspectorate({ incident, onChange }: { incident: TIncident; onChange: OnChange }) {
  const { t, i18n } = useTranslation();
  const [reportedOn, setReportedOn] = useState('');
  const { error, busy, run } = useAction();
  const serious = incident.hospitalAdmission || incident.permanentInjury || incident.death;
  if (!serious && !incident.inspectorateReportedOn) return null;
  return (
    <Section title={t('cases.inspectorate.title')} id="inspectorate">
      {incident.inspectorateReportedOn ? (
        <p className="utrecht-paragraph">
          {t('cases.inspectorate.reported', { date: formatDay(incident.inspectorateReportedOn, i18n.language) })}
        </p>
      ) : (
        <>
          <p className="utrecht-paragraph regie-overdue">{t('cases.inspectorate.needed')}</p>
          <ErrorAlert error={error} />
          <DateField
            label={t('cases.inspectorate.reportedOn')}
            value={reportedOn}
            onChange={setReportedOn}
            isRequired
          />
          <Button
            className="utrecht-button utrecht-button--primary-action"
            isDisabled={busy || !reportedOn}
            onPress={() =>
              void run(async () =>
                onChange(await api<TIncident>('POST', `/api/v1/incidents/${incident.id}/inspectorate`, { reportedOn })),
              )
            }
          >
            {t('cases.inspectorate.record')}
          </Button>
        </>
      )}
    </Section>
  );
}

/** The manager's case: status, tasks with deadlines, the ordegesprek, measures, and what the reporter is told. */
export function CaseFollowUp({ incident, onChange }: { incident: TIncident; onChange: OnChange }) {
  return (
    <div className="regie-cards">
      <CaseStatus incident={incident} onChange={onChange} />
      <CaseTasks incident={incident} />
      <Inspectorate incident={incident} onChange={onChange} />
      <Ordegesprek incident={incident} onChange={onChange} />
      <Measures incident={incident} onChange={onChange} />
      <Feedback incident={incident} onChange={onChange} />
    </div>
  );
}
