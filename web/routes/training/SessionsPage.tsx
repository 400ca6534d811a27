import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { TRequirement } from '../../../server/modules/training/requirements';
import type { ZMySession, ZPerson } from '../../../server/modules/training/sessions/schema';
import { ATTENDANCE, type TSession } from '../../../server/modules/training/sessions/schema';
import { api } from '../../api/client';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { Checkboxes, DateInput, SelectInput, TextAreaInput, TextInput, TimeInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { pick } from '../../components/text';
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

/** An instant → its Amsterdam wall-clock date (YYYY-MM-DD) and time (HH:MM), for the change form. */
function wallClock(iso: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** "Telt mee voor": the organisation's requirement a session serves, or none. */
function RequirementSelect({
  requirements,
  value,
  onChange,
}: {
  requirements: TRequirement[];
  value: string;
  onChange: (value: string) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <SelectInput
      label={t('trainingPlus.sessions.countsTowards')}
      name="requirementId"
      value={value}
      onChange={onChange}
      emptyLabel={t('trainingPlus.sessions.noRequirement')}
      options={requirements.map((requirement) => ({
        value: requirement.id,
        label: pick(requirement.title, i18n.language),
      }))}
    />
  );
}

function DateTimeFields({
  date,
  time,
  setDate,
  setTime,
}: {
  date: string;
  time: string;
  setDate: (value: string) => void;
  setTime: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <DateInput label={t('sessions.date')} value={date} onChange={setDate} required />
      <TimeInput label={t('sessions.time')} value={time} onChange={setTime} required />
    </>
  );
}

function PlanForm({ people, requirements }: { people: TPerson[]; requirements: TRequirement[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('09:00');
  const [location, setLocation] = useState('');
  const [trainer, setTrainer] = useState('');
  const [invitees, setInvitees] = useState<string[]>([]);
  const [requirementId, setRequirementId] = useState('');
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
            requirementId: requirementId || null,
          });
          setTitle('');
          setInvitees([]);
          setPlanned(true);
          await queryClient.invalidateQueries({ queryKey: sessionsKey });
        });
      }}
    >
      <TextInput label={t('sessions.titleField')} name="title" value={title} onChange={setTitle} isRequired />
      <DateTimeFields date={date} time={time} setDate={setDate} setTime={setTime} />
      <TextInput label={t('sessions.location')} name="location" value={location} onChange={setLocation} isRequired />
      <TextInput label={t('sessions.trainer')} name="trainer" value={trainer} onChange={setTrainer} isRequired />
      <RequirementSelect requirements={requirements} value={requirementId} onChange={setRequirementId} />
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

