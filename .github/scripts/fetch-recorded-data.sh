#!/usr/bin/env bash
# Fetches the recorded Hub data the tests read (see test/fixtures/recorded.ts) from the public
# repositories that recorded it, at the commits this project's copy was taken from, into DIR.
# The files are third-party recordings, so the repository does not carry them.
# usage: fetch-recorded-data.sh DIR
set -euo pipefail
dir=${1:?usage: fetch-recorded-data.sh DIR}
raw=https://raw.githubusercontent.com

fetch() { # repo commit path-in-repo local-file
  mkdir -p "$(dirname "$dir/$4")"
  curl -fsSL --retry 3 -o "$dir/$4" "$raw/$1/$2/$3"
}

fetch namhyeokwoo/huggingface-trending 99ceca72e61ee90e07248b445f3179c03511dd4f \
  data/snapshots/2026-08-22.json namhyeokwoo-top-likes-downloads/2026-08-22.json

while read -r commit stamp; do
  fetch park-onezero/daily-hf-trending "$commit" trending_cache.json "park-onezero-trending/trending_cache_$stamp.json"
done <<'LIST'
a2da61b4fe4d7a92237cc2118a2148f7f62f33ca 2026-03-02T1217Z
86dba58724cbcde6db8511905f2b53499c8ddf77 2026-04-01T0641Z
45e457162926f46feffb9f54cb67dbfdbf73a72b 2026-05-01T0051Z
782dd820020ac376b275ac7798af0d8c02e287e6 2026-06-01T0101Z
56a7a055f9966c61f786ee4cd1b32f5b49ab942b 2026-07-01T1844Z
78ee3e203c94901b21c6501e2a0ba67793e95736 2026-08-01T1321Z
b2a4c7e10d0b4d035c6b946dfc040bbf27f2de40 2026-08-22T1238Z
LIST
echo "recorded Hub data in $dir"
