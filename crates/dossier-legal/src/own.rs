//! A legal text's own instrument: in a statute or code, "§ 100a Absatz 2" or "section 2705"
//! with no book refers to the text itself. [`detect_own_instrument`] reads it from the front
//! matter or title lines; [`crate::LegalRefFinder::find_in`] resolves bare provisions to it.

use std::path::Path;
use std::sync::OnceLock;

use dossier_core::{LegalRef, LegalRefKind};
use regex::Regex;

use crate::registry::{Instrument, InstrumentRegistry};
use crate::text::CharIndex;

struct Patterns {
    front_code: Regex,
    front_title: Regex,
    heading: Regex,
    usc_title: Regex,
    eu_number: Regex,
    parenthesised: Regex,
    list_scope: Regex,
    scope_end: Regex,
}

fn patterns() -> Option<&'static Patterns> {
    static P: OnceLock<Option<Patterns>> = OnceLock::new();
    P.get_or_init(|| {
        Some(Patterns {
            front_code: Regex::new(r"(?m)^jurabk:\s*(.+?)\s*$").ok()?,
            front_title: Regex::new(r"(?m)^[Tt]itle:\s*(.+?)\s*$").ok()?,
            heading: Regex::new(r"(?m)^#{1,3}\s+(.+?)\s*$").ok()?,
            usc_title: Regex::new(r"^Title\s+(\d+)\s*[—–-]").ok()?,
            eu_number: Regex::new(r"\((?:EU|EC|EEC|UE|CE)\)\s(?:No\s)?(\d{4}/\d{1,4})|\b(\d{4}/\d{1,4})/(?:EU|EC|EEC|UE|CE)\b").ok()?,
            parenthesised: Regex::new(r"\(([^()]{1,40})\)\s*$").ok()?,
            list_scope: Regex::new(r"(?m)^[ \t]*\d{1,2}[a-z]?\.[ \t]+aus[ \t]+(?:dem|der)[ \t]+([^:\n]{3,80}):[ \t]*$").ok()?,
            scope_end: Regex::new(r"(?m)^(?:[ \t]*\(\d{1,2}[a-z]?\)|#)").ok()?,
        })
    })
    .as_ref()
}

/// The registry id of the instrument a legal text is (an excerpt of), read from its front matter
/// (`jurabk: StPO`, `Title: …`) or its first title lines ("# Title 18— CRIMES…",
/// "# Strafprozeßordnung (StPO)", "# Investigatory Powers Act 2016", "Regulation (EU) 2021/1232").
/// `None` when the text does not name a registry instrument (the bundled French articles start
/// with "# Article 434-15-2": see [`detect_own_instrument_in_file`]).
///
/// ```
/// use dossier_legal::{detect_own_instrument, InstrumentRegistry};
/// let reg = InstrumentRegistry::builtin()?;
/// let text = "---\nTitle: Strafprozeßordnung\njurabk: StPO\n---\n# Strafprozeßordnung (StPO)\n";
/// assert_eq!(detect_own_instrument(text, &reg).as_deref(), Some("de-stpo"));
/// # Ok::<(), dossier_legal::LegalError>(())
/// ```
pub fn detect_own_instrument(text: &str, registry: &InstrumentRegistry) -> Option<String> {
    let p = patterns()?;
    let head: String = text.chars().take(2000).collect();
    if let Some(code) = p.front_code.captures(&head).and_then(|c| c.get(1)) {
        if let Some(inst) = by_code_or_name(registry, code.as_str()) {
            return Some(inst.id.clone());
        }
    }
    let titles = p.front_title.captures_iter(&head).chain(p.heading.captures_iter(&head)).filter_map(|c| c.get(1));
    for title in titles.take(4) {
        if let Some(inst) = from_title(p, registry, title.as_str()) {
            return Some(inst.id.clone());
        }
    }
    None
}

