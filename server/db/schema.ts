// Every table of every module, for Drizzle's query builder and drizzle-kit.

export * from '../modules/aftercare/tables.js';
export * from '../modules/alarms/tables.js';
export * from '../modules/audit/tables.js';
export * from '../modules/audits/tables.js';
export * from '../modules/auth/tables.js';
export * from '../modules/clients/tables.js';
export * from '../modules/coaching-plans/tables.js';
export * from '../modules/confidential/tables.js';
export * from '../modules/dashboard/tables.js';
export * from '../modules/duty/tables.js';
export * from '../modules/handlings/tables.js';
export * from '../modules/incidents/attachments-tables.js';
export * from '../modules/incidents/tables.js';
export * from '../modules/letters/tables.js';
export * from '../modules/mail/tables.js';
export * from '../modules/measures/tables.js';
export * from '../modules/org/tables.js';
export * from '../modules/privacy/tables.js';
export * from '../modules/protocols/tables.js';
export * from '../modules/signalcard/tables.js';
export * from '../modules/sso/tables.js';
export * from '../modules/surveys/tables.js';
export * from '../modules/training/tables.js';
export * from '../modules/users/tables.js';
export * from '../modules/webhooks/tables.js';
