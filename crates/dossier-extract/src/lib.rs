//! Extraction of actors, direct quotes, reported claims and dated events from
//! Dossier documents.
//!
//! The extractor is built once from language resources (actor registry, cue
//! verbs, topic lexicons, date words) and then applied to each document; it
//! never fails on input text, it only finds less.

use dossier_core::{Document, Extraction};

/// Turns documents into extractions.
#[derive(Debug, Default)]
pub struct Extractor {}

impl Extractor {
    /// Version string stored with every extraction; bump when output changes
    /// so that re-ingesting rewrites stored extractions.
    pub const VERSION: &'static str = "dossier-extract/0";

    pub fn new() -> Extractor {
        Extractor {}
    }

    /// Extract everything the extractor knows how to find in `doc`.
    pub fn extract(&self, _doc: &Document) -> Extraction {
        Extraction::default()
    }
}
