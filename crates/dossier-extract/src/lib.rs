//! Extraction of actors, direct quotes, reported claims and dated events from
//! Dossier documents, in French, English, German, Spanish and Italian.
//!
//! The extractor is built once from [`Resources`] (actor registry, cue verbs,
//! descriptions, topic and stance lexicons, date words — all data under
//! `corpora/`) and then applied to each document. It is rule-based: a
//! gazetteer finds registry actors, a capitalisation-based detector finds
//! other people and organisations (the [`EntityDetector`] trait lets a
//! statistical model replace it), quotation marks and cue verbs give quotes and
//! speakers, cue verbs, "selon X"-style markers and the reportative
//! conditional give claims.
//!
//! # Invariants
//!
//! * Every `start`/`end` is a code-point offset into the document text and
//!   slicing the text with it yields the item's `text` exactly.
//! * Extraction never fails on input text; it only finds less.
//!
//! ```
//! use dossier_extract::Extractor;
//! use dossier_core::{Document, DocKind};
//! let text = "« Nous n'avons jamais créé de porte dérobée et nous ne le ferons jamais », a indiqué Apple.";
//! let doc = Document { id: "d".into(), source: "-".into(), url: None, title: "t".into(), text: text.into(),
//!     language: "fr".into(), language_confidence: 1.0, kind: DocKind::News, published: None, site: None,
//!     ingested_at: chrono::Utc::now(), duplicate_of: None };
//! let x = Extractor::new().extract(&doc);
//! assert_eq!(x.quotes[0].speaker.as_ref().unwrap().actor_id.as_deref(), Some("apple"));
//! assert_eq!(x.quotes[0].stance, dossier_core::Stance::Against);
//! ```

use dossier_core::{Actor, ActorKind, Claim, Document, Event, Extraction, Mention, Quote, SpeakerRef, Stance};
use std::collections::HashMap;

mod dates;
mod detectors;
pub mod eval;
mod quotes;
pub mod resources;
mod text;

pub use dates::{find_dates, DateMention};
pub use detectors::{CombinedDetector, ModelCheckedDetector, TrainedNerDetector};
pub use resources::{ResourceError, Resources};
pub use text::{Sentence, Text, Token};

/// Lower-cased tokens of a lexicon phrase, tokenised like document text.
pub(crate) fn words_of(phrase: &str) -> Vec<String> {
    let chars: Vec<char> = phrase.chars().collect();
    text::tokenize(&chars, 0).into_iter().map(|t| t.lower).collect()
}

/// What a stretch of text refers to.
#[derive(Debug, Clone, PartialEq)]
pub enum Referent {
    /// A registry actor (index into `Resources::actors`).
    Registry(usize),
    /// A country/capital name of a registry actor: an actor only when it acts.
    Place(usize),
    /// A generic description ("l'entreprise") referring back to an actor of these kinds.
    Description(Vec<ActorKind>),
    /// A pronoun with its gender (`m`, `f`, `n`, `pl`).
    Pronoun(String),
    /// A name found by the entity detector.
    Named { name: String, kind: ActorKind },
}

/// A candidate mention, in token and char coordinates.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    pub tok_start: usize,
    pub tok_end: usize,
    pub referent: Referent,
    /// A statistical guess: an actor only when it acts (subject of a verb,
    /// speaker, event participant), like a country name.
    pub weak: bool,
}

/// Finds names of people and organisations the registry does not know.
/// The rule-based [`CapitalisedNameDetector`] is the default; a statistical
/// or transformer model implements the same trait.
pub trait EntityDetector: Send + Sync {
    /// Return named candidates in `tokens`, skipping token indices already `taken`.
    fn detect(&self, text: &Text, language: &str, taken: &[bool], res: &Resources) -> Vec<Candidate>;
}

/// Names are runs of capitalised words ("Hélène Marchand", "Ursula von der
/// Leyen"); a run is a person when introduced by a title ("Prof", "M.",
/// "ministre"), followed by an apposition (", professeure de …") or next to a
/// cue verb, and an organisation when it holds an organisation word.
pub struct CapitalisedNameDetector;

const NAME_PARTICLES: &[&str] = &["von", "van", "der", "de", "di", "da", "del", "la", "le", "du", "dos", "bin"];
pub(crate) const ORG_WORDS: &[&str] = &[
    "université", "university", "universität", "universidad", "università", "institut", "institute", "instituto", "istituto",
    "association", "associazione", "asociación", "verein", "stiftung", "foundation", "fondation", "fundación", "fondazione",
    "group", "groupe", "gruppo", "grupo", "ministry", "ministère", "ministerium", "ministerio", "ministero", "agency",
    "agence", "agentur", "agencia", "agenzia", "council", "conseil", "rat", "consejo", "consiglio", "committee", "comité",
    "commission", "kommission", "comisión", "commissione", "inc", "ltd", "gmbh", "sa", "ag", "spa", "labs", "lab",
    "centre", "center", "zentrum", "centro", "network", "coalition", "alliance", "union", "observatoire", "observatory",
    "universitat", "politecnico", "polytechnique", "polytechnic", "hochschule", "école", "escuela", "scuola", "college",
    "collège", "tribunal", "court", "bank", "banque", "partito", "partei", "partido", "party", "parti", "fondazione",
    "department", "département", "departamento", "dipartimento", "parliament", "parlement", "parlament", "parlamento",
];

fn resource_list<'a>(res: &'a Resources, lang: &str, pick: fn(&'a resources::CueLexicon) -> &'a Vec<String>) -> &'a [String] {
    res.cues.get(lang).map(|c| pick(c).as_slice()).unwrap_or(&[])
}

