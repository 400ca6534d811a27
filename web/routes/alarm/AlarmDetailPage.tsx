import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Button, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ALARM_TYPES, type TAlarm, type TAlarmEvent } from '../../../server/modules/alarms/schema';
import { api } from '../../api/client';
import { useAlarms } from '../../components/alarm/AlarmConnection';
import { AlarmStatusLines } from '../../components/alarm/AlarmStatus';
import { AlarmFacts, ResponderActions } from '../../components/alarm/IncomingAlarm';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading } from '../../components/feedback';
import { SelectInput, TextAreaInput, TextInput } from '../../components/fields';
import { PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';

const OPEN = ['raised', 'acknowledged', 'on_site'];
const clock = new Intl.DateTimeFormat('nl-NL', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
  timeZone: 'Europe/Amsterdam',
});

function useAlarm(id: string) {
  const { alarms, remember } = useAlarms();
  const query = useQuery({ queryKey: ['alarms', id], queryFn: () => api<TAlarm>('GET', `/api/v1/alarms/${id}`) });
  useEffect(() => {
    if (query.data) remember(query.data);
  }, [query.data, remember]);
  // The live copy from the connection when it is newer than what the page loaded.
  const live = alarms.find((alarm) => alarm.id === id);
  const alarm = live && query.data && live.version >= query.data.version ? live : (query.data ?? live);
  return { alarm, query };
}

function Refine({ alarm, onChanged }: { alarm: TAlarm; onChanged: (alarm: TAlarm) => void }) {
  const { t } = useTranslation();
  const [room, setRoom] = useState(alarm.room);
  const [type, setType] = useState<string>(alarm.type ?? '');
  const [phase, setPhase] = useState<string>(alarm.phase ? String(alarm.phase) : '');
  const { error, busy, run } = useAction();
  return (
    <Section title={t('alarm.refine.title')} id="refine">
      <ErrorAlert error={error} />
      <Form
        className="regie-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () =>
            onChanged(
              await api<TAlarm>('POST', `/api/v1/alarms/${alarm.id}/details`, {
                room,
                type: type === '' ? null : type,
                phase: phase === '' ? null : Number(phase),
              }),
            ),
          );
        }}
      >
        <TextInput label={t('alarm.place.room')} name="room" value={room} onChange={setRoom} maxLength={120} />
        <SelectInput
          label={t('alarm.facts.type')}
          name="type"
          value={type}
          onChange={setType}
          emptyLabel={t('alarm.refine.unknown')}
          options={ALARM_TYPES.map((value) => ({ value, label: t(`alarm.types.${value}`) }))}
        />
        <SelectInput
          label={t('alarm.facts.phase')}
          name="phase"
          value={phase}
          onChange={setPhase}
          emptyLabel={t('alarm.refine.unknown')}
          options={[1, 2, 3, 4].map((value) => ({ value: String(value), label: t(`alarm.phases.${value}`) }))}
        />
        <Button type="submit" className="utrecht-button utrecht-button--secondary-action" isDisabled={busy}>
          {t('alarm.refine.save')}
        </Button>
      </Form>
    </Section>
  );
}

function Stop({ alarm, onChanged }: { alarm: TAlarm; onChanged: (alarm: TAlarm) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState('false_alarm');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const { error, busy, run } = useAction();
  const mayResolve = alarm.you.role === 'presser' || alarm.you.acknowledged;
  return (
    <Section title={t('alarm.stop.title')} id="stop">
      <ErrorAlert error={error} />
      {mayResolve && (
        <Form
          className="regie-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () => onChanged(await api<TAlarm>('POST', `/api/v1/alarms/${alarm.id}/resolve`, { note })));
          }}
        >
          <TextAreaInput label={t('alarm.stop.note')} name="note" value={note} onChange={setNote} maxLength={2000} />
          <Button type="submit" className="utrecht-button utrecht-button--primary-action" isDisabled={busy}>
            {t('alarm.stop.resolve')}
          </Button>
        </Form>
      )}
      {alarm.you.role === 'presser' && (
        <Form
          className="regie-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () =>
              onChanged(
                await api<TAlarm>('POST', `/api/v1/alarms/${alarm.id}/cancel`, {
                  reason,
                  falseAlarm: kind === 'false_alarm',
                }),
              ),
            );
          }}
        >
          <RadioGroup value={kind} onChange={setKind} className="utrecht-form-fieldset regie-field">
            <Label className="utrecht-form-label">{t('alarm.stop.kind')}</Label>
            <Radio value="false_alarm" className="regie-radio">
              {t('alarm.states.false_alarm')}
            </Radio>
            <Radio value="cancelled" className="regie-radio">
              {t('alarm.stop.cancelled')}
            </Radio>
          </RadioGroup>
          <TextInput
            label={t('alarm.stop.reason')}
            name="reason"
            value={reason}
            onChange={setReason}
            isRequired
            minLength={3}
            maxLength={500}
          />
          <Button type="submit" className="utrecht-button utrecht-button--secondary-action" isDisabled={busy}>
            {t('alarm.stop.cancel')}
          </Button>
        </Form>
      )}
    </Section>
  );
}

