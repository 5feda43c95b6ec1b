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
//!     language: "fr".into(), language_confidence: 1.0, kind: DocKind::News, published: None,
//!     published_precision: Default::default(), site: None,
//!     ingested_at: chrono::Utc::now(), duplicate_of: None, page: Default::default() };
//! let x = Extractor::new().extract(&doc);
//! assert_eq!(x.quotes[0].speaker.as_ref().unwrap().actor_id.as_deref(), Some("apple"));
//! assert_eq!(x.quotes[0].stance, dossier_core::Stance::Against);
//! ```

use dossier_core::{Claim, DateRef, Document, Extraction, Mention, Quote};

// The stages a document goes through, in the order `Extractor::extract` calls
// them: find (gazetteer), detect (names, detectors), tidy names, resolve,
// dates, quotes and claims (attribution, roles) with their topics and stance,
// events, then the actor list and relevance.
mod attribution;
mod claims;
mod dates;
mod detectors;
pub mod eval;
pub mod eval_attribution;
mod events;
mod gazetteer;
mod legal;
mod names;
mod quotes;
mod repeated_names;
pub mod resources;
mod resolve;
mod roles;
mod speaker_names;
mod speaker_refs;
mod speakers_by_syntax;
mod stance;
mod syntax;
mod text;
mod tidy;
mod topics;
mod window;

pub use dates::{find_dates, find_document_dates, DateMention};
pub use detectors::{CombinedDetector, ModelCheckedDetector, TrainedNerDetector};
pub use names::{Candidate, CapitalisedNameDetector, EntityDetector, Referent};
pub use resolve::Resolver;
pub use resources::{ResourceError, Resources};
pub use text::{Sentence, Text, Token};
pub use window::WINDOW_CHARS;

// Shared helpers, kept at the crate root where the other modules look for them.
pub(crate) use names::{is_cue, is_function_word, is_law_title, organisation_description_nouns, resource_list, ORG_WORDS};
pub(crate) use topics::words_of;

use gazetteer::Gazetteer;
use names::{cue_at_token, join_organisations_of_places, link_surnames};
use topics::{Lexicons, TopicHits};

/// Turns documents into extractions.
pub struct Extractor {
    res: Resources,
    /// Registry and description patterns, found by lookup.
    gazetteer: Gazetteer,
    detector: Box<dyn EntityDetector>,
    /// Names the detector in [`Extractor::version`] ("rules" by default).
    detector_name: String,
    lexicons: Lexicons,
    /// `None` only if the embedded instrument registry failed to load.
    legal: Option<dossier_legal::LegalRefFinder>,
    /// Dependency parser for attribution; `None` runs the word-order rules alone.
    syntax: Option<&'static dossier_syntax::SyntaxModel>,
    /// Longer texts are extracted window by window (`window.rs`).
    window_chars: usize,
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
    pub const VERSION: &'static str = "dossier-extract/8";

    /// An extractor over the resources embedded from `corpora/`.
    pub fn new() -> Extractor {
        // The embedded resources are checked by this crate's tests, so they parse.
        Extractor::with_resources(Resources::embedded().unwrap_or_default())
    }

    /// An extractor over the given resources.
    pub fn with_resources(res: Resources) -> Extractor {
        let gazetteer = Gazetteer::new(&res);
        let lexicons = Lexicons::new(&res);
        // The embedded registry is checked by dossier-legal's tests.
        let legal = dossier_legal::InstrumentRegistry::builtin().and_then(|r| dossier_legal::LegalRefFinder::new(&r)).ok();
        Extractor { res, gazetteer, detector: Box::new(CapitalisedNameDetector), detector_name: "rules".into(), lexicons, legal, syntax: syntax::builtin(), window_chars: WINDOW_CHARS }
    }

    /// Attribute with the word-order rules alone, without the dependency
    /// parser (faster; fewer right speakers on real news).
    pub fn without_syntax(mut self) -> Extractor {
        self.syntax = None;
        self
    }

    /// Extract texts longer than `chars` characters window by window
    /// ([`WINDOW_CHARS`] by default): memory bounded by the window, at the
    /// cost of context across the cuts.
    pub fn with_window_chars(mut self, chars: usize) -> Extractor {
        self.window_chars = chars;
        self
    }