impl EntityDetector for CapitalisedNameDetector {
    fn detect(&self, text: &Text, lang: &str, taken: &[bool], res: &Resources) -> Vec<Candidate> {
        let toks = &text.tokens;
        // German capitalises the noun of a description before a name ("die Berliner
        // Firma Krypta GmbH", "der Verein Netzbürger"): the nouns of the German
        // descriptions of organisations, which are left out of the name.
        let descriptor_nouns = organisation_description_nouns(res, lang);
        let titles: Vec<String> = res.cues.values().flat_map(|c| c.person_titles.iter().map(|t| t.to_lowercase().trim_end_matches('.').to_string())).collect();
        let sentence_starts: std::collections::HashSet<usize> = text.sentences.iter().map(|s| s.tok_start).collect();
        // Month and weekday names are capitalised in several languages but name nobody.
        let date_words: std::collections::HashSet<&str> = res
            .dates
            .values()
            .flat_map(|d| d.months.iter().chain(&d.weekdays).flatten())
            .map(String::as_str)
            .collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let cap = |k: usize| {
                toks[k].is_word
                    && toks[k].is_capitalised()
                    && !taken[k]
                    && toks[k].text.chars().skip(1).any(char::is_lowercase)
                    && !date_words.contains(toks[k].lower.as_str())
            };
            if !cap(i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < toks.len() {
                if cap(j) {
                    j += 1;
                } else if NAME_PARTICLES.contains(&toks[j].lower.as_str())
                    && j + 1 < toks.len()
                    && cap(j + 1)
                    // "von der Leyen", but not German "Komplizen der Angreifer".
                    && (toks[j].lower != "der" || matches!(toks[j - 1].lower.as_str(), "von" | "van"))
                {
                    j += 2;
                } else if matches!(toks[j].lower.as_str(), "of" | "for") && j + 1 < toks.len() && cap(j + 1) && ORG_WORDS.contains(&toks[j - 1].lower.as_str()) {
                    // "University of Surrey", "Center for Democracy": only after an organisation word,
                    // so that "Woodward of Surrey University" stays apart.
                    j += 2;
                } else {
                    break;
                }
            }
            // "Netzbürger e. V.": the German registered-association suffix belongs to the name.
            if lang == "de" && toks.get(j..j + 4).is_some_and(|t| t.iter().map(|t| t.text.as_str()).eq(["e", ".", "V", "."])) {
                j += 4;
            }
            let n = j - i;
            let first_is_sentence_start = sentence_starts.contains(&i);
            let (mut start_tok, mut n) = if first_is_sentence_start && n >= 2 && is_function_word(&toks[i].lower) { (i + 1, n - 1) } else { (i, n) };
            let mut described = false;
            if !descriptor_nouns.is_empty() && n >= 2 {
                let lead = if toks[start_tok].lower.ends_with("er") && descriptor_nouns.contains(&toks[start_tok + 1].lower) && n >= 3 {
                    2 // "Berliner Firma"
                } else if descriptor_nouns.contains(&toks[start_tok].lower) {
                    1 // "Plattform"
                } else {
                    0
                };
                if lead > 0 && toks[start_tok + lead].is_word {
                    start_tok += lead;
                    n -= lead;
                    described = true;
                }
            }
            if described {
                // The description says what it is: an organisation, even with one word.
                let (start, end) = (toks[start_tok].start, toks[j - 1].end);
                // A bare word is weak ("schrieb auf der Plattform Mastodon" names no
                // actor; one that acts is); "Firma Krypta GmbH" is an organisation's name.
                let weak = !toks[start_tok..j].iter().any(|t| ORG_WORDS.contains(&t.lower.as_str()) || t.text == "V");
                out.push(Candidate { start, end, tok_start: start_tok, tok_end: j, referent: Referent::Named { name: text.slice(start, end), kind: ActorKind::Organization }, weak });
            } else if (2..=5).contains(&n) {
                let words: Vec<&Token> = toks[start_tok..j].iter().collect();
                let name: String = text.slice(words[0].start, words[words.len() - 1].end);
                let has_org_word = words.iter().any(|w| ORG_WORDS.contains(&w.lower.as_str()));
                let prev = start_tok.checked_sub(1).map(|p| toks[p].lower.trim_end_matches('.').to_string());
                let titled = prev.as_ref().is_some_and(|p| titles.contains(p) || matches!(p.as_str(), "to" | "selon" | "laut" | "según" | "secondo" | "après" | "so"));
                let apposition = toks.get(j).is_some_and(|t| t.text == ",") && toks.get(j + 1).is_some_and(|t| t.is_word && !t.is_capitalised());
                let near_cue = (j..(j + 3).min(toks.len())).chain(start_tok.saturating_sub(5)..start_tok).any(|k| is_cue(text, k).is_some());
                let after_comma = start_tok > 0 && toks[start_tok - 1].text == ",";
                // The surname alone next to a cue elsewhere ("…», so Krüger") confirms a person.
                let surname = &words[words.len() - 1].text;
                let surname_speaks = toks.iter().enumerate().any(|(k, t)| {
                    (k < start_tok || k >= j) && t.text == *surname
                        && ((k + 1)..(k + 3).min(toks.len())).chain(k.saturating_sub(2)..k).any(|c| is_cue(text, c).is_some())
                });
                let kind = if is_law_title(&words[0].lower, &words[words.len() - 1].lower) {
                    None
                } else if has_org_word {
                    Some(ActorKind::Organization)
                } else if n <= 4 && (titled || apposition || near_cue || surname_speaks || (after_comma && j == toks.len()) || (after_comma && toks.get(j).is_some_and(|t| !t.is_word))) {
                    Some(ActorKind::Person)
                } else {
                    None
                };
                if let Some(kind) = kind {
                    // A person's name is the end of the run: given name, particles,
                    // surname. German capitalises the role before it
                    // ("Stadtsprecherin Marion Linnenbrink", "HDE-Präsident Alexander von Preen").
                    let first = if kind == ActorKind::Person { person_name_start(toks, start_tok, j) } else { start_tok };
                    let name = if first == start_tok { name } else { text.slice(toks[first].start, toks[j - 1].end) };
                    out.push(Candidate {
                        start: toks[first].start,
                        end: toks[j - 1].end,
                        tok_start: first,
                        tok_end: j,
                        referent: Referent::Named { name, kind },
                        weak: false,
                    });
                }
            }
            i = j;
        }
        out
    }
}

