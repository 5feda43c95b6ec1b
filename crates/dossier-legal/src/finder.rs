//! [`LegalRefFinder`]: runs every pattern family, attaches books to provisions
//! ("section 253 of the Investigatory Powers Act 2016", "§ 100a StPO"), keeps the longest
//! of overlapping candidates and converts byte offsets to code-point offsets.

use std::collections::{BTreeMap, HashSet};

use dossier_core::{LegalRef, LegalRefKind};
use regex::Regex;

use crate::error::LegalError;
use crate::patterns::{
    de::DePatterns, es_it::EsItPatterns, eu::EuPatterns, fr::FrPatterns, named::NamedPatterns, re, uk::UkPatterns,
    us::{parse_reporters, Reporter, UsPatterns, BUNDLED_REPORTERS},
    Attach, Candidate,
};
use crate::registry::InstrumentRegistry;
use crate::text::{at_word_boundary, CharIndex};

/// Finds legal references in text. Build once, use for many texts.
pub struct LegalRefFinder {
    registry: InstrumentRegistry,
    named: NamedPatterns,
    uk: UkPatterns,
    us: UsPatterns,
    eu: EuPatterns,
    fr: FrPatterns,
    de: DePatterns,
    es_it: EsItPatterns,
    connector: Regex,
    codes: Option<Regex>,
    de_book: Regex,
    chain: Regex,
    provision_head: Regex,
}

/// Court names that are never a law book ("§ 5 BGH" is a citation of the BGH, not of a law).
const NOT_BOOKS: &[&str] = &[
    "BGH", "BVerfG", "BVerwG", "BAG", "BSG", "BFH", "BPatG", "EuGH", "OLG", "LG", "AG", "VG", "OVG", "VGH", "LSG", "SG", "FG",
    "LAG", "KG", "RG", "BayObLG", "NJW", "AGB", "GmbH", "OHG", "GbR", "AP", "EzA", "SozR", "BStBl", "BGBl", "BT", "BR", "EU", "EG", "UK", "US", "USA", "RdNr", "Rn", "Rz", "Tz",
];

impl LegalRefFinder {
    /// A finder over a registry, with the bundled US reporter list.
    pub fn new(registry: &InstrumentRegistry) -> Result<Self, LegalError> {
        Self::with_reporters(registry, &parse_reporters(BUNDLED_REPORTERS))
    }

    /// A finder with another list of US reporter abbreviations (see [`crate::load_reporters_json`]).
    pub fn with_reporters(registry: &InstrumentRegistry, reporters: &[Reporter]) -> Result<Self, LegalError> {
        let codes = registry.all_codes();
        let codes = if codes.is_empty() {
            None
        } else {
            let alt: Vec<String> = codes.iter().map(|c| regex::escape(c).replace(' ', r"\s?")).collect();
            Some(re(&format!(r"^(?:,?\s)?(?:des\s|der\s)?(?P<code>{})", alt.join("|")))?)
        };
        Ok(LegalRefFinder {
            registry: registry.clone(),
            named: NamedPatterns::new(registry)?,
            uk: UkPatterns::new()?,
            us: UsPatterns::new(reporters)?,
            eu: EuPatterns::new()?,
            fr: FrPatterns::new()?,
            de: DePatterns::new()?,
            es_it: EsItPatterns::new()?,
            connector: re(r"^(?:,?\s(?:(?:of\sthe|of|du|de\sla|della|dello|del|der|des|de|dieses)\s|de\sl['’]|dell['’])|\s)")?,
            codes,
            chain: re(r"^(?:\s?,\s?|\s(?:i\.\s?V\.\s?m\.|in\sVerbindung\smit|und|oder|sowie|bzw\.)\s)$")?,
            provision_head: re(r"^(?:§§?|Art\.?|Artikels?)\s?\d{1,4}(?:\s?[a-z]\b)?")?,
            de_book: re(
                r"^\s?(?:(?P<long>(?:des|der)\s(?:[A-ZÄÖÜ]|[a-z]{1,3}[A-Z])[\p{L}\d-]*?(?:-\s(?:und|oder)\s-[\p{L}-]*?)?(?:[Gg]esetz(?:es|buch(?:es|s)?)?|[Oo]rdnung|[Vv]erordnung)\b|(?:Erstes|Zweites|Drittes|Viertes|Fünftes|Sechstes|Siebtes|Achtes|Neuntes|Zehntes|Elftes|Zwölftes)\sBuch\sSozialgesetzbuch|Grundgesetz(?:es)?|[A-ZÄÖÜ][\p{L}-]*(?:gesetz|ordnung))|des\sGesetzes\s(?:über|zur|zum)\s[^()§;]{3,150}?\s\((?P<inner>[A-ZÄÖÜ][\p{L}]+)\)|(?:des\s|der\s)?(?P<abbr>[A-ZÄÖÜ][A-Za-zäöüß]*[A-Z][A-Za-zäöüß]*(?:\s(?:[IVX]{1,4}\b|(?:19|20)\d\d\b))?))",
            )?,
        })
    }

