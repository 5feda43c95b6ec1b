//! Instruments named by title, alias or abbreviation ("Investigatory Powers Act 2016",
//! "Snoopers' Charter", "CLOUD Act", "StPO"), and Act titles not in the registry
//! ("Immigration and Nationality Act", "Human Rights Act 1998").

use dossier_core::LegalRefKind;
use regex::Regex;

use super::{cap, re, Candidate};
use crate::registry::{Instrument, InstrumentRegistry};
use crate::text::{at_word_boundary, name_pattern};

pub(crate) struct NamedPatterns {
    names: Option<Regex>,
    abbreviations: Option<Regex>,
    act_title: Regex,
}

/// Words that start a sentence rather than a title.
const NOT_TITLE_START: &[&str] =
    &["The", "Under", "By", "In", "A", "An", "This", "That", "Section", "Part", "Since", "With", "And", "Of", "For", "On", "To"];

impl NamedPatterns {
    pub(crate) fn new(reg: &InstrumentRegistry) -> Result<Self, regex::Error> {
        let mut names: Vec<&str> = reg.instruments().iter().flat_map(|i| i.names.iter().map(String::as_str)).collect();
        let mut abbrs: Vec<&str> =
            reg.instruments().iter().flat_map(|i| i.abbreviations.iter().map(String::as_str)).collect();
        Ok(NamedPatterns {
            names: alternation(&mut names, true)?,
            abbreviations: alternation(&mut abbrs, false)?,
            act_title: re(r"(?P<title>(?:[A-Z][\p{L}'’.-]*|\([A-Z][\p{L} ]*\))(?:\s(?:[A-Z][\p{L}'’.-]*|\([A-Z][\p{L} ]*\)|of|and|for|on|to|in|de)){0,9}\s(?:Act|Bill))(?:,?\s(?:of\s)?(?P<year>1[6-9]\d\d|20\d\d)\b)?")?,
        })
    }

    pub(crate) fn find(&self, text: &str, reg: &InstrumentRegistry, out: &mut Vec<Candidate>) {
        for rx in [&self.names, &self.abbreviations].into_iter().flatten() {
            for m in rx.find_iter(text) {
                if !at_word_boundary(text, m.start(), m.end()) {
                    continue;
                }
                let inst = reg.by_name(m.as_str()).or_else(|| reg.by_code(m.as_str(), &[]));
                if let Some(inst) = inst {
                    out.push(named_candidate(m.start(), m.end(), inst, m.as_str()));
                }
            }
        }
        self.find_act_titles(text, reg, out);
    }

    fn find_act_titles(&self, text: &str, reg: &InstrumentRegistry, out: &mut Vec<Candidate>) {
        for c in self.act_title.captures_iter(text) {
            let (Some(whole), Some(title)) = (c.get(0), c.name("title")) else { continue };
            let mut start = title.start();
            let mut t = title.as_str();
            while let Some(first) = t.split_whitespace().next().filter(|w| NOT_TITLE_START.contains(w)) {
                let Some(rest) = t.get(first.len()..) else { break };
                start += t.len() - rest.trim_start().len();
                t = rest.trim_start();
            }
            if t.split_whitespace().count() < 2 {
                continue;
            }
            let full = &text[start..whole.end()];
            let year = cap(&c, "year");
            let inst = reg.by_name(full).or_else(|| reg.by_name(t));
            let juris = match (inst, year) {
                (Some(i), _) => i.jurisdiction.clone(),
                (None, Some(_)) if full.contains(" of ") && full.rsplit(" of ").next() == year => "us".into(),
                (None, Some(_)) => "uk".into(),
                (None, None) => "und".into(),
            };
            let cand = Candidate::new(start, whole.end(), LegalRefKind::Act, &juris)
                .field("title", Some(t))
                .field("year", year)
                .instrument(inst.map(|i| i.id.as_str()));
            out.push(cand);
        }
    }
}

/// The kind of reference a whole instrument is.
pub(crate) fn kind_of(inst: &Instrument) -> LegalRefKind {
    match inst.kind.as_str() {
        "regulation" | "proposal" => LegalRefKind::Regulation,
        "directive" => LegalRefKind::Directive,
        _ => LegalRefKind::Act,
    }
}

fn named_candidate(start: usize, end: usize, inst: &Instrument, text: &str) -> Candidate {
    let mut c = Candidate::new(start, end, kind_of(inst), &inst.jurisdiction)
        .instrument(Some(&inst.id))
        .field("title", Some(text));
    c.priority = 2;
    c
}

fn alternation(items: &mut Vec<&str>, case_insensitive: bool) -> Result<Option<Regex>, regex::Error> {
    items.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    items.dedup();
    items.retain(|s| !s.trim().is_empty());
    if items.is_empty() {
        return Ok(None);
    }
    let body: Vec<String> = items.iter().map(|s| name_pattern(s)).collect();
    let flags = if case_insensitive { "(?i)" } else { "" };
    re(&format!("{flags}(?:{})", body.join("|"))).map(Some)
}
