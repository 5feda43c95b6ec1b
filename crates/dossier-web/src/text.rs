//! Main-text extraction: readability-style candidate scoring on the arena,
//! then a boilerplate-aware walk of the chosen container and its siblings.

use crate::dom::{words, Dom, Kid};

/// Whole-word hints (matched against class/id words) that mark boilerplate.
const NEG_WORDS: &[&str] = &[
    "nav", "navbar", "menu", "footer", "sidebar", "widget", "ad", "ads", "advert", "advertisement", "promo", "tags",
    "tag", "share", "sharing", "social", "related", "comment", "comments", "cookie", "cookies", "newsletter",
    "subscribe", "subscription", "breadcrumb", "breadcrumbs", "popup", "modal", "banner", "sponsor", "sponsored",
    "recommended", "recommendations", "outbrain", "taboola", "disqus", "masthead", "toolbar", "pagination", "pager",
    "skip", "hidden", "print", "signup", "login", "paywall", "trending", "popular", "rail", "aside", "dropdown",
    "byline", "dateline", "author", "bio", "caption", "credit", "meta", "timestamp", "tools", "actions", "follow",
    "more", "next", "prev", "previous", "copyright", "disclaimer", "teaser", "teasers", "topics", "keywords",
    "gallery", "slideshow", "carousel", "video", "player", "embed", "inline", "jump", "toc", "header",
];

/// Substrings that mark boilerplate even inside longer class words
/// (`commentlist`, `socialbar`, `relatedposts`).
const NEG_SUBSTR: &[&str] = &[
    "comment", "share", "social", "related", "sidebar", "widget", "footer", "advert", "promo", "cookie", "newsletter",
    "subscribe", "breadcrumb", "sponsor", "outbrain", "taboola", "disqus", "recommend", "author-bio", "authorbio",
    "read-more", "readmore", "more-stories", "morestories", "nav-", "navigation", "-nav", "menu", "adsense",
    "dfp", "ad-slot", "ad-container", "ad-wrapper", "adslot", "adunit", "ad-unit", "consent", "gdpr",
];

const POS_WORDS: &[&str] = &[
    "article", "content", "entry", "post", "story", "body", "text", "main", "blog", "hentry", "page", "prose",
];

const POS_SUBSTR: &[&str] = &[
    "articlebody", "article-body", "article__body", "article_body", "articlecontent", "article-content",
    "article__content", "entry-content", "entrycontent", "post-content", "postcontent", "post-body", "postbody",
    "story-body", "storybody", "story-content", "body-text", "bodytext", "article-text", "articletext", "main-content",
    "content-body", "rich-text", "richtext", "post-entry", "entry-body", "field-body", "story__body", "article-main",
];

pub(crate) fn class_weight(class_id: &str, itemprop: Option<&str>) -> i32 {
    let mut w = 0;
    if itemprop.is_some_and(|p| p.contains("articlebody") || p == "text") {
        w += 50;
    }
    if class_id.is_empty() {
        return w;
    }
    if POS_SUBSTR.iter().any(|s| class_id.contains(s)) {
        w += 40;
    } else if words(class_id).any(|x| POS_WORDS.contains(&x)) {
        w += 25;
    }
    if is_negative(class_id) {
        w -= 25;
    }
    w
}

pub(crate) fn is_negative(class_id: &str) -> bool {
    words(class_id).any(|x| NEG_WORDS.contains(&x)) || NEG_SUBSTR.iter().any(|s| class_id.contains(s))
}

/// Regions that hold other people's text (comments) or other articles.
fn is_unlikely(class_id: &str) -> bool {
    const UNLIKELY: &[&str] = &[
        "comment", "sidebar", "related", "disqus", "recommend", "outbrain", "taboola", "popular", "trending",
        "most-read", "mostread", "more-stories",
    ];
    UNLIKELY.iter().any(|u| class_id.contains(u))
}

fn is_strong_positive(class_id: &str, itemprop: Option<&str>) -> bool {
    itemprop.is_some_and(|p| p.contains("articlebody")) || POS_SUBSTR.iter().any(|s| class_id.contains(s))
}

fn tag_weight(tag: &str) -> f64 {
    match tag {
        "article" => 10.0,
        "div" | "section" | "main" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" | "header" => -5.0,
        "nav" | "aside" | "footer" => -20.0,
        _ => 0.0,
    }
}

/// Elements never emitted inside the chosen container.
const SKIP_TAGS: &[&str] = &["nav", "aside", "footer", "form", "h1", "fieldset", "dialog", "menu", "figure", "picture", "img"];

/// Short lines that are interface text, not article text, in any position.
fn is_boilerplate_line(p: &str) -> bool {
    let l = p.trim().to_lowercase();
    let l = l.trim_end_matches([':', '.', '!']);
    const LINES: &[&str] = &[
        "advertisement", "advertising", "anzeige", "publicité", "publicidad", "pubblicità", "share", "share this",
        "share this article", "share on facebook", "share on twitter", "tweet", "email", "print", "comments",
        "read more", "related", "related articles", "related stories", "recommended", "sponsored",
        "continue reading", "continue reading below", "story continues below advertisement",
        "article continues below advertisement", "scroll to continue with content", "skip advertisement",
        "sign up", "subscribe", "loading", "loading...", "click here", "follow us", "view comments",
    ];
    LINES.contains(&l)
}

