import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EvalTask } from './task.js';

const TASKS_DIR = new URL('./tasks/', import.meta.url);

/** Module files of `tasks/`, compiled (`.js`) or source (`.ts`, under vitest); tests and maps excluded. */
function taskFiles(): string[] {
  return readdirSync(fileURLToPath(TASKS_DIR))
    .filter((f) => /\.(js|ts)$/.test(f) && !/\.(test|d)\.ts$/.test(f) && !f.endsWith('.test.js'))
    .sort();
}

/** Names of the evaluation tasks, one per file under `src/eval/tasks/`. */
export function taskNames(): string[] {
  return taskFiles().map((f) => f.replace(/\.(js|ts)$/, ''));
}

/**
 * Loads one task by name. Adding a task is adding `src/eval/tasks/NAME.ts` exporting `task`;
 * nothing else needs to know about it.
 */
export async function loadTask(name: string): Promise<EvalTask | undefined> {
  const file = taskFiles().find((f) => f.replace(/\.(js|ts)$/, '') === name);
  if (!file) return undefined;
  const module: { task?: EvalTask } = await import(new URL(file, TASKS_DIR).href);
  return module.task;
}
