import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCALES, type SurveyItem, THEMES } from '../../../server/modules/surveys/questionnaire';
import type { TCampaign } from '../../../server/modules/surveys/schema';
import { api } from '../../api/client';
import { ErrorAlert, SuccessNote } from '../../components/feedback';
import { SelectInput, TextAreaInput } from '../../components/fields';
import { useAction } from '../../components/useAction';

/** An item being edited: a new one has no key yet; `id` only tells React's rows apart. */
type Draft =
  | (Omit<Extract<SurveyItem, { kind: 'scale' }>, 'key'> & { key?: string; id: number })
  | (Omit<Extract<SurveyItem, { kind: 'open' }>, 'key'> & { key?: string; id: number });
type NewItem = Draft extends infer D ? (D extends Draft ? Omit<D, 'id'> : never) : never;

let counter = 0;
const withId = (item: SurveyItem | NewItem): Draft => ({ ...item, id: ++counter }) as Draft;

/**
 * The campaign's own copy of the questionnaire, editable until it opens: reword (the item keeps its key and theme,
 * so it stays comparable), remove, add. Saving raises the version; answers already given are never touched.
 */
export function ItemsEditor({ campaign }: { campaign: TCampaign }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [items, setItems] = useState<Draft[]>(() => campaign.items.map(withId));
  const [saved, setSaved] = useState(false);
  const { error, busy, run } = useAction();
  const update = (id: number, change: Partial<Extract<Draft, { kind: 'scale' }>> | Pick<Draft, 'text'>) =>
    setItems((current) => current.map((item) => (item.id === id ? ({ ...item, ...change } as Draft) : item)));
  return (
    <form
      className="regie-form regie-form--wide"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        void run(async () => {
          const body = items.map(({ id: _id, ...item }) => item);
          const updated = await api<TCampaign>('PUT', `/api/v1/surveys/campaigns/${campaign.id}/items`, {
            items: body,
          });
          queryClient.setQueryData(['surveys', 'campaigns', campaign.id], updated);
          setItems(updated.items.map(withId));
          setSaved(true);
        });
      }}
    >
      <p className="utrecht-paragraph">{t('surveys.items.intro', { version: campaign.itemsVersion })}</p>
      <ol className="regie-survey-items">
        {items.map((item, index) => (
          <li key={item.id}>
            <fieldset className="utrecht-form-fieldset regie-field">
              <legend className="utrecht-form-label">{t('surveys.items.item', { number: index + 1 })}</legend>
              {item.kind === 'scale' ? (
                <div className="regie-field-row">
                  <SelectInput
                    label={t('surveys.items.theme')}
                    name={`theme-${item.id}`}
                    value={item.theme}
                    onChange={(value) => update(item.id, { theme: value as (typeof THEMES)[number] })}
                    options={THEMES.map((theme) => ({ value: theme, label: t(`surveys.themes.${theme}`) }))}
                  />
                  <SelectInput
                    label={t('surveys.items.scale')}
                    name={`scale-${item.id}`}
                    value={item.scale}
                    onChange={(value) => update(item.id, { scale: value as (typeof SCALES)[number] })}
                    options={SCALES.map((scale) => ({ value: scale, label: t(`surveys.scaleNames.${scale}`) }))}
                  />
                </div>
              ) : (
                <p className="utrecht-paragraph regie-muted">{t('surveys.items.open')}</p>
              )}
              <TextAreaInput
                label={t('surveys.items.textNl')}
                name={`nl-${item.id}`}
                value={item.text.nl}
                onChange={(value) => update(item.id, { text: { ...item.text, nl: value } })}
                isRequired
              />
              <TextAreaInput
                label={t('surveys.items.textEn')}
                name={`en-${item.id}`}
                value={item.text.en}
                onChange={(value) => update(item.id, { text: { ...item.text, en: value } })}
                isRequired
              />
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() => setItems((current) => current.filter((candidate) => candidate.id !== item.id))}
              >
                {t('surveys.items.remove', { number: index + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <ul className="regie-action-list">
        <li>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() =>
              setItems((current) => [
                ...current,
                withId({ kind: 'scale', theme: 'safety', scale: 'agreement', text: { nl: '', en: '' } }),
              ])
            }
          >
            {t('surveys.items.addScale')}
          </button>
        </li>
        <li>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => setItems((current) => [...current, withId({ kind: 'open', text: { nl: '', en: '' } })])}
          >
            {t('surveys.items.addOpen')}
          </button>
        </li>
      </ul>
      <ErrorAlert error={error} />
      {saved && <SuccessNote>{t('surveys.items.saved')}</SuccessNote>}
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
        {t('surveys.items.save')}
      </button>
    </form>
  );
}
