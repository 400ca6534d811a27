import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { aftercareQueueQuery, myCheckinsQuery } from '../../api/aftercare';
import { hasRole, useSessionUser } from '../../auth/session';
import { ErrorAlert, Loading } from '../../components/feedback';
import { formatDateTime, Section } from '../../components/page';
import { formatDay } from '../clients/ActiveMeasures';
import { checkinTitle } from './MyAftercare';

/** The caretaker's aftercare queue: who to talk to, by when; overdue ones stand out. */
export function AftercareQueue() {
  const { t, i18n } = useTranslation();
  const query = useQuery(aftercareQueueQuery);
  return (
    <Section title={t('aftercare.queue.title')} id="aftercare-queue">
      <ErrorAlert error={query.error} />
      {query.isPending && <Loading />}
      {query.data?.length === 0 && <p className="utrecht-paragraph">{t('aftercare.queue.none')}</p>}
      <ul className="regie-task-list">
        {(query.data ?? []).map((checkin) => (
          <li
            key={checkin.id}
            className={checkin.status === 'overdue' ? 'regie-task regie-task--overdue' : 'regie-task'}
          >
            <div>
              <strong>
                {checkin.person.name} — {checkinTitle(checkin, t)}
              </strong>
              <br />
              <span className={checkin.status === 'overdue' ? 'regie-overdue' : 'regie-muted'}>
                {t(checkin.status === 'overdue' ? 'aftercare.queue.overdue' : 'aftercare.queue.due', {
                  date: formatDay(checkin.dueOn, i18n.language),
                })}
                {checkin.answered && ` · ${t('aftercare.queue.answered')}`}
              </span>
              <br />
              <Link
                to="/incidents/$incidentId"
                params={{ incidentId: checkin.incidentId }}
                hash="aftercare"
                className="utrecht-link"
                aria-label={t('aftercare.queue.openNamed', {
                  name: checkin.person.name,
                  date: formatDateTime(checkin.incidentOccurredAt, i18n.language),
                })}
              >
                {t('aftercare.queue.open')}
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** On the home screen: the person's open check-ins and the way to ask for a conversation. */
export function MyAftercareCard() {
  const { t } = useTranslation();
  const query = useQuery(myCheckinsQuery);
  const open = (query.data ?? []).filter((checkin) => checkin.status === 'open' || checkin.status === 'overdue');
  if (!query.data || query.data.length === 0) return null;
  return (
    <Section title={t('aftercare.card.title')} id="my-aftercare">
      <p className="utrecht-paragraph">
        {open.some((checkin) => checkin.canAnswer && !checkin.answered)
          ? t('aftercare.card.toAnswer')
          : t('aftercare.card.intro')}
      </p>
      <Link to="/aftercare" className="utrecht-button-link utrecht-button-link--primary-action">
        {t('aftercare.card.link')}
      </Link>
    </Section>
  );
}

/** Home: the queue for whoever holds conversations, the own card for everyone on a report. */
export function AftercareHome() {
  const user = useSessionUser();
  return (
    <>
      {hasRole(user, 'manager', 'safety_officer') && <AftercareQueue />}
      <MyAftercareCard />
    </>
  );
}
