//! Turns inputs into Dossier [`Document`]s: files and folders (`.txt`, `.md`,
//! `.html`, `.json`, `.jsonl`, and any other text), JSON records, stdin and URLs.
//!
//! Every input yields a stream of [`Item`]s, one per document or per failure,
//! so that one bad file or one broken JSONL line is reported with its name and
//! line and the rest of the batch goes on.
//!
//! ```
//! use dossier_ingest::{Reader, IngestOptions, Input};
//! let dir = tempfile::tempdir().unwrap();
//! std::fs::write(dir.path().join("a.txt"), "Le chiffrement protège les données des utilisateurs.").unwrap();
//! std::fs::write(dir.path().join("b.jsonl"), "{\"title\":\"T\",\"text\":\"Encryption protects users.\"}\nnot json\n").unwrap();
//! let mut ok = 0; let mut failed = Vec::new();
//! Reader::new(IngestOptions::default()).read(&Input::Path(dir.path().into()), &mut |item| match item.result {
//!     Ok(_) => ok += 1,
//!     Err(e) => failed.push(format!("{}: {e}", item.origin)),
//! });
//! assert_eq!(ok, 2);
//! assert!(failed[0].ends_with("b.jsonl:2: invalid JSON: expected ident at line 1 column 2"), "{failed:?}");
//! ```

use chrono::Utc;
use dossier_core::{canonical_url, document_id, parse_published_precise, site_of, DocKind, Document, PageMeta, Precision};
use serde::Deserialize;
use std::io::Read;
use std::path::{Path, PathBuf};

mod decode;
mod lang;
mod pdf;
mod warc;

pub use decode::{decode_text, sniff_binary};
pub use dossier_fetch::{FetchConfig, FetchError, Fetcher, Validators};
pub use lang::detect_language;

/// Why an input could not become a document. The origin (file, line, URL) is
/// carried by [`Item::origin`], not repeated here.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    #[error("empty file: nothing to ingest")]
    Empty,
    #[error("{0}, not text: skipped (convert it to text, HTML or JSONL first)")]
    Binary(&'static str),
    #[error("invalid JSON: {0}")]
    Json(String),
    #[error("record has neither a `text` nor an `html` field")]
    MissingText,
    #[error("no text left after extracting the page")]
    NoText,
    #[error("invalid `{field}` field: {reason}")]
    Field { field: &'static str, reason: String },
    #[error("{0}")]
    Fetch(#[from] FetchError),
    #[error("cannot walk folder: {0}")]
    Walk(String),
    #[error("PDF: {0}")]
    Pdf(String),
    #[error("WARC: {0}")]
    Warc(String),
}

/// One result of reading an input.
#[derive(Debug)]
pub struct Item {
    /// Where the item came from: `path`, `path:LINE` for JSON records, a URL, or `-`.
    pub origin: String,
    pub result: Result<Document, IngestError>,
}

/// A thing to ingest, as given on the command line.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    Path(PathBuf),
    Url(String),
    Stdin,
}

impl Input {
    /// `-` is stdin, `http://`/`https://` is a URL, anything else a path.
    pub fn parse(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else if arg.starts_with("http://") || arg.starts_with("https://") {
            Input::Url(arg.to_string())
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }
}

/// Options shared by every input of a batch.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Force this language code instead of detecting it.
    pub language: Option<String>,
    /// Force this kind instead of guessing news/legal.
    pub kind: Option<DocKind>,
    /// Do not honour `.dossierignore`, `.gitignore` and hidden-file rules when walking folders.
    pub no_ignore: bool,
    /// How URLs are fetched (robots.txt, delays, limits).
    pub fetch: FetchConfig,
}


/// A document as a JSON record or a parsed file gives it, before language
/// detection, kind guessing and id assignment.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RawDocument {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default, alias = "body", alias = "content")]
    pub text: Option<String>,
    #[serde(default)]
    pub html: Option<String>,
    #[serde(default, alias = "link")]
    pub url: Option<String>,
    #[serde(default, alias = "date", alias = "published_at")]
    pub published: Option<String>,
    #[serde(default, alias = "lang")]
    pub language: Option<String>,
    #[serde(default)]
    pub kind: Option<String>,
    /// Set by the reader, never read from a record.
    #[serde(skip)]
    pub source: String,
}

