import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TMyDuty } from '../../../server/modules/duty/schema';
import { api } from '../../api/client';
import { hasRole, useSessionUser } from '../../auth/session';
import { AlarmStatusLines } from '../../components/alarm/AlarmStatus';
import { myDutyQuery } from '../../components/alarm/pressFeedback';
import { useRaiseAlarm } from '../../components/alarm/useRaiseAlarm';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { TextInput } from '../../components/fields';
import { PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { PressFeedbackChoice } from './PressFeedbackChoice';

export { myDutyQuery };

/** Where I sit (the alarm's default place) and, for responders, whether I can be called. */
function MyPlace({ duty, isResponder, canRaise }: { duty: TMyDuty; isResponder: boolean; canRaise: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [room, setRoom] = useState(duty.room);
  const [saved, setSaved] = useState(false);
  const { error, busy, run } = useAction();
  useEffect(() => setRoom(duty.room), [duty.room]);
  const save = (body: object) =>
    run(async () => {
      queryClient.setQueryData(myDutyQuery.queryKey, await api<TMyDuty>('PATCH', '/api/v1/duty/me', body));
      setSaved(true);
    });
  return (
    <Section title={t('alarm.place.title')} id="my-place">
      <ErrorAlert error={error} />
      {saved && <SuccessNote>{t('common.saved')}</SuccessNote>}
      <Form
        className="regie-form regie-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save({ room });
        }}
      >
        <TextInput
          label={t('alarm.place.room')}
          description={t('alarm.place.roomHelp', { office: duty.officeName ?? t('alarm.facts.unknownPlace') })}
          name="room"
          value={room}
          onChange={setRoom}
          maxLength={120}
        />
        <Button type="submit" className="utrecht-button utrecht-button--secondary-action" isDisabled={busy}>
          {t('common.save')}
        </Button>
      </Form>
      {canRaise && <PressFeedbackChoice duty={duty} />}
      {isResponder && (
        <div className="regie-duty-me">
          <p className="utrecht-paragraph">
            {duty.teams.length === 0
              ? t('alarm.place.noTeam')
              : duty.onDutyNow
                ? t('alarm.place.onDuty', { teams: duty.teams.map((team) => team.name).join(', ') })
                : t('alarm.place.offDuty')}{' '}
            {duty.available ? t('alarm.place.available') : t('alarm.place.unavailable')}
          </p>
          <Button
            className="utrecht-button utrecht-button--secondary-action"
            isDisabled={busy}
            onPress={() => void save({ available: !duty.available })}
          >
            {duty.available ? t('alarm.place.makeUnavailable') : t('alarm.place.makeAvailable')}
          </Button>
        </div>
      )}
    </Section>
  );
}

/** The dedicated alarm page: one big button, usable on a phone with one hand and installable as an app. */
export function AlarmPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const duty = useQuery(myDutyQuery);
  const { raise, busy, error, mine, feedback } = useRaiseAlarm();
  // Only a presser who chose a visible confirmation is taken to the alarm screen; otherwise the page stays calm.
  const open = feedback === 'visible';
  const canRaise = hasRole(user, 'employee', 'responder', 'manager');
  return (
    <div className="regie-alarm-page">
      <PageHeading title={t('alarm.page.title')}>{t('alarm.page.title')}</PageHeading>
      <ErrorAlert error={error} />
      {mine && open ? (
        <div className="regie-alarm-page__running">
          <p className="regie-alarm-page__lead">{t('alarm.page.running')}</p>
          <AlarmStatusLines alarm={mine} />
          <Link
            to="/alarm/$alarmId"
            params={{ alarmId: mine.id }}
            className="utrecht-button-link utrecht-button-link--primary-action regie-big-button"
          >
            {t('alarm.page.openRunning')}
          </Link>
        </div>
      ) : mine ? (
        // Discreet: plain text in the page's own style, nothing red, nothing that moves; readable for the presser.
        <div className="regie-alarm-page__discreet">
          <p className="utrecht-paragraph">
            {t('alarm.feedback.sentQuietly')} <AlarmStatusLines alarm={mine} discreet />
          </p>
          <Link to="/alarm/$alarmId" params={{ alarmId: mine.id }} className="utrecht-link">
            {t('alarm.page.openRunning')}
          </Link>
        </div>
      ) : (
        canRaise && (
          <>
            <Button className="regie-alarm-page__button" isDisabled={busy} onPress={() => void raise({}, { open })}>
              {t('alarm.page.press')}
            </Button>
            <p className="utrecht-paragraph regie-alarm-page__place">
              {duty.data
                ? t('alarm.page.place', {
                    place:
                      [duty.data.officeName, duty.data.room].filter(Boolean).join(' · ') ||
                      t('alarm.facts.unknownPlace'),
                  })
                : ''}
            </p>
            <p className="utrecht-paragraph">{t('alarm.page.explain')}</p>
            <Button
              className="utrecht-button utrecht-button--subtle"
              isDisabled={busy}
              onPress={() => void raise({ drill: true }, { open })}
            >
              {t('alarm.page.drill')}
            </Button>
          </>
        )
      )}
      {duty.isPending ? (
        <Loading />
      ) : (
        duty.data && <MyPlace duty={duty.data} isResponder={hasRole(user, 'responder')} canRaise={canRaise} />
      )}
    </div>
  );
}
