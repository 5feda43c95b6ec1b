"""Read the source texts of the real-news gold set from the evaluation folder.

The annotation modules name documents by id; the text itself comes from the
openly licensed sources (never typed by hand), so offsets stay exact.
"""
import json, os, re

EVAL = os.environ.get("DOSSIER_EVAL")  # set by build_all.py from its argument
NO_SPACE_BEFORE = set(".,;:!?)]}%»”")
NO_SPACE_AFTER = set("([{¿¡«“")


def _detokenize(tokens):
    """Join MEANTIME tokens the way the article was written: no space before
    punctuation, straight double quotes alternate between opening and closing."""
    out, quote_open, glue = "", False, True
    for tok in tokens:
        if tok == '"':
            if quote_open:
                out += tok
                glue = False
            else:
                out += ("" if glue else " ") + tok
                glue = True
            quote_open = not quote_open
            continue
        if not (glue or tok in NO_SPACE_BEFORE or tok.startswith("'")):
            out += " "
        out += tok
        glue = tok in NO_SPACE_AFTER
    return out


def meantime_es():
    """{id: {title, date, text}} for the Spanish MEANTIME test documents; the first
    sentence is the title and is kept as the text's first paragraph."""
    path = os.path.join(EVAL, "temporal-gold", "meantime", "meantime-es-test.tsv")
    docs, cur, sent = {}, None, []
    n = 0
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("*!-DCTVALUE"):
            n += 1
            cur = {"date": re.search(r'"(.*?)"', line).group(1), "sents": []}
            docs[f"meantime-es-{n:03d}"] = cur
        elif not line.strip():
            if sent and cur is not None:
                cur["sents"].append(_detokenize(sent))
            sent = []
        else:
            sent.append(line.split("\t")[0])
    if sent and cur is not None:
        cur["sents"].append(_detokenize(sent))
    out = {}
    for i, d in docs.items():
        title, body = d["sents"][0], d["sents"][1:]
        out[i] = {"title": title, "date": d["date"], "url": None, "text": title + "\n\n" + " ".join(body)}
    return out


def real_news(lang):
    name = "wikinews-it-passages.jsonl" if lang == "it" else f"wikinews-{lang}.jsonl"
    path = os.path.join(EVAL, "real-news", name)
    out = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        out[r["id"]] = {"title": r.get("title"), "date": r.get("date"), "url": r.get("url"), "text": r["text"]}
    return out


_CACHE = {}


def source(lang, doc_id):
    if lang not in _CACHE:
        _CACHE[lang] = meantime_es() if lang == "es" else real_news(lang)
    return _CACHE[lang][doc_id]


LICENCE = {
    "en": "CC BY 2.5; Wikinews contributors (en.wikinews.org), via vanatteveldt/wikinews",
    "de": "CC BY 2.5; Wikinews contributors (de.wikinews.org)",
    "fr": "CC BY 2.5; Wikinews contributors (fr.wikinews.org), via adrien-bougouin/WikinewsKeyphraseCorpus",
    "es": "CC BY 4.0; MEANTIME corpus (Minard et al., LREC 2016), Spanish translation of English Wikinews, text rebuilt from tokens",
    "it": "CC BY 2.5; Wikinews contributors (it.wikinews.org), text via KIND (Paccosi & Palmero Aprosio, LREC 2022); no title or date",
}
