#!/usr/bin/python3
"""Fixtures for the web UI of `faultline serve`: the REST API's answers (/work/API.md, the server's
README under server/src/main/resources/dev/faultline/server/web/) built from an analysed store.

It runs the CLI's `--format jsonl` commands against a store, keeps their rows under OUT/rows/ and
writes one example answer per endpoint under OUT/api/ (query strings become `__key=value` in the
file name). It is a stand-in for the server while the UI is written and a reference of the shapes
for the server: the figures of the aggregates it computes itself (timeline, network, actor pages)
are approximations of the application core's, the rows are the CLI's own.

Rows and answers that quote article text (events, claims, articles, forces, evidence, actor pages)
are regenerated, never committed: OUT/.gitignore lists them. hostile.json (a made-up report whose
title, text, outlet and actor names carry markup and script payloads) is written by this script too
and is committed: it is ours, not a seed's.

Usage:
  ./faultline analyze ../shared/seeds --manifest ../shared/seeds/manifest.csv --db /tmp/ui/seeds.duckdb
  python3 scripts/ui_fixtures.py --db /tmp/ui/seeds.duckdb
Needs only Python 3.9+ and the repository's ./faultline launcher. Not part of the build or the tests.
"""
import argparse
import base64
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "server/src/test/resources/dev/faultline/server/fixtures"
PERIODS = ("month", "quarter", "year")

# The CLI commands whose rows the fixtures are made of: name -> arguments.
COMMANDS = {
    "events": ["events"], "claims": ["claims"], "relations": ["relations"], "actors": ["actors"],
    "articles": ["articles"],
    **{f"ruptures-{by}": ["ruptures", "--by", by] for by in PERIODS},
    **{f"blocs-{by}": ["blocs", "--by", by] for by in PERIODS},
    **{f"order-of-battle-{by}": ["order-of-battle", "--by", by] for by in PERIODS},
}
# Row files that quote the reports: kept out of git.
TEXT_ROWS = ("events", "claims", "articles")


# ---------------------------------------------------------------- reading the CLI's rows

def run_cli(db, rows_dir):
    rows_dir.mkdir(parents=True, exist_ok=True)
    for name, args in COMMANDS.items():
        out = subprocess.run([str(REPO / "faultline"), *args, "--db", db, "--format", "jsonl"],
                             check=True, capture_output=True, text=True, cwd=REPO).stdout
        (rows_dir / f"{name}.jsonl").write_text(out, encoding="utf-8")
    pairs = {(r["a"]["id"], r["b"]["id"]) for r in read_jsonl(rows_dir / "ruptures-month.jsonl")}
    for a, b in sorted(pairs):
        out = subprocess.run([str(REPO / "faultline"), "dyad", a, b, "--by", "month", "--db", db, "--format", "json"],
                             check=True, capture_output=True, text=True, cwd=REPO).stdout
        (rows_dir / f"dyad-{a}-{b}-month.json").write_text(out, encoding="utf-8")


def read_jsonl(path):
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# ---------------------------------------------------------------- the hostile report

PAYLOAD_SCRIPT = "<script>alert(1)</script>"
PAYLOAD_IMG = "<img src=x onerror=alert(1)>"


