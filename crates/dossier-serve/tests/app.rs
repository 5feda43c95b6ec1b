//! The app in-process over a small store: pages escape document text, the
//! API's responses validate against its OpenAPI document, bad parameters are
//! 4xx JSON errors.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use dossier_core::{Actor, ActorKind, Claim, DocKind, Document, Extraction, Mention, Quote, SpeakerRef, Stance};
use serde_json::Value;
use tower::ServiceExt;

const EVIL: &str = "<script>alert(1)</script> \"><img src=x onerror=alert(1)>";

fn document(id: &str, text: &str, day: u32) -> Document {
    Document {
        id: id.into(),
        source: format!("{id}.txt"),
        url: Some(format!("https://news.example/{id}")),
        title: format!("Apple {EVIL}"),
        text: text.into(),
        language: "fr".into(),
        language_confidence: 1.0,
        kind: DocKind::News,
        published: chrono::NaiveDate::from_ymd_opt(2025, 2, day),
        published_precision: Default::default(),
        site: Some("news.example".into()),
        ingested_at: chrono::Utc::now(),
        duplicate_of: None,
        page: Default::default(),
    }
}

fn extraction(text: &str) -> Extraction {
    let find = |needle: &str| {
        let byte = text.find(needle).unwrap();
        let start = text[..byte].chars().count();
        (start, start + needle.chars().count())
    };
    let (qs, qe) = find("jamais créé de porte dérobée");
    let (as_, ae) = find("Apple");
    let (cs, ce) = find("le chiffrement protège <b>tous</b>");
    Extraction {
        actors: vec![Actor { id: "apple".into(), name: "Apple".into(), kind: ActorKind::Company, wikidata: None, mentions: vec![Mention { start: as_, end: ae, text: "Apple".into() }] }],
        quotes: vec![Quote {
            text: "jamais créé de porte dérobée".into(),
            start: qs,
            end: qe,
            speaker: Some(SpeakerRef { actor_id: Some("apple".into()), text: "Apple".into(), start: as_, end: ae, role: None, confidence: None }),
            cue: None,
            date: Some("2025-02-21".into()),
            date_inferred: true,
            stance: Stance::Against,
            topics: vec!["backdoor".into()],
            instruments: vec![],
        }],
        claims: vec![Claim {
            text: "le chiffrement protège <b>tous</b>".into(),
            start: cs,
            end: ce,
            claimant: Some(SpeakerRef { actor_id: Some("apple".into()), text: "Apple".into(), start: as_, end: ae, role: None, confidence: None }),
            cue: None,
            date: Some("2025-01".into()),
            date_inferred: false,
            stance: Stance::Against,
            topics: vec![],
            instruments: vec![],
        }],
        ..Default::default()
    }
}

fn app() -> (tempfile::TempDir, axum::Router) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("dossier.sqlite");
    let text = format!("« Nous n'avons jamais créé de porte dérobée », a déclaré Apple. Elle ajoute que le chiffrement protège <b>tous</b>. {EVIL}");
    let mut store = dossier_store::Store::open(&db).unwrap();
    let mut items = vec![(document("d1", &text, 21), extraction(&text))];
    store.upsert_batch(&mut items, "test").unwrap();
    let index = dossier_index::SearchIndex::open(&dir.path().join("index")).unwrap();
    let mut w = index.writer().unwrap();
    w.upsert(&items[0].0).unwrap();
    w.commit(store.max_rev().unwrap()).unwrap();
    drop(w);
    drop(store);
    let store = dossier_store::Store::open_read_only(&db).unwrap();
    (dir, dossier_serve::router(dossier_serve::App::new(store, index)))
}

async fn get(router: &axum::Router, uri: &str) -> (StatusCode, axum::http::HeaderMap, String) {
    let res = router.clone().oneshot(Request::get(uri).body(Body::empty()).unwrap()).await.unwrap();
    let (parts, body) = res.into_parts();
    let bytes = axum::body::to_bytes(body, 10 << 20).await.unwrap();
    (parts.status, parts.headers, String::from_utf8(bytes.to_vec()).unwrap())
}

