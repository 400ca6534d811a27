import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  END,
  STEP_ACTIONS,
  STEP_KINDS,
  STEP_ROLES,
  type TProcedure,
  type TStep,
} from '../../../server/modules/protocols/content';
import { Checkboxes, SelectInput } from '../../components/fields';
import { BilingualText } from './editor-fields';

const DEFAULT_NEXT = '';

/** A new step gets the first free code of the procedure's letter (t11, v10, …). */
export function newStep(procedure: TProcedure): TStep {
  const prefix = procedure.key[0] ?? 's';
  let number = procedure.steps.length + 1;
  while (procedure.steps.some((step) => step.id === `${prefix}${number}`)) number++;
  return {
    id: `${prefix}${number}`,
    text: { nl: '', en: '' },
    role: 'employee',
    kind: 'instruction',
    action: null,
    condition: null,
    next: null,
    branches: [],
  };
}

interface StepEditorProps {
  procedure: TProcedure;
  index: number;
  issues: string[];
  onChange: (step: TStep) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

/** Everything about one step: text, who, what kind, condition, and where it leads. */
export function StepEditor({ procedure, index, issues, onChange, onMove, onRemove }: StepEditorProps) {
  const { t } = useTranslation();
  const step = procedure.steps[index] as TStep;
  const number = index + 1;
  const targets = [
    ...procedure.steps
      .map((other, i) => ({ value: other.id, label: t('editor.stepOption', { number: i + 1, id: other.id }) }))
      .filter((option) => option.value !== step.id || step.kind === 'decision'),
    { value: END, label: t('protocol.end') },
  ];
  const set = (fields: Partial<TStep>) => onChange({ ...step, ...fields });

  return (
    <fieldset className="utrecht-form-fieldset regie-step-editor" aria-invalid={issues.length > 0 || undefined}>
      <legend className="utrecht-form-fieldset__legend">{t('editor.stepLegend', { number, id: step.id })}</legend>
      {issues.map((issue) => (
        <p key={issue} className="utrecht-form-field-error-message">
          {issue}
        </p>
      ))}
      <BilingualText legend={t('editor.stepText')} value={step.text} onChange={(text) => set({ text })} />
      <div className="regie-field-row">
        <SelectInput
          label={t('editor.role')}
          name={`${step.id}-role`}
          value={step.role}
          onChange={(role) => set({ role })}
          options={STEP_ROLES.map((role) => ({ value: role, label: t(`stepRoles.${role}`) }))}
        />
        <SelectInput
          label={t('editor.kind')}
          name={`${step.id}-kind`}
          value={step.kind}
          onChange={(kind) => {
            const typed = kind as TStep['kind'];
            set(
              typed === 'decision'
                ? {
                    kind: typed,
                    branches:
                      step.branches.length > 0
                        ? step.branches
                        : [
                            { label: { nl: '', en: '' }, next: END },
                            { label: { nl: '', en: '' }, next: END },
                          ],
                  }
                : { kind: typed, branches: [] },
            );
          }}
          options={STEP_KINDS.map((kind) => ({ value: kind, label: t(`stepKinds.${kind}`) }))}
        />
        <SelectInput
          label={t('editor.action')}
          name={`${step.id}-action`}
          value={step.action ?? ''}
          onChange={(action) => set({ action: action === '' ? null : (action as TStep['action']) })}
          emptyLabel={t('editor.noAction')}
          options={STEP_ACTIONS.map((action) => ({ value: action, label: t(`stepActions.${action}`) }))}
        />
      </div>
      <Checkboxes
        label={t('editor.conditional')}
        name={`${step.id}-conditional`}
        value={step.condition ? ['yes'] : []}
        onChange={(value) => set({ condition: value.includes('yes') ? (step.condition ?? { nl: '', en: '' }) : null })}
        options={[{ value: 'yes', label: t('editor.conditionalYes') }]}
      />
      {step.condition && (
        <BilingualText
          legend={t('editor.condition')}
          value={step.condition}
          onChange={(condition) => set({ condition })}
        />
      )}
      {step.kind === 'decision' ? (
        <fieldset className="utrecht-form-fieldset regie-branches">
          <legend className="utrecht-form-fieldset__legend">{t('editor.branches')}</legend>
          {step.branches.map((branch, branchIndex) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: branches have no identity of their own while being typed
            <div key={branchIndex} className="regie-branch">
              <BilingualText
                legend={t('editor.branch', { number: branchIndex + 1 })}
                value={branch.label}
                onChange={(label) =>
                  set({ branches: step.branches.map((b, i) => (i === branchIndex ? { ...b, label } : b)) })
                }
              />
              <SelectInput
                label={t('editor.branchNext', { number: branchIndex + 1 })}
                name={`${step.id}-branch-${branchIndex}`}
                value={branch.next}
                onChange={(next) =>
                  set({ branches: step.branches.map((b, i) => (i === branchIndex ? { ...b, next } : b)) })
                }
                options={targets}
              />
              <Button
                className="utrecht-button utrecht-button--subtle"
                onPress={() => set({ branches: step.branches.filter((_, i) => i !== branchIndex) })}
              >
                {t('editor.removeBranch', { number: branchIndex + 1 })}
              </Button>
            </div>
          ))}
          <Button
            className="utrecht-button utrecht-button--secondary-action"
            onPress={() => set({ branches: [...step.branches, { label: { nl: '', en: '' }, next: END }] })}
          >
            {t('editor.addBranch')}
          </Button>
        </fieldset>
      ) : (
        <SelectInput
          label={t('editor.next')}
          name={`${step.id}-next`}
          value={step.next ?? DEFAULT_NEXT}
          onChange={(next) => set({ next: next === DEFAULT_NEXT ? null : next })}
          emptyLabel={t('editor.nextDefault')}
          options={targets}
        />
      )}
      <div className="utrecht-button-group">
        <Button
          className="utrecht-button utrecht-button--secondary-action"
          isDisabled={index === 0}
          onPress={() => onMove(-1)}
        >
          {t('editor.moveUp', { number })}
        </Button>
        <Button
          className="utrecht-button utrecht-button--secondary-action"
          isDisabled={index === procedure.steps.length - 1}
          onPress={() => onMove(1)}
        >
          {t('editor.moveDown', { number })}
        </Button>
        <Button
          className="utrecht-button utrecht-button--warning"
          isDisabled={procedure.steps.length === 1}
          onPress={onRemove}
        >
          {t('editor.removeStep', { number })}
        </Button>
      </div>
    </fieldset>
  );
}