    /// Replace the legal-instrument registry (`corpora/legal/instruments.toml`
    /// by default).
    pub fn with_legal_registry(mut self, registry: &dossier_legal::InstrumentRegistry) -> Result<Extractor, dossier_legal::LegalError> {
        self.legal = Some(dossier_legal::LegalRefFinder::new(registry)?);
        Ok(self)
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
    /// e.g. `dossier-extract/8+rules`.
    pub fn version(&self) -> String {
        format!("{}+{}", Self::VERSION, self.detector_name)
    }

    /// The resources in use.
    pub fn resources(&self) -> &Resources {
        &self.res
    }

    /// Extract everything the extractor knows how to find in `doc`.
    pub fn extract(&self, doc: &Document) -> Extraction {
        let windows = window::windows(&doc.text, self.window_chars);
        if windows.len() == 1 {
            return self.extract_window(doc).0;
        }
        let mut whole = Extraction::default();
        let mut hits = TopicHits::default();
        for w in windows {
            let (part, part_hits) = self.extract_window(&window::sub_document(doc, w));
            hits.add(part_hits);
            window::join(&mut whole, part, w.first_char);
        }
        whole.topic_relevance = hits.relevance();
        whole
    }

    /// Extracts from the whole of `doc.text`, with the topic hits that make
    /// its relevance.
    fn extract_window(&self, doc: &Document) -> (Extraction, TopicHits) {
        let mut text = Text::new(&doc.text);
        let lang = doc.language.as_str();
        text.cues = (0..text.tokens.len()).map(|k| cue_at_token(&self.res, lang, &text.tokens, k)).collect();
        let mut cands = self.gazetteer.scan(&self.res, &text, lang);
        let mut taken = vec![false; text.tokens.len()];
        for c in &cands {
            if !matches!(c.referent, Referent::Pronoun(_)) {
                taken[c.tok_start..c.tok_end].iter_mut().for_each(|t| *t = true);
            }
        }
        cands.extend(self.detector.detect(&text, lang, &taken, &self.res));
        let speaking_names = speaker_names::names_before_cues(&text, lang, &cands, &self.res);
        cands.extend(speaking_names);
        let titles = tidy::Titles::new(&self.res);
        let inverted_speakers = speaker_names::names_after_quoted_cues(&text, lang, &mut cands, &self.res, &titles);
        cands.extend(inverted_speakers);
        tidy::tidy_person_names(&mut cands, &text, &titles, &self.res.first_names);
        tidy::given_name_before_registry_word(&mut cands, &text, &self.res.first_names);
        cands.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
        link_surnames(&mut cands, &text, &titles);
        repeated_names::add_repeated_names(&mut cands, &text);
        tidy::expand_acronyms(&mut cands, &text);
        tidy::places_named_by_models(&mut cands, &text);
        join_organisations_of_places(&mut cands, &text);

        let resolver = Resolver::new(&self.res, &cands, &text, lang);
        // Borrowed, not cloned: the lexicon holds every phrase's words.
        let no_dates = resources::DateLexicon::default();
        let date_lex = self.res.dates.get(lang).unwrap_or(&no_dates);
        let dates = dates::find_document_dates(&text, date_lex, doc.published, doc.published_precision);
        let ctx = attribution::Context::new(&text, &self.res, lang, &cands, self.syntax);
        let found_quotes = quotes::find_quotes(&ctx);
        let found_claims = claims::find_claims(&ctx, &found_quotes);

        let mut used_as_speaker: Vec<usize> = Vec::new();
        let statement_date = |start: usize| -> (Option<String>, bool) {
            let s = text.sentence_at(start);
            let explicit = dates.iter().find(|d| d.value.is_some() && text.sentence_at(d.start) == s && s.is_some());
            match explicit {
                Some(d) => (d.value.clone(), false),
                None => (doc.published_label(), doc.published.is_some()),
            }
        };
        let speakers = speaker_refs::SpeakerRefs { ctx: &ctx, resolver: &resolver, titles: &titles };
        let legal_refs = self.legal.as_ref().map(|f| legal::find_refs(f, doc)).unwrap_or_default();
        let mut quotes_out = Vec::new();
        for q in &found_quotes {
            let q = &speaker_refs::source_of_quote(q, &found_claims);
            let body = text.slice(q.start, q.end);
            let (date, date_inferred) = statement_date(q.start);
            quotes_out.push(Quote {
                stance: stance::stance(&self.res, &self.lexicons, &body, lang),
                topics: topics::topics(&self.res, &self.lexicons, &body, lang),
                text: body,
                start: q.start,
                end: q.end,
                speaker: speakers.of(q, &mut used_as_speaker),
                instruments: legal::instruments_in(&legal_refs, q.start, q.end),
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
                stance: stance::stance(&self.res, &self.lexicons, &body, lang),
                topics: topics::topics(&self.res, &self.lexicons, &body, lang),
                text: body,
                start: c.start,
                end: c.end,
                claimant: speakers.of(c, &mut used_as_speaker),
                instruments: legal::instruments_in(&legal_refs, c.start, c.end),
                cue: c.cue.map(|(s, e)| Mention { start: s, end: e, text: text.slice(s, e) }),
                date,
                date_inferred,
            });
        }
        let events = events::events(&text, &dates, &cands, &resolver, &found_quotes);
        let actors = resolver.actors(&text, &used_as_speaker, &events);
        let dates = dates
            .into_iter()
            .filter_map(|d| Some(DateRef { value: d.value?, text: d.text, start: d.start, end: d.end, precision: d.precision, approximate: d.approximate, relative: d.relative }))
            .collect();
        let hits = topics::topic_hits(&self.res, &self.lexicons, &text, lang);
        let extraction = Extraction {
            actors,
            quotes: quotes_out,
            claims: claims_out,
            events: events.into_iter().map(|(e, _)| e).collect(),
            topic_relevance: hits.relevance(),
            dates,
            legal_refs,
        };
        (extraction, hits)
    }
}

#[cfg(test)]
mod tests;
