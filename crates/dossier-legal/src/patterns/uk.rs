//! United Kingdom (and common-law "section" style): sections ("s. 253", "section 253(1)",
//! "sections 253 to 258"), Parts and Schedules of a named Act, statutory instruments
//! ("SI 2018/1123", "S.I. 2016 No. 25").

use dossier_core::LegalRefKind;
use regex::Regex;

use super::{cap, re, with_paren_fields, Attach, Candidate};
use crate::registry::InstrumentRegistry;

pub(crate) struct UkPatterns {
    section: Regex,
    part: Regex,
    si: Regex,
}

impl UkPatterns {
    pub(crate) fn new() -> Result<Self, regex::Error> {
        Ok(UkPatterns {
            section: re(
                r"\b(?:[Ss]ections?|s\.|ss\.|[Ss]ec\.)\s?(?P<num>\d{1,4}[A-Z]{0,2})(?P<parts>(?:\s?\([0-9A-Za-z]{1,5}\))*)(?:\s?(?:to|and|or|-|–)\s?(?P<end>\d{1,4}[A-Z]{0,2})(?P<endparts>(?:\([0-9A-Za-z]{1,5}\))*))?",
            )?,
            part: re(r"\b(?P<level>Part|Schedule|Chapter)\s(?P<num>\d{1,3}[A-Z]?)\b")?,
            si: re(
                r"\b(?:SI|S\.\s?I\.)\s?(?:(?P<y1>(?:19|20)\d\d)/(?P<n1>\d{1,5})|(?P<y2>(?:19|20)\d\d)\sNo\.?\s?(?P<n2>\d{1,5}))\b",
            )?,
        })
    }

    pub(crate) fn find(&self, text: &str, reg: &InstrumentRegistry, out: &mut Vec<Candidate>) {
        for c in self.section.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let mut cand = Candidate::new(m.start(), m.end(), LegalRefKind::Section, "und")
                .field("section", cap(&c, "num"))
                .field("section_end", cap(&c, "end"));
            cand = with_paren_fields(cand, cap(&c, "parts").unwrap_or(""));
            cand.attach = Attach::Book;
            cand.prefer = &["uk", "us"];
            out.push(cand);
        }
        for c in self.part.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let level = cap(&c, "level").unwrap_or("part").to_lowercase();
            let mut cand = Candidate::new(m.start(), m.end(), LegalRefKind::Section, "und").field(&level, cap(&c, "num"));
            cand.attach = Attach::BookRequired;
            cand.prefer = &["uk", "us"];
            out.push(cand);
        }
        for c in self.si.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let year = cap(&c, "y1").or(cap(&c, "y2"));
            let number = cap(&c, "n1").or(cap(&c, "n2"));
            let key = format!("{}/{}", year.unwrap_or(""), number.unwrap_or(""));
            let inst = reg.by_identifier("si", &key).map(|i| i.id.as_str());
            out.push(
                Candidate::new(m.start(), m.end(), LegalRefKind::Regulation, "uk")
                    .field("year", year)
                    .field("number", number)
                    .instrument(inst),
            );
        }
    }
}
