//! France, and the article form shared with English, Spanish and Italian texts:
//! "article 434-15-2 du Code pénal", "art. 706-102-1 CPP", "articles 230-1 à 230-5 du code de
//! procédure pénale", "artículo 588 ter", "art. 266 c.p.p."; French statutes ("loi n° 2025-532"),
//! Conseil constitutionnel decisions ("décision n° 2018-696 QPC") and court decisions.

use dossier_core::LegalRefKind;
use regex::Regex;

use super::{cap, re, Attach, Candidate};
use crate::registry::InstrumentRegistry;

pub(crate) struct FrPatterns {
    article: Regex,
    loi: Regex,
    cc_decision: Regex,
    court: Regex,
}

const NUM: &str = r"(?:[LRDA]\.?\s?)?\d{1,4}(?:[-‑.]\d{1,4})*(?:[\s‑-]?(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)\b(?:\s[a-z]\b)?)?";

impl FrPatterns {
    pub(crate) fn new() -> Result<Self, regex::Error> {
        let article = format!(
            r"\b(?P<word>[Aa]rticles?|[Aa]rtículos?|[Aa]rticol[oi]|art\.|arts\.|artt\.)\s?(?P<num>{NUM})(?P<parts>(?:\s?\(\d{{1,3}}\)|\s?\([a-z]\))*)(?P<more>(?:\s?(?:,|à|et|to|and|a|al|y|e|-|–)\s?{NUM}(?:\s?\(\d{{1,3}}\))*)*)(?:,?\s(?:paragraphe|paragraph|alinéa|apartado|comma|párrafo|para\.|al\.)\s(?P<para>\d{{1,3}}))?"
        );
        Ok(FrPatterns {
            article: re(&article)?,
            loi: re(r"\b(?P<type>[Ll]oi(?:\sorganique)?|LOI|[Dd]écret|[Oo]rdonnance)\s(?:n[°º]|no\.?|n\.)\s?(?P<num>\d{2,4}-\d{1,4})(?:\sdu\s(?P<date>\d{1,2}(?:er)?\s\p{L}+\s\d{4}))?")?,
            cc_decision: re(r"\b(?:[Dd]écision|Cons\.\sconst\.,?|CC,)\s(?:n[°º]\s?)?(?P<num>\d{2,4}-\d{1,4})\s(?P<type>QPC|DC|LP|L|I|FNR|ORGA|REF|AN|SEN|ELEC|LOM|PDR)\b")?,
            court: re(r"\b(?P<court>Cass\.\s?(?:crim|civ\.?\s?(?:1re|2e|3e)?|com|soc|ass\.\s?plén)\.?|CE|Conseil\sd['’]État),\s(?:(?:Ass\.|sect\.|ord\.),?\s)?(?P<date>\d{1,2}(?:er)?\s\p{L}+\s\d{4}),\s(?:n[°º]\s?)(?P<num>\d{2}-\d{2}\.\d{3}|\d{5,6})")?,
        })
    }

    pub(crate) fn find(&self, text: &str, reg: &InstrumentRegistry, out: &mut Vec<Candidate>) {
        self.find_articles(text, out);
        self.find_acts(text, reg, out);
    }

    fn find_articles(&self, text: &str, out: &mut Vec<Candidate>) {
        for c in self.article.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let word = cap(&c, "word").unwrap_or("").to_lowercase();
            let (juris, prefer): (&str, &'static [&'static str]) = if word.starts_with("artí") || word == "arts." {
                ("es", &["es"])
            } else if word.starts_with("articol") || word == "artt." {
                ("it", &["it"])
            } else if word.starts_with("article") {
                ("und", &["fr", "eu", "uk", "us"])
            } else {
                ("und", &[])
            };
            let more = cap(&c, "more").unwrap_or("");
            let end = trim_trailing_joiner(text, m.start(), m.end());
            let mut cand = Candidate::new(m.start(), end, LegalRefKind::Article, juris)
                .field("article", cap(&c, "num"))
                .field("paragraph", cap(&c, "para").or_else(|| first_paren(cap(&c, "parts").unwrap_or(""))))
                .field("range", Some(more).filter(|m| !m.trim().is_empty()));
            cand.attach = Attach::Book;
            cand.prefer = prefer;
            out.push(cand);
        }
    }

    fn find_acts(&self, text: &str, reg: &InstrumentRegistry, out: &mut Vec<Candidate>) {
        for c in self.loi.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let t = cap(&c, "type").unwrap_or("").to_lowercase();
            let kind = if t.starts_with("loi") { LegalRefKind::Act } else { LegalRefKind::Regulation };
            let num = cap(&c, "num").unwrap_or("");
            let inst = reg.by_identifier("national", num).filter(|i| i.jurisdiction == "fr").map(|i| i.id.as_str());
            out.push(
                Candidate::new(m.start(), m.end(), kind, "fr")
                    .field("type", Some(&t))
                    .field("number", Some(num))
                    .field("date", cap(&c, "date"))
                    .instrument(inst),
            );
        }
        for c in self.cc_decision.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            out.push(
                Candidate::new(m.start(), m.end(), LegalRefKind::Decision, "fr")
                    .field("court", Some("Conseil constitutionnel"))
                    .field("number", cap(&c, "num"))
                    .field("type", cap(&c, "type")),
            );
        }
        for c in self.court.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            out.push(
                Candidate::new(m.start(), m.end(), LegalRefKind::Case, "fr")
                    .field("court", cap(&c, "court"))
                    .field("date", cap(&c, "date"))
                    .field("file_number", cap(&c, "num")),
            );
        }
    }
}

fn first_paren(parts: &str) -> Option<&str> {
    super::paren_parts(parts).into_iter().next()
}

/// Drop a dangling "-" or "." the number pattern may leave at the end.
fn trim_trailing_joiner(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    start + s.trim_end_matches(['-', '‑', '.', ' ', ',']).len()
}
