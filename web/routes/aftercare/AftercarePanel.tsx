import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TCheckin, TIncidentAftercare } from '../../../server/modules/aftercare/schema';
import { incidentAftercareQuery } from '../../api/aftercare';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading } from '../../components/feedback';
import { DateInput, TextAreaInput } from '../../components/fields';
import { Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { formatDay } from '../clients/ActiveMeasures';
import { AbsenceForm } from './AbsenceForm';
import { DebriefForm, EvaluationForm } from './CaseReview';
import { checkinTitle } from './MyAftercare';

type OnChange = (aftercare: TIncidentAftercare) => void;

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

function RecordConversation({ checkin, onChange }: { checkin: TCheckin; onChange: OnChange }) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState(checkin.conversation?.heldOn ?? today());
  const [notes, setNotes] = useState(checkin.conversation?.notes ?? '');
  const [agreements, setAgreements] = useState(checkin.conversation?.agreements ?? '');
  const { error, busy, run } = useAction();
  return (
    <Form
      className="regie-form"
      aria-label={t('aftercare.record.formNamed', { name: checkin.person.name })}
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () =>
          onChange(
            await api<TIncidentAftercare>('POST', `/api/v1/aftercare/checkins/${checkin.id}/conversation`, {
              heldOn,
              notes,
              agreements,
            }),
          ),
        );
      }}
    >
      <DateInput label={t('aftercare.record.heldOn')} name="heldOn" value={heldOn} onChange={setHeldOn} max={today()} />
      <TextAreaInput
        label={t('aftercare.record.notes')}
        name="notes"
        value={notes}
        onChange={setNotes}
        maxLength={8000}
        rows={3}
      />
      <TextAreaInput
        label={t('aftercare.record.agreements')}
        description={t('aftercare.record.agreementsHelp')}
        name="agreements"
        value={agreements}
        onChange={setAgreements}
        maxLength={4000}
      />
      <ErrorAlert error={error} />
      <Button type="submit" className="utrecht-button utrecht-button--primary-action" isDisabled={busy || !heldOn}>
        {t('aftercare.record.save')}
      </Button>
    </Form>
  );
}

function CaseCheckin({ checkin, onChange }: { checkin: TCheckin; onChange: OnChange }) {
  const { t, i18n } = useTranslation();
  const [recording, setRecording] = useState(false);
  return (
    <li className={checkin.status === 'overdue' ? 'regie-checkin regie-checkin--overdue' : 'regie-checkin'}>
      <h3 className="utrecht-heading-3">
        {checkin.person.name} ({t(`aftercare.personRole.${checkin.personRole}`)}) — {checkinTitle(checkin, t)}
      </h3>
      <p className={checkin.status === 'overdue' ? 'regie-overdue' : 'utrecht-paragraph'}>
        {t(`aftercare.status.${checkin.status}`, {
          due: formatDay(checkin.dueOn, i18n.language),
          opens: formatDay(checkin.opensOn, i18n.language),
          held: formatDay(checkin.conversation?.heldOn ?? null, i18n.language),
        })}
      </p>
      {checkin.answer && (
        <dl className="regie-data-list">
          <div>
            <dt>{t('aftercare.answer.wellbeing')}</dt>
            <dd>{checkin.answer.wellbeing ? t(`aftercare.wellbeing.${checkin.answer.wellbeing}`) : '—'}</dd>
          </div>
          <div>
            <dt>{t('aftercare.answer.needsShort')}</dt>
            <dd className="regie-pre">{checkin.answer.needs || '—'}</dd>
          </div>
          <div>
            <dt>{t('aftercare.answer.referralsShort')}</dt>
            <dd>{checkin.answer.referrals.map((referral) => t(`aftercare.referral.${referral}`)).join(', ') || '—'}</dd>
          </div>
        </dl>
      )}
      {!checkin.answer && checkin.private && checkin.status !== 'upcoming' && (
        <p className="regie-muted">{t('aftercare.notAnswered')}</p>
      )}
      {!checkin.private && checkin.answered && <p className="regie-muted">{t('aftercare.answeredPrivate')}</p>}
      {checkin.conversation && (
        <dl className="regie-data-list">
          <div>
            <dt>{t('aftercare.record.notes')}</dt>
            <dd className="regie-pre">{checkin.conversation.notes || '—'}</dd>
          </div>
          <div>
            <dt>{t('aftercare.record.agreements')}</dt>
            <dd className="regie-pre">{checkin.conversation.agreements || '—'}</dd>
          </div>
        </dl>
      )}
      {checkin.canRecord &&
        checkin.status !== 'upcoming' &&
        (recording ? (
          <RecordConversation
            checkin={checkin}
            onChange={(updated) => {
              setRecording(false);
              onChange(updated);
            }}
          />
        ) : (
          <Button
            className="utrecht-button utrecht-button--secondary-action"
            aria-label={t('aftercare.record.openNamed', {
              name: checkin.person.name,
              moment: checkinTitle(checkin, t),
            })}
            onPress={() => setRecording(true)}
          >
            {checkin.conversation ? t('aftercare.record.edit') : t('aftercare.record.open')}
          </Button>
        ))}
    </li>
  );
}

