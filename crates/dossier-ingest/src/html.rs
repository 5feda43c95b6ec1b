//! HTML to clean text and metadata with scraper.
//!
//! This is a plain extractor: it prefers the page's `<article>` (else `<main>`,
//! else `<body>`), drops scripts, navigation, forms and asides, and keeps one
//! paragraph per block element. Traversal is iterative, so deeply nested
//! markup cannot overflow the stack.

use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node, Selector};

/// What the HTML extractor found in a page.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct HtmlExtract {
    pub title: Option<String>,
    pub text: String,
    pub published: Option<String>,
    pub language: Option<String>,
    pub canonical_url: Option<String>,
}

const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "iframe", "button", "select",
    "textarea", "head", "figure", "menu", "dialog",
];

const BLOCKS: &[&str] = &[
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
    "dt", "dd", "blockquote", "pre", "table", "tr", "br", "hr", "address", "figcaption", "caption", "body",
];

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

fn first_attr(doc: &Html, css: &str, attr: &str) -> Option<String> {
    let sel = selector(css)?;
    doc.select(&sel)
        .filter_map(|e| e.value().attr(attr))
        .map(|v| v.trim().to_string())
        .find(|v| !v.is_empty())
}

fn first_text(doc: &Html, css: &str) -> Option<String> {
    let sel = selector(css)?;
    doc.select(&sel).map(|e| collapse_ws(&e.text().collect::<String>())).find(|t| !t.is_empty())
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Extract title, clean text and basic metadata from an HTML page.
pub fn extract_html(html: &str) -> HtmlExtract {
    let doc = Html::parse_document(html);
    let title = first_attr(&doc, r#"meta[property="og:title"]"#, "content")
        .or_else(|| first_text(&doc, "title"))
        .or_else(|| first_text(&doc, "h1"));
    let published = first_attr(&doc, r#"meta[property="article:published_time"]"#, "content")
        .or_else(|| json_ld_date(&doc))
        .or_else(|| first_attr(&doc, r#"meta[itemprop="datePublished"]"#, "content"))
        .or_else(|| {
            first_attr(
                &doc,
                r#"meta[name="date"], meta[name="pubdate"], meta[name="DC.date"], meta[name="dc.date"], meta[name="parsely-pub-date"]"#,
                "content",
            )
        })
        .or_else(|| first_attr(&doc, "time[datetime]", "datetime"));
    let language = first_attr(&doc, "html[lang]", "lang").map(|l| {
        let primary = l.split(['-', '_']).next().unwrap_or(&l);
        primary.to_ascii_lowercase()
    });
    let canonical_url = first_attr(&doc, r#"link[rel="canonical"]"#, "href")
        .or_else(|| first_attr(&doc, r#"meta[property="og:url"]"#, "content"))
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));

    let root = ["article", "main", "body"]
        .iter()
        .filter_map(|css| selector(css))
        .find_map(|sel| {
            // The longest candidate: pages with several <article> teasers keep the story.
            doc.select(&sel).max_by_key(|e| e.text().map(str::len).sum::<usize>())
        })
        .unwrap_or_else(|| doc.root_element());
    HtmlExtract { title, text: block_text(root), published, language, canonical_url }
}

/// `datePublished` from the first JSON-LD block that has one.
fn json_ld_date(doc: &Html) -> Option<String> {
    let sel = selector(r#"script[type="application/ld+json"]"#)?;
    doc.select(&sel).find_map(|script| {
        let value: serde_json::Value = serde_json::from_str(&script.text().collect::<String>()).ok()?;
        find_key(&value, "datePublished")
    })
}

fn find_key(v: &serde_json::Value, key: &str) -> Option<String> {
    match v {
        serde_json::Value::Object(map) => map
            .get(key)
            .and_then(|x| x.as_str().map(str::to_string))
            .or_else(|| map.values().find_map(|x| find_key(x, key))),
        serde_json::Value::Array(items) => items.iter().find_map(|x| find_key(x, key)),
        _ => None,
    }
}

/// Text of `root`, one paragraph per block element, whitespace collapsed
/// except inside `<pre>`.
fn block_text(root: ElementRef<'_>) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut skip_depth = 0usize;
    let mut pre_depth = 0usize;
    let flush = |current: &mut String, paragraphs: &mut Vec<String>| {
        let p = current.trim();
        if !p.is_empty() {
            paragraphs.push(p.to_string());
        }
        current.clear();
    };
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let name = el.name();
                    if skip_depth > 0 || SKIPPED.contains(&name) || el.attr("hidden").is_some() {
                        skip_depth += 1;
                    } else if BLOCKS.contains(&name) {
                        flush(&mut current, &mut paragraphs);
                        if name == "pre" {
                            pre_depth += 1;
                        }
                    } else if name == "td" || name == "th" {
                        current.push(' ');
                    }
                }
                Node::Text(t) if skip_depth == 0 => {
                    if pre_depth > 0 {
                        current.push_str(t);
                    } else {
                        push_collapsed(&mut current, t);
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    let name = el.name();
                    if skip_depth > 0 {
                        skip_depth -= 1;
                    } else if BLOCKS.contains(&name) {
                        flush(&mut current, &mut paragraphs);
                        if name == "pre" {
                            pre_depth = pre_depth.saturating_sub(1);
                        }
                    }
                }
            }
        }
    }
    flush(&mut current, &mut paragraphs);
    paragraphs.join("\n\n")
}

/// Append `text` with HTML whitespace rules: runs of whitespace become one space.
fn push_collapsed(out: &mut String, text: &str) {
    let starts_ws = text.starts_with(char::is_whitespace);
    let ends_ws = text.ends_with(char::is_whitespace);
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        if !text.is_empty() && !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
        return;
    }
    if starts_ws && !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
    out.push_str(&words.join(" "));
    if ends_ws {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_article_paragraphs_and_drops_chrome() {
        let page = r#"<!doctype html><html lang="fr-FR"><head><title>Apple et Londres</title>
            <meta property="article:published_time" content="2025-02-21T10:00:00+01:00">
            <link rel="canonical" href="https://www.example.fr/apple"></head>
            <body><nav>Accueil | Tech</nav><article><h1>Apple refuse</h1>
            <p>Le <b>gouvernement</b>   britannique exige
            une porte dérobée.</p><script>var x = 1;</script><p>Apple refuse.</p></article>
            <footer>© Exemple</footer></body></html>"#;
        let x = extract_html(page);
        assert_eq!(x.title.as_deref(), Some("Apple et Londres"));
        assert_eq!(x.text, "Apple refuse\n\nLe gouvernement britannique exige une porte dérobée.\n\nApple refuse.");
        assert_eq!(x.published.as_deref(), Some("2025-02-21T10:00:00+01:00"));
        assert_eq!(x.language.as_deref(), Some("fr"));
        assert_eq!(x.canonical_url.as_deref(), Some("https://www.example.fr/apple"));
    }

    #[test]
    fn json_ld_date_is_found() {
        let page = r#"<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-05-01"}]}</script></head><body><p>x</p></body></html>"#;
        assert_eq!(extract_html(page).published.as_deref(), Some("2024-05-01"));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let page = format!("<html><body>{}deep{}</body></html>", "<div>".repeat(50_000), "</div>".repeat(50_000));
        assert_eq!(extract_html(&page).text, "deep");
    }
}
