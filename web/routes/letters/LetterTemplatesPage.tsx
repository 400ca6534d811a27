import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LETTER_KINDS, type LetterKind } from '../../../server/modules/letters/content';
import type { TLetterTemplate } from '../../../server/modules/letters/schema';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { SelectInput, TextAreaInput, TextInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { useFieldErrors } from '../../components/useFieldErrors';

const templatesQuery = queryOptions({
  queryKey: ['letter-templates'],
  queryFn: () => api<{ templates: TLetterTemplate[]; placeholders: string[] }>('GET', '/api/v1/letter-templates'),
});
const versionsQuery = (kind: LetterKind) =>
  queryOptions({
    queryKey: ['letter-templates', kind, 'versions'],
    queryFn: () => api<{ versions: TLetterTemplate[] }>('GET', `/api/v1/letter-templates/${kind}/versions`),
  });

/**
 * The safety officer's letter templates. Saving adds a version: letters already sent keep the text they were sent
 * with, and the list below shows who changed what when.
 */
export function LetterTemplatesPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<LetterKind>('written_warning');
  const templates = useQuery(templatesQuery);
  const versions = useQuery(versionsQuery(kind));
  const current = templates.data?.templates.find((template) => template.kind === kind);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [saved, setSaved] = useState(false);
  const { error, busy, run } = useAction();
  const { errors: fieldErrors, clearing } = useFieldErrors(error);

  useEffect(() => {
    if (!current) return;
    setSubject(current.subject);
    setBody(current.body);
    setSaved(false);
  }, [current]);

  const save = () =>
    void run(async () => {
      await api('PUT', `/api/v1/letter-templates/${kind}`, { subject, body });
      await queryClient.invalidateQueries({ queryKey: ['letter-templates'] });
      setSaved(true);
    });

  return (
    <>
      <PageHeading title={t('letters.templates.title')}>{t('letters.templates.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('letters.templates.intro')}</p>
      <ErrorAlert error={templates.error} />
      {templates.isPending && <Loading />}
      <SelectInput
        label={t('letters.templates.kind')}
        name="kind"
        value={kind}
        onChange={(value) => setKind(value as LetterKind)}
        options={LETTER_KINDS.map((value) => ({ value, label: t(`measures.kind.${value}`) }))}
      />
      {current && (
        <Section title={t('letters.templates.editTitle', { kind: t(`measures.kind.${kind}`) })} id="template-edit">
          <p className="utrecht-paragraph regie-muted">
            {current.version === 0
              ? t('letters.builtIn')
              : t('letters.templates.versionBy', {
                  version: current.version,
                  name: current.createdBy ?? '',
                  date: formatDateTime(current.createdAt, i18n.language),
                })}
          </p>
          <details className="regie-details">
            <summary>{t('letters.templates.placeholders')}</summary>
            <ul className="utrecht-unordered-list">
              {(templates.data?.placeholders ?? []).map((name) => (
                <li key={name}>
                  <code>{`{{${name}}}`}</code>: {t(`letters.placeholder.${name}`)}
                </li>
              ))}
            </ul>
          </details>
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
              description={t('letters.templates.bodyHelp', {
                example: '{{clientName}}',
                interpolation: { escapeValue: false },
              })}
              name="body"
              value={body}
              onChange={clearing('body', setBody)}
              rows={22}
              isRequired
            />
            <ErrorAlert error={error} />
            {saved && <SuccessNote>{t('letters.templates.saved')}</SuccessNote>}
            <Button
              type="submit"
              className="utrecht-button utrecht-button--primary-action"
              isDisabled={busy}
              onPress={save}
            >
              {t('letters.templates.save')}
            </Button>
          </Form>
        </Section>
      )}
      <Section title={t('letters.templates.versions')} id="template-versions">
        {versions.data && (
          <DataTable
            caption={t('letters.templates.versions')}
            columns={[t('letters.templates.version'), t('letters.by'), t('letters.generatedAt'), t('letters.subject')]}
            rows={versions.data.versions.map((version) => ({
              key: String(version.version),
              cells: [
                version.version === 0 ? t('letters.templates.builtInShort') : String(version.version),
                version.createdBy ?? '',
                formatDateTime(version.createdAt, i18n.language),
                version.subject,
              ],
            }))}
          />
        )}
      </Section>
    </>
  );
}
