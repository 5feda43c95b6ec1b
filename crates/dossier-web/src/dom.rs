//! A compact arena copy of the parsed page that the extractors share.
//!
//! scraper's tree is walked once, iteratively (no recursion, so 100,000 nested
//! elements cannot overflow the stack), into a flat arena in document order.
//! Scripts, styles and hidden subtrees are dropped on the way. Because indices
//! are assigned in pre-order, iterating them in reverse visits every child
//! before its parent, which lets subtree statistics be computed without
//! recursion either.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// Elements whose content is never visible article text.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "head", "iframe", "object", "embed", "canvas", "select",
    "option", "textarea", "input", "button", "video", "audio", "map", "math", "link", "meta",
];

/// Tags that start a new paragraph in the output text.
pub(crate) const BLOCK_TAGS: &[&str] = &[
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "thead", "tbody", "br", "hr",
    "address", "figure", "figcaption", "caption", "body", "form", "fieldset", "details", "summary", "center", "menu",
];

pub(crate) enum Kid {
    El(usize),
    Text(String),
}

pub(crate) struct El {
    pub tag: String,
    /// Lower-cased `class` and `id` joined by a space: what the hints look at.
    pub class_id: String,
    pub itemprop: Option<String>,
    pub role: Option<String>,
    pub parent: Option<usize>,
    pub kids: Vec<Kid>,
    pub depth: usize,
    /// Subtree statistics, filled by [`Dom::compute_stats`].
    pub text_len: usize,
    pub link_len: usize,
    pub commas: usize,
    pub paras: usize,
    pub is_block: bool,
    pub has_block_child: bool,
    /// Own text (direct text children only), in characters.
    pub own_text_len: usize,
    /// Index of the last element of this subtree (pre-order), for O(1)
    /// ancestry tests even on pathologically deep pages.
    pub end: usize,
}

pub(crate) struct Dom {
    pub els: Vec<El>,
}

