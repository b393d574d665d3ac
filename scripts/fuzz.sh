#!/usr/bin/env bash
# Fuzzes the input readers with Jazzer, one fuzz test after another, each for the maxDuration its
# @FuzzTest names (12 minutes), at the lowest CPU priority. Findings land as files in the test's
# inputs folder under src/test/resources, where the plain build replays them from then on; the
# generated corpus stays in each module's .cifuzz-corpus/ (ignored by git).
#
#   scripts/fuzz.sh                      # all five: html, feed, jsonLines, manifest, dictionaries
#   scripts/fuzz.sh ReadersFuzzTest#feed # one
set -uo pipefail
cd "$(dirname "$0")/.."
targets=("$@")
((${#targets[@]})) || targets=(ReadersFuzzTest#html ReadersFuzzTest#feed ReadersFuzzTest#jsonLines ManifestFuzzTest#manifest TabariReaderFuzzTest#dictionaries)
status=0
for t in "${targets[@]}"; do
  case "$t" in TabariReaderFuzzTest*) module=actors ;; *) module=ingest ;; esac
  echo "fuzz: $t ($module) from $(date -u +%FT%TZ)" >&2
  JAZZER_FUZZ=1 nice -n 19 ./mvnw -B -pl "$module" -am test -Dtest="$t" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.hooks=true -Dsurefire.argLine="-Xmx1g -XX:+UseParallelGC -XX:-OmitStackTraceInFastThrow" || status=1
  echo "fuzz: $t ended $(date -u +%FT%TZ)" >&2
done
exit $status
