import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { orgQuery } from '../../api/queries';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { SingleCheckbox, TextInput } from '../../components/fields';
import { PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { useFieldErrors } from '../../components/useFieldErrors';
import { UnitSection } from './UnitSection';

function OrganisationSettings({ name, twoFactorRequired }: { name: string; twoFactorRequired: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ name, twoFactorRequired });
  const { error, run } = useAction();
  const [saved, setSaved] = useState(false);
  useEffect(() => setValues({ name, twoFactorRequired }), [name, twoFactorRequired]);

  const { errors: fieldErrors, clear } = useFieldErrors(error);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setSaved(false);
    await run(async () => {
      await api('PATCH', '/api/v1/org', values);
      await queryClient.invalidateQueries({ queryKey: orgQuery.queryKey });
      // Switching it on may mean the admin now has to set up their own second factor first.
      await queryClient.invalidateQueries({ queryKey: ['session'] });
      setSaved(true);
    });
  }

  return (
    <Section title={t('org.settings')}>
      <ErrorAlert error={error} />
      {saved && <SuccessNote>{t('common.saved')}</SuccessNote>}
      <Form onSubmit={submit} validationErrors={fieldErrors} className="regie-form">
        <TextInput
          label={t('org.name')}
          name="name"
          value={values.name}
          onChange={(v) => {
            setValues({ ...values, name: v });
            clear('name');
          }}
          isRequired
        />
        <SingleCheckbox
          label={t('org.twoFactorRequired')}
          description={t('org.twoFactorRequiredHelp')}
          name="twoFactorRequired"
          isSelected={values.twoFactorRequired}
          onChange={(v) => setValues({ ...values, twoFactorRequired: v })}
        />
        <Button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t('common.save')}
        </Button>
      </Form>
    </Section>
  );
}

export function OrganisationPage() {
  const { t } = useTranslation();
  const org = useQuery(orgQuery);
  const data = org.data;
  const officeOptions = data?.offices.map((office) => ({ value: office.id, label: office.name })) ?? [];
  const departmentOptions =
    data?.departments.map((department) => ({ value: department.id, label: department.name })) ?? [];
  const nameOf = (options: { value: string; label: string }[], id: unknown) =>
    options.find((option) => option.value === id)?.label ?? '';

  return (
    <>
      <PageHeading title={t('org.title')}>{t('org.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('org.intro')}</p>
      <ErrorAlert error={org.error} />
      {!data && !org.error && <Loading />}
      {data && (
        <>
          <OrganisationSettings name={data.organisation.name} twoFactorRequired={data.organisation.twoFactorRequired} />
          <UnitSection
            title={t('org.offices')}
            addTitle={t('org.addOffice')}
            endpoint="/api/v1/org/offices"
            items={data.offices}
            fields={[
              { key: 'name', label: t('org.officeName'), required: true },
              { key: 'address', label: t('org.address') },
            ]}
            describe={(office) => String(office.address ?? '')}
          />
          <UnitSection
            title={t('org.departments')}
            addTitle={t('org.addDepartment')}
            endpoint="/api/v1/org/departments"
            items={data.departments}
            fields={[{ key: 'name', label: t('org.departmentName'), required: true }]}
          />
          <UnitSection
            title={t('org.teams')}
            addTitle={t('org.addTeam')}
            endpoint="/api/v1/org/teams"
            items={data.teams}
            fields={[
              { key: 'name', label: t('org.teamName'), required: true },
              { key: 'departmentId', label: t('users.department'), options: departmentOptions, required: true },
              { key: 'officeId', label: t('users.office'), options: officeOptions, emptyLabel: t('org.allOffices') },
            ]}
            describe={(team) =>
              [nameOf(departmentOptions, team.departmentId), nameOf(officeOptions, team.officeId)]
                .filter(Boolean)
                .join(' · ')
            }
          />
        </>
      )}
    </>
  );
}
