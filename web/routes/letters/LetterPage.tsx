import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TLetterDraft, TLetterSummary } from '../../../server/modules/letters/schema';
import { api } from '../../api/client';
import { hasRole, useSessionUser } from '../../auth/session';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { TextAreaInput, TextInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { useFieldErrors } from '../../components/useFieldErrors';

const letterQuery = (measureId: string) =>
  queryOptions({
    queryKey: ['measure-letter', measureId],
    queryFn: () => api<TLetterDraft>('GET', `/api/v1/measures/${measureId}/letter`),
  });

function Letters({ letters }: { letters: TLetterSummary[] }) {
  const { t, i18n } = useTranslation();
  if (letters.length === 0) return <p className="utrecht-paragraph">{t('letters.noneYet')}</p>;
  return (
    <DataTable
      caption={t('letters.sentTitle')}
      columns={[t('letters.generatedAt'), t('letters.by'), t('letters.subject'), t('letters.checksum')]}
      rows={letters.map((letter) => ({
        key: letter.id,
        cells: [
          <a
            key="pdf"
            href={`/api/v1/letters/${letter.id}/pdf`}
            className="utrecht-link"
            target="_blank"
            rel="noopener"
          >
            {t('letters.open', { date: formatDateTime(letter.generatedAt, i18n.language) })}
          </a>,
          letter.generatedBy,
          letter.subject,
          <code key="sha" className="regie-checksum">
            {letter.sha256.slice(0, 16)}…
          </code>,
        ],
      }))}
    />
  );
}

/**
 * The letter of one measure: the current template filled in from the case, which the manager may adjust for this
 * client before the PDF is made. Every PDF is kept, with the text as sent.
 */
export function LetterPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const { measureId } = useParams({ strict: false }) as { measureId: string };
  const queryClient = useQueryClient();
  const draft = useQuery(letterQuery(measureId));
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [made, setMade] = useState<TLetterSummary | null>(null);
  const { error, busy, run } = useAction();
  const { errors: fieldErrors, clearing } = useFieldErrors(error);

  useEffect(() => {
    if (!draft.data) return;
    setSubject(draft.data.subject);
    setBody(draft.data.body);
  }, [draft.data]);

  const generate = () =>
    void run(async () => {
      if (!draft.data) return;
      const letter = await api<TLetterSummary>('POST', `/api/v1/measures/${measureId}/letters`, {
        templateVersion: draft.data.templateVersion,
        subject,
        body,
      });
      setMade(letter);
      await queryClient.invalidateQueries({ queryKey: letterQuery(measureId).queryKey });
    });

  const title = draft.data
    ? t('letters.title', { kind: t(`measures.kind.${draft.data.kind}`), name: draft.data.clientName })
    : t('letters.titlePlain');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <ErrorAlert error={draft.error} />
      {draft.isPending && <Loading />}
      {draft.data && (
        <>
          <p className="utrecht-paragraph">
            <Link to="/incidents/$incidentId" params={{ incidentId: draft.data.incidentId }} className="utrecht-link">
              {t('letters.backToCase')}
            </Link>
          </p>
          <Section title={t('letters.editTitle')} id="letter-edit">
            <p className="utrecht-paragraph">{t('letters.editHelp')}</p>
            <p className="utrecht-paragraph regie-muted">
              {draft.data.templateVersion === 0
                ? t('letters.builtIn')
                : t('letters.templateVersion', { version: draft.data.templateVersion })}
              {hasRole(user, 'safety_officer') && (
                <>
                  {' '}
                  <Link to="/letters/templates" className="utrecht-link">
                    {t('letters.manageTemplates')}
                  </Link>
                </>
              )}
            </p>
            <Form validationErrors={fieldErrors} onSubmit={(event) => event.preventDefault()}>
              <TextInput
                label={t('letters.subject')}
                name="subject"
                value={subject}
                onChange={clearing('subject', setSubject)}
                isRequired
              />
              <TextAreaInput
                label={t('letters.body')}
                description={t('letters.bodyHelp')}
                name="body"
                value={body}
                onChange={clearing('body', setBody)}
                rows={22}
                isRequired
              />
              <ErrorAlert error={error} />
              {made && (
                <SuccessNote>
                  {t('letters.made')}{' '}
                  <a href={`/api/v1/letters/${made.id}/pdf`} className="utrecht-link" target="_blank" rel="noopener">
                    {t('letters.openMade')}
                  </a>
                </SuccessNote>
              )}
              <Button
                type="submit"
                className="utrecht-button utrecht-button--primary-action"
                isDisabled={busy}
                onPress={generate}
              >
                {t('letters.generate')}
              </Button>
            </Form>
          </Section>
          <Section title={t('letters.sentTitle')} id="letters-sent">
            <Letters letters={draft.data.letters} />
          </Section>
        </>
      )}
    </>
  );
}
