//! Evaluation against attribution annotations in brat standoff, as PolNeAR
//! distributes them: a folder of `NAME.txt` + `NAME.ann` pairs whose `.ann`
//! marks Source, Cue and Content spans and links them into attributions.
//!
//! # Accepted brat forms
//!
//! * Text-bound annotations `T1<TAB>TYPE START END[;START END…]<TAB>text`
//!   with code-point offsets into the `.txt` (brat's own), discontinuous
//!   spans included. Types `Source`, `Cue` and `Content` (any case) are read;
//!   other types (PolNeAR's `Attribution` triggers…) are checked and ignored.
//! * Events `E1<TAB>TYPE:TRIGGER ROLE:ID…` (PolNeAR's form,
//!   `Attribution:T4 Content:T3 Cue:T2 Source:T1`): one attribution each,
//!   with the entities in its `Content` roles (fragments joined), its first
//!   `Cue` and first `Source`; digits ending a role (`Content2`) are ignored.
//! * Relations `R1<TAB>TYPE Arg1:ID Arg2:ID` of any type: a Content entity in
//!   no event but in a relation is one attribution, with the first Cue related
//!   to it and the first Source related to it or to one of those Cues.
//! * The shared-cue convention for Source, Cue and Content entities in no
//!   event or relation: each such Content and Source goes with the nearest
//!   such Cue in the same paragraph (no line break between them); the Sources
//!   and Contents of one Cue belong together. A Content with no Cue is still
//!   scored, without a source.
//! * Attribute (`A`, `M`), note (`#`), normalisation (`N`) and equivalence
//!   (`*`) lines are checked for their shape and ignored.
//!
//! Any other line, a malformed one, a span outside the text, a duplicate id
//! or a reference to an unknown id is an error naming the file and line.
//!
//! # Scores
//!
//! Every found quote and claim is matched to gold Contents by word-token
//! overlap 2·|A∩B|/(|A|+|B|) ≥ 0.5, greedily one to one (best overlap
//! first). A gold Content is *quoted* when its text holds a pair of double
//! quotation marks (`"…"`, `“…”`, `„…“`, `«…»`, `»…«`; single quotes are
//! too often apostrophes), *unquoted* (reported speech) otherwise. A found
//! statement counts in the class of the gold Content it matches; an unmatched
//! one counts by its own kind (quote → quoted, claim → unquoted), so the two
//! classes add up to the overall score. Source accuracy is over matched pairs
//! whose gold attribution has a Source: correct when the found speaker's
//! mention text or resolved actor name holds the Source's head word (its last
//! word that is not punctuation, without a possessive `'s`; a pronoun source
//! is thus matched by the pronoun).

use crate::eval::{Accuracy, Prf};
use crate::{text::Text, Extractor};
use dossier_core::{Document, Extraction, SpeakerRef};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A span as code-point fragments `(start, end)`, end exclusive, in text order.
pub type Fragments = Vec<(usize, usize)>;

/// One gold attribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldAttribution {
    /// What was attributed.
    pub content: Fragments,
    /// The cue (verb, "according to"…), when annotated.
    pub cue: Option<Fragments>,
    /// Who it is attributed to, when annotated.
    pub source: Option<Fragments>,
}

/// A `.txt` file and the attributions of its `.ann`.
#[derive(Debug, Clone)]
pub struct BratDocument {
    /// The file name without extension.
    pub name: String,
    /// The text.
    pub text: String,
    /// Its gold attributions.
    pub attributions: Vec<GoldAttribution>,
}

/// A file that cannot be read or parsed; `line` is 1-based, 0 for the whole file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BratError {
    /// The file.
    pub file: PathBuf,
    /// The line, 0 when the error is not about one line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for BratError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
        }
    }
}

impl std::error::Error for BratError {}

/// Scores over a set of documents.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct AttributionScores {
    /// Documents scored.
    pub documents: usize,
    /// Gold attributions (= gold Contents).
    pub attributions: usize,
    /// Contents holding a pair of quotation marks, against quotes ∪ claims.
    pub quoted: Prf,
    /// Contents without quotation marks (reported speech).
    pub unquoted: Prf,
    /// All contents.
    pub overall: Prf,
    /// Source head word found in the speaker, over matched pairs with a gold source.
    pub sources: Accuracy,
}