def hostile():
    """A made-up report whose every string a page shows carries markup: it must show as text."""
    text = (f"{PAYLOAD_SCRIPT} Militiamen of the {PAYLOAD_IMG} brigade shelled the village of "
            f"Tell {PAYLOAD_SCRIPT} on March 3, the \"><svg onload=alert(1)> observatory said. "
            "javascript:alert(1) was written on a wall. The brigade denied it.")
    span = [len(PAYLOAD_SCRIPT) + 1, text.index(" on March 3") + len(" on March 3")]
    art_id = "0000hostile00001"
    ev_id = "0000hostile0ev01"

    def ref(i, name, text_, kind="group"):
        return {"id": i, "name": name, "text": text_, "kind": kind, "country": "SYR", "sector": "REB",
                "role": None, "lineage": [i], "cameo": None, "origin": "derived", "affiliation": None}
    src = ref("img-brigade", f"{PAYLOAD_IMG} brigade", f"the {PAYLOAD_IMG} brigade")
    tgt = ref("script-village", f"Tell {PAYLOAD_SCRIPT}", f"Tell {PAYLOAD_SCRIPT}", "organization")
    date = {"value": "2019-03-03", "precision": "day", "basis": "relative"}
    loc = {"name": f"Tell {PAYLOAD_SCRIPT}", "geonameid": None, "country": "SYR", "admin1": None,
           "lat": 36.2, "lon": 37.1, "precision": "place"}
    attribution = [{"text": "\"><svg onload=alert(1)> observatory", "kind": "media", "actor": None, "span": None}]
    outlet = f"{PAYLOAD_IMG} News"
    article = {"schema": 1, "id": art_id, "title": f"{PAYLOAD_SCRIPT} Shelling of {PAYLOAD_IMG}",
               "outlet": outlet, "url": "javascript:alert(1)", "path": None, "format": "text", "item": 0,
               "published": {"value": "2019-03", "precision": "month", "estimated": False},
               "language": "en", "duplicate_of": None, "text": text,
               "problems": [f"a problem naming {PAYLOAD_IMG}"], "dropped": []}
    event = {"schema": 1, "id": ev_id, "article": art_id, "outlet": outlet, "sentence": 0, "span": span,
             "text": text[span[0]:span[1]], "date": date, "source": [src], "target": [tgt],
             "type": "ASSAULT", "mode": "bombard", "context": ["military"], "cameo": "195", "quad": 4,
             "goldstein": -10.0, "modality": "alleged", "location": loc,
             "size": {"personnel": None, "killed": 3, "injured": None, "text": f"three {PAYLOAD_SCRIPT}"},
             "attribution": attribution, "corroboration": 1, "confidence": 0.5, "credibility": 5}
    claim = {"schema": 1, "id": ev_id, "kind": "event", "article": art_id, "outlet": outlet,
             "published": "2019-03", "sentence": 0, "span": span, "date": date, "text": event["text"],
             "type": "ASSAULT", "source": [src], "target": [tgt], "actor": None, "personnel": None,
             "estimate": None, "location": loc, "modality": "alleged", "attribution": attribution,
             "story": ev_id, "corroboration": 1, "sources": [f"{PAYLOAD_IMG} observatory"],
             "same_story": ["552a93f9897b1a67"],
             "contradictions": [{"claim": "f9fa2ef3aedb5145", "why": f"the brigade denied it {PAYLOAD_SCRIPT}"}],
             "grade": "F", "credibility": 5, "credibility_label": "improbable", "score": 0.3,
             "reasons": [f"published by {PAYLOAD_IMG} News (F: reliability cannot be judged)",
                         "the report says it is alleged"]}
    relation = {"schema": 1, "type": "hostile", "a": src, "b": tgt, "from": "2019-03", "to": "2019-03",
                "score": -10.0, "evidence": [ev_id], "citation": None, "basis": "events", "rolled_up": False}
    actors = [{"actor": src, "mentions": 1, "articles": 1, "spellings": [src["text"]]},
              {"actor": tgt, "mentions": 1, "articles": 1, "spellings": [tgt["text"]]}]
    return {"article": article, "events": [event], "claims": [claim], "relations": [relation], "actors": actors}


# ---------------------------------------------------------------- the store the answers come from

def period_of(date, by):
    if not date:
        return None
    if by == "year":
        return date[:4]
    if by == "quarter":
        return f"{date[:4]}-Q{(int(date[5:7]) - 1) // 3 + 1}" if len(date) >= 7 else None
    return date[:7] if len(date) >= 7 else None


def in_window(value, since, until):
    """Dates are prefixes: 2018-09 lies within since=2018 and until=2018-09."""
    if not value:
        return not (since or until)
    if since and value[:len(since)] < since[:len(value)]:
        return False
    if until and value[:len(until)] > until[:len(value)]:
        return False
    return True


def overlaps(frm, to, since, until):
    if until and frm and frm[:len(until)] > until[:len(frm)]:
        return False
    if since and to and to[:len(since)] < since[:len(to)]:
        return False
    return True


def touches(ref, actor):
    return ref is not None and (ref["id"] == actor or actor in (ref.get("lineage") or []))


def event_actors(e):
    return list(e.get("source") or []) + list(e.get("target") or [])


