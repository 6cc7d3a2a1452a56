import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_OPTIONS, type EngineOptions } from '../engine/options.js';
import type { InputFormat } from '../ingest/types.js';
import { UsageError } from './usage-error.js';

type Flags = NonNullable<ParseArgsConfig['options']>;

/** Flags every command that reads articles takes. */
export const READ_FLAGS = {
  stages: { type: 'string' },
  strict: { type: 'boolean' },
  format: { type: 'string' },
  'max-bytes': { type: 'string' },
  json: { type: 'boolean' },
} as const satisfies Flags;

/** Parsed flags and positionals, typed from the command's flag table. */
export type Parsed<T extends Flags> = ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>;

/** Parses argv against the command's flags; an unknown flag or a missing value is a UsageError. */
export function parse<T extends Flags>(argv: readonly string[], options: T, allowPositionals = true): Parsed<T> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: allowPositionals as true, strict: true });
  } catch (error) {
    throw new UsageError('E_USAGE', error instanceof Error ? error.message : String(error));
  }
}

const FORMATS: readonly InputFormat[] = ['auto', 'text', 'jsonl', 'html'];

/** A positive whole number from a flag, or a UsageError naming the flag. */
export function positiveInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError('E_USAGE', `--${flag} expects a positive whole number, got '${value}'`);
  return n;
}

/** Turns the read flags into the engine's options, the same object the HTTP API builds. */
export function engineOptions(values: {
  stages?: string | undefined;
  strict?: boolean | undefined;
  format?: string | undefined;
  'max-bytes'?: string | undefined;
}): EngineOptions {
  const format = (values.format ?? 'auto') as InputFormat;
  if (!FORMATS.includes(format)) {
    throw new UsageError('E_USAGE', `--format expects one of ${FORMATS.join(', ')}, got '${values.format}'`);
  }
  return {
    ...DEFAULT_OPTIONS,
    stages: values.stages ? values.stages.split(',').map((s) => s.trim()).filter(Boolean) : DEFAULT_OPTIONS.stages,
    errors: values.strict ? 'strict' : 'record',
    read: { format, maxArticleBytes: positiveInt('max-bytes', values['max-bytes'], DEFAULT_OPTIONS.read.maxArticleBytes) },
  };
}
