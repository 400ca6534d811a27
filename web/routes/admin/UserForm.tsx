import { useQuery } from '@tanstack/react-query';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../server/modules/users/roles';
import { orgQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/feedback';
import { Checkboxes, SelectInput, TextInput } from '../../components/fields';
import { useAction } from '../../components/useAction';
import { useFormValues } from '../../components/useFieldErrors';

export interface UserFormValues {
  name: string;
  email: string;
  language: 'nl' | 'en';
  roles: string[];
  officeId: string;
  departmentId: string;
  teamId: string;
  temporaryPassword?: string;
}

export const EMPTY_USER: UserFormValues = {
  name: '',
  email: '',
  language: 'nl',
  roles: ['employee'],
  officeId: '',
  departmentId: '',
  teamId: '',
  temporaryPassword: '',
};

/** The API takes null for "no office/department/team". */
export function toUserBody(values: UserFormValues) {
  const { temporaryPassword, ...rest } = values;
  return {
    ...rest,
    officeId: rest.officeId || null,
    departmentId: rest.departmentId || null,
    teamId: rest.teamId || null,
    ...(temporaryPassword !== undefined ? { temporaryPassword } : {}),
  };
}

export function UserForm({
  initial,
  submitLabel,
  onSubmit,
}: {
  initial: UserFormValues;
  submitLabel: string;
  onSubmit: (values: UserFormValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const org = useQuery(orgQuery).data;
  const { error, run } = useAction();
  const { values, setValues, set, errors: fieldErrors, clear } = useFormValues(initial, error);
  const active = <T extends { active: boolean; id: string }>(list: T[] | undefined, keep: string) =>
    (list ?? []).filter((item) => item.active || item.id === keep);
  const teams = active(org?.teams, values.teamId).filter(
    (team) => !values.departmentId || team.departmentId === values.departmentId,
  );

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    await run(() => onSubmit(values));
  }

  return (
    <Form onSubmit={submit} validationErrors={fieldErrors} className="regie-form">
      <ErrorAlert error={error} />
      <TextInput
        label={t('users.name')}
        name="name"
        value={values.name}
        onChange={set('name')}
        isRequired
        autoComplete="off"
      />
      <TextInput
        label={t('users.email')}
        name="email"
        type="email"
        value={values.email}
        onChange={set('email')}
        isRequired
        autoComplete="off"
      />
      {values.temporaryPassword !== undefined && (
        <TextInput
          label={t('users.temporaryPassword')}
          description={t('users.temporaryPasswordHelp')}
          name="temporaryPassword"
          type="password"
          autoComplete="new-password"
          value={values.temporaryPassword}
          onChange={set('temporaryPassword')}
          minLength={12}
          isRequired
        />
      )}
      <Checkboxes
        label={t('users.roles')}
        name="roles"
        value={values.roles}
        onChange={set('roles')}
        options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        isRequired
      />
      <SelectInput
        label={t('users.office')}
        name="officeId"
        value={values.officeId}
        onChange={set('officeId')}
        emptyLabel={t('common.none')}
        options={active(org?.offices, values.officeId).map((office) => ({ value: office.id, label: office.name }))}
        error={fieldErrors.officeId}
      />
      <SelectInput
        label={t('users.department')}
        name="departmentId"
        value={values.departmentId}
        onChange={(value) => {
          setValues((current) => ({ ...current, departmentId: value, teamId: '' }));
          clear('departmentId', 'teamId');
        }}
        emptyLabel={t('common.none')}
        options={active(org?.departments, values.departmentId).map((department) => ({
          value: department.id,
          label: department.name,
        }))}
        error={fieldErrors.departmentId}
      />
      <SelectInput
        label={t('users.team')}
        name="teamId"
        value={values.teamId}
        onChange={set('teamId')}
        emptyLabel={t('common.none')}
        options={teams.map((team) => ({ value: team.id, label: team.name }))}
        error={fieldErrors.teamId}
      />
      <SelectInput
        label={t('users.language')}
        name="language"
        value={values.language}
        onChange={(value) => set('language')(value === 'en' ? 'en' : 'nl')}
        options={[
          { value: 'nl', label: 'Nederlands' },
          { value: 'en', label: 'English' },
        ]}
      />
      <Button type="submit" className="utrecht-button utrecht-button--primary-action">
        {submitLabel}
      </Button>
    </Form>
  );
}
