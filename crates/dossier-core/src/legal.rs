//! Legal references and addressable units of legal texts.
//!
//! Offsets follow the crate invariant: Unicode code-point offsets into the
//! text, end exclusive, so that `char_slice(text, start, end) == Some(text)`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// What a legal reference points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LegalRefKind {
    /// A whole statute named by title or alias ("Investigatory Powers Act 2016", "CLOUD Act").
    Act,
    /// A section or paragraph (`s. 253`, `§ 100a Abs. 1 StPO`, `18 U.S.C. § 2523`).
    Section,
    /// An article (`article 434-15-2 du Code pénal`, `Art. 10 GG`).
    Article,
    /// An EU regulation or a statutory instrument.
    Regulation,
    /// An EU directive.
    Directive,
    /// A court case (file number, reporter citation, CJEU case number).
    Case,
    /// A decision that is not a court case in the usual sense (Conseil constitutionnel).
    Decision,
    /// A bare identifier: CELEX, ECLI, COM document, Public Law number.
    Identifier,
}

impl LegalRefKind {
    /// The lower-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            LegalRefKind::Act => "act",
            LegalRefKind::Section => "section",
            LegalRefKind::Article => "article",
            LegalRefKind::Regulation => "regulation",
            LegalRefKind::Directive => "directive",
            LegalRefKind::Case => "case",
            LegalRefKind::Decision => "decision",
            LegalRefKind::Identifier => "identifier",
        }
    }
}

/// One legal reference found in a text, with its parsed parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalRef {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: LegalRefKind,
    /// `uk`, `us`, `eu`, `fr`, `de`, `es`, `it`, or `und` when unknown.
    pub jurisdiction: String,
    /// Registry id of the instrument, `None` when the reference does not name it.
    pub instrument_id: Option<String>,
    /// Parsed parts: `section`, `subsection`, `absatz`, `book`, `court`, `file_number`, …
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
}

/// An addressable unit of a legal text (part, chapter, section, §, article, subsection, paragraph).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalUnit {
    /// Stable id: instrument + `#` + path, e.g. `18-usc-2523#b-1`, `stpo#100a-1`.
    pub id: String,
    /// `part`, `chapter`, `section`, `article`, `subsection`, `paragraph`, …
    pub level: String,
    /// The label as written: `§ 2523`, `(b)`, `(1)`, `Article 230-1`.
    pub label: String,
    /// Heading text after the label, empty when none.
    pub heading: String,
    /// Id of the enclosing unit, `None` at the top.
    pub parent: Option<String>,
    /// Code-point span of the whole unit (label to the start of the next unit at its level or above).
    pub start: usize,
    pub end: usize,
}
