//! The timeline of who said what, when: quotes, claims and events of stored
//! extractions as dated [`Entry`]s, filtered by actor, date range, stance,
//! topic, language and kind, and exported as a terminal table, CSV, JSON,
//! JSON Lines, TimelineJS, Markdown or a standalone HTML page.
//!
//! Every entry keeps its provenance: the document id, the code-point offsets
//! of the statement in the document's clean text, the sentence around it,
//! and for web documents a link that opens the page at that sentence (a URL
//! text fragment, `#:~:text=`).
//!
//! ```
//! use dossier_timeline::{entries, Filter, Format, write};
//! use dossier_core::{Document, DocKind, Extraction, Quote, SpeakerRef, Stance, Actor, ActorKind, Mention};
//! let text = "« Jamais de porte dérobée », a dit Apple.";
//! let doc = Document { id: "d1".into(), source: "a.txt".into(), url: None, title: "T".into(), text: text.into(),
//!     language: "fr".into(), language_confidence: 1.0, kind: DocKind::News,
//!     published: chrono::NaiveDate::from_ymd_opt(2025, 2, 21), published_precision: Default::default(), site: None,
//!     ingested_at: chrono::Utc::now(), duplicate_of: None, page: Default::default() };
//! let x = Extraction { actors: vec![Actor { id: "apple".into(), name: "Apple".into(), kind: ActorKind::Company,
//!         wikidata: None, mentions: vec![Mention { start: 34, end: 39, text: "Apple".into() }] }],
//!     quotes: vec![Quote { text: "Jamais de porte dérobée".into(), start: 2, end: 25,
//!         speaker: Some(SpeakerRef { actor_id: Some("apple".into()), text: "Apple".into(), start: 34, end: 39, role: None, confidence: None }),
//!         cue: None, date: Some("2025-02-21".into()), date_inferred: true, stance: Stance::Against, topics: vec![], instruments: vec![] }],
//!     ..Default::default() };
//! let list = entries(&doc, &x, &Filter::default());
//! assert_eq!(list[0].actor_names, vec!["Apple"]);
//! let mut csv = Vec::new();
//! write(&list, Format::Csv, &mut csv).unwrap();
//! assert!(String::from_utf8(csv).unwrap().contains("2025-02-21,true,quote,apple,Apple,against"));
//! ```

use chrono::NaiveDate;
use dossier_core::{char_slice, Document, Extraction, Stance};
use serde::Serialize;
use std::io::Write;

/// One dated statement or event.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Entry {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` when nothing dates it.
    pub date: Option<String>,
    /// True when the date is the document's publication date, not one written in the sentence.
    pub date_inferred: bool,
    /// `quote`, `claim` or `event`.
    pub kind: &'static str,
    pub actor_ids: Vec<String>,
    pub actor_names: Vec<String>,
    pub stance: Option<Stance>,
    pub topics: Vec<String>,
    /// The quote, the claim or the event sentence.
    pub text: String,
    /// The whole sentence (or paragraph line) holding the statement.
    pub context: String,
    pub doc_id: String,
    pub title: String,
    pub language: String,
    /// URL or file path of the document.
    pub source: String,
    /// A link to the exact sentence when the document has a URL.
    pub link: Option<String>,
    pub start: usize,
    pub end: usize,
    /// Registry ids of the legal instruments the statement or event cites.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub instruments: Vec<String>,
}

/// Which entries to keep. Empty lists keep everything.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Actor ids or parts of names (case-insensitive); an entry matches when any of its actors does.
    pub actors: Vec<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub stances: Vec<Stance>,
    pub topics: Vec<String>,
    /// Legal instrument ids (`ipa-2016`); an entry matches when it cites any.
    pub instruments: Vec<String>,
    pub languages: Vec<String>,
    /// `quote`, `claim`, `event`.
    pub kinds: Vec<String>,
    /// Keep entries without any date (they sort last).
    pub undated: bool,
    /// Also keep entries from syndicated copies of a story.
    pub with_copies: bool,
}

/// First and last day a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value covers.
fn date_range(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    dossier_core::parse_date_prefix(value).ok()
}

