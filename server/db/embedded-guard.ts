import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The embedded database never starts with data silently missing. A marker file records that a data folder has held
 * Regie's data; when such a folder later opens as an empty database (files removed or replaced), or does not open at
 * all (damaged files), Regie refuses to start and says what to do, instead of creating a new empty database (and
 * loading demo data) over the old one. After a crash PGlite recovers from its write-ahead log like PostgreSQL does;
 * this guard is for the cases it cannot recover from.
 */

const MARKER = 'regie-data-in-use';

export class EmbeddedDatabaseError extends Error {}

export function dataDirHeldData(dataDir: string): boolean {
  return existsSync(path.join(dataDir, MARKER));
}

export function markDataDirInUse(dataDir: string): void {
  writeFileSync(
    path.join(dataDir, MARKER),
    'This folder holds the data of a Regie installation. Keep it with the data.\n',
  );
}

export function unopenableError(dataDir: string, cause: unknown): EmbeddedDatabaseError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new EmbeddedDatabaseError(
    `De ingebouwde database in ${dataDir} kan niet worden geopend (${reason}). Regie start niet, zodat er niets ` +
      'verloren gaat. Zet een back-up terug met `npm run restore`, of start met een andere DATA_DIR.\n' +
      `The embedded database in ${dataDir} cannot be opened (${reason}). Regie does not start, so nothing is lost. ` +
      'Restore a backup with `npm run restore`, or start with another DATA_DIR.',
  );
}

export function emptiedError(dataDir: string): EmbeddedDatabaseError {
  return new EmbeddedDatabaseError(
    `De map ${dataDir} bevatte gegevens van Regie, maar de database daarin is nu leeg. Regie start niet en laadt ` +
      'geen demogegevens, zodat er niets wordt overschreven. Zet een back-up terug met `npm run restore`.\n' +
      `The folder ${dataDir} held Regie's data, but the database in it is now empty. Regie does not start and loads ` +
      'no demo data, so nothing is overwritten. Restore a backup with `npm run restore`.',
  );
}
