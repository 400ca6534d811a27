import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  RESPONSE_TEAM_KINDS,
  type TEscalationLevel,
  type TOfficeDuty,
  type TStaffingWarning,
} from '../../../server/modules/duty/schema';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { Checkboxes, SelectInput, TextInput } from '../../components/fields';
import { PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';

type Overview = {
  offices: { id: string; name: string; reachableOnDuty: number; minReachable: number }[];
  warnings: TStaffingWarning[];
};
type Team = TOfficeDuty['teams'][number];
type Shift = Team['members'][number]['shifts'][number];

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const toTime = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const toMinute = (time: string) => {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
};

function shiftSummary(shifts: Shift[], t: TFunction): string {
  return shifts
    .map((shift) => `${t(`duty.days.${shift.weekday}`)} ${toTime(shift.startMinute)}–${toTime(shift.endMinute)}`)
    .join(', ');
}

/** Members as the API wants them back: the roster screen always sends the whole team. */
function membersOf(team: Team) {
  return team.members.map((member) => ({ userId: member.userId, shifts: member.shifts }));
}

function TeamSection({ team, duty, refresh }: { team: Team; duty: TOfficeDuty; refresh: () => Promise<void> }) {
  const { t } = useTranslation();
  const { error, busy, run } = useAction();
  const [userId, setUserId] = useState('');
  const [days, setDays] = useState<string[]>(['1', '2', '3', '4', '5']);
  const [start, setStart] = useState('08:00');
  const [end, setEnd] = useState('17:00');
  const [exceptionUser, setExceptionUser] = useState('');
  const [exceptionFrom, setExceptionFrom] = useState('');
  const [exceptionTo, setExceptionTo] = useState('');
  const [exceptionOn, setExceptionOn] = useState('false');
  const [note, setNote] = useState('');
  const putMembers = (members: ReturnType<typeof membersOf>) =>
    run(async () => {
      await api('PUT', `/api/v1/duty/teams/${team.id}/members`, { members });
      await refresh();
    });
  const heading = `${team.name} (${t(`duty.kinds.${team.kind}`)})${team.active ? '' : ` · ${t('common.inactive')}`}`;
  return (
    <Section title={heading} id={`team-${team.id}`}>
      <ErrorAlert error={error} />
      <DataTable
        caption={t('duty.membersOf', { team: team.name })}
        columns={[t('duty.member'), t('duty.now'), t('duty.roster'), t('duty.actions')]}
        rows={team.members.map((member) => ({
          key: member.userId,
          cells: [
            member.name,
            [
              member.onDuty ? t('duty.onDuty') : t('duty.offDuty'),
              member.available ? null : t('duty.unavailable'),
              member.reachable ? t('duty.reachable') : t('duty.unreachable'),
            ]
              .filter(Boolean)
              .join(' · '),
            shiftSummary(member.shifts, t) || t('common.none'),
            <Button
              key="remove"
              className="utrecht-button utrecht-button--subtle"
              isDisabled={busy}
              aria-label={t('duty.removeNamed', { name: member.name })}
              onPress={() => void putMembers(membersOf(team).filter((candidate) => candidate.userId !== member.userId))}
            >
              {t('duty.remove')}
            </Button>,
          ],
        }))}
      />
      <Form
        className="regie-form"
        aria-label={t('duty.addShiftFor', { team: team.name })}
        onSubmit={(event) => {
          event.preventDefault();
          const startMinute = toMinute(start);
          const endMinute = end.trim() === '24:00' ? 1440 : toMinute(end);
          const added = days.map((day) => ({ weekday: Number(day), startMinute, endMinute }));
          const members = membersOf(team);
          const existing = members.find((member) => member.userId === userId);
          if (existing) existing.shifts = [...existing.shifts, ...added];
          else members.push({ userId, shifts: added });
          void putMembers(members);
        }}
      >
        <h3 className="utrecht-heading-3">{t('duty.addShift')}</h3>
        <SelectInput
          label={t('duty.member')}
          name="userId"
          value={userId}
          onChange={setUserId}
          emptyLabel={t('duty.choose')}
          options={duty.candidates.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
        />
        <Checkboxes
          label={t('duty.weekdays')}
          name="days"
          value={days}
          onChange={setDays}
          options={WEEKDAYS.map((day) => ({ value: String(day), label: t(`duty.days.${day}`) }))}
        />
        <TextInput label={t('duty.from')} description="08:00" name="start" value={start} onChange={setStart} />
        <TextInput label={t('duty.until')} description="17:00" name="end" value={end} onChange={setEnd} />
        <Button type="submit" className="utrecht-button utrecht-button--secondary-action" isDisabled={busy || !userId}>
          {t('common.add')}
        </Button>
      </Form>
      {team.exceptions.length > 0 && (
        <ul className="regie-list">
          {team.exceptions.map((exception) => (
            <li key={exception.id}>
              {exception.name}: {exception.onDuty ? t('duty.extraDuty') : t('duty.off')}{' '}
              {new Date(exception.startsAt).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' })} –{' '}
              {new Date(exception.endsAt).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' })}
              {exception.note && ` (${exception.note})`}{' '}
              <Button
                className="utrecht-button utrecht-button--subtle"
                isDisabled={busy}
                onPress={() =>
                  void run(async () => {
                    await api('DELETE', `/api/v1/duty/exceptions/${exception.id}`);
                    await refresh();
                  })
                }
              >
                {t('duty.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Form
        className="regie-form"
        aria-label={t('duty.addException')}
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            await api('POST', `/api/v1/duty/teams/${team.id}/exceptions`, {
              userId: exceptionUser,
              startsAt: new Date(exceptionFrom).toISOString(),
              endsAt: new Date(exceptionTo).toISOString(),
              onDuty: exceptionOn === 'true',
              note,
            });
            await refresh();
          });
        }}
      >
        <h3 className="utrecht-heading-3">{t('duty.addException')}</h3>
        <SelectInput
          label={t('duty.member')}
          name="exceptionUser"
          value={exceptionUser}
          onChange={setExceptionUser}
          emptyLabel={t('duty.choose')}
          options={team.members.map((member) => ({ value: member.userId, label: member.name }))}
        />
        <SelectInput
          label={t('duty.exceptionKind')}
          name="onDuty"
          value={exceptionOn}
          onChange={setExceptionOn}
          options={[
            { value: 'false', label: t('duty.off') },
            { value: 'true', label: t('duty.extraDuty') },
          ]}
        />
        <TextInput
          label={t('duty.from')}
          description="2026-12-24 08:00"
          name="from"
          value={exceptionFrom}
          onChange={setExceptionFrom}
        />
        <TextInput
          label={t('duty.until')}
          description="2026-12-24 17:00"
          name="to"
          value={exceptionTo}
          onChange={setExceptionTo}
        />
        <TextInput label={t('duty.note')} name="note" value={note} onChange={setNote} maxLength={500} />
        <Button
          type="submit"
          className="utrecht-button utrecht-button--secondary-action"
          isDisabled={busy || !exceptionUser || !exceptionFrom || !exceptionTo}
        >
          {t('common.add')}
        </Button>
      </Form>
      <Button
        className="utrecht-button utrecht-button--subtle"
        isDisabled={busy}
        onPress={() =>
          void run(async () => {
            await api('PATCH', `/api/v1/duty/teams/${team.id}`, { active: !team.active });
            await refresh();
          })
        }
      >
        {team.active
          ? t('common.deactivateNamed', { name: team.name })
          : t('common.activateNamed', { name: team.name })}
      </Button>
    </Section>
  );
}

function levelLabel(level: TEscalationLevel, duty: TOfficeDuty, offices: Overview['offices'], t: TFunction) {
  if (level.target === 'managers') return t('duty.chain.managers');
  if (level.target === 'office')
    return t('duty.chain.office', { office: offices.find((office) => office.id === level.officeId)?.name ?? '?' });
  return t('duty.chain.team', { team: duty.teams.find((team) => team.id === level.teamId)?.name ?? '?' });
}

function Settings({
  duty,
  offices,
  refresh,
}: {
  duty: TOfficeDuty;
  offices: Overview['offices'];
  refresh: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { error, busy, run } = useAction();
  const [saved, setSaved] = useState(false);
  const [minimum, setMinimum] = useState(String(duty.settings.minReachable));
  const [timeout, setTimeoutValue] = useState(String(duty.settings.ackTimeoutSeconds));
  const [chain, setChain] = useState<TEscalationLevel[]>(duty.settings.escalation);
  const [target, setTarget] = useState('');
  const options = [
    { value: 'managers', label: t('duty.chain.managers') },
    ...duty.teams.map((team) => ({ value: `team:${team.id}`, label: t('duty.chain.team', { team: team.name }) })),
    ...offices
      .filter((office) => office.id !== duty.office.id)
      .map((office) => ({ value: `office:${office.id}`, label: t('duty.chain.office', { office: office.name }) })),
  ];
  const add = () => {
    const [kind, id] = target.split(':');
    const timeoutSeconds = 30;
    const level: TEscalationLevel =
      kind === 'team'
        ? { target: 'team', teamId: id ?? '', timeoutSeconds }
        : kind === 'office'
          ? { target: 'office', officeId: id ?? '', timeoutSeconds }
          : { target: 'managers', timeoutSeconds };
    setChain([...chain, level]);
  };
  return (
    <Section title={t('duty.settings.title')} id="settings">
      <ErrorAlert error={error} />
      {saved && <SuccessNote>{t('common.saved')}</SuccessNote>}
      <Form
        className="regie-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            await api('PUT', `/api/v1/duty/offices/${duty.office.id}/settings`, {
              minReachable: Number(minimum),
              ackTimeoutSeconds: Number(timeout),
              escalation: chain,
            });
            setSaved(true);
            await refresh();
          });
        }}
      >
        <TextInput label={t('duty.settings.minimum')} name="minReachable" value={minimum} onChange={setMinimum} />
        <TextInput
          label={t('duty.settings.timeout')}
          name="ackTimeoutSeconds"
          value={timeout}
          onChange={setTimeoutValue}
        />
        <h3 className="utrecht-heading-3">{t('duty.chain.title')}</h3>
        <ol className="regie-list">
          <li>{t('duty.chain.first', { seconds: timeout })}</li>
          {chain.map((level, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a chain is positional; the same level may appear twice
            <li key={`${level.target}-${index}`}>
              {levelLabel(level, duty, offices, t)} ({t('duty.chain.wait', { seconds: level.timeoutSeconds })}){' '}
              <Button
                className="utrecht-button utrecht-button--subtle"
                onPress={() => setChain(chain.filter((_, i) => i !== index))}
              >
                {t('duty.remove')}
              </Button>
            </li>
          ))}
          <li>{t('duty.chain.last')}</li>
        </ol>
        <SelectInput
          label={t('duty.chain.add')}
          name="target"
          value={target}
          onChange={setTarget}
          emptyLabel={t('duty.choose')}
          options={options}
        />
        <Button className="utrecht-button utrecht-button--secondary-action" isDisabled={!target} onPress={add}>
          {t('common.add')}
        </Button>
        <Button type="submit" className="utrecht-button utrecht-button--primary-action" isDisabled={busy}>
          {t('common.save')}
        </Button>
      </Form>
    </Section>
  );
}

function OfficeDuty({ officeId, offices }: { officeId: string; offices: Overview['offices'] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['duty', 'offices', officeId],
    queryFn: () => api<TOfficeDuty>('GET', `/api/v1/duty/offices/${officeId}`),
    refetchInterval: 15_000,
  });
  const { error, busy, run } = useAction();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string>('intervention');
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['duty'] });
  };
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const duty = query.data;
  return (
    <>
      <p className={duty.understaffed ? 'regie-alarm-112' : 'utrecht-paragraph'} role="status">
        {t('duty.reachableNow', { count: duty.reachableOnDuty, minimum: duty.settings.minReachable })}
      </p>
      {duty.teams.map((team) => (
        <TeamSection key={team.id} team={team} duty={duty} refresh={refresh} />
      ))}
      <Section title={t('duty.newTeam')} id="new-team">
        <ErrorAlert error={error} />
        <Form
          className="regie-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () => {
              await api('POST', '/api/v1/duty/teams', { officeId, kind, name });
              setName('');
              await refresh();
            });
          }}
        >
          <TextInput
            label={t('duty.teamName')}
            name="name"
            value={name}
            onChange={setName}
            isRequired
            maxLength={200}
          />
          <SelectInput
            label={t('duty.kind')}
            name="kind"
            value={kind}
            onChange={setKind}
            options={RESPONSE_TEAM_KINDS.map((value) => ({ value, label: t(`duty.kinds.${value}`) }))}
          />
          <Button type="submit" className="utrecht-button utrecht-button--secondary-action" isDisabled={busy}>
            {t('common.add')}
          </Button>
        </Form>
      </Section>
      <Settings key={JSON.stringify(duty.settings)} duty={duty} offices={offices} refresh={refresh} />
    </>
  );
}

