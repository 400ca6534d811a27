import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TProposal } from '../../../server/modules/aftercare/schema';
import { proposalsQuery } from '../../api/aftercare';
import { api } from '../../api/client';
import { ErrorAlert, Loading } from '../../components/feedback';
import { TextInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';

function Proposal({ proposal, currentVersion }: { proposal: TProposal; currentVersion: number | null }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(currentVersion ? String(currentVersion) : '');
  const [reason, setReason] = useState('');
  const { error, busy, run } = useAction();
  const open = proposal.status === 'new' || proposal.status === 'under_consideration';
  const decide = (body: object) =>
    void run(async () => {
      await api('POST', `/api/v1/aftercare/proposals/${proposal.id}/status`, body);
      await queryClient.invalidateQueries({ queryKey: proposalsQuery.queryKey });
    });
  return (
    <li className="regie-checkin">
      <p className="utrecht-paragraph regie-pre">
        <strong>{proposal.proposal}</strong>
      </p>
      <p className="regie-muted">
        {t('aftercare.proposals.from', {
          name: proposal.proposedBy,
          date: formatDateTime(proposal.createdAt, i18n.language),
        })}{' '}
        <Link to="/incidents/$incidentId" params={{ incidentId: proposal.incidentId }} className="utrecht-link">
          {t('aftercare.proposals.incident', { date: formatDateTime(proposal.incidentOccurredAt, i18n.language) })}
        </Link>
      </p>
      <p className="utrecht-paragraph">
        {t(`aftercare.proposalStatus.${proposal.status}`, { version: proposal.adoptedInVersion })}
        {proposal.rejectionReason && ` — ${proposal.rejectionReason}`}
      </p>
      {proposal.status === 'adopted' && (
        <p className="utrecht-paragraph">
          <Link to="/protocol" className="utrecht-link">
            {t('aftercare.proposals.viewProtocol')}
          </Link>
        </p>
      )}
      {open && (
        <>
          <ErrorAlert error={error} />
          {proposal.status === 'new' && (
            <Button
              className="utrecht-button utrecht-button--secondary-action"
              isDisabled={busy}
              onPress={() => decide({ status: 'under_consideration' })}
            >
              {t('aftercare.proposals.consider')}
            </Button>
          )}
          <Form
            className="regie-form"
            aria-label={t('aftercare.proposals.adoptForm')}
            onSubmit={(event) => {
              event.preventDefault();
              decide({ status: 'adopted', adoptedInVersion: Number(version) });
            }}
          >
            <TextInput
              label={t('aftercare.proposals.version')}
              description={t('aftercare.proposals.versionHelp')}
              name="version"
              inputMode="numeric"
              value={version}
              onChange={setVersion}
            />
            <p className="utrecht-paragraph">
              <Link to="/protocol/edit" className="utrecht-link">
                {t('aftercare.proposals.editProtocol')}
              </Link>
            </p>
            <Button
              type="submit"
              className="utrecht-button utrecht-button--primary-action"
              isDisabled={busy || !/^\d+$/.test(version)}
            >
              {t('aftercare.proposals.adopt')}
            </Button>
          </Form>
          <Form
            className="regie-form"
            aria-label={t('aftercare.proposals.rejectForm')}
            onSubmit={(event) => {
              event.preventDefault();
              decide({ status: 'rejected', rejectionReason: reason });
            }}
          >
            <TextInput
              label={t('aftercare.proposals.reason')}
              name="reason"
              value={reason}
              onChange={setReason}
              maxLength={2000}
            />
            <Button
              type="submit"
              className="utrecht-button utrecht-button--secondary-action"
              isDisabled={busy || !reason.trim()}
            >
              {t('aftercare.proposals.reject')}
            </Button>
          </Form>
        </>
      )}
    </li>
  );
}

/** The safety officer works through proposals from evaluations: consider, adopt in a protocol version, or reject. */
export function ProposalsPage() {
  const { t } = useTranslation();
  const query = useQuery(proposalsQuery);
  const proposals = query.data?.proposals ?? [];
  const open = proposals.filter((proposal) => proposal.status === 'new' || proposal.status === 'under_consideration');
  const decided = proposals.filter((proposal) => !open.includes(proposal));
  return (
    <>
      <PageHeading title={t('aftercare.proposals.title')}>{t('aftercare.proposals.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('aftercare.proposals.lead')}</p>
      <ErrorAlert error={query.error} />
      {query.isPending && <Loading />}
      <Section title={t('aftercare.proposals.open', { count: open.length })} id="proposals-open">
        {query.data && open.length === 0 && <p className="utrecht-paragraph">{t('aftercare.proposals.none')}</p>}
        <ul className="regie-checkin-list">
          {open.map((proposal) => (
            <Proposal key={proposal.id} proposal={proposal} currentVersion={query.data?.currentVersion ?? null} />
          ))}
        </ul>
      </Section>
      {decided.length > 0 && (
        <Section title={t('aftercare.proposals.decided')} id="proposals-decided">
          <ul className="regie-checkin-list">
            {decided.map((proposal) => (
              <Proposal key={proposal.id} proposal={proposal} currentVersion={null} />
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
