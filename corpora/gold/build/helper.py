import json, re, os

NOTE = "Fixture written by the Dossier project; fictional quotes attributed for testing; CC0"
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # corpora/gold
ALL_DOCS = []


WEEK_WORDS = re.compile(r"(?i)\b(week|semaine|woche|semana|settimana)\b(?!-?end)")


def week_form(text, value, precision, approx):
    """Week expressions ("last week", "la semaine dernière", "letzte Woche") are
    written at week precision, as an ISO week: the day annotated (published − 7
    days for "last week") names the week."""
    import datetime
    if precision == "day" and WEEK_WORDS.search(text):
        y, w, _ = datetime.date.fromisoformat(value).isocalendar()
        return f"{y:04d}-W{w:02d}", "week", False
    return value, precision, approx


class D:
    def __init__(s, slug, lang, title, text, published, source="fixture", note=NOTE, norm=None, raw=False):
        s.slug, s.lang, s.title, s.published, s.source, s.note = slug, lang, title, published, source, note
        s.norm = norm or (lambda x: x)
        s.text = text if raw else s.norm(text.strip("\n"))
        s.actors = {}
        s.order = []
        s.quotes, s.claims, s.events, s.dates = [], [], [], []
        ALL_DOCS.append(s)

    def loc(s, spec, nth=None):
        spec = s.norm(spec)
        if "[[" in spec:
            left, rest = spec.split("[[", 1)
            tgt, right = rest.split("]]", 1)
        else:
            left, tgt, right = "", spec, ""
        ctx = left + tgt + right
        occ = [m.start() for m in re.finditer(re.escape(ctx), s.text)]
        if nth is None:
            assert len(occ) == 1, (s.slug, spec, len(occ))
            p = occ[0]
        else:
            p = occ[nth]
        st = p + len(left)
        return {"start": st, "end": st + len(tgt), "text": tgt}

    def A(s, key, aid, name, kind, *mentions):
        ms = []
        for m in mentions:
            if isinstance(m, tuple) and m[0] == "ALL":
                word = s.norm(m[1])
                excl = [s.loc(x)["start"] for x in (m[2] if len(m) > 2 else [])]
                found = 0
                for mm in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", s.text):
                    found += 1
                    if mm.start() in excl:
                        continue
                    ms.append({"start": mm.start(), "end": mm.end(), "text": word})
                assert found, (s.slug, word)
            else:
                ms.append(s.loc(m))
        ms.sort(key=lambda x: x["start"])
        for a, b in zip(ms, ms[1:]):
            assert a["end"] <= b["start"], (s.slug, key, a, b)
        s.actors[key] = {"id": aid, "name": name, "kind": kind, "mentions": ms}
        s.order.append(key)

    def who(s, key, spec):
        a = s.actors[key]
        l = s.loc(spec)
        return {"actor_id": a["id"], "name": a["name"], "text": l["text"], "start": l["start"], "end": l["end"]}

    def Q(s, spec, speaker, stance):
        l = s.loc(spec)
        sp = s.who(*speaker) if speaker else None
        s.quotes.append({"text": l["text"], "start": l["start"], "end": l["end"], "speaker": sp, "stance": stance})

    def C(s, spec, claimant):
        l = s.loc(spec)
        cl = s.who(*claimant) if claimant else None
        s.claims.append({"text": l["text"], "start": l["start"], "end": l["end"], "claimant": cl})

    def Dt(s, spec, value, precision, approx=False):
        l = s.loc(spec)
        value, precision, approx = week_form(l["text"], value, precision, approx)
        s.dates.append({"text": l["text"], "start": l["start"], "end": l["end"], "value": value,
                        "precision": precision, "approximate": approx})
        return l

    def E(s, date_spec, sent_spec, keys):
        dl = s.loc(date_spec)
        d = [x for x in s.dates if x["start"] == dl["start"] and x["end"] == dl["end"]]
        assert len(d) == 1, (s.slug, date_spec)
        d = d[0]
        l = s.loc(sent_spec)
        acts = [s.actors[k]["id"] or s.actors[k]["name"] for k in keys]
        s.events.append({"date": d["value"], "precision": d["precision"], "date_text": d["text"],
                         "date_start": d["start"], "date_end": d["end"],
                         "text": l["text"], "start": l["start"], "end": l["end"], "actors": acts})

    def write(s):
        obj = {
            "note": s.note,
            "doc": {"title": s.title, "text": s.text, "language": s.lang, "published": s.published, "source": s.source},
            "actors": [s.actors[k] for k in s.order],
            "quotes": sorted(s.quotes, key=lambda x: x["start"]),
            "claims": sorted(s.claims, key=lambda x: x["start"]),
            "events": sorted(s.events, key=lambda x: x["start"]),
            "dates": sorted(s.dates, key=lambda x: x["start"]),
        }
        path = os.path.join(OUT, f"{s.lang}-{s.slug}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
            f.write("\n")
        words = len(s.text.split())
        print(f"{path}: words={words} actors={len(s.order)} quotes={len(s.quotes)} claims={len(s.claims)} events={len(s.events)} dates={len(s.dates)}")


def nbsp(x):
    return x.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


def nnbsp_curly(x):
    return x.replace("« ", "«\u202f").replace(" »", "\u202f»").replace("'", "\u2019")


def curly(x):
    return x.replace("'", "\u2019")