/// Lower-cased nouns of the German descriptions of organisations ("firma",
/// "plattform", "verein"…), which German capitalises before a name; empty for
/// other languages, where a capitalised run does not start with them.
pub(crate) fn organisation_description_nouns(res: &Resources, lang: &str) -> std::collections::HashSet<String> {
    if lang != "de" {
        return Default::default();
    }
    res.descriptions
        .iter()
        .filter(|d| !d.kind.contains(&ActorKind::Person))
        .flat_map(|d| d.forms.get("de").into_iter().flatten())
        .filter_map(|form| form.split_whitespace().last().map(str::to_lowercase))
        .collect()
}

/// Whether a capitalised name with these first and last (lower-cased) words
/// names a law, which is not an actor: "Investigatory Powers Act",
/// "IT-Sicherheitsgesetz", "Loi Renseignement", "Ley Orgánica".
pub(crate) fn is_law_title(first_word: &str, last_word: &str) -> bool {
    const HEADS: &[&str] = &["loi", "décret", "règlement", "ley", "reglamento", "directiva", "decreto", "legge", "regolamento", "direttiva", "directive"];
    matches!(
        last_word,
        "act" | "bill" | "directive" | "regulation" | "treaty" | "convention" | "code" | "gesetz" | "verordnung" | "richtlinie"
    ) || last_word.ends_with("gesetz")
        || HEADS.contains(&first_word)
}

/// First token of a person's name inside the capitalised run `[start, end)`:
/// the surname, the particles before it, and one given name.
fn person_name_start(toks: &[Token], start: usize, end: usize) -> usize {
    if end - start <= 2 {
        return start;
    }
    let mut k = end - 1; // surname
    while k > start && NAME_PARTICLES.contains(&toks[k - 1].lower.as_str()) {
        k -= 1;
    }
    if k > start {
        k -= 1; // given name
    }
    k
}

pub(crate) fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "le" | "la" | "les" | "l" | "un" | "une" | "des" | "du" | "the" | "a" | "an" | "der" | "die" | "das" | "ein" | "eine" | "el" | "los" | "las" | "il" | "lo" | "gli" | "i" | "selon" | "according" | "laut" | "según" | "secondo" | "pour" | "for" | "but" | "mais" | "et" | "and" | "und" | "y" | "e" | "ma" | "pero" | "aber"
            // Sentence-initial prepositions and adverbs: "In Virginia, …", "Im Bundestag …".
            | "in" | "on" | "at" | "from" | "with" | "after" | "before" | "during" | "under" | "since" | "when" | "while" | "if" | "as" | "by"
            | "dans" | "en" | "à" | "au" | "aux" | "depuis" | "après" | "avant" | "chez" | "sur" | "avec" | "lors" | "quand"
            | "im" | "am" | "auf" | "nach" | "bei" | "mit" | "seit" | "vor" | "für" | "wenn" | "als"
            | "desde" | "tras" | "con" | "sobre" | "cuando" | "nel" | "nella" | "dopo" | "prima" | "su" | "quando"
    )
}

/// The cue verb starting at token `k`, from the table computed once per document.
fn is_cue(text: &Text, k: usize) -> Option<(usize, resources::CueKind)> {
    text.cues.get(k).copied().flatten()
}

/// A cue verb at token `k` (possibly several words); returns (end token, kind).
fn cue_at_token(res: &Resources, lang: &str, toks: &[Token], k: usize) -> Option<(usize, resources::CueKind)> {
    let lex = res.cues.get(lang)?;
    // French inversion keeps verb and pronoun in one token: "dit-elle", "ajoute-t-il".
    if let Some((verb, _)) = toks.get(k)?.lower.split_once('-') {
        if let Some(kind) = lex.verb_forms.get(verb) {
            return Some((k + 1, *kind));
        }
    }
    let mut best = None;
    let mut phrase = String::new();
    for (n, t) in toks.iter().enumerate().skip(k).take(4) {
        if n > k && !(t.text == "'" || phrase.ends_with('\'')) {
            phrase.push(' ');
        }
        phrase.push_str(&t.lower);
        if let Some(kind) = lex.verb_forms.get(&phrase) {
            best = Some((n + 1, *kind));
        }
    }
    best
}

/// A gazetteer pattern: the words of an alias or description.
struct Pattern {
    words: Vec<String>,
    case_sensitive: bool,
    referent: Referent,
}

/// Turns documents into extractions.
pub struct Extractor {
    res: Resources,
    /// First word (exact for case-sensitive patterns, lower-case otherwise) → patterns.
    patterns: HashMap<String, Vec<Pattern>>,
    detector: Box<dyn EntityDetector>,
    /// Names the detector in [`Extractor::version`] ("rules" by default).
    detector_name: String,
    lexicons: Lexicons,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor").field("actors", &self.res.actors.len()).finish()
    }
}

impl Extractor {
    /// Version string stored with every extraction; bump when output changes
    /// so that re-ingesting rewrites stored extractions.
    pub const VERSION: &'static str = "dossier-extract/2";

