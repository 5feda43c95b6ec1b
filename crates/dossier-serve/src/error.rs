//! Errors: [`ServeError`] stops the server; [`HttpError`] is one failed
//! request, shown as JSON under `/api/` and as a page elsewhere.

use axum::http::StatusCode;
use dossier_index::IndexError;
use dossier_store::StoreError;

/// Why the server could not start or stopped.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("web server: {0}")]
    Io(#[source] std::io::Error),
}

/// A failed request: an HTTP status and a message for the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpError {
    pub status: StatusCode,
    pub message: String,
}

impl HttpError {
    pub fn bad_request(message: impl Into<String>) -> HttpError {
        HttpError { status: StatusCode::BAD_REQUEST, message: message.into() }
    }

    pub fn not_found(message: impl Into<String>) -> HttpError {
        HttpError { status: StatusCode::NOT_FOUND, message: message.into() }
    }

    pub fn internal(message: &str) -> HttpError {
        HttpError { status: StatusCode::INTERNAL_SERVER_ERROR, message: message.to_string() }
    }
}

impl From<StoreError> for HttpError {
    fn from(e: StoreError) -> Self {
        HttpError::internal(&e.to_string())
    }
}

impl From<IndexError> for HttpError {
    fn from(e: IndexError) -> Self {
        match e {
            IndexError::Query { reason, .. } => HttpError::bad_request(format!("invalid query: {reason}")),
            other => HttpError::internal(&other.to_string()),
        }
    }
}
