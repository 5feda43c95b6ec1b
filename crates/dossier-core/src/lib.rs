//! Plain data types shared by every Dossier stage.
//!
//! A [`Document`] is what ingest produces and what the store keeps; an
//! [`Extraction`] is what the extractor finds in one document: [`Actor`]s with
//! their [`Mention`]s, direct [`Quote`]s, reported [`Claim`]s and dated
//! [`Event`]s.
//!
//! # Invariants
//!
//! * Every offset (`start`, `end`) in this crate is a **Unicode code-point
//!   offset** into [`Document::text`], end exclusive, and slicing the text with
//!   it gives exactly the item's `text` field (see [`char_slice`]).
//! * JSON field names are a public contract (`schemas/extraction.schema.json`);
//!   they only ever gain fields, never lose or rename them.
//!
//! ```
//! use dossier_core::{document_id, char_slice};
//! let text = "« Jamais », a dit l’entreprise.";
//! assert_eq!(char_slice(text, 2, 8), Some("Jamais"));
//! // The same text always gets the same id; a URL wins over the text.
//! assert_eq!(document_id(None, text), document_id(None, text));
//! assert_ne!(document_id(Some("https://example.org/a"), text), document_id(None, text));
//! ```

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

mod dates;
pub use dates::{parse_date_prefix, parse_published, parse_published_precise};
mod legal;
pub use legal::*;
mod page;
pub use page::PageMeta;
mod spans;

/// What kind of text a document is; legal texts are laws, codes and judgments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    #[default]
    News,
    Legal,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::News => "news",
            DocKind::Legal => "legal",
        }
    }
}

impl std::str::FromStr for DocKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "news" => Ok(DocKind::News),
            "legal" => Ok(DocKind::Legal),
            other => Err(format!("unknown document kind {other:?}; expected `news` or `legal`")),
        }
    }
}

/// One ingested document with its clean text and metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable id: see [`document_id`].
    pub id: String,
    /// Where it came from: the URL when there is one, else the file path
    /// (with `:LINE` for a JSONL record), or `-` for stdin.
    pub source: String,
    /// Canonical URL, when known.
    pub url: Option<String>,
    pub title: String,
    /// Clean text; every offset in an [`Extraction`] points into it.
    pub text: String,
    /// ISO 639-1 code where one exists (`fr`), else ISO 639-3; `und` when unknown.
    pub language: String,
    /// Confidence of language detection in 0..=1; 1.0 when given by the user or the record.
    pub language_confidence: f64,
    pub kind: DocKind,
    /// Publication date; for a month or a year only, its first day, with
    /// [`Document::published_precision`] saying so.
    pub published: Option<NaiveDate>,
    /// `day` unless the source gave only a month (`2024-08`) or a year.
    #[serde(default, skip_serializing_if = "Precision::is_day")]
    pub published_precision: Precision,
    /// Host of the URL without `www.`, when there is a URL.
    pub site: Option<String>,
    pub ingested_at: DateTime<Utc>,
    /// Id of the earliest stored copy of the same story (syndicated
    /// near-duplicate), set by the store; `None` for originals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<String>,
    /// Authors, site name, tags and the like, when the page declared them.
    #[serde(flatten)]
    pub page: PageMeta,
}

impl Document {
    /// An untitled, undated news document in a given language, for documents
    /// built by hand (evaluation data, tests, benchmarks); `source` is also its id.
    /// Set other fields with struct update syntax.
    pub fn news(source: &str, text: impl Into<String>, language: &str) -> Document {
        Document {
            id: source.into(),
            source: source.into(),
            url: None,
            title: String::new(),
            text: text.into(),
            language: language.into(),
            language_confidence: 1.0,
            kind: DocKind::News,
            published: None,
            published_precision: Precision::Day,
            site: None,
            ingested_at: Utc::now(),
            duplicate_of: None,
            page: PageMeta::default(),
        }
    }