    /// An extractor over the resources embedded from `corpora/`.
    pub fn new() -> Extractor {
        // The embedded resources are checked by this crate's tests, so they parse.
        Extractor::with_resources(Resources::embedded().unwrap_or_default())
    }

    /// An extractor over the given resources.
    pub fn with_resources(res: Resources) -> Extractor {
        let mut patterns: HashMap<String, Vec<Pattern>> = HashMap::new();
        let mut add = |phrase: &str, case_sensitive: bool, referent: Referent| {
            let chars: Vec<char> = phrase.chars().collect();
            let words: Vec<String> = text::tokenize(&chars, 0).into_iter().map(|t| if case_sensitive { t.text } else { t.lower }).collect();
            if let Some(first) = words.first().cloned() {
                patterns.entry(first).or_default().push(Pattern { words, case_sensitive, referent });
            }
        };
        for (i, a) in res.actors.iter().enumerate() {
            add(&a.name, true, Referent::Registry(i));
            for alias in &a.aliases {
                add(alias, true, Referent::Registry(i));
                // Italian and Spanish write acronyms as words: "Anm", "Cnil".
                if alias.chars().count() >= 3 && alias.chars().all(|c| c.is_ascii_uppercase()) {
                    let mut title = alias[..1].to_string();
                    title.push_str(&alias[1..].to_lowercase());
                    add(&title, true, Referent::Registry(i));
                }
            }
            for alias in &a.place_aliases {
                add(alias, true, Referent::Place(i));
            }
            for forms in a.descriptions.values() {
                for d in forms {
                    add(d, false, Referent::Registry(i));
                }
            }
        }
        for d in &res.descriptions {
            for forms in d.forms.values() {
                for f in forms {
                    add(f, false, Referent::Description(d.kind.clone()));
                }
            }
        }
        let lexicons = Lexicons::new(&res);
        Extractor { res, patterns, detector: Box::new(CapitalisedNameDetector), detector_name: "rules".into(), lexicons }
    }

    /// Replace the entity detector (e.g. with a trained model).
    pub fn with_detector(mut self, detector: Box<dyn EntityDetector>) -> Extractor {
        self.detector = detector;
        self.detector_name = "custom".into();
        self
    }

    /// Replace the entity detector and name it, so that stored extractions
    /// made with another detector are rewritten on the next ingest.
    pub fn with_named_detector(mut self, detector: Box<dyn EntityDetector>, name: &str) -> Extractor {
        self.detector = detector;
        self.detector_name = name.into();
        self
    }

    /// What made an extraction: [`Extractor::VERSION`] and the detector's name,
    /// e.g. `dossier-extract/2+rules`.
    pub fn version(&self) -> String {
        format!("{}+{}", Self::VERSION, self.detector_name)
    }

    /// The resources in use.
    pub fn resources(&self) -> &Resources {
        &self.res
    }

    /// The longest registry pattern matching at token `i` (a specific actor
    /// over a generic description of the same length): its length and referent.
    fn longest_match(&self, toks: &[Token], i: usize, lang: &str) -> Option<(usize, &Referent)> {
        // German names take a genitive -s/-es at the end: "des Handelsblatts",
        // "des Chaos Computer Clubs".
        let genitive = |word: &str, name: &str| lang == "de" && name.chars().next().is_some_and(char::is_uppercase) && (word.strip_suffix('s').is_some_and(|w| w == name) || word.strip_suffix("es").is_some_and(|w| w == name));
        let first = &toks[i].text;
        let first_stems: Vec<&str> = if lang == "de" { [first.strip_suffix('s'), first.strip_suffix("es")].into_iter().flatten().collect() } else { Vec::new() };
        let mut best: Option<(usize, &Referent)> = None;
        for key in [first.as_str(), toks[i].lower.as_str()].into_iter().chain(first_stems) {
            for p in self.patterns.get(key).into_iter().flatten() {
                let n = p.words.len();
                if i + n > toks.len() {
                    continue;
                }
                let ok = p.words.iter().enumerate().all(|(k, w)| {
                    let t = &toks[i + k];
                    if p.case_sensitive {
                        t.text == *w || (k + 1 == n && genitive(&t.text, w))
                    } else {
                        t.lower == *w
                    }
                });
                let better = match best {
                    None => true,
                    Some((bn, br)) => n > bn || (n == bn && matches!(br, Referent::Description(_)) && !matches!(p.referent, Referent::Description(_))),
                };
                if ok && better {
                    best = Some((n, &p.referent));
                }
            }
        }
        best
    }

