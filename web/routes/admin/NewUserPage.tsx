import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TUser } from '../../../server/modules/users/schema';
import { api } from '../../api/client';
import { usersQuery } from '../../api/queries';
import { PageHeading } from '../../components/page';
import { EMPTY_USER, toUserBody, UserForm } from './UserForm';

export function NewUserPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <div className="regie-narrow">
      <p className="utrecht-paragraph">
        <Link to="/admin/users" className="utrecht-link">
          {t('users.back')}
        </Link>
      </p>
      <PageHeading title={t('users.new')}>{t('users.new')}</PageHeading>
      <p className="utrecht-paragraph">{t('users.newIntro')}</p>
      <UserForm
        initial={EMPTY_USER}
        submitLabel={t('users.create')}
        onSubmit={async (values) => {
          const user = await api<TUser>('POST', '/api/v1/users', toUserBody(values));
          await queryClient.invalidateQueries({ queryKey: usersQuery.queryKey });
          await navigate({ to: '/admin/users/$userId', params: { userId: user.id }, search: { created: true } });
        }}
      />
    </div>
  );
}