    /// The publication date as given: `2024-08-21`, `2024-08` or `2024`.
    pub fn published_label(&self) -> Option<String> {
        self.published.map(|d| match self.published_precision {
            Precision::Year | Precision::Month => self.published_precision.format(d),
            _ => d.to_string(),
        })
    }

    /// Hash of everything a re-ingest can change; equal hashes mean "unchanged".
    pub fn content_hash(&self) -> String {
        let mut h = Sha256::new();
        for part in [
            self.title.as_str(),
            self.text.as_str(),
            self.url.as_deref().unwrap_or(""),
            self.language.as_str(),
            self.kind.as_str(),
            &self.published_label().unwrap_or_default(),
            self.source.as_str(),
        ] {
            h.update(part.as_bytes());
            h.update([0u8]);
        }
        hex(&h.finalize()[..16])
    }
}

/// The stable id of a document: a hash of its canonical URL when it has one,
/// else of its whitespace-normalised text. 32 hex characters.
pub fn document_id(url: Option<&str>, text: &str) -> String {
    let mut h = Sha256::new();
    match url {
        Some(u) => {
            h.update(b"url\0");
            h.update(canonical_url(u).as_bytes());
        }
        None => {
            h.update(b"text\0");
            for (i, word) in text.split_whitespace().enumerate() {
                if i > 0 {
                    h.update(b" ");
                }
                h.update(word.as_bytes());
            }
        }
    }
    hex(&h.finalize()[..16])
}

/// Canonical form of a URL for identity: lower-case scheme and host, no
/// fragment, no tracking parameters (`utm_*`, `fbclid`, `gclid`), no default
/// port. Strings that do not parse as URLs are returned trimmed.
pub fn canonical_url(raw: &str) -> String {
    let Ok(mut u) = url::Url::parse(raw.trim()) else {
        return raw.trim().to_string();
    };
    u.set_fragment(None);
    let kept: Vec<(String, String)> = u
        .query_pairs()
        .filter(|(k, _)| !(k.starts_with("utm_") || k == "fbclid" || k == "gclid"))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        u.set_query(None);
    } else {
        u.query_pairs_mut().clear().extend_pairs(kept);
    }
    u.to_string()
}

/// Host of a URL without a leading `www.`.
pub fn site_of(raw: &str) -> Option<String> {
    let u = url::Url::parse(raw.trim()).ok()?;
    let host = u.host_str()?;
    Some(host.strip_prefix("www.").unwrap_or(host).to_ascii_lowercase())
}

/// Number of hash functions in a [`minhash`] signature.
pub const MINHASH_SIZE: usize = 64;
/// Rows per LSH band: 16 bands of 4 rows find pairs with Jaccard similarity
/// 0.8 with probability 0.9995 and pairs at 0.3 with probability 0.12 (then
/// rejected by the signature estimate).
pub const MINHASH_BAND_ROWS: usize = 4;

/// MinHash signature of a text over lower-cased word 3-gram shingles, for
/// finding syndicated copies of a story. `None` for texts under 30 words,
/// where the estimate is not reliable.
///
/// ```
/// use dossier_core::{minhash, minhash_similarity};
/// let a = "Le gouvernement britannique a demandé à Apple de créer une porte dérobée dans iCloud afin d'accéder aux données chiffrées des utilisateurs dans le cadre d'enquêtes sur la sécurité nationale, selon plusieurs sources proches du dossier citées par la presse.";
/// let b = format!("{a} Lire aussi notre article.");
/// let (sa, sb) = (minhash(a).unwrap(), minhash(&b).unwrap());
/// assert!(minhash_similarity(&sa, &sb) > 0.7);
/// ```
pub fn minhash(text: &str) -> Option<[u32; MINHASH_SIZE]> {
    let words: Vec<String> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    if words.len() < 30 {
        return None;
    }
    let mut sig = [u32::MAX; MINHASH_SIZE];
    for shingle in words.windows(3) {
        let h = stable_hash(shingle);
        let (h1, h2) = (h as u32, ((h >> 32) as u32) | 1);
        for (i, slot) in sig.iter_mut().enumerate() {
            // Kirsch–Mitzenmacher: h1 + i·h2 simulates independent hash functions.
            let v = h1.wrapping_add((i as u32).wrapping_mul(h2));
            *slot = (*slot).min(v);
        }
    }
    Some(sig)
}

