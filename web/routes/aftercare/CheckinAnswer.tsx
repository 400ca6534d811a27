import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { REFERRALS } from '../../../server/modules/aftercare/schedule';
import type { TCheckin } from '../../../server/modules/aftercare/schema';
import { api } from '../../api/client';
import { ErrorAlert, SuccessNote } from '../../components/feedback';
import { Checkboxes, TextAreaInput } from '../../components/fields';
import { useAction } from '../../components/useAction';

const SCORES = ['1', '2', '3', '4', '5'] as const;

/** The person's answer to one check-in: what they need now, how they are, and whom they want to be referred to. */
export function CheckinAnswer({ checkin }: { checkin: TCheckin }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [needs, setNeeds] = useState(checkin.answer?.needs ?? '');
  const [wellbeing, setWellbeing] = useState(checkin.answer?.wellbeing ? String(checkin.answer.wellbeing) : '');
  const [referrals, setReferrals] = useState<string[]>(checkin.answer?.referrals ?? []);
  const [saved, setSaved] = useState(false);
  const { error, busy, run } = useAction();
  return (
    <Form
      className="regie-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        void run(async () => {
          await api('POST', `/api/v1/aftercare/checkins/${checkin.id}/answer`, {
            needs,
            wellbeing: Number(wellbeing),
            referrals,
          });
          setSaved(true);
          await queryClient.invalidateQueries({ queryKey: ['aftercare'] });
        });
      }}
    >
      <TextAreaInput
        label={t('aftercare.answer.needs')}
        description={t('aftercare.answer.needsHelp')}
        name="needs"
        value={needs}
        onChange={setNeeds}
        maxLength={4000}
        rows={3}
      />
      <RadioGroup
        value={wellbeing}
        onChange={setWellbeing}
        isRequired
        className="utrecht-form-fieldset regie-field"
        name="wellbeing"
      >
        <Label className="utrecht-form-label">{t('aftercare.answer.wellbeing')}</Label>
        {SCORES.map((score) => (
          <Radio key={score} value={score} className="regie-radio">
            {t(`aftercare.wellbeing.${score}`)}
          </Radio>
        ))}
      </RadioGroup>
      <Checkboxes
        label={t('aftercare.answer.referrals')}
        name="referrals"
        value={referrals}
        onChange={setReferrals}
        options={REFERRALS.map((referral) => ({ value: referral, label: t(`aftercare.referral.${referral}`) }))}
      />
      <p className="regie-muted">{t('aftercare.answer.privacy')}</p>
      <ErrorAlert error={error} />
      {saved && <SuccessNote>{t('aftercare.answer.saved')}</SuccessNote>}
      <Button type="submit" className="utrecht-button utrecht-button--primary-action" isDisabled={busy || !wellbeing}>
        {checkin.answered ? t('aftercare.answer.update') : t('aftercare.answer.send')}
      </Button>
    </Form>
  );
}