    pub fn registry(&self) -> &InstrumentRegistry {
        &self.registry
    }

    /// Every legal reference in `text`, sorted, non-overlapping, with code-point offsets.
    pub fn find(&self, text: &str) -> Vec<LegalRef> {
        let mut cands = Vec::new();
        self.named.find(text, &self.registry, &mut cands);
        self.uk.find(text, &self.registry, &mut cands);
        self.us.find(text, &self.registry, &mut cands);
        self.eu.find(text, &self.registry, &mut cands);
        self.fr.find(text, &self.registry, &mut cands);
        self.de.find(text, &mut cands);
        self.es_it.find(text, &self.registry, &mut cands);
        let cands = self.attach_books(text, cands);
        let kept = resolve_overlaps(cands);
        let index = CharIndex::new(text);
        kept.into_iter().map(|c| to_ref(text, &index, c)).collect()
    }

    /// Like [`find`](Self::find) for a legal text whose own instrument is `own_instrument` (a
    /// registry id, e.g. from [`crate::detect_own_instrument`]): a provision that names no
    /// instrument or book ("§ 100a Absatz 2" in the StPO, "section 2705" in 18 U.S.C., "l'article
    /// 706-102-1" in the CPP) is resolved to it (field `resolved: own_instrument`), provided it is
    /// of the instrument's own kind of unit (sections for German, UK and US statutes; articles for
    /// French, EU, Spanish and Italian law and constitutions: "Art. 1 G v. 21.12.2021" in the
    /// StPO's front matter stays unresolved). In German offence catalogues ("1. aus dem
    /// Strafgesetzbuch: … §§ 80a bis 82") the items take the catalogue's book instead. An id not in
    /// the registry, or `None`, gives the same result as `find`.
    pub fn find_in(&self, text: &str, own_instrument: Option<&str>) -> Vec<LegalRef> {
        let mut refs = self.find(text);
        if let Some(own) = own_instrument.and_then(|id| self.registry.get(id)) {
            crate::own::resolve_own(text, &mut refs, own, &self.registry);
        }
        refs
    }

    /// Give provisions the instrument or book named right after them; drop Parts that get none.
    fn attach_books(&self, text: &str, mut cands: Vec<Candidate>) -> Vec<Candidate> {
        cands.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
        let mut consumed = HashSet::new();
        for i in 0..cands.len() {
            if cands[i].attach == Attach::No || cands[i].instrument_id.is_some() || cands[i].fields.contains_key("book") {
                continue;
            }
            if let Some(j) = self.named_after(text, &cands, i) {
                if cands[j].kind == LegalRefKind::Act {
                    merge(&mut cands, i, j);
                    consumed.insert(j);
                } else {
                    inherit(&mut cands, i, j);
                }
            } else if !self.code_after(text, &mut cands[i]) && cands[i].prefer.contains(&"de") {
                self.de_book_after(text, &mut cands[i]);
            }
        }
        propagate_groups(&mut cands);
        self.share_chain_books(text, &mut cands);
        cands
            .into_iter()
            .enumerate()
            .filter(|(i, c)| !consumed.contains(i) && (c.attach != Attach::BookRequired || c.fields.contains_key("book")))
            .map(|(_, c)| finish_jurisdiction(c))
            .collect()
    }

