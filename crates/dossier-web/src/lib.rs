//! Article extraction from web pages: the main text without boilerplate
//! (menus, share bars, related links, comments, footers, ads), and metadata
//! (title, authors, publication and modification dates, site name, canonical
//! URL, description, section, tags, language).
//!
//! Dossier ingests news pages; their useful content is a small part of the
//! HTML, and the publication date is what timelines are built on. Everything
//! here is best effort and never panics: odd or hostile input yields an
//! emptier [`Article`], not an error. Traversal is iterative, and nesting is
//! bounded before parsing (`depth.rs`), so very deep markup is safe and fast.
//!
//! ```
//! let html = r#"<html lang="fr-FR"><head>
//!   <title>Un titre - Le Journal</title>
//!   <meta property="og:site_name" content="Le Journal">
//!   <meta property="article:published_time" content="2025-02-07T10:32:00+01:00">
//! </head><body>
//!   <nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
//!   <article><h1>Un titre</h1>
//!     <p class="byline">Par Marie Dupont</p>
//!     <p>Le premier paragraphe de l'article, assez long pour compter comme du texte, vraiment.</p>
//!     <p>Un second paragraphe, lui aussi assez long pour être retenu par l'extracteur de texte.</p>
//!   </article>
//!   <footer>© Le Journal</footer>
//! </body></html>"#;
//! let a = dossier_web::extract_article(html, Some("https://journal.example/monde/un-titre"));
//! assert_eq!(a.title.as_deref(), Some("Un titre"));
//! assert_eq!(a.language.as_deref(), Some("fr"));
//! assert_eq!(a.authors, vec!["Marie Dupont".to_string()]);
//! assert_eq!(a.published.unwrap().date.to_string(), "2025-02-07");
//! assert!(a.text.starts_with("Le premier paragraphe"));
//! assert!(!a.text.contains("Accueil"));
//! ```

mod dates;
mod depth;
mod dom;
pub mod eval;
mod meta;
mod paragraphs;
mod text;

use chrono::NaiveDate;

use crate::dom::Dom;
use crate::meta::Meta;

/// What [`extract_article`] found in a page. Missing fields are `None`/empty.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    pub title: Option<String>,
    /// Clean main text, paragraphs separated by `"\n\n"`.
    pub text: String,
    pub authors: Vec<String>,
    pub published: Option<DatedValue>,
    pub modified: Option<DatedValue>,
    pub site_name: Option<String>,
    pub canonical_url: Option<String>,
    pub description: Option<String>,
    pub section: Option<String>,
    pub tags: Vec<String>,
    /// Primary subtag of `<html lang>`, lower case (`"fr"` for `fr-FR`).
    pub language: Option<String>,
}

/// A calendar day and where in the page it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedValue {
    pub date: NaiveDate,
    pub source: DateSource,
}

/// Where a date came from, most reliable first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateSource {
    /// JSON-LD `datePublished`/`dateModified`/`dateCreated`.
    JsonLd,
    /// `article:published_time` and other `og:`/`article:` properties.
    OpenGraph,
    /// A `<meta>` with this (lower-cased) name, e.g. `dc.date.issued`.
    Meta(String),
    /// `itemprop="datePublished"` on a `<meta>`.
    ItemProp,
    /// `<time datetime>`, `<abbr class="published">` or an itemprop element.
    TimeElement,
    /// A `/2025/02/07/`-like path in the URL.
    Url,
    /// A date written in the page text.
    VisibleText,
}

impl DateSource {
    /// A short stable name for output: `json-ld`, `opengraph`, `meta:NAME`,
    /// `itemprop`, `time-element`, `url`, `visible-text`.
    pub fn label(&self) -> String {
        match self {
            DateSource::JsonLd => "json-ld".into(),
            DateSource::OpenGraph => "opengraph".into(),
            DateSource::Meta(name) => format!("meta:{name}"),
            DateSource::ItemProp => "itemprop".into(),
            DateSource::TimeElement => "time-element".into(),
            DateSource::Url => "url".into(),
            DateSource::VisibleText => "visible-text".into(),
        }
    }
}

