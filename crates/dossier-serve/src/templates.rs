//! The page layout and markup shared by pages: navigation, dates, stance
//! words, facets, pagers, timeline entries. maud escapes every value.

use crate::filters::Params;
use dossier_core::Stance;
use dossier_timeline::Entry;
use maud::{html, Markup, DOCTYPE};

/// Which navigation item is current.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Search,
    Timeline,
    Actors,
    None,
}

/// A whole page. `query` fills the header search box.
pub fn layout(title: &str, nav: Nav, query: &str, body: Markup) -> Markup {
    let item = |href: &str, label: &str, me: Nav| {
        html! { a href=(href) aria-current=[(nav == me).then_some("page")] { (label) } }
    };
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) " · Dossier" }
                link rel="stylesheet" href="/assets/app.css";
                script src="/assets/app.js" defer {}
            }
            body {
                a.skip href="#main" { "Skip to content" }
                header.top {
                    a.brand href="/" { "Dossier" }
                    nav aria-label="Main" {
                        (item("/search", "Search", Nav::Search))
                        (item("/timeline", "Timeline", Nav::Timeline))
                        (item("/actors", "Actors", Nav::Actors))
                    }
                    form.quick role="search" action="/search" method="get" {
                        label.visually-hidden for="top-q" { "Search documents" }
                        input #top-q type="search" name="q" value=(query) placeholder="Search (press /)" autocomplete="off";
                    }
                }
                main #main { (body) }
                footer { "Dossier · " kbd { "/" } " search · " kbd { "j" } " / " kbd { "k" } " next / previous result" }
            }
        }
    }
}

/// The page shown for a failed request.
pub fn error_page(status: u16, message: &str) -> Markup {
    layout(
        "Error",
        Nav::None,
        "",
        html! {
            h1 { "Error " (status) }
            p.error role="alert" { (message) }
            p { a href="/search" { "Back to search" } }
        },
    )
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// `2025-02-21` → `21 Feb 2025`, `2025-02` → `Feb 2025`, `2019` → `2019`,
/// `2025-W08` → `week 8, 2025`; anything else as given.
pub fn readable_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let month = |m: &str| m.parse::<usize>().ok().and_then(|m| MONTHS.get(m.wrapping_sub(1)).copied());
    match parts.as_slice() {
        [y, w] if w.starts_with('W') => format!("week {}, {y}", w.trim_start_matches('W').trim_start_matches('0')),
        [y, m, d] => match (month(m), d.parse::<u32>()) {
            (Some(m), Ok(d)) => format!("{d} {m} {y}"),
            _ => iso.to_string(),
        },
        [y, m] => month(m).map(|m| format!("{m} {y}")).unwrap_or_else(|| iso.to_string()),
        _ => iso.to_string(),
    }
}

/// A `<time>` showing the readable date, the ISO value in its tooltip.
pub fn date(iso: &str) -> Markup {
    html! { time datetime=(iso) title=(iso) { (readable_date(iso)) } }
}

pub fn stance_word(s: Option<Stance>) -> &'static str {
    match s {
        Some(Stance::Against) => "against",
        Some(Stance::For) => "for",
        Some(Stance::Neutral) => "neutral",
        None => "",
    }
}

/// The stance as a word in a badge (the colour only repeats it).
pub fn stance_badge(s: Option<Stance>) -> Markup {
    let word = stance_word(s);
    html! {
        @if !word.is_empty() {
            span class={"stance stance-" (word)} title="stance toward weakening encryption" { (word) }
        }
    }
}

