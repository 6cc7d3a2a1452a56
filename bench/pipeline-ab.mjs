#!/usr/bin/env node
// CPU time of the events pipeline (and of each stage) in two or more builds of newsgraph, run
// alternately in one process so that they share whatever else the machine is doing: on a shared
// machine wall time, and even CPU time, move between runs far more than most changes do. Each
// build is a checkout with its own built dist/ and models/ (for an older commit:
// `git archive COMMIT | tar -x -C DIR`, link node_modules, `npx tsc -p tsconfig.build.json`).
// The articles are read and analysed once by the last build; every build then runs each stage
// on those Docs. Prints min and median CPU ms per pass and sentences per CPU second.
//
//   node bench/pipeline-ab.mjs --input /tmp/bbc240 [--runs 5] BUILD_DIR BUILD_DIR…
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const STAGES = ['paragraphs', 'tokens', 'sentences', 'pos', 'chunks', 'entities', 'links', 'quotes', 'events'];

const { values, positionals } = parseArgs({ allowPositionals: true, options: { input: { type: 'string' }, runs: { type: 'string', default: '5' } } });
if (!values.input || positionals.length === 0) {
  console.error('usage: node bench/pipeline-ab.mjs --input FOLDER [--runs 5] BUILD_DIR [BUILD_DIR…]');
  process.exit(2);
}
const runs = Number(values.runs);
const load = (dir, file) => import(pathToFileURL(resolve(dir, 'dist', file)).href);

const builds = [];
for (const dir of positionals) {
  const { STAGES: registry } = await load(dir, 'nlp/index.js');
  builds.push({ dir, stages: STAGES.map((name) => registry.get(name)), cpu: STAGES.map(() => []), total: [] });
}
const engine = await load(positionals[positionals.length - 1], 'engine/index.js');
const analyzer = engine.createAnalyzer({ stages: STAGES });
const docs = [];
for await (const result of engine.readInputs([values.input], {})) if (result.ok) docs.push(analyzer.analyze(engine.docFromArticle(result.article)));
const sentences = docs.reduce((n, d) => n + d.layers.sentences.length, 0);

const cpuMs = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
// Pass 0 warms up each build; stages run on the analysed Docs, so each reads the layers it needs.
for (let pass = 0; pass <= runs; pass++) {
  for (const build of builds) {
    let total = 0;
    build.stages.forEach((stage, k) => {
      const started = process.cpuUsage();
      for (const doc of docs) stage.run(doc);
      const ms = cpuMs(started);
      total += ms;
      if (pass > 0) build.cpu[k].push(ms);
    });
    if (pass > 0) build.total.push(total);
  }
}

const stats = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[sorted.length >> 1] };
};
console.log(`${docs.length} articles, ${sentences} sentences; ${runs} passes per build after a warm-up, builds alternating; CPU ms per pass (min / median)`);
for (const build of builds) {
  const total = stats(build.total);
  console.log(`${build.dir}: all stages ${total.min.toFixed(0)} / ${total.median.toFixed(0)} ms = ${Math.round((sentences * 1000) / total.median)} sentences per CPU second (median)`);
  console.log('  ' + STAGES.map((name, k) => `${name} ${stats(build.cpu[k]).min.toFixed(0)}/${stats(build.cpu[k]).median.toFixed(0)}`).join(', '));
}
