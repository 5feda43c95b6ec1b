//! European Union: regulations, directives and decisions in five languages
//! ("Regulation (EU) 2021/1232", "Directive 2002/58/EC", "Richtlinie 2002/58/EG",
//! "règlement (UE) 2016/679", "Reglamento (UE)", "regolamento (UE)"), Commission documents
//! ("COM(2022) 209"), CELEX numbers, ECLI identifiers and CJEU case numbers ("C-311/18").

use dossier_core::LegalRefKind;
use regex::Regex;

use super::{cap, re, Candidate};
use crate::registry::InstrumentRegistry;

pub(crate) struct EuPatterns {
    act: Regex,
    bare_directive: Regex,
    com: Regex,
    celex: Regex,
    ecli: Regex,
    cjeu: Regex,
}

const TYPES: &str = r"(?P<type>REGULATION|DIRECTIVE|[Rr]egulation|[Dd]irective|[Dd]ecision|[Rr]èglement|[Dd]écision|[Dd]urchführungsverordnung|[Vv]erordnung|[Rr]ichtlinie|[Bb]eschluss|[Rr]eglamento|[Dd]irectiva|[Dd]ecisión|[Rr]egolamento|[Dd]irettiva|[Dd]ecisione)";

impl EuPatterns {
    pub(crate) fn new() -> Result<Self, regex::Error> {
        let act = format!(
            r"\b{TYPES}(?:\s(?:délégué|d['’]exécution|delegated|implementing|delegada|de\sejecución|delegato|di\sesecuzione))?(?:\s(?:du\sConseil|des\sRates|del\sConsejo|del\sConsiglio|of\sthe\sEuropean\sParliament\sand\sof\sthe\sCouncil))?\s?(?:\((?P<org>EU|UE|EG|EC|CE|EWG|EEC|CEE|Euratom|GASP|CFSP|PESC)\)\s?)?(?:(?P<no>No|no|n°|nº|Nr\.|n\.|núm\.)\s?)?(?P<a>\d{{2,4}})/(?P<b>\d{{1,4}})(?:/(?P<suffix>EU|UE|EG|EC|CE|EWG|EEC|CEE|JHA|JAI|JI|GASP|CFSP|PESC))?\b"
        );
        Ok(EuPatterns {
            act: re(&act)?,
            bare_directive: re(r"\b(?P<a>\d{2,4})/(?P<b>\d{1,4})/(?P<suffix>EWG|EG|EEC|EC|CE|CEE|EU|UE|JHA|JAI)\b")?,
            com: re(r"\b(?P<kind>COM|SWD|JOIN|SEC)\s?\((?P<year>(?:19|20)\d\d)\)\s?(?P<num>\d{1,4})(?:\s(?:final|endg\.|final\b))?")?,
            celex: re(r"\b(?P<celex>[0-9](?:19|20)\d\d[A-Z]{1,2}\d{4})(?:\(\d{1,2}\))?\b")?,
            ecli: re(r"\bECLI:(?P<country>[A-Z]{2}):(?P<court>[A-Z0-9]{1,7}):(?P<year>\d{4}):[A-Za-z0-9.]*[A-Za-z0-9]")?,
            cjeu: re(r"\b(?P<court>[CTF])[-‑–]\s?(?P<num>\d{1,4})/(?P<year>\d{2})(?:\s?P)?\b")?,
        })
    }

    pub(crate) fn find(&self, text: &str, reg: &InstrumentRegistry, out: &mut Vec<Candidate>) {
        self.find_acts(text, reg, out);
        self.find_identifiers(text, reg, out);
    }