/// FNV-1a with a SplitMix64 finish: a hash that stays the same across Rust
/// versions and machines, so stored signatures remain comparable.
fn stable_hash(words: &[String]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in words {
        for b in w.as_bytes().iter().chain(std::iter::once(&0u8)) {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// Estimated Jaccard similarity of the shingle sets behind two signatures.
pub fn minhash_similarity(a: &[u32; MINHASH_SIZE], b: &[u32; MINHASH_SIZE]) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / MINHASH_SIZE as f64
}

/// LSH band keys of a signature: `(band number, hash of its rows)`.
pub fn minhash_bands(sig: &[u32; MINHASH_SIZE]) -> Vec<(i64, i64)> {
    sig.chunks(MINHASH_BAND_ROWS)
        .enumerate()
        .map(|(band, rows)| {
            let mut h = Sha256::new();
            for r in rows {
                h.update(r.to_le_bytes());
            }
            let d = h.finalize();
            let mut bytes = [0u8; 8];
            bytes.copy_from_slice(&d[..8]);
            (band as i64, i64::from_le_bytes(bytes))
        })
        .collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Precision, recall and F1 from match counts; each is 0 when undefined
/// (nothing predicted, nothing to find). Shared by every evaluation.
///
/// ```
/// let (p, r, f) = dossier_core::precision_recall_f1(3, 4, 6);
/// assert_eq!((p, r), (0.75, 0.5));
/// assert!((f - 0.6).abs() < 1e-12);
/// ```
pub fn precision_recall_f1(tp: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(tp, predicted), ratio(tp, gold));
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

/// Slice `text` by code-point offsets; `None` when out of range or reversed.
pub fn char_slice(text: &str, start: usize, end: usize) -> Option<&str> {
    if start > end {
        return None;
    }
    let mut indices = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len()));
    let b_start = indices.nth(start)?;
    let b_end = if end == start { b_start } else { indices.nth(end - start - 1)? };
    text.get(b_start..b_end)
}

/// A span of the document text with its code-point offsets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The kind of an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Person,
    Company,
    Government,
    Agency,
    Court,
    Parliament,
    Ngo,
    Media,
    InternationalOrg,
    Regulator,
    /// An organisation found by NER whose kind is not known.
    Organization,
    /// A country or city acting as an actor without a registry entry.
    Place,
}

/// Someone who acts or speaks in a document, with every mention of them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Registry id (`apple`), or `ner:` + normalised name for actors found by NER.
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    pub mentions: Vec<Mention>,
}

/// Who said something: the actor (when resolved) and the words that name them here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpeakerRef {
    pub actor_id: Option<String>,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The speaker's role as the text gives it, with its span: a title before
    /// the name ("Interior Minister"), an apposition after it ("the company's
    /// chief executive"), or the description that names them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Mention>,
    /// How sure the attribution is, 0..=1: highest next to a cue verb, lower
    /// when carried over from an earlier sentence or resolved from a pronoun.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
}

/// Stance of a statement toward weakening encryption (backdoors, lawful access mandates, scanning).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Against,
    For,
    #[default]
    Neutral,
}

/// A direct quote: words inside quotation marks attributed to a speaker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub speaker: Option<SpeakerRef>,
    pub cue: Option<Mention>,
    pub date: Option<String>,
    pub date_inferred: bool,
    pub stance: Stance,
    pub topics: Vec<String>,
    /// Registry ids of the legal instruments the statement cites.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub instruments: Vec<String>,
}

