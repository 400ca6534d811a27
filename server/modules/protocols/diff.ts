import type { ProcedureKey, TProtocolContent, TStep } from './content.js';

/** One difference between the published protocol and the draft, for the safety officer's review before publishing. */
export interface ProtocolChange {
  area:
    | 'name'
    | 'settings'
    | 'toleranceBoundary'
    | 'script'
    | 'route'
    | 'phases'
    | 'boundarySentences'
    | 'procedure'
    | 'step';
  change: 'added' | 'removed' | 'changed' | 'moved';
  procedure?: ProcedureKey;
  stepId?: string;
  /** The fields of a step or setting that differ. */
  fields?: string[];
  before?: unknown;
  after?: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function diffSteps(procedure: ProcedureKey, before: TStep[], after: TStep[]): ProtocolChange[] {
  const changes: ProtocolChange[] = [];
  const beforeById = new Map(before.map((step, index) => [step.id, { step, index }]));
  const afterIds = new Set(after.map((step) => step.id));
  for (const [index, step] of after.entries()) {
    const old = beforeById.get(step.id);
    if (!old) {
      changes.push({ area: 'step', change: 'added', procedure, stepId: step.id, after: step });
      continue;
    }
    const fields = (Object.keys(step) as (keyof TStep)[]).filter((field) => !same(step[field], old.step[field]));
    if (fields.length > 0) {
      changes.push({
        area: 'step',
        change: 'changed',
        procedure,
        stepId: step.id,
        fields,
        before: old.step,
        after: step,
      });
    }
    if (old.index !== index) {
      changes.push({
        area: 'step',
        change: 'moved',
        procedure,
        stepId: step.id,
        before: old.index + 1,
        after: index + 1,
      });
    }
  }
  for (const step of before) {
    if (!afterIds.has(step.id))
      changes.push({ area: 'step', change: 'removed', procedure, stepId: step.id, before: step });
  }
  return changes;
}

/** What the draft changes compared with the published version. */
export function diffProtocols(published: TProtocolContent, draft: TProtocolContent): ProtocolChange[] {
  const changes: ProtocolChange[] = [];
  for (const area of ['name', 'toleranceBoundary', 'script', 'route', 'phases', 'boundarySentences'] as const) {
    if (!same(published[area], draft[area]))
      changes.push({ area, change: 'changed', before: published[area], after: draft[area] });
  }
  const settingFields = (Object.keys(draft.settings) as (keyof TProtocolContent['settings'])[]).filter(
    (field) => published.settings[field] !== draft.settings[field],
  );
  if (settingFields.length > 0) {
    changes.push({
      area: 'settings',
      change: 'changed',
      fields: settingFields,
      before: published.settings,
      after: draft.settings,
    });
  }
  const publishedByKey = new Map(published.procedures.map((procedure) => [procedure.key, procedure]));
  for (const procedure of draft.procedures) {
    const old = publishedByKey.get(procedure.key);
    if (!old) {
      changes.push({ area: 'procedure', change: 'added', procedure: procedure.key, after: procedure.title });
      continue;
    }
    const fields = (['title', 'channels'] as const).filter((field) => !same(procedure[field], old[field]));
    if (fields.length > 0) {
      changes.push({
        area: 'procedure',
        change: 'changed',
        procedure: procedure.key,
        fields,
        before: old,
        after: procedure,
      });
    }
    changes.push(...diffSteps(procedure.key, old.steps, procedure.steps));
  }
  const draftKeys = new Set(draft.procedures.map((procedure) => procedure.key));
  for (const procedure of published.procedures) {
    if (!draftKeys.has(procedure.key)) {
      changes.push({ area: 'procedure', change: 'removed', procedure: procedure.key, before: procedure.title });
    }
  }
  return changes;
}
