import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TIncident, TUpdateIncidentRequest } from '../../../server/modules/incidents/schema';
import { FORMS, LOCATION_KINDS, NATURES } from '../../../server/modules/incidents/vocabulary';
import { CHANNELS } from '../../../server/modules/protocols/content';
import { api } from '../../api/client';
import { clientQuery, incidentQuery } from '../../api/incidents';
import { orgQuery } from '../../api/queries';
import { ErrorAlert, Loading } from '../../components/feedback';
import { Checkboxes, SelectInput, TextAreaInput, TextInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { ActiveMeasures } from '../clients/ActiveMeasures';
import { ClientPicker } from '../clients/ClientPicker';
import { Attachments } from './Attachments';
import { FactsField } from './FactsField';

/** A moment as the value of a datetime-local field, in the browser's (Dutch) time. */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const names = (people: { name: string }[]) => people.map((person) => person.name).join('\n');
const people = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, 20)
    .map((name) => ({ name: name.slice(0, 200), userId: null }));

/** A yes/no question as one large checkbox. */
function YesNo({ label, value, onChange }: { label: string; value: boolean; onChange: (value: boolean) => void }) {
  return (
    <Checkbox isSelected={value} onChange={onChange} className="regie-checkbox">
      {({ isSelected }) => (
        <>
          <span className="regie-checkbox__box" aria-hidden="true">
            {isSelected ? '✓' : ''}
          </span>
          {label}
        </>
      )}
    </Checkbox>
  );
}

const SAVE_DELAY_MS = 700;

/** The chosen client with the measures in force now. */
function LinkedClient({ id, name }: { id: string; name: string }) {
  const client = useQuery(clientQuery(id));
  return (
    <>
      <p className="utrecht-paragraph">
        <strong>{client.data?.name ?? name}</strong>
      </p>
      {client.data && client.data.activeMeasures.length > 0 && (
        <ActiveMeasures measures={client.data.activeMeasures} clientName={client.data.name} />
      )}
    </>
  );
}

/**
 * The report form, mobile first: the essentials of a quick report on top (when, channel, what kind, the facts),
 * everything else below and allowed later. Every change is saved on the server shortly after typing, so a reload
 * or a lost connection does not lose the report.
 */
