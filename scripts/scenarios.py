#!/usr/bin/env python3
"""Builds the development scenarios' folders from ../shared, and scores them.

A scenario is kept in the project as eval/scenarios/NAME/: facts.json (what a careful reader lists),
manifest.csv (file, outlet, published, title of each report) and sources.txt (which corpus item each
report file is). The reports themselves are third-party text and stay in ../shared; this script copies
them into eval-out/scenarios/NAME/ (gitignored) beside the manifest and the facts, which makes the
folder `faultline eval scenario --data` reads.

sources.txt: one report a line, `FILE CORPUS ITEM`, `#` starts a comment:
  seeds    ITEM is a file of ../shared/seeds (copied as it is; without a manifest.csv of its own
           the scenario takes the seeds' manifest)
  reuters  ITEM is a NEWID of ../shared/corpora/reuters21578/reut2-*.sgm (written as TITLE, a blank
           line, BODY, the SGML entities decoded)
  cnn      ITEM is the `id` of a line of ../shared/corpora/cnn_*.jsonl (written as title, a blank
           line, text)

Usage:
  python3 scripts/scenarios.py [--shared ../shared] [--out eval-out/scenarios] [--score] [NAME ...]
Without NAME, every scenario under eval/scenarios. --score then runs
`./faultline eval scenario --data eval-out/scenarios/NAME --out eval-out/scenarios/NAME.json` for each.
Only the standard library; re-running rewrites the same files.
"""
import argparse
import glob
import html
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCENARIOS = os.path.join(ROOT, "eval", "scenarios")


def read_sources(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split(None, 2)
            if len(parts) != 3 or parts[1] not in ("seeds", "reuters", "cnn"):
                sys.exit(f"{path}:{n}: expected FILE CORPUS ITEM with CORPUS seeds, reuters or cnn: {line!r}")
            out.append(tuple(parts))
    return out


class Corpora:
    """The corpora of ../shared, each read once and only when a scenario needs it."""

    def __init__(self, shared):
        self.shared = shared
        self._reuters = None
        self._cnn = None

    def reuters(self, newid):
        if self._reuters is None:
            self._reuters = {}
            files = sorted(glob.glob(os.path.join(self.shared, "corpora", "reuters21578", "reut2-*.sgm")))
            if not files:
                sys.exit(f"no Reuters-21578 files under {self.shared}/corpora/reuters21578")
            for name in files:
                with open(name, encoding="latin-1") as f:
                    sgml = f.read()
                for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', sgml, re.S):
                    self._reuters[m.group(1)] = m.group(2)
        doc = self._reuters.get(newid)
        if doc is None:
            sys.exit(f"Reuters-21578 has no NEWID {newid}")
        title = re.search(r"<TITLE>(.*?)</TITLE>", doc, re.S)
        body = re.search(r"<BODY>(.*?)</BODY>", doc, re.S)
        text = html.unescape(body.group(1)) if body else ""
        # The wire marks a paragraph with a literal "&\t" at a line's start and ends with "Reuter"; its
        # lines are hard-wrapped at 70 characters: paragraphs become blank-line separated, lines joined.
        text = re.sub(r"\n&\\t", "\n\n", text).replace("\x03", "")
        text = re.sub(r"\s*\b(REUTER|Reuter)\s*$", "", text.strip())
        text = "\n\n".join(" ".join(line.strip() for line in para.splitlines() if line.strip())
                             for para in re.split(r"\n\s*\n", text))
        return (html.unescape(title.group(1)).strip() if title else "") + "\n\n" + text + "\n"

    def cnn(self, item):
        if self._cnn is None:
            self._cnn = {}
            files = sorted(glob.glob(os.path.join(self.shared, "corpora", "cnn_*.jsonl")))
            if not files:
                sys.exit(f"no CNN corpus under {self.shared}/corpora")
            for name in files:
                with open(name, encoding="utf-8") as f:
                    for line in f:
                        if line.strip():
                            o = json.loads(line)
                            self._cnn[o["id"]] = o
        o = self._cnn.get(item)
        if o is None:
            sys.exit(f"the CNN corpus has no id {item}")
        return o["title"].strip() + "\n\n" + o["text"].strip() + "\n"


def build(name, corpora, out_root):
    src = os.path.join(SCENARIOS, name)
    target = os.path.join(out_root, name)
    if os.path.isdir(target):
        shutil.rmtree(target)
    os.makedirs(target)
    sources = read_sources(os.path.join(src, "sources.txt"))
    for file, corpus, item in sources:
        path = os.path.join(target, file)
        if corpus == "seeds":
            shutil.copyfile(os.path.join(corpora.shared, "seeds", item), path)
        else:
            text = corpora.reuters(item) if corpus == "reuters" else corpora.cnn(item)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    manifest = os.path.join(src, "manifest.csv")
    if not os.path.exists(manifest) and all(c == "seeds" for _, c, _ in sources):
        manifest = os.path.join(corpora.shared, "seeds", "manifest.csv")
    if not os.path.exists(manifest):
        sys.exit(f"{src} has no manifest.csv")
    shutil.copyfile(manifest, os.path.join(target, "manifest.csv"))
    shutil.copyfile(os.path.join(src, "facts.json"), os.path.join(target, "facts.json"))
    print(f"{target}: {len(sources)} reports", file=sys.stderr)
    return target


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    p.add_argument("--out", default=os.path.join(ROOT, "eval-out", "scenarios"))
    p.add_argument("--score", action="store_true", help="run `faultline eval scenario` on each folder built")
    p.add_argument("names", nargs="*")
    a = p.parse_args()
    names = a.names or sorted(d for d in os.listdir(SCENARIOS) if os.path.isfile(os.path.join(SCENARIOS, d, "sources.txt")))
    corpora = Corpora(a.shared)
    built = [(n, build(n, corpora, a.out)) for n in names]
    failed = 0
    if a.score:
        for n, folder in built:
            print(f"== {n}", flush=True)
            failed |= subprocess.call([os.path.join(ROOT, "faultline"), "eval", "scenario", "--data", folder,
                                       "--out", os.path.join(a.out, n + ".json")])
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
