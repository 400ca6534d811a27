import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TProtocolVersion } from '../../../server/modules/protocols/schema';
import { api } from '../../api/client';
import { hasRole, useSessionUser } from '../../auth/session';
import { ErrorAlert, Loading } from '../../components/feedback';
import { formatDateTime, PageHeading } from '../../components/page';
import { pick } from '../../components/text';
import { ProtocolDocument } from './ProtocolDocument';

export const protocolQuery = {
  queryKey: ['protocol'],
  queryFn: () => api<TProtocolVersion>('GET', '/api/v1/protocol'),
};

/** The current protocol and tolerance boundary, for every employee; printable. */
export function ProtocolPage() {
  const { t, i18n } = useTranslation();
  const user = useSessionUser();
  const protocol = useQuery(protocolQuery);
  const data = protocol.data;
  return (
    <>
      <PageHeading title={t('protocol.title')}>
        {data ? pick(data.content.name, i18n.language) : t('protocol.title')}
      </PageHeading>
      <ErrorAlert error={protocol.error} />
      {protocol.isPending && <Loading />}
      {data && (
        <>
          <p className="utrecht-paragraph regie-lead">
            {t('protocol.versionLine', {
              version: data.version,
              date: formatDateTime(data.publishedAt, i18n.language),
            })}
          </p>
          <div className="regie-toolbar regie-no-print">
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => window.print()}
            >
              {t('protocol.print')}
            </button>
            {(hasRole(user, 'safety_officer') || hasRole(user, 'director') || hasRole(user, 'manager')) && (
              <Link to="/protocol/compliance" className="utrecht-button-link utrecht-button-link--secondary-action">
                {t('compliance.link')}
              </Link>
            )}
            {hasRole(user, 'safety_officer') && (
              <Link to="/protocol/edit" className="utrecht-button-link utrecht-button-link--primary-action">
                {t('protocol.edit')}
              </Link>
            )}
          </div>
          <ProtocolDocument content={data.content} />
        </>
      )}
    </>
  );
}
