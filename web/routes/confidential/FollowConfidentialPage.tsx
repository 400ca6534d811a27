import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TConfidentialFollowView } from '../../../server/modules/confidential/schema';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/feedback';
import { TextInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { Conversation } from './Conversation';

/**
 * Following a confidential report with its code: status and the conversation with the counsellor. The code is
 * kept in memory only (never in the address bar or the browser's storage), so a shared computer keeps no trace.
 */
export function FollowConfidentialPage() {
  const { t, i18n } = useTranslation();
  const [code, setCode] = useState('');
  const [report, setReport] = useState<TConfidentialFollowView | null>(null);
  const { error, busy, run } = useAction();
  const open = () =>
    void run(async () =>
      setReport(await api<TConfidentialFollowView>('POST', '/api/v1/confidential/follow', { code })),
    );
  return (
    <>
      <PageHeading title={t('confidential.follow.title')}>{t('confidential.follow.title')}</PageHeading>
      {!report ? (
        <Form onSubmit={(event) => event.preventDefault()}>
          <p className="utrecht-paragraph">{t('confidential.follow.intro')}</p>
          <TextInput
            label={t('confidential.follow.code')}
            name="code"
            value={code}
            onChange={setCode}
            autoComplete="off"
            isRequired
          />
          <ErrorAlert error={error} />
          <Button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            isDisabled={busy}
            onPress={open}
          >
            {t('confidential.follow.open')}
          </Button>
        </Form>
      ) : (
        <>
          <Section title={t('confidential.follow.reportTitle', { reference: report.reference })} id="own-report">
            <p className="utrecht-paragraph">
              {t('confidential.follow.status', { status: t(`confidential.statuses.${report.status}`) })}
            </p>
            <p className="utrecht-paragraph regie-muted">
              {t(`confidential.categories.${report.category}`)} · {formatDateTime(report.createdAt, i18n.language)} ·{' '}
              {report.anonymous ? t('confidential.anonymous') : t('confidential.named')}
            </p>
            <p className="utrecht-paragraph regie-pre">{report.description}</p>
          </Section>
          <Section title={t('confidential.messages.title')} id="conversation">
            <Conversation
              messages={report.messages}
              viewer="reporter"
              closed={report.status === 'closed'}
              onSend={async (body) =>
                setReport(
                  await api<TConfidentialFollowView>('POST', '/api/v1/confidential/follow/messages', { code, body }),
                )
              }
            />
          </Section>
        </>
      )}
    </>
  );
}
