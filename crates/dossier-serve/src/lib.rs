//! The Dossier newsroom web app behind `dossier serve`.
//!
//! Server-rendered pages over the same store and index the command line uses:
//! **Search** (the `dossier search` syntax, highlighted snippets, facets,
//! date range, one hit per story, sort, pages), **Timeline** (the filters of
//! `dossier timeline`, a chart of statements per month stacked by stance,
//! exports in every timeline format), **Actors** and an **Actor** page, and a
//! **Document** page with actors, quotes, claims, dates, events and legal
//! references highlighted in the clean text. The same data is served as JSON
//! under `/api/` with an OpenAPI 3.1 document at `/api/openapi.json`.
//!
//! # Invariants
//!
//! * Read-only: the store is opened with [`Store::open_read_only`]; no
//!   handler writes anything.
//! * Every piece of document text reaches HTML through maud, which escapes
//!   it; highlights slice the text at code-point offsets (see `highlight`).
//! * Every asset is embedded in the binary; the Content-Security-Policy
//!   header allows scripts, styles and images from this origin only.
//! * Bad parameters are 4xx with a message (JSON `{status, message}` under
//!   `/api/`, an HTML page elsewhere), never a 500.
//!
//! Layout: `routes.rs` (the router and security headers), `pages.rs` (HTML
//! handlers), `api.rs` (JSON handlers), `templates.rs` (layout and shared
//! markup), `chart.rs` (the SVG chart), `highlight.rs` (annotated text),
//! `filters.rs` (query parameters → requests), `catalog.rs` (timeline
//! entries and actors, rebuilt when the store changes), `assets.rs` (CSS,
//! JS, OpenAPI document), `error.rs`.

use dossier_index::SearchIndex;
use dossier_store::Store;
use std::sync::{Arc, Mutex};

mod api;
mod assets;
mod catalog;
mod chart;
mod error;
mod filters;
mod highlight;
mod pages;
mod routes;
mod templates;

pub use error::ServeError;
pub use routes::router;

use catalog::Catalog;
use error::HttpError;

/// The state every request shares: the read-only store, the index and the
/// cached catalog of timeline entries and actors.
pub struct App {
    store: Mutex<Store>,
    index: SearchIndex,
    catalog: Mutex<Option<Arc<Catalog>>>,
}

impl App {
    /// An app over an open store (best opened with [`Store::open_read_only`]) and index.
    pub fn new(store: Store, index: SearchIndex) -> Arc<App> {
        Arc::new(App { store: Mutex::new(store), index, catalog: Mutex::new(None) })
    }

    fn store(&self) -> Result<std::sync::MutexGuard<'_, Store>, HttpError> {
        self.store.lock().map_err(|_| HttpError::internal("the store lock was poisoned by an earlier failure"))
    }

    /// The catalog for the store's current revision, rebuilt (and the index
    /// reader reloaded) when another process has written since.
    fn catalog(&self) -> Result<Arc<Catalog>, HttpError> {
        let store = self.store()?;
        let rev = store.max_rev()?;
        let mut cached = self.catalog.lock().map_err(|_| HttpError::internal("the catalog lock was poisoned"))?;
        if let Some(c) = cached.as_ref().filter(|c| c.rev == rev) {
            return Ok(c.clone());
        }
        let built = Arc::new(Catalog::build(&store, rev)?);
        drop(store);
        self.index.reload()?;
        *cached = Some(built.clone());
        Ok(built)
    }
}

/// Serve `app` on `listener` until the process is stopped.
pub fn serve(app: Arc<App>, listener: std::net::TcpListener) -> Result<(), ServeError> {
    listener.set_nonblocking(true).map_err(ServeError::Io)?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(ServeError::Io)?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener).map_err(ServeError::Io)?;
        axum::serve(listener, router(app)).await.map_err(ServeError::Io)
    })
}

/// Run blocking work (SQLite, tantivy) off the async workers.
async fn blocking<T: Send + 'static>(
    app: &Arc<App>,
    f: impl FnOnce(&App) -> Result<T, HttpError> + Send + 'static,
) -> Result<T, HttpError> {
    let app = app.clone();
    tokio::task::spawn_blocking(move || f(&app)).await.map_err(|e| HttpError::internal(&format!("request task failed: {e}")))?
}