fn is_hidden(el: &scraper::node::Element) -> bool {
    if el.attr("hidden").is_some() {
        return true;
    }
    if let Some(style) = el.attr("style") {
        let s: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    matches!(el.attr("aria-hidden"), Some("true")) && el.name() != "body" && el.name() != "html"
}

impl Dom {
    pub fn build(doc: &Html) -> Dom {
        let mut els: Vec<El> = Vec::new();
        // One entry per open element: Some(arena index) when kept, None when dropped.
        let mut stack: Vec<Option<usize>> = Vec::new();
        let mut dropped_depth = 0usize;
        for edge in doc.tree.root().traverse() {
            match edge {
                Edge::Open(node) => match node.value() {
                    Node::Element(e) => {
                        let name = e.name();
                        if dropped_depth > 0 || DROPPED.contains(&name) || is_hidden(e) {
                            dropped_depth += 1;
                            stack.push(None);
                            continue;
                        }
                        let parent = stack.iter().rev().flatten().next().copied();
                        let depth = parent.map(|p| els[p].depth + 1).unwrap_or(0);
                        let mut class_id = String::new();
                        if let Some(c) = e.attr("class") {
                            class_id.push_str(c);
                        }
                        if let Some(i) = e.attr("id") {
                            class_id.push(' ');
                            class_id.push_str(i);
                        }
                        let idx = els.len();
                        els.push(El {
                            tag: name.to_ascii_lowercase(),
                            class_id: class_id.to_lowercase(),
                            itemprop: e.attr("itemprop").map(|s| s.to_ascii_lowercase()),
                            role: e.attr("role").map(|s| s.to_ascii_lowercase()),
                            parent,
                            kids: Vec::new(),
                            depth,
                            text_len: 0,
                            link_len: 0,
                            commas: 0,
                            paras: 0,
                            is_block: BLOCK_TAGS.contains(&name),
                            has_block_child: false,
                            own_text_len: 0,
                            end: idx,
                        });
                        if let Some(p) = parent {
                            els[p].kids.push(Kid::El(idx));
                        }
                        stack.push(Some(idx));
                    }
                    Node::Text(t) if dropped_depth == 0 => {
                        if let Some(Some(top)) = stack.last() {
                            els[*top].kids.push(Kid::Text(as_read(t)));
                        }
                    }
                    _ => {}
                },
                Edge::Close(node) => {
                    if let Node::Element(_) = node.value() {
                        if let Some(None) = stack.pop() {
                            dropped_depth = dropped_depth.saturating_sub(1);
                        }
                    }
                }
            }
        }
        let mut dom = Dom { els };
        dom.compute_stats();
        dom
    }

    fn compute_stats(&mut self) {
        for i in (0..self.els.len()).rev() {
            let (mut text, mut links, mut commas, mut paras, mut own, mut has_block) = (0, 0, 0, 0, 0, false);
            let mut end = i;
            for k in &self.els[i].kids {
                match k {
                    Kid::Text(t) => {
                        let n = t.chars().filter(|c| !c.is_whitespace()).count();
                        text += n;
                        own += n;
                        commas += t.chars().filter(|c| matches!(c, ',' | '，' | '、' | '،')).count();
                    }
                    Kid::El(c) => {
                        let c = &self.els[*c];
                        end = end.max(c.end);
                        text += c.text_len;
                        links += c.link_len;
                        commas += c.commas;
                        paras += c.paras;
                        has_block |= c.is_block;
                    }
                }
            }
            let e = &mut self.els[i];
            if e.tag == "a" {
                links = text;
            }
            if e.tag == "p" || e.tag == "pre" {
                paras += 1;
            }
            e.text_len = text;
            e.link_len = links.min(text);
            e.commas = commas;
            e.paras = paras;
            e.own_text_len = own;
            e.has_block_child = has_block;
            e.end = end;
        }
    }

    pub fn link_density(&self, i: usize) -> f64 {
        let e = &self.els[i];
        if e.text_len == 0 {
            0.0
        } else {
            e.link_len as f64 / e.text_len as f64
        }
    }

    /// Ancestors of `i`, nearest first.
    pub fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.els[i].parent, move |&p| self.els[p].parent)
    }

    pub fn is_ancestor(&self, anc: usize, i: usize) -> bool {
        anc < i && i <= self.els[anc].end
    }

    /// Paragraphs of a subtree: block elements start new paragraphs, and
    /// `keep` decides for each element whether its subtree is emitted.
    pub fn paragraphs(&self, root: usize, keep: &dyn Fn(usize) -> bool) -> Vec<String> {
        enum Work<'a> {
            Kid(&'a Kid),
            Break,
        }
        let mut paras = Vec::new();
        let mut buf = String::new();
        let flush = |buf: &mut String, paras: &mut Vec<String>| {
            let p = buf.split_whitespace().collect::<Vec<_>>().join(" ");
            if !p.is_empty() {
                paras.push(p);
            }
            buf.clear();
        };
        // Kids are pushed in reverse so they pop in document order.
        let mut work: Vec<Work> = self.els[root].kids.iter().rev().map(Work::Kid).collect();
        while let Some(w) = work.pop() {
            match w {
                Work::Break => flush(&mut buf, &mut paras),
                Work::Kid(Kid::Text(t)) => buf.push_str(t),
                Work::Kid(Kid::El(c)) => {
                    let e = &self.els[*c];
                    if !keep(*c) {
                        // A dropped inline element still separates words.
                        buf.push(' ');
                        continue;
                    }
                    if e.is_block {
                        flush(&mut buf, &mut paras);
                        work.push(Work::Break);
                    } else if e.tag == "td" || e.tag == "th" {
                        buf.push(' ');
                    }
                    work.extend(e.kids.iter().rev().map(Work::Kid));
                }
            }
        }
        flush(&mut buf, &mut paras);
        paras
    }
}

/// A text node as a reader sees it: soft hyphens and zero-width characters
/// are invisible, so they must not split words in the output either.
fn as_read(t: &str) -> String {
    t.chars().filter(|c| !matches!(c, '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}')).collect()
}

/// Splits a class/id string into lower-case words at non-alphanumerics, so
/// that short hints (`ad`, `nav`) match whole words only, never `head` or
/// `canvas`.
pub(crate) fn words(class_id: &str) -> impl Iterator<Item = &str> {
    class_id.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}
