import { useTranslation } from 'react-i18next';
import type { TMeasureSummary } from '../../../server/modules/clients/schema';

/** Formats a Dutch calendar date (YYYY-MM-DD) for reading. */
export function formatDay(day: string | null, language: string): string {
  if (!day) return '';
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1)),
  );
}

/** One measure in a sentence: what applies, where, until when; the reason only when the viewer may see it. */
export function MeasureLine({ measure }: { measure: TMeasureSummary }) {
  const { t, i18n } = useTranslation();
  const parts = [t(`measures.kind.${measure.kind}`)];
  if (measure.restriction) parts.push(t(`measures.restriction.${measure.restriction}`, { name: measure.contactName }));
  if (measure.offices.length > 0) parts.push(measure.offices.join(', '));
  if (measure.amount) parts.push(`€ ${measure.amount}`);
  if (measure.police) {
    const who = [
      measure.police.byEmployee ? t('measures.police.byEmployee') : '',
      measure.onBehalfOfEmployer ? t('measures.police.employer') : '',
    ].filter((part) => part);
    parts.push(who.join(' + '));
    if (measure.police.vpt) parts.push(t('measures.police.vptMark'));
    if (measure.police.policeReference)
      parts.push(t('measures.police.referenceLine', { reference: measure.police.policeReference }));
  }
  return (
    <>
      <strong>{parts.join(' — ')}</strong>
      <br />
      <span>
        {measure.endsOn
          ? t('measures.period', {
              from: formatDay(measure.startsOn, i18n.language),
              to: formatDay(measure.endsOn, i18n.language),
            })
          : t('measures.since', { from: formatDay(measure.startsOn, i18n.language) })}
      </span>
      {measure.reason && (
        <>
          <br />
          <span className="regie-muted">
            {t('measures.reasonBy', { reason: measure.reason, name: measure.decidedBy ?? '' })}
          </span>
        </>
      )}
    </>
  );
}

/**
 * The client's active measures, shown wherever the client is looked up (handling, report, client page): an access
 * ban or a contact restriction must be recognised, not remembered.
 */
export function ActiveMeasures({ measures, clientName }: { measures: TMeasureSummary[]; clientName: string }) {
  const { t } = useTranslation();
  if (measures.length === 0)
    return <p className="utrecht-paragraph">{t('measures.noneActive', { name: clientName })}</p>;
  return (
    <div className="regie-measures-alert" role="note" aria-label={t('measures.activeFor', { name: clientName })}>
      <p className="utrecht-paragraph">
        <strong>{t('measures.activeFor', { name: clientName })}</strong>
      </p>
      <ul className="regie-measure-list">
        {measures.map((measure) => (
          <li key={measure.id}>
            <MeasureLine measure={measure} />
          </li>
        ))}
      </ul>
    </div>
  );
}