function ReportEditor({ initial }: { initial: TIncident }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const org = useQuery(orgQuery);
  const colleagues = useQuery({
    queryKey: ['incidents', 'colleagues'],
    queryFn: async () =>
      (await api<{ colleagues: { id: string; name: string }[] }>('GET', '/api/v1/incidents/colleagues')).colleagues,
    enabled: initial.status === 'draft',
  });
  const [incident, setIncident] = useState(initial);
  const [when, setWhen] = useState(toLocalInput(initial.occurredAt ?? new Date().toISOString()));
  const [involved, setInvolved] = useState(names(initial.involved));
  const [witnesses, setWitnesses] = useState(names(initial.witnesses));
  const [client, setClient] = useState(
    initial.clientId ? { id: initial.clientId, name: initial.clientName ?? '' } : null,
  );
  const [knownClient, setKnownClient] = useState(initial.clientId !== null || initial.clientDescription === '');
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [saveError, setSaveError] = useState<unknown>(null);
  const pending = useRef<TUpdateIncidentRequest>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const submit = useAction();

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const body = pending.current;
    if (Object.keys(body).length === 0) return true;
    pending.current = {};
    setSaveState('saving');
    try {
      const saved = await api<TIncident>('PATCH', `/api/v1/incidents/${initial.id}`, body);
      setIncident((current) => ({ ...current, missing: saved.missing, updatedAt: saved.updatedAt }));
      setSaveError(null);
      setSaveState('saved');
      return true;
    } catch (error) {
      // Keep what was not saved, so the next change or a retry sends it again.
      pending.current = { ...body, ...pending.current };
      setSaveError(error);
      setSaveState('failed');
      return false;
    }
  }, [initial.id]);

  // Save what is pending when the page is hidden (switching apps, locking the phone) or left.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  // A new report starts at "now"; that moment is part of the draft from the start (once).
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (initial.occurredAt === null) change({ occurredAt: fromLocalInput(when) });
  });

  function change(patch: TUpdateIncidentRequest) {
    setIncident((current) => ({ ...current, ...(patch as Partial<TIncident>) }));
    pending.current = { ...pending.current, ...patch };
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }

  async function send() {
    await submit.run(async () => {
      if (!(await flush())) throw saveError;
      const sent = await api<TIncident>('POST', `/api/v1/incidents/${initial.id}/submit`);
      queryClient.setQueryData(incidentQuery(initial.id).queryKey, sent);
      await queryClient.invalidateQueries({ queryKey: ['incidents', 'mine'] });
      await navigate({ to: '/incidents/$incidentId', params: { incidentId: initial.id }, search: { sent: true } });
    });
  }

  const draft = incident.status === 'draft';
  const title = draft ? t('incidents.form.title') : t('incidents.form.completeTitle');
  const option = (prefix: string) => (value: string) => ({ value, label: t(`${prefix}.${value}`) });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {incident.employee.id !== incident.reportedBy.id && (
        <p className="utrecht-paragraph">{t('incidents.onBehalfOf', { name: incident.employee.name })}</p>
      )}
      <p className="regie-save-state" role="status">
        {saveState === 'saving' && t('incidents.form.saving')}
        {saveState === 'saved' &&
          t('incidents.form.saved', { time: formatDateTime(incident.updatedAt, i18n.language) })}
        {saveState === 'failed' && t('incidents.form.saveFailed')}
      </p>
      <ErrorAlert error={saveError} />
      <form
        className="regie-form regie-report-form"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <Section title={t('incidents.form.essentials')} id="essentials">
          {draft && (
            <SelectInput
              label={t('incidents.form.about')}
              name="employeeId"
              value={incident.employee.id === incident.reportedBy.id ? '' : incident.employee.id}
              emptyLabel={t('incidents.form.myself')}
              onChange={(value) => {
                const chosen = colleagues.data?.find((colleague) => colleague.id === value);
                setIncident((current) => ({
                  ...current,
                  employee: chosen ?? current.reportedBy,
                }));
                change({ employeeId: value === '' ? incident.reportedBy.id : value });
              }}
              options={(colleagues.data ?? []).map((colleague) => ({ value: colleague.id, label: colleague.name }))}
            />
          )}
          <div className="utrecht-form-field regie-field">
            <label className="utrecht-form-label" htmlFor="occurredAt">
              {t('incidents.form.when')}
            </label>
            <input
              id="occurredAt"
              name="occurredAt"
              type="datetime-local"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={when}
              max={toLocalInput(new Date().toISOString())}
              onChange={(event) => {
                setWhen(event.target.value);
                change({ occurredAt: fromLocalInput(event.target.value) });
              }}
            />
          </div>
          <SelectInput
            label={t('incidents.form.channel')}
            name="channel"
            value={incident.channel ?? ''}
            emptyLabel={t('incidents.form.choose')}
            onChange={(value) => change({ channel: value === '' ? null : (value as TIncident['channel']) })}
            options={CHANNELS.map(option('incidents.channels'))}
          />
          <Checkboxes
            label={t('incidents.form.forms')}
            name="forms"
            value={incident.forms}
            onChange={(value) => change({ forms: value as TIncident['forms'] })}
            options={FORMS.map(option('incidents.formNames'))}
          />
          <FactsField
            label={t('incidents.form.facts')}
            value={incident.facts}
            onChange={(value) => change({ facts: value })}
          />
          <TextAreaInput
            label={t('incidents.form.quotes')}
            description={t('incidents.form.quotesHelp')}
            name="quotes"
            value={incident.quotes}
            onChange={(value) => change({ quotes: value })}
          />
        </Section>

        <Section title={t('incidents.form.client')} id="client">
          {client ? (
            <>
              <LinkedClient id={client.id} name={client.name} />
              <Button
                className="utrecht-button utrecht-button--subtle"
                onPress={() => {
                  setClient(null);
                  change({ clientId: null });
                }}
              >
                {t('incidents.form.otherClient')}
              </Button>
            </>
          ) : (
            <>
              <YesNo
                label={t('incidents.form.clientUnknown')}
                value={!knownClient}
                onChange={(unknown) => setKnownClient(!unknown)}
              />
              {knownClient ? (
                <ClientPicker
                  label={t('incidents.form.findClient')}
                  onChoose={(chosen) => {
                    setClient(chosen);
                    change({ clientId: chosen.id });
                  }}
                />
              ) : (
                <TextAreaInput
                  label={t('incidents.form.clientDescription')}
                  description={t('incidents.form.clientDescriptionHelp')}
                  name="clientDescription"
                  value={incident.clientDescription}
                  onChange={(value) => change({ clientDescription: value })}
                />
              )}
            </>
          )}
        </Section>

        <details className="regie-details regie-report-more" open={!draft}>
          <summary>{t('incidents.form.more')}</summary>
          <Section title={t('incidents.form.where')} id="where">
            <SelectInput
              label={t('incidents.form.locationKind')}
              name="locationKind"
              value={incident.locationKind ?? ''}
              emptyLabel={t('incidents.form.choose')}
              onChange={(value) => change({ locationKind: value === '' ? null : (value as TIncident['locationKind']) })}
              options={LOCATION_KINDS.map(option('incidents.locationKinds'))}
            />
            <SelectInput
              label={t('incidents.form.office')}
              name="officeId"
              value={incident.officeId ?? ''}
              emptyLabel={t('incidents.form.noOffice')}
              onChange={(value) => change({ officeId: value === '' ? null : value })}
              options={(org.data?.offices ?? []).map((office) => ({ value: office.id, label: office.name }))}
            />
            <TextInput
              label={t('incidents.form.locationDetail')}
              name="locationDetail"
              value={incident.locationDetail}
              onChange={(value) => change({ locationDetail: value })}
            />
          </Section>
          <Section title={t('incidents.form.course')} id="course">
            <SelectInput
              label={t('incidents.form.nature')}
              name="nature"
              value={incident.nature ?? ''}
              emptyLabel={t('incidents.form.dontKnow')}
              onChange={(value) => change({ nature: value === '' ? null : (value as TIncident['nature']) })}
              options={NATURES.map(option('incidents.natures'))}
            />
            <SelectInput
              label={t('incidents.form.phase')}
              name="phase"
              value={incident.phase === null ? '' : String(incident.phase)}
              emptyLabel={t('incidents.form.dontKnow')}
              onChange={(value) => change({ phase: value === '' ? null : Number(value) })}
              options={[1, 2, 3, 4].map((phase) => ({ value: String(phase), label: t(`incidents.phases.${phase}`) }))}
            />
          </Section>
          <Section title={t('incidents.form.people')} id="people">
            <TextAreaInput
              label={t('incidents.form.involved')}
              description={t('incidents.form.onePerLine')}
              name="involved"
              value={involved}
              onChange={(value) => {
                setInvolved(value);
                change({ involved: people(value) });
              }}
            />
            <TextAreaInput
              label={t('incidents.form.witnesses')}
              description={t('incidents.form.onePerLine')}
              name="witnesses"
              value={witnesses}
              onChange={(value) => {
                setWitnesses(value);
                change({ witnesses: people(value) });
              }}
            />
          </Section>
          <Section title={t('incidents.form.consequences')} id="consequences">
            <div className="regie-checkboxes">
              <YesNo
                label={t('incidents.form.injury')}
                value={incident.injury}
                onChange={(v) => change({ injury: v })}
              />
              <YesNo
                label={t('incidents.form.damage')}
                value={incident.damage}
                onChange={(v) => change({ damage: v })}
              />
              <YesNo
                label={t('incidents.form.policeInvolved')}
                value={incident.policeInvolved}
                onChange={(v) => change({ policeInvolved: v })}
              />
              <YesNo
                label={t('incidents.form.sickLeave')}
                value={incident.sickLeave}
                onChange={(v) => change({ sickLeave: v })}
              />
              <YesNo
                label={t('incidents.form.hospitalAdmission')}
                value={incident.hospitalAdmission}
                onChange={(v) => change({ hospitalAdmission: v })}
              />
              <YesNo
                label={t('incidents.form.permanentInjury')}
                value={incident.permanentInjury}
                onChange={(v) => change({ permanentInjury: v })}
              />
              <YesNo label={t('incidents.form.death')} value={incident.death} onChange={(v) => change({ death: v })} />
            </div>
            <div className="utrecht-form-field regie-field">
              <label className="utrecht-form-label" htmlFor="absenceDays">
                {t('incidents.form.absenceDays')}
              </label>
              <input
                id="absenceDays"
                type="number"
                inputMode="numeric"
                min={0}
                max={1000}
                className="utrecht-textbox utrecht-textbox--html-input regie-number"
                value={incident.absenceDays ?? ''}
                onChange={(event) => {
                  const value =
                    event.target.value === ''
                      ? null
                      : Math.max(0, Math.min(1000, Math.trunc(Number(event.target.value))));
                  change({ absenceDays: Number.isNaN(value) ? null : value });
                }}
              />
            </div>
            <SelectInput
              label={t('incidents.form.impact')}
              name="emotionalImpact"
              value={incident.emotionalImpact === null ? '' : String(incident.emotionalImpact)}
              emptyLabel={t('incidents.form.rather')}
              onChange={(value) => change({ emotionalImpact: value === '' ? null : Number(value) })}
              options={[1, 2, 3, 4, 5].map((level) => ({
                value: String(level),
                label: t(`incidents.impact.${level}`),
              }))}
            />
            <TextAreaInput
              label={t('incidents.form.consequencesText')}
              name="consequences"
              value={incident.consequences}
              onChange={(value) => change({ consequences: value })}
            />
          </Section>
        </details>

        <Attachments
          incident={incident}
          canAdd
          onChange={(updated) => setIncident((current) => ({ ...current, attachments: updated.attachments }))}
        />

        <Section title={t('incidents.form.support')} id="support">
          <YesNo
            label={t('incidents.form.wantsAftercare')}
            value={incident.wantsAftercare}
            onChange={(v) => change({ wantsAftercare: v })}
          />
          {draft && (
            <YesNo
              label={t('incidents.form.routeSafety')}
              value={incident.routeTo === 'safety_officer'}
              onChange={(v) => change({ routeTo: v ? 'safety_officer' : 'manager' })}
            />
          )}
        </Section>

        <ErrorAlert error={submit.error} />
        {draft ? (
          <>
            {incident.missing.length > 0 && (
              <p className="utrecht-paragraph" id="missing">
                {t('incidents.form.missing', {
                  fields: incident.missing.map((field) => t(`incidents.form.missingField.${field}`)).join(', '),
                })}
              </p>
            )}
            <Button
              type="submit"
              className="utrecht-button utrecht-button--primary-action regie-big-button"
              isDisabled={submit.busy}
            >
              {t('incidents.form.send')}
            </Button>
          </>
        ) : (
          <Link
            to="/incidents/$incidentId"
            params={{ incidentId: incident.id }}
            className="utrecht-button-link utrecht-button-link--primary-action"
            onClick={() => void flush()}
          >
            {t('incidents.form.done')}
          </Link>
        )}
      </form>
    </>
  );
}

export function ReportPage() {
  const { t } = useTranslation();
  const { incidentId } = useParams({ strict: false }) as { incidentId: string };
  // Always fresh from the server: the draft may have been saved from another device.
  const query = useQuery({ ...incidentQuery(incidentId), staleTime: 0, gcTime: 0, refetchOnWindowFocus: false });
  if (!query.data)
    return (
      <>
        <PageHeading title={t('incidents.form.title')}>{t('incidents.form.title')}</PageHeading>
        <ErrorAlert error={query.error} />
        {query.isPending && <Loading />}
      </>
    );
  if (!query.data.canEdit)
    return (
      <>
        <PageHeading title={t('incidents.form.title')}>{t('incidents.form.title')}</PageHeading>
        <p className="utrecht-paragraph">{t('incidents.form.locked')}</p>
      </>
    );
  return <ReportEditor key={query.data.id} initial={query.data} />;
}
