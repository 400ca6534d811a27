import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orgQuery, usersQuery } from '../../api/queries';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading } from '../../components/feedback';
import { TextInput } from '../../components/fields';
import { PageHeading } from '../../components/page';

export function UsersPage() {
  const { t } = useTranslation();
  const users = useQuery(usersQuery);
  const org = useQuery(orgQuery).data;
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = (users.data ?? []).filter(
    (user) => !needle || user.name.toLowerCase().includes(needle) || user.email.toLowerCase().includes(needle),
  );
  const nameOf = (list: { id: string; name: string }[] | undefined, id: string | null) =>
    list?.find((item) => item.id === id)?.name ?? '—';

  return (
    <>
      <PageHeading title={t('users.title')}>{t('users.title')}</PageHeading>
      <div className="regie-toolbar">
        <Link to="/admin/users/new" className="utrecht-button-link utrecht-button-link--primary-action">
          {t('users.new')}
        </Link>
        <TextInput label={t('users.filter')} name="filter" type="text" value={filter} onChange={setFilter} />
      </div>
      <ErrorAlert error={users.error} />
      {users.isPending && <Loading />}
      {users.data && (
        <DataTable
          caption={t('users.caption', { count: shown.length })}
          columns={[t('users.name'), t('users.roles'), t('users.office'), t('users.department'), t('users.status')]}
          rows={shown.map((user) => ({
            key: user.id,
            cells: [
              <>
                <Link to="/admin/users/$userId" params={{ userId: user.id }} className="utrecht-link">
                  {user.name}
                </Link>
                <br />
                <span className="regie-muted">{user.email}</span>
              </>,
              user.roles.map((role) => t(`roles.${role}`)).join(', '),
              nameOf(org?.offices, user.officeId),
              nameOf(org?.departments, user.departmentId),
              !user.active ? t('users.inactive') : user.locked ? t('users.locked') : t('users.active'),
            ],
          }))}
        />
      )}
    </>
  );
}
