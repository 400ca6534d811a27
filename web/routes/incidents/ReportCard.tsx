import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/page';
import { NewReportButton } from './MyReportsPage';

/** On the home screen: report an incident in one tap, and see what became of earlier reports. */
export function ReportCard() {
  const { t } = useTranslation();
  return (
    <Section title={t('incidents.card.title')} id="report-incident">
      <p className="utrecht-paragraph">{t('incidents.card.intro')}</p>
      <ul className="regie-action-list">
        <li>
          <NewReportButton />
        </li>
        <li>
          <Link to="/incidents/mine" className="utrecht-button-link utrecht-button-link--secondary-action">
            {t('incidents.card.mine')}
          </Link>
        </li>
      </ul>
    </Section>
  );
}