    fn gazetteer(&self, text: &Text, lang: &str) -> Vec<Candidate> {
        let toks = &text.tokens;
        let pronouns = self.res.pronouns.get(lang);
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let best = self.longest_match(toks, i, lang);
            // "The Department of Home Affairs": a description ("the department")
            // gives way to a name that starts inside it and runs past it.
            if let Some((n, Referent::Description(_))) = best {
                let name_runs_past = (i + 1..i + n).any(|k| self.longest_match(toks, k, lang).is_some_and(|(m, r)| k + m > i + n && !matches!(r, Referent::Description(_))));
                if name_runs_past {
                    i += 1;
                    continue;
                }
            }
            if let Some((n, referent)) = best {
                out.push(Candidate { start: toks[i].start, end: toks[i + n - 1].end, tok_start: i, tok_end: i + n, referent: referent.clone(), weak: false });
                i += n;
                continue;
            }
            // German-style compounds name the organisation a person speaks for:
            // "BSI-Präsidentin", "EU-Kommission", "US-Regierung".
            if let Some((head, rest)) = toks[i].text.split_once('-') {
                let single = |p: &&Pattern| p.words.len() == 1 && p.case_sensitive && !matches!(p.referent, Referent::Description(_));
                if rest.chars().next().is_some_and(char::is_uppercase) {
                    if let Some(p) = self.patterns.get(head).into_iter().flatten().find(single) {
                        out.push(Candidate { start: toks[i].start, end: toks[i].end, tok_start: i, tok_end: i + 1, referent: p.referent.clone(), weak: false });
                        i += 1;
                        continue;
                    }
                }
            }
            // Pronouns, including French inversion "a-t-il", "ajoute-t-elle".
            if let Some(pr) = pronouns {
                let lower = &toks[i].lower;
                let inverted = lower.rsplit_once('-').map(|(_, p)| p).filter(|_| lower.contains('-'));
                let after_preposition = i > 0 && matches!(toks[i - 1].lower.as_str(), "a" | "à" | "to" | "zu" | "al" | "di" | "de" | "of" | "par" | "by" | "por" | "per" | "con" | "with" | "mit" | "für" | "for" | "pour" | "avec");
                if let Some(g) = pr.get(lower.as_str()).or_else(|| inverted.and_then(|p| pr.get(p))).filter(|_| !after_preposition) {
                    out.push(Candidate { start: toks[i].start, end: toks[i].end, tok_start: i, tok_end: i + 1, referent: Referent::Pronoun(g.clone()), weak: false });
                }
            }
            i += 1;
        }
        out
    }

    /// Extract everything the extractor knows how to find in `doc`.
    pub fn extract(&self, doc: &Document) -> Extraction {
        let mut text = Text::new(&doc.text);
        let lang = doc.language.as_str();
        text.cues = (0..text.tokens.len()).map(|k| cue_at_token(&self.res, lang, &text.tokens, k)).collect();
        let mut cands = self.gazetteer(&text, lang);
        let mut taken = vec![false; text.tokens.len()];
        for c in &cands {
            if !matches!(c.referent, Referent::Pronoun(_)) {
                taken[c.tok_start..c.tok_end].iter_mut().for_each(|t| *t = true);
            }
        }
        cands.extend(self.detector.detect(&text, lang, &taken, &self.res));
        cands.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
        link_surnames(&mut cands, &text);
        join_organisations_of_places(&mut cands, &text);

        let resolver = Resolver::new(&self.res, &cands, &text, lang);
        let date_lex = self.res.dates.get(lang).cloned().unwrap_or_default();
        let dates = find_dates(&text, &date_lex, doc.published);
        let ctx = quotes::Context::new(&text, &self.res, lang, &cands);
        let found_quotes = quotes::find_quotes(&ctx);
        let found_claims = quotes::find_claims(&ctx, &found_quotes);

        let mut used_as_speaker: Vec<usize> = Vec::new();
        let statement_date = |start: usize| -> (Option<String>, bool) {
            let s = text.sentence_at(start);
            let explicit = dates.iter().find(|d| d.value.is_some() && text.sentence_at(d.start) == s && s.is_some());
            match explicit {
                Some(d) => (d.value.clone(), false),
                None => (doc.published.map(|p| p.to_string()), doc.published.is_some()),
            }
        };
        let speaker_ref = |ci: Option<usize>, used: &mut Vec<usize>| -> Option<SpeakerRef> {
            let ci = ci?;
            used.push(ci);
            let c = &cands[ci];
            Some(SpeakerRef { actor_id: resolver.actor_id(ci), text: text.slice(c.start, c.end), start: c.start, end: c.end })
        };
        let mut quotes_out = Vec::new();
        for q in &found_quotes {
            let body = text.slice(q.start, q.end);
            let (date, date_inferred) = statement_date(q.start);
            quotes_out.push(Quote {
                stance: self.stance(&body, lang),
                topics: self.topics(&body, lang),
                text: body,
                start: q.start,
                end: q.end,
                speaker: speaker_ref(q.speaker, &mut used_as_speaker),
                cue: q.cue.map(|(s, e)| Mention { start: s, end: e, text: text.slice(s, e) }),
                date,
                date_inferred,
            });
        }
        let mut claims_out = Vec::new();
        for c in &found_claims {
            let body = text.slice(c.start, c.end);
            let (date, date_inferred) = statement_date(c.start);
            claims_out.push(Claim {
                stance: self.stance(&body, lang),
                topics: self.topics(&body, lang),
                text: body,
                start: c.start,
                end: c.end,
                claimant: speaker_ref(c.speaker, &mut used_as_speaker),
                cue: c.cue.map(|(s, e)| Mention { start: s, end: e, text: text.slice(s, e) }),
                date,
                date_inferred,
            });
        }
        let events = self.events(&text, &dates, &cands, &resolver, &found_quotes);
        let actors = resolver.actors(&text, &used_as_speaker, &events);
        Extraction { actors, quotes: quotes_out, claims: claims_out, events: events.into_iter().map(|(e, _)| e).collect(), topic_relevance: self.relevance(&text, lang) }
    }

    fn events(&self, text: &Text, dates: &[DateMention], cands: &[Candidate], resolver: &Resolver, quotes: &[quotes::Found]) -> Vec<(Event, Vec<usize>)> {
        let mut events = Vec::new();
        let mut seen_sentences = std::collections::HashSet::new();
        for d in dates {
            let (Some(value), Some(si)) = (&d.value, text.sentence_at(d.start)) else { continue };
            let s = text.sentences[si];
            // A sentence carrying a quote reports speech; its date dates the quote, not an event.
            if quotes.iter().any(|q| q.start < s.end && s.start < q.end) || !seen_sentences.insert(si) {
                continue;
            }
            let mut ids: Vec<String> = Vec::new();
            let mut members = Vec::new();
            for (ci, c) in cands.iter().enumerate() {
                if c.start >= s.start && c.end <= s.end && resolver.acts(ci) {
                    if let Some(id) = resolver.actor_id(ci) {
                        if !ids.contains(&id) {
                            ids.push(id);
                        }
                        members.push(ci);
                    }
                }
            }
            if ids.is_empty() {
                continue;
            }
            let (start, end) = text.trim_span(s.start, s.end);
            events.push((
                Event {
                    date: value.clone(),
                    precision: d.precision,
                    approximate: d.approximate,
                    date_text: d.text.clone(),
                    date_start: d.start,
                    date_end: d.end,
                    text: text.slice(start, end),
                    start,
                    end,
                    actors: ids,
                },
                members,
            ));
        }
        events
    }

    /// Topic ids whose terms occur in `text` (terms of the language and English, which news borrows).
    fn topics(&self, text: &str, lang: &str) -> Vec<String> {
        let Some(index) = self.lexicons.topics.get(lang) else { return Vec::new() };
        let mut seen = vec![false; self.res.topics.len()];
        index.for_each_match(&words_of(text), |topic, _, _| seen[topic] = true);
        self.res.topics.iter().zip(seen).filter(|(_, s)| *s).map(|(t, _)| t.id.clone()).collect()
    }

    /// Stance toward weakening encryption: against-terms and negated
    /// backdoor/access/scanning terms count against; for-terms count for.
    fn stance(&self, text: &str, lang: &str) -> Stance {
        let Some(index) = self.lexicons.stance.get(lang) else { return Stance::Neutral };
        let negations = resource_list(&self.res, lang, |c| &c.negations);
        let words = words_of(text);
        let (mut against, mut pro) = (0, 0);
        index.for_each_match(&words, |side, pos, _| match side {
            STANCE_AGAINST => against += 1,
            STANCE_FOR => pro += 1,
            _ => {
                let negated = words[pos.saturating_sub(8)..pos].iter().any(|w| negations.iter().any(|n| n.trim_end_matches('\'') == w.as_str()));
                if negated {
                    against += 2;
                }
            }
        });
        match against.cmp(&pro) {
            std::cmp::Ordering::Greater => Stance::Against,
            std::cmp::Ordering::Less => Stance::For,
            std::cmp::Ordering::Equal => Stance::Neutral,
        }
    }

    /// How much the document is about the configured topics: weighted term
    /// hits per 100 words, squashed to 0..1.
    fn relevance(&self, text: &Text, lang: &str) -> f64 {
        let Some(index) = self.lexicons.topics.get(lang) else { return 0.0 };
        let words: Vec<String> = text.tokens.iter().map(|t| t.lower.clone()).collect();
        let n_words = text.tokens.iter().filter(|t| t.is_word).count().max(1) as f64;
        let mut hits = 0.0;
        index.for_each_match(&words, |topic, _, _| hits += self.res.topics[topic].weight);
        let density = hits * 100.0 / n_words;
        ((1.0 - (-density / 2.0).exp()) * 1000.0).round() / 1000.0
    }
}

