//! Evaluation of the extractor against annotated data: the project's gold set
//! (`corpora/gold`), MEANTIME time expressions and GePaDe speaker attribution.
//! Data paths are always given by the caller.

use crate::{find_dates, text::Text, Extractor};
use dossier_core::{Document, Extraction};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Precision/recall/F1 counts.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Prf {
    pub tp: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        dossier_core::precision_recall_f1(self.tp, self.predicted, self.gold).0
    }
    pub fn recall(&self) -> f64 {
        dossier_core::precision_recall_f1(self.tp, self.predicted, self.gold).1
    }
    pub fn f1(&self) -> f64 {
        dossier_core::precision_recall_f1(self.tp, self.predicted, self.gold).2
    }
    pub(crate) fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.predicted += o.predicted;
        self.gold += o.gold;
    }
}

/// Correct out of total.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Accuracy {
    pub correct: usize,
    pub total: usize,
}

impl Accuracy {
    pub fn value(&self) -> f64 {
        dossier_core::precision_recall_f1(self.correct, self.total, 0).0
    }
    pub(crate) fn add(&mut self, o: Accuracy) {
        self.correct += o.correct;
        self.total += o.total;
    }
}

#[derive(Debug, Deserialize)]
struct GoldDoc {
    /// The source document's id (real-news gold), for reports.
    #[serde(default)]
    source: Option<String>,
    title: Option<String>,
    text: String,
    language: String,
    published: Option<String>,
}

