import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TPrivacyRequest } from '../../../server/modules/privacy/schema';
import { api } from '../../api/client';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { SelectInput, TextAreaInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { useFieldErrors } from '../../components/useFieldErrors';
import { formatDay } from '../plans/format';
import { OutcomeCounts } from './Outcome';
import { privacyRequestsQuery } from './PrivacyRequestsPage';

function requestQuery(id: string) {
  return {
    queryKey: ['privacy-requests', id],
    queryFn: () => api<TPrivacyRequest>('GET', `/api/v1/privacy/requests/${id}`),
  };
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className="utrecht-data-list__item-value">{children}</dd>
    </div>
  );
}

/** Erasure: first what will happen and that it is final, then the button that does it. */
function Erase({ request, onDone }: { request: TPrivacyRequest; onDone: (updated: TPrivacyRequest) => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { error, busy, run } = useAction();
  return (
    <Section title={t('privacy.erase')} id="privacy-erase">
      <p className="utrecht-paragraph">{t('privacy.eraseIntro')}</p>
      <ErrorAlert error={error} />
      {!confirming ? (
        <Button className="utrecht-button utrecht-button--secondary-action" onPress={() => setConfirming(true)}>
          {t('privacy.eraseStart')}
        </Button>
      ) : (
        <div className="utrecht-alert utrecht-alert--warning regie-alert" role="alertdialog" aria-labelledby="erase-q">
          <p id="erase-q" className="utrecht-paragraph">
            <strong>{t('privacy.eraseQuestion', { name: request.subjectName })}</strong>
          </p>
          <p className="utrecht-paragraph">{t(`privacy.eraseWhat.${request.subjectType}`)}</p>
          <p className="utrecht-paragraph">{t('privacy.eraseKept')}</p>
          <p className="utrecht-paragraph">
            <strong>{t('privacy.eraseFinal')}</strong>
          </p>
          <div className="utrecht-button-group">
            <Button
              className="utrecht-button utrecht-button--primary-action"
              isDisabled={busy}
              onPress={() =>
                void run(async () => {
                  onDone(await api<TPrivacyRequest>('POST', `/api/v1/privacy/requests/${request.id}/erase`));
                  setConfirming(false);
                })
              }
            >
              {t('privacy.eraseConfirm')}
            </Button>
            <Button className="utrecht-button utrecht-button--subtle" onPress={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      )}
    </Section>
  );
}

/** Closing: an access request answered, or any request refused with the reason. */
function Close({ request, onDone }: { request: TPrivacyRequest; onDone: (updated: TPrivacyRequest) => void }) {
  const { t } = useTranslation();
  const statuses = request.kind === 'erasure' ? (['refused'] as const) : (['completed', 'refused'] as const);
  const [status, setStatus] = useState<string>(statuses[0]);
  const [note, setNote] = useState('');
  const { error, busy, run } = useAction();
  const { errors: fieldErrors, clear } = useFieldErrors(error);
  return (
    <Section title={t('privacy.close')} id="privacy-close">
      <p className="utrecht-paragraph">{t(`privacy.closeIntro.${request.kind}`)}</p>
      <ErrorAlert error={error} />
      <Form
        className="regie-form"
        validationErrors={fieldErrors}
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () =>
            onDone(
              await api<TPrivacyRequest>('POST', `/api/v1/privacy/requests/${request.id}/close`, { status, note }),
            ),
          );
        }}
      >
        <SelectInput
          label={t('privacy.closeAs')}
          name="status"
          value={status}
          onChange={(value) => {
            setStatus(value);
            clear('status');
          }}
          options={statuses.map((value) => ({ value, label: t(`privacy.statuses.${value}`) }))}
        />
        <TextAreaInput
          label={t('privacy.note')}
          description={t('privacy.noteHelp')}
          name="note"
          value={note}
          onChange={(value) => {
            setNote(value);
            clear('note');
          }}
          isRequired={status === 'refused'}
        />
        <Button type="submit" isDisabled={busy} className="utrecht-button utrecht-button--primary-action">
          {t('privacy.closeButton')}
        </Button>
      </Form>
    </Section>
  );
}

/** One privacy request: its record, the export (JSON and PDF), and erasing or closing it. */
export function PrivacyRequestPage() {
  const { t, i18n } = useTranslation();
  const { requestId } = useParams({ strict: false }) as { requestId: string };
  const queryClient = useQueryClient();
  const request = useQuery(requestQuery(requestId));
  const [done, setDone] = useState<string | null>(null);
  const data = request.data;
  const updated = async (next: TPrivacyRequest) => {
    queryClient.setQueryData(requestQuery(requestId).queryKey, next);
    await queryClient.invalidateQueries({ queryKey: privacyRequestsQuery.queryKey, exact: true });
    setDone(next.anonymisedAt ? t('privacy.erased') : t('privacy.closed'));
  };
  const title = data ? t('privacy.requestTitle', { name: data.subjectName }) : t('privacy.title');
  const exportBase = `/api/v1/privacy/requests/${requestId}`;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/privacy" className="utrecht-link">
          {t('privacy.back')}
        </Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <ErrorAlert error={request.error} />
      {request.isPending && <Loading />}
      {data && (
        <>
          {done && <SuccessNote>{done}</SuccessNote>}
          <dl className="utrecht-data-list regie-data-list">
            <Item label={t('privacy.kind')}>{t(`privacy.kinds.${data.kind}`)}</Item>
            <Item label={t('privacy.subject')}>
              {data.subjectName} ({t(`privacy.subjectTypes.${data.subjectType}`)})
            </Item>
            <Item label={t('privacy.status')}>{t(`privacy.statuses.${data.status}`)}</Item>
            <Item label={t('privacy.requestedBy')}>{data.requestedBy}</Item>
            <Item label={t('privacy.receivedOn')}>{formatDay(data.receivedOn, i18n.language)}</Item>
            <Item label={t('privacy.legalGround')}>{data.legalGround}</Item>
            <Item label={t('privacy.recordedAt')}>{formatDateTime(data.createdAt, i18n.language)}</Item>
            {data.closedAt && <Item label={t('privacy.closedAt')}>{formatDateTime(data.closedAt, i18n.language)}</Item>}
            {data.decisionNote && <Item label={t('privacy.note')}>{data.decisionNote}</Item>}
            {data.anonymisedAt && (
              <Item label={t('privacy.anonymisedAt')}>{formatDateTime(data.anonymisedAt, i18n.language)}</Item>
            )}
            {data.outcome && (
              <Item label={t('privacy.outcome')}>
                <OutcomeCounts outcome={data.outcome} />
              </Item>
            )}
          </dl>
          <Section title={t('privacy.export')} id="privacy-export">
            <p className="utrecht-paragraph">{t('privacy.exportIntro')}</p>
            <ul className="regie-action-list">
              <li>
                <a
                  className="utrecht-button-link utrecht-button-link--secondary-action"
                  href={`${exportBase}/export.json`}
                  download
                >
                  {t('privacy.exportJson')}
                </a>
              </li>
              <li>
                <a
                  className="utrecht-button-link utrecht-button-link--secondary-action"
                  href={`${exportBase}/export.pdf`}
                  download
                >
                  {t('privacy.exportPdf')}
                </a>
              </li>
            </ul>
          </Section>
          {data.status === 'open' && data.kind === 'erasure' && !data.anonymisedAt && (
            <Erase request={data} onDone={updated} />
          )}
          {data.status === 'open' && <Close key={data.id} request={data} onDone={updated} />}
        </>
      )}
    </>
  );
}
