import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium, which `.ci/run` installs; the e2e tests skip (saying why) without it. */
export const CHROMIUM = process.env['NEWSGRAPH_CHROMIUM'] ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** Where screenshots go: kept after the run, ignored by git. */
export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');

/**
 * Launches headless chromium with a fresh profile (a new user-data-dir) and everything that would reach the network on
 * its own (updates, sync, QUIC probes) turned off: the tests must pass on a machine with no internet.
 */
export async function launch(): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