/// A small JSON Schema check over what the OpenAPI document uses.
fn validate(schema: &Value, root: &Value, v: &Value, path: &str, errors: &mut Vec<String>) {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/components/schemas/");
        assert!(root["components"]["schemas"].get(name).is_some(), "dangling $ref {r}");
        return validate(&root["components"]["schemas"][name], root, v, path, errors);
    }
    if let Some(any) = schema.get("anyOf").and_then(Value::as_array) {
        if !any.iter().any(|s| {
            let mut e = Vec::new();
            validate(s, root, v, path, &mut e);
            e.is_empty()
        }) {
            errors.push(format!("{path}: matches no alternative"));
        }
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let actual = match v {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        if !types.iter().any(|t| *t == actual || (*t == "number" && actual == "integer")) {
            errors.push(format!("{path}: {actual} is not {types:?}"));
            return;
        }
    }
    if let Some(e) = schema.get("enum").and_then(Value::as_array) {
        if !e.contains(v) {
            errors.push(format!("{path}: {v} not in enum"));
        }
    }
    if let (Some(min), Some(n)) = (schema.get("minimum").and_then(Value::as_f64), v.as_f64()) {
        if n < min {
            errors.push(format!("{path}: {n} < {min}"));
        }
    }
    if let Some(obj) = v.as_object() {
        for k in schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            if !obj.contains_key(k) {
                errors.push(format!("{path}: missing {k}"));
            }
        }
        let props = schema.get("properties").and_then(Value::as_object);
        for (k, x) in obj {
            match (props.and_then(|p| p.get(k)), schema.get("additionalProperties")) {
                (Some(s), _) => validate(s, root, x, &format!("{path}.{k}"), errors),
                (None, Some(extra)) if extra.is_object() => validate(extra, root, x, &format!("{path}.{k}"), errors),
                _ => {}
            }
        }
    }
    if let (Some(items), Some(arr)) = (schema.get("items"), v.as_array()) {
        for (i, x) in arr.iter().enumerate() {
            validate(items, root, x, &format!("{path}[{i}]"), errors);
        }
    }
}

/// The 200 and error schemas of `path` in the OpenAPI document.
fn response_schema<'a>(api: &'a Value, path: &str, status: u16) -> &'a Value {
    let r = &api["paths"][path]["get"]["responses"][status.to_string()];
    let r = match r.get("$ref").and_then(Value::as_str) {
        Some(name) => &api["components"]["responses"][name.trim_start_matches("#/components/responses/")],
        None => r,
    };
    assert!(r.is_object(), "{path} documents no {status} response");
    &r["content"]["application/json"]["schema"]
}

