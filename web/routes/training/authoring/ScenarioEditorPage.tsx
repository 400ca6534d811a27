import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DECISIONS,
  type Decision,
  LEVELS,
  OUTCOMES,
  SCRIPT_PARTS,
  type ScriptPart,
  type TNode,
  TRAINING_CHANNELS,
  type TScenario,
} from '../../../../server/modules/training/scenario';
import type { TCustomScenario } from '../../../../server/modules/training/schema';
import { ApiError, api } from '../../../api/client';
import { authoredScenarioQuery } from '../../../api/training';
import { ErrorAlert, Loading, SuccessNote } from '../../../components/feedback';
import { Checkboxes, SelectInput, TextInput } from '../../../components/fields';
import { PageHeading, Section } from '../../../components/page';
import { pick } from '../../../components/text';
import { useAction } from '../../../components/useAction';
import { BilingualText } from '../../protocol/editor-fields';
import { TestPlay } from './TestPlay';

type Issue = TCustomScenario['issues'][number];
type Change = (draft: TScenario) => void;

const PHASE_OPTIONS = ['1', '2', '3', '4'];
const ROUTE_OPTIONS = ['1', '2', '3', '4', '5'];

function nextFreeId(scenario: TScenario): string {
  let number = scenario.nodes.length + 1;
  while (scenario.nodes.some((node) => node.id === `moment-${number}`)) number++;
  return `moment-${number}`;
}

