import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client';

/** The API's validation errors by field name (first path segment), as React Aria's Form validationErrors take them. */
export function apiFieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fieldErrors() : {};
}

/**
 * The API's errors per field for a Form's validationErrors, each gone as soon as its field is changed. React Aria
 * keeps a server error on the input (and so blocks the next submit) until the field loses focus; clearing it on
 * change lets the corrected form be sent at once. An error that concerns several fields (a problem code rather
 * than one field's validation) goes when any of them changes.
 */
export function useFieldErrors(error: unknown, toErrors: (error: unknown) => Record<string, string> = apiFieldErrors) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => setErrors(toErrors(error)), [error, toErrors]);
  const crossField = error instanceof ApiError && error.errors.length === 0;
  const clear = useCallback(
    (...fields: string[]) =>
      setErrors((current) => {
        if (Object.keys(current).length === 0) return current;
        if (crossField) return {};
        const next = { ...current };
        let changed = false;
        for (const key of Object.keys(current)) {
          if (fields.some((field) => key === field || key.startsWith(`${field}.`))) {
            delete next[key];
            changed = true;
          }
        }
        return changed ? next : current;
      }),
    [crossField],
  );
  /** A field's onChange that also clears its error: `onChange={clearing('subject', setSubject)}`. */
  const clearing =
    <T>(field: string, set: (value: T) => void) =>
    (value: T): void => {
      set(value);
      clear(field);
    };
  return { errors, clear, clearing };
}

/**
 * A form's values together with the API's errors per field: `set('name')` is the field's onChange, and changing a
 * field also clears its error (see useFieldErrors).
 */
export function useFormValues<V extends object>(initial: V, error: unknown) {
  const [values, setValues] = useState(initial);
  const { errors, clear } = useFieldErrors(error);
  const set =
    <K extends keyof V & string>(key: K) =>
    (value: V[K]): void => {
      setValues((current) => ({ ...current, [key]: value }));
      clear(key);
    };
  return { values, setValues, set, errors, clear };
}