/// Reads inputs into documents. Holds the polite fetcher, built on first use.
pub struct Reader {
    opts: IngestOptions,
    fetcher: std::sync::OnceLock<Result<std::sync::Arc<Fetcher>, String>>,
    /// WARC records that are not HTML responses (requests, metadata, images…).
    skipped: std::sync::atomic::AtomicU64,
}

impl Reader {
    pub fn new(opts: IngestOptions) -> Reader {
        Reader { opts, fetcher: std::sync::OnceLock::new(), skipped: std::sync::atomic::AtomicU64::new(0) }
    }

    /// Number of WARC records skipped because they are not HTML responses.
    pub fn skipped(&self) -> u64 {
        self.skipped.load(std::sync::atomic::Ordering::Relaxed)
    }

    pub(crate) fn count_skipped(&self) {
        self.skipped.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    /// The shared fetcher (for crawling many URLs with [`Fetcher::fetch_many`]).
    pub fn fetcher(&self) -> Result<std::sync::Arc<Fetcher>, IngestError> {
        self.fetcher
            .get_or_init(|| Fetcher::new(self.opts.fetch.clone()).map(std::sync::Arc::new).map_err(|e| e.to_string()))
            .clone()
            .map_err(|e| IngestError::Fetch(FetchError::Network(e)))
    }

    /// Read one input, calling `sink` for every document or failure found in it.
    pub fn read(&self, input: &Input, sink: &mut dyn FnMut(Item)) {
        match input {
            Input::Stdin => {
                let mut bytes = Vec::new();
                match std::io::stdin().read_to_end(&mut bytes) {
                    Ok(_) => self.read_bytes("-", &bytes, Format::Sniff, sink),
                    Err(e) => sink(Item { origin: "-".into(), result: Err(e.into()) }),
                }
            }
            Input::Url(url) => match self.fetcher().and_then(|f| f.fetch(url, None).map_err(IngestError::from)) {
                Ok(page) => self.read_fetched(&page, None, sink),
                Err(e) => sink(Item { origin: url.clone(), result: Err(e) }),
            },
            Input::Path(path) if path.is_dir() => self.read_dir(path, sink),
            Input::Path(path) => self.read_file(path, sink),
        }
    }

    fn read_dir(&self, dir: &Path, sink: &mut dyn FnMut(Item)) {
        let walker = ignore::WalkBuilder::new(dir)
            .standard_filters(!self.opts.no_ignore)
            // .gitignore applies to folders that are not git checkouts too.
            .require_git(false)
            .add_custom_ignore_filename(".dossierignore")
            .sort_by_file_name(|a, b| a.cmp(b))
            .build();
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => self.read_file(e.path(), sink),
                Ok(_) => {}
                Err(e) => sink(Item { origin: dir.display().to_string(), result: Err(IngestError::Walk(e.to_string())) }),
            }
        }
    }

    fn read_file(&self, path: &Path, sink: &mut dyn FnMut(Item)) {
        let origin = path.display().to_string();
        match std::fs::read(path) {
            Ok(bytes) => self.read_bytes(&origin, &bytes, Format::from_path(path), sink),
            Err(e) => sink(Item { origin, result: Err(e.into()) }),
        }
    }

    /// Read an in-memory input of the given format; `origin` names it in messages.
    pub fn read_bytes(&self, origin: &str, bytes: &[u8], format: Format, sink: &mut dyn FnMut(Item)) {
        self.read_decoded(origin, bytes, format, None, sink)
    }

    pub(crate) fn read_decoded(&self, origin: &str, bytes: &[u8], format: Format, charset: Option<&str>, sink: &mut dyn FnMut(Item)) {
        let fail = |e| Item { origin: origin.to_string(), result: Err(e) };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return sink(fail(IngestError::Empty));
        }
        let format = if format == Format::Sniff && bytes.starts_with(b"%PDF-") { Format::Pdf } else { format };
        match format {
            Format::Pdf => {
                let result = pdf::pdf_text(bytes).and_then(|text| {
                    let mut raw = plain_text_record(origin, &text, false);
                    // A PDF's first line is rarely its title; prefer the file name.
                    raw.title = Path::new(origin).file_stem().and_then(|n| n.to_str()).map(str::to_string).or(raw.title);
                    self.build(raw)
                });
                return sink(Item { origin: origin.to_string(), result });
            }
            Format::Warc => return warc::read_warc(self, origin, bytes, sink),
            _ => {}
        }
        let text = match decode_text(bytes, charset, format == Format::Html) {
            Ok(t) => t,
            Err(e) => return sink(fail(e)),
        };
        let format = if format == Format::Sniff { Format::sniff(&text) } else { format };
        match format {
            Format::Jsonl => self.read_jsonl(origin, &text, sink),
            Format::Json => match serde_json::from_str::<serde_json::Value>(&text) {
                Ok(serde_json::Value::Array(items)) => {
                    for (i, value) in items.into_iter().enumerate() {
                        let origin = format!("{origin}[{i}]");
                        let result = record_from_value(value, &origin).and_then(|raw| self.build(raw));
                        sink(Item { origin, result });
                    }
                }
                Ok(value) => {
                    let result = record_from_value(value, origin).and_then(|raw| self.build(raw));
                    sink(Item { origin: origin.to_string(), result });
                }
                // Many ".json" exports are really JSON Lines.
                Err(_) if text.lines().filter(|l| !l.trim().is_empty()).count() > 1 => self.read_jsonl(origin, &text, sink),
                Err(e) => sink(fail(IngestError::Json(e.to_string()))),
            },
            Format::Html => {
                let raw = RawDocument { html: Some(text), source: origin.to_string(), ..Default::default() };
                sink(Item { origin: origin.to_string(), result: self.build(raw) })
            }
            Format::Markdown | Format::Text | Format::Sniff | Format::Pdf | Format::Warc => {
                let raw = plain_text_record(origin, &text, format == Format::Markdown);
                sink(Item { origin: origin.to_string(), result: self.build(raw) })
            }
        }
    }

    fn read_jsonl(&self, origin: &str, text: &str, sink: &mut dyn FnMut(Item)) {
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let origin = format!("{origin}:{}", i + 1);
            let result = serde_json::from_str::<serde_json::Value>(line)
                .map_err(|e| IngestError::Json(e.to_string()))
                .and_then(|v| record_from_value(v, &origin))
                .and_then(|raw| self.build(raw));
            sink(Item { origin, result });
        }
    }

    /// Turn a raw record into a document: extract HTML, normalise text,
    /// detect language, guess kind, assign the stable id.
    pub fn build(&self, raw: RawDocument) -> Result<Document, IngestError> {
        build_document(raw, &self.opts)
    }

    /// Read a fetched page. `hint` carries what a feed or sitemap said about it;
    /// its date is used when the page gives none.
    pub fn read_fetched(&self, page: &dossier_fetch::Fetched, hint: Option<&dossier_fetch::Discovered>, sink: &mut dyn FnMut(Item)) {
        let ct = page.content_type.as_str();
        let format = if ct.contains("html") {
            Format::Html
        } else if ct.contains("json") {
            Format::Json
        } else if ct.contains("pdf") {
            Format::Pdf
        } else {
            Format::Sniff
        };
        let mut item_sink = |mut item: Item| {
            if let Ok(doc) = &mut item.result {
                if doc.url.is_none() {
                    set_url(doc, &page.final_url);
                }
                if let Some(h) = hint {
                    if doc.published.is_none() {
                        doc.published = h.published;
                    }
                }
            }
            sink(item)
        };
        self.read_decoded(&page.url, &page.body, format, page.charset(), &mut item_sink)
    }
}

