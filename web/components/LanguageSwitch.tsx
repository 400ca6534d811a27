import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { sessionQuery, useSessionUser } from '../auth/session';
import { applyLanguage, LANGUAGES, type Language } from '../i18n';

/** Switches between Dutch and English; for a signed-in user the choice is stored with their account. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const user = useSessionUser();
  const queryClient = useQueryClient();

  async function choose(language: Language) {
    applyLanguage(language);
    if (user && user.language !== language) {
      await api('PATCH', '/api/v1/me', { language });
      await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
    }
  }

  return (
    <fieldset className="regie-language">
      <legend className="regie-visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.filter((language) => language !== i18n.language).map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="utrecht-button utrecht-button--subtle regie-language__button"
          onClick={() => void choose(language)}
        >
          {t(`language.switchTo.${language}`)}
        </button>
      ))}
    </fieldset>
  );
}
