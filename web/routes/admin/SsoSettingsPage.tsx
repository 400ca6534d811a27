import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TSsoSettings, TUpdateSsoSettingsRequest } from '../../../server/modules/sso/schema';
import { ROLES, type Role } from '../../../server/modules/users/roles';
import { ApiError, api } from '../../api/client';
import { orgQuery } from '../../api/queries';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { SelectInput, SingleCheckbox, TextInput } from '../../components/fields';
import { PageHeading, Section } from '../../components/page';
import { ssoStatusQuery } from '../../components/sso/SsoLogin';
import { useAction } from '../../components/useAction';
import { useFieldErrors } from '../../components/useFieldErrors';

export const ssoSettingsQuery = {
  queryKey: ['sso-settings'],
  queryFn: () => api<TSsoSettings>('GET', '/api/v1/sso/settings'),
};

/** Refusals of the settings that belong to one field rather than to the whole form. */
const CODE_FIELDS: Record<string, string[]> = {
  sso_incomplete: ['issuer', 'clientId'],
  sso_issuer_not_https: ['issuer'],
  sso_password_login_needed: ['passwordLoginEnabled'],
  sso_no_roles_configured: ['roleMapping', 'defaultRole'],
};

/** The API's errors by field path ("issuer", "roleMapping.0.value", and "roleMapping" for any of its rows). */
function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const byField: Record<string, string> = {};
  for (const { path, message } of error.errors) {
    const field = path.replace(/^body\.?/, '');
    if (!field) continue;
    byField[field] ??= message;
    const [first = ''] = field.split('.');
    byField[first] ??= message;
  }
  for (const field of CODE_FIELDS[error.code] ?? []) byField[field] ??= error.title;
  return byField;
}

function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="utrecht-form-field-error-message">
      {message}
    </p>
  );
}

interface MappingRow {
  key: number;
  value: string;
  role: string;
}

type FormValues = Omit<TUpdateSsoSettingsRequest, 'roleMapping' | 'clientSecret'> & {
  roleMapping: MappingRow[];
  newSecret: string;
  removeSecret: boolean;
};

let nextRowKey = 1;

function formValuesOf(settings: TSsoSettings): FormValues {
  return {
    enabled: settings.enabled,
    issuer: settings.issuer,
    clientId: settings.clientId,
    scopes: settings.scopes,
    roleClaim: settings.roleClaim,
    roleMapping: settings.roleMapping.map((entry) => ({ key: nextRowKey++, ...entry })),
    defaultRole: settings.defaultRole,
    defaultOfficeId: settings.defaultOfficeId,
    defaultDepartmentId: settings.defaultDepartmentId,
    passwordLoginEnabled: settings.passwordLoginEnabled,
    ssoEnforcesTwoFactor: settings.ssoEnforcesTwoFactor,
    newSecret: '',
    removeSecret: false,
  };
}

function requestOf(values: FormValues): TUpdateSsoSettingsRequest {
  const { newSecret, removeSecret, roleMapping, ...rest } = values;
  return {
    ...rest,
    roleMapping: roleMapping.map(({ value, role }) => ({ value, role: role as Role })),
    // Omitted keeps the stored secret; an empty string removes it.
    ...(newSecret !== '' ? { clientSecret: newSecret } : removeSecret ? { clientSecret: '' } : {}),
  };
}

