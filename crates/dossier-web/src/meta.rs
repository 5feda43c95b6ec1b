//! Page metadata: one iterative pass over scraper's tree collects `<meta>`,
//! `<link>`, JSON-LD, `<time>` and byline candidates; the accessors below then
//! rank them.

use chrono::NaiveDate;
use ego_tree::iter::Edge;
use scraper::{Html, Node};
use serde_json::Value;

use crate::dates::{parse_date, plausible};
use crate::{DateSource, DatedValue};

/// A `<time>`/`<abbr>`/itemprop date candidate and where it sat.
pub(crate) struct TimeCand {
    pub value: String,
    /// pubdate attribute, class "published"/"entry-date", itemprop datePublished.
    pub marked_published: bool,
    pub marked_modified: bool,
    pub in_article: bool,
    pub in_boilerplate: bool,
    /// Inside a comment thread (a stronger "other content" than boilerplate).
    pub in_comment: bool,
}

#[derive(Default)]
pub(crate) struct Meta {
    /// (lower-cased name/property/itemprop, content), document order.
    pub metas: Vec<(String, String)>,
    pub canonical: Option<String>,
    pub lang: Option<String>,
    pub title_tag: Option<String>,
    pub h1: Option<String>,
    pub json_ld: Vec<Value>,
    pub times: Vec<TimeCand>,
    pub rel_authors: Vec<String>,
    /// Texts of elements whose class/id says byline/author.
    pub bylines: Vec<String>,
    /// Texts of small elements whose class/id says date/time/published.
    pub date_texts: Vec<(String, bool)>,
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn text_of(node: ego_tree::NodeRef<Node>, limit: usize) -> String {
    // Iterative, and bounded: these are short labels, not article bodies.
    let mut s = String::new();
    for d in node.descendants() {
        if let Node::Text(t) = d.value() {
            s.push_str(t);
            s.push(' ');
            if s.len() > limit {
                break;
            }
        }
    }
    collapse(&s)
}

// Regions whose dates belong to other content. Not "widget" (Blogger wraps
// the post itself in one) nor "footer" (article footers hold dates).
const BOILER_CTX: &[&str] = &["comment", "related", "sidebar", "recommend", "teaser", "popular", "trending"];

impl Meta {
    pub fn collect(doc: &Html) -> Meta {
        let mut m = Meta::default();
        // Context flags per open element: (in article/main/header, in boilerplate).
        let mut ctx: Vec<(bool, bool, bool)> = vec![(false, false, false)];
        let mut in_script_ld = false;
        for edge in doc.tree.root().traverse() {
            match edge {
                Edge::Open(node) => {
                    let Node::Element(e) = node.value() else {
                        if let (Node::Text(t), true) = (node.value(), in_script_ld) {
                            let t_trim = t.trim_start();
                            if m.json_ld.len() < 50 && (t_trim.starts_with('{') || t_trim.starts_with('[')) {
                                // serde_json bounds its recursion, so hostile JSON cannot overflow.
                                if let Ok(v) = serde_json::from_str::<Value>(t.trim()) {
                                    m.json_ld.push(v);
                                }
                            }
                        }
                        continue;
                    };
                    let name = e.name();
                    let class_id = format!("{} {}", e.attr("class").unwrap_or(""), e.attr("id").unwrap_or("")).to_lowercase();
                    let (pa, pb, pc) = ctx.last().copied().unwrap_or((false, false, false));
                    let in_art = pa
                        || matches!(name, "article" | "main")
                        || e.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("articleBody"));
                    // Page-level wrappers carry layout classes ("has-sidebar") that say
                    // nothing about their content.
                    let wrapper = matches!(name, "html" | "body" | "main" | "article");
                    let boiler = pb || matches!(name, "aside" | "nav") || (!wrapper && BOILER_CTX.iter().any(|b| class_id.contains(b)));
                    let comment = pc || (!wrapper && (class_id.contains("comment") || class_id.contains("reply")));
                    ctx.push((in_art, boiler, comment));
                    let itemprop = e.attr("itemprop").map(|s| s.to_ascii_lowercase());
                    match name {
                        "meta" => {
                            let key = e.attr("property").or(e.attr("name")).or(e.attr("itemprop")).or(e.attr("http-equiv"));
                            if let (Some(k), Some(c)) = (key, e.attr("content")) {
                                if m.metas.len() < 2000 {
                                    m.metas.push((k.trim().to_ascii_lowercase(), c.trim().to_string()));
                                }
                            }
                        }
                        "link" => {
                            let rel = e.attr("rel").unwrap_or("").to_ascii_lowercase();
                            if rel.split_whitespace().any(|r| r == "canonical") && m.canonical.is_none() {
                                m.canonical = e.attr("href").map(|h| h.trim().to_string()).filter(|h| !h.is_empty());
                            }
                        }
                        "html" => {
                            m.lang = e.attr("lang").or(e.attr("xml:lang")).and_then(|l| {
                                let p = l.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
                                (!p.is_empty() && p.len() <= 8 && p.chars().all(|c| c.is_ascii_alphabetic())).then_some(p)
                            });
                        }
                        "title" if m.title_tag.is_none() => {
                            let t = text_of(node, 500);
                            if !t.is_empty() {
                                m.title_tag = Some(t);
                            }
                        }
                        "h1" if m.h1.is_none() && !boiler => {
                            let t = text_of(node, 500);
                            if !t.is_empty() {
                                m.h1 = Some(t);
                            }
                        }
                        "script" => {
                            // Some sites omit the type; the content check below rejects plain JS.
                            in_script_ld = e.attr("type").is_none_or(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                        }
                        "a" if e.attr("rel").is_some_and(|r| r.to_ascii_lowercase().split_whitespace().any(|x| x == "author")) => {
                            let t = text_of(node, 200);
                            if !t.is_empty() && m.rel_authors.len() < 20 {
                                m.rel_authors.push(t);
                            }
                        }
                        _ => {}
                    }
                    let published_mark = e.attr("pubdate").is_some()
                        || itemprop.as_deref() == Some("datepublished")
                        || class_id.contains("publish")
                        || class_id.contains("entry-date")
                        || class_id.contains("posted");
                    let modified_mark = itemprop.as_deref() == Some("datemodified")
                        || class_id.contains("modif")
                        || class_id.contains("updated");
                    if name == "time" || (name == "abbr" && class_id.contains("publish")) || itemprop.as_deref().is_some_and(|p| p == "datepublished" || p == "datemodified") {
                        let value = e
                            .attr("datetime")
                            .or(if name == "abbr" { e.attr("title") } else { None })
                            .or(e.attr("content"))
                            .map(str::to_string)
                            .unwrap_or_else(|| text_of(node, 200));
                        if !value.is_empty() && m.times.len() < 500 {
                            m.times.push(TimeCand {
                                value,
                                marked_published: published_mark,
                                marked_modified: modified_mark,
                                in_article: in_art,
                                in_boilerplate: boiler,
                                in_comment: comment,
                            });
                        }
                    }
                    if name != "meta" && name != "html" && name != "body" && !boiler {
                        let words: Vec<&str> = class_id.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
                        let is_byline = words.iter().any(|w| matches!(*w, "byline" | "author" | "authors" | "author-name" | "writer" | "autor" | "auteur" | "autore"))
                            || class_id.contains("byline")
                            || class_id.contains("author-name")
                            || itemprop.as_deref() == Some("author");
                        if is_byline && m.bylines.len() < 20 {
                            let t = text_of(node, 300);
                            if !t.is_empty() && t.chars().count() < 200 {
                                m.bylines.push(t);
                            }
                        }
                        let is_date = words.iter().any(|w| {
                            w.contains("date") || w.contains("time") || w.contains("publish") || w.contains("posted")
                                || matches!(*w, "byline" | "meta" | "dateline" | "datum" | "fecha" | "data" | "info" | "submitted")
                        });
                        if is_date && m.date_texts.len() < 100 {
                            let t = text_of(node, 300);
                            if t.chars().count() >= 6 && t.chars().count() < 250 {
                                m.date_texts.push((t, published_mark));
                            }
                        }
                    }
                }
                Edge::Close(node) => {
                    if let Node::Element(e) = node.value() {
                        ctx.pop();
                        if e.name() == "script" {
                            in_script_ld = false;
                        }
                    }
                }
            }
        }
        m
    }

