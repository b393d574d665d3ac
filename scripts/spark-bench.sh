#!/usr/bin/env bash
# Spark against the command line on the same reports: `faultline analyze` (a fresh DuckDB file, --threads 2), then
# `faultline spark analyze` in local[1] and local[2], each timed end to end (JVM start included) with its peak resident
# memory. The input is the first CNN_ITEMS items of the CNN corpus and the first REUTERS_ITEMS stories of
# Reuters-21578 (those with a body), as JSON Lines in four files. Usage: CNN_ITEMS=150 REUTERS_ITEMS=150 scripts/spark-bench.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work=$(mktemp -d /tmp/faultline-spark-bench.XXXXXX)
python3 - "$work/in" "${CNN_ITEMS:-150}" "${REUTERS_ITEMS:-150}" <<'PY'
import glob, html, json, os, re, sys
out, cnn_n, reu_n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(out)
items = []
with open("../shared/corpora/cnn_2024-07-16_2024-08-01.jsonl", encoding="utf-8") as f:
    for line in f:
        if len(items) >= cnn_n: break
        j = json.loads(line)
        items.append({"title": j["title"], "published": j["published"][:10], "outlet": "CNN", "text": j["text"]})
reuters = []
for path in sorted(glob.glob("../shared/corpora/reuters21578/reut2-*.sgm")):
    sgml = open(path, encoding="latin-1").read()
    for doc in re.findall(r"<REUTERS.*?</REUTERS>", sgml, re.S):
        body, title, date = (re.search(f"<{t}>(.*?)</{t}>", doc, re.S) for t in ("BODY", "TITLE", "DATE"))
        if not body: continue
        day = re.match(r"\s*(\d+)-([A-Z]+)-(\d{4})", date.group(1))
        months = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
        reuters.append({"title": html.unescape(title.group(1)) if title else None, "outlet": "Reuters",
                        "published": f"{day.group(3)}-{months.index(day.group(2)) + 1:02d}-{int(day.group(1)):02d}",
                        "text": html.unescape(body.group(1))})
        if len(reuters) >= reu_n: break
    if len(reuters) >= reu_n: break
everything = items + reuters
for k in range(4):
    with open(os.path.join(out, f"part-{k}.jsonl"), "w", encoding="utf-8") as f:
        for item in everything[k::4]: f.write(json.dumps(item) + "\n")
print(f"{len(items)} CNN items and {len(reuters)} Reuters stories in {out}", file=sys.stderr)
PY
./faultline --help >/dev/null   # builds what is missing
measure() {   # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/$label.out" 2>"$work/$label.err" || true
  read -r secs kb <"$work/time"
  echo "| $label | $secs | $((kb / 1024)) |"
}
echo "| run | seconds | peak RSS (MB) |"
echo "|---|---|---|"
measure cli ./faultline analyze "$work/in" --db "$work/cli.duckdb" --threads 2
measure 'spark local[1]' ./faultline spark analyze "$work/in" --out "$work/local1" --master 'local[1]'
measure 'spark local[2]' ./faultline spark analyze "$work/in" --out "$work/local2" --master 'local[2]'
for c in events claims relations; do
  ./faultline "$c" --db "$work/cli.duckdb" --format jsonl >"$work/cli-$c.jsonl"
  ./faultline "$c" --db "$work/local2" --format jsonl >"$work/spark-$c.jsonl"
  cmp -s "$work/cli-$c.jsonl" "$work/spark-$c.jsonl" && echo "$c: the same ($(wc -l <"$work/cli-$c.jsonl") lines)" >&2 \
    || echo "$c: DIFFERENT" >&2
done
grep -h "Analysed\|Stored\|Read " "$work"/*.out >&2 || true
echo "outputs in $work" >&2