#[tokio::test]
async fn api_responses_validate_against_the_openapi_document() {
    let (_d, router) = app();
    let (status, _, body) = get(&router, "/api/openapi.json").await;
    assert_eq!(status, 200);
    let api: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(api["openapi"], "3.1.0");
    let cases = [
        ("/api/search", "/api/search?q=porte+d%C3%A9rob%C3%A9e&sort=newest", 200),
        ("/api/search", "/api/search?q=l%27entreprise+OR+porte", 200),
        ("/api/timeline", "/api/timeline?actor=apple&stance=against", 200),
        ("/api/actors", "/api/actors", 200),
        ("/api/actors/{id}", "/api/actors/apple", 200),
        ("/api/documents/{id}", "/api/documents/d1", 200),
        ("/api/stats", "/api/stats", 200),
        ("/api/search", "/api/search?from=notadate", 400),
        ("/api/search", "/api/search?q=x&page=99", 404),
        ("/api/search", "/api/search?q=%22unclosed", 400),
        ("/api/timeline", "/api/timeline?actor=nosuchactor", 404),
        ("/api/timeline", "/api/timeline?to=2025-99", 400),
        ("/api/actors/{id}", "/api/actors/nosuch", 404),
        ("/api/documents/{id}", "/api/documents/nosuch", 404),
    ];
    for (path, uri, want) in cases {
        let (status, headers, body) = get(&router, uri).await;
        assert_eq!(status.as_u16(), want, "{uri}: {body}");
        assert_eq!(headers["content-type"], "application/json", "{uri}");
        let v: Value = serde_json::from_str(&body).unwrap();
        let mut errors = Vec::new();
        validate(response_schema(&api, path, want), &api, &v, "$", &mut errors);
        assert!(errors.is_empty(), "{uri}: {errors:?}\n{body}");
        if want >= 400 {
            assert_eq!(v["status"], want);
            assert!(!v["message"].as_str().unwrap().is_empty());
        }
    }
    let (_, _, body) = get(&router, "/api/timeline?actor=apple").await;
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["entries"][1]["text"], "jamais créé de porte dérobée");
    assert_eq!(v["entries"][1]["stance"], "against");
    let long = format!("/api/search?q={}", "a".repeat(600));
    let (status, _, body) = get(&router, &long).await;
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("at most 500"));
    let (status, _, body) = get(&router, "/api/timeline?actor=nosuchactor").await;
    assert_eq!(status, 404);
    assert!(body.contains("no actor matches \\\"nosuchactor\\\""), "{body}");
    let (status, _, body) = get(&router, "/api/nothing-here").await;
    assert_eq!(status, 404);
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["status"], 404, "{body}");
}

#[tokio::test]
async fn every_page_escapes_document_text_and_sends_a_csp() {
    let (_d, router) = app();
    for uri in ["/search?q=porte", "/search", "/timeline", "/timeline?actor=apple", "/actors", "/actor/apple", "/doc/d1"] {
        let (status, headers, body) = get(&router, uri).await;
        assert_eq!(status, 200, "{uri}: {body}");
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("script-src 'self'") && csp.contains("default-src 'none'"), "{csp}");
        assert!(!body.contains("<script>alert"), "{uri} lets a script through");
        assert!(!body.contains("<img src=x"), "{uri} lets an img through");
        assert!(!body.contains("<b>tous"), "{uri} lets markup through");
        if uri != "/actors" {
            assert!(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{uri} does not show the text");
        }
        assert_eq!(body.matches("<script").count(), 1, "{uri}: only the embedded app.js");
    }
    let (_, _, doc) = get(&router, "/doc/d1").await;
    assert!(doc.contains("title=\"quote · speaker: Apple · stance: against\">jamais créé de porte dérobée</mark>"), "{doc}");
    let (_, _, tl) = get(&router, "/timeline?actor=apple").await;
    assert!(tl.contains("« jamais créé de porte dérobée »") && tl.contains("stance-against"));
    assert!(tl.contains("publication date"));
    assert!(tl.contains("<svg"));
    let (status, _, body) = get(&router, "/timeline?from=notadate").await;
    assert_eq!(status, 400);
    assert!(body.contains("from=notadate is not a date"));
    let (status, _, _) = get(&router, "/doc/nosuch").await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn exports_reuse_the_timeline_writers() {
    let (_d, router) = app();
    let (status, headers, csv) = get(&router, "/api/export/csv?actor=apple").await;
    assert_eq!(status, 200);
    assert!(headers["content-disposition"].to_str().unwrap().contains("timeline.csv"));
    assert!(csv.starts_with("date,date_inferred,kind"));
    assert!(csv.contains("2025-02-21,true,quote,apple,Apple,against"), "{csv}");
    for fmt in ["json", "jsonl", "timelinejs", "markdown", "html", "table"] {
        let (status, _, body) = get(&router, &format!("/api/export/{fmt}?stance=against")).await;
        assert_eq!(status, 200, "{fmt}");
        assert!(body.contains("porte dérobée"), "{fmt}");
    }
    let (status, _, _) = get(&router, "/api/export/pdf").await;
    assert_eq!(status, 404);
}
