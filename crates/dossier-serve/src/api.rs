//! The JSON API under `/api/`, described by `assets/openapi.json`. Errors
//! are `{status, message}` with the HTTP status.

use crate::catalog::ActorInfo;
use crate::chart::{self, Bar};
use crate::error::HttpError;
use crate::filters::{check_page, paging, search_request, timeline_filter, Params};
use crate::{blocking, App};
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Json, Response};
use dossier_core::{Document, Extraction};
use dossier_index::Hit;
use dossier_timeline::{Entry, Filter, Format};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;

type Q = Query<Vec<(String, String)>>;

impl IntoResponse for HttpError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "status": self.status.as_u16(), "message": self.message });
        (self.status, Json(body)).into_response()
    }
}

fn json<T: Serialize>(r: Result<T, HttpError>) -> Response {
    match r {
        Ok(v) => Json(v).into_response(),
        Err(e) => e.into_response(),
    }
}

#[derive(Serialize)]
struct Facets {
    languages: BTreeMap<String, u64>,
    kinds: BTreeMap<String, u64>,
    sites: BTreeMap<String, u64>,
    years: BTreeMap<String, u64>,
}

#[derive(Serialize)]
struct SearchResponse {
    query: String,
    total: u64,
    page: usize,
    per_page: usize,
    hits: Vec<Hit>,
    facets: Facets,
}

pub async fn search(State(app): State<Arc<App>>, Query(q): Q) -> Response {
    json(
        blocking(&app, move |app| {
            let p = Params(q);
            let (req, page, per) = search_request(&p)?;
            let res = app.index.search(&req)?;
            check_page(page, per, res.total)?;
            Ok(SearchResponse {
                query: req.query,
                total: res.total,
                page,
                per_page: per,
                hits: res.hits,
                facets: Facets { languages: res.languages, kinds: res.kinds, sites: res.sites, years: res.years },
            })
        })
        .await,
    )
}

#[derive(Serialize)]
struct TimelineResponse {
    total: u64,
    page: usize,
    per_page: usize,
    chart: Vec<Bar>,
    entries: Vec<Entry>,
}

pub async fn timeline(State(app): State<Arc<App>>, Query(q): Q) -> Response {
    json(
        blocking(&app, move |app| {
            let p = Params(q);
            let catalog = app.catalog()?;
            let (filter, text) = timeline_filter(&p, &catalog)?;
            let (page, per) = paging(&p, 50)?;
            let selected = catalog.select(&filter, text.as_deref());
            check_page(page, per, selected.len() as u64)?;
            Ok(TimelineResponse {
                total: selected.len() as u64,
                page,
                per_page: per,
                chart: chart::bars(&selected).0,
                entries: selected.iter().skip((page - 1) * per).take(per).map(|e| (*e).clone()).collect(),
            })
        })
        .await,
    )
}

#[derive(Serialize)]
struct ActorsResponse {
    actors: Vec<ActorInfo>,
}

pub async fn actors(State(app): State<Arc<App>>) -> Response {
    json(
        blocking(&app, |app| {
            let catalog = app.catalog()?;
            let mut actors: Vec<ActorInfo> = catalog.actors.values().cloned().collect();
            actors.sort_by(|a, b| b.statements.cmp(&a.statements).then_with(|| a.id.cmp(&b.id)));
            Ok(ActorsResponse { actors })
        })
        .await,
    )
}

#[derive(Serialize)]
struct CoMention {
    id: String,
    name: String,
    documents: u64,
}

#[derive(Serialize)]
struct ActorResponse {
    actor: ActorInfo,
    co_mentioned: Vec<CoMention>,
    chart: Vec<Bar>,
    entries: Vec<Entry>,
}

