//! Scoring the finder: the refex-de benchmark (German law and case citations), detection recall
//! on the reporters-db `examples`, and the project's own multilingual gold (`corpora/gold-legal`).

use std::fmt::Write as _;
use std::path::Path;

use dossier_core::{char_slice, precision_recall_f1, LegalRef, LegalRefKind};
use serde::Deserialize;

use crate::{LegalError, LegalRefFinder};

/// Matched, predicted and gold counts of one measure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn prf(&self) -> (f64, f64, f64) {
        precision_recall_f1(self.tp, self.predicted, self.gold)
    }

    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.predicted += o.predicted;
        self.gold += o.gold;
    }

    fn line(&self, name: &str) -> String {
        let (p, r, f) = self.prf();
        format!("{name:<28} P {p:.3}  R {r:.3}  F1 {f:.3}  (tp {} pred {} gold {})\n", self.tp, self.predicted, self.gold)
    }
}

/// Correct and total counts of one parsed field.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FieldCount {
    pub correct: usize,
    pub total: usize,
}

impl FieldCount {
    fn line(&self, name: &str) -> String {
        let acc = if self.total == 0 { 0.0 } else { self.correct as f64 / self.total as f64 };
        format!("  field {name:<12} {acc:.3} ({}/{})\n", self.correct, self.total)
    }
}

/// A span with a type, for matching.
#[derive(Debug, Clone)]
struct Span {
    start: usize,
    end: usize,
    class: String,
}

/// Exact and overlap matching of one document; returns (exact, overlap, exact pairs).
fn match_spans(pred: &[Span], gold: &[Span]) -> (Counts, Counts, Vec<(usize, usize)>) {
    let mut exact = Counts { tp: 0, predicted: pred.len(), gold: gold.len() };
    let mut overlap = exact;
    let mut pairs = Vec::new();
    let mut used = vec![false; pred.len()];
    for (gi, g) in gold.iter().enumerate() {
        if let Some(pi) = pred.iter().position(|p| p.start == g.start && p.end == g.end && p.class == g.class) {
            exact.tp += 1;
            pairs.push((pi, gi));
        }
        let hit = pred.iter().enumerate().position(|(pi, p)| !used[pi] && p.class == g.class && p.start < g.end && g.start < p.end);
        if let Some(pi) = hit {
            used[pi] = true;
            overlap.tp += 1;
        }
    }
    (exact, overlap, pairs)
}

// ------------------------------------------------------------------ refex-de

#[derive(Deserialize)]
struct RefexDoc {
    doc_id: String,
    text: String,
}

#[derive(Deserialize)]
struct RefexAnnotations {
    doc_id: String,
    citations: Vec<RefexCitation>,
}

#[derive(Deserialize)]
struct RefexSpan {
    start: usize,
    end: usize,
}

#[derive(Deserialize)]
struct RefexCitation {
    #[serde(rename = "type")]
    class: String,
    span: RefexSpan,
    book: Option<String>,
    number: Option<String>,
    #[serde(default)]
    structure: serde_json::Map<String, serde_json::Value>,
    court: Option<String>,
    file_number: Option<String>,
}

/// Scores of one part of refex-de.
#[derive(Debug, Clone, Default)]
pub struct RefexScores {
    pub documents: usize,
    pub law_exact: Counts,
    pub law_overlap: Counts,
    pub case_exact: Counts,
    pub case_overlap: Counts,
    pub book: FieldCount,
    pub number: FieldCount,
    pub absatz: FieldCount,
    pub court: FieldCount,
    pub file_number: FieldCount,
}

impl RefexScores {
    pub fn report(&self, name: &str) -> String {
        let mut s = format!("== {name} ({} documents)\n", self.documents);
        s += &self.law_exact.line("law exact");
        s += &self.law_overlap.line("law overlap");
        s += &self.case_exact.line("case exact");
        s += &self.case_overlap.line("case overlap");
        s += &self.book.line("book");
        s += &self.number.line("number");
        s += &self.absatz.line("absatz");
        s += &self.court.line("court");
        s += &self.file_number.line("file_number");
        s
    }
}

