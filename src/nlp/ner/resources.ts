import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadClusters } from '../../resources/clusters.js';
import type { FeatureResources } from './features.js';
import { loadGazetteer } from './gazetteer.js';
import type { LinearModel } from './model.js';
import { deserializeModel } from './serialize.js';

/** The committed `models/` folder: three levels up from both `src/nlp/ner/` and `dist/nlp/ner/`. */
export const MODELS_DIR = fileURLToPath(new URL('../../../models/', import.meta.url));

/** A trained model with the resources its features were trained with. */
export interface TaggerResources extends FeatureResources {
  readonly model: LinearModel;
}

/**
 * Loads a model file (a name in `dir`, or an absolute path to a model trained elsewhere) and,
 * when its feature groups use them, the gazetteer and word clusters of `dir`. The clusters are optional: a model trained without them never asks for them.
 * Throws `E_MODEL_MISSING` naming the file and the command that builds it.
 */
export function loadTagger(file: string, dir: string = MODELS_DIR): TaggerResources {
  const path = isAbsolute(file) ? file : join(dir, file);
  if (!existsSync(path)) {
    throw new Error(`E_MODEL_MISSING: no model at ${path}; train it with \`node dist/train/ner.js\` (see docs/architecture.md)`);
  }
  const model = deserializeModel(readFileSync(path));
  const groups = model.config.groups;
  const gazetteerPath = `${dir}/gazetteer.tsv.gz`;
  const clustersPath = `${dir}/clusters.tsv`;
  return {
    model,
    ...((groups.includes('gazetteer') || groups.includes('names')) && existsSync(gazetteerPath) ? { gazetteer: loadGazetteer(gazetteerPath) } : {}),
    ...(groups.includes('clusters') && existsSync(clustersPath) ? { clusters: loadClusters(clustersPath) } : {}),
  };
}

const cache = new Map<string, TaggerResources>();

/** {@link loadTagger} once per file per process, on first use: every article shares the model. */
export function sharedTagger(file: string): TaggerResources {
  let resources = cache.get(file);
  if (!resources) {
    resources = loadTagger(file);
    cache.set(file, resources);
  }
  return resources;
}
