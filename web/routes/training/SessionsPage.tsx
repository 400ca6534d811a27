import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ZMySession, ZPerson } from '../../../server/modules/training/sessions/schema';
import { ATTENDANCE, type TSession } from '../../../server/modules/training/sessions/schema';
import { api } from '../../api/client';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { Checkboxes, SelectInput, TextAreaInput, TextInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';

type TPerson = z.infer<typeof ZPerson>;
type TMySession = z.infer<typeof ZMySession>;

const sessionsKey = ['training', 'sessions'];

/** Amsterdam wall-clock date and time → an ISO instant with the right offset for that date. */
function toInstant(date: string, time: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  const inAmsterdam = new Date(guess.toLocaleString('en-US', { timeZone: 'Europe/Amsterdam' }));
  const inUtc = new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(guess.getTime() - (inAmsterdam.getTime() - inUtc.getTime())).toISOString();
}

function PlanForm({ people }: { people: TPerson[] }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('09:00');
  const [location, setLocation] = useState('');
  const [trainer, setTrainer] = useState('');
  const [invitees, setInvitees] = useState<string[]>([]);
  const [planned, setPlanned] = useState(false);
  const { error, busy, run } = useAction();
  return (
    <form
      className="regie-form"
      onSubmit={(event) => {
        event.preventDefault();
        setPlanned(false);
        void run(async () => {
          await api('POST', '/api/v1/training/sessions', {
            title,
            startsAt: date ? toInstant(date, time) : '',
            location,
            trainer,
            inviteeIds: invitees,
          });
          setTitle('');
          setInvitees([]);
          setPlanned(true);
          await queryClient.invalidateQueries({ queryKey: sessionsKey });
        });
      }}
    >
      <TextInput label={t('sessions.titleField')} name="title" value={title} onChange={setTitle} isRequired />
      <div className="utrecht-form-field regie-field">
        <label className="utrecht-form-label" htmlFor={`${id}-date`}>
          {t('sessions.date')}
        </label>
        <input
          id={`${id}-date`}
          type="date"
          required
          className="utrecht-textbox utrecht-textbox--html-input"
          value={date}
          onChange={(event) => setDate(event.target.value)}
        />
      </div>
      <div className="utrecht-form-field regie-field">
        <label className="utrecht-form-label" htmlFor={`${id}-time`}>
          {t('sessions.time')}
        </label>
        <input
          id={`${id}-time`}
          type="time"
          required
          className="utrecht-textbox utrecht-textbox--html-input"
          value={time}
          onChange={(event) => setTime(event.target.value)}
        />
      </div>
      <TextInput label={t('sessions.location')} name="location" value={location} onChange={setLocation} isRequired />
      <TextInput label={t('sessions.trainer')} name="trainer" value={trainer} onChange={setTrainer} isRequired />
      <Checkboxes
        label={t('sessions.invitees')}
        name="inviteeIds"
        value={invitees}
        onChange={setInvitees}
        options={people.map((person) => ({
          value: person.id,
          label: person.departmentName ? `${person.name} (${person.departmentName})` : person.name,
        }))}
      />
      <ErrorAlert error={error} />
      {planned && <SuccessNote>{t('sessions.planned')}</SuccessNote>}
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
        {t('sessions.plan')}
      </button>
    </form>
  );
}

function AttendanceForm({ session }: { session: TSession }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [attendance, setAttendance] = useState(session.invitees.map((invitee) => invitee.attendance));
  const [note, setNote] = useState(session.note);
  const [saved, setSaved] = useState(false);
  const { error, busy, run } = useAction();
  return (
    <form
      className="regie-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        void run(async () => {
          await api('PUT', `/api/v1/training/sessions/${session.id}/attendance`, {
            attendance: session.invitees.map((invitee, index) => ({
              userId: invitee.userId,
              attendance: attendance[index],
            })),
            note,
          });
          setSaved(true);
          await queryClient.invalidateQueries({ queryKey: sessionsKey });
        });
      }}
    >
      {session.invitees.map((invitee, index) => (
        <SelectInput
          key={invitee.userId}
          label={invitee.name}
          name={`attendance-${invitee.userId}`}
          value={attendance[index] ?? 'invited'}
          options={ATTENDANCE.map((value) => ({ value, label: t(`sessions.attendance.${value}`) }))}
          onChange={(value) =>
            setAttendance(attendance.map((old, i) => (i === index ? (value as (typeof ATTENDANCE)[number]) : old)))
          }
        />
      ))}
      <TextAreaInput label={t('sessions.note')} value={note} onChange={setNote} />
      <ErrorAlert error={error} />
      {saved && <SuccessNote>{t('common.saved')}</SuccessNote>}
      <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={busy}>
        {t('sessions.saveAttendance', { title: session.title })}
      </button>
    </form>
  );
}

