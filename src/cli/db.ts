import { existsSync } from 'node:fs';
import type { Store } from '../store/store.js';
import { UsageError } from './usage-error.js';

/** Where the database lives unless `--db` says otherwise. */
export const DEFAULT_DB = 'newsgraph.db';

/**
 * Opens the store at `path`. Commands that only read pass `mustExist`, so a mistyped path is an
 * error rather than a new empty database.
 */
export async function openDb(path: string, mustExist: boolean): Promise<Store> {
  if (mustExist && path !== ':memory:' && !existsSync(path)) {
    throw new UsageError('E_NO_DB', `no database at '${path}'; run 'newsgraph ingest FILE|DIR --db ${path}' first, or pass --db`);
  }
  const { openSqliteStore } = await import('../store/index.js');
  return openSqliteStore(path);
}