impl AttributionScores {
    fn add(&mut self, o: &AttributionScores) {
        self.documents += o.documents;
        self.attributions += o.attributions;
        self.quoted.add(o.quoted);
        self.unquoted.add(o.unquoted);
        self.overall.add(o.overall);
        self.sources.add(o.sources);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Source,
    Cue,
    Content,
    Other,
}

struct Entity {
    kind: Kind,
    frags: Fragments,
}

/// An event (roles) or a relation (arguments, role `arg`), with its line.
struct Link {
    event: bool,
    args: Vec<(String, String)>,
    line: usize,
}

fn kind_of(t: &str) -> Kind {
    match t.to_lowercase().as_str() {
        "source" => Kind::Source,
        "cue" => Kind::Cue,
        "content" => Kind::Content,
        _ => Kind::Other,
    }
}

/// `Content2` → `content`.
fn role_name(r: &str) -> String {
    r.trim_end_matches(|c: char| c.is_ascii_digit()).to_lowercase()
}

fn parse_fragments(spec: &str, len: usize) -> Result<Fragments, String> {
    let mut frags = Vec::new();
    for part in spec.split(';') {
        let nums: Vec<&str> = part.split_whitespace().collect();
        let [a, b] = nums[..] else {
            return Err(format!("bad span {part:?}: expected START END"));
        };
        let (Ok(s), Ok(e)) = (a.parse::<usize>(), b.parse::<usize>()) else {
            return Err(format!("bad span {part:?}: offsets must be numbers"));
        };
        if s > e || e > len {
            return Err(format!("span {s}-{e} outside the text ({len} characters)"));
        }
        frags.push((s, e));
    }
    frags.sort_unstable();
    Ok(frags)
}

/// `ROLE:ID` pairs.
fn parse_args<'a>(items: impl Iterator<Item = &'a str>) -> Result<Vec<(String, String)>, String> {
    items
        .map(|it| match it.split_once(':') {
            Some((r, id)) if !r.is_empty() && !id.is_empty() => Ok((role_name(r), id.to_string())),
            _ => Err(format!("bad argument {it:?}: expected ROLE:ID")),
        })
        .collect()
}

