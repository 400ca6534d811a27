import { Link } from '@tanstack/react-router';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAlarms } from './AlarmConnection';

const time = new Intl.DateTimeFormat('nl-NL', { timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

/**
 * After the connection came back: the alarms of this user that were raised, answered or closed in the meantime,
 * with what happened, so a responder whose phone had no signal knows that an alarm came and went (and who went).
 * A status region: it is news the user did not ask for, announced politely, not a dialog that takes focus.
 */
export function MissedAlarms() {
  const { t } = useTranslation();
  const { missed, dismissMissed } = useAlarms();
  return (
    <div role="status" className="regie-missed-alarms-region">
      {missed && missed.alarms.length > 0 && (
        <section
          className="utrecht-alert utrecht-alert--info regie-alert regie-missed-alarms"
          aria-labelledby="missed-title"
        >
          <h2 id="missed-title" className="utrecht-heading-3">
            {t('alarm.missed.title', { count: missed.alarms.length })}
          </h2>
          <ul className="regie-missed-alarms__list">
            {missed.alarms.map((alarm) => {
              const events = missed.events.filter((event) => event.alarmId === alarm.id);
              return (
                <li key={alarm.id}>
                  <Link to="/alarm/$alarmId" params={{ alarmId: alarm.id }} className="utrecht-link">
                    {t('alarm.missed.alarm', {
                      who: alarm.raisedBy.name,
                      place:
                        [alarm.office?.name, alarm.room].filter(Boolean).join(' · ') || t('alarm.facts.unknownPlace'),
                      time: time.format(new Date(alarm.raisedAt)),
                    })}
                  </Link>{' '}
                  <span className="regie-badge">
                    {alarm.drill ? `${t('alarm.missed.drill')} · ` : ''}
                    {t(`alarm.states.${alarm.state}`)}
                  </span>
                  {events.length > 0 && (
                    <ul className="regie-missed-alarms__events">
                      {events.map((event) => (
                        <li key={event.id}>
                          {time.format(new Date(event.at))}{' '}
                          {t(`alarm.events.${event.type}`, { defaultValue: event.type, level: event.level })}
                          {event.actor ? ` (${event.actor.name})` : ''}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
          {missed.more && <p className="utrecht-paragraph">{t('alarm.missed.more')}</p>}
          <Button className="utrecht-button utrecht-button--secondary-action" onPress={dismissMissed}>
            {t('alarm.missed.dismiss')}
          </Button>
        </section>
      )}
    </div>
  );
}
