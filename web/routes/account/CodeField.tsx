import { useTranslation } from 'react-i18next';
import { TextInput } from '../../components/fields';

/**
 * Six digits from the authenticator app (or a recovery code): the phone's keyboard shows numbers and may fill the
 * code in itself.
 */
export function CodeField({
  value,
  onChange,
  description,
  autoFocus,
}: {
  value: string;
  onChange: (value: string) => void;
  description?: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('secondFactor.code')}
      description={description}
      name="code"
      autoComplete="one-time-code"
      inputMode="numeric"
      value={value}
      onChange={onChange}
      maxLength={32}
      isRequired
      autoFocus={autoFocus}
    />
  );
}
