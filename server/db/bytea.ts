import { customType } from 'drizzle-orm/pg-core';

/** Binary data (stored PDFs, evidence) as a Buffer on both drivers. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});
