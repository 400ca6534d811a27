import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PRIVACY_KINDS, SUBJECT_TYPES, type TPrivacyRequest } from '../../../server/modules/privacy/schema';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading } from '../../components/feedback';
import { DateInput, SelectInput, TextAreaInput, TextInput } from '../../components/fields';
import { PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { useFieldErrors } from '../../components/useFieldErrors';
import { formatDay, todayInNetherlands } from '../plans/format';

export const privacyRequestsQuery = {
  queryKey: ['privacy-requests'],
  queryFn: async () => (await api<{ requests: TPrivacyRequest[] }>('GET', '/api/v1/privacy/requests')).requests,
};

interface Subject {
  id: string;
  name: string;
  detail: string;
}

/** Finds the client or employee the request is about; the chosen one is shown, and can be changed. */
function SubjectFinder({
  type,
  chosen,
  onType,
  onChoose,
}: {
  type: string;
  chosen: Subject | null;
  onType: (type: string) => void;
  onChoose: (subject: Subject | null) => void;
}) {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const [found, setFound] = useState<Subject[] | null>(null);
  const { error, busy, run } = useAction();
  const search = () =>
    void run(async () => {
      const query = new URLSearchParams({ type, q: term.trim() });
      setFound((await api<{ subjects: Subject[] }>('GET', `/api/v1/privacy/subjects?${query}`)).subjects);
    });
  return (
    <fieldset className="utrecht-form-fieldset regie-field">
      <legend className="utrecht-form-label">{t('privacy.subject')}</legend>
      <SelectInput
        label={t('privacy.subjectType')}
        name="subjectType"
        value={type}
        onChange={(value) => {
          onType(value);
          onChoose(null);
          setFound(null);
        }}
        options={SUBJECT_TYPES.map((value) => ({ value, label: t(`privacy.subjectTypes.${value}`) }))}
      />
      {chosen ? (
        <p className="utrecht-paragraph" role="status">
          {t('privacy.chosen', { name: chosen.name, detail: chosen.detail })}{' '}
          <Button className="utrecht-button utrecht-button--subtle" onPress={() => onChoose(null)}>
            {t('privacy.chooseOther')}
          </Button>
        </p>
      ) : (
        <>
          <div className="regie-filter">
            <TextInput
              label={t('privacy.search')}
              description={t('privacy.searchHelp')}
              name="q"
              value={term}
              onChange={setTerm}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  search();
                }
              }}
            />
            <Button
              className="utrecht-button utrecht-button--secondary-action"
              isDisabled={busy || term.trim().length < 2}
              onPress={search}
            >
              {t('privacy.searchButton')}
            </Button>
          </div>
          <ErrorAlert error={error} />
          {found &&
            (found.length === 0 ? (
              <p className="utrecht-paragraph" role="status">
                {t('privacy.noneFound')}
              </p>
            ) : (
              <ul className="regie-action-list" aria-label={t('privacy.results')}>
                {found.map((subject) => (
                  <li key={subject.id}>
                    <Button
                      className="utrecht-button utrecht-button--secondary-action"
                      onPress={() => onChoose(subject)}
                    >
                      {t('privacy.choose', { name: subject.name })}
                    </Button>{' '}
                    <span className="regie-muted">{subject.detail}</span>
                  </li>
                ))}
              </ul>
            ))}
        </>
      )}
    </fieldset>
  );
}

