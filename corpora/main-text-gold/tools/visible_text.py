#!/usr/bin/env python3
"""Print visible text of a gzip'ed HTML page, block boundaries as newlines.
Usage: vis.py FILE [--flat] [--tags] [--bp]   (--bp: mark boilerplate-ish regions with [BP])"""
import gzip, sys, re
from html.parser import HTMLParser

SKIP = {"script", "style", "noscript", "template", "svg", "title"}
BLOCK = {"p","div","section","article","aside","header","footer","nav","main","h1","h2","h3","h4","h5","h6",
 "li","ul","ol","dl","dt","dd","table","tr","td","th","tbody","thead","blockquote","pre","figure","figcaption",
 "form","br","hr","address","body","html","details","summary","option","select","button","label","fieldset","caption","head"}
VOID = {"area","base","br","col","embed","hr","img","input","link","meta","param","source","track","wbr"}
ZW = re.compile("[\u00ad\u200b\u200c\u200d\ufeff]")
BPTAG = {"nav","footer","aside"}
BPRE = re.compile(r"(^|[-_])(nav|navbar|navigation|menu|footer|sidebar|comments?|commentlist|related|cookie|consent|newsletter|widget|breadcrumbs?|teaser|recommend\w*|social)([-_]|$)", re.I)

def decode(raw):
    try: return raw.decode("utf-8")
    except UnicodeDecodeError: pass
    m = re.search(rb'charset=["\']?([-\w]+)', raw[:5000])
    if m:
        try: return raw.decode(m.group(1).decode())
        except Exception: pass
    return raw.decode("cp1252", errors="replace")

class P(HTMLParser):
    def __init__(self, tags=False):
        super().__init__(convert_charrefs=True)
        self.out=[]; self.bp=[]; self.skip=0; self.tags=tags
        self.bpstack=[]  # [tag, depth, id]
        self.nreg=0
    def isbp(self, tag, attrs):
        if tag in BPTAG: return True
        if tag in ("body","html","main"): return False
        a=dict(attrs)
        toks=((a.get("class") or "")+" "+(a.get("id") or "")).split()
        if any(t in ("Blog","post-body","entry-content","article-body") for t in toks): return False
        if any(re.search(r"article|artikel|maincontent|post-content|entry", t, re.I) for t in toks) and tag!="aside": return False
        return any(BPRE.search(t) and not re.search(r"text|lead", t, re.I) for t in toks)
    def emit(self, s):
        self.out.append(s); self.bp.append(tuple(b[2] for b in self.bpstack))
    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip+=1; return
        if tag in VOID:
            if tag in BLOCK: self.emit("\n")
            return
        for b in self.bpstack:
            if b[0]==tag: b[1]+=1
        if self.isbp(tag, attrs):
            self.nreg+=1; self.bpstack.append([tag,1,self.nreg])
        if tag in BLOCK: self.emit("\n")
        if self.tags and not self.skip and tag in BLOCK:
            a=dict(attrs); lab=" ".join(x for x in [a.get("id") and "#"+a["id"], a.get("class") and "."+".".join(a["class"].split())] if x)
            if lab: self.emit("«%s%s»" % (tag, lab))
    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK: self.emit("\n")
    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip=max(0,self.skip-1); return
        if tag in BLOCK: self.emit("\n")
        for b in self.bpstack: 
            if b[0]==tag: b[1]-=1
        while self.bpstack and self.bpstack[-1][1]<=0: self.bpstack.pop()
    def handle_data(self, d):
        if not self.skip: self.emit(d)

def parse(path, tags=False):
    raw = gzip.open(path).read()
    p = P(tags); p.feed(decode(raw)); p.close()
    # regions covering more than half of the page text are page containers, not boilerplate
    tot = sum(len(x.strip()) for x in p.out) or 1
    size = {}
    for x, regs in zip(p.out, p.bp):
        for r in regs: size[r] = size.get(r, 0) + len(x.strip())
    big = {r for r, n in size.items() if n > tot / 2}
    p.bp = [bool(set(regs) - big) for regs in p.bp]
    return p

def norm(s): return re.sub(r"\s+", " ", ZW.sub("", s)).strip()

def lines(path, tags=False, bpmark=False):
    p=parse(path, tags)
    if bpmark:
        t="".join(("[BP]"+s if (b and s.strip()) else s) for s,b in zip(p.out,p.bp))
    else: t="".join(p.out)
    return [norm(l) for l in ZW.sub("",t).split("\n") if norm(l)]

def flat(path): return norm(" ".join(parse(path).out).replace("\n"," ")) if False else norm("".join(parse(path).out))

def texts(path):
    """returns (flat, block_lines, boilerplate_lines)"""
    p=parse(path)
    full="".join(p.out)
    bpt="".join(s if b else "\n" for s,b in zip(p.out,p.bp))
    return norm(full), [norm(l) for l in full.split("\n") if norm(l)], [norm(l) for l in bpt.split("\n") if norm(l)]

if __name__=="__main__":
    f=sys.argv[1]
    if "--flat" in sys.argv: print(flat(f))
    else:
        for l in lines(f, "--tags" in sys.argv, "--bp" in sys.argv): print(l)