/// Parses one `.ann` file against its text; `file` names it in errors.
pub fn parse_ann(file: &Path, text: &str, ann: &str) -> Result<Vec<GoldAttribution>, BratError> {
    let err = |line: usize, message: String| BratError { file: file.to_path_buf(), line, message };
    let chars: Vec<char> = text.chars().collect();
    let mut entities: BTreeMap<String, Entity> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut ids: BTreeSet<String> = BTreeSet::new();
    let mut links: Vec<Link> = Vec::new();
    for (i, raw) in ann.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.splitn(3, '\t').collect();
        if fields.len() < 2 || fields[0].is_empty() || fields[0].contains(' ') {
            return Err(err(n, format!("expected ID<TAB>ANNOTATION, got {line:?}")));
        }
        let (id, body) = (fields[0], fields[1]);
        let mut words = body.split_whitespace();
        match id.chars().next() {
            Some('T') => {
                let Some((ty, spec)) = body.split_once(' ') else {
                    return Err(err(n, format!("expected TYPE START END in {body:?}")));
                };
                let frags = parse_fragments(spec, chars.len()).map_err(|m| err(n, m))?;
                entities.insert(id.to_string(), Entity { kind: kind_of(ty), frags });
                order.push(id.to_string());
            }
            Some('E') => {
                let head = words.next().unwrap_or("");
                if head.is_empty() || head.starts_with(':') {
                    return Err(err(n, format!("expected TYPE:TRIGGER ROLE:ID… in {body:?}")));
                }
                let args = parse_args(words).map_err(|m| err(n, m))?;
                let trigger = head.split_once(':').map(|(_, t)| t.to_string());
                let refs = trigger.into_iter().map(|t| ("trigger".to_string(), t));
                links.push(Link { event: true, args: refs.chain(args).collect(), line: n });
            }
            Some('R') => {
                let _type = words.next();
                let args = parse_args(words).map_err(|m| err(n, m))?;
                if args.len() < 2 {
                    return Err(err(n, format!("expected TYPE Arg1:ID Arg2:ID in {body:?}")));
                }
                links.push(Link { event: false, args, line: n });
            }
            Some('A' | 'M') => {
                if words.count() < 2 {
                    return Err(err(n, format!("expected NAME ID [VALUE] in {body:?}")));
                }
            }
            Some('#' | 'N' | '*') => {
                if words.count() < 2 {
                    return Err(err(n, format!("expected TYPE ID… in {body:?}")));
                }
            }
            _ => return Err(err(n, format!("unknown annotation id {id:?} (expected T, E, R, A, M, N, # or *)"))),
        }
        if id != "*" && !ids.insert(id.to_string()) {
            return Err(err(n, format!("duplicate id {id}")));
        }
    }
    for l in &links {
        if let Some((_, id)) = l.args.iter().find(|(_, id)| !ids.contains(id)) {
            return Err(err(l.line, format!("unknown annotation {id}")));
        }
    }

    let of = |id: &str, kind: Option<Kind>| entities.get(id).filter(|e| kind.is_none_or(|k| e.kind == k));
    let mut linked: BTreeSet<&str> = BTreeSet::new();
    let mut out = Vec::new();
    // Events: one attribution each.
    let mut in_events: BTreeSet<&str> = BTreeSet::new();
    for l in links.iter().filter(|l| l.event) {
        let role = |r: &'static str| l.args.iter().filter(move |(role, _)| role == r).filter_map(|(_, id)| of(id, None));
        let mut content: Fragments = role("content").flat_map(|e| e.frags.iter().copied()).collect();
        content.sort_unstable();
        for (r, id) in &l.args {
            linked.insert(id);
            if r == "content" {
                in_events.insert(id);
            }
        }
        if !content.is_empty() {
            out.push(GoldAttribution { content, cue: role("cue").next().map(|e| e.frags.clone()), source: role("source").next().map(|e| e.frags.clone()) });
        }
    }
    // Relations: each related Content not already in an event.
    let mut related: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for l in links.iter().filter(|l| !l.event) {
        for (_, a) in &l.args {
            linked.insert(a);
            for (_, b) in &l.args {
                if a != b {
                    related.entry(a.as_str()).or_default().push(b.as_str());
                }
            }
        }
    }
    let first_of = |ids: &[&str], kind: Kind| order.iter().find(|o| ids.contains(&o.as_str()) && of(o, Some(kind)).is_some()).map(|o| entities[o].frags.clone());
    for id in &order {
        let Some(c) = of(id, Some(Kind::Content)) else { continue };
        let Some(near) = related.get(id.as_str()) else { continue };
        if in_events.contains(id.as_str()) {
            continue;
        }
        let cues: Vec<&str> = near.iter().copied().filter(|n| of(n, Some(Kind::Cue)).is_some()).collect();
        let mut around: Vec<&str> = near.clone();
        for cue in &cues {
            around.extend(related.get(cue).into_iter().flatten().copied());
        }
        out.push(GoldAttribution { content: c.frags.clone(), cue: first_of(&cues, Kind::Cue), source: first_of(&around, Kind::Source) });
    }
    // Shared-cue convention for entities in no event or relation.
    let free = |kind: Kind| -> Vec<&str> { order.iter().map(String::as_str).filter(|id| !linked.contains(id) && of(id, Some(kind)).is_some()).collect() };
    let (cues, sources) = (free(Kind::Cue), free(Kind::Source));
    let nearest_cue = |frags: &Fragments| -> Option<&str> {
        let (s, e) = bounds(frags);
        cues.iter()
            .copied()
            .filter_map(|c| {
                let (cs, ce) = bounds(&entities[c].frags);
                let (gap_start, gap_end) = if ce <= s { (ce, s) } else if e <= cs { (e, cs) } else { (s, s) };
                (!chars[gap_start..gap_end].contains(&'\n')).then_some((gap_end - gap_start, c))
            })
            .min_by_key(|(d, _)| *d)
            .map(|(_, c)| c)
    };
    let source_cue: Vec<(&str, Option<&str>)> = sources.iter().map(|s| (*s, nearest_cue(&entities[*s].frags))).collect();
    for id in free(Kind::Content) {
        let content = entities[id].frags.clone();
        let cue = nearest_cue(&content);
        let source = cue.and_then(|c| source_cue.iter().find(|(_, sc)| *sc == Some(c))).map(|(s, _)| entities[*s].frags.clone());
        out.push(GoldAttribution { content, cue: cue.map(|c| entities[c].frags.clone()), source });
    }
    out.sort_by(|a, b| a.content.cmp(&b.content));
    Ok(out)
}

