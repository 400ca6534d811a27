import { hasAnyRole } from '../../http/policy.js';

export const privacyPolicy = {
  /**
   * Privacy requests are the safety officer's: they already see every report and client record, so an export or
   * an erasure shows them nothing new. The admin sees no incident content (docs/SECURITY.md) and so cannot.
   */
  requests: hasAnyRole('safety_officer'),
  /**
   * Retention periods and the job's runs: the admin (organisation settings) and the safety officer. A run lists
   * which records it anonymised by id, never their content.
   */
  retention: hasAnyRole('admin', 'safety_officer'),
  /**
   * The confidential part of an employee's export: the confidential counsellor's alone, for only she may learn who
   * went to her (the safety officer's export leaves confidential reports out).
   */
  confidentialPart: hasAnyRole('confidant'),
};
