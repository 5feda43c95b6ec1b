//! Files embedded in the binary: the stylesheet, the script and the OpenAPI
//! document. Nothing is fetched from anywhere else.

use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

pub const CSS: &str = include_str!("../assets/app.css");
pub const JS: &str = include_str!("../assets/app.js");
pub const OPENAPI: &str = include_str!("../assets/openapi.json");

pub async fn asset(Path(name): Path<String>) -> Response {
    let (body, mime) = match name.as_str() {
        "app.css" => (CSS, "text/css; charset=utf-8"),
        "app.js" => (JS, "text/javascript; charset=utf-8"),
        _ => return (StatusCode::NOT_FOUND, "no such asset").into_response(),
    };
    ([(header::CONTENT_TYPE, mime), (header::CACHE_CONTROL, "no-cache")], body).into_response()
}