/// Extracts main text and metadata from an HTML page. `url` (the page's
/// address) helps with dates in paths and with relative canonical links.
pub fn extract_article(html: &str, url: Option<&str>) -> Article {
    let doc = depth::parse_page(html);
    let m = Meta::collect(&doc);
    let dom = Dom::build(&doc);
    let body = dom.els.iter().position(|e| e.tag == "body").unwrap_or(0);
    let mut text = if dom.els.is_empty() { String::new() } else { text::extract_text(&dom, body).text };
    // JSON-LD articleBody is the publisher's own statement of the text; trust
    // it when the DOM pick is much shorter (a teaser, a wrong container).
    if let Some(ld) = ld_article_body(&m) {
        let ld_len = ld.chars().filter(|c| !c.is_whitespace()).count();
        let dom_len = text.chars().filter(|c| !c.is_whitespace()).count();
        if ld_len > 500 && (ld_len as f64) > dom_len as f64 * 1.3 {
            text = ld;
        }
    }
    let site_name = meta::site_name(&m);
    let title = m
        .meta(&["og:title", "twitter:title"])
        .map(|(_, t)| t.to_string())
        .or_else(|| m.ld_str("headline"))
        .or_else(|| m.title_tag.clone())
        .or_else(|| m.h1.clone())
        .map(|t| meta::clean_title(&t, site_name.as_deref()))
        .filter(|t| !t.is_empty());
    let month_first = month_first(&m, url);
    let published = meta::published(&m, url, month_first, &|| body_text(&dom, body));
    let mut tags: Vec<String> = m.metas.iter().filter(|(n, _)| n == "article:tag").map(|(_, c)| c.clone()).collect();
    if tags.is_empty() {
        if let Some((_, k)) = m.meta(&["keywords", "news_keywords"]) {
            tags = k.split([',', ';']).map(str::to_string).collect();
        }
    }
    let mut seen: Vec<String> = Vec::new();
    for t in tags {
        let t = t.trim();
        if !t.is_empty() && t.chars().count() < 80 && !seen.iter().any(|x| x.eq_ignore_ascii_case(t)) {
            seen.push(t.to_string());
        }
    }
    let tags = seen;
    Article {
        title,
        text,
        authors: meta::authors(&m),
        published,
        modified: meta::modified(&m),
        canonical_url: canonical(&m, url),
        description: m.meta(&["og:description", "description", "twitter:description"]).map(|(_, d)| d.to_string()).or_else(|| m.ld_str("description")),
        section: m.meta(&["article:section", "section", "parsely-section"]).map(|(_, s)| s.to_string()).or_else(|| m.ld_str("articleSection")),
        tags,
        language: m.lang.clone(),
        site_name,
    }
}

/// Extracts only the publication date (cheaper than [`extract_article`] when
/// the page declares it in its metadata).
pub fn extract_date(html: &str, url: Option<&str>) -> Option<DatedValue> {
    let doc = depth::parse_page(html);
    let m = Meta::collect(&doc);
    let month_first = month_first(&m, url);
    meta::published(&m, url, month_first, &|| {
        let dom = Dom::build(&doc);
        let body = dom.els.iter().position(|e| e.tag == "body").unwrap_or(0);
        if dom.els.is_empty() {
            (String::new(), String::new())
        } else {
            body_text(&dom, body)
        }
    })
}

/// Page text for the visible-date search: `.0` without navigation, footers,
/// asides and other-content regions (comments, related, teasers), `.1` only
/// without navigation and comments. Unlike the main-text walk, headers,
/// bylines and meta lines stay: that is where dates are written.
fn body_text(dom: &Dom, body: usize) -> (String, String) {
    let total = dom.els[body].text_len as f64;
    let big = |i: usize| dom.els[i].text_len as f64 > total * 0.5;
    let comment = |c: &str| c.contains("comment") || c.contains("disqus") || c.contains("reply") || c.contains("forum-post");
    let main = |i: usize| {
        let e = &dom.els[i];
        let c = e.class_id.as_str();
        // Captions date the photo, not the article.
        let boiler = matches!(e.tag.as_str(), "nav" | "footer" | "aside" | "form" | "select" | "figcaption")
            || c.contains("caption")
            || comment(c)
            || DATE_BOILER.iter().any(|b| c.contains(b));
        !boiler || big(i)
    };
    let full = |i: usize| {
        let e = &dom.els[i];
        !(matches!(e.tag.as_str(), "nav" | "select") || comment(&e.class_id)) || big(i)
    };
    (dom.paragraphs(body, &main).join("\n"), dom.paragraphs(body, &full).join("\n"))
}

