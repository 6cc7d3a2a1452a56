#!/usr/bin/env bash
# Reproduces every number in docs/benchmarks.md: the speed benchmark on the BBC corpus (with the HTML
# path on generated 50 KB pages) and the tokenizer/sentence evaluations on CoNLL-2003.
# Usage: bench/run.sh [RUNS]   (needs ../shared/data beside the repository; prints JSON lines last)
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data
runs=${1:-5}
npm run --silent build
node bin/newsgraph.js bench "$data/bbc-news-fulltext" --runs "$runs" --html 200
for split in train dev test; do
  node bin/newsgraph.js eval tokens --gold "$data/conll2003/$split.txt" | tail -1
  node bin/newsgraph.js eval sentences --gold "$data/conll2003/$split.txt" | tail -1
done
