import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TCheckin } from '../../../server/modules/aftercare/schema';
import { myCheckinsQuery } from '../../api/aftercare';
import { api } from '../../api/client';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { TextAreaInput } from '../../components/fields';
import { formatDateTime, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { formatDay } from '../clients/ActiveMeasures';
import { CheckinAnswer } from './CheckinAnswer';

/** The title of a check-in in words: "Eerste gesprek", "Gesprek na ongeveer 2 weken", or a conversation asked for. */
export function checkinTitle(checkin: TCheckin, t: TFunction): string {
  return checkin.kind === 'requested'
    ? t('aftercare.requested')
    : t('aftercare.moment', { number: checkin.sequence ?? 0 });
}

/** "Ik wil graag een gesprek": for whoever is on the report, at any moment. */
export function AskConversation({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState(false);
  const { error, busy, run } = useAction();
  if (sent) return <SuccessNote>{t('aftercare.ask.sent')}</SuccessNote>;
  if (!open)
    return (
      <Button className="utrecht-button utrecht-button--secondary-action" onPress={() => setOpen(true)}>
        {t('aftercare.ask.button')}
      </Button>
    );
  return (
    <Form
      className="regie-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          await api('POST', '/api/v1/aftercare/conversation-requests', { incidentId, message });
          setSent(true);
          await queryClient.invalidateQueries({ queryKey: ['aftercare'] });
        });
      }}
    >
      <TextAreaInput
        label={t('aftercare.ask.message')}
        description={t('aftercare.ask.messageHelp')}
        name="message"
        value={message}
        onChange={setMessage}
        maxLength={2000}
        rows={3}
      />
      <ErrorAlert error={error} />
      <Button type="submit" className="utrecht-button utrecht-button--primary-action" isDisabled={busy}>
        {t('aftercare.ask.send')}
      </Button>
    </Form>
  );
}

function OwnCheckin({ checkin }: { checkin: TCheckin }) {
  const { t, i18n } = useTranslation();
  const title = checkinTitle(checkin, t);
  return (
    <li className="regie-checkin">
      <h3 className="utrecht-heading-3">{title}</h3>
      <p className="utrecht-paragraph">
        {checkin.status === 'done'
          ? t('aftercare.status.doneOn', { date: formatDay(checkin.conversation?.heldOn ?? null, i18n.language) })
          : checkin.status === 'upcoming'
            ? t('aftercare.status.upcomingFrom', { date: formatDay(checkin.opensOn, i18n.language) })
            : t('aftercare.status.dueBy', { date: formatDay(checkin.dueOn, i18n.language) })}
      </p>
      {checkin.conversation?.agreements && (
        <p className="utrecht-paragraph regie-pre">
          <strong>{t('aftercare.agreed')}</strong> {checkin.conversation.agreements}
        </p>
      )}
      {checkin.canAnswer && <CheckinAnswer checkin={checkin} />}
      {!checkin.canAnswer && checkin.answer && (
        <p className="regie-muted">
          {t('aftercare.answeredOn', { date: formatDateTime(checkin.answer.answeredAt, i18n.language) })}
        </p>
      )}
    </li>
  );
}

/**
 * The person's own aftercare, per report: the check-ins to answer and what was agreed, and a button to ask for a
 * conversation. With `incidentId` only that report's (on the report's status page).
 */
export function MyAftercare({ incidentId }: { incidentId?: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(myCheckinsQuery);
  const checkins = (query.data ?? []).filter((checkin) => !incidentId || checkin.incidentId === incidentId);
  const incidents = [...new Set(checkins.map((checkin) => checkin.incidentId))];
  if (incidentId && query.data && checkins.length === 0) return null;
  return (
    <>
      <ErrorAlert error={query.error} />
      {query.isPending && <Loading />}
      {!incidentId && query.data && checkins.length === 0 && (
        <p className="utrecht-paragraph">{t('aftercare.mine.none')}</p>
      )}
      {incidents.map((id) => {
        const own = checkins.filter((checkin) => checkin.incidentId === id);
        const when = formatDateTime(own[0]?.incidentOccurredAt ?? null, i18n.language);
        // Past and current moments, and the next one to come; later ones would only crowd the screen.
        const next = own.find((checkin) => checkin.status === 'upcoming');
        return (
          <Section key={id} id={`aftercare-${id}`} title={t('aftercare.mine.about', { when })}>
            <p className="utrecht-paragraph">{t('aftercare.mine.intro')}</p>
            <ul className="regie-checkin-list">
              {own
                .filter((checkin) => checkin.status !== 'upcoming' || checkin === next)
                .map((checkin) => (
                  <OwnCheckin key={checkin.id} checkin={checkin} />
                ))}
            </ul>
            <AskConversation incidentId={id} />
          </Section>
        );
      })}
    </>
  );
}
