import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { orgQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/feedback';
import { SelectInput, TextInput } from '../../components/fields';
import { Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { useFormValues } from '../../components/useFieldErrors';

export interface FieldSpec {
  key: string;
  label: string;
  /** Select fields send null for the empty choice. */
  options?: { value: string; label: string }[];
  required?: boolean;
  emptyLabel?: string;
}

interface Unit {
  id: string;
  name: string;
  active: boolean;
  [key: string]: unknown;
}

type Values = Record<string, string>;

function toBody(fields: FieldSpec[], values: Values): Record<string, string | null> {
  const body: Record<string, string | null> = {};
  for (const field of fields) {
    const value = values[field.key] ?? '';
    body[field.key] = field.options && value === '' ? null : value;
  }
  return body;
}

function UnitForm({
  fields,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  fields: FieldSpec[];
  initial: Values;
  submitLabel: string;
  onSubmit: (values: Values) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { error, run } = useAction();
  const { values, setValues, set, errors: fieldErrors } = useFormValues<Values>(initial, error);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if ((await run(() => onSubmit(values))) && !onCancel) setValues(initial);
  }

  return (
    <Form onSubmit={submit} validationErrors={fieldErrors} className="regie-form regie-form--inline">
      <ErrorAlert error={error} />
      {fields.map((field) =>
        field.options ? (
          <SelectInput
            key={field.key}
            label={field.label}
            name={field.key}
            value={values[field.key] ?? ''}
            onChange={set(field.key)}
            options={field.options}
            emptyLabel={field.required ? undefined : (field.emptyLabel ?? t('common.none'))}
            error={fieldErrors[field.key]}
          />
        ) : (
          <TextInput
            key={field.key}
            label={field.label}
            name={field.key}
            value={values[field.key] ?? ''}
            onChange={set(field.key)}
            isRequired={field.required}
          />
        ),
      )}
      <div className="utrecht-button-group">
        <Button type="submit" className="utrecht-button utrecht-button--primary-action">
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" className="utrecht-button utrecht-button--secondary-action" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </Form>
  );
}

/** One kind of organisational unit (office, department, team): its list, an add form and inline editing. */
export function UnitSection({
  title,
  addTitle,
  endpoint,
  items,
  fields,
  describe,
}: {
  title: string;
  addTitle: string;
  endpoint: string;
  items: Unit[];
  fields: FieldSpec[];
  /** Extra text shown under the unit's name (address, department, …). */
  describe?: (item: Unit) => string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: orgQuery.queryKey });
  const toggle = useMutation({
    mutationFn: (item: Unit) => api('PATCH', `${endpoint}/${item.id}`, { active: !item.active }),
    onSuccess: refresh,
  });
  const initialOf = (item?: Unit): Values =>
    Object.fromEntries(
      fields.map((field) => [
        field.key,
        item ? String(item[field.key] ?? '') : field.options && field.required ? (field.options[0]?.value ?? '') : '',
      ]),
    );

  return (
    <Section title={title}>
      <ErrorAlert error={toggle.error} />
      <ul className="regie-unit-list">
        {items.map((item) => (
          <li key={item.id} className="regie-unit">
            {editing === item.id ? (
              <UnitForm
                fields={fields}
                initial={initialOf(item)}
                submitLabel={t('common.save')}
                onCancel={() => setEditing(null)}
                onSubmit={async (values) => {
                  await api('PATCH', `${endpoint}/${item.id}`, toBody(fields, values));
                  setEditing(null);
                  await refresh();
                }}
              />
            ) : (
              <>
                <div className="regie-unit__text">
                  <span className="regie-unit__name">{item.name}</span>
                  {describe && <span className="regie-unit__description">{describe(item)}</span>}
                  {!item.active && <span className="utrecht-badge-status regie-badge">{t('common.inactive')}</span>}
                </div>
                <div className="utrecht-button-group">
                  <Button
                    className="utrecht-button utrecht-button--secondary-action"
                    aria-label={t('common.editNamed', { name: item.name })}
                    onPress={() => setEditing(item.id)}
                  >
                    {t('common.edit')}
                  </Button>
                  <Button
                    className="utrecht-button utrecht-button--subtle"
                    aria-label={t(item.active ? 'common.deactivateNamed' : 'common.activateNamed', { name: item.name })}
                    onPress={() => toggle.mutate(item)}
                  >
                    {t(item.active ? 'common.deactivate' : 'common.activate')}
                  </Button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      <h3 className="utrecht-heading-3">{addTitle}</h3>
      <UnitForm
        fields={fields}
        initial={initialOf()}
        submitLabel={t('common.add')}
        onSubmit={async (values) => {
          await api('POST', endpoint, toBody(fields, values));
          await refresh();
        }}
      />
    </Section>
  );
}