    /// "§ 5 Abs. 1, § 199 FGG", "§ 1908i Abs. 1 Satz 1 i.V.m. § 1846 BGB": a German provision
    /// without a book, chained to the next provision of the same kind that has one, shares its
    /// book (field `book_inferred: chain`; never its instrument link, which stays a guess) and,
    /// as the first item of a "§§" list, is cited as "§ 5" (the refex-de convention).
    fn share_chain_books(&self, text: &str, cands: &mut [Candidate]) {
        for i in (0..cands.len()).rev() {
            let c = &cands[i];
            if c.prefer != ["de"] || c.fields.contains_key("book") || c.instrument_id.is_some() || c.group.is_none() {
                continue;
            }
            let Some(next) = cands[i + 1..].iter().filter(|n| n.start >= c.end).min_by_key(|n| n.start) else { continue };
            if next.kind != c.kind || next.prefer != ["de"] || next.group == c.group || !self.chain.is_match(&text[c.end..next.start]) {
                continue;
            }
            let Some(book) = next.fields.get("book").cloned() else { continue };
            let head = self.provision_head.find(&text[c.start..c.end]).map(|m| c.start + m.end());
            let c = &mut cands[i];
            c.fields.insert("book".into(), book);
            c.fields.insert("book_inferred".into(), "chain".into());
            c.jurisdiction = "de".into();
            if let Some(head) = head {
                c.end = head;
            }
        }
    }

    /// Index of the longest whole-instrument candidate joined to provision `i` by "of the", "du", " "…
    fn named_after(&self, text: &str, cands: &[Candidate], i: usize) -> Option<usize> {
        let end = cands[i].end;
        let conn = self.connector.find(&text[end..])?;
        let at = end + conn.end();
        cands
            .iter()
            .enumerate()
            .filter(|(_, c)| c.start == at && c.attach == Attach::No && is_instrument_kind(c.kind))
            .max_by_key(|(_, c)| c.len())
            .map(|(j, _)| j)
    }

    /// A registry code right after the provision ("StPO", "CPP", "c.p.p."); true when one was found.
    fn code_after(&self, text: &str, cand: &mut Candidate) -> bool {
        let Some(rx) = &self.codes else { return false };
        let rest = &text[cand.end..];
        let Some(c) = rx.captures(rest) else { return false };
        let (Some(whole), Some(code)) = (c.get(0), c.name("code")) else { return false };
        if !at_word_boundary(text, cand.end + code.start(), cand.end + code.end()) {
            return false;
        }
        let inst = self.registry.by_code(code.as_str(), cand.prefer);
        cand.fields.insert("book".into(), code.as_str().to_string());
        cand.end += whole.end();
        if let Some(inst) = inst {
            cand.instrument_id = Some(inst.id.clone());
            cand.jurisdiction = inst.jurisdiction.clone();
        }
        true
    }

    /// A German law book not in the registry ("HGB", "SGB V", "des Sozialgerichtsgesetzes").
    fn de_book_after(&self, text: &str, cand: &mut Candidate) {
        let rest = &text[cand.end..];
        let Some(c) = self.de_book.captures(rest) else { return };
        let Some(whole) = c.get(0) else { return };
        let book = c.name("inner").or(c.name("abbr")).or(c.name("long")).map_or("", |m| m.as_str());
        let head = book.split_whitespace().next().unwrap_or("");
        let roman = head.chars().all(|c| "IVXL".contains(c));
        if roman || NOT_BOOKS.contains(&head) || !at_word_boundary(text, cand.end, cand.end + whole.end()) {
            return;
        }
        let book = book.trim_start_matches("des ").trim_start_matches("der ");
        cand.fields.insert("book".into(), book.to_string());
        cand.end += whole.end();
        cand.jurisdiction = "de".into();
    }
}

fn is_instrument_kind(kind: LegalRefKind) -> bool {
    matches!(kind, LegalRefKind::Act | LegalRefKind::Regulation | LegalRefKind::Directive | LegalRefKind::Identifier)
}

