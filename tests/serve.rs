//! End-to-end tests of `dossier serve`: the real binary on the bundled corpus
//! (plus an article full of markup), on a free loopback port, spoken to with
//! a minimal HTTP/1.0 client over `TcpStream`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};

mod common;
use common::dossier;

/// A running server, killed when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(data: &Path, extra: &[&str]) -> (Server, String) {
    let mut child = dossier(data)
        .args(["serve", "--bind"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let mut err = String::new();
    if line.is_empty() {
        child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
        panic!("serve printed nothing: {err}");
    }
    let url = line.split_whitespace().find(|w| w.starts_with("http://")).expect("a URL").to_string();
    let addr = url.trim_start_matches("http://").trim_end_matches('/').to_string();
    (Server { child, addr }, line)
}

struct Response {
    status: u16,
    headers: String,
    body: String,
}

fn get(server: &Server, path: &str) -> Response {
    let mut s = TcpStream::connect(&server.addr).unwrap();
    write!(s, "GET {path} HTTP/1.0\r\nHost: {}\r\n\r\n", server.addr).unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let raw = String::from_utf8(raw).unwrap();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    Response { status, headers: head.to_lowercase(), body: body.to_string() }
}

fn json(server: &Server, path: &str) -> (u16, serde_json::Value) {
    let r = get(server, path);
    assert!(r.headers.contains("content-type: application/json"), "{path}: {}", r.headers);
    (r.status, serde_json::from_str(&r.body).unwrap_or_else(|e| panic!("{path}: {e}: {}", r.body)))
}

/// Percent-encode a query value.
fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

/// RFC 4180 records.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field, mut quoted, mut chars) = (Vec::new(), Vec::new(), String::new(), false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quoted field");
    rows
}

const EVIL: &str = "<script>alert(1)</script> \"><img src=x onerror=alert(1)>";