const STANCE_AGAINST: usize = 0;
const STANCE_FOR: usize = 1;
const STANCE_WEAKENING: usize = 2;

/// Multi-word lexicon terms indexed by their first word, matched over the
/// token words of a text in one pass (instead of one substring search per term).
#[derive(Default)]
struct PhraseIndex {
    by_first: HashMap<String, Vec<(Vec<String>, usize)>>,
}

impl PhraseIndex {
    fn add(&mut self, phrase: &str, id: usize) {
        let words = words_of(phrase);
        if let Some(first) = words.first().cloned() {
            self.by_first.entry(first).or_default().push((words, id));
        }
    }

    /// Call `f(id, position, length)` for every (possibly overlapping) match.
    fn for_each_match(&self, words: &[String], mut f: impl FnMut(usize, usize, usize)) {
        for (pos, w) in words.iter().enumerate() {
            for (phrase, id) in self.by_first.get(w).into_iter().flatten() {
                if words[pos..].starts_with(phrase) {
                    f(*id, pos, phrase.len());
                }
            }
        }
    }
}

/// Topic and stance lexicons, indexed per language.
#[derive(Default)]
struct Lexicons {
    topics: HashMap<String, PhraseIndex>,
    stance: HashMap<String, PhraseIndex>,
}

impl Lexicons {
    fn new(res: &Resources) -> Lexicons {
        let mut lex = Lexicons::default();
        let languages: std::collections::BTreeSet<&String> = res.topics.iter().flat_map(|t| t.terms.keys()).chain(res.stance.keys()).collect();
        for lang in languages {
            let topics = lex.topics.entry(lang.clone()).or_default();
            // News in every language borrows English terms ("backdoor").
            for (ti, t) in res.topics.iter().enumerate() {
                for term in [lang.as_str(), "en"].iter().filter_map(|l| t.terms.get(*l)).flatten().collect::<std::collections::BTreeSet<_>>() {
                    topics.add(term, ti);
                }
            }
            let stance = lex.stance.entry(lang.clone()).or_default();
            if let Some((against, pro)) = res.stance.get(lang) {
                against.iter().for_each(|t| stance.add(t, STANCE_AGAINST));
                pro.iter().for_each(|t| stance.add(t, STANCE_FOR));
            }
            for t in res.topics.iter().filter(|t| matches!(t.id.as_str(), "backdoor" | "lawful-access" | "client-side-scanning")) {
                t.terms.get(lang).into_iter().flatten().for_each(|term| stance.add(term, STANCE_WEAKENING));
            }
        }
        lex
    }
}