impl Filter {
    /// Whether the entry passes every filter (except `with_copies`, which [`entries`] applies).
    pub fn keeps(&self, e: &Entry) -> bool {
        let lower = |s: &str| s.to_lowercase();
        let actor_ok = self.actors.is_empty()
            || self.actors.iter().any(|want| {
                let w = lower(want);
                e.actor_ids.iter().any(|id| lower(id) == w) || e.actor_names.iter().any(|n| lower(n).contains(&w))
            });
        let date_ok = match e.date.as_deref().and_then(date_range) {
            Some((first, last)) => self.from.is_none_or(|f| last >= f) && self.to.is_none_or(|t| first <= t),
            None => self.undated || (self.from.is_none() && self.to.is_none()),
        };
        actor_ok
            && date_ok
            && (self.stances.is_empty() || e.stance.is_some_and(|s| self.stances.contains(&s)))
            && (self.topics.is_empty() || e.topics.iter().any(|t| self.topics.iter().any(|w| lower(w) == lower(t))))
            && (self.instruments.is_empty() || e.instruments.iter().any(|i| self.instruments.iter().any(|w| lower(w) == lower(i))))
            && (self.languages.is_empty() || self.languages.iter().any(|l| lower(l) == e.language))
            && (self.kinds.is_empty() || self.kinds.iter().any(|k| k == e.kind))
    }
}

/// The line of `text` around `[start, end)`: from the previous sentence end
/// or line break to the next one.
fn context(text: &str, start: usize, end: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = (start.min(chars.len()), end.min(chars.len()));
    let mut a = start;
    while a > 0 && !matches!(chars[a - 1], '\n') && !(matches!(chars[a - 1], ' ') && a >= 2 && matches!(chars[a - 2], '.' | '!' | '?')) {
        a -= 1;
    }
    let mut b = end;
    while b < chars.len() && !matches!(chars[b], '\n') && !(matches!(chars[b], '.' | '!' | '?') && chars.get(b + 1).is_none_or(|c| *c == ' ' || *c == '\n')) {
        b += 1;
    }
    if b < chars.len() && chars[b] != '\n' {
        b += 1;
    }
    chars[a..b].iter().collect::<String>().trim().to_string()
}

/// A URL text fragment (`#:~:text=start,end`) that makes browsers scroll to
/// and highlight the statement.
fn text_fragment(url: &str, statement: &str) -> String {
    let words: Vec<&str> = statement.split_whitespace().collect();
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'_' | b'~' => (b as char).to_string(),
                other => format!("%{other:02X}"),
            })
            .collect()
    };
    let base = url.split('#').next().unwrap_or(url);
    if words.len() <= 8 {
        format!("{base}#:~:text={}", enc(&words.join(" ")))
    } else {
        format!("{base}#:~:text={},{}", enc(&words[..4].join(" ")), enc(&words[words.len() - 4..].join(" ")))
    }
}

/// Resolved legal instruments cited inside `start..end`, each once.
fn instruments_in(x: &Extraction, start: usize, end: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in x.legal_refs.iter().filter(|r| r.start < end && r.end > start).filter_map(|r| r.instrument_id.as_ref()) {
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
}

/// The timeline entries of one document.
pub fn entries(doc: &Document, x: &Extraction, filter: &Filter) -> Vec<Entry> {
    if doc.duplicate_of.is_some() && !filter.with_copies {
        return Vec::new();
    }
    let name_of = |id: &str| x.actors.iter().find(|a| a.id == id).map(|a| a.name.clone()).unwrap_or_else(|| id.to_string());
    let make = |kind: &'static str, ids: Vec<String>, names: Vec<String>, date: Option<String>, inferred: bool, stance: Option<Stance>, topics: Vec<String>, text: &str, start: usize, end: usize| {
        // Offsets come from our extractor; a stale extraction must not break export.
        let text = char_slice(&doc.text, start, end).map(str::to_string).unwrap_or_else(|| text.to_string());
        Entry {
            date,
            date_inferred: inferred,
            kind,
            actor_ids: ids,
            actor_names: names,
            stance,
            topics,
            context: context(&doc.text, start, end),
            doc_id: doc.id.clone(),
            title: doc.title.clone(),
            language: doc.language.clone(),
            source: doc.url.clone().unwrap_or_else(|| doc.source.clone()),
            link: doc.url.as_deref().map(|u| text_fragment(u, &text)),
            text,
            start,
            end,
            instruments: instruments_in(x, start, end),
        }
    };
    let speaker = |s: &Option<dossier_core::SpeakerRef>| -> (Vec<String>, Vec<String>) {
        match s {
            Some(sp) => match &sp.actor_id {
                Some(id) => (vec![id.clone()], vec![name_of(id)]),
                None => (Vec::new(), vec![sp.text.clone()]),
            },
            None => (Vec::new(), Vec::new()),
        }
    };
    let mut out = Vec::new();
    for q in &x.quotes {
        let (ids, names) = speaker(&q.speaker);
        out.push(make("quote", ids, names, q.date.clone(), q.date_inferred, Some(q.stance), q.topics.clone(), &q.text, q.start, q.end));
    }
    for c in &x.claims {
        let (ids, names) = speaker(&c.claimant);
        out.push(make("claim", ids, names, c.date.clone(), c.date_inferred, Some(c.stance), c.topics.clone(), &c.text, c.start, c.end));
    }
    for e in &x.events {
        let names = e.actors.iter().map(|id| name_of(id)).collect();
        out.push(make("event", e.actors.clone(), names, Some(e.date.clone()), false, None, Vec::new(), &e.text, e.start, e.end));
    }
    out.retain(|e| filter.keeps(e));
    out
}