/// Like [`detect_own_instrument`], then from the file name when the text says nothing: the
/// name's leading words are compared with registry titles and code abbreviations
/// ("code-penal-434-15-2.md" → Code pénal, "cpp-706-102-1-….md" → CPP), preferring the
/// jurisdiction of the parent folder ("fr", "de", "uk", "eu", "en-us" → us).
pub fn detect_own_instrument_in_file(path: &Path, text: &str, registry: &InstrumentRegistry) -> Option<String> {
    if let Some(id) = detect_own_instrument(text, registry) {
        return Some(id);
    }
    let stem = path.file_stem()?.to_str()?.to_lowercase();
    let folder = path.parent().and_then(|d| d.file_name()).and_then(|d| d.to_str()).unwrap_or("");
    let jurisdiction = folder.rsplit('-').next().unwrap_or(folder).to_lowercase();
    let words: Vec<&str> = stem.split(['-', '_']).collect();
    let candidates = registry.instruments().iter().filter(|i| jurisdiction.is_empty() || i.jurisdiction == jurisdiction);
    let mut best: Option<(&Instrument, usize)> = None;
    for inst in candidates {
        let forms = std::iter::once(&inst.title).chain(&inst.names).chain(&inst.codes).chain(&inst.abbreviations);
        for form in forms {
            let slug = slug_words(form);
            if !slug.is_empty() && words.len() >= slug.len() && words[..slug.len()] == slug[..] {
                if best.is_none_or(|(_, n)| slug.len() > n) {
                    best = Some((inst, slug.len()));
                } else if best.is_some_and(|(b, n)| slug.len() == n && b.id != inst.id) {
                    // Two instruments fit equally well: say nothing rather than guess.
                    best = Some((inst, usize::MAX));
                }
            }
        }
    }
    best.filter(|(_, n)| *n != usize::MAX).map(|(i, _)| i.id.clone())
}

/// "Code de procédure pénale" → ["code", "de", "procedure", "penale"].
fn slug_words(s: &str) -> Vec<String> {
    let folded: String = s
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect();
    folded.split_whitespace().map(str::to_string).collect()
}

fn by_code_or_name<'r>(registry: &'r InstrumentRegistry, s: &str) -> Option<&'r Instrument> {
    let s = s.trim();
    registry.by_code(s, &[]).or_else(|| registry.by_name(s))
}

fn from_title<'r>(p: &Patterns, registry: &'r InstrumentRegistry, title: &str) -> Option<&'r Instrument> {
    let title = title.trim().trim_start_matches('#').trim();
    if let Some(n) = p.usc_title.captures(title).and_then(|c| c.get(1)) {
        return registry.by_identifier("usc_title", n.as_str());
    }
    if let Some(c) = p.eu_number.captures(title) {
        if let Some(n) = c.get(1).or(c.get(2)) {
            if let Some(inst) = registry.by_identifier("eu_number", n.as_str()) {
                return Some(inst);
            }
        }
    }
    if let Some(inst) = by_code_or_name(registry, title) {
        return Some(inst);
    }
    // "Strafprozeßordnung (StPO)": the name before the brackets, or the abbreviation inside.
    let c = p.parenthesised.captures(title)?;
    let (whole, inner) = (c.get(0)?, c.get(1)?);
    by_code_or_name(registry, &title[..whole.start()]).or_else(|| by_code_or_name(registry, inner.as_str()))
}

/// The kind of provision an instrument is made of: articles in French, EU, Spanish and Italian
/// law and in constitutions; sections (§, s.) otherwise.
fn own_unit_kind(inst: &Instrument) -> LegalRefKind {
    if ["fr", "eu", "es", "it"].contains(&inst.jurisdiction.as_str()) || inst.kind == "constitution" || inst.kind == "treaty" {
        LegalRefKind::Article
    } else {
        LegalRefKind::Section
    }
}

/// True when the reference names no instrument or book of its own.
fn is_bare_provision(r: &LegalRef) -> bool {
    matches!(r.kind, LegalRefKind::Section | LegalRefKind::Article)
        && r.instrument_id.is_none()
        && !["book", "title", "code"].iter().any(|k| r.fields.contains_key(*k))
}

