//! Addressable units of a legal text: part/chapter, section (§) or article, subsection/Absatz,
//! paragraph/Nummer, subparagraph/Buchstabe, clause, French alinéas. Reads the Markdown or plain
//! layouts of `corpora/legal` (U.S. Code chunks, gesetze-im-internet Markdown, French codes).

use std::collections::HashSet;
use std::sync::OnceLock;

use dossier_core::LegalUnit;
use regex::Regex;

use crate::text::CharIndex;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Us,
    De,
    Fr,
}

struct Open {
    rank: u8,
    unit: LegalUnit,
}

struct Splitter<'t> {
    text: &'t str,
    index: CharIndex,
    instrument: String,
    style: Style,
    stack: Vec<Open>,
    done: Vec<LegalUnit>,
    seen: HashSet<String>,
    alinea: usize,
}

struct Patterns {
    heading: Regex,
    title: Regex,
    division: Regex,
    section: Regex,
    article: Regex,
    marker: Regex,
    number: Regex,
    letter: Regex,
    front: Regex,
}

fn patterns() -> Option<&'static Patterns> {
    static P: OnceLock<Option<Patterns>> = OnceLock::new();
    P.get_or_init(|| {
        Some(Patterns {
            heading: Regex::new(r"^#{1,6}\s+(.*?)\s*$").ok()?,
            title: Regex::new(r"^Title\s+(\d+)\s*[—–-]+\s*(.*)$").ok()?,
            division: Regex::new(r"^(?i)(part|teil|buch|livre|titre|chapter|kapitel|chapitre|abschnitt|unterabschnitt)\s+([\w.]+)\s*[—–-]*\s*(.*)$").ok()?,
            section: Regex::new(r"^§\s*(\d+[a-z]?)\.?\s*(.*)$").ok()?,
            article: Regex::new(r"^(?:Article|Art\.|Artikel|Artículo|Articolo)\s+([\w-]+)\.?\s*(.*)$").ok()?,
            marker: Regex::new(r"^\(([A-Za-z0-9]{1,6})\)\s*(.*?)\s*\.?\s*$").ok()?,
            number: Regex::new(r"^(\d{1,3})\.\s+\S").ok()?,
            letter: Regex::new(r"^([a-z]{1,2})\)\s+\S").ok()?,
            front: Regex::new(r"(?m)^(?:slug|jurabk):\s*(.+)$").ok()?,
        })
    })
    .as_ref()
}

/// Split a legal text into addressable units, in text order (a unit before the units inside it).
/// `instrument_hint` gives the id prefix (`de-stpo`); without it the prefix comes from the text
/// (`18-usc` from "Title 18", `stpo` from the front matter) or is `doc`.
///
/// ```
/// let text = "# Title 18— CRIMES\n#### § 2523. Executive agreements\n###### (b) Requirements .\n\n(1) the domestic law ...\n";
/// let units = dossier_legal::split_units(text, None);
/// assert!(units.iter().any(|u| u.id == "18-usc-2523#b-1"));
/// ```
pub fn split_units(text: &str, instrument_hint: Option<&str>) -> Vec<LegalUnit> {
    let Some(p) = patterns() else { return Vec::new() };
    let mut s = Splitter {
        text,
        index: CharIndex::new(text),
        instrument: instrument_hint.map(str::to_string).unwrap_or_else(|| guess_instrument(p, text)),
        style: guess_style(text),
        stack: Vec::new(),
        done: Vec::new(),
        seen: HashSet::new(),
        alinea: 0,
    };
    let mut offset = 0;
    let mut previous_blank = true;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        s.line(p, line.trim(), offset, previous_blank);
        previous_blank = blank;
        offset += line.len();
    }
    s.close_all(text.len());
    s.done.sort_by_key(|u| (u.start, std::cmp::Reverse(u.end)));
    s.done
}

fn guess_style(text: &str) -> Style {
    if text.contains("# Title ") || text.contains("U.S.C.") {
        Style::Us
    } else if text.contains("§ ") && (text.contains("jurabk") || text.contains("Abs.") || text.contains("(1)")) {
        Style::De
    } else {
        Style::Fr
    }
}

