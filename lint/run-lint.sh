#!/usr/bin/env bash
# `npm run lint`: bpmnlint (config in .bpmnlintrc) over processes/*.bpmn, or over the files given.
# With no models yet it says so and succeeds, so CI stays green until the first model lands.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if (( $# > 0 )); then
  models=("$@")
else
  shopt -s nullglob
  models=(processes/*.bpmn)
fi

if (( ${#models[@]} == 0 )); then
  echo "bpmnlint: no BPMN models in processes/ yet - nothing to lint."
  exit 0
fi

if [[ ! -x node_modules/.bin/bpmnlint ]]; then
  echo "bpmnlint is not installed: run 'npm ci' first." >&2
  exit 1
fi

echo "bpmnlint: ${#models[@]} model(s): ${models[*]}"
node_modules/.bin/bpmnlint "${models[@]}"
echo "bpmnlint: all models lint clean."
