import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/feedback';
import { TextAreaInput } from '../../components/fields';
import { formatDateTime } from '../../components/page';
import { useAction } from '../../components/useAction';

interface Message {
  id: string;
  author: 'reporter' | 'confidant';
  authorName: string | null;
  body: string;
  createdAt: string;
}

/**
 * The messages between the reporter and the confidential counsellor, oldest first, and a box to answer. Text is
 * rendered as text (React escapes it), line breaks kept.
 */
export function Conversation({
  messages,
  viewer,
  closed,
  onSend,
}: {
  messages: Message[];
  viewer: 'reporter' | 'confidant';
  closed: boolean;
  onSend: (body: string) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const [body, setBody] = useState('');
  const { error, busy, run } = useAction();
  const send = () =>
    void run(async () => {
      await onSend(body);
      setBody('');
    });
  const who = (message: Message) =>
    message.author === viewer
      ? t('confidential.messages.you')
      : message.author === 'confidant'
        ? t('confidential.messages.confidant', { name: message.authorName ?? '' })
        : t('confidential.messages.reporter');
  return (
    <>
      {messages.length === 0 ? (
        <p className="utrecht-paragraph">{t('confidential.messages.none')}</p>
      ) : (
        <ol className="regie-timeline">
          {messages.map((message) => (
            <li key={message.id}>
              <p className="utrecht-paragraph regie-muted">
                {who(message)} · {formatDateTime(message.createdAt, i18n.language)}
              </p>
              <p className="utrecht-paragraph regie-pre">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      {closed ? (
        <p className="utrecht-paragraph">{t('confidential.messages.closed')}</p>
      ) : (
        <Form onSubmit={(event) => event.preventDefault()}>
          <TextAreaInput
            label={t('confidential.messages.write')}
            name="message"
            value={body}
            onChange={setBody}
            rows={3}
            isRequired
          />
          <ErrorAlert error={error} />
          <Button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            isDisabled={busy || body.trim() === ''}
            onPress={send}
          >
            {t('confidential.messages.send')}
          </Button>
        </Form>
      )}
    </>
  );
}