function Absence({ aftercare, onChange }: { aftercare: TIncidentAftercare; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('aftercare.absence.title')} id="aftercare-absence">
      <p className="utrecht-paragraph">{t('aftercare.absence.intro')}</p>
      {aftercare.absences.length > 0 && (
        <DataTable
          caption={t('aftercare.absence.caption', { days: aftercare.absenceDays })}
          columns={[t('aftercare.absence.person'), t('aftercare.absence.period'), t('aftercare.absence.days')]}
          rows={aftercare.absences.map((absence) => ({
            key: absence.id,
            cells: [
              absence.person.name,
              absence.endOn
                ? `${formatDay(absence.startOn, i18n.language)} – ${formatDay(absence.endOn, i18n.language)}`
                : t('aftercare.absence.from', { date: formatDay(absence.startOn, i18n.language) }),
              String(absence.days),
            ],
          }))}
        />
      )}
      <AbsenceForm
        incidentId={aftercare.incidentId}
        people={aftercare.people.map((person) => ({
          id: person.id,
          label: `${person.name} (${t(`aftercare.personRole.${person.role}`)})`,
        }))}
        onSaved={onChange}
      />
    </Section>
  );
}

/** The aftercare part of the case: conversations per person, absence, the debrief and the evaluation. */
export function AftercarePanel({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(incidentAftercareQuery(incidentId));
  const set = (updated: TIncidentAftercare) => {
    queryClient.setQueryData(incidentAftercareQuery(incidentId).queryKey, updated);
    void queryClient.invalidateQueries({ queryKey: ['aftercare', 'queue'] });
  };
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['aftercare', 'incident', incidentId] });
    void queryClient.invalidateQueries({ queryKey: ['incidents', incidentId] });
  };
  const aftercare = query.data;
  return (
    <>
      <Section title={t('aftercare.panel.title')} id="aftercare">
        <p className="utrecht-paragraph">{t('aftercare.panel.intro')}</p>
        <ErrorAlert error={query.error} />
        {query.isPending && <Loading />}
        {aftercare && aftercare.checkins.length === 0 && (
          <p className="utrecht-paragraph">{t('aftercare.panel.none')}</p>
        )}
        <ul className="regie-checkin-list">
          {aftercare?.checkins.map((checkin) => (
            <CaseCheckin key={checkin.id} checkin={checkin} onChange={set} />
          ))}
        </ul>
      </Section>
      {aftercare && <Absence aftercare={aftercare} onChange={refresh} />}
      {aftercare && <DebriefForm aftercare={aftercare} onChange={set} />}
      {aftercare && <EvaluationForm aftercare={aftercare} onChange={set} />}
    </>
  );
}