fn bounds(frags: &Fragments) -> (usize, usize) {
    (frags.iter().map(|f| f.0).min().unwrap_or(0), frags.iter().map(|f| f.1).max().unwrap_or(0))
}

/// Reads every `NAME.txt` + `NAME.ann` pair of a folder (other files are
/// skipped; a `.txt` or `.ann` without its partner is an error), sorted by name.
pub fn read_brat_dir(dir: &Path) -> Result<Vec<BratDocument>, BratError> {
    let whole = |file: &Path, message: String| BratError { file: file.to_path_buf(), line: 0, message };
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| whole(dir, format!("cannot read the folder: {e}")))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt" || x == "ann"))
        .collect();
    files.sort();
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| whole(p, format!("cannot read: {e}")));
    let mut docs = Vec::new();
    for p in &files {
        let (txt, ann) = (p.with_extension("txt"), p.with_extension("ann"));
        if !txt.is_file() {
            return Err(whole(p, format!("no {} beside it", txt.file_name().unwrap_or_default().to_string_lossy())));
        }
        if !ann.is_file() {
            return Err(whole(p, format!("no {} beside it", ann.file_name().unwrap_or_default().to_string_lossy())));
        }
        if p != &txt {
            continue;
        }
        let text = read(&txt)?;
        let attributions = parse_ann(&ann, &text, &read(&ann)?)?;
        let name = txt.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        docs.push(BratDocument { name, text, attributions });
    }
    if docs.is_empty() {
        return Err(whole(dir, "no NAME.txt + NAME.ann pairs in this folder".into()));
    }
    Ok(docs)
}

/// Whether `s` holds an opening double quotation mark and, after it, a closing one.
pub fn has_quote_pair(s: &str) -> bool {
    const PAIRS: &[(char, &[char])] = &[('"', &['"']), ('“', &['”', '“']), ('„', &['“', '”']), ('«', &['»']), ('»', &['«']), ('”', &['”'])];
    let chars: Vec<char> = s.chars().collect();
    chars.iter().enumerate().any(|(i, c)| PAIRS.iter().any(|(open, close)| open == c && chars[i + 1..].iter().any(|x| close.contains(x))))
}

/// Lower-cased words with surrounding punctuation and a possessive `'s` removed.
fn plain_words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .filter_map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            (!w.is_empty()).then(|| w.to_lowercase())
        })
        .collect()
}

/// The head word of a source mention: its last word that is not punctuation, lower-cased.
pub fn head_word(source: &str) -> Option<String> {
    plain_words(source).pop()
}

/// Whether the found speaker (its mention text or resolved actor name) holds `head`.
fn speaker_has(x: &Extraction, speaker: Option<&SpeakerRef>, head: &str) -> bool {
    let Some(sp) = speaker else { return false };
    let name = sp.actor_id.as_deref().and_then(|id| x.actors.iter().find(|a| a.id == id)).map(|a| a.name.as_str());
    [Some(sp.text.as_str()), name].into_iter().flatten().any(|t| plain_words(t).iter().any(|w| w == head))
}