fn merge(cands: &mut [Candidate], i: usize, j: usize) {
    let (end, inst, juris) = (cands[j].end, cands[j].instrument_id.clone(), cands[j].jurisdiction.clone());
    let title = cands[j].fields.get("title").or(cands[j].fields.get("number")).cloned();
    let c = &mut cands[i];
    c.end = end;
    c.instrument_id = inst;
    if juris != "und" {
        c.jurisdiction = juris;
    }
    if let Some(t) = title {
        c.fields.entry("book".into()).or_insert(t);
    }
}

/// "Art. 6 der Richtlinie 77/388/EWG", "Article 5 of Regulation (EU) 2016/679": the numbered act
/// keeps its own span; the provision takes its instrument and book.
fn inherit(cands: &mut [Candidate], i: usize, j: usize) {
    let (inst, juris) = (cands[j].instrument_id.clone(), cands[j].jurisdiction.clone());
    let book = cands[j].fields.get("number").map(|n| format!("{}/{}", cands[j].fields.get("year").map_or("", String::as_str), n));
    let c = &mut cands[i];
    c.instrument_id = inst;
    c.jurisdiction = juris;
    if let Some(b) = book {
        c.fields.insert("book".into(), b);
    }
}

/// Items of one list ("§§ 511, 513, 520 ZPO") take the book of the item that names it.
fn propagate_groups(cands: &mut [Candidate]) {
    let mut books: BTreeMap<usize, (String, Option<String>, String)> = BTreeMap::new();
    for c in cands.iter() {
        if let (Some(g), Some(b)) = (c.group, c.fields.get("book")) {
            books.insert(g, (b.clone(), c.instrument_id.clone(), c.jurisdiction.clone()));
        }
    }
    for c in cands.iter_mut() {
        let Some((book, inst, juris)) = c.group.and_then(|g| books.get(&g)) else { continue };
        if !c.fields.contains_key("book") {
            c.fields.insert("book".into(), book.clone());
            c.instrument_id = inst.clone();
            c.jurisdiction = juris.clone();
        }
    }
}

/// A German provision with German subdivisions is German even without a book.
fn finish_jurisdiction(mut c: Candidate) -> Candidate {
    if c.jurisdiction == "und" && c.prefer == ["de"] && ["absatz", "satz", "nummer"].iter().any(|k| c.fields.contains_key(*k)) {
        c.jurisdiction = "de".into();
    }
    c
}

/// Longest first (then priority, then earliest); keep those that overlap nothing kept.
fn resolve_overlaps(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    cands.sort_by(|a, b| b.len().cmp(&a.len()).then(b.priority.cmp(&a.priority)).then(a.start.cmp(&b.start)));
    let mut kept: Vec<Candidate> = Vec::new();
    for c in cands {
        if c.len() == 0 || kept.iter().any(|k| k.start < c.end && c.start < k.end) {
            continue;
        }
        kept.push(c);
    }
    kept.sort_by_key(|c| c.start);
    kept
}

