import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TConfidentialReport } from '../../../server/modules/confidential/schema';
import { CONFIDENTIAL_STATUSES } from '../../../server/modules/confidential/vocabulary';
import { api } from '../../api/client';
import { ErrorAlert, Loading } from '../../components/feedback';
import { SelectInput, TextAreaInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { confidentialListQuery } from './ConfidentialListPage';
import { Conversation } from './Conversation';

const reportQuery = (id: string) =>
  queryOptions({
    queryKey: ['confidential-reports', id],
    queryFn: () => api<TConfidentialReport>('GET', `/api/v1/confidential/reports/${id}`),
  });

function Notes({ report, onChange }: { report: TConfidentialReport; onChange: (next: TConfidentialReport) => void }) {
  const { t, i18n } = useTranslation();
  const [body, setBody] = useState('');
  const { error, busy, run } = useAction();
  const add = () =>
    void run(async () => {
      onChange(await api<TConfidentialReport>('POST', `/api/v1/confidential/reports/${report.id}/notes`, { body }));
      setBody('');
    });
  return (
    <Section title={t('confidential.detail.notes')} id="notes">
      <p className="utrecht-paragraph">{t('confidential.detail.notesHelp')}</p>
      {report.notes.length === 0 ? (
        <p className="utrecht-paragraph">{t('confidential.detail.noNotes')}</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {report.notes.map((note) => (
            <li key={note.id}>
              <span className="regie-muted">
                {note.author} · {formatDateTime(note.createdAt, i18n.language)}
              </span>
              <p className="utrecht-paragraph regie-pre">{note.body}</p>
            </li>
          ))}
        </ul>
      )}
      <Form onSubmit={(event) => event.preventDefault()}>
        <TextAreaInput label={t('confidential.detail.newNote')} name="note" value={body} onChange={setBody} rows={3} />
        <ErrorAlert error={error} />
        <Button
          type="submit"
          className="utrecht-button utrecht-button--secondary-action"
          isDisabled={busy || body.trim() === ''}
          onPress={add}
        >
          {t('confidential.detail.addNote')}
        </Button>
      </Form>
    </Section>
  );
}

/** One confidential report for the counsellor: what happened, who reported (if named), status, conversation, notes. */
export function ConfidentialDetailPage() {
  const { t, i18n } = useTranslation();
  const { reportId } = useParams({ strict: false }) as { reportId: string };
  const queryClient = useQueryClient();
  const report = useQuery(reportQuery(reportId));
  const status = useAction();
  const update = (next: TConfidentialReport) => {
    queryClient.setQueryData(reportQuery(reportId).queryKey, next);
    void queryClient.invalidateQueries({ queryKey: confidentialListQuery.queryKey, exact: true });
  };
  const data = report.data;
  const title = data ? t('confidential.detail.title', { reference: data.reference }) : t('confidential.list.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="utrecht-paragraph">
        <Link to="/confidential/reports" className="utrecht-link">
          {t('confidential.detail.back')}
        </Link>
      </p>
      <ErrorAlert error={report.error} />
      {report.isPending && <Loading />}
      {data && (
        <>
          <Section title={t('confidential.detail.what')} id="what">
            <dl className="regie-data-list">
              <dt>{t('confidential.list.category')}</dt>
              <dd>{t(`confidential.categories.${data.category}`)}</dd>
              <dt>{t('confidential.list.received')}</dt>
              <dd>{formatDateTime(data.createdAt, i18n.language)}</dd>
              <dt>{t('confidential.report.occurredOn')}</dt>
              <dd>{data.occurredOn ?? '-'}</dd>
              <dt>{t('confidential.report.involved')}</dt>
              <dd>{data.involved || '-'}</dd>
              <dt>{t('confidential.report.wish')}</dt>
              <dd>{t(`confidential.wishes.${data.wish}`)}</dd>
              <dt>{t('confidential.list.reporter')}</dt>
              <dd>
                {data.reporter
                  ? `${data.reporter.name} (${data.reporter.email})${data.reporter.contact ? ` · ${data.reporter.contact}` : ''}`
                  : t('confidential.anonymous')}
              </dd>
            </dl>
            <p className="utrecht-paragraph regie-pre">{data.description}</p>
            <SelectInput
              label={t('confidential.list.status')}
              name="status"
              value={data.status}
              onChange={(value) =>
                void status.run(async () =>
                  update(
                    await api<TConfidentialReport>('POST', `/api/v1/confidential/reports/${data.id}/status`, {
                      status: value,
                    }),
                  ),
                )
              }
              options={CONFIDENTIAL_STATUSES.map((value) => ({ value, label: t(`confidential.statuses.${value}`) }))}
            />
            <ErrorAlert error={status.error} />
          </Section>
          {data.reporter && (
            <Section title={t('confidential.detail.privacyTitle')} id="privacy">
              <p className="utrecht-paragraph">{t('confidential.detail.privacyIntro')}</p>
              <a
                className="utrecht-button-link utrecht-button-link--secondary-action"
                href={`/api/v1/privacy/confidential-reports/${data.id}/reporter-export.json`}
                download
              >
                {t('confidential.detail.privacyExport')}
              </a>
            </Section>
          )}
          <Section title={t('confidential.messages.title')} id="conversation">
            <p className="utrecht-paragraph">{t('confidential.detail.messagesHelp')}</p>
            <Conversation
              messages={data.messages}
              viewer="confidant"
              closed={data.status === 'closed'}
              onSend={async (body) =>
                update(
                  await api<TConfidentialReport>('POST', `/api/v1/confidential/reports/${data.id}/messages`, { body }),
                )
              }
            />
          </Section>
          <Notes report={data} onChange={update} />
        </>
      )}
    </>
  );
}
