import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading } from '../../components/feedback';
import { SelectInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';

interface AuditEntry {
  seq: number;
  at: string;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: Record<string, unknown>;
}

interface Verification {
  ok: boolean;
  checked: number;
  brokenAt: number | null;
  reason: 'changed' | 'missing' | 'head_mismatch' | null;
}

function describeChanges(changes: Record<string, unknown>): string {
  return Object.entries(changes)
    .map(([field, value]) => {
      if (value && typeof value === 'object' && 'from' in value && 'to' in value) {
        const { from, to } = value as { from: unknown; to: unknown };
        return `${field}: ${JSON.stringify(from)} → ${JSON.stringify(to)}`;
      }
      return `${field}: ${JSON.stringify(value)}`;
    })
    .join('; ');
}

function ChainCheck() {
  const { t } = useTranslation();
  const verify = useMutation({ mutationFn: () => api<Verification>('GET', '/api/v1/audit/verification') });
  const result = verify.data;
  return (
    <Section title={t('audit.verifyTitle')}>
      <p className="utrecht-paragraph">{t('audit.verifyHelp')}</p>
      <Button
        className="utrecht-button utrecht-button--secondary-action"
        onPress={() => verify.mutate()}
        isDisabled={verify.isPending}
      >
        {t('audit.verify')}
      </Button>
      <ErrorAlert error={verify.error} />
      {result && (
        <div
          className={`utrecht-alert regie-alert ${result.ok ? 'utrecht-alert--ok' : 'utrecht-alert--error'}`}
          role="status"
        >
          <p className="utrecht-paragraph">
            {result.ok
              ? t('audit.verifyOk', { count: result.checked })
              : t(`audit.verifyBroken.${result.reason ?? 'changed'}`, { seq: result.brokenAt })}
          </p>
        </div>
      )}
    </Section>
  );
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState('all');
  const log = useInfiniteQuery({
    queryKey: ['audit', kind],
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) =>
      api<{ entries: AuditEntry[]; nextBefore: number | null }>(
        'GET',
        `/api/v1/audit?limit=50&kind=${kind}${pageParam ? `&before=${pageParam}` : ''}`,
      ),
    getNextPageParam: (page) => page.nextBefore,
  });
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <>
      <PageHeading title={t('audit.title')}>{t('audit.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('audit.intro')}</p>
      <ChainCheck />
      <Section title={t('audit.entries')}>
        <SelectInput
          label={t('audit.kind')}
          name="kind"
          value={kind}
          onChange={setKind}
          options={['all', 'reads', 'changes'].map((value) => ({ value, label: t(`audit.kinds.${value}`) }))}
        />
        <ErrorAlert error={log.error} />
        {log.isPending && <Loading />}
        <DataTable
          caption={t('audit.entries')}
          columns={[t('audit.when'), t('audit.who'), t('audit.what'), t('audit.changes')]}
          rows={entries.map((entry) => ({
            key: String(entry.seq),
            cells: [
              formatDateTime(entry.at, i18n.language),
              entry.actorLabel,
              <code key="action">{entry.action}</code>,
              <span key="changes" className="regie-changes">
                {describeChanges(entry.changes)}
              </span>,
            ],
          }))}
        />
        {log.hasNextPage && (
          <Button className="utrecht-button utrecht-button--secondary-action" onPress={() => void log.fetchNextPage()}>
            {t('audit.more')}
          </Button>
        )}
      </Section>
    </>
  );
}