/** The safety officer plans classroom sessions, invites people, and records attendance and a trainer's note. */
export function SessionsPage() {
  const { t, i18n } = useTranslation();
  const sessions = useQuery({
    queryKey: sessionsKey,
    queryFn: async () => (await api<{ sessions: TSession[] }>('GET', '/api/v1/training/sessions')).sessions,
  });
  const people = useQuery({
    queryKey: ['training', 'people'],
    queryFn: async () => (await api<{ people: TPerson[] }>('GET', '/api/v1/training/people')).people,
  });
  return (
    <>
      <PageHeading title={t('sessions.title')}>{t('sessions.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('sessions.intro')}</p>
      <p className="utrecht-paragraph">
        <Link to="/training" className="utrecht-link">
          {t('authoring.toPractice')}
        </Link>
      </p>
      <ErrorAlert error={sessions.error ?? people.error} />
      {(!sessions.data || !people.data) && !sessions.error && !people.error && <Loading />}
      {people.data && (
        <Section title={t('sessions.planTitle')} id="plan">
          <PlanForm people={people.data} />
        </Section>
      )}
      {sessions.data && (
        <Section title={t('sessions.listTitle')} id="sessions">
          {sessions.data.length === 0 && <p className="utrecht-paragraph">{t('sessions.empty')}</p>}
          {sessions.data.map((session) => (
            <article key={session.id} className="regie-unit" aria-labelledby={`session-${session.id}`}>
              <h3 id={`session-${session.id}`} className="utrecht-heading-3">
                {session.title}
              </h3>
              <p className="utrecht-paragraph">
                {t('sessions.line', {
                  date: formatDateTime(session.startsAt, i18n.language),
                  location: session.location,
                  trainer: session.trainer,
                })}
              </p>
              <AttendanceForm session={session} />
              <p className="utrecht-paragraph">
                <Link
                  to="/plans"
                  search={{ sessionId: session.id }}
                  className="utrecht-button-link utrecht-button-link--secondary-action"
                >
                  {t('coachingPlans.startAfterSession', { title: session.title })}
                </Link>
              </p>
            </article>
          ))}
        </Section>
      )}
    </>
  );
}

/** The signed-in person's classroom sessions. */
export function MySessions() {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: [...sessionsKey, 'mine'],
    queryFn: async () => (await api<{ sessions: TMySession[] }>('GET', '/api/v1/training/sessions/mine')).sessions,
  });
  if (!query.data || query.data.length === 0) return null;
  return (
    <Section title={t('sessions.mineTitle')} id="my-sessions">
      <ul className="regie-link-list">
        {query.data.map((session) => (
          <li key={session.id}>
            <strong>{session.title}</strong> —{' '}
            {t('sessions.line', {
              date: formatDateTime(session.startsAt, i18n.language),
              location: session.location,
              trainer: session.trainer,
            })}{' '}
            ({t(`sessions.attendance.${session.attendance}`)})
          </li>
        ))}
      </ul>
    </Section>
  );
}
