import { hasAnyRole } from '../../http/policy.js';
import { measurePolicy } from '../measures/policy.js';

export const letterPolicy = {
  /** The safety officer owns the letters' wording, as the protocol; those who send letters read the templates. */
  readTemplates: hasAnyRole('manager', 'safety_officer'),
  editTemplates: hasAnyRole('safety_officer'),
  /** Letters belong to a measure: whoever decides measures for that incident (checked per incident). */
  send: measurePolicy.decide,
  /** The incident dossier: whoever follows up the case and so sees the incident and its measures. */
  dossier: measurePolicy.decide,
};