pub(crate) struct Extracted {
    pub text: String,
}

/// Scores paragraphs into their ancestors and returns the best container.
fn best_candidate(dom: &Dom, body: usize) -> Option<usize> {
    let n = dom.els.len();
    let mut score: Vec<Option<f64>> = vec![None; n];
    // Like readability's "unlikely candidates": text under a comment, sidebar
    // or related-links region is no evidence for any container. Pre-order
    // indices let a parent's flag be known before its children's.
    let mut unlikely = vec![false; n];
    for (i, e) in dom.els.iter().enumerate() {
        let inherited = e.parent.is_some_and(|p| unlikely[p]);
        let wrapper = matches!(e.tag.as_str(), "html" | "body" | "main" | "article");
        unlikely[i] = inherited
            || matches!(e.tag.as_str(), "nav" | "aside" | "footer")
            || (!wrapper && is_unlikely(&e.class_id) && !is_strong_positive(&e.class_id, e.itemprop.as_deref()) && e.text_len < dom.els[body].text_len / 3);
    }
    for (i, e) in dom.els.iter().enumerate() {
        let block_tag = matches!(e.tag.as_str(), "p" | "pre" | "blockquote" | "td");
        // Text written straight into a div (no <p>) counts as a paragraph too.
        let loose = matches!(e.tag.as_str(), "div" | "section" | "span" | "li" | "font" | "article")
            && (if e.has_block_child { e.own_text_len >= 25 } else { e.own_text_len > 0 });
        let len = if block_tag || !e.has_block_child { e.text_len } else { e.own_text_len };
        if !(block_tag || loose) || len < 25 || unlikely[i] || !dom.is_ancestor(body, i) && i != body {
            continue;
        }
        // Text inside links (menus, teasers) is no evidence of an article.
        let plain = len.saturating_sub(if block_tag || !e.has_block_child { e.link_len } else { 0 }) as f64;
        let s = 1.0 + e.commas.min(20) as f64 + (plain / 100.0).floor().min(3.0);
        for (level, a) in dom.ancestors(i).take(5).enumerate() {
            let anc = &dom.els[a];
            let base = score[a].get_or_insert_with(|| {
                tag_weight(&anc.tag) + class_weight(&anc.class_id, anc.itemprop.as_deref()) as f64
            });
            let div = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            *base += s / div;
            if a == body {
                break;
            }
        }
    }
    let mut best: Option<(usize, f64)> = None;
    for (i, s) in score.iter().enumerate() {
        if let Some(s) = s {
            let f = s * (1.0 - dom.link_density(i));
            if best.is_none_or(|(_, b)| f > b) {
                best = Some((i, f));
            }
        }
    }
    best.map(|(i, _)| i)
}

pub(crate) fn extract_text(dom: &Dom, body: usize) -> Extracted {
    let Some(top) = best_candidate(dom, body) else {
        return Extracted { text: dom.paragraphs(body, &|i| keep_element(dom, i, body)).join("\n\n") };
    };
    // Readability widens the choice to siblings that look like article text
    // too (a lede or a continuation split from the main block).
    let mut roots = vec![top];
    if let Some(parent) = dom.els[top].parent {
        let top_len = dom.els[top].text_len.max(1) as f64;
        let mut siblings = Vec::new();
        for k in &dom.els[parent].kids {
            let Kid::El(s) = k else { continue };
            let s = *s;
            if s == top {
                siblings.push(s);
                continue;
            }
            let e = &dom.els[s];
            if e.text_len == 0 || SKIP_TAGS.contains(&e.tag.as_str()) || is_negative(&e.class_id) {
                continue;
            }
            let ld = dom.link_density(s);
            let good_para = matches!(e.tag.as_str(), "p" | "blockquote" | "div" | "section")
                && !e.has_block_child
                && ld < 0.25
                && e.text_len > 80;
            let strong = is_strong_positive(&e.class_id, e.itemprop.as_deref()) && ld < 0.3;
            let big = e.text_len as f64 > top_len * 0.3 && ld < 0.2 && e.paras >= 2;
            if good_para || strong || big {
                siblings.push(s);
            }
        }
        if siblings.len() > 1 {
            roots = siblings;
        }
    }
    let mut paras: Vec<String> = lead_paragraph(dom, body, roots[0]).into_iter().collect();
    for r in roots {
        let total = dom.els[r].text_len;
        paras.extend(dom.paragraphs(r, &|i| keep_element(dom, i, r) && !is_small_negative(dom, i, total)));
    }
    paras.retain(|p| !is_boilerplate_line(p));
    let text = paras.join("\n\n");
    let text = fallback_if_short(dom, body, text);
    if text.chars().count() < 100 {
        // The pick failed (script-built page, odd markup): the whole body
        // minus structural boilerplate beats an empty text.
        let total = dom.els[body].text_len;
        let all = dom.paragraphs(body, &|i| keep_element(dom, i, body) && !is_small_negative(dom, i, total));
        let all: Vec<String> = all.into_iter().filter(|p| !is_boilerplate_line(p)).collect();
        if all.iter().map(|p| p.len()).sum::<usize>() > text.len() {
            return Extracted { text: all.join("\n\n") };
        }
        if text.is_empty() {
            // Every block of the container was link-dense (a link round-up,
            // a list of posts): its text is still what the page is about.
            return Extracted { text: dom.paragraphs(top, &|i| !SKIP_TAGS.contains(&dom.els[i].tag.as_str())).join("\n\n") };
        }
    }
    Extracted { text }
}

