//! The router: pages, API, assets, and the security headers every response gets.

use crate::{api, assets, pages, App};
use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use std::sync::Arc;

/// Scripts, styles and images from this origin only; no inline script, no
/// third party, no framing.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                       connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

async fn security_headers(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    res
}

/// Every route of the app.
pub fn router(app: Arc<App>) -> Router {
    let api = Router::new()
        .route("/search", get(api::search))
        .route("/timeline", get(api::timeline))
        .route("/actors", get(api::actors))
        .route("/actors/{id}", get(api::actor))
        .route("/documents/{id}", get(api::document))
        .route("/stats", get(api::stats))
        .route("/export/{format}", get(api::export))
        .route("/openapi.json", get(api::openapi))
        .fallback(api::not_found);
    Router::new()
        .route("/", get(pages::home))
        .route("/search", get(pages::search))
        .route("/timeline", get(pages::timeline))
        .route("/actors", get(pages::actors))
        .route("/actor/{id}", get(pages::actor))
        .route("/doc/{id}", get(pages::document))
        .route("/assets/{name}", get(assets::asset))
        .nest("/api", api)
        .fallback(pages::not_found)
        .layer(middleware::from_fn(security_headers))
        .with_state(app)
}
