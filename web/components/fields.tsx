import { useId } from 'react';
import {
  Checkbox,
  CheckboxGroup,
  FieldError,
  Input,
  Label,
  Text,
  TextArea,
  TextField,
  type TextFieldProps,
} from 'react-aria-components';

/** Label and optional help text of a React Aria text field, in the NL Design System look. */
function LabelAndDescription({ label, description }: { label: string; description?: string }) {
  return (
    <>
      <Label className="utrecht-form-label">{label}</Label>
      {description && (
        <Text slot="description" className="utrecht-form-field-description">
          {description}
        </Text>
      )}
    </>
  );
}

/** A checkbox's visible box and label (React Aria's Checkbox renders no native box of its own here). */
function checkboxContent(label: string) {
  return ({ isSelected }: { isSelected: boolean }) => (
    <>
      <span className="regie-checkbox__box" aria-hidden="true">
        {isSelected ? '✓' : ''}
      </span>
      {label}
    </>
  );
}

interface TextInputProps extends Omit<TextFieldProps, 'children'> {
  label: string;
  description?: string;
  type?: 'text' | 'email' | 'password' | 'tel';
  autoComplete?: string;
}

/** A labelled text field in the NL Design System look; server errors arrive through the Form's validationErrors. */
export function TextInput({ label, description, type = 'text', autoComplete, ...props }: TextInputProps) {
  return (
    <TextField {...props} type={type} className="utrecht-form-field utrecht-form-field--text regie-field">
      <LabelAndDescription label={label} description={description} />
      <Input className="utrecht-textbox utrecht-textbox--html-input" autoComplete={autoComplete} />
      <FieldError className="utrecht-form-field-error-message" />
    </TextField>
  );
}

interface SelectInputProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  /** Label of the empty choice; omitted when a value is required. */
  emptyLabel?: string;
  error?: string;
}

/** A native select: the most robust choice on phones and for screen readers. */
export function SelectInput({ label, name, value, onChange, options, emptyLabel, error }: SelectInputProps) {
  const id = useId();
  return (
    <div className="utrecht-form-field regie-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        className="utrecht-select utrecht-select--html-select"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="utrecht-form-field-error-message">
          {error}
        </p>
      )}
    </div>
  );
}

interface CheckboxesProps {
  label: string;
  name: string;
  value: string[];
  onChange: (value: string[]) => void;
  options: { value: string; label: string }[];
  isRequired?: boolean;
}

export function Checkboxes({ label, name, value, onChange, options, isRequired }: CheckboxesProps) {
  return (
    <CheckboxGroup
      name={name}
      value={value}
      onChange={onChange}
      isRequired={isRequired}
      className="utrecht-form-fieldset regie-field"
    >
      <Label className="utrecht-form-label">{label}</Label>
      <div className="regie-checkboxes">
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value} className="regie-checkbox">
            {checkboxContent(option.label)}
          </Checkbox>
        ))}
      </div>
      <FieldError className="utrecht-form-field-error-message" />
    </CheckboxGroup>
  );
}

/** A multi-line text field, same look and validation as TextInput; `rows` is its initial height (default 2). */
export function TextAreaInput({
  label,
  description,
  rows = 2,
  ...props
}: Omit<TextInputProps, 'type' | 'autoComplete'> & { rows?: number }) {
  return (
    <TextField {...props} className="utrecht-form-field utrecht-form-field--text regie-field">
      <LabelAndDescription label={label} description={description} />
      <TextArea className="utrecht-textarea utrecht-textarea--html-textarea" rows={rows} />
      <FieldError className="utrecht-form-field-error-message" />
    </TextField>
  );
}

interface NativeFieldProps {
  label: string;
  name?: string;
  /** YYYY-MM-DD (date) or HH:MM (time), or '' for none. */
  value: string;
  onChange: (value: string) => void;
  max?: string;
  min?: string;
  required?: boolean;
}

/** A native date or time field: phones show their own picker, screen readers know it. */
function NativeField({ type, label, name, value, onChange, max, min, required }: NativeFieldProps & { type: string }) {
  const id = useId();
  return (
    <div className="utrecht-form-field regie-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        required={required}
        className="utrecht-textbox utrecht-textbox--html-input"
        value={value}
        max={max}
        min={min}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

export function DateInput(props: NativeFieldProps) {
  return <NativeField type="date" {...props} />;
}

export function TimeInput(props: NativeFieldProps) {
  return <NativeField type="time" {...props} />;
}

/** One yes/no choice, in the same look as the checkbox groups. */
export function SingleCheckbox({
  label,
  description,
  name,
  isSelected,
  onChange,
}: {
  label: string;
  description?: string;
  name: string;
  isSelected: boolean;
  onChange: (value: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="utrecht-form-field regie-field">
      <Checkbox
        name={name}
        isSelected={isSelected}
        onChange={onChange}
        className="regie-checkbox"
        aria-describedby={description ? id : undefined}
      >
        {checkboxContent(label)}
      </Checkbox>
      {description && (
        <p id={id} className="utrecht-form-field-description">
          {description}
        </p>
      )}
    </div>
  );
}