/// Sort entries by date (undated last), then document and position.
pub fn sort(entries: &mut [Entry]) {
    entries.sort_by(|a, b| {
        (a.date.is_none(), a.date.as_deref(), &a.doc_id, a.start).cmp(&(b.date.is_none(), b.date.as_deref(), &b.doc_id, b.start))
    });
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
    Jsonl,
    TimelineJs,
    Markdown,
    Html,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "table" => Format::Table,
            "csv" => Format::Csv,
            "json" => Format::Json,
            "jsonl" => Format::Jsonl,
            "timelinejs" => Format::TimelineJs,
            "markdown" | "md" => Format::Markdown,
            "html" => Format::Html,
            other => return Err(format!("unknown format {other:?}; use table, csv, json, jsonl, timelinejs, markdown or html")),
        })
    }
}

fn stance_str(s: Option<Stance>) -> &'static str {
    match s {
        Some(Stance::Against) => "against",
        Some(Stance::For) => "for",
        Some(Stance::Neutral) => "neutral",
        None => "",
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

fn who(e: &Entry) -> String {
    if e.actor_names.is_empty() {
        "(unattributed)".into()
    } else {
        e.actor_names.join(", ")
    }
}

/// Write entries in a format.
pub fn write(entries: &[Entry], format: Format, out: &mut dyn Write) -> std::io::Result<()> {
    match format {
        Format::Table => {
            for e in entries {
                let text: String = e.text.chars().take(140).collect();
                let more = if e.text.chars().count() > 140 { "…" } else { "" };
                let inferred = if e.date_inferred { "~" } else { " " };
                writeln!(
                    out,
                    "{:<10}{inferred} {:<7} {:<28} {:<8} {text}{more}",
                    e.date.as_deref().unwrap_or("undated"),
                    e.kind,
                    who(e).chars().take(28).collect::<String>(),
                    stance_str(e.stance)
                )?;
                writeln!(out, "{:13}{} [{}..{}] {}", "", e.source, e.start, e.end, e.doc_id)?;
            }
        }
        Format::Csv => {
            writeln!(out, "date,date_inferred,kind,actor_ids,actors,stance,topics,text,context,language,doc_id,title,source,link,start,end")?;
            for e in entries {
                let fields = [
                    e.date.clone().unwrap_or_default(),
                    e.date_inferred.to_string(),
                    e.kind.to_string(),
                    e.actor_ids.join(";"),
                    e.actor_names.join(";"),
                    stance_str(e.stance).to_string(),
                    e.topics.join(";"),
                    e.text.clone(),
                    e.context.clone(),
                    e.language.clone(),
                    e.doc_id.clone(),
                    e.title.clone(),
                    e.source.clone(),
                    e.link.clone().unwrap_or_default(),
                    e.start.to_string(),
                    e.end.to_string(),
                ];
                writeln!(out, "{}", fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","))?;
            }
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, entries)?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            for e in entries {
                serde_json::to_writer(&mut *out, e)?;
                writeln!(out)?;
            }
        }
        Format::TimelineJs => {
            // TimelineJS3 JSON: https://timeline.knightlab.com/docs/json-format.html
            let events: Vec<serde_json::Value> = entries
                .iter()
                .filter(|e| e.date.is_some())
                .enumerate()
                .map(|(i, e)| {
                    let date = e.date.as_deref().unwrap_or_default();
                    let mut parts = date.split('-');
                    let mut start = serde_json::Map::new();
                    for key in ["year", "month", "day"] {
                        if let Some(p) = parts.next() {
                            start.insert(key.into(), serde_json::Value::String(p.trim_start_matches('0').to_string()));
                        }
                    }
                    let body = match e.kind {
                        "quote" => format!("<blockquote>{}</blockquote>", html_escape(&e.text)),
                        _ => format!("<p>{}</p>", html_escape(&e.text)),
                    };
                    let link = e.link.as_deref().unwrap_or(&e.source);
                    serde_json::json!({
                        "unique_id": format!("{}-{}-{i}", e.doc_id, e.start),
                        "start_date": start,
                        "group": who(e),
                        "text": {
                            "headline": format!("{} ({})", html_escape(&who(e)), e.kind),
                            "text": format!("{body}<p><a href=\"{}\">{}</a></p>", html_escape(link), html_escape(&e.title)),
                        },
                    })
                })
                .collect();
            let doc = serde_json::json!({
                "title": {"text": {"headline": "Dossier timeline", "text": format!("{} statements and events", events.len())}},
                "events": events,
            });
            serde_json::to_writer_pretty(&mut *out, &doc)?;
            writeln!(out)?;
        }
        Format::Markdown => {
            let mut last_date: Option<&str> = Some("\u{0}");
            for e in entries {
                if last_date != Some(e.date.as_deref().unwrap_or("undated")) {
                    last_date = Some(e.date.as_deref().unwrap_or("undated"));
                    writeln!(out, "\n## {}\n", e.date.as_deref().unwrap_or("undated"))?;
                }
                let text = e.text.replace('\n', " ");
                let stance = match e.stance {
                    Some(s) if s != Stance::Neutral => format!(", {}", stance_str(Some(s))),
                    _ => String::new(),
                };
                let link = e.link.as_deref().unwrap_or(&e.source);
                let body = if e.kind == "quote" { format!("« {text} »") } else { text };
                writeln!(out, "- **{}** ({}{stance}): {body} — [{}]({})", who(e), e.kind, e.title.replace(['[', ']'], ""), link.replace(' ', "%20"))?;
            }
        }
        Format::Html => {
            writeln!(
                out,
                "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Dossier timeline</title>\n<style>body{{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}}li{{margin:.6rem 0}}.meta{{color:#666;font-size:.85rem}}.against{{border-left:4px solid #c33;padding-left:.5rem}}.for{{border-left:4px solid #36c;padding-left:.5rem}}blockquote{{margin:.2rem 0 .2rem 1rem;font-style:italic}}</style></head><body>\n<h1>Dossier timeline</h1>\n<p>{} entries</p>\n<ol>",
                entries.len()
            )?;
            for e in entries {
                let body = if e.kind == "quote" { format!("<blockquote>{}</blockquote>", html_escape(&e.text)) } else { html_escape(&e.text) };
                let link = e.link.as_deref().unwrap_or(&e.source);
                writeln!(
                    out,
                    "<li class=\"{}\"><strong>{}</strong> · {} · {}{}<br>{body}<div class=\"meta\"><a href=\"{}\">{}</a> · {} · {}</div></li>",
                    stance_str(e.stance),
                    html_escape(e.date.as_deref().unwrap_or("undated")),
                    html_escape(&who(e)),
                    e.kind,
                    if e.stance.is_some_and(|s| s != Stance::Neutral) { format!(" · {}", stance_str(e.stance)) } else { String::new() },
                    html_escape(link),
                    html_escape(&e.title),
                    html_escape(&e.language),
                    html_escape(&e.topics.join(", "))
                )?;
            }
            writeln!(out, "</ol></body></html>")?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_is_the_sentence() {
        let t = "Premier. Le Royaume-Uni a expliqué ne pas chercher. Dernier.";
        assert_eq!(context(t, 34, 50), "Le Royaume-Uni a expliqué ne pas chercher.");
    }

    #[test]
    fn text_fragment_links_escape_and_abbreviate() {
        assert_eq!(text_fragment("https://ex.org/a#top", "a b"), "https://ex.org/a#:~:text=a%20b");
        let long = text_fragment("https://ex.org/a", "un deux trois quatre cinq six sept huit neuf dix");
        assert_eq!(long, "https://ex.org/a#:~:text=un%20deux%20trois%20quatre,sept%20huit%20neuf%20dix");
    }

    #[test]
    fn filters_by_date_overlap_and_actor_name() {
        let e = Entry {
            date: Some("2019".into()),
            date_inferred: false,
            kind: "event",
            actor_ids: vec!["uk-government".into()],
            actor_names: vec!["UK Government".into()],
            stance: None,
            topics: vec![],
            text: "x".into(),
            context: "x".into(),
            doc_id: "d".into(),
            title: "t".into(),
            language: "fr".into(),
            source: "s".into(),
            link: None,
            start: 0,
            end: 1,
            instruments: vec!["ipa-2016".into()],
        };
        let f = Filter { from: NaiveDate::from_ymd_opt(2019, 6, 1), actors: vec!["uk gov".into()], ..Default::default() };
        assert!(f.keeps(&e), "a year overlaps a range starting inside it");
        assert!(Filter { instruments: vec!["IPA-2016".into()], ..Default::default() }.keeps(&e));
        assert!(!Filter { instruments: vec!["cloud-act".into()], ..Default::default() }.keeps(&e));
        let f = Filter { from: NaiveDate::from_ymd_opt(2020, 1, 1), ..Default::default() };
        assert!(!f.keeps(&e));
        let f = Filter { stances: vec![Stance::Against], ..Default::default() };
        assert!(!f.keeps(&e), "events have no stance");
        let mut out = Vec::new();
        write(&[e], Format::Html, &mut out).unwrap();
        assert!(String::from_utf8(out).unwrap().contains("<strong>2019</strong> · UK Government · event"));
    }
}
