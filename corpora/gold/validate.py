#!/usr/bin/env python3
"""Validate the Dossier gold set (corpora/gold/*.json).

Usage: python3 corpora/gold/validate.py [FILE ...]
With no argument, every *.json next to this script is checked.
Exit status 0 when every file passes, 1 otherwise.

Offsets are Unicode code-point offsets into doc.text (Python str indices),
end exclusive; text[start:end] must equal the annotated `text` exactly.
"""
import glob
import json
import os
import re
import sys

KNOWN_IDS = set("""
uk-government uk-home-office us-government us-doj fbi nsa gchq apple meta whatsapp signal google
microsoft telegram proton european-commission european-parliament council-of-the-eu europol edps edpb
cjeu echr french-government french-interior-ministry anssi cnil german-government german-interior-ministry
bsi bka spanish-government italian-government australian-government eff privacy-international
open-rights-group la-quadrature-du-net noyb edri chaos-computer-club bloomberg financial-times
washington-post bbc le-monde der-spiegel el-pais corriere-della-sera reuters afp tim-cook
meredith-whittaker yvette-cooper ylva-johansson nancy-faeser alan-woodward
""".split())
KINDS = {"person", "company", "government", "ministry", "agency", "court", "legislature",
         "eu-institution", "ngo", "media", "academic", "other"}
