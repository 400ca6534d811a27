import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { THandling } from '../../../server/modules/handlings/schema';
import { END, type TStep } from '../../../server/modules/protocols/content';
import { upcomingSteps } from '../../../server/modules/protocols/engine';
import { ApiError, api } from '../../api/client';
import { formatDuration } from '../../components/duration';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { SelectInput, TextAreaInput, TextInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { pick } from '../../components/text';
import { HandlingIncidentPanel } from '../clients/HandlingIncidentPanel';
import { ToleranceBoundary } from '../protocol/ProtocolDocument';
import { stepDurations } from './step-durations';
import { UtterancePanel } from './UtterancePanel';

function handlingQuery(id: string) {
  return { queryKey: ['handlings', id], queryFn: () => api<THandling>('GET', `/api/v1/handlings/${id}`) };
}

type Act = (path: string, body?: object) => Promise<void>;

function AlarmBar({ handling, act }: { handling: THandling; act: Act }) {
  const { t } = useTranslation();
  const raised = handling.events.filter((event) => event.type === 'alarm_raised');
  const alarms = raised.length;
  const lastAlarmId = raised[raised.length - 1]?.alarmId ?? null;
  return (
    <section className="regie-alarm-bar" aria-label={t('handling.alarm.label')}>
      {handling.canAct && (
        <Button className="regie-alarm-button" onPress={() => void act('alarm')}>
          {t('handling.alarm.button')}
        </Button>
      )}
      <a className="regie-alarm-call" href={`tel:${handling.guidance.alarmNumber.replace(/\s/g, '')}`}>
        {t('handling.alarm.call', { number: handling.guidance.alarmNumber })}
      </a>
      <a className="regie-alarm-call regie-alarm-call--emergency" href={`tel:${handling.guidance.emergencyNumber}`}>
        {t('handling.alarm.emergency', { number: handling.guidance.emergencyNumber })}
      </a>
      {alarms > 0 && (
        <p className="regie-alarm-bar__note" role="status">
          {t('handling.alarm.recorded', { count: alarms })}{' '}
          {lastAlarmId && (
            <Link to="/alarm/$alarmId" params={{ alarmId: lastAlarmId }} className="utrecht-link">
              {t('handling.alarm.follow')}
            </Link>
          )}
        </p>
      )}
    </section>
  );
}

function PhasePicker({ handling, act }: { handling: THandling; act: Act }) {
  const { t, i18n } = useTranslation();
  const current = handling.guidance.phases.find((phase) => phase.phase === handling.phase);
  return (
    <Section title={t('handling.phase.title')} id="phase">
      <fieldset className="regie-phase-buttons">
        <legend className="regie-visually-hidden">{t('handling.phase.title')}</legend>
        {handling.guidance.phases.map((phase) => (
          <button
            key={phase.phase}
            type="button"
            className="regie-phase-button"
            aria-pressed={handling.phase === phase.phase}
            disabled={!handling.canAct}
            onClick={() => void act('phase', { phase: phase.phase })}
          >
            {phase.phase}. {pick(phase.name, i18n.language)}
          </button>
        ))}
      </fieldset>
      {current ? (
        <div className="regie-phase-guidance">
          <p className="utrecht-paragraph">{pick(current.signals, i18n.language)}</p>
          <p className="utrecht-paragraph">
            <strong>{t('handling.phase.say')}</strong>
          </p>
          <ul className="regie-say-list">
            {current.sentences.map((sentence) => (
              <li key={sentence.nl}>
                <q>{pick(sentence, i18n.language)}</q>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="utrecht-paragraph">{t('handling.phase.choose')}</p>
      )}
    </Section>
  );
}

function CurrentStep({ handling, step, act }: { handling: THandling; step: TStep; act: Act }) {
  const { t, i18n } = useTranslation();
  const [skipping, setSkipping] = useState(false);
  const [reason, setReason] = useState('');
  const record = (outcome: string, extra: object = {}) => act('steps', { stepId: step.id, outcome, ...extra });
  const number = handling.procedure.steps.findIndex((candidate) => candidate.id === step.id) + 1;
  return (
    <Section title={t('handling.step.title', { number, total: handling.procedure.steps.length })} id="current-step">
      {step.condition && (
        <p className="regie-step__condition">
          {t('protocol.when', { condition: pick(step.condition, i18n.language) })}
        </p>
      )}
      <p className="regie-current-step">{pick(step.text, i18n.language)}</p>
      <p className="regie-step__meta">
        {t('protocol.who')}: {t(`stepRoles.${step.role}`, { defaultValue: step.role })}
      </p>
      {handling.canAct && (
        <div className="regie-step-actions">
          {step.kind === 'decision' ? (
            step.branches.map((branch, index) => (
              <Button
                key={`${branch.next}-${branch.label.nl}`}
                className="utrecht-button utrecht-button--primary-action regie-big-button"
                onPress={() => void record('done', { branch: index })}
              >
                {pick(branch.label, i18n.language)}
              </Button>
            ))
          ) : (
            <Button
              className="utrecht-button utrecht-button--primary-action regie-big-button"
              onPress={() => void record('done')}
            >
              {t('handling.step.done')}
            </Button>
          )}
          {step.condition && (
            <Button
              className="utrecht-button utrecht-button--secondary-action"
              onPress={() => void record('not_applicable')}
            >
              {t('handling.step.notApplicable')}
            </Button>
          )}
          {!skipping && (
            <Button className="utrecht-button utrecht-button--subtle" onPress={() => setSkipping(true)}>
              {t('handling.step.skip')}
            </Button>
          )}
        </div>
      )}
      {handling.canAct && skipping && (
        <Form
          className="regie-form"
          onSubmit={(event) => {
            event.preventDefault();
            void record('skipped', { reason }).then(() => setSkipping(false));
          }}
        >
          <TextInput
            label={t('handling.step.skipReason')}
            name="reason"
            value={reason}
            onChange={setReason}
            isRequired
            minLength={3}
          />
          <div className="utrecht-button-group">
            <Button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t('handling.step.skipConfirm')}
            </Button>
            <Button className="utrecht-button utrecht-button--subtle" onPress={() => setSkipping(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </Form>
      )}
    </Section>
  );
}

function Handover({ handling, act }: { handling: THandling; act: Act }) {
  const { t } = useTranslation();
  const candidates = useQuery({
    queryKey: ['handlings', handling.id, 'candidates'],
    queryFn: async () =>
      (
        await api<{ candidates: { id: string; name: string; isManager: boolean }[] }>(
          'GET',
          `/api/v1/handlings/${handling.id}/handover-candidates`,
        )
      ).candidates,
  });
  const [to, setTo] = useState('');
  return (
    <Section title={t('handling.handover.title')} id="handover">
      <p className="utrecht-paragraph">{t('handling.handover.intro')}</p>
      <Form
        className="regie-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (to) void act('handover', { toUserId: to });
        }}
      >
        <SelectInput
          label={t('handling.handover.to')}
          name="toUserId"
          value={to}
          onChange={setTo}
          emptyLabel={t('handling.handover.choose')}
          options={(candidates.data ?? []).map((candidate) => ({
            value: candidate.id,
            label: candidate.isManager ? t('handling.handover.manager', { name: candidate.name }) : candidate.name,
          }))}
        />
        <Button type="submit" className="utrecht-button utrecht-button--secondary-action" isDisabled={!to}>
          {t('handling.handover.submit')}
        </Button>
      </Form>
    </Section>
  );
}

function CloseHandling({ handling, act }: { handling: THandling; act: Act }) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState('');
  const finished = handling.currentStepId === END;
  return (
    <Section title={t('handling.close.title')} id="close">
      <p className="utrecht-paragraph">{t(finished ? 'handling.close.finished' : 'handling.close.early')}</p>
      <Form
        className="regie-form"
        onSubmit={(event) => {
          event.preventDefault();
          void act('close', { summary });
        }}
      >
        <TextAreaInput
          label={t('handling.close.summary')}
          description={t('handling.close.summaryHelp')}
          value={summary}
          onChange={setSummary}
        />
        <Button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t('handling.close.submit')}
        </Button>
      </Form>
    </Section>
  );
}

function Timeline({ handling }: { handling: THandling }) {
  const { t, i18n } = useTranslation();
  const stepNumber = (id: string | null) => handling.procedure.steps.findIndex((step) => step.id === id) + 1;
  const describe = (event: THandling['events'][number]) => {
    const step = handling.procedure.steps.find((candidate) => candidate.id === event.stepId);
    const branch = event.branch !== null && step ? step.branches[event.branch] : undefined;
    return t(`handling.event.${event.type}`, {
      number: stepNumber(event.stepId),
      choice: branch ? pick(branch.label, i18n.language) : '',
      reason: event.reason ?? '',
      phase: event.phase ?? '',
      to: event.toUser?.name ?? '',
    });
  };
  const durations = stepDurations(handling.events);
  return (
    <Section title={t('handling.timeline')} id="timeline">
      <ol className="regie-timeline">
        {handling.events.map((event, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: events are append-only; their position is their identity
          <li key={index}>
            <time dateTime={event.at}>{formatDateTime(event.at, i18n.language)}</time> — {event.actor.name}:{' '}
            {describe(event)}
            {durations[index] !== undefined && (
              <span className="regie-step__meta">
                {' '}
                ({t('handling.took', { duration: formatDuration(durations[index] as number, t) })})
              </span>
            )}
          </li>
        ))}
      </ol>
    </Section>
  );
}

/** The live handling: the step to do now in large type, the phase and what to say, the alarm always at hand. */
export function HandlingPage() {
  const { t, i18n } = useTranslation();
  const { handlingId } = useParams({ strict: false }) as { handlingId: string };
  const queryClient = useQueryClient();
  const query = useQuery(handlingQuery(handlingId));
  const [error, setError] = useState<unknown>(null);
  const handling = query.data;

  const act: Act = async (path, body) => {
    setError(null);
    try {
      const updated = await api<THandling>('POST', `/api/v1/handlings/${handlingId}/${path}`, body);
      queryClient.setQueryData(handlingQuery(handlingId).queryKey, updated);
      await queryClient.invalidateQueries({ queryKey: ['handlings', 'mine'] });
    } catch (caught) {
      setError(caught);
      // Another device moved on: show where the handling really stands.
      if (caught instanceof ApiError && caught.status === 409) await query.refetch();
    }
  };

  if (!handling) {
    return (
      <>
        <PageHeading title={t('handling.title')}>{t('handling.title')}</PageHeading>
        <ErrorAlert error={query.error} />
        {query.isPending && <Loading />}
      </>
    );
  }
  const title = pick(handling.procedure.title, i18n.language);
  const step = handling.procedure.steps.find((candidate) => candidate.id === handling.currentStepId);
  const upcoming = step ? upcomingSteps(handling.procedure, step.id) : [];
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="utrecht-paragraph regie-lead">
        {t('handling.line', {
          date: formatDateTime(handling.startedAt, i18n.language),
          name: handling.startedBy.name,
          version: handling.protocolVersion,
        })}
      </p>
      {handling.status === 'active' && <AlarmBar handling={handling} act={act} />}
      <ErrorAlert error={error} />
      {handling.status === 'closed' && (
        <SuccessNote>{t('handling.closed', { date: formatDateTime(handling.closedAt, i18n.language) })}</SuccessNote>
      )}
      {handling.status === 'active' && !handling.canAct && (
        <SuccessNote>{t('handling.handedOver', { name: handling.handler.name })}</SuccessNote>
      )}
      {handling.status === 'active' && (
        <div className="regie-handling">
          {step ? (
            <CurrentStep key={step.id} handling={handling} step={step} act={act} />
          ) : (
            <Section title={t('handling.step.allDone')} id="current-step">
              <p className="utrecht-paragraph">{t('handling.step.allDoneText')}</p>
            </Section>
          )}
          <PhasePicker handling={handling} act={act} />
          {handling.canAct && <UtterancePanel />}
          {upcoming.length > 0 && (
            <Section title={t('handling.next')} id="next-steps">
              <ol className="regie-upcoming">
                {upcoming.map((next) => (
                  <li key={next.id}>
                    {pick(next.text, i18n.language)}{' '}
                    <span className="regie-step__meta">({t(`stepRoles.${next.role}`)})</span>
                  </li>
                ))}
              </ol>
            </Section>
          )}
          <BoundarySentences handling={handling} />
          <Section title={t('protocol.script')} id="script">
            <ol className="regie-script">
              {(['acknowledge', 'goal', 'boundary', 'choice'] as const).map((part) => (
                <li key={part}>
                  <strong>{t(`home.script.${part}.name`)}</strong>:{' '}
                  <q>{pick(handling.guidance.script[part], i18n.language)}</q>
                </li>
              ))}
            </ol>
          </Section>
          {handling.canAct && <Handover handling={handling} act={act} />}
          {handling.canAct && <CloseHandling handling={handling} act={act} />}
        </div>
      )}
      <HandlingIncidentPanel handling={handling} />
      <details className="regie-details">
        <summary>{t('home.route.title')}</summary>
        <ol className="regie-route">
          {handling.guidance.route.map((item) => (
            <li key={item.nl}>{pick(item, i18n.language)}</li>
          ))}
        </ol>
      </details>
      <details className="regie-details">
        <summary>{t('protocol.boundary')}</summary>
        <ToleranceBoundary boundary={handling.guidance.toleranceBoundary} />
      </details>
      <Timeline handling={handling} />
    </>
  );
}

/** The organisation's boundary sentences that fit this contact's channel: ready to say, in large type. */
function BoundarySentences({ handling }: { handling: THandling }) {
  const { t, i18n } = useTranslation();
  if (handling.guidance.boundarySentences.length === 0) return null;
  return (
    <Section title={t('handling.boundarySentences')} id="boundary-sentences">
      <dl className="regie-sentences">
        {handling.guidance.boundarySentences.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two sentences may share a situation
          <div key={`${index}-${item.situation.nl}`}>
            <dt>{pick(item.situation, i18n.language)}</dt>
            <dd>
              <q>{pick(item.sentence, i18n.language)}</q>
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
