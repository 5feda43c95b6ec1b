//! The HTML pages: search, timeline, actors, actor, document.

use crate::catalog::Catalog;
use crate::chart;
use crate::error::HttpError;
use crate::filters::{check_page, paging, search_request, timeline_filter, Params};
use crate::highlight;
use crate::templates::{date, entry, facet, layout, pager, urlpath, Nav};
use crate::{blocking, App};
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use dossier_index::Snippet;
use dossier_timeline::{Entry, Filter};
use maud::{html, Markup};
use std::sync::Arc;

type Q = Query<Vec<(String, String)>>;

/// Every `dossier timeline` format, as offered for export.
pub const EXPORT_FORMATS: [(&str, &str); 7] = [
    ("csv", "CSV"),
    ("json", "JSON"),
    ("jsonl", "JSON Lines"),
    ("timelinejs", "TimelineJS"),
    ("markdown", "Markdown"),
    ("html", "HTML"),
    ("table", "Text table"),
];

fn respond(r: Result<Markup, HttpError>) -> Response {
    match r {
        Ok(m) => Html(m.into_string()).into_response(),
        Err(e) => (e.status, Html(crate::templates::error_page(e.status.as_u16(), &e.message).into_string())).into_response(),
    }
}

pub async fn home() -> Redirect {
    Redirect::to("/search")
}

pub async fn search(State(app): State<Arc<App>>, Query(q): Q) -> Response {
    respond(blocking(&app, move |app| search_page(app, &Params(q))).await)
}

pub async fn timeline(State(app): State<Arc<App>>, Query(q): Q) -> Response {
    respond(blocking(&app, move |app| timeline_page(app, &Params(q))).await)
}

pub async fn actors(State(app): State<Arc<App>>) -> Response {
    respond(blocking(&app, actors_page).await)
}

pub async fn actor(State(app): State<Arc<App>>, Path(id): Path<String>) -> Response {
    respond(blocking(&app, move |app| actor_page(app, &id)).await)
}

pub async fn document(State(app): State<Arc<App>>, Path(id): Path<String>) -> Response {
    respond(blocking(&app, move |app| document_page(app, &id)).await)
}

pub async fn not_found() -> Response {
    respond(Err(HttpError::not_found("no such page; try /search, /timeline or /actors")))
}

fn snippet(s: &Snippet) -> Markup {
    let chars: Vec<char> = s.text.chars().collect();
    let mut pieces: Vec<(bool, String)> = Vec::new();
    let mut at = 0;
    for [a, b] in &s.highlights {
        let (a, b) = ((*a).min(chars.len()), (*b).min(chars.len()));
        if a < at || b <= a {
            continue;
        }
        pieces.push((false, chars[at..a].iter().collect()));
        pieces.push((true, chars[a..b].iter().collect()));
        at = b;
    }
    pieces.push((false, chars[at..].iter().collect()));
    html! { p.snippet { "…" @for (hl, text) in &pieces { @if *hl { mark { (text) } } @else { (text) } } "…" } }
}

fn counts(map: &std::collections::BTreeMap<String, u64>, by_count: bool) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = map.iter().map(|(k, n)| (k.clone(), *n)).collect();
    if by_count {
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v.truncate(15);
    }
    v
}

fn hidden(params: &Params, keys: &[&str]) -> Markup {
    html! {
        @for (k, v) in params.0.iter().filter(|(k, v)| keys.contains(&k.as_str()) && !v.is_empty()) {
            input type="hidden" name=(k) value=(v);
        }
    }
}