/// Class/id substrings of regions whose dates belong to other content.
const DATE_BOILER: &[&str] = &[
    "related", "sidebar", "recommend", "teaser", "popular", "trending", "most-read", "mostread", "more-stories", "menu",
    "navigation", "breadcrumb", "cookie", "consent", "newsletter", "promo", "outbrain", "taboola",
];

/// US pages write 02/07/2025 for February 7.
fn month_first(m: &Meta, url: Option<&str>) -> bool {
    let locale = m.meta(&["og:locale"]).map(|(_, l)| l.to_ascii_lowercase());
    locale.as_deref().is_some_and(|l| l == "en_us")
        || (m.lang.as_deref() == Some("en") && url.is_some_and(|u| !u.contains(".uk/") && !u.contains(".au/") && !u.contains(".in/")))
}

fn ld_article_body(m: &Meta) -> Option<String> {
    let raw = m.ld_articles().iter().find_map(|o| o.get("articleBody").and_then(|v| v.as_str()).map(str::to_string))?;
    // Some publishers put HTML in articleBody: parse it as a fragment.
    let text = if raw.contains("</p>") || raw.contains("<br") {
        let frag = depth::parse_fragment(&raw);
        let dom = Dom::build(&frag);
        if dom.els.is_empty() {
            return None;
        }
        dom.paragraphs(0, &|_| true).join("\n\n")
    } else {
        raw.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n\n")
    };
    (!text.is_empty()).then_some(text)
}

