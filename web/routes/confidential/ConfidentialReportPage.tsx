import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CONFIDENTIAL_CATEGORIES, CONFIDENTIAL_WISHES } from '../../../server/modules/confidential/vocabulary';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/feedback';
import { DateInput, SelectInput, SingleCheckbox, TextAreaInput, TextInput } from '../../components/fields';
import { PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { useFormValues } from '../../components/useFieldErrors';

const EMPTY = {
  category: '',
  anonymous: true,
  occurredOn: '',
  description: '',
  involved: '',
  wish: 'unsure',
  contact: '',
};

/** The receipt: the code is shown once, so the page says plainly to write it down. */
function Receipt({ receipt }: { receipt: { reference: string; code: string } }) {
  const { t } = useTranslation();
  return (
    <Section title={t('confidential.receipt.title')} id="receipt">
      <div className="utrecht-alert utrecht-alert--ok regie-alert" role="status">
        <p className="utrecht-paragraph">{t('confidential.receipt.thanks', { reference: receipt.reference })}</p>
      </div>
      <p className="utrecht-paragraph">{t('confidential.receipt.codeIntro')}</p>
      <p className="utrecht-paragraph regie-secret" data-testid="confidential-code">
        {receipt.code}
      </p>
      <p className="utrecht-paragraph">{t('confidential.receipt.keepIt')}</p>
      <p className="utrecht-paragraph">
        <Link to="/confidential/follow" className="utrecht-button-link utrecht-button-link--secondary-action">
          {t('confidential.receipt.follow')}
        </Link>
      </p>
    </Section>
  );
}

/**
 * "Vertrouwelijke melding": unwanted behaviour by a colleague (bullying, discrimination, sexual intimidation,
 * aggression), told to the confidential counsellor only. It says first who sees it, and anonymous is the default.
 */
export function ConfidentialReportPage() {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState<{ reference: string; code: string } | null>(null);
  const { error, busy, run } = useAction();
  const { values, setValues, set, errors: fieldErrors } = useFormValues(EMPTY, error);

  const submit = () =>
    void run(async () => {
      const answer = await api<{ reference: string; code: string }>('POST', '/api/v1/confidential/reports', {
        category: values.category,
        anonymous: values.anonymous,
        occurredOn: values.occurredOn || null,
        description: values.description,
        involved: values.involved,
        wish: values.wish,
        contact: values.anonymous ? '' : values.contact,
      });
      setReceipt(answer);
      setValues(EMPTY);
    });

  return (
    <>
      <PageHeading title={t('confidential.report.title')}>{t('confidential.report.title')}</PageHeading>
      <div className="utrecht-alert regie-alert regie-confidential-note">
        <p className="utrecht-paragraph">{t('confidential.report.whoSees')}</p>
        <p className="utrecht-paragraph">{t('confidential.report.notForClients')}</p>
      </div>
      {receipt ? (
        <Receipt receipt={receipt} />
      ) : (
        <Form validationErrors={fieldErrors} onSubmit={(event) => event.preventDefault()}>
          <SelectInput
            label={t('confidential.report.category')}
            name="category"
            value={values.category}
            onChange={set('category')}
            emptyLabel={t('confidential.report.choose')}
            options={CONFIDENTIAL_CATEGORIES.map((value) => ({ value, label: t(`confidential.categories.${value}`) }))}
          />
          <TextAreaInput
            label={t('confidential.report.description')}
            description={t('confidential.report.descriptionHelp')}
            name="description"
            value={values.description}
            onChange={set('description')}
            rows={6}
            isRequired
          />
          <DateInput
            label={t('confidential.report.occurredOn')}
            name="occurredOn"
            value={values.occurredOn}
            onChange={set('occurredOn')}
          />
          <TextInput
            label={t('confidential.report.involved')}
            description={t('confidential.report.involvedHelp')}
            name="involved"
            value={values.involved}
            onChange={set('involved')}
          />
          <SelectInput
            label={t('confidential.report.wish')}
            name="wish"
            value={values.wish}
            onChange={set('wish')}
            options={CONFIDENTIAL_WISHES.map((value) => ({ value, label: t(`confidential.wishes.${value}`) }))}
          />
          <SingleCheckbox
            label={t('confidential.report.anonymous')}
            description={t('confidential.report.anonymousHelp')}
            name="anonymous"
            isSelected={values.anonymous}
            onChange={set('anonymous')}
          />
          {!values.anonymous && (
            <TextInput
              label={t('confidential.report.contact')}
              description={t('confidential.report.contactHelp')}
              name="contact"
              value={values.contact}
              onChange={set('contact')}
            />
          )}
          <ErrorAlert error={error} />
          <Button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            isDisabled={busy}
            onPress={submit}
          >
            {t('confidential.report.submit')}
          </Button>
        </Form>
      )}
      {!receipt && (
        <p className="utrecht-paragraph">
          <Link to="/confidential/follow" className="utrecht-button-link utrecht-button-link--secondary-action">
            {t('confidential.report.haveCode')}
          </Link>
        </p>
      )}
    </>
  );
}