function Timeline({ alarm }: { alarm: TAlarm }) {
  const { t } = useTranslation();
  const timeline = useQuery({
    queryKey: ['alarms', alarm.id, 'timeline', alarm.version],
    queryFn: () => api<{ events: TAlarmEvent[] }>('GET', `/api/v1/alarms/${alarm.id}/timeline`),
    // Each change of the alarm reloads the timeline; the previous one stays on screen meanwhile.
    placeholderData: (previous) => previous,
  });
  return (
    <Section title={t('alarm.timeline.title')} id="timeline">
      {timeline.isPending ? (
        <Loading />
      ) : (
        <DataTable
          caption={t('alarm.timeline.caption')}
          columns={[t('alarm.timeline.at'), t('alarm.timeline.what'), t('alarm.timeline.who')]}
          rows={(timeline.data?.events ?? []).map((event) => ({
            key: String(event.id),
            cells: [
              clock.format(new Date(event.at)),
              t(`alarm.events.${event.type}`, { defaultValue: event.type, level: event.level }),
              event.actor?.name ?? t('alarm.timeline.system'),
            ],
          }))}
        />
      )}
    </Section>
  );
}

/** After the alarm: the report, its facts prefilled with this timeline (who came, when). */
function StartReport({ alarmId }: { alarmId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { error, busy, run } = useAction();
  return (
    <Section title={t('alarm.report.title')} id="report">
      <p className="utrecht-paragraph">{t('alarm.report.text')}</p>
      <ErrorAlert error={error} />
      <Button
        className="utrecht-button utrecht-button--primary-action"
        isDisabled={busy}
        onPress={() =>
          void run(async () => {
            const { id } = await api<{ id: string }>('POST', `/api/v1/alarms/${alarmId}/incident`);
            await navigate({ to: '/incidents/$incidentId/edit', params: { incidentId: id } });
          })
        }
      >
        {t('alarm.report.start')}
      </Button>
    </Section>
  );
}

export function AlarmDetailPage() {
  const { t } = useTranslation();
  const { alarmId } = useParams({ from: '/signed-in/alarm/$alarmId' });
  const queryClient = useQueryClient();
  const { remember } = useAlarms();
  const { alarm, query } = useAlarm(alarmId);
  const changed = (next: TAlarm) => {
    remember(next);
    queryClient.setQueryData(['alarms', alarmId], next);
  };
  if (!alarm) return query.isError ? <ErrorAlert error={query.error} /> : <Loading />;
  const open = OPEN.includes(alarm.state);
  return (
    <div className="regie-alarm-page">
      <PageHeading title={t('alarm.detail.title')}>
        {alarm.drill ? t('alarm.detail.drillTitle') : t('alarm.detail.title')}
      </PageHeading>
      <p className="regie-alarm-state">{t(`alarm.states.${alarm.state}`)}</p>
      {alarm.you.role === 'presser' && <AlarmStatusLines alarm={alarm} />}
      {alarm.call112At && open && (
        <p className="regie-alarm-112">
          {t('alarm.status.call112')}{' '}
          <a href="tel:112" className="utrecht-link">
            {t('alarm.status.call112Link')}
          </a>
        </p>
      )}
      <AlarmFacts alarm={alarm} />
      <ResponderActions alarm={alarm} />
      {alarm.responders.length > 0 && (
        <Section title={t('alarm.detail.responders')} id="responders">
          <ul className="regie-list">
            {alarm.responders.map((responder) => (
              <li key={responder.id}>
                {responder.name}: {responder.arrivedAt ? t('alarm.detail.arrived') : t('alarm.detail.onTheWay')}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {open && alarm.you.role === 'presser' && <Refine alarm={alarm} onChanged={changed} />}
      {open && (alarm.you.role === 'presser' || alarm.you.acknowledged) && <Stop alarm={alarm} onChanged={changed} />}
      {alarm.state === 'resolved' && !alarm.drill && alarm.you.role === 'presser' && <StartReport alarmId={alarm.id} />}
      {!open && alarm.reason && (
        <p className="utrecht-paragraph">
          {t('alarm.stop.reason')}: {alarm.reason}
        </p>
      )}
      <Timeline alarm={alarm} />
    </div>
  );
}