class Store:
    def __init__(self, rows_dir, with_hostile=True):
        self.rows_dir = rows_dir
        r = lambda n: read_jsonl(rows_dir / f"{n}.jsonl")
        self.events, self.claims, self.relations = r("events"), r("claims"), r("relations")
        self.actors, self.articles = r("actors"), r("articles")
        self.ruptures = {by: r(f"ruptures-{by}") for by in PERIODS}
        self.blocs = {by: r(f"blocs-{by}") for by in PERIODS}
        self.oob = {by: r(f"order-of-battle-{by}") for by in PERIODS}
        self.dyads = {}
        for p in rows_dir.glob("dyad-*-month.json"):
            d = json.loads(p.read_text(encoding="utf-8"))
            self.dyads[(d["a"]["id"], d["b"]["id"], "month")] = d
        if with_hostile:
            self.add_report(hostile())
        self.revision = 1

    def add_report(self, h):
        self.articles.append(h["article"])
        self.events.extend(h["events"])
        self.claims.extend(h["claims"])
        self.relations.extend(h.get("relations", []))
        self.actors.extend(h.get("actors", []))
        self.revision = getattr(self, "revision", 0) + 1

    # ------------------------------------------------------------ lookups
    def refs(self):
        out = {}
        for row in self.actors:
            out[row["actor"]["id"]] = row["actor"]
        for rel in self.relations:
            out.setdefault(rel["a"]["id"], rel["a"])
            out.setdefault(rel["b"]["id"], rel["b"])
        for e in self.events:
            for a in event_actors(e):
                out.setdefault(a["id"], a)
        return out

    def ref(self, actor_id):
        r = self.refs().get(actor_id)
        return dict(r, text=None) if r else None

    # ------------------------------------------------------------ endpoints
    def status(self):
        return {"version": "fixture", "articles": len(self.articles), "events": len(self.events),
                "actors": len(self.actors), "store": "fixtures (" + str(self.rows_dir) + ")",
                "revision": self.revision}

    def event_rows(self, q):
        rows = self.events
        if q.get("ids"):
            wanted = q["ids"].split(",")
            by_id = {e["id"]: e for e in rows}
            return [by_id[i] for i in wanted if i in by_id]
        if q.get("actor"):
            rows = [e for e in rows if any(touches(a, q["actor"]) for a in event_actors(e))]
        if q.get("type"):
            types = set(q["type"].upper().split(","))
            rows = [e for e in rows if e["type"] in types]
        if q.get("since") or q.get("until"):
            rows = [e for e in rows if in_window((e.get("date") or {}).get("value"), q.get("since"), q.get("until"))]
        if q.get("outlet"):
            rows = [e for e in rows if e["outlet"] == q["outlet"]]
        if q.get("min_credibility"):
            n = int(q["min_credibility"])
            rows = [e for e in rows if e.get("credibility") is not None and e["credibility"] <= n]
        if q.get("bbox"):
            w, s, ea, n = (float(x) for x in q["bbox"].split(","))
            rows = [e for e in rows if e.get("location") and e["location"].get("lat") is not None
                    and w <= e["location"]["lon"] <= ea and s <= e["location"]["lat"] <= n]
        if q.get("q"):
            needle = q["q"].lower()
            rows = [e for e in rows if needle in (e.get("text") or "").lower()
                    or any(needle in (a.get("name") or "").lower() for a in event_actors(e))]
        sort = q.get("sort", "date")
        key = (lambda e: (e.get("credibility") or 9, (e.get("date") or {}).get("value") or "")) \
            if sort.lstrip("-") == "credibility" else (lambda e: ((e.get("date") or {}).get("value") or "", e["id"]))
        return sorted(rows, key=key, reverse=sort.startswith("-"))

    def events_list(self, q):
        return paged(self.event_rows(q), q)

    def evidence(self, claim_id):
        claim = next((c for c in self.claims if c["id"] == claim_id), None)
        event = next((e for e in self.events if e["id"] == claim_id), None)
        if claim is None and event is None:
            return None
        row = event or claim
        art = next((a for a in self.articles if a["id"] == row["article"]), None)
        return {"event": event, "claim": claim,
                "article": {k: art[k] for k in ("id", "title", "outlet", "url", "published")} if art else None,
                "context": {"text": art["text"] if art else None, "highlight": row.get("span")}}

    def claims_list(self, q):
        rows = self.claims
        if q.get("kind"):
            rows = [c for c in rows if c["kind"] == q["kind"]]
        if q.get("min_credibility"):
            rows = [c for c in rows if c["credibility"] <= int(q["min_credibility"])]
        return paged(rows, q)

    def forces(self, actor):
        out = []
        for c in self.claims:
            if c["kind"] == "force" and touches(c.get("actor"), actor):
                out.append({"schema": 1, "id": c["id"], "actor": c["actor"], "personnel": c["personnel"],
                            "estimate": c["estimate"], "place": c["location"], "date": c["date"], "text": c["text"],
                            "modality": c["modality"], "attribution": c["attribution"], "article": c["article"],
                            "outlet": c["outlet"], "span": c["span"], "corroboration": c["corroboration"],
                            "credibility": c["credibility"], "contradictions": c["contradictions"]})
        return out

    def relations_list(self, q):
        rows = self.relations
        if q.get("as_of"):
            rows = [r for r in rows if overlaps(r["from"], r["to"], q["as_of"], q["as_of"]) or
                    (r["basis"] == "events" and (r["from"] or "") <= q["as_of"])]
        if q.get("type"):
            rows = [r for r in rows if r["type"] == q["type"]]
        if q.get("actor"):
            rows = [r for r in rows if q["actor"] in (r["a"]["id"], r["b"]["id"])]
        return paged(rows, q, 1000)

    def actors_list(self, q):
        rows = self.actors
        if q.get("q"):
            n = q["q"].lower()
            rows = [r for r in rows if n in r["actor"]["id"] or n in (r["actor"]["name"] or "").lower()
                    or any(n in s.lower() for s in r["spellings"])]
        return paged(rows, q)

    def actor(self, actor_id):
        row = next((r for r in self.actors if r["actor"]["id"] == actor_id), None)
        ref = self.ref(actor_id)
        if ref is None:
            return None
        row = row or {"actor": ref, "mentions": 0, "articles": 0, "spellings": []}
        rels = [r for r in self.relations if actor_id in (r["a"]["id"], r["b"]["id"])]
        offices = []
        for r in self.relations:
            if r["type"] in ("leads", "commands", "member_of") and r["basis"] == "knowledge" and r["a"]["kind"] == "person" \
                    and actor_id in (r["a"]["id"], r["b"]["id"]):
                offices.append({"office": f'{r["type"].replace("_", " ")} {r["b"]["name"]}', "holder": r["a"],
                                "of": r["b"], "from": r["from"], "to": r["to"], "citation": r.get("citation")})
        over_time = []
        for bloc in self.blocs["year"]:
            allies = next((g for g in bloc["groups"] if actor_id in g), [])
            enemies = sorted({(r["b"] if r["a"]["id"] == actor_id else r["a"])["id"] for r in rels
                              if r["type"] == "hostile" and overlaps(r["from"], r["to"], bloc["period"], bloc["period"])})
            over_time.append({"period": bloc["period"], "allies": [a for a in allies if a != actor_id],
                              "enemies": enemies})
        return {"actor": row["actor"], "mentions": row["mentions"], "articles": row.get("articles"),
                "spellings": row["spellings"], "aliases": row["spellings"],
                "lineage": [self.ref(i) or {"id": i, "name": i} for i in row["actor"].get("lineage") or [actor_id]],
                "offices": sorted(offices, key=lambda o: o["from"] or ""), "relations": rels,
                "allies_over_time": over_time, "forces": self.forces(actor_id),
                "events_url": f"/api/events?actor={actor_id}"}

    def dyad(self, a, b, by):
        if (a, b, by) in self.dyads:
            return self.dyads[(a, b, by)]
        if (b, a, by) in self.dyads:
            d = self.dyads[(b, a, by)]
            return dict(d, a=d["b"], b=d["a"])
        ra, rb = self.ref(a), self.ref(b)
        if ra is None or rb is None or a == b:
            return None
        series = defaultdict(lambda: {"events": 0, "cooperation": 0.0, "conflict": 0.0, "evidence": []})
        for e in self.events:
            src, tgt = e.get("source") or [], e.get("target") or []
            if (any(touches(s, a) for s in src) and any(touches(t, b) for t in tgt)) or \
                    (any(touches(s, b) for s in src) and any(touches(t, a) for t in tgt)):
                p = period_of((e.get("date") or {}).get("value"), by)
                if p is None:
                    continue
                s = series[p]
                s["events"] += 1
                g = (e.get("goldstein") or 0.0) * (e.get("confidence") or 0.5)
                s["cooperation" if g > 0 else "conflict"] += round(g, 2)
                s["evidence"].append(e["id"])
        return {"a": ra, "b": rb, "by": by, "series": [
            {"period": p, "events": s["events"], "cooperation": round(s["cooperation"], 2),
             "conflict": round(s["conflict"], 2), "balance": round(s["cooperation"] + s["conflict"], 2),
             "evidence": s["evidence"]} for p, s in sorted(series.items())]}

    def timeline(self, q):
        by = q.get("by", "month")
        rows = self.event_rows({k: q[k] for k in ("actor", "since", "until") if q.get(k)})
        series = defaultdict(lambda: {"events": 0, "cooperation": 0.0, "conflict": 0.0})
        for e in rows:
            p = period_of((e.get("date") or {}).get("value"), by)
            if p is None:
                continue
            g = (e.get("goldstein") or 0.0) * (e.get("confidence") or 0.5)
            series[p]["events"] += 1
            series[p]["cooperation" if g > 0 else "conflict"] += g
        ruptures = [r for r in self.ruptures.get(by, []) if in_window(r["period"][:7], q.get("since"), q.get("until"))
                    and (not q.get("actor") or q["actor"] in (r["a"]["id"], r["b"]["id"]))]
        items = [{"period": p, "events": s["events"], "cooperation": round(s["cooperation"], 2),
                  "conflict": round(s["conflict"], 2)} for p, s in sorted(series.items())]
        return {"by": by, "items": items, "ruptures": ruptures, "next": None, "total": len(items)}

    def network(self, q):
        since, until = q.get("since"), q.get("until")
        rels = [r for r in self.relations if overlaps(r["from"], r["to"], since, until)]
        blocs = [b for b in self.blocs["year"] if in_window(b["period"], since, until)] or self.blocs["year"][-1:]
        bloc_of = {}
        if blocs:
            for i, g in enumerate(blocs[-1]["groups"]):
                for a in g:
                    bloc_of[a] = i
        mentions = {r["actor"]["id"]: r["mentions"] for r in self.actors}
        nodes = {}
        for r in rels:
            for x in (r["a"], r["b"]):
                nodes[x["id"]] = {"id": x["id"], "name": x["name"], "kind": x["kind"], "country": x["country"],
                                  "bloc": bloc_of.get(x["id"]), "mentions": mentions.get(x["id"], 0)}
        edges = [{"a": r["a"]["id"], "b": r["b"]["id"], "type": r["type"], "score": r["score"],
                  "rolled_up": r["rolled_up"], "basis": r["basis"], "from": r["from"], "to": r["to"],
                  "citation": r.get("citation"), "evidence": r["evidence"]} for r in rels]
        return {"since": since, "until": until, "blocs_period": blocs[-1]["period"] if blocs else None,
                "nodes": list(nodes.values()), "edges": edges}

    def by_period(self, rows_by, q):
        by = q.get("by", "year")
        return paged(rows_by.get(by, []), q, 1000)