fn guess_instrument(p: &Patterns, text: &str) -> String {
    let head: String = text.chars().take(600).collect();
    if let Some(n) = head.lines().find_map(|l| p.title.captures(l.trim_start_matches('#').trim()).and_then(|c| c.get(1))) {
        return format!("{}-usc", n.as_str());
    }
    if let Some(c) = p.front.captures(&head).and_then(|c| c.get(1)) {
        return c.as_str().trim().to_lowercase().replace(['_', ' '], "-");
    }
    "doc".to_string()
}

impl Splitter<'_> {
    fn line(&mut self, p: &Patterns, line: &str, start: usize, previous_blank: bool) {
        if line.is_empty() {
            return;
        }
        if let Some(inner) = p.heading.captures(line).and_then(|c| c.get(1)) {
            self.heading(p, inner.as_str(), start);
        } else if let Some(c) = p.marker.captures(line) {
            let m = c.get(1).map_or("", |m| m.as_str());
            self.marker(m, "", start);
        } else if let Some(c) = p.number.captures(line).filter(|_| self.style == Style::De) {
            let rank_label = c.get(1).map_or("", |m| m.as_str()).to_string();
            self.open(50, "nummer", &rank_label, &format!("{rank_label}."), "", start);
        } else if let Some(c) = p.letter.captures(line).filter(|_| self.style == Style::De) {
            let l = c.get(1).map_or("", |m| m.as_str()).to_string();
            self.open(60, "buchstabe", &l, &format!("{l})"), "", start);
        } else if self.style == Style::Fr && previous_blank && self.in_article() {
            self.alinea += 1;
            let n = self.alinea;
            self.open(40, "alinea", &format!("al{n}"), &format!("alinéa {n}"), "", start);
        }
    }

    fn in_article(&self) -> bool {
        self.stack.iter().any(|o| o.rank == 30)
    }

    fn heading(&mut self, p: &Patterns, inner: &str, start: usize) {
        if let Some(c) = p.title.captures(inner) {
            let n = c.get(1).map_or("", |m| m.as_str());
            let id = format!("{}#title-{n}", self.instrument);
            self.open_id(10, "title", id, &format!("Title {n}"), c.get(2).map_or("", |m| m.as_str()), start);
        } else if let Some(c) = p.division.captures(inner) {
            let word = c.get(1).map_or("", |m| m.as_str()).to_lowercase();
            let (rank, level) = match word.as_str() {
                "part" | "teil" | "buch" | "livre" | "titre" => (15, "part"),
                "unterabschnitt" => (25, "chapter"),
                _ => (20, "chapter"),
            };
            let n = c.get(2).map_or("", |m| m.as_str()).trim_end_matches('.');
            let id = format!("{}#{level}-{}", self.instrument, n.to_lowercase());
            let label = format!("{} {n}", c.get(1).map_or("", |m| m.as_str()));
            self.open_id(rank, level, id, &label, c.get(3).map_or("", |m| m.as_str()), start);
        } else if let Some(c) = p.section.captures(inner) {
            let n = c.get(1).map_or("", |m| m.as_str());
            self.section("section", n, &format!("§ {n}"), c.get(2).map_or("", |m| m.as_str()), start);
        } else if let Some(c) = p.article.captures(inner) {
            let n = c.get(1).map_or("", |m| m.as_str());
            self.section("article", n, &format!("Article {n}"), c.get(2).map_or("", |m| m.as_str()), start);
        } else if let Some(c) = p.marker.captures(inner) {
            let m = c.get(1).map_or("", |m| m.as_str());
            self.marker(m, c.get(2).map_or("", |m| m.as_str()), start);
        }
    }

    fn section(&mut self, level: &str, n: &str, label: &str, heading: &str, start: usize) {
        let id = match self.style {
            Style::Us => format!("{}-{n}", self.instrument),
            _ => format!("{}#{n}", self.instrument),
        };
        self.alinea = 0;
        self.open_id(30, level, id, label, heading, start);
    }

    /// `(a)`, `(1)`, `(A)`, `(i)`: level from the marker's shape and what is open.
    fn marker(&mut self, m: &str, heading: &str, start: usize) {
        let roman = m.chars().all(|c| "ivxl".contains(c));
        let rank = if self.style == Style::De {
            40
        } else if m.chars().all(|c| c.is_ascii_digit()) {
            50
        } else if m.chars().all(|c| c.is_ascii_lowercase()) {
            if roman && self.stack.iter().any(|o| o.rank == 60) { 70 } else { 40 }
        } else if m.chars().all(|c| "IVXL".contains(c)) && self.stack.iter().any(|o| o.rank == 70) {
            80
        } else {
            60
        };
        let level = match rank {
            40 if self.style == Style::De => "absatz",
            40 => "subsection",
            50 => "paragraph",
            60 => "subparagraph",
            70 => "clause",
            _ => "subclause",
        };
        self.open(rank, level, m, &format!("({m})"), heading, start);
    }

    /// Open a unit whose id extends the innermost open unit above `rank`.
    fn open(&mut self, rank: u8, level: &str, key: &str, label: &str, heading: &str, start: usize) {
        let parent = self.stack.iter().rev().find(|o| o.rank < rank && o.rank >= 30).map(|o| o.unit.id.clone());
        let Some(parent) = parent else { return };
        let sep = if parent.contains('#') { '-' } else { '#' };
        self.open_id(rank, level, format!("{parent}{sep}{key}"), label, heading, start);
    }

    fn open_id(&mut self, rank: u8, level: &str, mut id: String, label: &str, heading: &str, start: usize) {
        if self.stack.iter().any(|o| o.unit.id == id) {
            return; // a repeated header (U.S. Code chunks repeat title, chapter and section)
        }
        self.close_from(rank, start);
        if self.seen.contains(&id) {
            let mut n = 2;
            while self.seen.contains(&format!("{id}~{n}")) {
                n += 1;
            }
            id = format!("{id}~{n}");
        }
        self.seen.insert(id.clone());
        let parent = self.stack.last().map(|o| o.unit.id.clone());
        let begin = self.index.char_of(start);
        let unit = LegalUnit {
            id,
            level: level.to_string(),
            label: label.to_string(),
            heading: heading.trim().trim_end_matches(" .").to_string(),
            parent,
            start: begin,
            end: begin,
        };
        self.stack.push(Open { rank, unit });
    }

    fn close_from(&mut self, rank: u8, at: usize) {
        while self.stack.last().is_some_and(|o| o.rank >= rank) {
            if let Some(mut o) = self.stack.pop() {
                o.unit.end = self.index.char_of(self.trim_end(at));
                self.done.push(o.unit);
            }
        }
    }

    fn close_all(&mut self, at: usize) {
        self.close_from(0, at);
    }

    /// Units end before the blank lines that separate them from the next one.
    fn trim_end(&self, at: usize) -> usize {
        self.text[..at].trim_end().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const USC_2523: &str = include_str!("../../../corpora/legal/en-us/usc-18-2523-cloud-act-executive-agreements.md");
    const STPO: &str = include_str!("../../../corpora/legal/de/stpo-100a-100k-auszug.md");
    const CPP: &str = include_str!("../../../corpora/legal/fr/cpp-230-1-a-230-5-dechiffrement.md");

    fn find<'u>(units: &'u [LegalUnit], id: &str) -> &'u LegalUnit {
        units.iter().find(|u| u.id == id).unwrap_or_else(|| panic!("no unit {id}"))
    }

    #[test]
    fn usc_2523_b_1_is_addressable() {
        let units = split_units(USC_2523, None);
        let b1 = find(&units, "18-usc-2523#b-1");
        let text = dossier_core::char_slice(USC_2523, b1.start, b1.end).unwrap_or("");
        assert!(text.starts_with("(1)"), "{text}");
        assert_eq!(b1.parent.as_deref(), Some("18-usc-2523#b"));
        let b = find(&units, "18-usc-2523#b");
        assert_eq!(b.heading, "Executive Agreement Requirements");
        assert!(b.start <= b1.start && b1.end <= b.end);
        find(&units, "18-usc-2523");
        assert_eq!(units.iter().filter(|u| u.id == "18-usc-2523").count(), 1);
    }

    #[test]
    fn stpo_paragraph_units() {
        let units = split_units(STPO, None);
        let abs1 = find(&units, "stpo#100a-1");
        assert_eq!(abs1.level, "absatz");
        find(&units, "stpo#100a-1-2");
        let hinted = split_units(STPO, Some("de-stpo"));
        find(&hinted, "de-stpo#100b");
    }

    #[test]
    fn french_articles_and_alineas() {
        let units = split_units(CPP, Some("fr-cpp"));
        let a = find(&units, "fr-cpp#230-1");
        assert_eq!(a.level, "article");
        find(&units, "fr-cpp#230-1-al2");
        for u in &units {
            assert!(dossier_core::char_slice(CPP, u.start, u.end).is_some());
        }
    }
}