pub(crate) fn set_url(doc: &mut Document, url: &str) {
    let canonical = canonical_url(url);
    doc.site = site_of(&canonical);
    doc.id = document_id(Some(&canonical), &doc.text);
    doc.source = url.to_string();
    doc.url = Some(canonical);
}

fn record_from_value(value: serde_json::Value, origin: &str) -> Result<RawDocument, IngestError> {
    if !value.is_object() {
        return Err(IngestError::Json("expected an object with `text` or `html`".into()));
    }
    let mut raw: RawDocument = serde_json::from_value(value).map_err(|e| IngestError::Json(e.to_string()))?;
    raw.source = origin.to_string();
    Ok(raw)
}

/// How to read an input's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Json,
    Jsonl,
    Pdf,
    /// A WARC file (`.warc` or `.warc.gz`): HTTP responses with HTML inside.
    Warc,
    /// Decide from the content.
    Sniff,
}

impl Format {
    /// The format implied by a file name; unknown extensions are sniffed.
    pub fn from_path(path: &Path) -> Format {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
        if name.ends_with(".warc") || name.ends_with(".warc.gz") {
            return Format::Warc;
        }
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        match ext.as_str() {
            "pdf" => Format::Pdf,
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::Jsonl,
            _ => Format::Sniff,
        }
    }