def cursor_of(offset):
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def offset_of(cursor):
    raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    if not raw.startswith("o:"):
        raise ValueError("bad cursor")
    return int(raw[2:])


def paged(rows, q, default=100):
    limit = max(1, min(int(q.get("limit") or default), 1000))
    start = offset_of(q["cursor"]) if q.get("cursor") else 0
    end = start + limit
    return {"items": rows[start:end], "next": cursor_of(end) if end < len(rows) else None, "total": len(rows)}


def respond(store, path, q):
    """(status, body) of GET path?q, as the server would answer it (a dict body is JSON)."""
    parts = [p for p in path.split("/") if p][1:]  # after "api"
    try:
        if parts == ["status"]:
            return 200, store.status()
        if parts == ["events"]:
            return 200, store.events_list(q)
        if len(parts) == 2 and parts[0] in ("events", "claims"):
            ev = store.evidence(parts[1])
            return (200, ev) if ev else (404, {"error": f"no {parts[0][:-1]} '{parts[1]}'", "status": 404})
        if parts == ["claims"]:
            return 200, store.claims_list(q)
        if parts == ["articles"]:
            rows = [{k: v for k, v in a.items() if k != "text"} for a in store.articles]
            if q.get("outlet"):
                rows = [a for a in rows if a["outlet"] == q["outlet"]]
            return 200, paged(rows, q)
        if len(parts) == 2 and parts[0] == "articles":
            art = next((a for a in store.articles if a["id"] == parts[1]), None)
            return (200, art) if art else (404, {"error": f"no article '{parts[1]}'", "status": 404})
        if parts == ["actors"]:
            return 200, store.actors_list(q)
        if len(parts) == 2 and parts[0] == "actors":
            a = store.actor(parts[1])
            return (200, a) if a else (404, {"error": f"no actor '{parts[1]}' in the analysed reports", "status": 404})
        if parts == ["forces"]:
            if not q.get("actor"):
                return 400, {"error": "forces needs actor=ID", "status": 400}
            rows = store.forces(q["actor"])
            return 200, {"items": rows, "next": None, "total": len(rows)}
        if parts == ["relations"]:
            return 200, store.relations_list(q)
        if len(parts) == 3 and parts[0] == "dyads":
            d = store.dyad(parts[1], parts[2], q.get("by", "month"))
            return (200, d) if d else (404, {"error": f"no dyad {parts[1]} / {parts[2]}", "status": 404})
        if parts == ["ruptures"]:
            return 200, paged(store.ruptures.get(q.get("by", "month"), []), q, 1000)
        if parts == ["blocs"]:
            return 200, store.by_period(store.blocs, q)
        if parts == ["order-of-battle"]:
            return 200, store.by_period(store.oob, q)
        if parts == ["timeline"]:
            return 200, store.timeline(q)
        if parts == ["network"]:
            return 200, store.network(q)
    except (ValueError, KeyError) as e:
        return 400, {"error": f"bad parameter: {e}", "status": 400}
    return 404, {"error": f"no such endpoint: {path}", "status": 404}