/// refex-de class of a reference, following the benchmark's annotation conventions: law
/// provisions and EU acts are `law`, cases `case`; whole-act names and identifiers are not
/// annotated there. A provision counts as a refex law citation only when it names its law book
/// (refex annotates no book-less "§ 10" of a contract, a commentary or a quoted statute; list
/// items carry their list's book), when it does not locate a reported decision or a commentary
/// ("AP Nr. 17 zu § 74 HGB", "Jansen FGG 2. Aufl. § 5"), and when it is not an article of a
/// numbered EU act that keeps its own span ("Art. 6 der Richtlinie 77/388/EWG": refex annotates
/// the directive only).
fn refex_class(r: &LegalRef, refs: &[LegalRef]) -> Option<&'static str> {
    match r.kind {
        LegalRefKind::Section | LegalRefKind::Article => {
            let of_eu_act = refs.iter().any(|a| {
                matches!(a.kind, LegalRefKind::Regulation | LegalRefKind::Directive) && a.start >= r.end && a.start <= r.end + 5
            });
            (r.fields.contains_key("book") && !r.fields.contains_key("cited_in") && !of_eu_act).then_some("law")
        }
        LegalRefKind::Regulation | LegalRefKind::Directive => Some("law"),
        LegalRefKind::Case => Some("case"),
        _ => None,
    }
}

fn read_jsonl<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>, LegalError> {
    let text = std::fs::read_to_string(path).map_err(|e| LegalError::io(path, e))?;
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| LegalError::Json { what: format!("{}:{}", path.display(), i + 1), source: e })
        })
        .collect()
}

/// Score refex-de in `dir` (documents.jsonl, annotations.jsonl). Documents are split by their
/// position in documents.jsonl: even positions are `dev` (used for tuning), odd ones `test`.
/// Returns (dev, test, all); `errors` collects the missed and spurious spans.
pub fn refex(dir: &Path, finder: &LegalRefFinder, errors: &mut String) -> Result<[RefexScores; 3], LegalError> {
    let docs: Vec<RefexDoc> = read_jsonl(&dir.join("documents.jsonl"))?;
    let anns: Vec<RefexAnnotations> = read_jsonl(&dir.join("annotations.jsonl"))?;
    let mut out: [RefexScores; 3] = Default::default();
    for (i, doc) in docs.iter().enumerate() {
        let Some(ann) = anns.iter().find(|a| a.doc_id == doc.doc_id) else { continue };
        let refs = finder.find(&doc.text);
        let one = refex_document(doc, ann, &refs, errors);
        for part in [i % 2, 2] {
            add_refex(&mut out[part], &one);
        }
    }
    Ok(out)
}

fn refex_document(doc: &RefexDoc, ann: &RefexAnnotations, refs: &[LegalRef], errors: &mut String) -> RefexScores {
    let mut s = RefexScores { documents: 1, ..Default::default() };
    let preds: Vec<(&LegalRef, &str)> = refs.iter().filter_map(|r| refex_class(r, refs).map(|c| (r, c))).collect();
    for class in ["law", "case"] {
        let pred: Vec<Span> =
            preds.iter().filter(|(_, c)| *c == class).map(|(r, c)| Span { start: r.start, end: r.end, class: c.to_string() }).collect();
        let gold_c: Vec<&RefexCitation> = ann.citations.iter().filter(|c| c.class == class).collect();
        let gold: Vec<Span> =
            gold_c.iter().map(|c| Span { start: c.span.start, end: c.span.end, class: c.class.clone() }).collect();
        let (exact, overlap, pairs) = match_spans(&pred, &gold);
        log_errors(doc, &pred, &gold, errors);
        let pred_refs: Vec<&LegalRef> = preds.iter().filter(|(_, c)| *c == class).map(|(r, _)| *r).collect();
        for (pi, gi) in pairs {
            score_fields(&mut s, pred_refs[pi], gold_c[gi]);
        }
        if class == "law" {
            s.law_exact = exact;
            s.law_overlap = overlap;
        } else {
            s.case_exact = exact;
            s.case_overlap = overlap;
        }
    }
    s
}

fn log_errors(doc: &RefexDoc, pred: &[Span], gold: &[Span], errors: &mut String) {
    let slice = |s: &Span| char_slice(&doc.text, s.start, s.end).unwrap_or("").replace('\n', " ");
    for g in gold.iter().filter(|g| !pred.iter().any(|p| p.start == g.start && p.end == g.end)) {
        let _ = writeln!(errors, "MISS {} {} {:?}", doc.doc_id, g.class, slice(g));
    }
    for p in pred.iter().filter(|p| !gold.iter().any(|g| p.start == g.start && p.end == g.end)) {
        let _ = writeln!(errors, "FP   {} {} {:?}", doc.doc_id, p.class, slice(p));
    }
}