#[derive(Debug, Deserialize)]
struct GoldSpeaker {
    actor_id: Option<String>,
    name: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

#[derive(Debug, Deserialize)]
struct GoldStatement {
    start: usize,
    end: usize,
    #[serde(alias = "claimant")]
    speaker: Option<GoldSpeaker>,
    /// `for`, `against` or `neutral`; claims of the fixtures have none.
    #[serde(default)]
    stance: Option<String>,
}

#[derive(Debug, Deserialize)]
struct GoldEvent {
    start: usize,
    end: usize,
    date: String,
    date_start: usize,
    date_end: usize,
}

#[derive(Debug, Deserialize)]
struct GoldActor {
    id: Option<String>,
    name: String,
}

#[derive(Debug, Deserialize)]
struct GoldDate {
    start: usize,
    end: usize,
    value: Option<String>,
}

/// One gold file of `corpora/gold`.
#[derive(Debug, Deserialize)]
pub struct GoldFile {
    doc: GoldDoc,
    #[serde(default)]
    actors: Vec<GoldActor>,
    #[serde(default)]
    quotes: Vec<GoldStatement>,
    #[serde(default)]
    claims: Vec<GoldStatement>,
    #[serde(default)]
    dates: Vec<GoldDate>,
    #[serde(default)]
    events: Vec<GoldEvent>,
}

/// Scores for one language (or all).
#[derive(Debug, Clone, Default, Serialize)]
pub struct GoldScores {
    pub documents: usize,
    pub quotes: Prf,
    pub speakers: Accuracy,
    /// Speakers matched by head word, as text-matching scorers do: the last
    /// word of the names without a bracketed qualifier ("Blumenthal" for
    /// "Richard Blumenthal", "Constitutional Court" for "Constitutional
    /// Court (Taiwan)"), or an acronym of the gold name ("PAP").
    pub speaker_heads: Accuracy,
    pub claims: Prf,
    pub claimants: Accuracy,
    /// Claimants matched by head word (see `speaker_heads`).
    pub claimant_heads: Accuracy,
    pub actors: Prf,
    pub dates: Accuracy,
    /// Stance of matched quotes and claims whose gold has one.
    pub stance: Accuracy,
    /// Dated events: a found event matches a gold one when their sentences
    /// overlap and their date expressions overlap.
    pub events: Prf,
    /// Date values of matched events.
    pub event_values: Accuracy,
}

impl GoldScores {
    fn add(&mut self, o: &GoldScores) {
        self.documents += o.documents;
        self.quotes.add(o.quotes);
        self.speakers.add(o.speakers);
        self.speaker_heads.add(o.speaker_heads);
        self.claims.add(o.claims);
        self.claimants.add(o.claimants);
        self.claimant_heads.add(o.claimant_heads);
        self.actors.add(o.actors);
        self.dates.add(o.dates);
        self.stance.add(o.stance);
        self.events.add(o.events);
        self.event_values.add(o.event_values);
    }
}

fn slug(name: &str) -> String {
    name.split_whitespace().map(|w| w.to_lowercase()).collect::<Vec<_>>().join("-")
}

/// Token overlap of two spans as 2·|A∩B| / (|A|+|B|) over word tokens.
fn overlap(text: &Text, a: (usize, usize), b: (usize, usize)) -> f64 {
    let words = |(s, e): (usize, usize)| text.tokens.iter().filter(|t| t.is_word && t.start >= s && t.end <= e).map(|t| t.start).collect::<Vec<_>>();
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let common = wa.iter().filter(|x| wb.contains(x)).count();
    2.0 * common as f64 / (wa.len() + wb.len()) as f64
}

/// Greedy one-to-one matching of predicted to gold spans with overlap ≥ 0.5.
fn match_spans(text: &Text, predicted: &[(usize, usize)], gold: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (pi, p) in predicted.iter().enumerate() {
        for (gi, g) in gold.iter().enumerate() {
            let o = overlap(text, *p, *g);
            if o >= 0.5 {
                pairs.push((o, pi, gi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
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

fn same_actor(extraction: &Extraction, predicted: Option<&str>, gold: &GoldSpeaker) -> bool {
    let Some(p) = predicted else { return false };
    if let Some(g) = &gold.actor_id {
        return p == g;
    }
    let name = extraction.actors.iter().find(|a| a.id == p).map(|a| a.name.as_str()).unwrap_or(p);
    gold.name.as_deref().is_some_and(|g| slug(g) == slug(name) || p == format!("ner:{}", slug(g)))
}

/// The head word of an actor name: its last word, without a bracketed
/// qualifier ("Constitutional Court (Taiwan)" → "court").
fn head_word(name: &str) -> String {
    let bare = name.split('(').next().unwrap_or(name);
    bare.split_whitespace().last().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// Whether `short` is the acronym of `long`'s capitalised words ("PAP", "ALN").
fn is_acronym_of(short: &str, long: &str) -> bool {
    let initials: String = long.split(|c: char| c.is_whitespace() || c == '-').filter(|w| w.len() > 3 || w.chars().next().is_some_and(char::is_uppercase)).filter_map(|w| w.chars().next()).collect();
    short.chars().count() >= 2 && short.chars().all(|c| c.is_uppercase()) && initials.to_uppercase() == short
}

/// [`same_actor`], or the same head word, or an acronym of the gold name.
fn same_head(extraction: &Extraction, predicted: Option<&str>, gold: &GoldSpeaker) -> bool {
    if same_actor(extraction, predicted, gold) {
        return true;
    }
    let (Some(p), Some(g)) = (predicted, gold.name.as_deref()) else { return false };
    let name = extraction.actors.iter().find(|a| a.id == p).map(|a| a.name.as_str()).unwrap_or(p);
    let head = head_word(name);
    (!head.is_empty() && head == head_word(g)) || is_acronym_of(name, g)
}

/// Span P/R/F1 of predicted statements (quotes or claims) against gold ones,
/// and the accuracy of their speakers over matched pairs with a gold speaker.
fn score_statements(
    text: &Text,
    x: &Extraction,
    predicted: &[((usize, usize), Option<&dossier_core::SpeakerRef>, dossier_core::Stance)],
    gold: &[GoldStatement],
) -> (Prf, Accuracy, Accuracy, Accuracy) {
    let spans: Vec<(usize, usize)> = predicted.iter().map(|(span, _, _)| *span).collect();
    let gold_spans: Vec<(usize, usize)> = gold.iter().map(|g| (g.start, g.end)).collect();
    let matches = match_spans(text, &spans, &gold_spans);
    let (mut speakers, mut heads, mut stance) = (Accuracy::default(), Accuracy::default(), Accuracy::default());
    for (pi, gi) in &matches {
        if let Some(g) = &gold[*gi].stance {
            stance.total += 1;
            stance.correct += (stance_name(predicted[*pi].2) == g) as usize;
        }
        if let Some(g) = &gold[*gi].speaker {
            speakers.total += 1;
            let p = predicted[*pi].1.and_then(|sp| sp.actor_id.as_deref());
            speakers.correct += same_actor(x, p, g) as usize;
            heads.total += 1;
            heads.correct += same_head(x, p, g) as usize;
        }
    }
    (Prf { tp: matches.len(), predicted: spans.len(), gold: gold_spans.len() }, speakers, heads, stance)
}

fn stance_name(s: dossier_core::Stance) -> &'static str {
    match s {
        dossier_core::Stance::Against => "against",
        dossier_core::Stance::For => "for",
        dossier_core::Stance::Neutral => "neutral",
    }
}

/// Found events against gold events: sentence overlap and date overlap make a
/// match (one sentence may hold two dated acts); values compared on matches.
fn score_events(text: &Text, found: &[dossier_core::Event], gold: &[GoldEvent]) -> (Prf, Accuracy) {
    let mut used = vec![false; found.len()];
    let (mut tp, mut values) = (0, Accuracy::default());
    for g in gold {
        let hit = found.iter().enumerate().find(|(i, e)| {
            !used[*i] && overlap(text, (e.start, e.end), (g.start, g.end)) >= 0.5 && e.date_start < g.date_end && g.date_start < e.date_end
        });
        if let Some((i, e)) = hit {
            used[i] = true;
            tp += 1;
            values.total += 1;
            values.correct += (e.date == g.date) as usize;
        }
    }
    (Prf { tp, predicted: found.len(), gold: gold.len() }, values)
}

fn gold_document(gold: &GoldFile) -> Document {
    Document {
        title: gold.doc.title.clone().unwrap_or_default(),
        published: gold.doc.published.as_deref().and_then(dossier_core::parse_published),
        ..Document::news(gold.doc.source.as_deref().unwrap_or("gold"), gold.doc.text.clone(), &gold.doc.language)
    }
}

/// A found quote or claim: its span and its speaker.
type FoundStatement<'a> = ((usize, usize), Option<&'a dossier_core::SpeakerRef>);

/// What the extractor got wrong on one gold file, one line per error, for
/// reading by hand on a development split (`dossier eval gold --errors`):
/// missed and spurious quotes and claims, wrong speakers, missed events.
pub fn explain_gold(extractor: &Extractor, gold: &GoldFile) -> Vec<String> {
    let doc = gold_document(gold);
    let x = extractor.extract(&doc);
    let text = Text::new(&doc.text);
    let clip = |s: usize, e: usize| -> String {
        let t = text.slice(s, e.min(s + 70));
        t.replace('\n', " ")
    };
    let name_of = |id: Option<&str>| id.map(|id| x.actors.iter().find(|a| a.id == id).map(|a| a.name.clone()).unwrap_or(id.to_string()));
    let mut out = Vec::new();
    let kinds: [(&str, Vec<FoundStatement>, &[GoldStatement]); 2] = [
        ("quote", x.quotes.iter().map(|q| ((q.start, q.end), q.speaker.as_ref())).collect(), &gold.quotes),
        ("claim", x.claims.iter().map(|c| ((c.start, c.end), c.claimant.as_ref())).collect(), &gold.claims),
    ];
    for (kind, found, golds) in kinds {
        let spans: Vec<(usize, usize)> = found.iter().map(|f| f.0).collect();
        let gspans: Vec<(usize, usize)> = golds.iter().map(|g| (g.start, g.end)).collect();
        let matches = match_spans(&text, &spans, &gspans);
        for (gi, g) in golds.iter().enumerate() {
            let who = g.speaker.as_ref().map(|s| format!("{} [{}]", s.name.as_deref().unwrap_or("?"), s.text.as_deref().unwrap_or(""))).unwrap_or("null".into());
            match matches.iter().find(|(_, m)| *m == gi) {
                None => out.push(format!("missed {kind}: «{}» by {who}", clip(g.start, g.end))),
                Some((pi, _)) => {
                    let p = found[*pi].1;
                    if let Some(gs) = &g.speaker {
                        if !same_actor(&x, p.and_then(|sp| sp.actor_id.as_deref()), gs) {
                            let got = p.map(|sp| format!("{} [{}]", name_of(sp.actor_id.as_deref()).unwrap_or("unresolved".into()), sp.text)).unwrap_or("null".into());
                            out.push(format!("wrong {kind} speaker: «{}» gold {who}, got {got}", clip(g.start, g.end)));
                        }
                    }
                }
            }
        }
        for (pi, f) in found.iter().enumerate() {
            if !matches.iter().any(|(p, _)| *p == pi) {
                out.push(format!("spurious {kind}: «{}»", clip(f.0 .0, f.0 .1)));
            }
        }
    }
    for g in &gold.events {
        let hit = x.events.iter().any(|e| overlap(&text, (e.start, e.end), (g.start, g.end)) >= 0.5 && e.date_start < g.date_end && g.date_start < e.date_end);
        if !hit {
            out.push(format!("missed event {}: «{}»", g.date, clip(g.start, g.end)));
        }
    }
    out
}

/// Score the extractor on one gold file.
pub fn score_gold(extractor: &Extractor, gold: &GoldFile) -> GoldScores {
    let doc = gold_document(gold);
    let x = extractor.extract(&doc);
    let text = Text::new(&doc.text);
    let mut s = GoldScores { documents: 1, ..Default::default() };

    let quotes: Vec<_> = x.quotes.iter().map(|q| ((q.start, q.end), q.speaker.as_ref(), q.stance)).collect();
    let (quote_stance, claim_stance);
    (s.quotes, s.speakers, s.speaker_heads, quote_stance) = score_statements(&text, &x, &quotes, &gold.quotes);
    let claims: Vec<_> = x.claims.iter().map(|c| ((c.start, c.end), c.claimant.as_ref(), c.stance)).collect();
    (s.claims, s.claimants, s.claimant_heads, claim_stance) = score_statements(&text, &x, &claims, &gold.claims);
    s.stance = quote_stance;
    s.stance.add(claim_stance);
    (s.events, s.event_values) = score_events(&text, &x.events, &gold.events);
    // Actors at canonical level: registry id, else the slug of the name.
    let gold_keys: Vec<(Option<String>, String)> = gold.actors.iter().map(|a| (a.id.clone(), slug(&a.name))).collect();
    let mut tp = 0;
    for a in &x.actors {
        let hit = gold_keys.iter().any(|(id, name)| id.as_deref() == Some(a.id.as_str()) || *name == slug(&a.name) || a.id == format!("ner:{name}"));
        tp += hit as usize;
    }
    s.actors = Prf { tp, predicted: x.actors.len(), gold: gold_keys.len() };
    // Date values: a gold date is correct when an overlapping found date has its value.
    if let Some(lex) = extractor.resources().dates.get(&doc.language) {
        let found = find_dates(&text, lex, doc.published);
        for g in gold.dates.iter().filter(|g| g.value.is_some()) {
            s.dates.total += 1;
            let ok = found.iter().any(|d| d.start < g.end && g.start < d.end && d.value == g.value);
            s.dates.correct += ok as usize;
        }
    }
    s
}

/// Score a set of gold files; returns scores per language and `all`.
pub fn score_gold_set(extractor: &Extractor, files: &[GoldFile]) -> BTreeMap<String, GoldScores> {
    let mut by_lang: BTreeMap<String, GoldScores> = BTreeMap::new();
    for f in files {
        let s = score_gold(extractor, f);
        by_lang.entry(f.doc.language.clone()).or_default().add(&s);
        by_lang.entry("all".into()).or_default().add(&s);
    }
    by_lang
}

/// Time-expression scores on MEANTIME (DATE expressions).
#[derive(Debug, Default, Serialize)]
pub struct TimexScores {
    pub documents: usize,
    pub strict: Prf,
    pub relaxed: Prf,
    /// Value accuracy over relaxed matches.
    pub value: Accuracy,
}

/// Evaluate DATE expressions on a MEANTIME BIO file (`token\tBIO-TYPE\tVALUE`,
/// documents introduced by a `*!-DCTVALUE="…"-!*` line).
pub fn score_meantime(extractor: &Extractor, tsv: &str, language: &str) -> TimexScores {
    let mut scores = TimexScores::default();
    let Some(lex) = extractor.resources().dates.get(language) else { return scores };
    // Per document: creation date and sentences of (token, tag, value).
    type Sentence = Vec<(String, String, String)>;
    let mut docs: Vec<(Option<chrono::NaiveDate>, Vec<Sentence>)> = Vec::new();
    for line in tsv.lines() {
        if let Some(rest) = line.strip_prefix("*!-DCTVALUE=\"") {
            let dct = rest.split('"').next().and_then(dossier_core::parse_published);
            docs.push((dct, vec![Vec::new()]));
            continue;
        }
        let Some((_, sentences)) = docs.last_mut() else { continue };
        if line.trim().is_empty() {
            sentences.push(Vec::new());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if let (Some(tok), Some(tag), Some(val)) = (cols.first(), cols.get(1), cols.get(2)) {
            if let Some(s) = sentences.last_mut() {
                s.push((tok.to_string(), tag.to_string(), val.to_string()));
            }
        }
    }
    for (dct, sentences) in docs {
        scores.documents += 1;
        let mut text = String::new();
        let mut gold: Vec<(usize, usize, String)> = Vec::new();
        let mut open: Option<(usize, String)> = None;
        let mut pos = 0usize;
        let mut last_end = 0usize;
        for s in sentences.iter().filter(|s| !s.is_empty()) {
            for (tok, tag, val) in s {
                if !text.is_empty() {
                    text.push(if last_end == 0 && pos > 0 { '\n' } else { ' ' });
                    pos += 1;
                }
                let start = pos;
                text.push_str(tok);
                pos += tok.chars().count();
                let is_date = tag.ends_with("-DATE");
                if tag.starts_with("B-") || !is_date {
                    if let Some((s0, v)) = open.take() {
                        gold.push((s0, last_end, v));
                    }
                }
                if is_date && (tag.starts_with("B-") || open.is_none()) {
                    open = Some((start, val.clone()));
                }
                last_end = pos;
            }
            if let Some((s0, v)) = open.take() {
                gold.push((s0, last_end, v));
            }
            last_end = 0;
        }
        let t = Text::new(&text);
        let found = find_dates(&t, lex, dct);
        scores.strict.predicted += found.len();
        scores.relaxed.predicted += found.len();
        scores.strict.gold += gold.len();
        scores.relaxed.gold += gold.len();
        for (gs, ge, gv) in &gold {
            if found.iter().any(|d| d.start == *gs && d.end == *ge) {
                scores.strict.tp += 1;
            }
            if let Some(d) = found.iter().find(|d| d.start < *ge && *gs < d.end) {
                scores.relaxed.tp += 1;
                scores.value.total += 1;
                scores.value.correct += (d.value.as_deref() == Some(gv.as_str())) as usize;
            }
        }
    }
    scores
}

/// Speaker-attribution scores on GePaDe (German parliamentary speeches).
#[derive(Debug, Default, Serialize)]
pub struct SpeakerScores {
    pub sentences: usize,
    /// Cue word detection (a predicted cue token is a gold cue index).
    pub cues: Prf,
    /// Source spans: a predicted speaker overlapping a gold Source span of the same cue.
    pub sources: Prf,
}

#[derive(Deserialize)]
struct GepadeSentence {
    words: Vec<String>,
    #[serde(default)]
    annotations: BTreeMap<String, GepadeAnnotation>,
}

#[derive(Deserialize)]
struct GepadeAnnotation {
    /// `speech` for a cue; `_` for annotated tokens that are not cues.
    #[serde(default)]
    predicate: String,
    /// One BIO role tag per word (`B-Source`, `I-Message`, `_`…).
    #[serde(default)]
    roles: Vec<String>,
}

/// How well the extractor's named actor mentions match the persons and
/// organisations of NER gold (CoNLL-style: wikigold, GermEval…).
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct NamedActorScores {
    /// Documents the sentences were grouped into.
    pub documents: usize,
    /// Person mentions against gold PER spans (exact character span).
    pub persons: Prf,
    /// Organisation mentions against gold ORG spans.
    pub organisations: Prf,
    /// Both, type included.
    pub all: Prf,
}

/// Scores the named mentions of the actors the extractor finds against the
/// PER and ORG entities of NER gold sentences, grouped `per_document` at a
/// time into documents in `language` (tokens joined by spaces).
///
/// An actor counts only where it is named: mentions that start with a
/// lower-case letter ("the company") or are pronouns are left out, and
/// places acting as actors are compared with nothing (gold calls them LOC).
/// Actors are what acts in a text, so recall is bounded well below 1: a name
/// that only appears ("a report on Apple") is not an actor.
pub fn score_conll_actors(extractor: &Extractor, sentences: &[dossier_ner::Sentence], language: &str, per_document: usize) -> NamedActorScores {
    let mut scores = NamedActorScores::default();
    for group in sentences.chunks(per_document.max(1)) {
        let mut text = String::new();
        let mut gold: Vec<(usize, usize, bool)> = Vec::new(); // (start, end, is_person)
        let mut len = 0usize;
        for s in group {
            if !text.is_empty() {
                text.push_str("\n\n");
                len += 2;
            }
            let mut starts = Vec::with_capacity(s.tokens.len());
            for (k, t) in s.tokens.iter().enumerate() {
                if k > 0 {
                    text.push(' ');
                    len += 1;
                }
                starts.push(len);
                text.push_str(t);
                len += t.chars().count();
            }
            for e in s.spans() {
                let person = match e.label {
                    dossier_ner::Label::Per => true,
                    dossier_ner::Label::Org => false,
                    _ => continue,
                };
                let end = starts[e.end_token - 1] + s.tokens[e.end_token - 1].chars().count();
                gold.push((starts[e.start_token], end, person));
            }
        }
        let doc = Document::news("conll", text, language);
        let x = extractor.extract(&doc);
        let mut predicted: Vec<(usize, usize, bool)> = Vec::new();
        for a in &x.actors {
            let person = match a.kind {
                dossier_core::ActorKind::Person => true,
                dossier_core::ActorKind::Place => continue,
                _ => false,
            };
            for m in &a.mentions {
                let named = m.text.chars().next().is_some_and(char::is_uppercase) && !PRONOUNS.contains(&m.text.to_lowercase().as_str());
                // "Professor Alan Woodward" is a mention of Alan Woodward; NER gold
                // leaves the title out, so the name inside the mention is compared.
                let (start, end) = match m.text.find(&a.name) {
                    Some(byte) => {
                        let at = m.start + m.text[..byte].chars().count();
                        (at, at + a.name.chars().count())
                    }
                    None => (m.start, m.end),
                };
                if named && !predicted.contains(&(start, end, person)) {
                    predicted.push((start, end, person));
                }
            }
        }
        for (kind, prf) in [(true, &mut scores.persons), (false, &mut scores.organisations)] {
            let p: Vec<_> = predicted.iter().filter(|m| m.2 == kind).collect();
            let g: Vec<_> = gold.iter().filter(|m| m.2 == kind).collect();
            prf.add(Prf { tp: p.iter().filter(|m| g.contains(m)).count(), predicted: p.len(), gold: g.len() });
        }
        scores.documents += 1;
    }
    scores.all = scores.persons;
    scores.all.add(scores.organisations);
    scores
}

/// Pronouns that start a sentence capitalised; not names.
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "il", "elle", "ils", "elles", "er", "sie", "es", "wir", "él", "ella", "ellos", "ellas", "lui", "lei", "loro", "egli", "essa",
];

/// Evaluate cue and source detection on a GePaDe JSON file.
pub fn score_gepade(extractor: &Extractor, json: &str) -> Result<SpeakerScores, serde_json::Error> {
    let data: BTreeMap<String, GepadeSentence> = serde_json::from_str(json)?;
    let mut scores = SpeakerScores::default();
    for s in data.values() {
        scores.sentences += 1;
        let mut text = String::new();
        let mut spans = Vec::new();
        for w in &s.words {
            if !text.is_empty() {
                text.push(' ');
            }
            let start = text.chars().count();
            text.push_str(w);
            spans.push((start, text.chars().count()));
        }
        let token_of = |pos: usize| spans.iter().position(|(a, b)| *a <= pos && pos < *b);
        let doc = Document::news("gepade", text, "de");
        let x = extractor.extract(&doc);
        let predicted: Vec<(usize, Option<(usize, usize)>)> = x
            .quotes
            .iter()
            .map(|q| (q.cue.as_ref(), q.speaker.as_ref()))
            .chain(x.claims.iter().map(|c| (c.cue.as_ref(), c.claimant.as_ref())))
            .filter_map(|(cue, sp)| Some((token_of(cue?.start)?, sp.map(|s| (s.start, s.end)))))
            .collect();
        let cues: Vec<(usize, &GepadeAnnotation)> =
            s.annotations.iter().filter(|(_, a)| a.predicate == "speech").filter_map(|(k, a)| Some((k.parse().ok()?, a))).collect();
        scores.cues.gold += cues.len();
        scores.cues.predicted += predicted.len();
        scores.sources.predicted += predicted.iter().filter(|(_, sp)| sp.is_some()).count();
        for (cue, ann) in &cues {
            let source: Vec<usize> = ann.roles.iter().enumerate().filter(|(_, t)| t.ends_with("-Source")).map(|(i, _)| i).collect();
            if !source.is_empty() {
                scores.sources.gold += 1;
            }
            if let Some((_, sp)) = predicted.iter().find(|(c, _)| c == cue) {
                scores.cues.tp += 1;
                if let Some((a, b)) = sp {
                    if source.iter().any(|&i| spans[i].0 < *b && *a < spans[i].1) {
                        scores.sources.tp += 1;
                    }
                }
            }
        }
    }
    Ok(scores)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prf_arithmetic() {
        let p = Prf { tp: 3, predicted: 4, gold: 6 };
        assert!((p.precision() - 0.75).abs() < 1e-9);
        assert!((p.recall() - 0.5).abs() < 1e-9);
        assert!((p.f1() - 0.6).abs() < 1e-9);
        assert_eq!(Prf::default().f1(), 0.0);
    }

    #[test]
    fn meantime_reader_scores_a_tiny_document() {
        let tsv = "*!-DCTVALUE=\"2005-10-04\"-!*\tO\t-\n\nApple\tO\t-\nannounced\tO\t-\ntoday\tB-DATE\t2005-10-04\n.\tO\t-\n";
        let s = score_meantime(&Extractor::new(), tsv, "en");
        assert_eq!((s.strict.tp, s.strict.gold, s.value.correct), (1, 1, 1));
    }
}
