//! Typed errors of the crate.

use std::path::PathBuf;

/// Everything that can go wrong while loading data or building a finder.
#[derive(Debug, thiserror::Error)]
pub enum LegalError {
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("invalid instrument registry: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("invalid instrument registry: {0}")]
    Registry(String),
    #[error("invalid JSON in {what}: {source}")]
    Json { what: String, source: serde_json::Error },
    #[error("cannot build pattern: {0}")]
    Pattern(#[from] regex::Error),
}

impl LegalError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        LegalError::Io { path: path.into(), source }
    }
}