/// German offence catalogues ("1. aus dem Strafgesetzbuch:" … up to the next item, Absatz or
/// heading): (start, end) in code points and the book named.
fn list_scopes(p: &Patterns, text: &str) -> Vec<(usize, usize, String)> {
    let index = CharIndex::new(text);
    let marks: Vec<_> = p.list_scope.captures_iter(text).collect();
    let mut out = Vec::new();
    for (i, c) in marks.iter().enumerate() {
        let (Some(m), Some(book)) = (c.get(0), c.get(1)) else { continue };
        let mut end = marks.get(i + 1).and_then(|n| n.get(0)).map_or(text.len(), |n| n.start());
        if let Some(stop) = p.scope_end.find(&text[m.end()..end]) {
            end = m.end() + stop.start();
        }
        out.push((index.char_of(m.end()), index.char_of(end), book.as_str().trim().to_string()));
    }
    out
}

/// Resolve the bare provisions of `refs` (found in `text`) to the text's own instrument.
pub(crate) fn resolve_own(text: &str, refs: &mut [LegalRef], own: &Instrument, registry: &InstrumentRegistry) {
    let Some(p) = patterns() else { return };
    let scopes = if own.jurisdiction == "de" { list_scopes(p, text) } else { Vec::new() };
    let unit = own_unit_kind(own);
    for r in refs.iter_mut().filter(|r| is_bare_provision(r)) {
        if let Some((_, _, book)) = scopes.iter().find(|(s, e, _)| *s <= r.start && r.end <= *e) {
            // "1. aus dem Strafgesetzbuch: … §§ 80a bis 82": the catalogue's book, not the text's.
            r.fields.insert("book".into(), book.clone());
            r.jurisdiction = own.jurisdiction.clone();
            if let Some(inst) = registry.by_name(book) {
                r.instrument_id = Some(inst.id.clone());
                r.jurisdiction = inst.jurisdiction.clone();
            }
            continue;
        }
        if r.kind != unit {
            continue;
        }
        r.instrument_id = Some(own.id.clone());
        r.jurisdiction = own.jurisdiction.clone();
        r.fields.insert("resolved".into(), "own_instrument".into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LegalRefFinder;

    fn registry() -> InstrumentRegistry {
        InstrumentRegistry::builtin().expect("bundled registry")
    }

    const STPO: &str = include_str!("../../../corpora/legal/de/stpo-100a-100k-auszug.md");
    const G10: &str = include_str!("../../../corpora/legal/de/g10-2001-vollstaendig.md");
    const TKG: &str = include_str!("../../../corpora/legal/de/tkg-2021-170-175-auszug.md");
    const BKAG: &str = include_str!("../../../corpora/legal/de/bkag-2018-49-51-auszug.md");
    const USC_2523: &str = include_str!("../../../corpora/legal/en-us/usc-18-2523-cloud-act-executive-agreements.md");
    const USC_2703: &str = include_str!("../../../corpora/legal/en-us/usc-18-2703-required-disclosure.md");
    const USC_1002: &str = include_str!("../../../corpora/legal/en-us/usc-47-1002-calea-assistance-capability.md");
    const CP: &str = include_str!("../../../corpora/legal/fr/code-penal-434-15-2.md");
    const CPP: &str = include_str!("../../../corpora/legal/fr/cpp-706-102-1-s-captation-donnees.md");

    #[test]
    fn detects_the_bundled_texts_instruments() {
        let reg = registry();
        for (text, id) in [(STPO, "de-stpo"), (G10, "de-g10"), (TKG, "de-tkg-2021"), (BKAG, "de-bkag"), (USC_2523, "18-usc"), (USC_2703, "18-usc"), (USC_1002, "47-usc")] {
            assert_eq!(detect_own_instrument(text, &reg).as_deref(), Some(id));
        }
        assert_eq!(detect_own_instrument("# Investigatory Powers Act 2016\n\nPart 9", &reg).as_deref(), Some("ipa-2016"));
        let eu = "# Regulation (EU) 2021/1232 of the European Parliament and of the Council of 14 July 2021\n";
        assert_eq!(detect_own_instrument(eu, &reg).as_deref(), Some("eu-reg-2021-1232"));
        // The French articles name no code: only the file name does.
        assert_eq!(detect_own_instrument(CP, &reg), None);
        assert_eq!(detect_own_instrument("Nach § 5 ist das zulässig.", &reg), None);
        let in_file = |p: &str, t: &str| detect_own_instrument_in_file(Path::new(p), t, &reg);
        assert_eq!(in_file("corpora/legal/fr/code-penal-434-15-2.md", CP).as_deref(), Some("fr-code-penal"));
        assert_eq!(in_file("corpora/legal/fr/cpp-706-102-1-s-captation-donnees.md", CPP).as_deref(), Some("fr-cpp"));
        assert_eq!(in_file("corpora/legal/de/stpo-100a-100k-auszug.md", STPO).as_deref(), Some("de-stpo"));
        assert_eq!(in_file("notes/unrelated.md", "nothing"), None);
    }

    #[test]
    fn bare_provisions_resolve_to_the_own_instrument() {
        let reg = registry();
        let f = LegalRefFinder::new(&reg).expect("finder");
        let refs = f.find_in(STPO, Some("de-stpo"));
        let at = |needle: &str| {
            let start = STPO.find(needle).map(|b| STPO[..b].chars().count()).expect("needle in text");
            refs.iter().find(|r| r.start == start).unwrap_or_else(|| panic!("no reference at {needle:?}"))
        };
        // "(4) § 100d Absatz 1 und 2 sowie § 100e Absatz 1, 3, 5 Satz 1 gelten": the StPO's own.
        let r = at("§ 100e Absatz 1, 3, 5 Satz 1");
        assert_eq!((r.text.as_str(), r.instrument_id.as_deref()), ("§ 100e Absatz 1, 3, 5 Satz 1", Some("de-stpo")));
        assert_eq!(r.fields["resolved"], "own_instrument");
        // "1. aus dem Strafgesetzbuch: … §§ 80a bis 82": the catalogue's book, never the StPO.
        let r = at("§§ 80a");
        assert_eq!((r.fields["book"].as_str(), r.instrument_id.as_deref()), ("Strafgesetzbuch", None));
        // "Art. 1 G v. 21.12.2021" (front matter) is an article of an amending act.
        assert_eq!(at("Art. 1 G").instrument_id, None);
        // A named book keeps its own instrument.
        assert!(refs.iter().filter(|r| r.fields.get("book").is_some_and(|b| b == "TKG")).all(|r| r.instrument_id.as_deref() == Some("de-tkg-2021")));
        // No lone number outside a "§§" list.
        for r in &refs {
            if r.text.starts_with(|c: char| c.is_ascii_digit()) {
                let before: String = STPO.chars().take(r.start).collect();
                let (plural, single) = (before.rfind("§§"), before.rfind("§ "));
                assert!(plural.is_some_and(|p| single.is_none_or(|s| s <= p + '§'.len_utf8())), "lone number {r:?}");
            }
        }

        let refs = f.find_in(USC_2703, Some("18-usc"));
        let r = refs.iter().find(|r| r.text.starts_with("section 2705")).expect("section 2705");
        assert_eq!(r.instrument_id.as_deref(), Some("18-usc"));
        let refs = f.find_in(USC_2523, Some("18-usc"));
        let r = refs.iter().find(|r| r.text == "8 U.S.C. 1101(a)").expect("8 U.S.C.");
        assert_eq!(r.instrument_id, None, "another title of the Code is not the text's own");

        let refs = f.find_in(CPP, Some("fr-cpp"));
        let r = refs.iter().find(|r| r.text == "article 706-73").expect("article 706-73");
        assert_eq!(r.instrument_id.as_deref(), Some("fr-cpp"));
        // Without an own instrument, or with an unknown id, nothing is resolved.
        assert_eq!(f.find_in(CPP, None), f.find(CPP));
        assert_eq!(f.find_in(CPP, Some("no-such-id")), f.find(CPP));
    }
}
