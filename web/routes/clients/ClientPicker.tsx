import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TClientSummary } from '../../../server/modules/clients/schema';
import { clientSearchQuery } from '../../api/incidents';
import { ErrorAlert } from '../../components/feedback';
import { TextInput } from '../../components/fields';
import { ActiveMeasures } from './ActiveMeasures';

/**
 * Search a client by name, client number or phone number and choose one; the results show active measures at once,
 * so "the client calls again" is recognised while searching.
 */
export function ClientPicker({
  onChoose,
  busy,
  label,
}: {
  onChoose: (client: TClientSummary) => void;
  busy?: boolean;
  label?: string;
}) {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const trimmed = term.trim();
  const results = useQuery({ ...clientSearchQuery(trimmed), enabled: trimmed.length >= 2 });
  const resultsId = useId();
  return (
    <div className="regie-client-picker">
      <TextInput
        label={label ?? t('clients.search.label')}
        description={t('clients.search.help')}
        value={term}
        onChange={setTerm}
        type="text"
        autoComplete="off"
        aria-controls={resultsId}
      />
      <ErrorAlert error={results.error} />
      <div id={resultsId} aria-live="polite">
        {trimmed.length >= 2 && results.data && (
          <>
            <p className="regie-visually-hidden">{t('clients.search.count', { count: results.data.length })}</p>
            {results.data.length === 0 ? (
              <p className="utrecht-paragraph">{t('clients.search.none')}</p>
            ) : (
              <ul className="regie-client-results">
                {results.data.map((client) => (
                  <li key={client.id} className="regie-client-result">
                    <div>
                      <strong>{client.name}</strong>
                      <span className="regie-muted">
                        {' '}
                        {[client.clientNumber, client.phone].filter((part) => part).join(' · ')}
                      </span>
                      {client.activeMeasures.length > 0 && (
                        <ActiveMeasures measures={client.activeMeasures} clientName={client.name} />
                      )}
                    </div>
                    <Button
                      className="utrecht-button utrecht-button--secondary-action"
                      isDisabled={busy}
                      aria-label={t('clients.search.chooseNamed', { name: client.name })}
                      onPress={() => onChoose(client)}
                    >
                      {t('clients.search.choose')}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