#[test]
fn the_web_app_searches_shows_the_timeline_documents_and_exports_safely() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let evil = tmp.path().join("evil.md");
    std::fs::write(
        &evil,
        format!("---\ntitle: 'Zanzibar {EVIL}'\ndate: 2025-03-01\n---\nLe ministre Zanzibar a déclaré : « {EVIL} ». Apple a dit que le chiffrement {EVIL} reste.\n"),
    )
    .unwrap();
    let o = dossier(&data).args(["ingest", "-q", "corpora/"]).arg(&evil).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    let (server, banner) = start(&data, &["127.0.0.1:0"]);
    assert!(banner.contains("http://127.0.0.1:"), "{banner}");

    // Search finds the seed by its phrase, with a highlighted snippet.
    let (status, v) = json(&server, &format!("/api/search?q={}", enc("\"porte dérobée\"")));
    assert_eq!(status, 200);
    let seed = v["hits"].as_array().unwrap().iter().find(|h| h["source"].as_str().unwrap().ends_with("uk-apple-icloud-backdoor.fr.txt")).expect("the seed");
    let seed_id = seed["id"].as_str().unwrap().to_string();
    let page = get(&server, &format!("/search?q={}", enc("\"porte dérobée\"")));
    assert_eq!(page.status, 200);
    assert!(page.body.contains(&format!("/doc/{seed_id}")) && page.body.contains("<mark>porte</mark> <mark>dérobée</mark>"));
    assert!(page.headers.contains("content-security-policy: default-src 'none'; script-src 'self'"), "{}", page.headers);
    // Apostrophes and pasted colons are words.
    for q in ["l'entreprise", "Apple's", "Chat Control: vote", "NOT Apple", "-iCloud", "title:Apple"] {
        let (status, v) = json(&server, &format!("/api/search?q={}", enc(q)));
        assert_eq!(status, 200, "{q}: {v}");
    }

    // The timeline filtered to Apple shows the quote, stance against.
    let (status, v) = json(&server, &format!("/api/timeline?actor=apple&kind=quote&q={}", enc("jamais créé")));
    assert_eq!(status, 200);
    let quote = v["entries"].as_array().unwrap().iter().find(|e| e["text"].as_str().unwrap().contains("jamais créé de porte dérobée")).expect("the quote");
    assert_eq!(quote["stance"], "against");
    assert_eq!(quote["doc_id"], seed_id.as_str());
    let page = get(&server, &format!("/timeline?actor=apple&kind=quote&q={}", enc("jamais créé")));
    assert_eq!(page.status, 200);
    assert!(page.body.contains("jamais créé de porte dérobée") && page.body.contains("class=\"stance stance-against\""));
    assert!(page.body.contains("/api/export/csv?actor=apple&amp;kind=quote&amp;q="));
    let page = get(&server, "/timeline?actor=apple");
    assert!(page.body.contains("<svg") && page.body.contains("class=\"bar-"), "a chart of Apple's dated statements");

    // Its document page highlights the quote with Apple as speaker.
    let page = get(&server, &format!("/doc/{seed_id}"));
    assert_eq!(page.status, 200);
    let text_at = page.body.find("jamais créé de porte dérobée").expect("the quote in the text");
    let mark_at = page.body[..text_at].rfind("<mark class=\"hl quote\"").expect("inside a highlighted quote");
    let mark = &page.body[mark_at..text_at];
    assert!(mark.contains("title=\"quote · speaker: Apple · stance: against\""), "{mark}");
    assert!(page.body.contains("class=\"hl speaker\""));

    // CSV export parses, one record per entry, every row as wide as the header.
    let r = get(&server, "/api/export/csv?actor=apple");
    assert_eq!(r.status, 200);
    assert!(r.headers.contains("content-type: text/csv"));
    let rows = parse_csv(&r.body);
    assert_eq!(rows[0][..3], ["date", "date_inferred", "kind"]);
    assert!(rows.iter().all(|row| row.len() == rows[0].len()));
    assert!(rows.iter().any(|row| row[7].contains("jamais créé de porte dérobée") && row[5] == "against"));

    // The markup-laden article is text on every page.
    let (_, v) = json(&server, "/api/search?q=Zanzibar");
    let evil_id = v["hits"][0]["id"].as_str().expect("the article is found").to_string();
    let (_, tl) = json(&server, "/api/timeline?q=Zanzibar");
    let actor_pages: Vec<String> =
        tl["entries"].as_array().unwrap().iter().flat_map(|e| e["actor_ids"].as_array().unwrap().iter().map(|a| format!("/actor/{}", enc(a.as_str().unwrap())))).collect();
    let mut pages = vec!["/search?q=Zanzibar".to_string(), "/search?q=onerror".into(), format!("/doc/{evil_id}"), "/timeline".into(), "/timeline?q=Zanzibar".into(), "/actors".into()];
    pages.extend(actor_pages);
    for path in &pages {
        let r = get(&server, path);
        assert_eq!(r.status, 200, "{path}");
        assert!(!r.body.contains("<script>alert") && !r.body.contains("<img src=x"), "{path} lets markup through");
        assert_eq!(r.body.matches("<script").count(), 1, "{path}: only app.js");
    }
    let doc = get(&server, &format!("/doc/{evil_id}")).body;
    assert!(doc.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && doc.contains("&lt;img src=x onerror=alert(1)&gt;"));

    // Bad parameters are 4xx JSON errors with a message, never 500.
    let long = "a".repeat(600);
    let cases = [
        ("/api/timeline?actor=nosuchactor".to_string(), 404, "no actor matches"),
        ("/api/timeline?from=notadate".into(), 400, "from=notadate is not a date"),
        ("/api/search?q=backdoor&page=999".into(), 404, "beyond the last page"),
        (format!("/api/search?q={long}"), 400, "at most 500"),
        ("/api/search?q=%22unclosed".into(), 400, "not closed"),
        ("/api/search?q=actor:apple".into(), 400, "--actor apple"),
        ("/api/actors/nosuchactor".into(), 404, "no actor"),
        ("/api/documents/nosuch".into(), 404, "no document"),
        ("/api/export/pdf".into(), 404, "unknown format"),
    ];
    for (path, want, says) in cases {
        let (status, v) = json(&server, &path);
        assert_eq!(status, want, "{path}: {v}");
        assert_eq!(v["status"], want);
        assert!(v["message"].as_str().unwrap().contains(says), "{path}: {v}");
    }
    let page = get(&server, "/timeline?from=notadate");
    assert_eq!(page.status, 400);
    assert!(page.body.contains("from=notadate is not a date"));

    // Live responses match the OpenAPI document's required fields.
    let (_, api) = json(&server, "/api/openapi.json");
    assert_eq!(api["openapi"], "3.1.0");
    for (path, url) in [("SearchResponse", "/api/search?q=backdoor"), ("TimelineResponse", "/api/timeline"), ("StatsResponse", "/api/stats"), ("ActorResponse", "/api/actors/apple")] {
        let (status, v) = json(&server, url);
        assert_eq!(status, 200, "{url}");
        for field in api["components"]["schemas"][path]["required"].as_array().unwrap() {
            assert!(v.get(field.as_str().unwrap()).is_some(), "{url} lacks {field}");
        }
    }
}

#[test]
fn a_non_loopback_bind_warns_and_a_missing_store_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let o = dossier(&tmp.path().join("none")).args(["serve"]).output().unwrap();
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("ingest documents first"));
    let data = tmp.path().join("data");
    let doc = tmp.path().join("a.txt");
    std::fs::write(&doc, "Apple a dit non.").unwrap();
    assert!(dossier(&data).args(["ingest", "-q"]).arg(&doc).status().unwrap().success());
    let mut child = dossier(&data).args(["serve", "--bind", "0.0.0.0:0"]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap()).read_line(&mut line).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(line.contains("warning") && line.contains("not a loopback"), "{line}");
}