fn fragment_text(chars: &[char], frags: &Fragments) -> String {
    frags.iter().map(|&(s, e)| chars[s.min(chars.len())..e.min(chars.len())].iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

/// Word tokens (by start) inside any fragment.
fn words_in(text: &Text, frags: &Fragments) -> Vec<usize> {
    text.tokens.iter().filter(|t| t.is_word && frags.iter().any(|&(s, e)| t.start >= s && t.end <= e)).map(|t| t.start).collect()
}

/// Greedy one-to-one matching (best overlap first) of predicted to gold
/// spans with word overlap 2·|A∩B|/(|A|+|B|) ≥ 0.5; `(predicted, gold)` pairs.
fn match_fragments(text: &Text, predicted: &[Fragments], gold: &[Fragments]) -> Vec<(usize, usize)> {
    let pw: Vec<Vec<usize>> = predicted.iter().map(|p| words_in(text, p)).collect();
    let gw: Vec<Vec<usize>> = gold.iter().map(|g| words_in(text, g)).collect();
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (pi, a) in pw.iter().enumerate() {
        for (gi, b) in gw.iter().enumerate() {
            if a.is_empty() || b.is_empty() {
                continue;
            }
            let common = a.iter().filter(|x| b.contains(x)).count();
            let o = 2.0 * common as f64 / (a.len() + b.len()) as f64;
            if o >= 0.5 {
                pairs.push((o, pi, gi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_p, mut used_g) = (vec![false; predicted.len()], vec![false; gold.len()]);
    let mut out = Vec::new();
    for (_, pi, gi) in pairs {
        if !used_p[pi] && !used_g[gi] {
            used_p[pi] = true;
            used_g[gi] = true;
            out.push((pi, gi));
        }
    }
    out
}

/// Runs the extractor on one document (English) and scores it.
pub fn score_attribution(extractor: &Extractor, doc: &BratDocument) -> AttributionScores {
    let d = Document::news(&doc.name, doc.text.clone(), "en");
    let x = extractor.extract(&d);
    let text = Text::new(&d.text);
    // (span, is a quote, speaker)
    let found: Vec<(Fragments, bool, Option<&SpeakerRef>)> = x
        .quotes
        .iter()
        .map(|q| (vec![(q.start, q.end)], true, q.speaker.as_ref()))
        .chain(x.claims.iter().map(|c| (vec![(c.start, c.end)], false, c.claimant.as_ref())))
        .collect();
    let gold = &doc.attributions;
    let quoted: Vec<bool> = gold.iter().map(|g| has_quote_pair(&fragment_text(&text.chars, &g.content))).collect();
    let spans: Vec<Fragments> = found.iter().map(|f| f.0.clone()).collect();
    let gold_spans: Vec<Fragments> = gold.iter().map(|g| g.content.clone()).collect();
    let matches = match_fragments(&text, &spans, &gold_spans);

    let mut s = AttributionScores { documents: 1, attributions: gold.len(), ..Default::default() };
    for &q in &quoted {
        if q { s.quoted.gold += 1 } else { s.unquoted.gold += 1 }
    }
    for (pi, f) in found.iter().enumerate() {
        let m = matches.iter().find(|(p, _)| *p == pi);
        let q = m.map_or(f.1, |(_, gi)| quoted[*gi]);
        let prf = if q { &mut s.quoted } else { &mut s.unquoted };
        prf.predicted += 1;
        if let Some((_, gi)) = m {
            prf.tp += 1;
            if let Some(head) = gold[*gi].source.as_ref().and_then(|src| head_word(&fragment_text(&text.chars, src))) {
                s.sources.total += 1;
                s.sources.correct += usize::from(speaker_has(&x, f.2, &head));
            }
        }
    }
    s.overall = Prf { tp: s.quoted.tp + s.unquoted.tp, predicted: s.quoted.predicted + s.unquoted.predicted, gold: s.quoted.gold + s.unquoted.gold };
    s
}

/// Scores every document and sums the counts.
pub fn score_attribution_set(extractor: &Extractor, docs: &[BratDocument]) -> AttributionScores {
    let mut total = AttributionScores::default();
    for d in docs {
        total.add(&score_attribution(extractor, d));
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\"We will act,\" said Anna Berg. Officials said the plan was ready.\nHe added that it would work.";

    fn parse(ann: &str) -> Result<Vec<GoldAttribution>, BratError> {
        parse_ann(Path::new("x.ann"), TEXT, ann)
    }

    #[test]
    fn reads_events_relations_and_shared_cues() {
        let ann = "T1\tContent 0 14\t\"We will act,\"\nT2\tCue 15 19\tsaid\nT3\tSource 20 29\tAnna Berg\n\
                   T4\tAttribution 15 19\tsaid\nE1\tAttribution:T4 Content:T1 Cue:T2 Source:T3\nA1\tNegated E1\n\
                   T5\tSource 31 40\tOfficials\nT6\tCue 41 45\tsaid\nT7\tContent 46 64\tthe plan was ready\n\
                   R1\tSOURCE Arg1:T6 Arg2:T5\nR2\tCONTENT Arg1:T6 Arg2:T7\n#1\tAnnotatorNotes T7\tok\n\
                   T8\tSource 66 68\tHe\nT9\tCue 69 74\tadded\nT10\tContent 75 80;89 93\tthat it work\n";
        let a = parse(ann).unwrap();
        assert_eq!(a.len(), 3);
        assert_eq!(a[0], GoldAttribution { content: vec![(0, 14)], cue: Some(vec![(15, 19)]), source: Some(vec![(20, 29)]) });
        assert_eq!(a[1], GoldAttribution { content: vec![(46, 64)], cue: Some(vec![(41, 45)]), source: Some(vec![(31, 40)]) });
        // Unlinked: grouped by the nearest cue in the same paragraph; discontinuous content.
        assert_eq!(a[2], GoldAttribution { content: vec![(75, 80), (89, 93)], cue: Some(vec![(69, 74)]), source: Some(vec![(66, 68)]) });
    }

    #[test]
    fn shared_cue_stops_at_paragraph_breaks() {
        // The only cue is in the first paragraph; the content in the second has none.
        let a = parse("T1\tCue 15 19\tsaid\nT2\tContent 75 93\tthat it would work\n").unwrap();
        assert_eq!((a[0].cue.clone(), a[0].source.clone()), (None, None));
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let e = parse("T1\tCue 15 19\tsaid\nT2\tContent 75 999\tx\n").unwrap_err();
        assert_eq!((e.line, e.file.as_path()), (2, Path::new("x.ann")));
        assert!(e.to_string().starts_with("x.ann:2: span 75-999 outside the text"), "{e}");
        for (ann, line) in [
            ("T1\tCue 15 x\tsaid\n", 1),
            ("T1 Cue 15 19 said\n", 1),
            ("\nT1\tCue 15 19\tsaid\nE1\tAttribution:T1 Cue:T9\n", 3),
            ("T1\tCue 15 19\tsaid\nT1\tCue 15 19\tsaid\n", 2),
            ("T1\tCue 15 19\tsaid\nR1\tX Arg1:T1\n", 2),
            ("Q1\tsomething\n", 1),
        ] {
            let e = parse(ann).unwrap_err();
            assert_eq!(e.line, line, "{ann:?}: {e}");
        }
    }

    #[test]
    fn quote_pairs_and_head_words() {
        assert!(has_quote_pair("\"We will act,\""));
        assert!(has_quote_pair("he was “absolutely right” then"));
        assert!(has_quote_pair("« Nous agirons »"));
        assert!(!has_quote_pair("the plan's 'core' was ready"));
        assert!(!has_quote_pair("one \" mark"));
        assert_eq!(head_word("Hillary Clinton’s campaign manager Robby Mook,").as_deref(), Some("mook"));
        assert_eq!(head_word("Clinton's").as_deref(), Some("clinton"));
        assert_eq!(head_word("He").as_deref(), Some("he"));
        assert_eq!(head_word(" , "), None);
    }

    #[test]
    fn scores_one_document() {
        let text = "\"We will never give up on this plan,\" said Anna Berg.";
        let ann = "T1\tContent 0 37\tx\nT2\tCue 38 42\tsaid\nT3\tSource 43 52\tAnna Berg\nR1\tS Arg1:T2 Arg2:T3\nR2\tC Arg1:T2 Arg2:T1\n";
        let attributions = parse_ann(Path::new("t.ann"), text, ann).unwrap();
        let doc = BratDocument { name: "t".into(), text: text.into(), attributions };
        let s = score_attribution(&Extractor::new(), &doc);
        assert_eq!((s.documents, s.attributions, s.quoted.gold, s.unquoted.gold), (1, 1, 1, 0));
        assert_eq!(s.quoted.tp, 1, "{s:?}");
        assert_eq!((s.sources.correct, s.sources.total), (1, 1), "{s:?}");
        assert_eq!(s.overall.predicted, s.quoted.predicted + s.unquoted.predicted);
    }
}
