#!/usr/bin/env bash
# Fetches the recorded Hub data the tests read into DIR and checks each file's sha256. The sources,
# commits and hashes are in test/recorded-data/manifest.ts; the test run does the same by itself
# when the data is missing, so this is only for fetching into a folder of your choice.
# usage: fetch-recorded-data.sh DIR
set -euo pipefail
dir=$(realpath -m "${1:?usage: fetch-recorded-data.sh DIR}")
cd "$(dirname "$0")/../.."
npm run --silent fetch-recorded-data -- "$dir"
