//! United States: U.S. Code ("18 U.S.C. § 2523", "47 U.S.C. 1002(b)(3)"), C.F.R., Public Law
//! numbers ("Pub. L. 115-141"), Statutes at Large, and case citations "volume reporter page"
//! with the reporter abbreviations of the Free Law Project's reporters-db.

use std::collections::HashMap;

use dossier_core::LegalRefKind;
use regex::Regex;

use super::{cap, re, with_paren_fields, Candidate};
use crate::registry::InstrumentRegistry;
use crate::text::at_word_boundary;

/// Reporter abbreviations bundled from reporters-db (BSD 2-Clause, see `data/REPORTERS-LICENSE`).
pub const BUNDLED_REPORTERS: &str = include_str!("../../data/us-reporters.tsv");

/// One reporter abbreviation as written, with its canonical edition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reporter {
    pub variation: String,
    pub canonical: String,
    /// Cited as "reporter page" without a volume.
    pub single_volume: bool,
}

/// Parse the bundled `variation<TAB>canonical<TAB>single_volume` list; `#` lines are comments.
pub fn parse_reporters(tsv: &str) -> Vec<Reporter> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut it = l.split('\t');
            let (v, c, s) = (it.next()?, it.next()?, it.next().unwrap_or("0"));
            Some(Reporter { variation: v.to_string(), canonical: c.to_string(), single_volume: s == "1" })
        })
        .collect()
}

/// Variations that are ordinary abbreviations in other legal systems ("§ 92 Abs. 1").
const NOT_REPORTERS: &[&str] = &["Abs.", "Nr.", "Art.", "Rn.", "S.", "Tz.", "Rz.", "Bd.", "Vol.", "No.", "p.", "pp."];

pub(crate) struct UsPatterns {
    usc: Regex,
    cfr: Regex,
    public_law: Regex,
    stat: Regex,
    case: Option<Regex>,
    single: Option<Regex>,
    canonical: HashMap<String, String>,
}

impl UsPatterns {
    pub(crate) fn new(reporters: &[Reporter]) -> Result<Self, regex::Error> {
        let reporters: Vec<&Reporter> = reporters.iter().filter(|r| !NOT_REPORTERS.contains(&r.variation.as_str())).collect();
        let mut all: Vec<&str> = reporters.iter().map(|r| r.variation.as_str()).collect();
        let mut single: Vec<&str> = reporters.iter().filter(|r| r.single_volume).map(|r| r.variation.as_str()).collect();
        Ok(UsPatterns {
            usc: re(
                r"\b(?P<title>\d{1,2})\s?U\.\s?S\.\s?C\.(?:\s?A\.)?\s?(?:§§?\s?)?(?P<sec>\d{1,5}[a-z]?(?:-\d+)?)(?P<parts>(?:\([0-9A-Za-z]{1,5}\))*)(?:\s(?:et\sseq\.))?",
            )?,
            cfr: re(r"\b(?P<title>\d{1,2})\s?C\.\s?F\.\s?R\.\s?(?:§§?\s?)?(?:[Pp]art\s)?(?P<sec>\d{1,5}(?:\.\d{1,5})?)")?,
            public_law: re(r"\b(?:Pub(?:lic)?\.?\s?L(?:aw)?\.?|P\.\s?L\.)\s?(?:No\.\s?)?(?P<congress>\d{2,3})[-–](?P<num>\d{1,3})\b")?,
            stat: re(r"\b(?P<vol>\d{1,3})\sStat\.\s(?P<page>\d{1,5})\b")?,
            case: reporter_regex(&mut all, true)?,
            single: reporter_regex(&mut single, false)?,
            canonical: reporters.iter().map(|r| (r.variation.clone(), r.canonical.clone())).collect(),
        })
    }

    pub(crate) fn find(&self, text: &str, reg: &InstrumentRegistry, out: &mut Vec<Candidate>) {
        self.find_codes(text, reg, out);
        self.find_cases(text, out);
    }

    fn find_codes(&self, text: &str, reg: &InstrumentRegistry, out: &mut Vec<Candidate>) {
        for c in self.usc.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let title = cap(&c, "title");
            let inst = title.and_then(|t| reg.by_identifier("usc_title", t)).map(|i| i.id.as_str());
            let cand = Candidate::new(m.start(), m.end(), LegalRefKind::Section, "us")
                .field("title", title)
                .field("code", Some("U.S.C."))
                .field("section", cap(&c, "sec"))
                .instrument(inst);
            out.push(with_paren_fields(cand, cap(&c, "parts").unwrap_or("")));
        }
        for c in self.cfr.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            out.push(
                Candidate::new(m.start(), m.end(), LegalRefKind::Regulation, "us")
                    .field("title", cap(&c, "title"))
                    .field("code", Some("C.F.R."))
                    .field("section", cap(&c, "sec")),
            );
        }
        for c in self.public_law.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let (congress, num) = (cap(&c, "congress").unwrap_or(""), cap(&c, "num").unwrap_or(""));
            let inst = reg.by_identifier("public_law", &format!("{congress}-{num}")).map(|i| i.id.as_str());
            out.push(
                Candidate::new(m.start(), m.end(), LegalRefKind::Identifier, "us")
                    .field("congress", Some(congress))
                    .field("number", Some(num))
                    .instrument(inst),
            );
        }
        for c in self.stat.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            out.push(
                Candidate::new(m.start(), m.end(), LegalRefKind::Identifier, "us")
                    .field("volume", cap(&c, "vol"))
                    .field("reporter", Some("Stat."))
                    .field("page", cap(&c, "page")),
            );
        }
    }

    fn find_cases(&self, text: &str, out: &mut Vec<Candidate>) {
        for rx in [&self.case, &self.single].into_iter().flatten() {
            for c in rx.captures_iter(text) {
                let (Some(m), Some(rep)) = (c.get(0), c.name("rep")) else { continue };
                if !at_word_boundary(text, m.start(), m.end()) {
                    continue;
                }
                let canonical = self.canonical.get(rep.as_str()).map(String::as_str);
                let mut cand = Candidate::new(m.start(), m.end(), LegalRefKind::Case, "us")
                    .field("volume", cap(&c, "vol"))
                    .field("reporter", canonical.or(Some(rep.as_str())))
                    .field("page", cap(&c, "page"));
                cand.priority = 1;
                out.push(cand);
            }
        }
    }
}

fn reporter_regex(items: &mut Vec<&str>, with_volume: bool) -> Result<Option<Regex>, regex::Error> {
    items.sort_by_key(|s| std::cmp::Reverse(s.len()));
    items.dedup();
    if items.is_empty() {
        return Ok(None);
    }
    let alt: Vec<String> = items.iter().map(|s| regex::escape(s).replace(' ', r"\s?")).collect();
    let vol = if with_volume { r"(?P<vol>\d{1,4}(?:-\d)?)\s" } else { "" };
    let pattern = format!(r"{vol}(?P<rep>{}),?\s(?P<page>\d{{1,6}}(?:,\d{{3}})?)\b", alt.join("|"));
    re(&pattern).map(Some)
}
