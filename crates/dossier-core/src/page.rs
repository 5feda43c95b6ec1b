//! What a web page says about itself beyond its title and date.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Page metadata read by the article extractor (bylines, JSON-LD,
/// OpenGraph); empty for plain text and records that do not carry it.
/// Serialised flat into the document: every field is optional and absent
/// when empty.
///
/// ```
/// use dossier_core::PageMeta;
/// let meta = PageMeta { authors: vec!["Marie Dupont".into()], ..Default::default() };
/// assert_eq!(serde_json::to_string(&meta).unwrap(), r#"{"authors":["Marie Dupont"]}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PageMeta {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// The publication's name (`og:site_name`, JSON-LD publisher).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
    /// Last modification day the page declares.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Where the publication date was read: `record` (given by the input),
    /// `json-ld`, `opengraph`, `meta:NAME`, `itemprop`, `time-element`, `url`
    /// or `visible-text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_source: Option<String>,
}

impl PageMeta {
    pub fn is_empty(&self) -> bool {
        self == &PageMeta::default()
    }
}