/** The answers at one moment: what a good answer contains, the options, and where typed answers lead. */
function TurnEditor({
  node,
  index,
  ids,
  change,
}: {
  node: TNode;
  index: number;
  ids: string[];
  change: (c: Change) => void;
}) {
  const { t } = useTranslation();
  const turn = node.turn;
  if (!turn) return null;
  const targets = ids.map((id) => ({ value: id, label: id }));
  const at = (draft: TScenario) => draft.nodes[index]?.turn;
  return (
    <>
      <Checkboxes
        label={t('authoring.expectScript')}
        name={`script-${node.id}`}
        value={turn.expect.script}
        options={SCRIPT_PARTS.map((part) => ({ value: part, label: t(`home.script.${part}.name`) }))}
        onChange={(value) =>
          change((draft) => {
            const target = at(draft);
            if (target) target.expect.script = value as ScriptPart[];
          })
        }
      />
      <SelectInput
        label={t('authoring.routeStep')}
        name={`route-${node.id}`}
        value={String(turn.expect.routeStep)}
        options={ROUTE_OPTIONS.map((step) => ({ value: step, label: t(`authoring.routeSteps.${step}`) }))}
        onChange={(value) =>
          change((draft) => {
            const target = at(draft);
            if (target) target.expect.routeStep = Number(value);
          })
        }
      />
      <Checkboxes
        label={t('authoring.rightDecisions')}
        name={`decisions-${node.id}`}
        value={turn.expect.decisions}
        isRequired
        options={DECISIONS.map((decision) => ({ value: decision, label: t(`training.decisions.${decision}`) }))}
        onChange={(value) =>
          change((draft) => {
            const target = at(draft);
            if (target) target.expect.decisions = value as Decision[];
          })
        }
      />
      {turn.options.map((option, optionIndex) => (
        <fieldset
          // biome-ignore lint/suspicious/noArrayIndexKey: options have no identity of their own while being typed
          key={optionIndex}
          className="utrecht-form-fieldset regie-list-editor__item"
        >
          <legend className="utrecht-form-fieldset__legend">
            {t('authoring.option', { number: optionIndex + 1 })}
          </legend>
          <BilingualText
            legend={t('authoring.optionText')}
            value={option.text}
            onChange={(value) =>
              change((draft) => {
                const target = at(draft)?.options[optionIndex];
                if (target) target.text = value;
              })
            }
          />
          <SelectInput
            label={t('authoring.optionDecision')}
            name={`decision-${node.id}-${optionIndex}`}
            value={option.decision}
            options={DECISIONS.map((decision) => ({ value: decision, label: t(`training.decisions.${decision}`) }))}
            onChange={(value) =>
              change((draft) => {
                const target = at(draft)?.options[optionIndex];
                if (target) target.decision = value as Decision;
              })
            }
          />
          <SelectInput
            label={t('authoring.optionNext')}
            name={`next-${node.id}-${optionIndex}`}
            value={option.next}
            options={targets}
            onChange={(value) =>
              change((draft) => {
                const target = at(draft)?.options[optionIndex];
                if (target) target.next = value;
              })
            }
          />
          <BilingualText
            legend={t('authoring.optionFeedback')}
            value={option.feedback}
            onChange={(value) =>
              change((draft) => {
                const target = at(draft)?.options[optionIndex];
                if (target) target.feedback = value;
              })
            }
          />
          {turn.options.length > 2 && (
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle"
              onClick={() =>
                change((draft) => {
                  at(draft)?.options.splice(optionIndex, 1);
                })
              }
            >
              {t('authoring.removeOption', { number: optionIndex + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {turn.options.length < 5 && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() =>
            change((draft) => {
              at(draft)?.options.push({
                text: { nl: '', en: '' },
                decision: 'continue',
                next: node.id,
                feedback: { nl: '', en: '' },
              });
            })
          }
        >
          {t('authoring.addOption')}
        </button>
      )}
      <SelectInput
        label={t('authoring.freeCalm')}
        name={`calm-${node.id}`}
        value={turn.freeText?.calm ?? ''}
        emptyLabel={t('authoring.noFreeText')}
        options={targets}
        onChange={(value) =>
          change((draft) => {
            const target = at(draft);
            if (!target) return;
            target.freeText = value ? { calm: value, escalate: target.freeText?.escalate ?? value } : null;
          })
        }
      />
      {turn.freeText && (
        <SelectInput
          label={t('authoring.freeEscalate')}
          name={`escalate-${node.id}`}
          value={turn.freeText.escalate}
          options={targets}
          onChange={(value) =>
            change((draft) => {
              const target = at(draft);
              if (target?.freeText) target.freeText.escalate = value;
            })
          }
        />
      )}
    </>
  );
}

function NodeEditor({
  node,
  index,
  ids,
  issues,
  change,
}: {
  node: TNode;
  index: number;
  ids: string[];
  issues: Issue[];
  change: (c: Change) => void;
}) {
  const { t } = useTranslation();
  const isEnding = node.ending !== null;
  const at = (draft: TScenario) => draft.nodes[index];
  return (
    <fieldset className="utrecht-form-fieldset regie-unit" id={`node-${node.id}`}>
      <legend className="utrecht-form-fieldset__legend">{t('authoring.moment', { id: node.id })}</legend>
      {issues.length > 0 && (
        <ul className="regie-issues">
          {issues.map((issue) => (
            <li key={issue.message} className="utrecht-form-field-error-message">
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      <TextInput
        label={t('authoring.momentId')}
        description={t('authoring.momentIdHint')}
        value={node.id}
        onChange={(value) =>
          change((draft) => {
            const target = at(draft);
            if (!target) return;
            const old = target.id;
            target.id = value;
            // Keep the links pointing at this moment.
            if (draft.start === old) draft.start = value;
            for (const other of draft.nodes) {
              for (const option of other.turn?.options ?? []) if (option.next === old) option.next = value;
              if (other.turn?.freeText?.calm === old) other.turn.freeText.calm = value;
              if (other.turn?.freeText?.escalate === old) other.turn.freeText.escalate = value;
            }
          })
        }
      />
      <SelectInput
        label={t('authoring.phase')}
        name={`phase-${node.id}`}
        value={String(node.phase)}
        options={PHASE_OPTIONS.map((phase) => ({ value: phase, label: t('authoring.phaseOption', { phase }) }))}
        onChange={(value) =>
          change((draft) => {
            const target = at(draft);
            if (target) target.phase = Number(value) as TNode['phase'];
          })
        }
      />
      <BilingualText
        legend={t('authoring.client')}
        value={node.client}
        onChange={(value) =>
          change((draft) => {
            const target = at(draft);
            if (target) target.client = value;
          })
        }
      />
      <SelectInput
        label={t('authoring.kind')}
        name={`kind-${node.id}`}
        value={isEnding ? 'ending' : 'turn'}
        options={[
          { value: 'turn', label: t('authoring.kinds.turn') },
          { value: 'ending', label: t('authoring.kinds.ending') },
        ]}
        onChange={(value) =>
          change((draft) => {
            const target = at(draft);
            if (!target) return;
            if (value === 'ending') {
              target.turn = null;
              target.ending = { outcome: 'calmed', debrief: { nl: '', en: '' } };
            } else {
              target.ending = null;
              target.turn = {
                expect: { script: [], routeStep: 2, decisions: ['continue'] },
                options: [
                  { text: { nl: '', en: '' }, decision: 'continue', next: target.id, feedback: { nl: '', en: '' } },
                  { text: { nl: '', en: '' }, decision: 'continue', next: target.id, feedback: { nl: '', en: '' } },
                ],
                freeText: null,
              };
            }
          })
        }
      />
      {node.ending ? (
        <>
          <SelectInput
            label={t('authoring.outcome')}
            name={`outcome-${node.id}`}
            value={node.ending.outcome}
            options={OUTCOMES.map((outcome) => ({ value: outcome, label: t(`training.outcomes.${outcome}`) }))}
            onChange={(value) =>
              change((draft) => {
                const target = at(draft)?.ending;
                if (target) target.outcome = value as (typeof OUTCOMES)[number];
              })
            }
          />
          <BilingualText
            legend={t('authoring.debrief')}
            value={node.ending.debrief}
            onChange={(value) =>
              change((draft) => {
                const target = at(draft)?.ending;
                if (target) target.debrief = value;
              })
            }
          />
        </>
      ) : (
        <TurnEditor node={node} index={index} ids={ids} change={change} />
      )}
      <button
        type="button"
        className="utrecht-button utrecht-button--subtle"
        onClick={() =>
          change((draft) => {
            draft.nodes.splice(index, 1);
          })
        }
      >
        {t('authoring.removeMoment', { id: node.id })}
      </button>
    </fieldset>
  );
}

/** The conversation as a trainee would meet it, moment by moment, with where each answer leads. */
function Preview({ scenario }: { scenario: TScenario }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="regie-steps">
      {scenario.nodes.map((node) => (
        <li key={node.id} className="regie-step">
          <p className="utrecht-paragraph">
            <strong>{node.id}</strong> · {t('authoring.phaseOption', { phase: node.phase })}
            {scenario.start === node.id && ` · ${t('authoring.isStart')}`}
          </p>
          <blockquote className="regie-client-line">
            <p className="utrecht-paragraph">{pick(node.client, i18n.language)}</p>
          </blockquote>
          {node.ending ? (
            <p className="utrecht-paragraph">
              <strong>{t(`training.outcomes.${node.ending.outcome}`)}</strong>{' '}
              {pick(node.ending.debrief, i18n.language)}
            </p>
          ) : (
            <ul className="regie-link-list">
              {node.turn?.options.map((option, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a preview of the options in their order
                <li key={index}>
                  „{pick(option.text, i18n.language)}” ({t(`training.decisions.${option.decision}`)}) →{' '}
                  <a className="utrecht-link" href={`#node-${option.next}`}>
                    {option.next}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

function Editor({ saved }: { saved: TCustomScenario }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [scenario, setScenario] = useState<TScenario>(saved.content);
  const [issues, setIssues] = useState<Issue[]>(saved.issues);
  /** Fields that are not filled in yet (the server's Zod messages, in the user's language). */
  const [incomplete, setIncomplete] = useState<{ path: string; message: string }[]>([]);
  const [status, setStatus] = useState(saved.status);
  const [note, setNote] = useState<string | null>(null);
  const { error, busy, run } = useAction();

  function change(work: Change) {
    setNote(null);
    setScenario((current) => {
      const draft = structuredClone(current);
      work(draft);
      return draft;
    });
  }

  // The preview re-validates while the author types, in their language; a malformed draft waits for Save.
  useEffect(() => {
    const timer = setTimeout(() => {
      api<{ issues: Issue[] }>('POST', '/api/v1/training/authoring/preview', { content: scenario })
        .then((result) => {
          setIssues(result.issues);
          setIncomplete([]);
        })
        .catch((caught: unknown) => {
          if (caught instanceof ApiError && caught.status === 400) setIncomplete(caught.errors);
        });
    }, 400);
    return () => clearTimeout(timer);
  }, [scenario]);

  async function save() {
    await run(async () => {
      const result = await api<TCustomScenario>('PUT', `/api/v1/training/authoring/scenarios/${saved.id}`, {
        content: scenario,
      });
      setIssues(result.issues);
      setNote(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: ['training'] });
    });
  }
  async function publish() {
    await run(async () => {
      await api<TCustomScenario>('PUT', `/api/v1/training/authoring/scenarios/${saved.id}`, { content: scenario });
      const result = await api<TCustomScenario>('POST', `/api/v1/training/authoring/scenarios/${saved.id}/publish`);
      setIssues(result.issues);
      setStatus(result.status);
      setNote(t('authoring.publishedNote'));
      void queryClient.invalidateQueries({ queryKey: ['training'] });
    });
  }

  const ids = scenario.nodes.map((node) => node.id);
  const general = issues.filter((issue) => !issue.path.startsWith('nodes.'));
  const fieldErrors = error instanceof ApiError ? error.errors : [];
  return (
    <>
      <p className="utrecht-paragraph">{t('authoring.statusLine', { status: t(`authoring.statuses.${status}`) })}</p>
      <Section title={t('authoring.checkTitle')} id="check">
        {incomplete.length > 0 && (
          <div className="utrecht-alert utrecht-alert--warning regie-alert">
            <p className="utrecht-paragraph">{t('authoring.incompleteIntro')}</p>
            <ul>
              {incomplete.map((field) => (
                <li key={`${field.path}-${field.message}`}>
                  {field.path.replace(/^body\.content\.?/, '')}: {field.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {issues.length === 0 && incomplete.length === 0 ? (
          <p className="utrecht-paragraph">{t('authoring.noIssues')}</p>
        ) : issues.length === 0 ? null : (
          <div className="utrecht-alert utrecht-alert--warning regie-alert">
            <p className="utrecht-paragraph">{t('authoring.issuesIntro', { count: issues.length })}</p>
            <ul>
              {issues.map((issue) => (
                <li key={`${issue.path}-${issue.message}`}>{issue.message}</li>
              ))}
            </ul>
          </div>
        )}
      </Section>
      <form
        className="regie-form regie-form--wide"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Section title={t('authoring.generalTitle')} id="general">
          {general.length > 0 && (
            <ul className="regie-issues">
              {general.map((issue) => (
                <li key={issue.message} className="utrecht-form-field-error-message">
                  {issue.message}
                </li>
              ))}
            </ul>
          )}
          <BilingualText
            legend={t('authoring.scenarioTitle')}
            value={scenario.title}
            onChange={(value) =>
              change((draft) => {
                draft.title = value;
              })
            }
          />
          <SelectInput
            label={t('authoring.channel')}
            name="channel"
            value={scenario.channel}
            options={TRAINING_CHANNELS.map((channel) => ({ value: channel, label: t(`training.channels.${channel}`) }))}
            onChange={(value) =>
              change((draft) => {
                draft.channel = value as TScenario['channel'];
              })
            }
          />
          <SelectInput
            label={t('authoring.level')}
            name="level"
            value={scenario.level}
            options={LEVELS.map((level) => ({ value: level, label: t(`training.levels.${level}`) }))}
            onChange={(value) =>
              change((draft) => {
                draft.level = value as TScenario['level'];
              })
            }
          />
          <BilingualText
            legend={t('authoring.situation')}
            value={scenario.situation}
            onChange={(value) =>
              change((draft) => {
                draft.situation = value;
              })
            }
          />
          <SelectInput
            label={t('authoring.start')}
            name="start"
            value={scenario.start}
            options={ids.map((id) => ({ value: id, label: id }))}
            onChange={(value) =>
              change((draft) => {
                draft.start = value;
              })
            }
          />
        </Section>
        <Section title={t('authoring.momentsTitle')} id="moments">
          {scenario.nodes.map((node, index) => (
            <NodeEditor
              // biome-ignore lint/suspicious/noArrayIndexKey: a moment's code is edited in place, its position is stable
              key={index}
              node={node}
              index={index}
              ids={ids}
              issues={issues.filter((issue) => issue.path === `nodes.${node.id}`)}
              change={change}
            />
          ))}
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() =>
              change((draft) => {
                draft.nodes.push({
                  id: nextFreeId(draft),
                  phase: 1,
                  client: { nl: '', en: '' },
                  turn: null,
                  ending: { outcome: 'calmed', debrief: { nl: '', en: '' } },
                });
              })
            }
          >
            {t('authoring.addMoment')}
          </button>
        </Section>
        <ErrorAlert error={error} />
        {fieldErrors.length > 0 && (
          <ul className="regie-issues">
            {fieldErrors.map((fieldError) => (
              <li key={`${fieldError.path}-${fieldError.message}`} className="utrecht-form-field-error-message">
                {fieldError.path.replace(/^body\.content\.?/, '')}: {fieldError.message}
              </li>
            ))}
          </ul>
        )}
        {note && <SuccessNote>{note}</SuccessNote>}
        <div className="regie-toolbar">
          <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={busy}>
            {t('common.save')}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            disabled={busy}
            onClick={() => void publish()}
          >
            {t(status === 'published' ? 'authoring.saveAndKeepPublished' : 'authoring.publish')}
          </button>
        </div>
      </form>
      <Section title={t('authoring.previewTitle')} id="preview">
        <Preview scenario={scenario} />
      </Section>
      <TestPlay
        scenario={scenario}
        issues={[
          ...incomplete.map((field) => `${field.path.replace(/^body\.content\.?/, '')}: ${field.message}`),
          ...issues.map((issue) => issue.message),
        ]}
      />
    </>
  );
}

/** The safety officer's editor for one scenario: form, live check in Dutch, preview, save and publish. */
export function ScenarioEditorPage() {
  const { t, i18n } = useTranslation();
  const { scenarioId } = useParams({ strict: false }) as { scenarioId: string };
  const query = useQuery(authoredScenarioQuery(scenarioId));
  const title = query.data ? pick(query.data.content.title, i18n.language) : t('authoring.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="utrecht-paragraph">
        <Link to="/training/authoring" className="utrecht-link">
          {t('authoring.backToList')}
        </Link>
      </p>
      <ErrorAlert error={query.error} />
      {!query.data && !query.error && <Loading />}
      {query.data && <Editor key={query.data.id} saved={query.data} />}
    </>
  );
}