fn to_ref(text: &str, index: &CharIndex, c: Candidate) -> LegalRef {
    LegalRef {
        text: text[c.start..c.end].to_string(),
        start: index.char_of(c.start),
        end: index.char_of(c.end),
        kind: c.kind,
        jurisdiction: c.jurisdiction,
        instrument_id: c.instrument_id,
        fields: c.fields,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::char_slice;

    fn finder() -> LegalRefFinder {
        let reg = InstrumentRegistry::builtin().expect("bundled registry");
        LegalRefFinder::new(&reg).expect("finder")
    }

    /// The one reference whose text is `expected`, with every span checked against the text.
    fn one(f: &LegalRefFinder, text: &str, expected: &str) -> LegalRef {
        let refs = f.find(text);
        for r in &refs {
            assert_eq!(char_slice(text, r.start, r.end), Some(r.text.as_str()), "{r:?}");
        }
        refs.into_iter().find(|r| r.text == expected).unwrap_or_else(|| panic!("{expected:?} not found in {text:?}"))
    }

    fn check(f: &LegalRefFinder, text: &str, expected: &str, kind: LegalRefKind, inst: Option<&str>) -> LegalRef {
        let r = one(f, text, expected);
        assert_eq!(r.kind, kind, "{r:?}");
        assert_eq!(r.instrument_id.as_deref(), inst, "{r:?}");
        r
    }

    #[test]
    fn uk_acts_sections_and_instruments() {
        let f = finder();
        check(&f, "the Investigatory Powers Act 2016 was passed", "Investigatory Powers Act 2016", LegalRefKind::Act, Some("ipa-2016"));
        check(&f, "critics call it the Snoopers' Charter.", "Snoopers' Charter", LegalRefKind::Act, Some("ipa-2016"));
        check(&f, "critics call it the Snoopers’ Charter.", "Snoopers’ Charter", LegalRefKind::Act, Some("ipa-2016"));
        let r = check(&f, "a notice under s. 253 IPA", "s. 253 IPA", LegalRefKind::Section, Some("ipa-2016"));
        assert_eq!(r.fields["section"], "253");
        let r = check(&f, "see section 253(1) of the Investigatory Powers Act 2016.", "section 253(1) of the Investigatory Powers Act 2016", LegalRefKind::Section, Some("ipa-2016"));
        assert_eq!(r.fields["subsection"], "1");
        check(&f, "made by SI 2018/1123 in force", "SI 2018/1123", LegalRefKind::Regulation, None);
        let r = check(&f, "S.I. 2016 No. 25 applies", "S.I. 2016 No. 25", LegalRefKind::Regulation, None);
        assert_eq!(r.fields["year"], "2016");
        check(&f, "the Online Safety Act 2023 requires", "Online Safety Act 2023", LegalRefKind::Act, Some("uk-online-safety-act-2023"));
        check(&f, "under RIPA", "RIPA", LegalRefKind::Act, Some("uk-ripa-2000"));
    }

    #[test]
    fn us_codes_laws_and_cases() {
        let f = finder();
        let r = check(&f, "under 18 U.S.C. § 2523 the", "18 U.S.C. § 2523", LegalRefKind::Section, Some("18-usc"));
        assert_eq!(r.fields["section"], "2523");
        let r = check(&f, "see 47 U.S.C. 1002(b)(3).", "47 U.S.C. 1002(b)(3)", LegalRefKind::Section, Some("47-usc"));
        assert_eq!((r.fields["subsection"].as_str(), r.fields["paragraph"].as_str()), ("b", "3"));
        check(&f, "enacted as Pub. L. 103-414 in", "Pub. L. 103-414", LegalRefKind::Identifier, Some("calea"));
        check(&f, "the Clarifying Lawful Overseas Use of Data Act", "Clarifying Lawful Overseas Use of Data Act", LegalRefKind::Act, Some("cloud-act"));
        check(&f, "the CLOUD Act and CALEA", "CLOUD Act", LegalRefKind::Act, Some("cloud-act"));
        check(&f, "the CLOUD Act and CALEA", "CALEA", LegalRefKind::Act, Some("calea"));
        let r = check(&f, "Carpenter v. United States, 585 U.S. 296 (2018)", "585 U.S. 296", LegalRefKind::Case, None);
        assert_eq!(r.fields["reporter"], "U.S.");
        check(&f, "Riley v. California, 573 U.S. 373", "573 U.S. 373", LegalRefKind::Case, None);
        check(&f, "cited at 134 S. Ct. 2473", "134 S. Ct. 2473", LegalRefKind::Case, None);
    }

    #[test]
    fn eu_acts_and_identifiers() {
        let f = finder();
        check(&f, "under Regulation (EU) 2021/1232 providers", "Regulation (EU) 2021/1232", LegalRefKind::Regulation, Some("eu-reg-2021-1232"));
        check(&f, "Directive 2002/58/EC applies", "Directive 2002/58/EC", LegalRefKind::Directive, Some("eprivacy-directive-2002-58"));
        check(&f, "la proposition COM(2022) 209 final", "COM(2022) 209 final", LegalRefKind::Identifier, Some("eu-csa-proposal-2022-209"));
        check(&f, "CELEX 32021R1232.", "32021R1232", LegalRefKind::Identifier, Some("eu-reg-2021-1232"));
        let r = check(&f, "see ECLI:EU:C:2020:559.", "ECLI:EU:C:2020:559", LegalRefKind::Case, None);
        assert_eq!(r.jurisdiction, "eu");
        check(&f, "Schrems II (C-311/18)", "C-311/18", LegalRefKind::Case, None);
        check(&f, "le règlement (UE) 2016/679 dit", "règlement (UE) 2016/679", LegalRefKind::Regulation, Some("gdpr"));
        check(&f, "die Verordnung (EU) 2016/679 gilt", "Verordnung (EU) 2016/679", LegalRefKind::Regulation, Some("gdpr"));
        check(&f, "die Richtlinie 2002/58/EG gilt", "Richtlinie 2002/58/EG", LegalRefKind::Directive, Some("eprivacy-directive-2002-58"));
        check(&f, "el Reglamento (UE) 2016/679 y", "Reglamento (UE) 2016/679", LegalRefKind::Regulation, Some("gdpr"));
        check(&f, "il regolamento (UE) 2016/679 e", "regolamento (UE) 2016/679", LegalRefKind::Regulation, Some("gdpr"));
        check(&f, "le projet « Chat Control » revient", "Chat Control", LegalRefKind::Regulation, Some("eu-csa-proposal-2022-209"));
    }

    #[test]
    fn french_references() {
        let f = finder();
        check(&f, "l'article 434-15-2 du Code pénal punit", "article 434-15-2 du Code pénal", LegalRefKind::Article, Some("fr-code-penal"));
        check(&f, "selon l'art. 706-102-1 CPP, le juge", "art. 706-102-1 CPP", LegalRefKind::Article, Some("fr-cpp"));
        check(&f, "les articles 230-1 à 230-5 du code de procédure pénale prévoient", "articles 230-1 à 230-5 du code de procédure pénale", LegalRefKind::Article, Some("fr-cpp"));
        let r = check(&f, "la loi n° 2025-532 du 13 juin 2025 visant", "loi n° 2025-532 du 13 juin 2025", LegalRefKind::Act, Some("fr-loi-2025-532-narcotrafic"));
        assert_eq!(r.fields["number"], "2025-532");
        let r = check(&f, "la décision n° 2018-696 QPC du", "décision n° 2018-696 QPC", LegalRefKind::Decision, None);
        assert_eq!(r.fields["type"], "QPC");
    }

    #[test]
    fn german_references() {
        let f = finder();
        let r = check(&f, "nach § 100a Abs. 1 StPO darf", "§ 100a Abs. 1 StPO", LegalRefKind::Section, Some("de-stpo"));
        assert_eq!((r.fields["number"].as_str(), r.fields["absatz"].as_str()), ("100a", "1"));
        check(&f, "die §§ 170 ff. TKG regeln", "§§ 170 ff. TKG", LegalRefKind::Section, Some("de-tkg-2021"));
        check(&f, "verletzt Art. 10 GG nicht", "Art. 10 GG", LegalRefKind::Article, Some("de-gg"));
        let r = check(&f, "(BVerfG, 1 BvR 966/09)", "BVerfG, 1 BvR 966/09", LegalRefKind::Case, None);
        assert_eq!(r.fields["file_number"], "1 BvR 966/09");
        let r = check(&f, "(BGH, Beschluss vom 29. April 2015 - XII ZB 214/14, NJW 2015, 1827)", "BGH, Beschluss vom 29. April 2015 - XII ZB 214/14", LegalRefKind::Case, None);
        assert_eq!((r.fields["court"].as_str(), r.fields["date"].as_str()), ("BGH", "2015-04-29"));
        let r = check(&f, "(BGH, Beschluss vom 29. April 2015 - XII ZB 214/14, NJW 2015, 1827)", "NJW 2015, 1827", LegalRefKind::Case, None);
        assert_eq!(r.fields["reporter"], "NJW");
        check(&f, "vgl. BGHZ 123, 45.", "BGHZ 123, 45", LegalRefKind::Case, None);
        let text = "§§ 511, 513, 520 ZPO";
        let refs = f.find(text);
        assert_eq!(refs.iter().map(|r| r.text.as_str()).collect::<Vec<_>>(), ["§§ 511", "513", "520 ZPO"]);
        assert!(refs.iter().all(|r| r.fields.get("book").map(String::as_str) == Some("ZPO")));
    }

    #[test]
    fn german_lists_books_and_refex_conventions() {
        let f = finder();
        let texts = |t: &str| f.find(t).into_iter().map(|r| r.text).collect::<Vec<_>>();
        // Hyphenated and lower-case-initial books, "der" + abbreviation.
        check(&f, "bleiben § 4a des MAD-Gesetzes und", "§ 4a des MAD-Gesetzes", LegalRefKind::Section, None);
        check(&f, "nach § 12 des eID-Karte-Gesetzes oder", "§ 12 des eID-Karte-Gesetzes", LegalRefKind::Section, None);
        check(&f, "ist § 23 des Justizvergütungs- und -entschädigungsgesetzes entsprechend", "§ 23 des Justizvergütungs- und -entschädigungsgesetzes", LegalRefKind::Section, None);
        let r = check(&f, "gemäß § 12 Abs. 1 der HeizkostenV ein", "§ 12 Abs. 1 der HeizkostenV", LegalRefKind::Section, None);
        assert_eq!(r.fields["book"], "HeizkostenV");
        // Every item of a "§§" list carries the list's number and book.
        let refs = f.find("nach den §§ 100a, 100b StPO");
        assert_eq!(refs.iter().map(|r| (r.text.as_str(), r.fields["number"].as_str())).collect::<Vec<_>>(), [("§§ 100a", "100a"), ("100b StPO", "100b")]);
        assert!(refs.iter().all(|r| r.instrument_id.as_deref() == Some("de-stpo") && r.fields["book"] == "StPO"));
        // After a single "§" the numbers continue the last subdivision: no lone "2", "4", "8".
        assert_eq!(texts("nach § 172 Absatz 1, 2 und 4 erhobenen Daten"), ["§ 172 Absatz 1, 2 und 4"]);
        assert_eq!(texts("nach § 5 Abs. 1 Satz 3 Nr. 2, 3, 7 und 8 erhobene"), ["§ 5 Abs. 1 Satz 3 Nr. 2, 3, 7 und 8"]);
        assert_eq!(texts("nach § 5, 6 erhobene"), ["§ 5"]);
        assert_eq!(texts("Art. 12, 14 GG"), ["Art. 12", "14 GG"]);
        // refex: "HGB §§ 74 ff" without "ff", "§§ 74 ff. HGB" with it.
        assert_eq!(texts("gelten die HGB §§ 74 ff (im Anschluß"), ["HGB §§ 74"]);
        assert_eq!(texts("gelten die §§ 74 ff. HGB."), ["§§ 74 ff. HGB"]);
        // Contract clauses are no legal references.
        assert!(f.find("Er hatte sich in § 10 des Arbeitsvertrages verpflichtet; § 3 Nr. 8 des Mietvertrages").is_empty());
        assert!(f.find("nach § 9 dieses Vertrages vom 1. Mai").is_empty());
        check(&f, "nach Art. 267 des Vertrages über die Arbeitsweise", "Art. 267", LegalRefKind::Article, None);
        // Provisions that locate a reported decision or a commentary say so.
        let r = one(&f, "BAG 10, 76 = AP Nr. 17 zu § 74 HGB).", "§ 74 HGB");
        assert_eq!(r.fields["cited_in"], "reporter");
        let r = one(&f, "(Jansen FGG 2.Aufl. § 5 Rn.19)", "§ 5");
        assert_eq!(r.fields["cited_in"], "commentary");
        // A chain shares the book of its last provision, never its instrument link.
        let refs = f.find("(§ 5 Abs.1, § 199 Abs.1 FGG; § 1908i Abs.1 Satz 1 i.V.m. § 1846 BGB; § 17 oder § 18 StPO)");
        let got: Vec<_> = refs.iter().map(|r| (r.text.as_str(), r.fields.get("book").map(String::as_str))).collect();
        assert_eq!(got, [("§ 5", Some("FGG")), ("§ 199 Abs.1 FGG", Some("FGG")), ("§ 1908i", Some("BGB")), ("§ 1846 BGB", Some("BGB")), ("§ 17", Some("StPO")), ("§ 18 StPO", Some("StPO"))]);
        assert_eq!((refs[0].fields["absatz"].as_str(), refs[0].fields["book_inferred"].as_str()), ("1", "chain"));
        assert_eq!((refs[4].instrument_id.as_deref(), refs[5].instrument_id.as_deref()), (None, Some("de-stpo")));
        let r = one(&f, "§ 1908i Abs.1 Satz 1 BGB", "§ 1908i Abs.1 Satz 1 BGB");
        assert_eq!((r.fields["absatz"].as_str(), r.fields["satz"].as_str()), ("1", "1"));
    }

    #[test]
    fn spanish_and_italian_references() {
        let f = finder();
        check(&f, "el artículo 588 ter de la LECrim permite", "artículo 588 ter de la LECrim", LegalRefKind::Article, Some("es-lecrim"));
        check(&f, "la Ley Orgánica 7/2021 regula", "Ley Orgánica 7/2021", LegalRefKind::Act, Some("es-lo-7-2021"));
        check(&f, "ai sensi dell'art. 266 c.p.p. il giudice", "art. 266 c.p.p.", LegalRefKind::Article, Some("it-cpp"));
        check(&f, "il decreto legislativo n. 196/2003 disciplina", "decreto legislativo n. 196/2003", LegalRefKind::Act, Some("it-privacy-code-196-2003"));
    }

    #[test]
    fn ambiguous_references_stay_unresolved() {
        let f = finder();
        for (text, expected) in [
            ("This is covered by section 2 only.", "section 2"),
            ("Selon l'art. 5, rien ne change.", "art. 5"),
            ("Come previsto dall'art. 5.", "art. 5"),
            ("Nach § 5 ist das zulässig.", "§ 5"),
        ] {
            let r = one(&f, text, expected);
            assert_eq!(r.instrument_id, None, "{r:?}");
        }
        // "CP" is both the French and the Spanish penal code: "art. 5 CP" names no single instrument.
        assert_eq!(one(&f, "voir art. 5 CP.", "art. 5 CP").instrument_id, None);
        // A tribunal is not the Act.
        assert!(f.find("ricorso all'Investigatory Powers Tribunal").iter().all(|r| r.instrument_id.is_none()));
    }

    #[test]
    fn seed_and_news_wording_link() {
        let f = finder();
        let seed = include_str!("../../../corpora/news/uk-apple-icloud-backdoor.fr.txt");
        let refs = f.find(seed);
        assert!(refs.iter().any(|r| r.instrument_id.as_deref() == Some("us-uk-data-access-agreement-2019")), "{refs:?}");
        let news = "The move follows a secret order issued by the Home Office in January 2025 under the Investigatory Powers Act, according to the Washington Post.";
        check(&f, news, "Investigatory Powers Act", LegalRefKind::Act, Some("ipa-2016"));
        let en = "The United States and the United Kingdom signed a data access agreement in October 2019.";
        check(&f, en, "data access agreement", LegalRefKind::Act, Some("us-uk-data-access-agreement-2019"));
    }

    #[test]
    fn every_span_slices_to_its_text_on_the_bundled_legal_texts() {
        let f = finder();
        for text in [
            include_str!("../../../corpora/legal/de/g10-2001-vollstaendig.md"),
            include_str!("../../../corpora/legal/de/stpo-100a-100k-auszug.md"),
            include_str!("../../../corpora/legal/en-us/usc-18-2523-cloud-act-executive-agreements.md"),
            include_str!("../../../corpora/legal/fr/cpp-706-102-1-s-captation-donnees.md"),
            include_str!("../../../corpora/news/uk-apple-icloud-backdoor.fr.txt"),
        ] {
            let refs = f.find(text);
            assert!(!refs.is_empty());
            for w in refs.windows(2) {
                assert!(w[0].end <= w[1].start, "overlap {:?} {:?}", w[0], w[1]);
            }
            for r in refs {
                assert_eq!(char_slice(text, r.start, r.end), Some(r.text.as_str()));
            }
        }
    }
}