/** Change time, place, trainer or requirement, invite more people, or cancel: invitees are told by mail. */
function ChangeSession({
  session,
  people,
  requirements,
}: {
  session: TSession;
  people: TPerson[];
  requirements: TRequirement[];
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const start = wallClock(session.startsAt);
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [location, setLocation] = useState(session.location);
  const [trainer, setTrainer] = useState(session.trainer);
  const [requirementId, setRequirementId] = useState(session.requirementId ?? '');
  const [more, setMore] = useState<string[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const { error, busy, run } = useAction();
  const invited = new Set(session.invitees.map((invitee) => invitee.userId));
  const others = people.filter((person) => !invited.has(person.id));
  return (
    <details className="regie-reference">
      <summary>{t('trainingPlus.sessions.change', { title: session.title })}</summary>
      <form
        className="regie-form"
        onSubmit={(event) => {
          event.preventDefault();
          setNote(null);
          void run(async () => {
            await api('PATCH', `/api/v1/training/sessions/${session.id}`, {
              startsAt: toInstant(date, time),
              location,
              trainer,
              requirementId: requirementId || null,
            });
            if (more.length > 0)
              await api('POST', `/api/v1/training/sessions/${session.id}/invitees`, { inviteeIds: more });
            setMore([]);
            setNote(t('trainingPlus.sessions.changed'));
            await queryClient.invalidateQueries({ queryKey: sessionsKey });
          });
        }}
      >
        <DateTimeFields date={date} time={time} setDate={setDate} setTime={setTime} />
        <TextInput label={t('sessions.location')} name="location" value={location} onChange={setLocation} isRequired />
        <TextInput label={t('sessions.trainer')} name="trainer" value={trainer} onChange={setTrainer} isRequired />
        <RequirementSelect requirements={requirements} value={requirementId} onChange={setRequirementId} />
        {others.length > 0 && (
          <Checkboxes
            label={t('trainingPlus.sessions.inviteMore')}
            name={`more-${session.id}`}
            value={more}
            onChange={setMore}
            options={others.map((person) => ({
              value: person.id,
              label: person.departmentName ? `${person.name} (${person.departmentName})` : person.name,
            }))}
          />
        )}
        <ErrorAlert error={error} />
        {note && <SuccessNote>{note}</SuccessNote>}
        <div className="regie-toolbar">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
            {t('trainingPlus.sessions.saveChange')}
          </button>
          {session.invitees.every((invitee) => invitee.attendance === 'invited') && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  await api('POST', `/api/v1/training/sessions/${session.id}/cancel`);
                  await queryClient.invalidateQueries({ queryKey: sessionsKey });
                })
              }
            >
              {t('trainingPlus.sessions.cancel')}
            </button>
          )}
        </div>
      </form>
    </details>
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
  const requirements = useQuery({
    queryKey: ['training', 'requirements', 'all'],
    queryFn: async () =>
      (await api<{ requirements: TRequirement[] }>('GET', '/api/v1/training/requirements')).requirements,
  });
  const requirementTitle = (id: string | null) => {
    const found = requirements.data?.find((requirement) => requirement.id === id);
    return found ? pick(found.title, i18n.language) : id;
  };
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
      {people.data && requirements.data && (
        <Section title={t('sessions.planTitle')} id="plan">
          <PlanForm people={people.data} requirements={requirements.data} />
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
              <p className="utrecht-paragraph">
                {session.requirementId
                  ? t('trainingPlus.sessions.countsLine', { requirement: requirementTitle(session.requirementId) })
                  : t('trainingPlus.sessions.countsNothing')}
              </p>
              {session.cancelledAt ? (
                <p className="utrecht-paragraph">
                  <strong className="regie-status--overdue">{t('trainingPlus.sessions.cancelled')}</strong>{' '}
                  {t('trainingPlus.sessions.cancelledOn', { date: formatDateTime(session.cancelledAt, i18n.language) })}
                </p>
              ) : (
                <>
                  {people.data && requirements.data && (
                    <ChangeSession session={session} people={people.data} requirements={requirements.data} />
                  )}
                  {new Date(session.startsAt).getTime() <= Date.now() ? (
                    <AttendanceForm session={session} />
                  ) : (
                    <p className="utrecht-paragraph">{t('trainingPlus.sessions.attendanceLater')}</p>
                  )}
                </>
              )}
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
          <li key={session.id} id={`session-${session.id}`}>
            <strong>{session.title}</strong> —{' '}
            {t('sessions.line', {
              date: formatDateTime(session.startsAt, i18n.language),
              location: session.location,
              trainer: session.trainer,
            })}{' '}
            (
            {session.cancelledAt
              ? t('trainingPlus.sessions.cancelledShort')
              : t(`sessions.attendance.${session.attendance}`)}
            )
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** On the home screen: the classroom sessions this person is invited to that are still ahead (also cancelled ones). */
export function UpcomingSessionsCard() {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: [...sessionsKey, 'mine'],
    queryFn: async () => (await api<{ sessions: TMySession[] }>('GET', '/api/v1/training/sessions/mine')).sessions,
  });
  const now = Date.now();
  const upcoming = (query.data ?? []).filter((session) => new Date(session.startsAt).getTime() >= now);
  if (upcoming.length === 0) return null;
  return (
    <Section title={t('trainingPlus.home.title')} id="upcoming-sessions">
      <ul className="regie-link-list">
        {upcoming.map((session) => (
          <li key={session.id}>
            {session.cancelledAt && (
              <>
                <strong className="regie-status--overdue">{t('trainingPlus.sessions.cancelled')}</strong>{' '}
              </>
            )}
            <strong>{session.title}</strong> —{' '}
            {t('sessions.line', {
              date: formatDateTime(session.startsAt, i18n.language),
              location: session.location,
              trainer: session.trainer,
            })}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph">
        <Link to="/training" hash="my-sessions" className="utrecht-link">
          {t('trainingPlus.home.link')}
        </Link>
      </p>
    </Section>
  );
}