    pub fn meta(&self, keys: &[&str]) -> Option<(&str, &str)> {
        keys.iter().find_map(|k| {
            self.metas.iter().find(|(n, c)| n == k && !c.is_empty()).map(|(n, c)| (n.as_str(), c.as_str()))
        })
    }

    /// JSON-LD objects, flattened out of arrays and `@graph`.
    pub fn ld_objects(&self) -> Vec<&serde_json::Map<String, Value>> {
        let mut out = Vec::new();
        let mut work: Vec<&Value> = self.json_ld.iter().rev().collect();
        while let Some(v) = work.pop() {
            if out.len() > 1000 {
                break;
            }
            match v {
                Value::Array(a) => work.extend(a.iter().rev()),
                Value::Object(o) => {
                    out.push(o);
                    if let Some(g) = o.get("@graph") {
                        work.push(g);
                    }
                    if let Some(e) = o.get("mainEntity") {
                        work.push(e);
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// JSON-LD objects of an article type, best first.
    pub fn ld_articles(&self) -> Vec<&serde_json::Map<String, Value>> {
        let all = self.ld_objects();
        let is_article = |o: &serde_json::Map<String, Value>| {
            let types: Vec<&str> = match o.get("@type") {
                Some(Value::String(s)) => vec![s.as_str()],
                Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            types.iter().any(|t| t.contains("Article") || t.contains("Posting") || matches!(*t, "Report" | "WebPage" | "ItemPage"))
        };
        let mut arts: Vec<_> = all.iter().copied().filter(|o| is_article(o)).collect();
        // WebPage is a weaker signal than any *Article.
        arts.sort_by_key(|o| o.get("@type").and_then(Value::as_str).is_some_and(|t| t.contains("WebPage")));
        arts
    }

    pub fn ld_str(&self, key: &str) -> Option<String> {
        self.ld_articles().iter().find_map(|o| o.get(key).and_then(Value::as_str)).map(collapse).filter(|s| !s.is_empty())
    }
}

fn dated(d: Option<NaiveDate>, source: DateSource) -> Option<DatedValue> {
    d.filter(|d| plausible(*d)).map(|date| DatedValue { date, source })
}

const PUB_META: &[&str] = &[
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "published_time", "datepublished", "date", "dc.date", "dc.date.issued", "dc.date.created", "dc.created",
    "dcterms.created", "dcterms.date", "dcterms.issued", "parsely-pub-date", "sailthru.date", "article.published",
    "pubdate", "publishdate", "publish-date", "publish_date", "published-date", "published_date",
    "publication_date", "article_date_original", "original-publish-date", "date_published", "displaydate",
    "citation_publication_date", "citation_date", "prism.publicationdate", "rnews:datepublished",
    "article:post_date", "cxenseparse:recs:publishtime", "bt:pubdate", "ptime", "pdate", "release_date",
    "creation_date", "created", "content_create_date", "shareaholic:article_published_time", "date.available",
    "originalpublicationdate", "dc.date.published", "article.created", "sailthru.date.published", "live_date",
];

const MOD_META: &[&str] = &[
    "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified",
    "last-modified", "modified_time", "article.updated", "lastmod", "revised", "updated_time", "dc.modified",
];

fn ld_date(m: &Meta, key: &str) -> Option<NaiveDate> {
    let arts = m.ld_articles();
    let v = arts.iter().find_map(|o| o.get(key).and_then(Value::as_str)).or_else(|| {
        // Some sites put datePublished only on a bare object.
        m.ld_objects().iter().find_map(|o| o.get(key).and_then(Value::as_str))
    })?;
    parse_date(v, false)
}

fn is_utc_timestamp(s: &str) -> bool {
    let s = s.trim();
    s.len() > 10 && (s.ends_with('Z') || s.ends_with("+00:00") || s.ends_with("+0000") || s.ends_with("GMT") || s.ends_with("UTC"))
}

/// The page declares a locale of the Americas (`og:locale` en_US, es_MX,
/// pt_BR...) or is served from one of their country domains.
fn in_americas(m: &Meta, url: Option<&str>) -> bool {
    const REGIONS: &[&str] = &["us", "ca", "mx", "br", "ar", "co", "cl", "pe", "ve"];
    let locale = m.meta(&["og:locale"]).and_then(|(_, l)| l.split(['_', '-']).nth(1)).map(str::to_ascii_lowercase);
    let host = url.and_then(|u| u.split_once("://")).map(|(_, r)| r.split(['/', ':', '?']).next().unwrap_or(""));
    let tld = host.and_then(|h| h.rsplit('.').next()).map(str::to_ascii_lowercase);
    locale.or(tld).is_some_and(|r| REGIONS.contains(&r.as_str()))
}

/// Minutes after midnight of an ISO 8601 timestamp (`2020-05-02T02:54:29Z` -> 174).
fn utc_minutes(raw: &str) -> Option<u32> {
    let t = raw.trim().get(10..)?.strip_prefix(['T', ' '])?;
    let h: u32 = t.get(..2)?.parse().ok().filter(|h| *h < 24)?;
    let mi: u32 = t.get(3..5)?.parse().ok().filter(|m| *m < 60)?;
    Some(h * 60 + mi)
}

/// JSON-LD and `<meta>` publication dates, in order of trust, with the raw value.
fn structured_published(m: &Meta) -> Vec<(DatedValue, String)> {
    let mut out = Vec::new();
    let arts = m.ld_articles();
    let ld = arts.iter().find_map(|o| o.get("datePublished").and_then(Value::as_str)).or_else(|| {
        // Some sites put datePublished only on a bare object.
        m.ld_objects().iter().find_map(|o| o.get("datePublished").and_then(Value::as_str))
    });
    if let Some(raw) = ld {
        if let Some(v) = dated(parse_date(raw, false), DateSource::JsonLd) {
            out.push((v, raw.to_string()));
        }
    }
    for k in PUB_META {
        if let Some((name, c)) = m.meta(&[k]) {
            let source = if name.starts_with("article:") || name.starts_with("og:") {
                DateSource::OpenGraph
            } else if name == "datepublished" {
                DateSource::ItemProp
            } else {
                DateSource::Meta(name.to_string())
            };
            if let Some(v) = dated(parse_date(c, false), source) {
                out.push((v, c.to_string()));
            }
        }
    }
    out
}

/// Publication date, best source first.
pub(crate) fn published(m: &Meta, url: Option<&str>, month_first: bool, body_text: &dyn Fn() -> (String, String)) -> Option<DatedValue> {
    // A full date in the URL path is what the CMS filed the article under:
    // the local day, where metadata often holds a UTC timestamp a day off.
    let structured = structured_published(m);
    if let Some(v) = dated(url.and_then(crate::dates::url_date), DateSource::Url) {
        // Unless the page's own timestamp says the next day at an hour that
        // no time zone of the Americas or Europe turns back into the URL's
        // day: then the URL is a filing or print date.
        let later = structured.first().filter(|(s, raw)| {
            (s.date - v.date).num_days() == 1 && utc_minutes(raw).is_some_and(|x| (10 * 60..22 * 60).contains(&x))
        });
        return Some(later.map(|(s, _)| s.clone()).unwrap_or(v));
    }
    if let Some((v, raw)) = structured.first() {
        // A UTC timestamp can sit a day off the local publication day; a
        // local-time or visible date one day apart is then the better read.
        if is_utc_timestamp(raw) {
            let near = |d: &NaiveDate| (*d - v.date).num_days().abs() == 1;
            let alt = structured.iter().skip(1).filter(|(_, r)| !is_utc_timestamp(r)).map(|(v, _)| v.clone()).find(|a| near(&a.date));
            // The page's own first marked <time> (with a local offset) or
            // displayed date: when it says the next or previous day, that is
            // the calendar day where the article was published.
            let local = || {
                let time = m
                    .times
                    .iter()
                    .filter(|t| t.marked_published && !t.in_comment && !is_utc_timestamp(&t.value))
                    .find_map(|t| parse_date(&t.value, month_first).map(|d| (d, DateSource::TimeElement)));
                let text = m
                    .date_texts
                    .iter()
                    .filter(|(t, p)| *p && !NOT_PUB_KEYS.iter().any(|k| t.to_lowercase().contains(k)))
                    .find_map(|(t, _)| parse_date(t, month_first).map(|d| (d, DateSource::VisibleText)));
                [time, text].into_iter().flatten().find(|(d, _)| near(d)).map(|(date, source)| DatedValue { date, source })
            };
            if let Some(a) = alt.or_else(local) {
                return Some(a);
            }
            // All of the Americas is 3 to 10 hours behind UTC: a timestamp
            // before 03:00 UTC there is the previous local day.
            // Not for midnight placeholders nor when the displayed date agrees.
            let shown = m.date_texts.iter().find_map(|(t, _)| parse_date(t, month_first));
            if in_americas(m, url) && utc_minutes(raw).is_some_and(|x| (10..180).contains(&x)) && shown != Some(v.date) {
                if let Some(date) = v.date.pred_opt() {
                    return Some(DatedValue { date, source: v.source.clone() });
                }
            }
        }
        return Some(v.clone());
    }
    if let Some(v) = dated(url.and_then(crate::dates::url_date), DateSource::Url) {
        return Some(v);
    }
    let time_pick = |pred: &dyn Fn(&TimeCand) -> bool| {
        m.times.iter().filter(|t| pred(t)).find_map(|t| dated(parse_date(&t.value, month_first), DateSource::TimeElement))
    };
    if let Some(v) = time_pick(&|t| t.marked_published && !t.in_boilerplate)
        .or_else(|| time_pick(&|t| t.in_article && !t.marked_modified && !t.in_boilerplate))
        .or_else(|| time_pick(&|t| !t.marked_modified && !t.in_boilerplate))
        // Layout wrappers ("has-sidebar") and `<aside class="meta">` can put
        // the article's own marked date in "boilerplate"; comments never.
        .or_else(|| time_pick(&|t| t.marked_published && !t.marked_modified && !t.in_comment))
    {
        return Some(v);
    }
    if let Some(v) = dated(ld_date(m, "dateCreated"), DateSource::JsonLd) {
        return Some(v);
    }
    for (t, _) in m.date_texts.iter().filter(|(_, p)| *p) {
        if let Some(v) = dated(parse_date(t, month_first), DateSource::VisibleText) {
            return Some(v);
        }
    }
    let texts = body_text();
    // The dateline under the headline beats "today's date" in a top bar.
    if let Some(date) = date_after_title(m, &texts.0, month_first) {
        return Some(DatedValue { date, source: DateSource::VisibleText });
    }
    for (t, _) in m.date_texts.iter().filter(|(_, p)| !*p) {
        if let Some(v) = dated(parse_date(t, month_first), DateSource::VisibleText) {
            return Some(v);
        }
    }
    visible_date(&texts, month_first)
}

/// The first unqualified date in the few lines that follow the article's
/// headline (`<h1>`, else `og:title`/`<title>`) in the page text.
fn date_after_title(m: &Meta, text: &str, month_first: bool) -> Option<NaiveDate> {
    let titles: Vec<String> = [m.h1.clone(), m.meta(&["og:title"]).map(|(_, t)| collapse(t)), m.title_tag.clone()]
        .into_iter()
        .flatten()
        .filter(|t| t.chars().count() >= 15)
        .collect();
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| {
        l.chars().count() >= 15 && titles.iter().any(|t| t == l || t.starts_with(l) || (l.chars().count() < 300 && l.starts_with(t.as_str())))
    })?;
    let window = || lines[at..].iter().take(8).copied();
    first_unqualified_in(window().filter(|l| l.chars().count() <= 80), month_first)
}

/// Words that introduce a publication date in page text.
const PUB_KEYS: &[&str] = &[
    "published", "posted", "publié", "publiée", "publicado", "publicada", "pubblicato", "veröffentlicht", "erschienen",
    "publiziert", "created", "date:", "datum:", "fecha:", "data:", "опубликовано", "yayınlanma", "publicat",
    "gepubliceerd", "opublikowano",
];

/// Words after which a date is not the publication date: updates, copyright
/// lines, "current time" widgets.
const NOT_PUB_KEYS: &[&str] = &[
    "updated", "update", "modified", "edited", "aktualisiert", "geändert", "änderung", "stand:", "mis à jour",
    "modifié", "actualizado", "actualización", "aggiornato", "atualizado", "©", "copyright", "(c)", "aktuelle zeit",
    "current time", "datum und uhrzeit", "heute", "today", "обновлено",
];

/// Dates written in the page text (`(main, full)` from `body_text`): first
/// one after a "published" keyword, else the first plausible one that no
/// "updated"/"©" keyword introduces, in the main text, then anywhere.
fn visible_date(texts: &(String, String), month_first: bool) -> Option<DatedValue> {
    let (main, full) = texts;
    let lower = full.to_lowercase();
    let vt = |d: NaiveDate| DatedValue { date: d, source: DateSource::VisibleText };
    let mut best: Option<(usize, NaiveDate)> = None;
    for k in PUB_KEYS {
        let mut from = 0;
        while let Some(p) = lower.get(from..).and_then(|s| s.find(k)) {
            let start = from + p + k.len();
            let end = (start..=lower.len().min(start + 80)).rev().find(|&e| lower.is_char_boundary(e)).unwrap_or(start);
            if let Some(d) = lower.get(start..end).and_then(|s| parse_date(s, month_first)).filter(|d| plausible(*d)) {
                if best.is_none_or(|(b, _)| start < b) {
                    best = Some((start, d));
                }
                break;
            }
            from = start;
        }
    }
    if let Some((_, d)) = best {
        return Some(vt(d));
    }
    first_unqualified_date(main, month_first).or_else(|| first_unqualified_date(full, month_first)).map(vt)
}

/// The first plausible date in `text` not introduced by a [`NOT_PUB_KEYS`]
/// word in the 40 bytes before it on its line.
fn first_unqualified_date(text: &str, month_first: bool) -> Option<NaiveDate> {
    // A short line (a dateline, a byline with a date) states the page's date;
    // a date inside a long sentence is more often about something else.
    let short = text.lines().filter(|l| l.chars().count() <= 80);
    first_unqualified_in(short, month_first).or_else(|| first_unqualified_in(text.lines(), month_first))
}

fn first_unqualified_in<'a>(lines: impl Iterator<Item = &'a str>, month_first: bool) -> Option<NaiveDate> {
    for line in lines {
        for (at, d) in crate::dates::find_dates_at(line, month_first) {
            if !plausible(d) {
                continue;
            }
            let from = (at.saturating_sub(40)..=at).find(|&b| line.is_char_boundary(b)).unwrap_or(at);
            let before = line.get(from..at).unwrap_or("").to_lowercase();
            if !NOT_PUB_KEYS.iter().any(|k| before.contains(k)) {
                return Some(d);
            }
        }
    }
    None
}

pub(crate) fn modified(m: &Meta) -> Option<DatedValue> {
    if let Some(v) = dated(ld_date(m, "dateModified"), DateSource::JsonLd) {
        return Some(v);
    }
    if let Some((name, c)) = m.meta(MOD_META) {
        let source = if name.starts_with("article:") || name.starts_with("og:") { DateSource::OpenGraph } else { DateSource::Meta(name.to_string()) };
        if let Some(v) = dated(parse_date(c, false), source) {
            return Some(v);
        }
    }
    m.times.iter().filter(|t| t.marked_modified).find_map(|t| dated(parse_date(&t.value, false), DateSource::TimeElement))
}

/// Cleans a byline into names: drops "By"/"Par"/"Von"/"Por"/"Di", roles,
/// dates and separators; splits co-authors.
pub(crate) fn clean_byline(s: &str) -> Vec<String> {
    let s = collapse(s);
    // Anything after a separator like "|" or "•" is usually a date or a role.
    let s = s.split(['|', '•', '·', '—', '\n']).next().unwrap_or("");
    let mut out: Vec<String> = Vec::new();
    let mut rest = s.to_string();
    // Split co-authors on commas and conjunctions in the supported languages.
    for sep in [" and ", " & ", " et ", " und ", " y ", " e ", " ed ", " en ", ";"] {
        rest = rest.replace(sep, ",");
    }
    for part in rest.split(',') {
        let mut p = part.trim();
        loop {
            let lower = p.to_lowercase();
            let prefixes = ["by ", "par ", "von ", "por ", "di ", "door ", "de ", "from ", "written by ", "text: ", "texte : ", "auteur : ", "author: ", "autor: ", "story by ", "reporting by ", "posted by ", "words by "];
            match prefixes.iter().find(|x| lower.starts_with(*x)) {
                Some(x) => p = p.get(x.len()..).unwrap_or("").trim(),
                None => break,
            }
        }
        if p.is_empty() || p.chars().any(|c| c.is_ascii_digit()) || p.contains('@') || p.contains("://") {
            continue;
        }
        let lower = p.to_lowercase();
        const ROLES: &[&str] = &[
            "staff writer", "reporter", "correspondent", "editor", "contributor", "columnist", "journaliste", "rédaction",
            "redaktion", "redacción", "redazione", "agence", "agency", "staff", "updated", "published", "photographer",
            "special to", "associated press", "senior writer", "writer", "photos", "photo",
        ];
        if ROLES.iter().any(|r| lower == *r || lower.starts_with(&format!("{r} "))) {
            continue;
        }
        let words = p.split_whitespace().count();
        if !(1..=5).contains(&words) || p.chars().count() > 60 {
            continue;
        }
        if !out.iter().any(|o| o.eq_ignore_ascii_case(p)) {
            out.push(p.to_string());
        }
    }
    out
}

fn ld_people(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => {
            for x in a.iter().take(20) {
                if let Some(n) = x.as_str().map(str::to_string).or_else(|| x.get("name").and_then(Value::as_str).map(str::to_string)) {
                    out.push(n);
                }
            }
        }
        Value::Object(o) => {
            if let Some(n) = o.get("name").and_then(Value::as_str) {
                out.push(n.to_string());
            }
        }
        _ => {}
    }
}

pub(crate) fn authors(m: &Meta) -> Vec<String> {
    let mut raw = Vec::new();
    for o in m.ld_articles() {
        if let Some(a) = o.get("author").or(o.get("creator")) {
            ld_people(a, &mut raw);
        }
        if !raw.is_empty() {
            break;
        }
    }
    if raw.is_empty() {
        for k in ["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl", "dcterms.creator", "citation_author"] {
            for (n, c) in &m.metas {
                if n == k && !c.is_empty() {
                    raw.push(c.clone());
                }
            }
            if !raw.is_empty() {
                break;
            }
        }
    }
    if raw.is_empty() {
        raw.extend(m.rel_authors.iter().cloned());
    }
    if raw.is_empty() {
        raw.extend(m.bylines.iter().take(1).cloned());
    }
    let mut out: Vec<String> = Vec::new();
    for r in raw {
        for a in clean_byline(&r) {
            if !out.iter().any(|o| o.eq_ignore_ascii_case(&a)) {
                out.push(a);
            }
        }
    }
    out
}

pub(crate) fn site_name(m: &Meta) -> Option<String> {
    m.meta(&["og:site_name", "application-name", "twitter:site"]).map(|(_, c)| c.trim_start_matches('@').to_string()).or_else(|| {
        m.ld_articles().iter().find_map(|o| o.get("publisher").and_then(|p| p.get("name")).and_then(Value::as_str).map(str::to_string))
    })
}

/// Removes a site suffix/prefix such as " | Le Monde" or "BBC News - ".
pub(crate) fn clean_title(t: &str, site: Option<&str>) -> String {
    let t = collapse(t);
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "] {
        if let Some((head, tail)) = t.rsplit_once(sep) {
            let is_site = site.is_some_and(|n| tail.trim().eq_ignore_ascii_case(n.trim()));
            // Without a known site name, only a short tail after a longer head
            // looks like a suffix (and not half of the headline).
            if is_site || (tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3) {
                return head.trim().to_string();
            }
            if let Some((first, rest)) = t.split_once(sep) {
                if site.is_some_and(|n| first.trim().eq_ignore_ascii_case(n.trim())) {
                    return rest.trim().to_string();
                }
            }
        }
    }
    t
}

/// Every date candidate of a page, one line each (for `eval::date_candidates`).
pub(crate) fn debug_candidates(html: &str, url: Option<&str>) -> Vec<String> {
    let doc = crate::depth::parse_page(html);
    let m = Meta::collect(&doc);
    let mut out = Vec::new();
    out.push(format!("url: {:?}", url.and_then(crate::dates::url_date)));
    for (v, raw) in structured_published(&m) {
        out.push(format!("structured {:?}: {} <- {raw:?}", v.source, v.date));
    }
    for k in ["dateCreated", "dateModified"] {
        out.push(format!("ld {k}: {:?}", ld_date(&m, k)));
    }
    for t in &m.times {
        out.push(format!(
            "time pub={} mod={} art={} boiler={}: {:?}",
            t.marked_published, t.marked_modified, t.in_article, t.in_boilerplate, t.value
        ));
    }
    for (t, p) in &m.date_texts {
        out.push(format!("date_text pub={p}: {:?}", t.chars().take(120).collect::<String>()));
    }
    out
}
