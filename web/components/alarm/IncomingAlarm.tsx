import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TAlarm } from '../../../server/modules/alarms/schema';
import { api } from '../../api/client';
import { ErrorAlert } from '../feedback';
import { useAction } from '../useAction';
import { useAlarms } from './AlarmConnection';

const time = new Intl.DateTimeFormat('nl-NL', { timeStyle: 'medium', timeZone: 'Europe/Amsterdam' });

/** Who, where, when, what: the facts a responder needs on the way. */
export function AlarmFacts({ alarm }: { alarm: TAlarm }) {
  const { t } = useTranslation();
  return (
    <dl className="regie-alarm-facts">
      <dt>{t('alarm.facts.who')}</dt>
      <dd>{alarm.raisedBy.name}</dd>
      <dt>{t('alarm.facts.where')}</dt>
      <dd>
        {[alarm.office?.name, alarm.room].filter(Boolean).join(' · ') || t('alarm.facts.unknownPlace')}
        {alarm.office?.address && <span className="regie-alarm-facts__address">{alarm.office.address}</span>}
      </dd>
      <dt>{t('alarm.facts.when')}</dt>
      <dd>{time.format(new Date(alarm.raisedAt))}</dd>
      {alarm.type && (
        <>
          <dt>{t('alarm.facts.type')}</dt>
          <dd>{t(`alarm.types.${alarm.type}`)}</dd>
        </>
      )}
      {alarm.phase && (
        <>
          <dt>{t('alarm.facts.phase')}</dt>
          <dd>{t('alarm.facts.phaseValue', { phase: alarm.phase })}</dd>
        </>
      )}
      {alarm.handlingId && (
        <>
          <dt>{t('alarm.facts.handling')}</dt>
          <dd>{t('alarm.facts.handlingInProgress')}</dd>
        </>
      )}
    </dl>
  );
}

/** "Ik kom" and "Aangekomen" for whoever was called. */
export function ResponderActions({ alarm }: { alarm: TAlarm }) {
  const { t } = useTranslation();
  const { remember } = useAlarms();
  const { error, busy, run } = useAction();
  const act = (path: 'acknowledge' | 'arrive') =>
    run(async () => remember(await api<TAlarm>('POST', `/api/v1/alarms/${alarm.id}/${path}`)));
  const open = ['raised', 'acknowledged', 'on_site'].includes(alarm.state);
  if (alarm.you.role !== 'recipient' || !open) return null;
  return (
    <div className="regie-alarm-actions">
      <ErrorAlert error={error} />
      {!alarm.you.acknowledged && (
        <Button
          className="regie-alarm-action regie-alarm-action--primary"
          isDisabled={busy}
          onPress={() => void act('acknowledge')}
        >
          {t('alarm.respond.coming')}
        </Button>
      )}
      {!alarm.you.arrived && (
        <Button className="regie-alarm-action" isDisabled={busy} onPress={() => void act('arrive')}>
          {t('alarm.respond.arrived')}
        </Button>
      )}
      {alarm.you.arrived && <p className="regie-alarm-status__strong">{t('alarm.respond.youArrived')}</p>}
    </div>
  );
}

/**
 * An alarm for this user takes over the screen wherever they are, until they answer it or close the dialog (the
 * alarm itself stays open under "Alarm").
 */
export function IncomingAlarm() {
  const { t } = useTranslation();
  const { alarms, markSeen } = useAlarms();
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const alarm = alarms
    .filter(
      (candidate) =>
        candidate.you.role === 'recipient' &&
        !candidate.you.arrived &&
        ['raised', 'acknowledged', 'on_site'].includes(candidate.state) &&
        !dismissed.has(candidate.id),
    )
    .sort((a, b) => b.raisedAt.localeCompare(a.raisedAt))[0];
  const alarmId = alarm?.id;
  useEffect(() => {
    if (alarmId) markSeen(alarmId);
  }, [alarmId, markSeen]);
  if (!alarm) return null;
  const close = () => setDismissed((current) => new Set(current).add(alarm.id));
  return (
    <ModalOverlay isOpen className="regie-alarm-overlay">
      <Modal className="regie-alarm-modal">
        <Dialog role="alertdialog" className="regie-alarm-dialog">
          <Heading slot="title" className="regie-alarm-dialog__title">
            {alarm.drill ? t('alarm.incoming.drillTitle') : t('alarm.incoming.title')}
          </Heading>
          {alarm.call112At && (
            <p className="regie-alarm-112">
              {t('alarm.status.call112')}{' '}
              <a href="tel:112" className="utrecht-link">
                {t('alarm.status.call112Link')}
              </a>
            </p>
          )}
          <AlarmFacts alarm={alarm} />
          <ResponderActions alarm={alarm} />
          <div className="regie-alarm-dialog__links">
            <Link to="/alarm/$alarmId" params={{ alarmId: alarm.id }} className="utrecht-link" onClick={close}>
              {t('alarm.incoming.open')}
            </Link>
            <Button className="utrecht-button utrecht-button--subtle" onPress={close}>
              {t('alarm.incoming.hide')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