/// Class words of a standfirst: the lead under the headline that many
/// templates keep outside the article-body container.
const LEAD_WORDS: &[&str] = &["lead", "chapo", "chapeau", "intro", "standfirst", "teaser", "summary", "excerpt", "kicker", "abstract", "subtitle", "description", "entradilla", "sommario", "occhiello"];

/// The first plain text block between the page's headline and the chosen
/// container, when there is one: readers count the lead as the article's
/// first paragraph.
fn lead_paragraph(dom: &Dom, body: usize, first_root: usize) -> Option<String> {
    let h1 = (body..first_root).rev().find(|&i| dom.els[i].tag == "h1" && dom.els[i].text_len >= 10)?;
    let after = dom.els[h1].end + 1;
    let lead = (after..first_root).find(|&i| is_lead_block(dom, i))?;
    let text = dom.paragraphs(lead, &|_| true).join(" ");
    (!is_boilerplate_line(&text)).then_some(text)
}

fn is_lead_block(dom: &Dom, i: usize) -> bool {
    let e = &dom.els[i];
    let leaf = matches!(e.tag.as_str(), "p" | "div" | "h2" | "section") && !e.has_block_child;
    let marked_lead = words(&e.class_id).any(|w| LEAD_WORDS.contains(&w));
    leaf && e.text_len >= 80
        && dom.link_density(i) < 0.2
        && (marked_lead || !is_negative(&e.class_id))
        && !dom.ancestors(i).any(|a| {
            let anc = &dom.els[a];
            matches!(anc.tag.as_str(), "nav" | "aside" | "footer" | "figure" | "form" | "a")
                || (anc.text_len < 2000 && (is_media(&anc.class_id) || is_negative(&anc.class_id) && !words(&anc.class_id).any(|w| LEAD_WORDS.contains(&w))))
        })
        && !is_media(&e.class_id)
}

/// Photo and video furniture: captions and slide counters are not a lead.
fn is_media(class_id: &str) -> bool {
    ["photo", "image", "media", "slide", "video", "caption", "credit", "author", "bio"].iter().any(|m| class_id.contains(m))
}

fn visible_len(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// The container pick can land on the wrong, short block; when the page's
/// paragraph classifier finds far more readable text, that text wins.
fn fallback_if_short(dom: &Dom, body: usize, text: String) -> String {
    // Twice as much text, trafilatura's rule for its own fallbacks; 300
    // characters so that a short page's stray paragraphs never win.
    let (ratio, min) = (2.0, 300);
    let good = crate::paragraphs::good_paragraphs(dom, body);
    let good_text = good.join("\n\n");
    let (have, found) = (visible_len(&text), visible_len(&good_text));
    if found > min && found as f64 > have as f64 * ratio {
        good.into_iter().filter(|p| !is_boilerplate_line(p)).collect::<Vec<_>>().join("\n\n")
    } else {
        text
    }
}

/// A boilerplate-looking element that does not hold most of the container's
/// text (a wrapper with an odd class name must not take the article away).
fn is_small_negative(dom: &Dom, i: usize, total: usize) -> bool {
    let e = &dom.els[i];
    if !is_negative(&e.class_id) && !matches!(e.role.as_deref(), Some("navigation" | "complementary" | "contentinfo")) {
        return false;
    }
    if is_strong_positive(&e.class_id, e.itemprop.as_deref()) {
        return false;
    }
    (e.text_len as f64) < total as f64 * 0.5
}

/// Per-element filter inside a chosen container: structural boilerplate and
/// link lists go, text blocks stay.
fn keep_element(dom: &Dom, i: usize, root: usize) -> bool {
    if i == root {
        return true;
    }
    let e = &dom.els[i];
    let tag = e.tag.as_str();
    if SKIP_TAGS.contains(&tag) {
        // A figure or footer can wrap the whole article on odd templates.
        return e.text_len as f64 > dom.els[root].text_len as f64 * 0.5;
    }
    let ld = dom.link_density(i);
    match tag {
        "ul" | "ol" | "dl" | "table" | "div" | "section" | "header" => {
            if ld > 0.5 && e.text_len < 2000 {
                return false;
            }
            if tag == "header" && e.paras == 0 {
                return false;
            }
        }
        "p" | "li" | "h2" | "h3" | "h4" | "h5" | "h6" | "dd" | "dt" | "blockquote" if ld > 0.6 => return false,
        _ => {}
    }
    true
}