/// "Parliament of Australia", "Universidad Politécnica de Madrid": an
/// organisation word or name, a connector and a place the gazetteer took
/// are one organisation, not an organisation and a country.
fn join_organisations_of_places(cands: &mut Vec<Candidate>, text: &Text) {
    let toks = &text.tokens;
    let mut k = 0;
    while k < cands.len() {
        let place = &cands[k];
        let p = place.tok_start;
        let joined = matches!(place.referent, Referent::Place(_)) && p >= 2 && matches!(toks[p - 1].lower.as_str(), "of" | "de" | "di" | "del" | "du" | "von");
        if !joined {
            k += 1;
            continue;
        }
        // The head: an organisation the rules named, ending at the connector, or one organisation word.
        let head = cands.iter().position(|c| c.tok_end == p - 1 && matches!(c.referent, Referent::Named { kind: ActorKind::Organization, .. }));
        let head_start = match head {
            Some(h) => cands[h].tok_start,
            None if toks[p - 2].is_capitalised() && ORG_WORDS.contains(&toks[p - 2].lower.as_str()) && !cands.iter().any(|c| c.tok_start <= p - 2 && p - 2 < c.tok_end) => p - 2,
            None => {
                k += 1;
                continue;
            }
        };
        let (start, end, tok_end) = (toks[head_start].start, place.end, place.tok_end);
        let merged = Candidate { start, end, tok_start: head_start, tok_end, referent: Referent::Named { name: text.slice(start, end), kind: ActorKind::Organization }, weak: false };
        cands.remove(k);
        if let Some(h) = head {
            cands.remove(h);
        }
        cands.push(merged);
        cands.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
        k = 0;
    }
}

/// A later surname-only mention ("Woodward") of a detected full name links to it,
/// whether a detector found it as a one-word name or nothing found it.
fn link_surnames(cands: &mut Vec<Candidate>, text: &Text) {
    use std::collections::HashMap;
    // A one-word person name that is the surname of a full name in the same
    // text is that person (a model tags "Natarajan" on its own). With two
    // full names sharing it, the nearest one before wins.
    let mut full_names: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    for c in cands.iter() {
        if let Referent::Named { name, kind: ActorKind::Person } = &c.referent {
            if let (true, Some(surname)) = (name.split_whitespace().count() >= 2, name.split_whitespace().last()) {
                full_names.entry(surname.to_string()).or_default().push((c.start, name.clone()));
            }
        }
    }
    for c in cands.iter_mut() {
        let Referent::Named { name, kind: ActorKind::Person } = &c.referent else { continue };
        let Some(same_surname) = full_names.get(name.as_str()) else { continue };
        let best = same_surname.iter().rfind(|(at, _)| *at < c.start).or_else(|| same_surname.first());
        if let Some((_, full)) = best {
            c.referent = Referent::Named { name: full.clone(), kind: ActorKind::Person };
        }
    }
    // A model's one-word person that is nobody's surname is too often a
    // company or a place ("founder of Kestrel"): news name people in full first.
    cands.retain(|c| !(c.weak && matches!(&c.referent, Referent::Named { name, kind: ActorKind::Person } if name.split_whitespace().count() == 1)));
    // Surname → the first full name with it.
    let mut people: HashMap<&str, &str> = HashMap::new();
    for c in cands.iter() {
        if let Referent::Named { name, kind: ActorKind::Person } = &c.referent {
            if let Some(surname) = name.split_whitespace().last() {
                people.entry(surname).or_insert(name.as_str());
            }
        }
    }
    if people.is_empty() {
        return;
    }
    let mut covered = vec![false; text.tokens.len()];
    for c in cands.iter() {
        covered[c.tok_start..c.tok_end].iter_mut().for_each(|t| *t = true);
    }
    let mut extra = Vec::new();
    for (ti, t) in text.tokens.iter().enumerate() {
        if let (Some(full), false) = (people.get(t.text.as_str()), covered[ti]) {
            extra.push(Candidate { start: t.start, end: t.end, tok_start: ti, tok_end: ti + 1, referent: Referent::Named { name: full.to_string(), kind: ActorKind::Person }, weak: false });
        }
    }
    cands.extend(extra);
    cands.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
}

/// Resolves candidates to actors: registry ids directly; descriptions and
/// pronouns to the most recent compatible actor; places only when they act.
pub struct Resolver<'a> {
    res: &'a Resources,
    cands: &'a [Candidate],
    /// Per candidate: the actor key it resolves to.
    resolved: Vec<Option<ActorKey>>,
    /// Per candidate: whether it is in subject/agent position.
    acting: Vec<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum ActorKey {
    Registry(usize),
    Named(String, ActorKind),
}

fn kind_of(res: &Resources, key: &ActorKey) -> ActorKind {
    match key {
        ActorKey::Registry(i) => res.actors[*i].kind,
        ActorKey::Named(_, k) => *k,
    }
}

fn compatible(kind: ActorKind, wanted: &[ActorKind]) -> bool {
    wanted.contains(&kind) || (kind == ActorKind::Organization && wanted.iter().any(|w| !matches!(w, ActorKind::Person)))
}

