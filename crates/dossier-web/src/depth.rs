//! A bound on element nesting before the HTML parser sees a page.
//!
//! html5ever checks "is there a `p` in button scope?" by walking the whole
//! stack of open elements at almost every start tag, so a page of 100,000
//! nested `<div>`s takes minutes to parse (quadratic). Browsers bound the
//! depth for the same reason (Chromium's parser stops nesting at 512). This
//! pre-pass drops start tags that would open an element deeper than the
//! bound, and their matching end tags, keeping all text: the page reads the
//! same, only flatter. Pages within the bound come back borrowed, unchanged.

use std::borrow::Cow;
use std::collections::HashMap;

/// Deepest nesting kept; real pages stay far below (a few dozen levels).
pub(crate) const MAX_DEPTH: usize = 512;

/// Elements without an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Elements whose content is text up to their end tag, not markup.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

/// Start tags that close an open `<p>` (the parser's implied end tag), so
/// unclosed paragraphs do not count as nesting.
const CLOSES_P: &[&str] = &[
    "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "menu", "nav", "ol", "p", "pre", "section",
    "table", "ul", "li", "dd", "dt",
];

/// Parses a whole page with nesting bounded by [`MAX_DEPTH`].
pub(crate) fn parse_page(html: &str) -> scraper::Html {
    scraper::Html::parse_document(&cap_nesting(html, MAX_DEPTH))
}

/// Parses markup found inside a page (JSON-LD `articleBody`), bounded alike.
pub(crate) fn parse_fragment(html: &str) -> scraper::Html {
    scraper::Html::parse_fragment(&cap_nesting(html, MAX_DEPTH))
}

/// `html` with nesting bounded by `max_depth`: borrowed when nothing had to go.
pub(crate) fn cap_nesting(html: &str, max_depth: usize) -> Cow<'_, str> {
    // Cheap exit: a page with fewer tags than the bound cannot exceed it.
    if html.bytes().filter(|&b| b == b'<').count() <= max_depth {
        return Cow::Borrowed(html);
    }
    let mut capper = Capper { max_depth, open: Vec::new(), dropped: HashMap::new(), out: None, copied_to: 0 };
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(off) = memchr(b'<', &bytes[i..]) {
        let lt = i + off;
        i = capper.tag(html, lt);
    }
    match capper.out {
        None => Cow::Borrowed(html),
        Some(mut out) => {
            out.push_str(&html[capper.copied_to..]);
            Cow::Owned(out)
        }
    }
}

struct Capper {
    max_depth: usize,
    /// Names of the open elements kept, innermost last.
    open: Vec<String>,
    /// Start tags dropped per name, whose end tags go too.
    dropped: HashMap<String, usize>,
    /// The capped page so far; `None` until something is dropped.
    out: Option<String>,
    /// Bytes of the input before this offset are in `out`.
    copied_to: usize,
}

impl Capper {
    /// Handles the markup starting at `lt` (a `<`); returns where to go on.
    fn tag(&mut self, html: &str, lt: usize) -> usize {
        let rest = &html[lt..];
        if rest.starts_with("<!--") {
            return rest.find("-->").map_or(html.len(), |e| lt + e + 3);
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            return rest.find('>').map_or(html.len(), |e| lt + e + 1);
        }
        let closing = rest.starts_with("</");
        let name_start = lt + if closing { 2 } else { 1 };
        let name: String = html[name_start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ':')
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if name.is_empty() || !name.as_bytes()[0].is_ascii_alphabetic() {
            return lt + 1; // a lone `<` in text
        }
        let end = tag_end(html, name_start + name.len());
        if closing {
            self.end_tag(html, lt, end, &name);
            return end;
        }
        let self_closing = html[..end].ends_with("/>");
        self.start_tag(html, lt, end, &name, self_closing);
        match RAW_TEXT.contains(&name.as_str()) {
            true => raw_text_end(html, end, &name),
            false => end,
        }
    }

    fn start_tag(&mut self, html: &str, lt: usize, end: usize, name: &str, self_closing: bool) {
        if VOID.contains(&name) || self_closing {
            return;
        }
        if CLOSES_P.contains(&name) || matches!(name, "td" | "th" | "tr" | "option") {
            self.close_implied(name);
        }
        if self.open.len() >= self.max_depth {
            *self.dropped.entry(name.to_string()).or_default() += 1;
            self.cut(html, lt, end);
        } else {
            self.open.push(name.to_string());
        }
    }