/** The address to register at the provider, with a button that copies it. */
function RedirectUri({ uri }: { uri: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  return (
    <Section title={t('ssoAdmin.redirectTitle')} id="sso-redirect">
      <p className="utrecht-paragraph">{t('ssoAdmin.redirectHelp')}</p>
      <p className="utrecht-paragraph">
        <code className="regie-secret" id="sso-redirect-uri">
          {uri}
        </code>
      </p>
      <Button
        className="utrecht-button utrecht-button--secondary-action"
        aria-describedby="sso-redirect-uri"
        onPress={() => {
          setCopied(null);
          navigator.clipboard.writeText(uri).then(
            () => setCopied('yes'),
            () => setCopied('failed'),
          );
        }}
      >
        {t('ssoAdmin.copy')}
      </Button>
      <p className="utrecht-paragraph" role="status">
        {copied === 'yes' ? t('ssoAdmin.copied') : copied === 'failed' ? t('ssoAdmin.copyFailed') : ''}
      </p>
    </Section>
  );
}

function SsoForm({ settings }: { settings: TSsoSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const org = useQuery(orgQuery);
  const [values, setValues] = useState(() => formValuesOf(settings));
  const [saved, setSaved] = useState(false);
  const { error, busy, run } = useAction();
  const { errors, clear } = useFieldErrors(error, fieldErrorsOf);
  const set = (change: Partial<FormValues>) => {
    setValues((current) => ({ ...current, ...change }));
    clear(...Object.keys(change).map((key) => (key === 'newSecret' || key === 'removeSecret' ? 'clientSecret' : key)));
  };
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  const setRow = (key: number, change: Partial<MappingRow>) =>
    set({ roleMapping: values.roleMapping.map((row) => (row.key === key ? { ...row, ...change } : row)) });

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setSaved(false);
    await run(async () => {
      const next = await api<TSsoSettings>('PUT', '/api/v1/sso/settings', requestOf(values));
      queryClient.setQueryData(ssoSettingsQuery.queryKey, next);
      await queryClient.invalidateQueries({ queryKey: ssoStatusQuery.queryKey });
      setValues(formValuesOf(next));
      setSaved(true);
    });
  }

  return (
    <>
      <RedirectUri uri={settings.redirectUri} />
      <Section title={t('ssoAdmin.settings')} id="sso-settings">
        <ErrorAlert error={error} />
        {saved && <SuccessNote>{t('common.saved')}</SuccessNote>}
        <Form onSubmit={submit} validationErrors={errors} className="regie-form">
          <SingleCheckbox
            label={t('ssoAdmin.enabled')}
            description={t('ssoAdmin.enabledHelp')}
            name="enabled"
            isSelected={values.enabled}
            onChange={(enabled) => set({ enabled })}
          />
          <TextInput
            label={t('ssoAdmin.issuer')}
            description={t('ssoAdmin.issuerHelp')}
            name="issuer"
            type="text"
            value={values.issuer}
            onChange={(issuer) => set({ issuer })}
          />
          <TextInput
            label={t('ssoAdmin.clientId')}
            name="clientId"
            value={values.clientId}
            onChange={(clientId) => set({ clientId })}
          />
          <fieldset className="utrecht-form-fieldset regie-field">
            <legend className="utrecht-form-label">{t('ssoAdmin.clientSecret')}</legend>
            <p className="utrecht-paragraph">
              {settings.hasClientSecret ? t('ssoAdmin.secretSet') : t('ssoAdmin.secretNotSet')}
            </p>
            <TextInput
              label={settings.hasClientSecret ? t('ssoAdmin.secretReplace') : t('ssoAdmin.secretNew')}
              description={t('ssoAdmin.secretHelp')}
              name="clientSecret"
              type="password"
              autoComplete="new-password"
              value={values.newSecret}
              onChange={(newSecret) => set({ newSecret })}
            />
            {settings.hasClientSecret && (
              <SingleCheckbox
                label={t('ssoAdmin.secretRemove')}
                description={t('ssoAdmin.secretRemoveHelp')}
                name="removeSecret"
                isSelected={values.removeSecret}
                onChange={(removeSecret) => set({ removeSecret })}
              />
            )}
          </fieldset>
          <TextInput
            label={t('ssoAdmin.scopes')}
            description={t('ssoAdmin.scopesHelp')}
            name="scopes"
            value={values.scopes}
            onChange={(scopes) => set({ scopes })}
          />
          <TextInput
            label={t('ssoAdmin.roleClaim')}
            description={t('ssoAdmin.roleClaimHelp')}
            name="roleClaim"
            value={values.roleClaim}
            onChange={(roleClaim) => set({ roleClaim })}
          />
          <fieldset
            className="utrecht-form-fieldset regie-field"
            aria-describedby={errors.roleMapping ? 'sso-mapping-error' : undefined}
          >
            <legend className="utrecht-form-label">{t('ssoAdmin.mapping')}</legend>
            <p className="utrecht-form-field-description">{t('ssoAdmin.mappingHelp')}</p>
            <FieldMessage id="sso-mapping-error" message={errors.roleMapping} />
            {values.roleMapping.length === 0 && <p className="utrecht-paragraph">{t('ssoAdmin.mappingNone')}</p>}
            {values.roleMapping.map((row, index) => (
              <div key={row.key} className="regie-field-row regie-sso-mapping">
                <TextInput
                  label={t('ssoAdmin.mappingValue', { number: index + 1 })}
                  name={`roleMapping.${index}.value`}
                  value={row.value}
                  onChange={(value) => setRow(row.key, { value })}
                />
                <SelectInput
                  label={t('ssoAdmin.mappingRole', { number: index + 1 })}
                  name={`roleMapping.${index}.role`}
                  value={row.role}
                  onChange={(role) => setRow(row.key, { role })}
                  options={roleOptions}
                  error={errors[`roleMapping.${index}.role`]}
                />
                <Button
                  className="utrecht-button utrecht-button--subtle"
                  onPress={() => set({ roleMapping: values.roleMapping.filter((other) => other.key !== row.key) })}
                >
                  {t('ssoAdmin.mappingRemove', { number: index + 1 })}
                </Button>
              </div>
            ))}
            <Button
              className="utrecht-button utrecht-button--secondary-action"
              onPress={() =>
                set({ roleMapping: [...values.roleMapping, { key: nextRowKey++, value: '', role: 'employee' }] })
              }
            >
              {t('ssoAdmin.mappingAdd')}
            </Button>
          </fieldset>
          <fieldset className="utrecht-form-fieldset regie-field">
            <legend className="utrecht-form-label">{t('ssoAdmin.newUsers')}</legend>
            <p className="utrecht-form-field-description">{t('ssoAdmin.newUsersHelp')}</p>
            <SelectInput
              label={t('ssoAdmin.defaultRole')}
              name="defaultRole"
              value={values.defaultRole ?? ''}
              onChange={(role) => set({ defaultRole: role === '' ? null : (role as Role) })}
              options={roleOptions}
              emptyLabel={t('ssoAdmin.defaultRoleNone')}
              error={errors.defaultRole}
            />
            <SelectInput
              label={t('ssoAdmin.defaultOffice')}
              name="defaultOfficeId"
              value={values.defaultOfficeId ?? ''}
              onChange={(id) => set({ defaultOfficeId: id === '' ? null : id })}
              options={(org.data?.offices ?? []).map((office) => ({ value: office.id, label: office.name }))}
              emptyLabel={t('common.none')}
              error={errors.defaultOfficeId}
            />
            <SelectInput
              label={t('ssoAdmin.defaultDepartment')}
              name="defaultDepartmentId"
              value={values.defaultDepartmentId ?? ''}
              onChange={(id) => set({ defaultDepartmentId: id === '' ? null : id })}
              options={(org.data?.departments ?? []).map((department) => ({
                value: department.id,
                label: department.name,
              }))}
              emptyLabel={t('common.none')}
              error={errors.defaultDepartmentId}
            />
          </fieldset>
          <fieldset
            className="utrecht-form-fieldset regie-field"
            aria-describedby={errors.passwordLoginEnabled ? 'sso-password-error' : undefined}
          >
            <legend className="utrecht-form-label">{t('ssoAdmin.passwordLogin')}</legend>
            <SingleCheckbox
              label={t('ssoAdmin.passwordOff')}
              description={t('ssoAdmin.breakGlass')}
              name="passwordLoginOff"
              isSelected={!values.passwordLoginEnabled}
              onChange={(off) => set({ passwordLoginEnabled: !off })}
            />
            <FieldMessage id="sso-password-error" message={errors.passwordLoginEnabled} />
            <SingleCheckbox
              label={t('ssoAdmin.enforcesTwoFactor')}
              description={t('ssoAdmin.enforcesTwoFactorHelp')}
              name="ssoEnforcesTwoFactor"
              isSelected={values.ssoEnforcesTwoFactor}
              onChange={(ssoEnforcesTwoFactor) => set({ ssoEnforcesTwoFactor })}
            />
          </fieldset>
          <Button type="submit" isDisabled={busy} className="utrecht-button utrecht-button--primary-action">
            {t('ssoAdmin.save')}
          </Button>
        </Form>
      </Section>
    </>
  );
}

/** The admin connects the organisation's identity provider (OpenID Connect) and decides who gets which role. */
export function SsoSettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery(ssoSettingsQuery);
  return (
    <>
      <PageHeading title={t('ssoAdmin.title')}>{t('ssoAdmin.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('ssoAdmin.intro')}</p>
      <ErrorAlert error={settings.error} />
      {settings.isPending && <Loading />}
      {settings.data && <SsoForm settings={settings.data} />}
    </>
  );
}