function NewRequest() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [subjectType, setSubjectType] = useState<string>('client');
  const [subject, setSubject] = useState<Subject | null>(null);
  const [values, setValues] = useState({
    kind: 'access',
    requestedBy: '',
    receivedOn: todayInNetherlands(),
    legalGround: '',
  });
  const [missingSubject, setMissingSubject] = useState(false);
  const { error, busy, run } = useAction();
  const { errors: fieldErrors, clear } = useFieldErrors(error);
  const change = (next: Partial<typeof values>) => {
    setValues({ ...values, ...next });
    clear(...Object.keys(next));
  };
  return (
    <Section title={t('privacy.new')} id="new-privacy-request">
      <ErrorAlert error={error} />
      <Form
        className="regie-form"
        validationErrors={fieldErrors}
        onSubmit={(event) => {
          event.preventDefault();
          if (!subject) {
            setMissingSubject(true);
            return;
          }
          void run(async () => {
            const created = await api<TPrivacyRequest>('POST', '/api/v1/privacy/requests', {
              ...values,
              subjectType,
              subjectId: subject.id,
            });
            await queryClient.invalidateQueries({ queryKey: privacyRequestsQuery.queryKey });
            await navigate({ to: '/privacy/$requestId', params: { requestId: created.id } });
          });
        }}
      >
        <SubjectFinder
          type={subjectType}
          chosen={subject}
          onType={setSubjectType}
          onChoose={(chosen) => {
            setSubject(chosen);
            if (chosen) setMissingSubject(false);
          }}
        />
        {missingSubject && (
          <p className="utrecht-form-field-error-message" role="alert">
            {t('privacy.subjectMissing')}
          </p>
        )}
        <SelectInput
          label={t('privacy.kind')}
          name="kind"
          value={values.kind}
          onChange={(kind) => change({ kind })}
          options={PRIVACY_KINDS.map((kind) => ({ value: kind, label: t(`privacy.kinds.${kind}`) }))}
          error={fieldErrors.kind}
        />
        <TextInput
          label={t('privacy.requestedBy')}
          description={t('privacy.requestedByHelp')}
          name="requestedBy"
          value={values.requestedBy}
          onChange={(requestedBy) => change({ requestedBy })}
          isRequired
        />
        <DateInput
          label={t('privacy.receivedOn')}
          name="receivedOn"
          value={values.receivedOn}
          max={todayInNetherlands()}
          onChange={(receivedOn) => change({ receivedOn })}
        />
        <TextAreaInput
          label={t('privacy.legalGround')}
          description={t('privacy.legalGroundHelp')}
          name="legalGround"
          value={values.legalGround}
          onChange={(legalGround) => change({ legalGround })}
          isRequired
        />
        <Button type="submit" isDisabled={busy} className="utrecht-button utrecht-button--primary-action">
          {t('privacy.create')}
        </Button>
      </Form>
    </Section>
  );
}

/** The safety officer's register of privacy requests (access and erasure under the AVG). */
export function PrivacyRequestsPage() {
  const { t, i18n } = useTranslation();
  const requests = useQuery(privacyRequestsQuery);
  return (
    <>
      <PageHeading title={t('privacy.title')}>{t('privacy.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('privacy.intro')}</p>
      <p className="utrecht-paragraph">
        <Link to="/privacy/retention" className="utrecht-link">
          {t('privacy.toRetention')}
        </Link>
      </p>
      <Section title={t('privacy.list')} id="privacy-requests">
        <ErrorAlert error={requests.error} />
        {requests.isPending && <Loading />}
        {requests.data && (
          <DataTable
            caption={t('privacy.list')}
            columns={[t('privacy.subject'), t('privacy.kind'), t('privacy.receivedOn'), t('privacy.status')]}
            rows={requests.data.map((request) => ({
              key: request.id,
              cells: [
                <Link
                  key="subject"
                  to="/privacy/$requestId"
                  params={{ requestId: request.id }}
                  className="utrecht-link"
                >
                  {request.subjectName || t('privacy.unknownSubject')}
                </Link>,
                `${t(`privacy.kinds.${request.kind}`)} · ${t(`privacy.subjectTypes.${request.subjectType}`)}`,
                formatDay(request.receivedOn, i18n.language),
                t(`privacy.statuses.${request.status}`),
              ],
            }))}
            empty={t('privacy.none')}
          />
        )}
      </Section>
      <NewRequest />
    </>
  );
}