    fn end_tag(&mut self, html: &str, lt: usize, end: usize, name: &str) {
        if let Some(n) = self.dropped.get_mut(name).filter(|n| **n > 0) {
            *n -= 1;
            self.cut(html, lt, end);
        } else if let Some(k) = self.open.iter().rposition(|o| o == name) {
            self.open.truncate(k);
        }
    }

    /// A new `p` closes an open `p`, a new `li` an open `li` in the same
    /// list, and so on: pops what the parser would close implicitly.
    fn close_implied(&mut self, name: &str) {
        let same_kind = |o: &str| match name {
            "li" => o == "li",
            "dd" | "dt" => o == "dd" || o == "dt",
            "td" | "th" => o == "td" || o == "th",
            "tr" => o == "tr",
            "option" => o == "option",
            _ => o == "p",
        };
        let boundary = |o: &str| match name {
            "td" | "th" => matches!(o, "tr" | "table"),
            "tr" | "option" => matches!(o, "table" | "select"),
            _ => matches!(o, "ul" | "ol" | "dl" | "table" | "td" | "th" | "button" | "div" | "body" | "html"),
        };
        for k in (0..self.open.len()).rev() {
            if same_kind(&self.open[k]) {
                self.open.truncate(k);
                return;
            }
            if boundary(&self.open[k]) {
                return;
            }
        }
    }

    /// Leaves `html[lt..end]` out of the output.
    fn cut(&mut self, html: &str, lt: usize, end: usize) {
        let out = self.out.get_or_insert_with(|| String::with_capacity(html.len()));
        out.push_str(&html[self.copied_to..lt]);
        self.copied_to = end;
    }
}

/// Offset just past the `>` closing a tag whose name ends at `from`, with
/// quoted attribute values skipped.
fn tag_end(html: &str, from: usize) -> usize {
    let bytes = html.as_bytes();
    let mut quote: Option<u8> = None;
    for (k, &b) in bytes.iter().enumerate().skip(from) {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') if bytes[k - 1].is_ascii_whitespace() || bytes[k - 1] == b'=' => quote = Some(b),
            (None, b'>') => return k + 1,
            _ => {}
        }
    }
    html.len()
}

/// Offset of the end tag closing a raw-text element, or the end of the page.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let close = format!("</{name}");
    let tail = &html.as_bytes()[from..];
    (0..tail.len())
        .find(|&k| tail[k] == b'<' && tail[k..].len() >= close.len() && tail[k..k + close.len()].eq_ignore_ascii_case(close.as_bytes()))
        .map_or(html.len(), |k| from + k)
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_come_back_borrowed() {
        let html = "<html><body><div><p>One</p><p>Two<br>three</p></div></body></html>";
        assert!(matches!(cap_nesting(html, 4), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_cut_at_the_bound_keeping_the_text() {
        let html = format!("<body>{}<p>Deep text</p>{}</body>", "<div>".repeat(50), "</div>".repeat(50));
        let capped = cap_nesting(&html, 10);
        assert_eq!(capped.matches("<div>").count(), 9, "body and nine divs");
        assert_eq!(capped.matches("</div>").count(), 9);
        assert!(capped.contains("Deep text"));
    }

    #[test]
    fn unclosed_paragraphs_and_list_items_are_not_nesting() {
        let html = format!("<body><ul>{}</ul>{}</body>", "<li>item <b>x</b>".repeat(40), "<p>para".repeat(40));
        assert!(matches!(cap_nesting(&html, 8), Cow::Borrowed(_)));
    }

    #[test]
    fn unclosed_table_cells_and_options_are_not_nesting() {
        let html = format!("<body><table>{}</table><select>{}</select></body>", "<tr><td>a<td>b".repeat(40), "<option>x".repeat(40));
        assert!(matches!(cap_nesting(&html, 8), Cow::Borrowed(_)));
    }

    #[test]
    fn tags_inside_scripts_comments_and_attributes_do_not_count() {
        let inner = "<div>".repeat(30);
        let html = format!("<body><script>var s = '{inner}';</script><!-- {inner} --><a title=\"{inner}\">x</a></body>");
        assert!(matches!(cap_nesting(&html, 5), Cow::Borrowed(_)));
    }

    #[test]
    fn unclosed_deep_markup_is_bounded() {
        let html = format!("<body>{}<p>end</p></body>", "<div><span>".repeat(1000));
        let capped = cap_nesting(&html, 20);
        assert!(capped.matches("<div>").count() + capped.matches("<span>").count() <= 20);
        // The paragraph is past the bound too: its tags go, its text stays.
        assert!(capped.ends_with("end</body>"));
    }
}