    fn sniff(text: &str) -> Format {
        let head = text.trim_start();
        if head.starts_with('{') {
            Format::Jsonl
        } else if head.starts_with('[') {
            Format::Json
        } else {
            let lower = head.get(..head.len().min(2048)).unwrap_or(head).to_ascii_lowercase();
            if lower.starts_with("<!doctype html") || lower.contains("<html") || lower.contains("<body") {
                Format::Html
            } else {
                Format::Text
            }
        }
    }
}

/// A text or Markdown file as a raw record: YAML-like front matter gives
/// title/date/url/language; otherwise the first heading or a short first line
/// is the title.
fn plain_text_record(origin: &str, text: &str, markdown: bool) -> RawDocument {
    let mut raw = RawDocument { source: origin.to_string(), ..Default::default() };
    let mut body = text.trim_start_matches('\u{feff}');
    if let Some((front, rest)) = split_front_matter(body) {
        for (key, value) in front {
            match key.to_ascii_lowercase().as_str() {
                "title" => raw.title = Some(value),
                "date" | "published" => raw.published = Some(value),
                "url" | "source" => raw.url = Some(value).filter(|u| u.starts_with("http")),
                "lang" | "language" => raw.language = Some(value),
                "kind" => raw.kind = Some(value),
                _ => {}
            }
        }
        body = rest;
    }
    if raw.title.is_none() {
        let first = body.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
        let heading = first.trim_start_matches('#').trim();
        let is_heading = markdown && first.starts_with('#');
        let short_line = first.chars().count() <= 150 && !first.ends_with(['.', '!', '?', ':', ';', ',']) && body.trim() != first;
        raw.title = if (is_heading || short_line) && !heading.is_empty() {
            Some(heading.to_string())
        } else {
            Path::new(origin).file_name().and_then(|n| n.to_str()).map(str::to_string)
        };
    }
    raw.text = Some(body.to_string());
    raw
}

/// Split `---\nkey: value\n---\n` front matter off a text. Indented lines
/// continue the previous value (folded YAML).
fn split_front_matter(text: &str) -> Option<(Vec<(String, String)>, &str)> {
    let rest = text.strip_prefix("---\n").or_else(|| text.strip_prefix("---\r\n"))?;
    let end = rest.find("\n---")?;
    let (front, after) = rest.split_at(end);
    let after = after["\n---".len()..].trim_start_matches(['-']);
    let mut pairs: Vec<(String, String)> = Vec::new();
    for line in front.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = pairs.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
        } else if let Some((k, v)) = line.split_once(':') {
            pairs.push((k.trim().to_string(), v.trim().trim_matches(['"', '\'']).to_string()));
        }
    }
    Some((pairs, after))
}

/// Normalise clean text: Unix newlines, no BOM, no trailing blanks, at most
/// one blank line between paragraphs.
fn normalise_text(text: &str) -> String {
    let text = text.trim_start_matches('\u{feff}').replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line);
    }
    out
}

