//! Spain and Italy: statutes by number ("Ley Orgánica 7/2021", "Real Decreto 1720/2007",
//! "decreto legislativo n. 196/2003", "d.lgs. 196/2003", "legge n. 124 del 2007") and court
//! decisions ("STC 145/2014", "Cass. pen., sez. VI, n. 12345/2020"). Articles are in `fr.rs`.

use dossier_core::LegalRefKind;
use regex::Regex;

use super::{cap, re, Candidate};
use crate::registry::InstrumentRegistry;

pub(crate) struct EsItPatterns {
    es_act: Regex,
    es_case: Regex,
    it_act: Regex,
    it_case: Regex,
}

impl EsItPatterns {
    pub(crate) fn new() -> Result<Self, regex::Error> {
        Ok(EsItPatterns {
            es_act: re(r"\b(?P<type>Ley\sOrgánica|Ley|LO|Real\sDecreto-[Ll]ey|Real\sDecreto\sLegislativo|Real\sDecreto|RDL|RD|Decreto-[Ll]ey)\s(?P<num>\d{1,4})/(?P<year>(?:19|20)\d\d)(?:,\sde\s(?P<date>\d{1,2}\sde\s\p{L}+))?")?,
            es_case: re(r"\b(?:(?P<court>STC|STS|SAN|SAP|ATC|ATS|SSTC)\s|[Ss]entencia\s(?:del\sTribunal\s(?P<tc>Constitucional|Supremo)\s)?(?:n[úu]m\.\s)?)(?P<num>\d{1,5})/(?P<year>(?:19|20)\d\d)")?,
            it_act: re(r"(?i:\b(?P<type>decreto\slegislativo|decreto-legge|decreto\slegge|decreto\sdel\sPresidente\sdella\sRepubblica|regio\sdecreto|d\.\s?lgs\.?|d\.\s?l\.|legge|d\.\s?p\.\s?r\.))\s(?:(?P<date>\d{1,2}\s\p{L}+\s(?:19|20)\d\d),?\s)?(?:n\.\s?|nr\.\s?|n°\s?|numero\s)?(?P<num>\d{1,4})(?:/(?P<y1>(?:19|20)\d\d)|,?\sdel\s(?:\d{1,2}\s\p{L}+\s)?(?P<y2>(?:19|20)\d\d))?")?,
            it_case: re(r"\b(?P<court>Cass\.(?:\s(?:pen|civ)\.)?|Corte\scost\.|Corte\scostituzionale)(?:,\s(?:[Ss]ez\.\s\w+|S\.U\.|[Ss]ezioni\s[Uu]nite)(?:\s\w+\.)?)?,?\s(?:(?:sent|ord)\.\s|sentenza\s|ordinanza\s)?n\.\s?(?P<num>\d{1,6})(?:/(?P<y1>(?:19|20)\d\d)|\sdel\s(?:\d{1,2}\s\p{L}+\s)?(?P<y2>(?:19|20)\d\d))")?,
        })
    }

    pub(crate) fn find(&self, text: &str, reg: &InstrumentRegistry, out: &mut Vec<Candidate>) {
        self.find_es(text, reg, out);
        self.find_it(text, reg, out);
    }

    fn find_es(&self, text: &str, reg: &InstrumentRegistry, out: &mut Vec<Candidate>) {
        for c in self.es_act.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let t = cap(&c, "type").unwrap_or("");
            let prefix = match t {
                "Ley Orgánica" | "LO" => "LO",
                "Ley" => "Ley",
                "Real Decreto" | "RD" => "RD",
                _ => "RDL",
            };
            let (num, year) = (cap(&c, "num").unwrap_or(""), cap(&c, "year").unwrap_or(""));
            let key = format!("{prefix} {num}/{year}");
            let inst = reg.by_identifier("national", &key).filter(|i| i.jurisdiction == "es").map(|i| i.id.as_str());
            let kind = if prefix.starts_with("RD") { LegalRefKind::Regulation } else { LegalRefKind::Act };
            out.push(
                Candidate::new(m.start(), m.end(), kind, "es")
                    .field("type", Some(t))
                    .field("number", Some(num))
                    .field("year", Some(year))
                    .field("date", cap(&c, "date"))
                    .instrument(inst),
            );
        }
        for c in self.es_case.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let court = cap(&c, "court").or(cap(&c, "tc").map(|t| if t == "Supremo" { "TS" } else { "TC" }));
            out.push(
                Candidate::new(m.start(), m.end(), LegalRefKind::Case, "es")
                    .field("court", court)
                    .field("number", cap(&c, "num"))
                    .field("year", cap(&c, "year")),
            );
        }
    }

    fn find_it(&self, text: &str, reg: &InstrumentRegistry, out: &mut Vec<Candidate>) {
        for c in self.it_act.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let t = cap(&c, "type").unwrap_or("").to_lowercase().replace(' ', "");
            let prefix = if t.starts_with("decretoleg") && t.contains("is") || t.starts_with("d.lgs") {
                "d.lgs."
            } else if t.starts_with("regio") {
                "r.d."
            } else if t.starts_with("decreto") && !t.contains("presidente") || t.starts_with("d.l") {
                "d.l."
            } else if t.starts_with("d.p") || t.contains("presidente") {
                "d.p.r."
            } else {
                "l."
            };
            if cap(&c, "date").is_none() && cap(&c, "y1").is_none() && cap(&c, "y2").is_none() {
                continue; // "legge n. 5" without a year or date is too vague
            }
            let num = cap(&c, "num").unwrap_or("");
            let year = cap(&c, "y1").or(cap(&c, "y2")).or_else(|| cap(&c, "date").and_then(|d| d.rsplit(' ').next()));
            let key = format!("{prefix} {num}/{}", year.unwrap_or(""));
            let inst = reg.by_identifier("national", &key).filter(|i| i.jurisdiction == "it").map(|i| i.id.as_str());
            out.push(
                Candidate::new(m.start(), m.end(), LegalRefKind::Act, "it")
                    .field("type", Some(prefix))
                    .field("number", Some(num))
                    .field("year", year)
                    .field("date", cap(&c, "date"))
                    .instrument(inst),
            );
        }
        for c in self.it_case.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            out.push(
                Candidate::new(m.start(), m.end(), LegalRefKind::Case, "it")
                    .field("court", cap(&c, "court"))
                    .field("number", cap(&c, "num"))
                    .field("year", cap(&c, "y1").or(cap(&c, "y2"))),
            );
        }
    }
}