impl<'a> Resolver<'a> {
    fn new(res: &'a Resources, cands: &'a [Candidate], text: &Text, lang: &str) -> Resolver<'a> {
        let toks = &text.tokens;
        let aux = resource_list(res, lang, |c| &c.auxiliaries);
        let locatives = resource_list(res, lang, |c| &c.locatives);
        let mut resolved: Vec<Option<ActorKey>> = Vec::with_capacity(cands.len());
        let mut acting = Vec::with_capacity(cands.len());
        let mut history: Vec<ActorKey> = Vec::new();
        for (ci, c) in cands.iter().enumerate() {
            // Subject position: a verb (auxiliary or cue) follows within three tokens,
            // or it is coordinated with a following actor ("X et Y ont signé").
            let verb_follows = (c.tok_end..(c.tok_end + 3).min(toks.len())).any(|k| {
                aux.iter().any(|a| *a == toks[k].lower) || is_cue(text, k).is_some()
            });
            let coordinated = toks.get(c.tok_end).is_some_and(|t| matches!(t.lower.as_str(), "et" | "and" | "und" | "y" | "e"))
                && cands.get(ci + 1).is_some_and(|n| n.tok_start <= c.tok_end + 3);
            let preceded_by_cue = c.tok_start > 0 && (c.tok_start.saturating_sub(3)..c.tok_start).any(|k| is_cue(text, k).is_some_and(|(e, _)| e <= c.tok_start));
            let after_locative = (c.tok_start.saturating_sub(2)..c.tok_start).any(|k| locatives.iter().any(|l| *l == toks[k].lower))
                && !(c.tok_start >= 1 && matches!(toks[c.tok_start - 1].lower.as_str(), "entre" | "between" | "zwischen" | "por" | "par" | "by" | "von" | "da"));
            let subject = verb_follows || coordinated || preceded_by_cue;
            let key = match &c.referent {
                Referent::Registry(i) => Some(ActorKey::Registry(*i)),
                Referent::Place(i) => (!after_locative).then_some(ActorKey::Registry(*i)),
                Referent::Named { name, kind } => Some(ActorKey::Named(name.clone(), *kind)),
                Referent::Description(kinds) => {
                    // "des Ministeriums" after "Bundesinnenministerium": prefer an actor
                    // whose names contain the description's head noun.
                    let head: String = toks[c.tok_end - 1].lower.chars().take(6).collect();
                    let names_contain = |k: &ActorKey| match k {
                        ActorKey::Registry(i) => {
                            let a = &res.actors[*i];
                            head.chars().count() >= 5 && std::iter::once(&a.name).chain(&a.aliases).any(|n| n.to_lowercase().contains(&head))
                        }
                        ActorKey::Named(n, _) => head.chars().count() >= 5 && n.to_lowercase().contains(&head),
                    };
                    let compatible_recent: Vec<&ActorKey> = history.iter().rev().filter(|k| compatible(kind_of(res, k), kinds)).take(4).collect();
                    compatible_recent.iter().find(|k| names_contain(k)).or(compatible_recent.first()).map(|k| (*k).clone())
                }
                Referent::Pronoun(g) => history
                    .iter()
                    .rev()
                    .find(|k| {
                        let kind = kind_of(res, k);
                        let gender = match k {
                            ActorKey::Registry(i) => res.actors[*i].gender.clone(),
                            _ => None,
                        };
                        match g.as_str() {
                            "m" | "f" if kind == ActorKind::Person => gender.as_deref().is_none_or(|x| x == g),
                            // French "elle"/"il" also refer to organisations (l'entreprise → elle).
                            "f" | "m" => lang == "fr" || lang == "es" || lang == "it",
                            "pl" => kind != ActorKind::Person,
                            _ => kind != ActorKind::Person,
                        }
                    })
                    .cloned(),
            };
            let act = match c.referent {
                Referent::Registry(_) => true,
                Referent::Named { .. } => !c.weak || subject,
                Referent::Place(_) => key.is_some() && subject,
                Referent::Description(_) | Referent::Pronoun(_) => key.is_some() && subject,
            };
            if let Some(k) = &key {
                if !matches!(c.referent, Referent::Place(_)) || act {
                    history.push(k.clone());
                }
            }
            resolved.push(key);
            acting.push(act);
        }
        Resolver { res, cands, resolved, acting }
    }

    fn actor_id(&self, ci: usize) -> Option<String> {
        match self.resolved.get(ci)?.as_ref()? {
            ActorKey::Registry(i) => Some(self.res.actors[*i].id.clone()),
            ActorKey::Named(name, _) => Some(named_id(name)),
        }
    }

    fn acts(&self, ci: usize) -> bool {
        self.acting.get(ci).copied().unwrap_or(false)
    }

    /// The actor list: every actor with at least one acting mention or a role
    /// as speaker, claimant or event participant, with all its counted mentions.
    fn actors(&self, text: &Text, speakers: &[usize], events: &[(Event, Vec<usize>)]) -> Vec<Actor> {
        let mut order: Vec<ActorKey> = Vec::new();
        let mut mentions: HashMap<ActorKey, Vec<Mention>> = HashMap::new();
        let in_role = |ci: usize| speakers.contains(&ci) || events.iter().any(|(_, m)| m.contains(&ci));
        for (ci, c) in self.cands.iter().enumerate() {
            let Some(key) = self.resolved[ci].clone() else { continue };
            if !(self.acting[ci] || in_role(ci)) {
                continue;
            }
            let list = mentions.entry(key.clone()).or_default();
            if list.is_empty() {
                order.push(key.clone());
            }
            list.push(Mention { start: c.start, end: c.end, text: text.slice(c.start, c.end) });
        }
        order
            .into_iter()
            .map(|key| {
                let (id, name, kind, wikidata) = match &key {
                    ActorKey::Registry(i) => {
                        let a = &self.res.actors[*i];
                        (a.id.clone(), a.name.clone(), a.kind, a.wikidata.clone())
                    }
                    ActorKey::Named(name, kind) => (named_id(name), name.clone(), *kind, None),
                };
                Actor { id, name, kind, wikidata, mentions: mentions.remove(&key).unwrap_or_default() }
            })
            .collect()
    }
}

/// Id of an actor found by the entity detector: `ner:` + lower-case name with dashes.
fn named_id(name: &str) -> String {
    let slug: Vec<String> = name.split_whitespace().map(|w| w.to_lowercase()).collect();
    format!("ner:{}", slug.join("-"))
}

#[cfg(test)]
mod tests;