LANGS = {"fr", "en", "de", "es", "it"}
STANCES = {"against", "for", "neutral"}
PRECISION_RE = {"year": re.compile(r"^\d{4}$"),
                "month": re.compile(r"^\d{4}-(0[1-9]|1[0-2])$"),
                "week": re.compile(r"^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$"),
                "day": re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")}
FIXTURE_NOTE = "Fixture written by the Dossier project"


class Checker:
    def __init__(self, path):
        self.path = path
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{os.path.basename(self.path)}: {where}: {msg}")

    def keys(self, obj, required, where):
        if not isinstance(obj, dict):
            self.err(where, f"expected an object, got {type(obj).__name__}")
            return False
        ok = True
        for k in required:
            if k not in obj:
                self.err(where, f"missing key '{k}'")
                ok = False
        return ok

    def span(self, text, obj, where, s="start", e="end", t="text"):
        st, en, tx = obj.get(s), obj.get(e), obj.get(t)
        if not (isinstance(st, int) and isinstance(en, int) and isinstance(tx, str)):
            self.err(where, f"bad span types {s}={st!r} {e}={en!r} {t}={tx!r}")
            return None
        if not (0 <= st < en <= len(text)):
            self.err(where, f"span out of range [{st},{en}) for text of length {len(text)}")
            return None
        if text[st:en] != tx:
            self.err(where, f"slice mismatch: text[{st}:{en}]={text[st:en]!r} != {tx!r}")
            return None
        if tx != tx.strip():
            self.err(where, f"span has leading/trailing whitespace: {tx!r}")
        return (st, en)


def check_file(path):
    c = Checker(path)
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except Exception as exc:  # noqa: BLE001
        c.err("file", f"cannot parse JSON: {exc}")
        return c.errors
    if not c.keys(data, ["note", "doc", "actors", "quotes", "claims", "events", "dates"], "top"):
        return c.errors
    doc = data["doc"]
    if not c.keys(doc, ["title", "text", "language", "published", "source"], "doc"):
        return c.errors
    text = doc["text"]
    if not isinstance(text, str) or not text:
        c.err("doc", "empty text")
        return c.errors
    if doc["language"] not in LANGS:
        c.err("doc", f"language {doc['language']!r}")
    if doc["source"] not in ("fixture", "seed"):
        c.err("doc", f"source {doc['source']!r}")
    if doc["source"] == "fixture":
        if not str(data["note"]).startswith(FIXTURE_NOTE):
            c.err("note", "fixture without the fixture note")
        if not isinstance(doc["title"], str) or not doc["title"]:
            c.err("doc", "fixture without a title")
        if not (isinstance(doc["published"], str) and PRECISION_RE["day"].match(doc["published"])):
            c.err("doc", f"fixture needs published YYYY-MM-DD, got {doc['published']!r}")
        n = len(text.split())
        if not 150 <= n <= 350:
            c.err("doc", f"fixture has {n} words (expected 150-350)")
    elif doc["published"] is not None and not PRECISION_RE["day"].match(str(doc["published"])):
        c.err("doc", f"published {doc['published']!r}")
    base = os.path.basename(path)
    if not base.startswith(doc["language"] + "-"):
        c.err("file", f"file name should start with '{doc['language']}-'")

    # actors
    ids, null_names, all_names = set(), set(), set()
    mentions = {}  # key -> set of (start, end)
    for i, a in enumerate(data["actors"]):
        w = f"actors[{i}]"
        if not c.keys(a, ["id", "name", "kind", "mentions"], w):
            continue
        if a["kind"] not in KINDS:
            c.err(w, f"kind {a['kind']!r} not in {sorted(KINDS)}")
        if not isinstance(a["name"], str) or not a["name"]:
            c.err(w, "empty name")
        if a["id"] is None:
            key = ("name", a["name"])
            if a["name"] in null_names:
                c.err(w, f"duplicate null-id actor {a['name']!r}")
            null_names.add(a["name"])
        else:
            key = ("id", a["id"])
            if a["id"] not in KNOWN_IDS:
                c.err(w, f"id {a['id']!r} is not a known id (use null + name)")
            if a["id"] in ids:
                c.err(w, f"duplicate id {a['id']!r}")
            ids.add(a["id"])
        all_names.add(a["name"])
        if not a["mentions"]:
            c.err(w, "no mentions")
        spans = []
        for j, m in enumerate(a["mentions"]):
            sp = c.span(text, m, f"{w}.mentions[{j}]")
            if sp:
                spans.append(sp)
        spans.sort()
        for x, y in zip(spans, spans[1:]):
            if x[1] > y[0]:
                c.err(w, f"overlapping mentions {x} {y}")
        mentions[key] = set(spans)

    def check_agent(agent, where):
        if agent is None:
            return
        if not c.keys(agent, ["actor_id", "name", "text", "start", "end"], where):
            return
        sp = c.span(text, agent, where)
        if agent["actor_id"] is None:
            key = ("name", agent["name"])
        else:
            key = ("id", agent["actor_id"])
        if key not in mentions:
            c.err(where, f"agent {key} is not among the actors")
        elif sp and sp not in mentions[key]:
            c.err(where, f"agent span {sp} {agent['text']!r} is not a mention of {key}")

    for i, q in enumerate(data["quotes"]):
        w = f"quotes[{i}]"
        if not c.keys(q, ["text", "start", "end", "speaker", "stance"], w):
            continue
        c.span(text, q, w)
        if q["stance"] not in STANCES:
            c.err(w, f"stance {q['stance']!r}")
        if q["text"].endswith(","):
            c.err(w, "quote text ends with a comma")
        check_agent(q["speaker"], w + ".speaker")

    for i, cl in enumerate(data["claims"]):
        w = f"claims[{i}]"
        if not c.keys(cl, ["text", "start", "end", "claimant"], w):
            continue
        c.span(text, cl, w)
        if cl["text"].endswith("."):
            c.err(w, "claim text must exclude the final period")
        check_agent(cl["claimant"], w + ".claimant")

    date_spans = {}
    for i, d in enumerate(data["dates"]):
        w = f"dates[{i}]"
        if not c.keys(d, ["text", "start", "end", "value", "precision", "approximate"], w):
            continue
        sp = c.span(text, d, w)
        prec = d["precision"]
        if prec not in PRECISION_RE:
            c.err(w, f"precision {prec!r}")
        elif not (isinstance(d["value"], str) and PRECISION_RE[prec].match(d["value"])):
            c.err(w, f"value {d['value']!r} does not match precision {prec}")
        if not isinstance(d["approximate"], bool):
            c.err(w, "approximate must be a boolean")
        if sp:
            date_spans[sp] = d

    valid_agents = ids | null_names
    for i, e in enumerate(data["events"]):
        w = f"events[{i}]"
        if not c.keys(e, ["date", "precision", "date_text", "date_start", "date_end", "text", "start", "end", "actors"], w):
            continue
        esp = c.span(text, e, w)
        dsp = c.span(text, e, w + ".date", "date_start", "date_end", "date_text")
        if e["precision"] not in PRECISION_RE:
            c.err(w, f"precision {e['precision']!r}")
        elif not (isinstance(e["date"], str) and PRECISION_RE[e["precision"]].match(e["date"])):
            c.err(w, f"date {e['date']!r} does not match precision {e['precision']}")
        if esp and dsp and not (esp[0] <= dsp[0] and dsp[1] <= esp[1]):
            c.err(w, "date span outside the event sentence")
        if dsp:
            d = date_spans.get(dsp)
            if d is None:
                c.err(w, "event date is not listed in dates")
            elif (d["value"], d["precision"]) != (e["date"], e["precision"]):
                c.err(w, "event date/precision differ from the dates entry")
        if e["text"].endswith("."):
            c.err(w, "event text must exclude the final period")
        if not e["actors"]:
            c.err(w, "event without actors")
        for a in e["actors"]:
            if a not in valid_agents:
                c.err(w, f"event actor {a!r} is neither an actor id nor a null-id actor name")
    return c.errors


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    files = argv[1:] or sorted(glob.glob(os.path.join(here, "*.json")))
    if not files:
        print("no files")
        return 1
    bad = 0
    for p in files:
        errs = check_file(p)
        if errs:
            bad += 1
            for e in errs:
                print(e)
    print(f"{len(files)} files checked, {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