    fn find_acts(&self, text: &str, reg: &InstrumentRegistry, out: &mut Vec<Candidate>) {
        for c in self.act.captures_iter(text).chain(self.bare_directive.captures_iter(text)) {
            let Some(m) = c.get(0) else { continue };
            let (a, b) = (cap(&c, "a").unwrap_or(""), cap(&c, "b").unwrap_or(""));
            let suffix = cap(&c, "suffix");
            if cap(&c, "org").is_none() && suffix.is_none() && cap(&c, "no").is_none() {
                continue; // "Regulation 5/2" without (EU) or /EC is not an EU act.
            }
            // "No 45/2001" puts the number first; "(EU) 2021/1232" and "2002/58/EC" the year.
            let (year, number) = if cap(&c, "no").is_some() && b.len() == 4 { (b, a) } else { (a, b) };
            let year = full_year(year);
            let kind = kind_of_type(cap(&c, "type").unwrap_or(""), suffix.is_some());
            let inst = reg.by_identifier("eu_number", &format!("{year}/{number}")).map(|i| i.id.as_str());
            let mut cand = Candidate::new(m.start(), m.end(), kind, "eu")
                .field("year", Some(&year))
                .field("number", Some(number))
                .field("series", cap(&c, "org").or(suffix))
                .instrument(inst);
            cand.priority = 1;
            out.push(cand);
        }
    }

    fn find_identifiers(&self, text: &str, reg: &InstrumentRegistry, out: &mut Vec<Candidate>) {
        for c in self.com.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let (year, num) = (cap(&c, "year").unwrap_or(""), cap(&c, "num").unwrap_or(""));
            let inst = reg.by_identifier("com", &format!("{year}/{num}")).map(|i| i.id.as_str());
            out.push(
                Candidate::new(m.start(), m.end(), LegalRefKind::Identifier, "eu")
                    .field("document", cap(&c, "kind"))
                    .field("year", Some(year))
                    .field("number", Some(num))
                    .instrument(inst),
            );
        }
        for c in self.celex.captures_iter(text) {
            let (Some(m), Some(celex)) = (c.get(0), cap(&c, "celex")) else { continue };
            let inst = reg.by_identifier("celex", celex).map(|i| i.id.as_str());
            out.push(Candidate::new(m.start(), m.end(), LegalRefKind::Identifier, "eu").field("celex", Some(celex)).instrument(inst));
        }
        for c in self.ecli.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let juris = match cap(&c, "country").unwrap_or("") {
                "EU" => "eu".to_string(),
                "GB" | "UK" => "uk".to_string(),
                other => other.to_lowercase(),
            };
            out.push(
                Candidate::new(m.start(), m.end(), LegalRefKind::Case, &juris)
                    .field("ecli", Some(m.as_str()))
                    .field("court", cap(&c, "court"))
                    .field("year", cap(&c, "year")),
            );
        }
        for c in self.cjeu.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let court = match cap(&c, "court") {
                Some("C") => "CJEU",
                Some("T") => "General Court",
                _ => "Civil Service Tribunal",
            };
            out.push(
                Candidate::new(m.start(), m.end(), LegalRefKind::Case, "eu")
                    .field("court", Some(court))
                    .field("file_number", Some(m.as_str()))
                    .field("number", cap(&c, "num"))
                    .field("year", cap(&c, "year").map(full_year).as_deref()),
            );
        }
    }
}

/// `77` → `1977`, `02` → `2002`; four-digit years unchanged.
pub(crate) fn full_year(y: &str) -> String {
    match (y.len(), y.parse::<u32>()) {
        (2, Ok(n)) if n > 50 => format!("19{y}"),
        (2, Ok(_)) => format!("20{y}"),
        _ => y.to_string(),
    }
}

fn kind_of_type(t: &str, has_suffix: bool) -> LegalRefKind {
    let t = t.to_lowercase();
    if (t.is_empty() && has_suffix) || t.starts_with("dir") || t.starts_with("richt") {
        LegalRefKind::Directive
    } else if t.starts_with("dec") || t.starts_with("déc") || t.starts_with("besch") {
        LegalRefKind::Decision
    } else {
        LegalRefKind::Regulation
    }
}
