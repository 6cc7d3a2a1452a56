import type { Database } from 'better-sqlite3';
import { StoreError } from './errors.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';

/** The schema version this code writes: the number of the last migration. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function tooNew(path: string, version: number): StoreError {
  return new StoreError(
    'E_STORE_TOO_NEW',
    `database '${path}' has schema version ${version}, but this newsgraph knows versions up to ${SCHEMA_VERSION}; upgrade newsgraph to open it`,
  );
}

/**
 * Brings the schema up to {@link SCHEMA_VERSION}. Each migration runs in its own IMMEDIATE
 * transaction together with the `user_version` bump, so a crash leaves the database at the last
 * whole version, never between two. A database newer than this code is an error: writing to it
 * could break a schema we cannot see.
 */
export function migrate(db: Database, path: string, migrations: readonly Migration[] = MIGRATIONS): void {
  // By number, not position: branches take numbers in parallel (0008 and 0009) and merge later.
  const known = migrations[migrations.length - 1]?.version ?? 0;
  const apply = db.transaction((migration: Migration) => {
    db.exec(migration.sql);
    // PRAGMA takes no bound parameters; the value is our own integer, never user input.
    db.pragma(`user_version = ${migration.version}`);
  });
  const current = schemaVersion(db);
  if (current > known) throw tooNew(path, current);
  for (const migration of migrations) if (migration.version > current) apply.immediate(migration);
}

/** For a read-only store, which cannot migrate: the schema must be exactly the current one. */
export function checkSchema(db: Database, path: string): void {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) throw tooNew(path, current);
  if (current < SCHEMA_VERSION) {
    throw new StoreError(
      'E_STORE_OUTDATED',
      `database '${path}' has schema version ${current}, this newsgraph needs ${SCHEMA_VERSION}; open it once without readonly to migrate it`,
    );
  }
}