# ---------------------------------------------------------------- writing the example answers

def examples(store):
    """The requests whose answers are kept as fixtures: (path, query)."""
    ev = store.events[0]["id"]
    force = next((c["id"] for c in store.claims if c["kind"] == "force"), ev)
    out = [("/api/status", {}), ("/api/events", {"limit": "20"}),
           ("/api/events", {"actor": "iran", "since": "2019", "sort": "-credibility"}),
           (f"/api/events/{ev}", {}), ("/api/events/0000hostile0ev01", {}), ("/api/articles/0000hostile00001", {}),
           (f"/api/claims/{force}", {}),
           ("/api/claims", {"kind": "force"}), ("/api/articles", {}),
           ("/api/actors", {"limit": "30"}), ("/api/actors/iran", {}), ("/api/actors/hezbollah", {}),
           ("/api/actors/qassem-soleimani", {}), ("/api/forces", {"actor": "iran"}),
           ("/api/relations", {}), ("/api/relations", {"as_of": "2018-09"}),
           ("/api/network", {}), ("/api/network", {"since": "2018-01", "until": "2018-12"}),
           ("/api/timeline", {"by": "month"}), ("/api/timeline", {"by": "quarter", "actor": "iran"}),
           ("/api/actors/no-such-actor", {})]
    for by in PERIODS:
        out += [("/api/ruptures", {"by": by}), ("/api/blocs", {"by": by}), ("/api/order-of-battle", {"by": by})]
    for (a, b, by) in sorted(store.dyads):
        out.append((f"/api/dyads/{a}/{b}", {"by": by}))
    return out