/// Facet counts as links that add (or remove) `key=value`.
pub fn facet(title: &str, key: &str, counts: &[(String, u64)], params: &Params, base: &str) -> Markup {
    let chosen = params.all(key);
    let href = |value: &str, on: bool| {
        let mut pairs: Vec<(String, String)> = params
            .0
            .iter()
            .filter(|(k, v)| k != "page" && !(k == key && v.split(',').any(|x| x.trim() == value)))
            .cloned()
            .collect();
        if !on {
            pairs.push((key.to_string(), value.to_string()));
        }
        format!("{base}?{}", crate::filters::encode(&pairs))
    };
    html! {
        @if !counts.is_empty() {
            section.facet aria-label=(title) {
                h3 { (title) }
                ul {
                    @for (value, n) in counts {
                        @let on = chosen.contains(value);
                        li {
                            a href=(href(value, on)) aria-pressed=(if on { "true" } else { "false" }) { @if on { "✓ " } (value) }
                            " " span.count { (n) }
                        }
                    }
                }
            }
        }
    }
}

/// Previous / next links.
pub fn pager(base: &str, params: &Params, page: usize, per: usize, total: u64) -> Markup {
    let pages = total.div_ceil(per as u64).max(1) as usize;
    let link = |p: usize| format!("{base}?{}", params.with(&["page"], &[("page", &p.to_string())]));
    html! {
        @if pages > 1 {
            nav.pager aria-label="Pages" {
                @if page > 1 { a rel="prev" href=(link(page - 1)) { "← Previous" } }
                span { "Page " (page) " of " (pages) }
                @if page < pages { a rel="next" href=(link(page + 1)) { "Next →" } }
            }
        }
    }
}

/// One timeline entry as a list item.
pub fn entry(e: &Entry) -> Markup {
    let who = if e.actor_names.is_empty() { "(unattributed)".to_string() } else { e.actor_names.join(", ") };
    html! {
        li class={"result entry kind-" (e.kind)} {
            div.entry-head {
                @match &e.date {
                    Some(d) => { (date(d)) }
                    None => { span.undated { "undated" } }
                }
                @if e.date.is_some() {
                    span.datesrc title=(if e.date_inferred { "the document's publication date: the sentence gives no date" } else { "a date written in the text" }) {
                        @if e.date_inferred { "publication date" } @else { "date in text" }
                    }
                }
                span.kind { (e.kind) }
                (stance_badge(e.stance))
            }
            p.who {
                @if e.actor_ids.is_empty() { (who) }
                @else {
                    @for (i, id) in e.actor_ids.iter().enumerate() {
                        @if i > 0 { ", " }
                        a href={"/actor/" (urlpath(id))} { (e.actor_names.get(i).map(String::as_str).unwrap_or(id.as_str())) }
                    }
                }
            }
            @if e.kind == "quote" { blockquote.statement { "« " (e.text) " »" } }
            @else { p.statement { (e.text) } }
            p.meta {
                @if !e.topics.is_empty() { span.topics { "Topics: " (e.topics.join(", ")) } " · " }
                @if !e.instruments.is_empty() { span.topics { "Cites: " (e.instruments.join(", ")) } " · " }
                a href={"/doc/" (urlpath(&e.doc_id) ) "#at-" (e.start)} { (e.title) }
                " · " (e.language)
                @if let Some(link) = &e.link { " · " a href=(link) rel="noreferrer noopener" { "original" } }
            }
        }
    }
}

/// A path segment, percent-encoded.
pub fn urlpath(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b':' => (b as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_well_and_keep_iso() {
        assert_eq!(readable_date("2025-02-21"), "21 Feb 2025");
        assert_eq!(readable_date("2025-02"), "Feb 2025");
        assert_eq!(readable_date("2019"), "2019");
        assert_eq!(readable_date("2025-W08"), "week 8, 2025");
        assert_eq!(readable_date("2025-13"), "2025-13");
        assert!(date("2025-02-21").into_string().contains("datetime=\"2025-02-21\""));
    }

    #[test]
    fn layout_escapes() {
        let page = layout("<b>", Nav::Search, "\"><script>", html! { p { "<script>alert(1)</script>" } }).into_string();
        assert!(!page.contains("<script>alert"));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!page.contains("\"><script>"));
    }
}