fn canonical(m: &Meta, url: Option<&str>) -> Option<String> {
    let c = m.canonical.clone().or_else(|| m.meta(&["og:url"]).map(|(_, u)| u.to_string()))?;
    if c.starts_with("http://") || c.starts_with("https://") {
        return Some(c);
    }
    // Resolve a root-relative canonical against the page's origin.
    let base = url?;
    let scheme_end = base.find("://")? + 3;
    let origin_end = base.get(scheme_end..)?.find('/').map(|i| i + scheme_end).unwrap_or(base.len());
    let origin = base.get(..origin_end)?;
    if let Some(path) = c.strip_prefix('/') {
        if !path.starts_with('/') {
            return Some(format!("{origin}/{path}"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(n: usize, word: &str) -> String {
        format!("<p>{}</p>", vec![format!("{word} sentence with words, commas, and enough length to count."); n].join(" "))
    }

    #[test]
    fn boilerplate_is_removed() {
        let html = format!(
            r#"<html><body>
            <div class="cookie-banner">We use cookies to improve your experience, accept them all please.</div>
            <nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World news and more</a></li></ul></nav>
            <div id="main"><article class="post">
              <h1>Headline</h1>
              {p1}
              <h2>A subheading</h2>
              <blockquote>A quoted passage that belongs to the article, long enough to be kept.</blockquote>
              <ul><li>First list item of the article text</li><li>Second list item of the article text</li></ul>
              <div class="share-bar"><a href="/s">Share on Facebook</a> <a href="/s">Tweet this story</a></div>
              {p2}
              <table><tr><td>Cell one</td><td>Cell two</td></tr></table>
              <div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Another story about something else entirely</a></li></ul></div>
            </article></div>
            <div class="comments"><p>A reader comment, long enough to be a paragraph, with commas, and so on.</p></div>
            <footer>Copyright 2025 The Site, all rights reserved, by the owners.</footer>
            </body></html>"#,
            p1 = para(4, "First"),
            p2 = para(4, "Second"),
        );
        let a = extract_article(&html, None);
        assert!(a.text.contains("First sentence"), "{}", a.text);
        assert!(a.text.contains("Second sentence"));
        assert!(a.text.contains("A subheading"));
        assert!(a.text.contains("quoted passage"));
        assert!(a.text.contains("Second list item"));
        assert!(a.text.contains("Cell two"));
        assert!(a.text.contains("\n\n"));
        for bad in ["cookies", "Home", "Share on Facebook", "Another story", "reader comment", "Copyright"] {
            assert!(!a.text.contains(bad), "{bad} in {}", a.text);
        }
    }

    #[test]
    fn text_as_a_reader_sees_it() {
        let html = format!(
            "<body><article><p>Das Bundes\u{ad}verfassungs\u{ad}gericht hat am Dienstag ent\u{200b}schieden, und zwar deutlich.</p>{}</article></body>",
            para(3, "More")
        );
        assert!(extract_article(&html, None).text.contains("Bundesverfassungsgericht hat am Dienstag entschieden"));
    }

    #[test]
    fn the_lead_under_the_headline_is_the_first_paragraph() {
        let html = format!(
            r#"<body><header><h1>Storm hits the coast tonight</h1>
            <p class="chapo">A violent storm reached the western coast on Thursday evening, with gusts above 150 km/h in several towns.</p></header>
            <figure><figcaption>A photo caption that is long enough to be mistaken for a lead paragraph.</figcaption></figure>
            <div class="article-body">{}</div></body>"#,
            para(5, "Body")
        );
        let text = extract_article(&html, None).text;
        assert!(text.starts_with("A violent storm reached"), "{text}");
        assert!(!text.contains("photo caption"));
    }

    #[test]
    fn a_short_wrong_block_yields_to_the_page_paragraphs() {
        // The post sits under a class the boilerplate filter distrusts; the
        // chosen container would keep only a tagline.
        let prose = "It was a long day in the city and the mayor said that he would not sign the plan as it is now.";
        let html = format!(
            r#"<body><div class="post-body"><span class="byline-author"><p>{prose} {prose}</p><p>{prose} {prose} {prose}</p><p>{prose}</p></span>
            <p class="tagline">A blog about the city.</p></div><ul class="nav"><li><a href="/">Home</a></li></ul></body>"#
        );
        let text = extract_article(&html, None).text;
        assert!(text.matches("the mayor said").count() >= 6, "{text}");
        assert!(!text.contains("Home"));
    }

    #[test]
    fn json_ld_metadata_and_graph() {
        let html = r#"<html lang="en-GB"><head><title>Big News | Example Times</title>
        <link rel="canonical" href="/news/big">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"Example Times"},
          {"@type":"NewsArticle","headline":"Big News","datePublished":"2024-03-05T08:00:00+01:00",
           "dateModified":"2024-03-06","author":[{"@type":"Person","name":"Jane Roe"},{"name":"John Doe"}],
           "publisher":{"@type":"Organization","name":"Example Times"},"articleSection":"World"}]}</script>
        <meta name="keywords" content="politics, economy">
        <meta name="description" content="What happened.">
        </head><body><p>Short.</p></body></html>"#;
        let a = extract_article(html, Some("https://example.com/news/big"));
        assert_eq!(a.title.as_deref(), Some("Big News"));
        assert_eq!(a.authors, vec!["Jane Roe", "John Doe"]);
        assert_eq!(a.published, Some(DatedValue { date: NaiveDate::from_ymd_opt(2024, 3, 5).unwrap(), source: DateSource::JsonLd }));
        assert_eq!(a.modified.map(|d| d.date), NaiveDate::from_ymd_opt(2024, 3, 6));
        assert_eq!(a.site_name.as_deref(), Some("Example Times"));
        assert_eq!(a.canonical_url.as_deref(), Some("https://example.com/news/big"));
        assert_eq!(a.section.as_deref(), Some("World"));
        assert_eq!(a.tags, vec!["politics", "economy"]);
        assert_eq!(a.description.as_deref(), Some("What happened."));
        assert_eq!(a.language.as_deref(), Some("en"));
    }

    #[test]
    fn json_ld_article_body_wins_over_a_teaser() {
        let body = "Full text of the article from JSON-LD. ".repeat(30);
        let html = format!(
            r#"<html><head><script type="application/ld+json">{{"@type":"Article","articleBody":"{body}"}}</script></head>
            <body><article><p>Only a short teaser paragraph is visible in the page markup here.</p></article></body></html>"#
        );
        assert!(extract_article(&html, None).text.starts_with("Full text of the article"));
    }

    fn date_of(html: &str, url: Option<&str>) -> Option<(String, DateSource)> {
        extract_date(html, url).map(|d| (d.date.to_string(), d.source))
    }

    #[test]
    fn each_date_source() {
        let og = r#"<meta property="article:published_time" content="2025-02-07T10:32:00+01:00">"#;
        assert_eq!(date_of(og, None), Some(("2025-02-07".into(), DateSource::OpenGraph)));
        for name in ["date", "DC.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date", "pubdate"] {
            let html = format!(r#"<meta name="{name}" content="2025-02-07">"#);
            assert_eq!(date_of(&html, None).map(|d| d.0), Some("2025-02-07".into()), "{name}");
        }
        let itemprop = r#"<body><meta itemprop="datePublished" content="2025-02-07"></body>"#;
        assert_eq!(date_of(itemprop, None), Some(("2025-02-07".into(), DateSource::ItemProp)));
        let time = r#"<body><aside><time datetime="2020-01-01">old</time></aside>
            <article><time class="updated" datetime="2025-03-01">x</time><time pubdate datetime="2025-02-07">7 Feb</time></article></body>"#;
        assert_eq!(date_of(time, None), Some(("2025-02-07".into(), DateSource::TimeElement)));
        assert_eq!(date_of("<p>Nothing</p>", Some("https://x.org/2025/02/07/story")), Some(("2025-02-07".into(), DateSource::Url)));
        let text = r#"<body><div class="text">Publié le 7 février 2025 à 10h32</div></body>"#;
        assert_eq!(date_of(text, None), Some(("2025-02-07".into(), DateSource::VisibleText)));
        let text = r#"<body><p>Some words. Veröffentlicht am 7. Februar 2025.</p></body>"#;
        assert_eq!(date_of(text, None).map(|d| d.0), Some("2025-02-07".into()));
    }

    #[test]
    fn dateline_under_headline_beats_top_bar_date() {
        let html = r#"<html><body><ul class="topbar"><li>Tuesday, (08 Dec 2020)</li></ul>
            <h1>A long enough headline for the test</h1><ul class="nav meta"><li>13 Oct 2020 18:29</li></ul>
            <p>Body text of the article, long enough to be a paragraph of its own here.</p></body></html>"#;
        assert_eq!(date_of(html, None).map(|d| d.0), Some("2020-10-13".into()));
    }

    #[test]
    fn visible_dates_skip_captions_updates_and_copyright() {
        let html = r#"<html><body><article>
            <figure><img src="x.jpg"><figcaption>The minister, January 16, 2020.</figcaption></figure>
            <p>Last updated 04 Jun 2020</p><p>© 2020 Site, 01.01.2020</p>
            <div style="font-size:small">FILE PHOTO: a ceremony near Orleans, France, January 15, 2020, with a long caption line.</div>
            <p>January 18, 2020</p><p>Body text of the article with words.</p></article></body></html>"#;
        assert_eq!(date_of(html, None).map(|d| d.0), Some("2020-01-18".into()));
        // A date after a "published" keyword wins, even in a footer.
        let html = r#"<body><p>Text 03.03.2021 in a sentence.</p><footer>Letzte Änderung: 31.10.2023<br>Erschienen am: 01.11.2023</footer></body>"#;
        assert_eq!(date_of(html, None).map(|d| d.0), Some("2023-11-01".into()));
    }

    #[test]
    fn marked_time_in_layout_wrapper_but_not_in_comments() {
        let html = r#"<body><div class="layout has-sidebar"><div class="comments"><time pubdate datetime="2021-11-20T10:00:00+01:00">x</time></div>
            <time class="entry-date published" datetime="2021-11-19T10:13:50+01:00">19.11.2021</time></div></body>"#;
        assert_eq!(date_of(html, None), Some(("2021-11-19".into(), DateSource::TimeElement)));
    }

    #[test]
    fn utc_timestamp_yields_to_local_day() {
        // The page's marked local <time> says the previous day.
        let html = r#"<head><meta property="article:published_time" content="2023-11-09T02:11:03+00:00"></head>
            <body><time class="published" datetime="2023-11-08T21:11:03-05:00">November 8, 2023</time></body>"#;
        assert_eq!(date_of(html, None).map(|d| d.0), Some("2023-11-08".into()));
        // An American page: 02:54 UTC is the evening before.
        let html = r#"<head><meta property="og:locale" content="en_US">
            <meta property="article:published_time" content="2020-05-02T02:54:29.000Z"></head><body></body>"#;
        assert_eq!(date_of(html, None).map(|d| d.0), Some("2020-05-01".into()));
        // Not for a midnight placeholder, nor in Europe.
        let html = r#"<head><meta property="og:locale" content="en_US">
            <meta property="article:published_time" content="2020-02-04T00:01:00Z"></head><body></body>"#;
        assert_eq!(date_of(html, None).map(|d| d.0), Some("2020-02-04".into()));
        let html = r#"<head><meta property="og:locale" content="de_DE">
            <meta property="article:published_time" content="2020-05-02T02:54:29.000Z"></head><body></body>"#;
        assert_eq!(date_of(html, None).map(|d| d.0), Some("2020-05-02".into()));
    }

    #[test]
    fn url_day_yields_to_a_next_day_timestamp_in_daytime() {
        let head = |t: &str| format!(r#"<head><meta property="article:published_time" content="{t}"></head><body></body>"#);
        let url = Some("https://news.example/2020/07/08/story.html");
        assert_eq!(date_of(&head("2020-07-09T10:04:04Z"), url).map(|d| d.0), Some("2020-07-09".into()));
        // Late evening in the Americas is already the next day in UTC: keep the URL.
        assert_eq!(date_of(&head("2020-07-09T03:28:35Z"), url), Some(("2020-07-08".into(), DateSource::Url)));
    }

    #[test]
    fn implausible_dates_are_rejected() {
        let html = r#"<meta name="date" content="2999-01-01"><meta name="pubdate" content="1985-01-01">"#;
        assert_eq!(extract_date(html, None), None);
    }

    #[test]
    fn byline_cleaning() {
        assert_eq!(meta::clean_byline("By Jane Roe and John Doe"), vec!["Jane Roe", "John Doe"]);
        assert_eq!(meta::clean_byline("Par Marie Dupont | 7 février 2025"), vec!["Marie Dupont"]);
        assert_eq!(meta::clean_byline("Von Hans Müller, Redaktion"), vec!["Hans Müller"]);
        assert_eq!(meta::clean_byline("Por Ana García y Luis Pérez"), vec!["Ana García", "Luis Pérez"]);
        assert_eq!(meta::clean_byline("Di Giulia Rossi"), vec!["Giulia Rossi"]);
        assert_eq!(meta::clean_byline("By Jane Roe, Staff Writer"), vec!["Jane Roe"]);
        let html = r#"<body><div class="byline">By <a rel="author" href="/a/jr">Jane Roe</a></div></body>"#;
        assert_eq!(extract_article(html, None).authors, vec!["Jane Roe"]);
    }

    #[test]
    fn title_suffix_is_removed() {
        assert_eq!(meta::clean_title("A long article title - Example Site", None), "A long article title");
        assert_eq!(meta::clean_title("Example: Site | An article title here", Some("Example: Site")), "An article title here");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let n = 100_000;
        let html = format!("<html><body>{}<p>deep text, with a comma, inside</p>{}</body></html>", "<div>".repeat(n), "</div>".repeat(n));
        // Run on a small stack so that any recursion would fail loudly.
        let a = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || extract_article(&html, None))
            .unwrap()
            .join()
            .unwrap();
        assert!(a.text.contains("deep text"));
    }

    #[test]
    fn truncated_and_garbage_input() {
        let a = extract_article("<html><head><title>Cut</title></head><body><article><p>Half a para", None);
        assert_eq!(a.title.as_deref(), Some("Cut"));
        assert!(a.text.contains("Half a para"));
        let garbage: String = (0..20_000u32).map(|i| char::from_u32((i * 7919) % 0x2FFF).unwrap_or('\u{fffd}')).collect();
        let _ = extract_article(&garbage, Some("not a url"));
        let bytes: Vec<u8> = (0..50_000u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
        let _ = extract_article(&String::from_utf8_lossy(&bytes), None);
        let _ = extract_article("", None);
        let _ = extract_date("<script type=\"application/ld+json\">{\"datePublished\": [[[[", Some(""));
        let _ = extract_article("<meta name=date content=\"99999999999999999999-99\">", Some("http://x/9999/99/99/"));
    }
}