/// Build a document from a raw record with the batch options.
pub fn build_document(raw: RawDocument, opts: &IngestOptions) -> Result<Document, IngestError> {
    let mut title = raw.title.map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "));
    let mut published = raw.published;
    let mut url = raw.url;
    let mut html_lang = None;
    let mut page = PageMeta { published_source: published.as_ref().map(|_| "record".to_string()), ..Default::default() };
    let text = match (raw.text, raw.html) {
        (Some(t), _) if !t.trim().is_empty() => t,
        (_, Some(h)) => {
            let x = dossier_web::extract_article(&h, url.as_deref());
            title = title.or(x.title);
            if published.is_none() {
                page.published_source = x.published.as_ref().map(|d| d.source.label());
            }
            page = PageMeta {
                authors: x.authors,
                site_name: x.site_name,
                modified: x.modified.map(|d| d.date),
                description: x.description,
                tags: x.tags,
                section: x.section,
                ..page
            };
            published = published.or(x.published.map(|d| d.date.to_string()));
            url = url.or(x.canonical_url);
            html_lang = x.language;
            if x.text.trim().is_empty() {
                return Err(IngestError::NoText);
            }
            x.text
        }
        (Some(_), None) => return Err(IngestError::Empty),
        (None, None) => return Err(IngestError::MissingText),
    };
    let text = normalise_text(&text);
    if text.is_empty() {
        return Err(IngestError::Empty);
    }
    let (published, published_precision) = match published.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => {
            let (date, precision) = parse_published_precise(p).ok_or_else(|| IngestError::Field {
                field: "published",
                reason: format!("{p:?} is not a date (use YYYY-MM-DD, YYYY-MM, YYYY or RFC 3339)"),
            })?;
            (Some(date), precision)
        }
        None => (None, Precision::Day),
    };
    let (language, language_confidence) = match opts.language.clone().or(raw.language).filter(|l| !l.trim().is_empty()) {
        Some(l) => (l.trim().to_ascii_lowercase(), 1.0),
        // The page's <html lang> is checked against the text: it decides only
        // when detection has nothing reliable to say (short or mixed text).
        None => match (detect_language(&text), html_lang) {
            ((und, _), None) if und == "und" => (und, 0.0),
            ((detected, confidence), Some(declared)) if (detected == "und" || confidence < 0.3) && declared.len() == 2 => {
                let agree = detected == declared;
                (declared, if agree { confidence.max(0.5) } else { 0.5 })
            }
            (found, _) => found,
        },
    };
    let kind = match opts.kind {
        Some(k) => k,
        None => match raw.kind.as_deref() {
            Some(k) => k.parse().map_err(|reason| IngestError::Field { field: "kind", reason })?,
            None => guess_kind(&text),
        },
    };
    let url = url.filter(|u| !u.trim().is_empty()).map(|u| canonical_url(&u));
    let title = title.filter(|t| !t.is_empty()).unwrap_or_else(|| first_words(&text, 12));
    let source = if raw.source.is_empty() { url.clone().unwrap_or_else(|| "-".into()) } else { raw.source };
    Ok(Document {
        id: document_id(url.as_deref(), &text),
        site: url.as_deref().and_then(site_of),
        source: url.clone().unwrap_or(source),
        url,
        title,
        text,
        language,
        language_confidence,
        kind,
        published,
        published_precision,
        ingested_at: Utc::now(),
        duplicate_of: None,
        page: PageMeta { published_source: published.and(page.published_source.clone()), ..page },
    })
}

fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().take(n + 1).collect();
    if words.len() > n {
        format!("{}…", words[..n].join(" "))
    } else {
        words.join(" ")
    }
}

