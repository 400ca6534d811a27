import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TOverdueItem } from '../../../server/modules/coaching-plans/schema';
import { Section } from '../../components/page';
import { formatDay } from './format';

/** On the owner's home screen: their 90-day plan items past the due date, so the rhythm does not slip. */
export function OverduePlanItems({ items }: { items: TOverdueItem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('coachingPlans.home.title')} id="plan-overdue">
      <p className="utrecht-paragraph">{t('coachingPlans.home.intro', { count: items.length })}</p>
      <ul className="regie-link-list">
        {items.map((item) => (
          <li key={item.id}>
            <span className="regie-status--overdue">{formatDay(item.dueDate, i18n.language)}</span>:{' '}
            {t(`coachingPlans.stage.${item.stage}`)} ({item.teamName})
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph">
        <Link to="/plans/mine" className="utrecht-button-link utrecht-button-link--primary-action">
          {t('coachingPlans.home.link')}
        </Link>
      </p>
    </Section>
  );
}
