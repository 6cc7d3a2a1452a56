import Database from 'better-sqlite3';
import { checkSchema, migrate } from './migrate.js';

/** How long a writer waits for another connection's lock before SQLITE_BUSY, in milliseconds. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating if needed) a SQLite database at `path` (`:memory:` allowed), sets the pragmas
 * and migrates it. Read-only opens need an existing, current database and never write.
 */
export function openDatabase(path: string, readonly: boolean): Database.Database {
  const db = new Database(path, { readonly, fileMustExist: readonly });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    if (readonly) {
      checkSchema(db, path);
      return db;
    }
    // WAL lets readers (the web UI, `search`) run while ingest writes, and appends instead of
    // rewriting pages twice.
    db.pragma('journal_mode = WAL');
    // NORMAL skips the fsync at each commit, and is still safe against kill -9: a commit returns
    // only after its frames are write()n to the WAL, i.e. handed to the OS page cache, which
    // outlives the process. Only a power loss or kernel crash before the next checkpoint's fsync
    // can lose the last commits, and even then WAL checksums roll back to a consistent state.
    db.pragma('synchronous = NORMAL');
    migrate(db, path);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