pub async fn actor(State(app): State<Arc<App>>, Path(id): Path<String>) -> Response {
    json(
        blocking(&app, move |app| {
            let catalog = app.catalog()?;
            let a = catalog.actors.get(&id).ok_or_else(|| HttpError::not_found(format!("no actor with id \"{id}\"; GET /api/actors lists them")))?;
            let filter = Filter { actors: vec![id.clone()], ..Default::default() };
            let selected: Vec<&Entry> = catalog.select(&filter, None).into_iter().filter(|e| e.actor_ids.contains(&id)).collect();
            Ok(ActorResponse {
                actor: a.clone(),
                co_mentioned: catalog
                    .co_mentioned(&id, 20)
                    .into_iter()
                    .map(|(o, n)| CoMention { id: o.id.clone(), name: o.name.clone(), documents: n })
                    .collect(),
                chart: chart::bars(&selected).0,
                entries: selected.into_iter().cloned().collect(),
            })
        })
        .await,
    )
}

#[derive(Serialize)]
struct DocumentResponse {
    document: Document,
    extraction: Option<Extraction>,
    copies: Vec<crate::catalog::StoryCopy>,
}

pub async fn document(State(app): State<Arc<App>>, Path(id): Path<String>) -> Response {
    json(
        blocking(&app, move |app| {
            let catalog = app.catalog()?;
            let store = app.store()?;
            let document = store.get(&id)?.ok_or_else(|| HttpError::not_found(format!("no document with id \"{id}\"")))?;
            let extraction = store.extraction(&id)?;
            Ok(DocumentResponse { document, extraction, copies: catalog.copies.get(&id).cloned().unwrap_or_default() })
        })
        .await,
    )
}

#[derive(Serialize)]
struct StatsResponse {
    documents: u64,
    languages: BTreeMap<String, u64>,
    kinds: BTreeMap<String, u64>,
    entries: u64,
    actors: u64,
    store_revision: u64,
    indexed_documents: u64,
}

pub async fn stats(State(app): State<Arc<App>>) -> Response {
    json(
        blocking(&app, |app| {
            let catalog = app.catalog()?;
            let store = app.store()?;
            Ok(StatsResponse {
                documents: store.count()?,
                languages: store.counts_by(dossier_store::CountColumn::Language)?.into_iter().collect(),
                kinds: store.counts_by(dossier_store::CountColumn::Kind)?.into_iter().collect(),
                entries: catalog.entries.iter().filter(|e| !e.copy).count() as u64,
                actors: catalog.actors.len() as u64,
                store_revision: catalog.rev,
                indexed_documents: app.index.num_docs(),
            })
        })
        .await,
    )
}

/// `/api/export/{format}`: the filtered timeline written by `dossier_timeline::write`.
pub async fn export(State(app): State<Arc<App>>, Path(format): Path<String>, Query(q): Q) -> Response {
    let result = blocking(&app, move |app| {
        let fmt: Format = format.parse().map_err(|e: String| HttpError::not_found(e))?;
        let p = Params(q);
        let catalog = app.catalog()?;
        let (filter, text) = timeline_filter(&p, &catalog)?;
        let selected: Vec<Entry> = catalog.select(&filter, text.as_deref()).into_iter().cloned().collect();
        let mut out = Vec::new();
        dossier_timeline::write(&selected, fmt, &mut out).map_err(|e| HttpError::internal(&format!("export failed: {e}")))?;
        let (mime, ext) = match fmt {
            Format::Csv => ("text/csv; charset=utf-8", "csv"),
            Format::Json | Format::TimelineJs => ("application/json", "json"),
            Format::Jsonl => ("application/x-ndjson", "jsonl"),
            Format::Markdown => ("text/markdown; charset=utf-8", "md"),
            Format::Html => ("text/html; charset=utf-8", "html"),
            Format::Table => ("text/plain; charset=utf-8", "txt"),
        };
        let name = if fmt == Format::TimelineJs { "timeline-timelinejs" } else { "timeline" };
        Ok((mime, format!("attachment; filename=\"{name}.{ext}\""), out))
    });
    match result.await {
        Ok((mime, disposition, body)) => {
            (StatusCode::OK, [(header::CONTENT_TYPE, mime.to_string()), (header::CONTENT_DISPOSITION, disposition)], body).into_response()
        }
        Err(e) => e.into_response(),
    }
}

pub async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], crate::assets::OPENAPI).into_response()
}

pub async fn not_found() -> Response {
    HttpError::not_found("no such API endpoint; GET /api/openapi.json lists them").into_response()
}
