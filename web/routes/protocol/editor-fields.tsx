import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TText } from '../../../server/modules/protocols/content';
import { TextAreaInput } from '../../components/fields';

/** A text in Dutch and English, grouped under one legend. */
export function BilingualText({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: TText;
  onChange: (value: TText) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="utrecht-form-fieldset regie-bilingual">
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      <TextAreaInput
        label={t('editor.dutch')}
        value={value.nl}
        onChange={(nl) => onChange({ ...value, nl })}
        isRequired
      />
      <TextAreaInput label={t('editor.english')} value={value.en} onChange={(en) => onChange({ ...value, en })} />
    </fieldset>
  );
}

/** A list of bilingual sentences with add and remove, e.g. what the tolerance boundary does not accept. */
export function BilingualList({
  legend,
  items,
  onChange,
  min = 0,
}: {
  legend: string;
  items: TText[];
  onChange: (items: TText[]) => void;
  min?: number;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="utrecht-form-fieldset regie-list-editor">
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity of their own while being typed
        <div key={index} className="regie-list-editor__item">
          <BilingualText
            legend={t('editor.item', { number: index + 1 })}
            value={item}
            onChange={(value) => onChange(items.map((old, i) => (i === index ? value : old)))}
          />
          {items.length > min && (
            <Button
              className="utrecht-button utrecht-button--subtle"
              onPress={() => onChange(items.filter((_, i) => i !== index))}
            >
              {t('editor.removeItem', { number: index + 1 })}
            </Button>
          )}
        </div>
      ))}
      <Button
        className="utrecht-button utrecht-button--secondary-action"
        onPress={() => onChange([...items, { nl: '', en: '' }])}
      >
        {t('editor.addItem')}
      </Button>
    </fieldset>
  );
}
