import { useId, useRef } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TIncident } from '../../../server/modules/incidents/schema';
import { api, uploadFile } from '../../api/client';
import { ErrorAlert } from '../../components/feedback';
import { formatDateTime, Section } from '../../components/page';
import { useAction } from '../../components/useAction';

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

/** Evidence with the report: photos, e-mails, PDFs. Each file is checked by the server and kept with its checksum. */
export function Attachments({
  incident,
  onChange,
  canAdd,
}: {
  incident: TIncident;
  onChange: (incident: TIncident) => void;
  canAdd: boolean;
}) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const { error, busy, run } = useAction();
  return (
    <Section title={t('attachments.title')} id="attachments">
      <ErrorAlert error={error} />
      {incident.attachments.length === 0 ? (
        <p className="utrecht-paragraph">{t('attachments.none')}</p>
      ) : (
        <ul className="regie-link-list">
          {incident.attachments.map((file) => (
            <li key={file.id}>
              <a className="utrecht-link" href={`/api/v1/attachments/${file.id}`} download={file.fileName}>
                {file.fileName}
              </a>{' '}
              <span className="regie-muted">
                ({size(file.size)}, {file.uploadedBy}, {formatDateTime(file.uploadedAt, i18n.language)})
              </span>
              {canAdd && incident.status === 'draft' && (
                <Button
                  className="utrecht-button utrecht-button--subtle"
                  aria-label={t('attachments.removeNamed', { name: file.fileName })}
                  isDisabled={busy}
                  onPress={() =>
                    void run(async () => {
                      await api('DELETE', `/api/v1/attachments/${file.id}`);
                      onChange(await api<TIncident>('GET', `/api/v1/incidents/${incident.id}`));
                    })
                  }
                >
                  {t('attachments.remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canAdd && (
        <div className="utrecht-form-field regie-field">
          <label className="utrecht-form-label" htmlFor={inputId}>
            {t('attachments.add')}
          </label>
          <p id={`${inputId}-help`} className="utrecht-form-field-description">
            {t('attachments.help')}
          </p>
          <input
            ref={input}
            id={inputId}
            type="file"
            aria-describedby={`${inputId}-help`}
            accept="image/jpeg,image/png,image/webp,image/heic,application/pdf,.eml,message/rfc822"
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              void run(async () => {
                onChange(await uploadFile<TIncident>(`/api/v1/incidents/${incident.id}/attachments`, file));
              }).finally(() => {
                if (input.current) input.current.value = '';
              });
            }}
          />
        </div>
      )}
    </Section>
  );
}
