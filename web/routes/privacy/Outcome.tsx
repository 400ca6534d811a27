import { useTranslation } from 'react-i18next';

/** What an erasure or a retention run anonymised: a count per kind of record, never the erased text. */
export function OutcomeCounts({ outcome }: { outcome: Record<string, number> | null }) {
  const { t } = useTranslation();
  const entries = Object.entries(outcome ?? {}).filter(([, amount]) => amount > 0);
  if (entries.length === 0) return <>{t('privacy.outcomeNothing')}</>;
  return (
    <ul className="regie-compact-list">
      {entries.map(([kind, amount]) => (
        <li key={kind}>
          {t(`privacy.outcomeKinds.${kind}`, { defaultValue: kind })}: {amount}
        </li>
      ))}
    </ul>
  );
}