def quotes_text(path):
    """Answers carrying the reports' sentences or text stay out of git."""
    return any(path.startswith(p) for p in ("/api/events", "/api/claims", "/api/articles", "/api/forces")) \
        or (path.startswith("/api/actors/") and path != "/api/actors/no-such-actor")


def file_name(path, q):
    name = path[len("/api/"):].replace("/", "_") or "root"
    for k in sorted(q):
        name += f"__{k}={q[k]}"
    return name + ".json"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="an analysed DuckDB store (runs the CLI); without it, reuse OUT/rows")
    ap.add_argument("--out", default=str(FIXTURES))
    args = ap.parse_args()
    out = Path(args.out)
    rows = out / "rows"
    if args.db:
        run_cli(args.db, rows)
    if not (rows / "events.jsonl").exists():
        sys.exit(f"ui_fixtures: no rows under {rows}; pass --db STORE")
    (out / "hostile.json").write_text(json.dumps(hostile(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    store = Store(rows, with_hostile=False)
    hostile_store = Store(rows)
    api = out / "api"
    api.mkdir(parents=True, exist_ok=True)
    ignored = [f"rows/{n}.jsonl" for n in TEXT_ROWS]
    for path, q in examples(store):
        status, body = respond(hostile_store if "hostile" in path else store, path, q)
        name = file_name(path, q)
        (api / name).write_text(json.dumps({"status": status, "request": path, "query": q, "body": body},
                                           indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        if quotes_text(path):
            ignored.append(f"api/{name}")
    (out / ".gitignore").write_text("# Regenerated by scripts/ui_fixtures.py: they quote the seed reports.\n"
                                    + "\n".join(sorted(ignored)) + "\n", encoding="utf-8")
    print(f"ui_fixtures: {len(examples(store))} answers under {api}; {len(ignored)} kept out of git", file=sys.stderr)


if __name__ == "__main__":
    main()