fn search_page(app: &App, p: &Params) -> Result<Markup, HttpError> {
    let (req, page, per) = search_request(p)?;
    let res = app.index.search(&req)?;
    check_page(page, per, res.total)?;
    let q = p.one("q").unwrap_or("");
    let sort = p.one("sort").unwrap_or("relevance");
    let year_links: Vec<(String, u64)> = counts(&res.years, false);
    let body = html! {
        h1.visually-hidden { "Search" }
        form.searchform role="search" action="/search" method="get" {
            div.row {
                label.visually-hidden for="q" { "Query" }
                input #q type="search" name="q" value=(q) placeholder="\"porte dérobée\" AND (Apple OR Londres)";
                button type="submit" { "Search" }
            }
            div.row.options {
                label { "From " input type="text" name="from" value=(p.one("from").unwrap_or("")) placeholder="YYYY-MM-DD" size="10" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?"; }
                label { "To " input type="text" name="to" value=(p.one("to").unwrap_or("")) placeholder="YYYY-MM-DD" size="10" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?"; }
                label { "Sort "
                    select name="sort" {
                        @for (v, l) in [("relevance", "relevance"), ("newest", "newest first"), ("oldest", "oldest first")] {
                            option value=(v) selected[sort == v] { (l) }
                        }
                    }
                }
                label { input type="checkbox" name="collapse" value="1" checked[p.flag("collapse")]; " one hit per story" }
                (hidden(p, &["lang", "kind", "site", "author"]))
            }
            details.help {
                summary { "Query syntax" }
                p { "All words are required. " code { "\"porte dérobée\"" } " a phrase · " code { "OR" } " · " code { "NOT iCloud" } " or " code { "-iCloud" } " excludes · " code { "( )" } " groups · "
                    code { "title:Apple" } " " code { "site:lemonde.fr" } " " code { "lang:fr" } " " code { "author:dupont" } " narrow to a field. Apostrophes and other colons are plain text." }
            }
        }
        div.columns {
            aside.facets aria-label="Refine" {
                (facet("Language", "lang", &counts(&res.languages, true), p, "/search"))
                (facet("Kind", "kind", &counts(&res.kinds, true), p, "/search"))
                (facet("Site", "site", &counts(&res.sites, true), p, "/search"))
                @if !year_links.is_empty() {
                    section.facet aria-label="Year" {
                        h3 { "Year" }
                        ul {
                            @for (y, n) in year_links.iter().rev().take(15) {
                                li { a href={"/search?" (p.with(&["from", "to", "page"], &[("from", y), ("to", y)]))} { (y) } " " span.count { (n) } }
                            }
                        }
                    }
                }
            }
            section.results aria-label="Results" {
                p.total role="status" { (res.total) " document" @if res.total != 1 { "s" } @if !q.is_empty() { " for " strong { (q) } } }
                ol.hits start=((page - 1) * per + 1) {
                    @for h in &res.hits {
                        li.result {
                            h2 { a href={"/doc/" (urlpath(&h.id))} { @if h.title.trim().is_empty() { "(untitled)" } @else { (h.title) } } }
                            p.meta {
                                @if let Some(d) = h.published { (date(&d.to_string())) " · " }
                                @if let Some(site) = &h.site { (site) " · " }
                                (h.language) " · " (h.kind)
                                @if let Some(orig) = &h.duplicate_of { " · " a href={"/doc/" (urlpath(orig))} { "copy of an earlier story" } }
                            }
                            (snippet(&h.snippet))
                        }
                    }
                }
                (pager("/search", p, page, per, res.total))
            }
        }
    };
    Ok(layout(if q.is_empty() { "Search" } else { q }, Nav::Search, q, body))
}

fn timeline_form(p: &Params, c: &Catalog) -> Markup {
    let stance = p.one("stance").unwrap_or("");
    let kind = p.one("kind").unwrap_or("");
    let text = |name: &str, label: &str, list: Option<&str>, hint: &str| {
        html! { label { (label) " " input type="text" name=(name) value=(p.all(name).join(",")) list=[list] placeholder=(hint) size="12"; } }
    };
    html! {
        form.filters action="/timeline" method="get" {
            div.row {
                label.visually-hidden for="tq" { "Words in the statement" }
                input #tq type="search" name="q" value=(p.one("q").unwrap_or("")) placeholder="Words in the statement or speaker";
                button type="submit" { "Filter" }
            }
            div.row.options {
                (text("actor", "Actor", Some("actor-list"), "apple"))
                (text("from", "From", None, "YYYY-MM-DD"))
                (text("to", "To", None, "YYYY-MM-DD"))
                label { "Stance "
                    select name="stance" {
                        @for v in ["", "against", "for", "neutral"] { option value=(v) selected[stance == v] { @if v.is_empty() { "any" } @else { (v) } } }
                    }
                }
                label { "Kind "
                    select name="kind" {
                        @for v in ["", "quote", "claim", "event"] { option value=(v) selected[kind == v] { @if v.is_empty() { "any" } @else { (v) } } }
                    }
                }
                (text("topic", "Topic", Some("topic-list"), "backdoor"))
                (text("lang", "Language", None, "fr,en"))
                (text("instrument", "Instrument", Some("instrument-list"), "ipa-2016"))
                label { input type="checkbox" name="undated" value="1" checked[p.flag("undated")]; " undated too" }
                label { input type="checkbox" name="copies" value="1" checked[p.flag("copies")]; " syndicated copies too" }
            }
            datalist #actor-list { @for a in c.actors.values().filter(|a| a.statements > 0) { option value=(a.id) { (a.name) } } }
            datalist #topic-list { @for t in &c.topics { option value=(t) {} } }
            datalist #instrument-list { @for t in &c.instruments { option value=(t) {} } }
        }
    }
}

fn entries_section(selected: &[&Entry], p: &Params, base: &str, page: usize, per: usize) -> Markup {
    html! {
        ol.entries {
            @for e in selected.iter().skip((page - 1) * per).take(per) { (entry(e)) }
        }
        (pager(base, p, page, per, selected.len() as u64))
    }
}

fn timeline_page(app: &App, p: &Params) -> Result<Markup, HttpError> {
    let catalog = app.catalog()?;
    let (filter, text) = timeline_filter(p, &catalog)?;
    let (page, per) = paging(p, 50)?;
    let selected = catalog.select(&filter, text.as_deref());
    check_page(page, per, selected.len() as u64)?;
    let (bars, left_out) = chart::bars(&selected);
    let narrow = |period: &str| format!("/timeline?{}", p.with(&["from", "to", "page"], &[("from", period), ("to", period)]));
    let export_query = p.with(&["page", "per_page"], &[]);
    let body = html! {
        h1 { "Timeline" }
        (timeline_form(p, &catalog))
        (chart::svg(&bars, left_out, narrow))
        div.export {
            span { "Export " (selected.len()) " entries: " }
            @for (fmt, label) in EXPORT_FORMATS {
                @let href = if export_query.is_empty() { format!("/api/export/{fmt}") } else { format!("/api/export/{fmt}?{export_query}") };
                a.button href=(href) download { (label) }
            }
        }
        p.legend.muted {
            strong { "publication date" } ": the sentence gives no date, so the document's publication date is shown; "
            strong { "date in text" } ": a date written in the sentence."
        }
        p.total role="status" { (selected.len()) " entr" @if selected.len() == 1 { "y" } @else { "ies" } }
        (entries_section(&selected, p, "/timeline", page, per))
    };
    Ok(layout("Timeline", Nav::Timeline, "", body))
}

fn actors_page(app: &App) -> Result<Markup, HttpError> {
    let catalog = app.catalog()?;
    let mut list: Vec<_> = catalog.actors.values().collect();
    list.sort_by(|a, b| b.statements.cmp(&a.statements).then(b.documents.cmp(&a.documents)).then_with(|| a.name.cmp(&b.name)));
    let body = html! {
        h1 { "Actors" }
        p.muted { (list.len()) " actors named in the documents, most quoted first." }
        div.tablewrap {
            table.actors {
                thead { tr { th scope="col" { "Actor" } th scope="col" { "Kind" } th scope="col" { "Statements" } th scope="col" { "Documents" } } }
                tbody {
                    @for a in list.iter().take(500) {
                        tr.result {
                            td { a href={"/actor/" (urlpath(&a.id))} { (a.name) } }
                            td { (a.kind) }
                            td.num { (a.statements) }
                            td.num { (a.documents) }
                        }
                    }
                }
            }
        }
    };
    Ok(layout("Actors", Nav::Actors, "", body))
}

fn actor_page(app: &App, id: &str) -> Result<Markup, HttpError> {
    let catalog = app.catalog()?;
    let Some(a) = catalog.actors.get(id) else {
        return Err(HttpError::not_found(format!("no actor with id \"{id}\"; see /actors for the list")));
    };
    let filter = Filter { actors: vec![a.id.clone()], ..Default::default() };
    let selected: Vec<&Entry> = catalog.select(&filter, None).into_iter().filter(|e| e.actor_ids.iter().any(|x| x == id)).collect();
    let (bars, left_out) = chart::bars(&selected);
    let actor_q = vec![("actor".to_string(), a.id.clone())];
    let narrow = |period: &str| {
        let mut q = actor_q.clone();
        q.push(("from".into(), period.into()));
        q.push(("to".into(), period.into()));
        format!("/timeline?{}", crate::filters::encode(&q))
    };
    let co = catalog.co_mentioned(id, 15);
    let body = html! {
        h1 { (a.name) }
        p.meta { (a.kind) " · " (a.statements) " statements · " (a.documents) " documents · id " code { (a.id) } }
        @if a.names.len() > 1 {
            p { "Named in the text as: " (a.names.iter().filter(|n| **n != a.name).cloned().collect::<Vec<_>>().join(" · ")) }
        }
        h2 { "Statements over time" }
        (chart::svg(&bars, left_out, narrow))
        div.columns.actor-columns {
            section.results aria-label="Statements" {
                h2 { "Latest statements and events" }
                p { a href={"/timeline?" (crate::filters::encode(&actor_q))} { "Open the full timeline of " (a.name) " →" } }
                ol.entries { @for e in selected.iter().rev().take(30) { (entry(e)) } }
            }
            aside.facets aria-label="Co-mentioned" {
                h2 { "Mentioned with" }
                ul {
                    @for (o, n) in &co {
                        li { a href={"/actor/" (urlpath(&o.id))} { (o.name) } " " span.count title="documents mentioning both" { (n) } }
                    }
                }
            }
        }
    };
    Ok(layout(&a.name, Nav::Actors, "", body))
}

fn document_page(app: &App, id: &str) -> Result<Markup, HttpError> {
    let catalog = app.catalog()?;
    let (doc, x) = {
        let store = app.store()?;
        let Some(doc) = store.get(id)? else {
            return Err(HttpError::not_found(format!("no document with id \"{id}\"")));
        };
        let x = store.extraction(id)?.unwrap_or_default();
        (doc, x)
    };
    let (spans, jumps) = highlight::spans(&x);
    let copies = catalog.copies.get(id).cloned().unwrap_or_default();
    let groups = [("quote", "Quotes"), ("claim", "Claims"), ("actor", "Actors"), ("date", "Dates"), ("event", "Events"), ("legal", "Legal references")];
    let body = html! {
        article.document {
            h1 { @if doc.title.trim().is_empty() { "(untitled)" } @else { (doc.title) } }
            dl.metadata {
                @if let Some(p) = doc.published {
                    dt { "Published" } dd { (date(&p.to_string())) @if let Some(src) = &doc.page.published_source { span.muted { " (from " (src) ")" } } }
                }
                @if let Some(site) = &doc.site { dt { "Site" } dd { (site) } }
                @if !doc.page.authors.is_empty() { dt { "Authors" } dd { (doc.page.authors.join(", ")) } }
                dt { "Language" } dd { (doc.language) }
                dt { "Kind" } dd { (doc.kind.as_str()) }
                dt { "Source" } dd {
                    @if let Some(url) = &doc.url { a href=(url) rel="noreferrer noopener" { (url) } } @else { (doc.source) }
                }
                dt { "Ingested" } dd { (date(&doc.ingested_at.date_naive().to_string())) }
                dt { "Id" } dd { code { (doc.id) } " · " a href={"/api/documents/" (urlpath(&doc.id))} { "JSON" } }
                @if let Some(orig) = &doc.duplicate_of { dt { "Copy of" } dd { a href={"/doc/" (urlpath(orig))} { (orig) } } }
                @if !copies.is_empty() {
                    dt { "Copies" }
                    dd { ul.copies { @for c in &copies { li { a href={"/doc/" (urlpath(&c.id))} { (c.title) } " · " (c.site.as_deref().unwrap_or("")) " · " (c.language) } } } }
                }
            }
            p.legend {
                span.hl.quote { "quote" } " " span.hl.claim { "claim" } " " span.hl.speaker { "speaker" } " "
                span.hl.actor { "actor" } " " span.hl.date { "date" } " " span.hl.event { "event" } " " span.hl.legal { "legal reference" }
                span.muted { " — hover a highlight for details." }
            }
            div.columns.doc-columns {
                section aria-label="Text" { (highlight::render(&doc, &spans)) }
                nav.jumps aria-label="Found in the text" {
                    @for (class, title) in groups {
                        @let list: Vec<&highlight::Jump> = jumps.iter().filter(|j| j.class == class).collect();
                        @if !list.is_empty() {
                            details open[class == "quote" || class == "claim"] {
                                summary { (title) " (" (list.len()) ")" }
                                ul {
                                    @for j in list {
                                        li.result {
                                            a href={"#" (j.anchor)} class={"jump " (j.class)} { (j.label) }
                                            span.muted { " " (j.detail) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(layout(&doc.title, Nav::None, "", body))
}
