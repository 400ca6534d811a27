import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ELEARNING_MODULES } from '../../../server/modules/training/elearning/modules';
import type { TRequirement } from '../../../server/modules/training/requirements';
import { TRAINING_CHANNELS } from '../../../server/modules/training/scenario';
import { ROLES } from '../../../server/modules/users/roles';
import { ApiError, api } from '../../api/client';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { SelectInput, TextInput } from '../../components/fields';
import { PageHeading, Section } from '../../components/page';
import { pick } from '../../components/text';
import { useAction } from '../../components/useAction';
import { BilingualText } from '../protocol/editor-fields';

const INTERVALS = [1, 2, 3, 6, 12, 18, 24, 36];
const MINIMUMS = [0, 1, 2, 3, 4, 5, 6, 8, 10];

function Editor({ initial }: { initial: TRequirement[] }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [list, setList] = useState<TRequirement[]>(initial);
  const [saved, setSaved] = useState(false);
  const { error, busy, run } = useAction();
  const update = (index: number, patch: Partial<TRequirement>) => {
    setSaved(false);
    setList(list.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));
  };
  const fieldErrors = error instanceof ApiError ? error.errors : [];
  return (
    <form
      className="regie-form regie-form--wide"
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          const result = await api<{ requirements: TRequirement[] }>('PUT', '/api/v1/training/requirements', {
            requirements: list,
          });
          setList(result.requirements);
          setSaved(true);
          void queryClient.invalidateQueries({ queryKey: ['training'] });
        });
      }}
    >
      {list.map((requirement, index) => (
        <fieldset
          // biome-ignore lint/suspicious/noArrayIndexKey: the code is edited in place; position is the identity here
          key={index}
          className="utrecht-form-fieldset regie-unit"
        >
          <legend className="utrecht-form-fieldset__legend">
            {t('requirementsEditor.item', { number: index + 1 })}
          </legend>
          <TextInput
            label={t('requirementsEditor.code')}
            description={t('authoring.momentIdHint')}
            value={requirement.id}
            onChange={(id) => update(index, { id })}
            isRequired
          />
          <SelectInput
            label={t('requirementsEditor.role')}
            name={`role-${index}`}
            value={requirement.role}
            options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            onChange={(role) => update(index, { role: role as TRequirement['role'] })}
          />
          <BilingualText
            legend={t('requirementsEditor.title')}
            value={requirement.title}
            onChange={(title) => update(index, { title })}
          />
          <SelectInput
            label={t('requirementsEditor.interval')}
            name={`interval-${index}`}
            value={String(requirement.intervalMonths)}
            options={INTERVALS.map((months) => ({
              value: String(months),
              label: t('requirementsEditor.months', { count: months }),
            }))}
            onChange={(value) => update(index, { intervalMonths: Number(value) })}
          />
          <SelectInput
            label={t('requirementsEditor.minimum')}
            name={`minimum-${index}`}
            value={String(requirement.minimumScenarios)}
            options={MINIMUMS.map((count) => ({ value: String(count), label: String(count) }))}
            onChange={(value) => update(index, { minimumScenarios: Number(value) })}
          />
          <SelectInput
            label={t('requirementsEditor.drills')}
            name={`drills-${index}`}
            value={String(requirement.minimumDrills)}
            options={[0, 1, 2, 3, 4].map((count) => ({ value: String(count), label: String(count) }))}
            onChange={(value) => update(index, { minimumDrills: Number(value) })}
          />
          <SelectInput
            label={t('requirementsEditor.channel')}
            name={`channel-${index}`}
            value={requirement.channel ?? ''}
            emptyLabel={t('requirementsEditor.anyChannel')}
            options={TRAINING_CHANNELS.map((channel) => ({ value: channel, label: t(`training.channels.${channel}`) }))}
            onChange={(value) => update(index, { channel: value ? (value as TRequirement['channel']) : null })}
          />
          <SelectInput
            label={t('requirementsEditor.module')}
            name={`module-${index}`}
            value={requirement.moduleId ?? ''}
            emptyLabel={t('requirementsEditor.noModule')}
            options={ELEARNING_MODULES.map((module) => ({
              value: module.id,
              label: pick(module.title, i18n.language),
            }))}
            onChange={(value) => update(index, { moduleId: value || null })}
          />
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle"
            onClick={() => {
              setSaved(false);
              setList(list.filter((_, i) => i !== index));
            }}
          >
            {t('requirementsEditor.remove', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={() =>
          setList([
            ...list,
            {
              id: `eis-${list.length + 1}`,
              role: 'employee',
              title: { nl: '', en: '' },
              intervalMonths: 12,
              minimumScenarios: 3,
              minimumDrills: 0,
              channel: null,
              moduleId: null,
            },
          ])
        }
      >
        {t('requirementsEditor.add')}
      </button>
      <ErrorAlert error={error} />
      {fieldErrors.length > 0 && (
        <ul className="regie-issues">
          {fieldErrors.map((fieldError) => (
            <li key={`${fieldError.path}-${fieldError.message}`} className="utrecht-form-field-error-message">
              {fieldError.path.replace(/^body\.requirements\.?/, '')}: {fieldError.message}
            </li>
          ))}
        </ul>
      )}
      {saved && <SuccessNote>{t('common.saved')}</SuccessNote>}
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
        {t('common.save')}
      </button>
    </form>
  );
}

/** The safety officer's training plan: which role trains how often. */
export function RequirementsEditorPage() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['training', 'requirements', 'all'],
    queryFn: async () =>
      (await api<{ requirements: TRequirement[] }>('GET', '/api/v1/training/requirements')).requirements,
  });
  return (
    <>
      <PageHeading title={t('requirementsEditor.title')}>{t('requirementsEditor.pageTitle')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('requirementsEditor.intro')}</p>
      <p className="utrecht-paragraph">
        <Link to="/training" className="utrecht-link">
          {t('authoring.toPractice')}
        </Link>
      </p>
      <ErrorAlert error={query.error} />
      {!query.data && !query.error && <Loading />}
      {query.data && (
        <Section title={t('requirementsEditor.listTitle')} id="requirements">
          <Editor initial={query.data} />
        </Section>
      )}
    </>
  );
}
