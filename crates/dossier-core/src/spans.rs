//! The provenance invariant, checked: every span of an [`Extraction`] slices
//! the document text to the item's own `text`. Used by the tests, the
//! property test and the fuzz targets, and by anyone who edits extractions.

use crate::{char_slice, Extraction};

impl Extraction {
    /// Spans that do not slice `text` (by code-point offsets) to their own
    /// text, one line each ("quote 12..40"); empty when the invariant holds.
    ///
    /// ```
    /// use dossier_core::{Extraction, Quote};
    /// let mut x = Extraction::default();
    /// assert!(x.spans_off_text("Il a dit « non ».").is_empty());
    /// x.quotes.push(Quote { text: "oui".into(), start: 11, end: 14, speaker: None, cue: None, date: None,
    ///     date_inferred: false, stance: Default::default(), topics: vec![], instruments: vec![] });
    /// assert_eq!(x.spans_off_text("Il a dit « non »."), vec!["quote 11..14".to_string()]);
    /// ```
    pub fn spans_off_text(&self, text: &str) -> Vec<String> {
        let mut off = Vec::new();
        let mut check = |what: &str, start: usize, end: usize, expected: &str| {
            if char_slice(text, start, end) != Some(expected) {
                off.push(format!("{what} {start}..{end}"));
            }
        };
        for a in &self.actors {
            for m in &a.mentions {
                check("actor mention", m.start, m.end, &m.text);
            }
        }
        for q in &self.quotes {
            check("quote", q.start, q.end, &q.text);
            if let Some(s) = &q.speaker {
                check("speaker", s.start, s.end, &s.text);
            }
            if let Some(c) = &q.cue {
                check("quote cue", c.start, c.end, &c.text);
            }
        }
        for c in &self.claims {
            check("claim", c.start, c.end, &c.text);
            if let Some(s) = &c.claimant {
                check("claimant", s.start, s.end, &s.text);
            }
            if let Some(cue) = &c.cue {
                check("claim cue", cue.start, cue.end, &cue.text);
            }
        }
        for e in &self.events {
            check("event", e.start, e.end, &e.text);
            check("event date", e.date_start, e.date_end, &e.date_text);
        }
        for d in &self.dates {
            check("date", d.start, d.end, &d.text);
        }
        for r in &self.legal_refs {
            check("legal reference", r.start, r.end, &r.text);
        }
        off
    }
}
