import { spawnSync } from 'node:child_process';

/**
 * Compiles `src` to `dist` once before the suite, so tests that start the real `bin/newsgraph.js`
 * or a child process (the kill -9 test) run today's code, not a stale build. Type errors do not
 * stop it (tsc still emits): `npm test` type-checks before vitest starts, and reports them there.
 */
export default function setup(): void {
  spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'ignore' });
}
