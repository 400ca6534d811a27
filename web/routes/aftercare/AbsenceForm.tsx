import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorAlert, SuccessNote } from '../../components/feedback';
import { DateInput, SelectInput, TextInput } from '../../components/fields';
import { useAction } from '../../components/useAction';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/**
 * Absence because of an incident, for the manager on the case and for HR from a referral: a first day and either
 * the last day or, while that is unknown, the number of days.
 */
export function AbsenceForm({
  incidentId,
  people,
  onSaved,
}: {
  incidentId: string;
  people: { id: string; label: string }[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [personId, setPersonId] = useState(people[0]?.id ?? '');
  const [startOn, setStartOn] = useState(today());
  const [endOn, setEndOn] = useState('');
  const [days, setDays] = useState('');
  const [saved, setSaved] = useState(false);
  const { error, busy, run } = useAction();
  return (
    <Form
      className="regie-form"
      aria-label={t('aftercare.absence.save')}
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        void run(async () => {
          await api('POST', `/api/v1/incidents/${incidentId}/absences`, {
            personId,
            startOn,
            ...(endOn ? { endOn } : { days: Number(days) }),
          });
          setEndOn('');
          setDays('');
          setSaved(true);
          onSaved();
        });
      }}
    >
      {people.length > 1 && (
        <SelectInput
          label={t('aftercare.absence.person')}
          name="personId"
          value={personId}
          onChange={setPersonId}
          options={people.map((person) => ({ value: person.id, label: person.label }))}
        />
      )}
      <DateInput
        label={t('aftercare.absence.startOn')}
        name="startOn"
        value={startOn}
        onChange={setStartOn}
        max={today()}
      />
      <DateInput label={t('aftercare.absence.endOn')} name="endOn" value={endOn} onChange={setEndOn} min={startOn} />
      {!endOn && (
        <TextInput
          label={t('aftercare.absence.daysInput')}
          description={t('aftercare.absence.daysHelp')}
          name="days"
          inputMode="numeric"
          value={days}
          onChange={setDays}
        />
      )}
      <ErrorAlert error={error} />
      {saved && <SuccessNote>{t('aftercare.absence.saved')}</SuccessNote>}
      <Button
        type="submit"
        className="utrecht-button utrecht-button--secondary-action"
        isDisabled={busy || !personId || !startOn || (!endOn && !/^\d+$/.test(days))}
      >
        {t('aftercare.absence.save')}
      </Button>
    </Form>
  );
}
