//! Pattern families, one file per legal system. Each family turns text into [`Candidate`]s
//! (byte offsets); the finder attaches books, resolves overlaps and converts offsets.

use std::collections::BTreeMap;

use dossier_core::LegalRefKind;
use regex::{Captures, Regex};

pub(crate) mod de;
pub(crate) mod es_it;
pub(crate) mod eu;
pub(crate) mod fr;
pub(crate) mod named;
pub(crate) mod uk;
pub(crate) mod us;

/// How a provision may take its instrument from the words after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Attach {
    /// Not a provision: nothing to attach.
    No,
    /// A provision that may be followed by "of the X Act", "du Code pénal", "StPO"…
    Book,
    /// Like `Book`, but dropped when nothing attaches ("Part 3" alone is noise).
    BookRequired,
}

/// A reference before overlap resolution, with byte offsets.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub start: usize,
    pub end: usize,
    pub kind: LegalRefKind,
    pub jurisdiction: String,
    pub instrument_id: Option<String>,
    pub fields: BTreeMap<String, String>,
    pub attach: Attach,
    /// Jurisdictions to prefer when a book abbreviation is ambiguous.
    pub prefer: &'static [&'static str],
    /// Provisions of one list ("§§ 511, 513 ZPO") share a group so the book reaches all.
    pub group: Option<usize>,
    /// Higher wins when two candidates cover exactly the same span.
    pub priority: u8,
}

impl Candidate {
    pub(crate) fn new(start: usize, end: usize, kind: LegalRefKind, jurisdiction: &str) -> Self {
        Candidate {
            start,
            end,
            kind,
            jurisdiction: jurisdiction.to_string(),
            instrument_id: None,
            fields: BTreeMap::new(),
            attach: Attach::No,
            prefer: &[],
            group: None,
            priority: 0,
        }
    }

    pub(crate) fn field(mut self, key: &str, value: Option<&str>) -> Self {
        if let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) {
            self.fields.insert(key.to_string(), v.to_string());
        }
        self
    }

    pub(crate) fn instrument(mut self, id: Option<&str>) -> Self {
        self.instrument_id = id.map(str::to_string);
        self
    }

    pub(crate) fn len(&self) -> usize {
        self.end - self.start
    }
}

/// Text of a named or numbered group, when it took part in the match.
pub(crate) fn cap<'t>(c: &Captures<'t>, name: &str) -> Option<&'t str> {
    c.name(name).map(|m| m.as_str())
}

/// Compile a pattern; the patterns are constants, so an error is a bug reported as such.
///
/// `\b` is compiled as an ASCII word boundary: a Unicode `\b` makes the regex
/// crate's DFA give up on any text with a non-ASCII letter and fall back to its
/// slow PikeVM over the whole text (a fifth of extraction time on French and
/// German news). Citations are ASCII at their edges (digits, `§`, `Art.`, `Act`).
pub(crate) fn re(pattern: &str) -> Result<Regex, regex::Error> {
    let pattern = pattern.replace(r"\b", r"(?-u:\b)");
    regex::RegexBuilder::new(&pattern).size_limit(1 << 26).dfa_size_limit(1 << 26).build()
}

/// Parenthesised parts `(b)(1)(A)` as a list.
pub(crate) fn paren_parts(s: &str) -> Vec<&str> {
    s.split(['(', ')']).map(str::trim).filter(|p| !p.is_empty()).collect()
}

/// Put `(b)(1)(A)(i)` into `subsection`, `paragraph`, `subparagraph`, `clause`.
pub(crate) fn with_paren_fields(mut c: Candidate, parts: &str) -> Candidate {
    const NAMES: [&str; 4] = ["subsection", "paragraph", "subparagraph", "clause"];
    for (name, part) in NAMES.iter().zip(paren_parts(parts)) {
        c = c.field(name, Some(part));
    }
    c
}