/** Who is on duty now per office, the under-staffing warning, and the teams, rosters and escalation chain. */
export function DutyPage() {
  const { t } = useTranslation();
  const overview = useQuery({
    queryKey: ['duty', 'overview'],
    queryFn: () => api<Overview>('GET', '/api/v1/duty'),
    refetchInterval: 30_000,
  });
  const [officeId, setOfficeId] = useState('');
  const offices = overview.data?.offices ?? [];
  const selected = officeId || offices[0]?.id || '';
  return (
    <>
      <PageHeading title={t('duty.title')}>{t('duty.title')}</PageHeading>
      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <ErrorAlert error={overview.error} />
      ) : (
        <>
          <DataTable
            caption={t('duty.overview')}
            columns={[t('duty.office'), t('duty.reachableOnDuty'), t('duty.settings.minimum')]}
            rows={offices.map((office) => ({
              key: office.id,
              cells: [
                office.name,
                `${office.reachableOnDuty}${office.reachableOnDuty < office.minReachable ? ` · ${t('duty.tooFew')}` : ''}`,
                office.minReachable,
              ],
            }))}
          />
          {offices.length > 1 && (
            <SelectInput
              label={t('duty.office')}
              name="office"
              value={selected}
              onChange={setOfficeId}
              options={offices.map((office) => ({ value: office.id, label: office.name }))}
            />
          )}
          {selected && <OfficeDuty key={selected} officeId={selected} offices={offices} />}
        </>
      )}
    </>
  );
}
