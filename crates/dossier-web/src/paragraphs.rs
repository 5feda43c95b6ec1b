//! A jusText-style paragraph classifier over the whole page: the fallback
//! when the container pick (`text.rs`) returns a block much shorter than the
//! page's readable text (a tagline, a table of contents, a teaser, or an
//! article body hidden under an odd class name).
//!
//! Each block-level paragraph is classified on its own evidence: length, the
//! share of its characters inside links, and the share of short function-like
//! words (jusText's stop-word density; words of at most three letters stand
//! in for a stop list, which works across the Latin-script languages this
//! product reads). Short paragraphs then take the class of their good or bad
//! neighbours, as jusText's context revision does.

use crate::dom::{Dom, Kid};

/// One block-level paragraph and the evidence about it.
struct Block {
    text: String,
    link_chars: usize,
    heading: bool,
    /// Inside structural boilerplate (`nav`, `footer`, `aside`, `form`) or a
    /// comment region.
    boiler: bool,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Class {
    Good,
    NearGood,
    Short,
    Bad,
}

/// Work items of the iterative walk: a child with its context, or the end
/// of a block element.
enum Step<'a> {
    Kid { kid: &'a Kid, link: bool, boiler: bool, heading: bool },
    Close,
}

fn is_boiler_region(tag: &str, class_id: &str) -> bool {
    matches!(tag, "nav" | "footer" | "aside" | "form" | "header" | "menu")
        || class_id.contains("comment")
        || class_id.contains("cookie")
        || class_id.contains("consent")
}

fn blocks(dom: &Dom, root: usize) -> Vec<Block> {
    let mut out = Vec::new();
    let mut buf = String::new();
    let (mut links, mut cur_heading, mut cur_boiler) = (0usize, false, false);
    let mut work: Vec<Step> =
        dom.els[root].kids.iter().rev().map(|k| Step::Kid { kid: k, link: false, boiler: false, heading: false }).collect();
    let flush = |buf: &mut String, links: &mut usize, heading: bool, boiler: bool, out: &mut Vec<Block>| {
        let text = buf.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            out.push(Block { link_chars: (*links).min(text.chars().count()), text, heading, boiler });
        }
        buf.clear();
        *links = 0;
    };
    while let Some(step) = work.pop() {
        match step {
            Step::Close => flush(&mut buf, &mut links, cur_heading, cur_boiler, &mut out),
            Step::Kid { kid: Kid::Text(t), link, boiler, heading } => {
                if buf.trim().is_empty() {
                    (cur_heading, cur_boiler) = (heading, boiler);
                }
                if link {
                    links += t.chars().filter(|c| !c.is_whitespace()).count();
                }
                buf.push_str(t);
            }
            Step::Kid { kid: Kid::El(i), link, boiler, heading } => {
                let e = &dom.els[*i];
                let link = link || e.tag == "a";
                let boiler = boiler || is_boiler_region(&e.tag, &e.class_id);
                let heading = heading || matches!(e.tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
                if e.is_block {
                    flush(&mut buf, &mut links, cur_heading, cur_boiler, &mut out);
                    work.push(Step::Close);
                } else {
                    buf.push(' ');
                }
                work.extend(e.kids.iter().rev().map(|k| Step::Kid { kid: k, link, boiler, heading }));
            }
        }
    }
    flush(&mut buf, &mut links, cur_heading, cur_boiler, &mut out);
    out
}

/// Share of words of at most three letters: high in running prose of every
/// Latin-script language, low in menus, tag clouds and link lists.
fn short_word_density(text: &str) -> f64 {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return 0.0;
    }
    let short = words.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count().clamp(1, 4) <= 3).count();
    short as f64 / words.len() as f64
}

fn classify(b: &Block) -> Class {
    let len = b.text.chars().count();
    let link_density = b.link_chars as f64 / len.max(1) as f64;
    let density = short_word_density(&b.text);
    if b.boiler || link_density > 0.2 || b.text.contains('©') {
        return Class::Bad;
    }
    if len < 70 {
        return if density > 0.0 { Class::Short } else { Class::Bad };
    }
    if density >= 0.32 && len > 200 {
        return Class::Good;
    }
    if density >= 0.30 {
        return Class::NearGood;
    }
    if len > 200 && density >= 0.2 {
        return Class::NearGood;
    }
    Class::Bad
}

/// jusText's context revision: a short or near-good paragraph takes the
/// class of the nearest non-short neighbours, good only between good ones.
fn revise(classes: &mut [Class], blocks: &[Block]) {
    let n = classes.len();
    let neighbour = |classes: &[Class], i: usize, step: isize, ignore_near: bool| -> Class {
        let mut j = i as isize + step;
        while j >= 0 && (j as usize) < n {
            let c = classes[j as usize];
            if c == Class::Good || c == Class::Bad || (!ignore_near && c == Class::NearGood) {
                return if c == Class::NearGood { Class::NearGood } else { c };
            }
            j += step;
        }
        Class::Bad
    };
    for pass in [Class::Short, Class::NearGood] {
        let snapshot = classes.to_vec();
        for i in 0..n {
            if snapshot[i] != pass {
                continue;
            }
            let (prev, next) = (neighbour(&snapshot, i, -1, true), neighbour(&snapshot, i, 1, true));
            let good = match pass {
                Class::Short => next == Class::Good && (prev == Class::Good || blocks[i].heading),
                _ => prev == Class::Good || next == Class::Good,
            };
            classes[i] = if good { Class::Good } else { Class::Bad };
        }
    }
}

/// The good paragraphs of the subtree under `root`, in page order.
pub(crate) fn good_paragraphs(dom: &Dom, root: usize) -> Vec<String> {
    let blocks = blocks(dom, root);
    let mut classes: Vec<Class> = blocks.iter().map(classify).collect();
    revise(&mut classes, &blocks);
    blocks.into_iter().zip(classes).filter(|(_, c)| *c == Class::Good).map(|(b, _)| b.text).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn good(html: &str) -> Vec<String> {
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        let body = dom.els.iter().position(|e| e.tag == "body").unwrap_or(0);
        good_paragraphs(&dom, body)
    }

    #[test]
    fn prose_stays_and_menus_go() {
        let prose = "It was a long day in the city and the mayor said that he would not sign the plan, as it is now.";
        let html = format!(
            "<body><ul><li><a href='/'>Home</a></li><li><a href='/x'>Contact</a></li></ul>\
             <div class='byline-author'><p>{prose} {prose}</p><h2>So what now</h2><p>{prose} {prose} {prose}</p></div>\
             <footer><p>{prose}</p></footer></body>"
        );
        let g = good(&html);
        assert_eq!(g.len(), 3, "{g:?}");
        assert_eq!(g[1], "So what now");
        assert!(!g.iter().any(|p| p.contains("Home")));
    }

    #[test]
    fn short_word_density_separates_prose_from_lists() {
        assert!(short_word_density("Der Minister sagte, dass er das Gesetz nicht mit uns ändern will.") > 0.4);
        assert!(short_word_density("Politics Economy Culture Sports Technology Science Opinion") < 0.1);
    }
}
