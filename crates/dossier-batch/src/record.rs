//! The JSON Lines record of `dossier extract`.

use dossier_core::{Document, Extraction};
use serde::Serialize;

/// One line of `dossier extract` output; field names are the public contract
/// documented in `schemas/extraction.schema.json`.
#[derive(Serialize)]
pub struct ExtractRecord<'a> {
    pub doc_id: &'a str,
    pub source: &'a str,
    pub title: &'a str,
    /// `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the input gave only that.
    pub published: Option<String>,
    #[serde(skip_serializing_if = "dossier_core::Precision::is_day")]
    pub published_precision: dossier_core::Precision,
    pub language: &'a str,
    pub language_confidence: f64,
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<&'a str>,
    /// authors, site_name, modified, description, tags, section, published_source
    #[serde(flatten)]
    pub page: &'a dossier_core::PageMeta,
    #[serde(flatten)]
    pub extraction: &'a Extraction,
}

impl<'a> ExtractRecord<'a> {
    /// The record of a document and its extraction; the text only when asked.
    pub fn new(doc: &'a Document, extraction: &'a Extraction, with_text: bool) -> ExtractRecord<'a> {
        ExtractRecord {
            doc_id: &doc.id,
            source: &doc.source,
            title: &doc.title,
            published: doc.published_label(),
            published_precision: doc.published_precision,
            language: &doc.language,
            language_confidence: doc.language_confidence,
            kind: doc.kind.as_str(),
            text: with_text.then_some(doc.text.as_str()),
            page: &doc.page,
            extraction,
        }
    }
}
