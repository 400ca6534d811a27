import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TProtocolContent } from '../../../server/modules/protocols/content';
import type { TChange, TDraft, TIssue, TProtocolVersion } from '../../../server/modules/protocols/schema';
import { ApiError, api } from '../../api/client';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { SelectInput, TextInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { pick } from '../../components/text';
import { BilingualList, BilingualText } from './editor-fields';
import { BoundarySentencesEditor, PhasesEditor, RouteEditor } from './GuidanceEditor';
import { protocolQuery } from './ProtocolPage';
import { newStep, StepEditor } from './StepEditor';

const draftQuery = {
  queryKey: ['protocol', 'draft'],
  queryFn: async () => (await api<{ draft: TDraft | null }>('GET', '/api/v1/protocol/draft')).draft,
};

function ChangeList({ changes, content }: { changes: TChange[]; content: TProtocolContent }) {
  const { t, i18n } = useTranslation();
  if (changes.length === 0) return <p className="utrecht-paragraph">{t('editor.noChanges')}</p>;
  const procedureName = (key?: string) => {
    const procedure = content.procedures.find((p) => p.key === key);
    return procedure ? pick(procedure.title, i18n.language) : (key ?? '');
  };
  return (
    <ul className="utrecht-unordered-list regie-changes-list">
      {changes.map((change) => (
        <li key={`${change.area}-${change.procedure ?? ''}-${change.stepId ?? ''}-${change.change}`}>
          {change.area === 'step'
            ? t(`editor.changes.step.${change.change}`, {
                procedure: procedureName(change.procedure),
                step: change.stepId,
                fields: (change.fields ?? [])
                  .map((field) => t(`editor.fields.${field}`, { defaultValue: field }))
                  .join(', '),
                from: change.before,
                to: change.after,
              })
            : change.area === 'procedure'
              ? t(`editor.changes.procedure.${change.change}`, { procedure: procedureName(change.procedure) })
              : t('editor.changes.area', { area: t(`editor.areas.${change.area}`) })}
        </li>
      ))}
    </ul>
  );
}

function Editor({
  draft,
  published,
  onPublished,
}: {
  draft: TDraft;
  published: TProtocolVersion;
  onPublished: (version: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [content, setContent] = useState<TProtocolContent>(draft.content);
  const [review, setReview] = useState<{ issues: TIssue[]; changes: TChange[] }>({
    issues: draft.issues,
    changes: draft.changes,
  });
  const [procedureKey, setProcedureKey] = useState(draft.content.procedures[0]?.key ?? 'telephone');
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);
  const procedureIndex = content.procedures.findIndex((p) => p.key === procedureKey);
  const procedure = content.procedures[procedureIndex];

  const update = (change: (next: TProtocolContent) => void) => {
    const next = structuredClone(content);
    change(next);
    setContent(next);
    setDirty(true);
    setNote(null);
  };

  /** Saves the draft; keepError leaves a refusal on screen (publishing refreshes the review after a 409). */
  async function save(keepError = false): Promise<boolean> {
    if (!keepError) setError(null);
    try {
      const saved = await api<TDraft>('PUT', '/api/v1/protocol/draft', { content });
      setReview({ issues: saved.issues, changes: saved.changes });
      setDirty(false);
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    }
  }

  async function publish() {
    if (dirty && !(await save())) return;
    setError(null);
    try {
      const version = await api<TProtocolVersion>('POST', '/api/v1/protocol/draft/publish');
      onPublished(version.version);
      await queryClient.invalidateQueries({ queryKey: ['protocol'] });
    } catch (caught) {
      setError(caught);
      if (caught instanceof ApiError && caught.status === 409) await save(true);
    }
  }

  async function discard() {
    setError(null);
    try {
      await api('DELETE', '/api/v1/protocol/draft');
      await queryClient.invalidateQueries({ queryKey: ['protocol'] });
    } catch (caught) {
      setError(caught);
    }
  }

  const stepIssues = (stepId: string) =>
    review.issues
      .filter((issue) => issue.procedure === procedureKey && issue.stepId === stepId)
      .map((issue) => issue.message);

  return (
    <>
      <p className="utrecht-paragraph regie-lead">
        {t('editor.draftLine', {
          version: draft.basedOnVersion ?? published.version,
          date: formatDateTime(draft.updatedAt, i18n.language),
        })}
      </p>
      <ErrorAlert error={error} />
      {note && <SuccessNote>{note}</SuccessNote>}
      {dirty && (
        <p className="utrecht-paragraph regie-unsaved" role="status">
          {t('editor.unsaved')}
        </p>
      )}

      <Section title={t('editor.review')} id="review">
        {review.issues.length > 0 ? (
          <div className="utrecht-alert utrecht-alert--warning regie-alert">
            <p className="utrecht-paragraph">{t('editor.issuesIntro', { count: review.issues.length })}</p>
            <ul className="utrecht-unordered-list">
              {review.issues.map((issue) => (
                <li key={`${issue.code}-${issue.path}-${issue.value ?? ''}`}>{issue.message}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="utrecht-paragraph">{t('editor.noIssues')}</p>
        )}
        <h3 className="utrecht-heading-3">{t('editor.changesTitle', { version: published.version })}</h3>
        <ChangeList changes={review.changes} content={content} />
        <div className="utrecht-button-group">
          <Button className="utrecht-button utrecht-button--secondary-action" onPress={() => void save()}>
            {t('editor.save')}
          </Button>
          <Button className="utrecht-button utrecht-button--primary-action" onPress={() => void publish()}>
            {t('editor.publish', { version: published.version + 1 })}
          </Button>
          <Button className="utrecht-button utrecht-button--subtle" onPress={() => void discard()}>
            {t('editor.discard')}
          </Button>
        </div>
      </Section>

      <Section title={t('editor.general')} id="general">
        <div className="regie-form">
          <BilingualText
            legend={t('editor.name')}
            value={content.name}
            onChange={(name) =>
              update((next) => {
                next.name = name;
              })
            }
          />
          <TextInput
            label={t('protocol.alarmNumber')}
            type="tel"
            value={content.settings.alarmNumber}
            onChange={(value) =>
              update((next) => {
                next.settings.alarmNumber = value;
              })
            }
            isRequired
          />
          <TextInput
            label={t('protocol.emergencyNumber')}
            type="tel"
            value={content.settings.emergencyNumber}
            onChange={(value) =>
              update((next) => {
                next.settings.emergencyNumber = value;
              })
            }
            isRequired
          />
        </div>
      </Section>

      <Section title={t('protocol.boundary')} id="boundary">
        <div className="regie-form regie-form--wide">
          <BilingualText
            legend={t('editor.boundaryIntro')}
            value={content.toleranceBoundary.intro}
            onChange={(intro) =>
              update((next) => {
                next.toleranceBoundary.intro = intro;
              })
            }
          />
          <BilingualList
            legend={t('protocol.accepted')}
            items={content.toleranceBoundary.accepted}
            onChange={(items) =>
              update((next) => {
                next.toleranceBoundary.accepted = items;
              })
            }
          />
          <BilingualList
            legend={t('protocol.notAccepted')}
            items={content.toleranceBoundary.notAccepted}
            min={1}
            onChange={(items) =>
              update((next) => {
                next.toleranceBoundary.notAccepted = items;
              })
            }
          />
          <BilingualList
            legend={t('protocol.always')}
            items={content.toleranceBoundary.always}
            onChange={(items) =>
              update((next) => {
                next.toleranceBoundary.always = items;
              })
            }
          />
        </div>
      </Section>

      <Section title={t('protocol.script')} id="script-editor">
        <div className="regie-form regie-form--wide">
          {(['acknowledge', 'goal', 'boundary', 'choice'] as const).map((part) => (
            <BilingualText
              key={part}
              legend={t(`home.script.${part}.name`)}
              value={content.script[part]}
              onChange={(text) =>
                update((next) => {
                  next.script[part] = text;
                })
              }
            />
          ))}
        </div>
      </Section>

      <RouteEditor content={content} update={update} />
      <PhasesEditor content={content} update={update} />
      <BoundarySentencesEditor content={content} update={update} />

      <Section title={t('editor.procedures')} id="procedures">
        <SelectInput
          label={t('editor.procedure')}
          name="procedure"
          value={procedureKey}
          onChange={(key) => setProcedureKey(key as typeof procedureKey)}
          options={content.procedures.map((p) => ({ value: p.key, label: pick(p.title, i18n.language) }))}
        />
        {procedure && (
          <div className="regie-form regie-form--wide">
            <BilingualText
              legend={t('editor.procedureTitle')}
              value={procedure.title}
              onChange={(title) =>
                update((next) => {
                  (next.procedures[procedureIndex] as typeof procedure).title = title;
                })
              }
            />
            {procedure.steps.map((step, index) => (
              <StepEditor
                key={step.id}
                procedure={procedure}
                index={index}
                issues={stepIssues(step.id)}
                onChange={(changed) =>
                  update((next) => {
                    (next.procedures[procedureIndex] as typeof procedure).steps[index] = changed;
                  })
                }
                onMove={(offset) =>
                  update((next) => {
                    const steps = (next.procedures[procedureIndex] as typeof procedure).steps;
                    const [moved] = steps.splice(index, 1);
                    if (moved) steps.splice(index + offset, 0, moved);
                  })
                }
                onRemove={() =>
                  update((next) => {
                    (next.procedures[procedureIndex] as typeof procedure).steps.splice(index, 1);
                  })
                }
              />
            ))}
            <Button
              className="utrecht-button utrecht-button--secondary-action"
              onPress={() =>
                update((next) => {
                  const target = next.procedures[procedureIndex] as typeof procedure;
                  target.steps.push(newStep(target));
                })
              }
            >
              {t('editor.addStep')}
            </Button>
          </div>
        )}
      </Section>
    </>
  );
}

/** The safety officer's workplace for the protocol: draft, review against the published version, publish. */
export function ProtocolEditorPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const published = useQuery(protocolQuery);
  const draft = useQuery(draftQuery);
  const [error, setError] = useState<unknown>(null);
  const [publishedVersion, setPublishedVersion] = useState<number | null>(null);

  async function startDraft() {
    if (!published.data) return;
    try {
      const created = await api<TDraft>('PUT', '/api/v1/protocol/draft', { content: published.data.content });
      setPublishedVersion(null);
      queryClient.setQueryData(draftQuery.queryKey, created);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/protocol" className="utrecht-link">
          {t('editor.back')}
        </Link>
      </p>
      <PageHeading title={t('editor.title')}>{t('editor.title')}</PageHeading>
      <ErrorAlert error={published.error ?? draft.error ?? error} />
      {(published.isPending || draft.isPending) && <Loading />}
      {publishedVersion !== null && <SuccessNote>{t('editor.published', { version: publishedVersion })}</SuccessNote>}
      {published.data && draft.data === null && (
        <Section title={t('editor.noDraft')} id="no-draft">
          <p className="utrecht-paragraph">{t('editor.noDraftText', { version: published.data.version })}</p>
          <Button className="utrecht-button utrecht-button--primary-action" onPress={() => void startDraft()}>
            {t('editor.startDraft')}
          </Button>
        </Section>
      )}
      {published.data && draft.data && (
        <Editor
          key={draft.data.basedOnVersion ?? 0}
          draft={draft.data}
          published={published.data}
          onPublished={setPublishedVersion}
        />
      )}
    </>
  );
}
