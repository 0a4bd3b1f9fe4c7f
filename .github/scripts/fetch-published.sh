#!/usr/bin/env bash
# Downloads what the live site publishes that the next build builds on: data/summary.json (the
# publish check compares against it) and data/history.parquet (the history grows from it).
#
# usage: fetch-published.sh BASE_URL DEST_DIR
#
# A 404 means the site has not published that file yet (the first run): the file is left out and
# the script succeeds. Any other failure (network, 5xx) stops the build: carrying on would publish
# a history that silently starts over.
set -euo pipefail

if [ "$#" -ne 2 ] || [ -z "$1" ]; then
  echo "usage: $0 BASE_URL DEST_DIR (BASE_URL is the site's address, e.g. https://owner.github.io/repo)" >&2
  exit 2
fi
base_url="${1%/}"
# Transient failures (timeouts, 429, 5xx) are retried first; FETCH_RETRIES=0 turns that off.
retries="${FETCH_RETRIES:-3}"
dest="$2"
mkdir -p "$dest"

for name in summary.json history.parquet; do
  url="$base_url/data/$name"
  part="$dest/$name.part"
  if ! status="$(curl --silent --show-error --location --retry "$retries" --retry-delay 5 --output "$part" --write-out '%{http_code}' "$url")"; then
    rm -f "$part"
    echo "error: could not download $url (network failure); not building on a guess. Run the workflow again." >&2
    exit 1
  fi
  case "$status" in
    200)
      mv "$part" "$dest/$name"
      echo "downloaded $url ($(wc -c <"$dest/$name") bytes)"
      ;;
    404)
      rm -f "$part"
      echo "no $url yet (HTTP 404): first publication of $name"
      ;;
    *)
      rm -f "$part"
      echo "error: $url answered HTTP $status; the published $name must be read before publishing again. Run the workflow again later." >&2
      exit 1
      ;;
  esac
done
