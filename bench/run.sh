#!/usr/bin/env bash
# Reproduces the numbers in docs/benchmarks.md: the speed benchmarks on the BBC corpus (the splitting
# stages with the HTML path on generated 50 KB pages, then the whole default pipeline), the entity,
# actor-code, tokenizer and sentence evaluations. The comparison with other JavaScript libraries is
# `npm run bench:ner -- --gold ../shared/data/conll2003/test.txt` (slow: nlp.js takes minutes).
# Usage: bench/run.sh [RUNS]   (needs ../shared/data beside the repository; prints JSON lines last)
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data
runs=${1:-5}
npm run --silent build
node bin/newsgraph.js bench "$data/bbc-news-fulltext" --runs "$runs" --html 200 --stages paragraphs,tokens,sentences
node bin/newsgraph.js bench "$data/bbc-news-fulltext" --runs "$runs"
for split in test conllpp_test; do
  node bin/newsgraph.js eval ner --gold "$data/conll2003/$split.txt" --runs "$runs" | tail -1
  node bin/newsgraph.js eval ner --gold "$data/conll2003/$split.txt" --raw | tail -1
done
node bin/newsgraph.js eval quotes --gold "$data/polnear/dev" | tail -1
node bin/newsgraph.js eval actors --gold "$data/petrarch2/validation/PETR2_GSR_validation.xml" | tail -1
for split in train dev test; do
  node bin/newsgraph.js eval tokens --gold "$data/conll2003/$split.txt" | tail -1
  node bin/newsgraph.js eval sentences --gold "$data/conll2003/$split.txt" | tail -1
done