fn score_fields(s: &mut RefexScores, pred: &LegalRef, gold: &RefexCitation) {
    let norm = |v: &str| v.trim().to_lowercase();
    let check = |count: &mut FieldCount, gold_value: Option<&str>, key: &str| {
        if let Some(g) = gold_value.filter(|g| !g.is_empty()) {
            count.total += 1;
            if pred.fields.get(key).is_some_and(|p| norm(p) == norm(g)) {
                count.correct += 1;
            }
        }
    };
    if gold.class == "law" {
        check(&mut s.book, gold.book.as_deref(), "book");
        check(&mut s.number, gold.number.as_deref(), "number");
        check(&mut s.absatz, gold.structure.get("absatz").and_then(|v| v.as_str()), "absatz");
    } else {
        // Court and file number only where the citation writes them (reporter citations carry
        // the decision's metadata in the gold, which no text-based extractor can see).
        let court = gold.court.as_deref().filter(|v| written_in(&pred.text, v));
        let file = gold.file_number.as_deref().filter(|v| written_in(&pred.text, v));
        check(&mut s.court, court, "court");
        check(&mut s.file_number, file, "file_number");
    }
}

/// The first word of a gold value occurs in the cited text.
fn written_in(text: &str, value: &str) -> bool {
    text.contains(value.split(' ').next().unwrap_or(value))
}

fn add_refex(into: &mut RefexScores, one: &RefexScores) {
    into.documents += one.documents;
    into.law_exact.add(one.law_exact);
    into.law_overlap.add(one.law_overlap);
    into.case_exact.add(one.case_exact);
    into.case_overlap.add(one.case_overlap);
    for (a, b) in [
        (&mut into.book, one.book),
        (&mut into.number, one.number),
        (&mut into.absatz, one.absatz),
        (&mut into.court, one.court),
        (&mut into.file_number, one.file_number),
    ] {
        a.correct += b.correct;
        a.total += b.total;
    }
}

// ------------------------------------------------------------------ reporters-db examples

/// Detection recall on the `examples` of a reporters-db `reporters.json`: an example counts as
/// found when the finder returns a case reference inside it. Returns (found, total, misses).
pub fn reporters(path: &Path, finder: &LegalRefFinder) -> Result<(usize, usize, Vec<String>), LegalError> {
    let text = std::fs::read_to_string(path).map_err(|e| LegalError::io(path, e))?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| LegalError::Json { what: path.display().to_string(), source: e })?;
    let examples: Vec<String> = value
        .as_object()
        .into_iter()
        .flat_map(|o| o.values())
        .flat_map(|v| v.as_array().into_iter().flatten())
        .flat_map(|e| e.get("examples").and_then(|x| x.as_array()).into_iter().flatten())
        .filter_map(|x| x.as_str().map(str::to_string))
        .collect();
    let misses: Vec<String> =
        examples.iter().filter(|e| !finder.find(e).iter().any(|r| r.kind == LegalRefKind::Case)).cloned().collect();
    Ok((examples.len() - misses.len(), examples.len(), misses))
}

// ------------------------------------------------------------------ own gold

/// One gold sentence of `corpora/gold-legal/*.jsonl`.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldSentence {
    pub id: String,
    pub split: String,
    #[serde(default)]
    pub lang: String,
    pub text: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub license: String,
    pub refs: Vec<GoldRef>,
}

/// One gold reference.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldRef {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: LegalRefKind,
    pub jurisdiction: String,
    pub instrument_id: Option<String>,
}

/// Scores of one gold split.
#[derive(Debug, Clone, Default)]
pub struct GoldScores {
    pub sentences: usize,
    pub exact: Counts,
    pub overlap: Counts,
    /// On exact matches.
    pub kind: FieldCount,
    pub jurisdiction: FieldCount,
    pub instrument: FieldCount,
    /// Overlapping predictions linked to an instrument other than the gold one (null included).
    pub wrong_links: usize,
}

impl GoldScores {
    pub fn report(&self, name: &str) -> String {
        let mut s = format!("== {name} ({} sentences)\n", self.sentences);
        s += &self.exact.line("span exact");
        s += &self.overlap.line("span overlap");
        s += &self.kind.line("kind");
        s += &self.jurisdiction.line("jurisdiction");
        s += &self.instrument.line("instrument_id");
        s += &format!("  wrong links (linked to another instrument): {}\n", self.wrong_links);
        s
    }
}