/// A reported claim: indirect speech without quotation marks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub claimant: Option<SpeakerRef>,
    pub cue: Option<Mention>,
    pub date: Option<String>,
    pub date_inferred: bool,
    pub stance: Stance,
    pub topics: Vec<String>,
    /// Registry ids of the legal instruments the statement cites.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub instruments: Vec<String>,
}

/// Precision of a resolved date. Values are `YYYY`, `YYYY-MM`, ISO weeks
/// `YYYY-Www` ("last week", "la semaine dernière") or `YYYY-MM-DD`. Ordered
/// from coarse to fine: `Year < Month < Week < Day`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Week,
    #[default]
    Day,
}

impl Precision {
    pub fn is_day(&self) -> bool {
        *self == Precision::Day
    }

    /// `date` written at this precision: `2025`, `2025-02`, `2025-W08`, `2025-02-21`.
    ///
    /// ```
    /// use dossier_core::Precision;
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2025, 2, 21).unwrap();
    /// assert_eq!(Precision::Week.format(d), "2025-W08");
    /// assert_eq!(Precision::Month.format(d), "2025-02");
    /// ```
    pub fn format(self, date: NaiveDate) -> String {
        use chrono::Datelike;
        match self {
            Precision::Year => format!("{:04}", date.year()),
            Precision::Month => format!("{:04}-{:02}", date.year(), date.month()),
            Precision::Week => {
                let w = date.iso_week();
                format!("{:04}-W{:02}", w.year(), w.week())
            }
            Precision::Day => date.format("%Y-%m-%d").to_string(),
        }
    }
}

/// A time expression found in the text and resolved to a value (relative
/// ones against the publication date).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateRef {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Written at `precision`: see [`Precision::format`].
    pub value: String,
    pub precision: Precision,
    /// "début avril", "late 2023", "last week": the value is the nearest
    /// period the words name.
    pub approximate: bool,
    /// Resolved against the publication date ("yesterday", "in March").
    pub relative: bool,
}

/// Something that happened at a date, with the actors involved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` following `precision`.
    pub date: String,
    pub precision: Precision,
    pub approximate: bool,
    pub date_text: String,
    pub date_start: usize,
    pub date_end: usize,
    /// The sentence describing the event.
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Ids of the actors taking part.
    pub actors: Vec<String>,
}

/// Everything the extractor found in one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Extraction {
    pub actors: Vec<Actor>,
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
    pub events: Vec<Event>,
    /// How much the document is about the configured policy topics, 0..=1.
    pub topic_relevance: f64,
    /// Every resolved time expression in the text, in text order.
    #[serde(default)]
    pub dates: Vec<DateRef>,
    /// References to laws, provisions, EU acts and court decisions, in text
    /// order.
    #[serde(default)]
    pub legal_refs: Vec<LegalRef>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_slice_counts_code_points() {
        let t = "États-Unis «ok»";
        assert_eq!(char_slice(t, 0, 5), Some("États"));
        assert_eq!(char_slice(t, 12, 14), Some("ok"));
        assert_eq!(char_slice(t, 15, 15), Some(""));
        assert_eq!(char_slice(t, 14, 16), None);
        assert_eq!(char_slice(t, 3, 2), None);
    }

    #[test]
    fn id_ignores_whitespace_differences_and_tracking_params() {
        assert_eq!(document_id(None, "a  b\n c"), document_id(None, "a b c"));
        assert_eq!(
            document_id(Some("https://Example.org/x?utm_source=t#top"), ""),
            document_id(Some("https://example.org/x"), "other text")
        );
        assert_eq!(document_id(None, "x").len(), 32);
    }

    #[test]
    fn site_strips_www() {
        assert_eq!(site_of("https://www.lemonde.fr/a").as_deref(), Some("lemonde.fr"));
        assert_eq!(site_of("not a url"), None);
    }
}
