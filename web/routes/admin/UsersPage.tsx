import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orgQuery, usersQuery } from '../../api/queries';
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
        <div className="regie-table-wrap">
          <table className="utrecht-table">
            <caption className="regie-visually-hidden">{t('users.caption', { count: shown.length })}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('users.name')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('users.roles')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('users.office')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('users.department')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('users.status')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {shown.map((user) => (
                <tr key={user.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    <Link to="/admin/users/$userId" params={{ userId: user.id }} className="utrecht-link">
                      {user.name}
                    </Link>
                    <br />
                    <span className="regie-muted">{user.email}</span>
                  </td>
                  <td className="utrecht-table__cell">{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</td>
                  <td className="utrecht-table__cell">{nameOf(org?.offices, user.officeId)}</td>
                  <td className="utrecht-table__cell">{nameOf(org?.departments, user.departmentId)}</td>
                  <td className="utrecht-table__cell">
                    {!user.active ? t('users.inactive') : user.locked ? t('users.locked') : t('users.active')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