/// Guess whether a text is legislation or a judgment: counts legal markers
/// (section signs, article numbering, "U.S.C.", "alinéa", "Absatz", "shall") per
/// thousand words. News about law quotes a few; statutes are dense with them.
pub fn guess_kind(text: &str) -> DocKind {
    const MARKERS: &[&str] = &[
        "§", "U.S.C.", "Art. ", "Article ", "Artikel ", "article ", "alinéa", "Absatz", "Abs. ", "subsection",
        "paragraph (", "shall ", "Satz ", "BGBl", "code de procédure", "Code pénal", "Nr. ", "(a)", "(b)", "(1)", "(2)",
        "est puni", "Est puni", "emprisonnement", "CHAPTER", "Chapitre", "Artículo ", "Articolo ",
    ];
    /// A text that opens with a numbered provision is a statute excerpt.
    const HEADINGS: &[&str] = &["Article ", "Art. ", "§", "Section ", "Sec. ", "Artikel ", "Artículo ", "Articolo ", "Title ", "TITLE "];
    let words = text.split_whitespace().count().max(1);
    let first_line = text.lines().map(|l| l.trim_start_matches(['#', ' '])).find(|l| !l.is_empty()).unwrap_or("");
    let heading_bonus = if HEADINGS.iter().any(|h| first_line.starts_with(h)) { 3 } else { 0 };
    let hits: usize = MARKERS.iter().map(|m| text.matches(m).count()).sum::<usize>() + heading_bonus;
    if hits >= 3 && hits * 1000 / words >= 12 {
        DocKind::Legal
    } else {
        DocKind::News
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(input: &Input) -> Vec<Item> {
        let mut items = Vec::new();
        Reader::new(IngestOptions::default()).read(input, &mut |i| items.push(i));
        items
    }

    #[test]
    fn markdown_front_matter_gives_title_and_strips_it() {
        let md = "---\nTitle: Gesetz zur Beschränkung des Brief-, Post- und Fernmeldegeheimnisses\n  (G10)\nslug: g10\n---\n# G10\n\n§ 1 Gegenstand des Gesetzes\n";
        let raw = plain_text_record("g10.md", md, true);
        assert_eq!(raw.title.as_deref(), Some("Gesetz zur Beschränkung des Brief-, Post- und Fernmeldegeheimnisses (G10)"));
        assert!(raw.text.unwrap().starts_with("\n# G10"));
    }

    #[test]
    fn text_title_is_a_short_first_line_else_the_file_name() {
        let raw = plain_text_record("dir/a.txt", "Apple quitte le Royaume-Uni\n\nLe texte commence ici.", false);
        assert_eq!(raw.title.as_deref(), Some("Apple quitte le Royaume-Uni"));
        let raw = plain_text_record("dir/b.txt", "Une longue phrase qui se termine par un point.", false);
        assert_eq!(raw.title.as_deref(), Some("b.txt"));
    }

    #[test]
    fn html_lang_decides_only_when_detection_cannot() {
        let reader = Reader::new(IngestOptions::default());
        let mut items = Vec::new();
        let short = r#"<html lang="de-DE"><body><p>Ja.</p></body></html>"#;
        let long = r#"<html lang="de"><body><p>Le gouvernement britannique exige une porte dérobée dans les services chiffrés d'Apple.</p></body></html>"#;
        reader.read_bytes("short.html", short.as_bytes(), Format::Html, &mut |i| items.push(i));
        reader.read_bytes("long.html", long.as_bytes(), Format::Html, &mut |i| items.push(i));
        assert_eq!(items[0].result.as_ref().unwrap().language, "de");
        assert_eq!(items[1].result.as_ref().unwrap().language, "fr", "a wrong lang attribute does not override clear text");
    }

    #[test]
    fn text_is_normalised() {
        assert_eq!(normalise_text("\u{feff}a  \r\nb\r\n\r\n\r\n\nc  \n"), "a\nb\n\nc");
    }

    #[test]
    fn json_array_and_bad_records_are_reported_per_record() {
        let reader = Reader::new(IngestOptions::default());
        let mut items = Vec::new();
        let json = br#"[{"title":"A","text":"Encryption matters to everyone who uses a phone.","url":"https://www.example.org/a?utm_source=x"},{"title":"B"},{"text":"x","published":"soon"}]"#;
        reader.read_bytes("f.json", json, Format::Json, &mut |i| items.push(i));
        assert_eq!(items.len(), 3);
        let doc = items[0].result.as_ref().unwrap();
        assert_eq!(doc.url.as_deref(), Some("https://www.example.org/a"));
        assert_eq!(doc.site.as_deref(), Some("example.org"));
        assert_eq!(doc.language, "en");
        assert_eq!(items[1].origin, "f.json[1]");
        assert!(matches!(items[1].result, Err(IngestError::MissingText)));
        assert!(items[2].result.as_ref().unwrap_err().to_string().contains("\"soon\" is not a date"));
    }

    #[test]
    fn empty_and_binary_files_fail_with_reasons() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("empty.txt"), "").unwrap();
        std::fs::write(dir.path().join("image.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
        let items = read_all(&Input::Path(dir.path().into()));
        let messages: Vec<String> =
            items.iter().map(|i| format!("{}: {}", i.origin, i.result.as_ref().unwrap_err())).collect();
        assert!(messages[0].ends_with("empty.txt: empty file: nothing to ingest"), "{messages:?}");
        assert!(messages[1].contains("image.png: PNG image, not text"), "{messages:?}");
    }

    #[test]
    fn dossierignore_is_honoured() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".dossierignore"), "skip.txt\n").unwrap();
        std::fs::write(dir.path().join("skip.txt"), "ignored text here").unwrap();
        std::fs::write(dir.path().join("keep.txt"), "kept text here").unwrap();
        let items = read_all(&Input::Path(dir.path().into()));
        assert_eq!(items.len(), 1);
        assert!(items[0].origin.ends_with("keep.txt"));
    }

    #[test]
    fn kind_guess_separates_statutes_from_news() {
        let statute = "§ 100a Telekommunikationsüberwachung (1) Auch ohne Wissen der Betroffenen darf die Telekommunikation überwacht werden, wenn (2) Schwere Straftaten im Sinne des Absatzes 1 Satz 1 Nr. 1 sind: 1. aus dem Strafgesetzbuch: a) Straftaten nach § 80 bis § 82.";
        assert_eq!(guess_kind(statute), DocKind::Legal);
        let news = "Apple a retiré sa fonction de protection avancée des données au Royaume-Uni après la demande du gouvernement, selon Bloomberg.";
        assert_eq!(guess_kind(news), DocKind::News);
    }
}