/// Read every `*.jsonl` in `dir`; gold spans must slice the text to their `text`.
pub fn read_gold(dir: &Path) -> Result<Vec<GoldSentence>, LegalError> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| LegalError::io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let sentences: Vec<GoldSentence> = read_jsonl(&f)?;
        for s in &sentences {
            for r in &s.refs {
                if char_slice(&s.text, r.start, r.end) != Some(r.text.as_str()) {
                    return Err(LegalError::Registry(format!("gold {}: span {}..{} is not {:?}", s.id, r.start, r.end, r.text)));
                }
            }
        }
        out.extend(sentences);
    }
    Ok(out)
}

/// Score gold sentences by split name (`dev`, `test`) and over all.
pub fn gold(sentences: &[GoldSentence], finder: &LegalRefFinder, errors: &mut String) -> Vec<(String, GoldScores)> {
    let mut splits: Vec<(String, GoldScores)> =
        vec![("dev".into(), GoldScores::default()), ("test".into(), GoldScores::default()), ("all".into(), GoldScores::default())];
    for s in sentences {
        let refs = finder.find(&s.text);
        let one = gold_sentence(s, &refs, errors);
        for (name, scores) in splits.iter_mut() {
            if name == &s.split || name == "all" {
                add_gold(scores, &one);
            }
        }
    }
    splits
}

fn gold_sentence(s: &GoldSentence, refs: &[LegalRef], errors: &mut String) -> GoldScores {
    let span = |start, end| Span { start, end, class: String::new() };
    let pred: Vec<Span> = refs.iter().map(|r| span(r.start, r.end)).collect();
    let gold: Vec<Span> = s.refs.iter().map(|r| span(r.start, r.end)).collect();
    let (exact, overlap, pairs) = match_spans(&pred, &gold);
    let mut out = GoldScores { sentences: 1, exact, overlap, ..Default::default() };
    for (pi, gi) in pairs {
        let (p, g) = (&refs[pi], &s.refs[gi]);
        for (count, ok) in [
            (&mut out.kind, p.kind == g.kind),
            (&mut out.jurisdiction, p.jurisdiction == g.jurisdiction),
            (&mut out.instrument, p.instrument_id == g.instrument_id),
        ] {
            count.total += 1;
            count.correct += usize::from(ok);
        }
    }
    for p in refs.iter().filter(|p| p.instrument_id.is_some()) {
        let gold_hit = s.refs.iter().find(|g| g.start < p.end && p.start < g.end);
        if gold_hit.is_none_or(|g| g.instrument_id != p.instrument_id) {
            out.wrong_links += 1;
            let _ = writeln!(errors, "LINK {} {:?} -> {:?}", s.id, p.text, p.instrument_id);
        }
    }
    for g in &s.refs {
        match refs.iter().find(|p| p.start == g.start && p.end == g.end) {
            None => {
                let _ = writeln!(errors, "MISS {} {:?} ({:?})", s.id, g.text, g.instrument_id);
            }
            Some(p) if p.instrument_id != g.instrument_id || p.kind != g.kind => {
                let _ = writeln!(errors, "DIFF {} {:?} kind {:?}/{:?} inst {:?}/{:?}", s.id, g.text, p.kind, g.kind, p.instrument_id, g.instrument_id);
            }
            Some(_) => {}
        }
    }
    for p in refs.iter().filter(|p| !s.refs.iter().any(|g| g.start == p.start && g.end == p.end)) {
        let _ = writeln!(errors, "FP   {} {:?} {:?}", s.id, p.text, p.kind);
    }
    out
}

fn add_gold(into: &mut GoldScores, one: &GoldScores) {
    into.sentences += one.sentences;
    into.exact.add(one.exact);
    into.overlap.add(one.overlap);
    for (a, b) in [(&mut into.kind, one.kind), (&mut into.jurisdiction, one.jurisdiction), (&mut into.instrument, one.instrument)] {
        a.correct += b.correct;
        a.total += b.total;
    }
    into.wrong_links += one.wrong_links;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_and_overlap_matching() {
        let s = |a, b| Span { start: a, end: b, class: "law".into() };
        let (e, o, pairs) = match_spans(&[s(0, 5), s(10, 14)], &[s(0, 5), s(9, 14), s(20, 22)]);
        assert_eq!((e.tp, o.tp, e.predicted, e.gold), (1, 2, 2, 3));
        assert_eq!(pairs, vec![(0, 0)]);
    }
}
