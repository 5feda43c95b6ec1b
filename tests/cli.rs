//! End-to-end tests: run the real `dossier` binary on the bundled corpus and
//! on generated inputs, as a user would.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Output, Stdio};

mod common;
use common::{dossier, repo_root};

fn run(data: &Path, args: &[&str]) -> Output {
    dossier(data).args(args).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn search_json(data: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["search", "--json"];
    all.extend_from_slice(args);
    let o = run(data, &all);
    assert!(o.status.success(), "search {args:?} failed: {}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn document_count(data: &Path) -> u64 {
    let o = run(data, &["stats", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    v["documents"].as_u64().unwrap()
}

#[test]
fn bundled_corpus_is_searchable_across_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let o = run(&data, &["ingest", "corpora/"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("ingested  corpora/news/uk-apple-icloud-backdoor.fr.txt [fr, news]"));
    assert!(stdout(&o).contains("code-penal-434-15-2.md [fr, legal]"), "{}", stdout(&o));
    let count = document_count(&data);
    assert!(count >= 20, "{count}");

    // Ingesting again changes nothing.
    let o = run(&data, &["ingest", "corpora/"]);
    assert!(o.status.success());
    assert!(stderr(&o).contains(&format!("0 ingested, 0 updated, {count} skipped")), "{}", stderr(&o));
    assert_eq!(document_count(&data), count);

    // A phrase finds the seed first, with the phrase highlighted.
    let v = search_json(&data, &["\"porte dérobée\""]);
    let first = &v["hits"][0];
    assert!(first["source"].as_str().unwrap().ends_with("uk-apple-icloud-backdoor.fr.txt"), "{v}");
    let snippet = first["snippet"]["text"].as_str().unwrap();
    let [a, b] = [0, 1].map(|i| first["snippet"]["highlights"][0][i].as_u64().unwrap() as usize);
    let marked: String = snippet.chars().skip(a).take(b - a).collect();
    assert_eq!(marked.to_lowercase(), "porte");
    for key in ["id", "title", "language", "score", "snippet"] {
        assert!(!first[key].is_null(), "missing {key} in {first}");
    }

    // Stemming: "chiffrement" matches the seed's "chiffrées", in French only.
    let v = search_json(&data, &["chiffrement", "--lang", "fr", "-n", "50"]);
    let hits = v["hits"].as_array().unwrap();
    assert!(hits.iter().all(|h| h["language"] == "fr"));
    assert!(hits.iter().any(|h| h["source"].as_str().unwrap().ends_with("uk-apple-icloud-backdoor.fr.txt")));

    // An English word finds the French seed, which contains it.
    let v = search_json(&data, &["backdoor", "-n", "50"]);
    assert!(v["hits"].as_array().unwrap().iter().any(|h| h["source"].as_str().unwrap().ends_with(".fr.txt")));
    assert!(v["facets"]["language"]["fr"].as_u64().unwrap() >= 1);

    // Accent-less query finds accented text; filters narrow.
    let v = search_json(&data, &["Etats-Unis", "--kind", "news"]);
    assert!(v["total"].as_u64().unwrap() >= 1);
    assert!(v["hits"].as_array().unwrap().iter().all(|h| h["kind"] == "news"));
    let v = search_json(&data, &["*", "--kind", "legal", "-n", "100"]);
    assert_eq!(v["total"].as_u64().unwrap(), 11, "the 11 bundled legal texts");
    let v = search_json(&data, &["*", "--from", "2025-03", "--to", "2025-03", "-n", "100"]);
    for h in v["hits"].as_array().unwrap() {
        assert!(h["published"].as_str().unwrap().starts_with("2025-03"), "{h}");
    }

    // Terminal output without colour marks highlights with brackets.
    let o = run(&data, &["search", "\"porte dérobée\""]);
    assert!(stdout(&o).contains("[porte] [dérobée]"), "{}", stdout(&o));
    assert!(!stdout(&o).contains('\x1b'));

    // A malformed query is a clear error, not a panic.
    let o = run(&data, &["search", "\"porte dérobée"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("invalid query"), "{}", stderr(&o));

    // The index is derived: rebuilding it keeps every document searchable.
    let o = run(&data, &["reindex"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v = search_json(&data, &["*", "-n", "1"]);
    assert_eq!(v["total"].as_u64().unwrap(), count);
}

#[test]
fn bad_inputs_are_named_and_the_batch_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = tmp.path().join("inputs");
    std::fs::create_dir(&inputs).unwrap();
    std::fs::write(inputs.join("image.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01").unwrap();
    std::fs::write(inputs.join("empty.txt"), b"").unwrap();
    let (latin1, _, _) = encoding_rs::WINDOWS_1252
        .encode("Le Conseil d'État a examiné la loi sur le déchiffrement des communications électroniques.");
    std::fs::write(inputs.join("latin1.txt"), &latin1).unwrap();
    std::fs::write(
        inputs.join("records.jsonl"),
        "{\"title\": \"Good\", \"text\": \"Encryption keeps messages private for everyone.\"}\n{broken\n{\"title\": \"Also good\", \"text\": \"Die Verschlüsselung schützt Nachrichten.\"}\n",
    )
    .unwrap();
    let data = tmp.path().join("data");
    let o = run(&data, &["ingest", inputs.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("image.png: PNG image, not text"), "{err}");
    assert!(err.contains("empty.txt: empty file"), "{err}");
    assert!(err.contains("records.jsonl:2: invalid JSON"), "{err}");
    assert!(err.contains("3 ingested, 0 updated, 0 skipped (duplicates), 3 failed"), "{err}");
    assert_eq!(document_count(&data), 3);

    // The Latin-1 file keeps its accents and is found by an accented query.
    let v = search_json(&data, &["déchiffrement"]);
    let hit = &v["hits"][0];
    assert!(hit["source"].as_str().unwrap().ends_with("latin1.txt"));
    assert_eq!(hit["language"], "fr");
    assert!(hit["snippet"]["text"].as_str().unwrap().contains("Conseil d'État"), "{hit}");
}

#[test]
fn kill_during_ingest_loses_and_duplicates_nothing() {
    const N: usize = 20_000;
    let tmp = tempfile::tempdir().unwrap();
    let jsonl = tmp.path().join("generated.jsonl");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&jsonl).unwrap());
        let words = ["chiffrement", "encryption", "Verschlüsselung", "cifrado", "crittografia", "backdoor", "données"];
        for i in 0..N {
            let w = words[i % words.len()];
            writeln!(
                f,
                "{{\"title\":\"Generated {i}\",\"text\":\"Document number {i} about {w} and policy marker{i}.\",\"url\":\"https://gen.example/{i}\",\"language\":\"en\"}}"
            )
            .unwrap();
        }
    }
    let data = tmp.path().join("data");
    let mut child = dossier(&data)
        .args(["ingest", "--batch-size", "200", jsonl.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill once a few batches have been committed, mid-stream.
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut seen = 0;
    while seen < 3_000 {
        match lines.next() {
            Some(Ok(_)) => seen += 1,
            _ => break,
        }
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    let after_kill = document_count(&data);
    assert!(after_kill >= 2_000 && after_kill < N as u64, "killed too late or too early: {after_kill}");

    let o = run(&data, &["ingest", "-q", jsonl.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(document_count(&data), N as u64);
    let v = search_json(&data, &["marker42"]);
    assert_eq!(v["total"], 1, "{v}");
    let v = search_json(&data, &["*", "-n", "1"]);
    assert_eq!(v["total"].as_u64().unwrap(), N as u64, "index and store agree");
}

/// Serve `pages` (path → (status, content type, body)) on 127.0.0.1 until the test ends.
fn serve(pages: Vec<(&'static str, u16, &'static str, Vec<u8>)>) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    serve_on(listener, pages);
    format!("http://{addr}")
}

fn serve_on(listener: std::net::TcpListener, pages: Vec<(&'static str, u16, &'static str, Vec<u8>)>) {
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 4096];
            let n = stream.read(&mut buf).unwrap_or(0);
            let request = String::from_utf8_lossy(&buf[..n]);
            let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
            let (mut status, ctype, mut body) = pages
                .iter()
                .find(|(p, ..)| *p == path)
                .map(|(_, s, c, b)| (*s, *c, b.clone()))
                .unwrap_or((404, "text/plain", b"not found".to_vec()));
            // Every page has the same ETag, so a conditional re-fetch gets 304.
            if status == 200 && request.to_ascii_lowercase().contains("if-none-match: \"v1\"") {
                status = 304;
                body.clear();
            }
            let head = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nETag: \"v1\"\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    
}

/// Like [`serve`], on the address `base` names, with pages that need the base URL.
fn serve_at(
    base: &str,
    mut pages: Vec<(&'static str, u16, &'static str, Vec<u8>)>,
    more: impl Fn(&str) -> Vec<(&'static str, u16, &'static str, Vec<u8>)>,
) -> String {
    pages.extend(more(base));
    let addr = base.trim_start_matches("http://").to_string();
    let listener = std::net::TcpListener::bind(&addr).unwrap();
    serve_on(listener, pages);
    base.to_string()
}

#[test]
fn urls_and_stdin_are_ingested() {
    let (latin1_page, _, _) = encoding_rs::WINDOWS_1252.encode(
        "<html><head><title>Données chiffrées</title></head><body><nav>Menu</nav><p>Le gouvernement exige l'accès aux données chiffrées.</p></body></html>",
    );
    let base = serve(vec![("/article.html", 200, "text/html; charset=windows-1252", latin1_page.into_owned())]);
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let ok_url = format!("{base}/article.html");
    let missing = format!("{base}/missing.html");
    let o = run(&data, &["ingest", &ok_url, &missing]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains(&format!("{missing}: HTTP status 404")), "{}", stderr(&o));
    let v = search_json(&data, &["données"]);
    let hit = &v["hits"][0];
    assert_eq!(hit["title"], "Données chiffrées");
    assert_eq!(hit["url"], ok_url.as_str());
    assert_eq!(hit["site"], "127.0.0.1");
    assert!(!hit["snippet"]["text"].as_str().unwrap().contains("Menu"));

    let mut child = dossier(&data)
        .args(["ingest", "--lang", "de", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all("Die Hintertür bleibt zu.\n".as_bytes()).unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v = search_json(&data, &["Hintertür", "--lang", "de"]);
    assert_eq!(v["total"], 1);
}

#[test]
fn extract_writes_one_json_object_per_document_without_a_store() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("never-created");
    let o = run(&data, &["extract", "--with-text", "corpora/news/uk-apple-icloud-backdoor.fr.txt"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<&str> = std::str::from_utf8(&o.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 1);
    let v: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    for key in ["doc_id", "source", "title", "language", "language_confidence", "text", "actors", "quotes", "claims", "events", "topic_relevance"] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["language"], "fr");
    assert!(v["source"].as_str().unwrap().ends_with("uk-apple-icloud-backdoor.fr.txt"));
    assert!(!data.exists(), "extract must not create a store");
}

#[test]
fn page_metadata_is_output_stored_and_searchable() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let page = tmp.path().join("article.html");
    let body = "Le gouvernement britannique a exigé un accès aux sauvegardes chiffrées, selon plusieurs sources proches du dossier. ".repeat(6);
    std::fs::write(
        &page,
        format!(
            r#"<html lang="fr"><head><title>Chiffrement : le bras de fer</title>
            <meta property="og:site_name" content="Le Journal"><meta name="keywords" content="chiffrement, Apple">
            <script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"2025-02-08","dateModified":"2025-02-09",
              "author":[{{"@type":"Person","name":"Marie Dupont"}}]}}</script></head>
            <body><article><h1>Chiffrement : le bras de fer</h1><p>{body}</p><p>{body}</p></article></body></html>"#
        ),
    )
    .unwrap();
    let o = run(&data, &["extract", page.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    assert_eq!(v["authors"], serde_json::json!(["Marie Dupont"]));
    assert_eq!(v["site_name"], "Le Journal");
    assert_eq!(v["modified"], "2025-02-09");
    assert_eq!(v["published"], "2025-02-08");
    assert_eq!(v["published_source"], "json-ld");
    assert_eq!(v["tags"], serde_json::json!(["chiffrement", "Apple"]));

    assert!(run(&data, &["ingest", "-q", page.to_str().unwrap()]).status.success());
    let shown = run(&data, &["show", v["doc_id"].as_str().unwrap()]);
    assert!(stdout(&shown).contains("Marie Dupont"), "{}", stdout(&shown));
    assert_eq!(search_json(&data, &["*", "--author", "dupont"])["total"], 1);
    assert_eq!(search_json(&data, &["*", "--author", "someone else"])["total"], 0);
}

#[test]
fn extract_accepts_month_precision_publication_dates_and_lists_every_date() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("records.jsonl");
    let records = [
        r#"{"url":"https://example.org/a","text":"Apple a retiré la fonction hier. Le texte sera examiné en janvier.","published":"2024-08"}"#,
        r#"{"url":"https://example.org/b","text":"Apple said on Friday that it would never build a backdoor. It happened last week.","published":"2025-02-21"}"#,
        r#"{"url":"https://example.org/c","text":"Un texte.","published":"bientôt"}"#,
    ];
    std::fs::write(&input, records.join("\n")).unwrap();
    let o = run(&tmp.path().join("unused"), &["extract", "--with-text", input.to_str().unwrap()]);
    assert!(!o.status.success(), "the bad record makes the run fail");
    assert!(stderr(&o).contains("records.jsonl:3") && stderr(&o).contains("bientôt"), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2, "the batch goes on after a bad record");
    assert_eq!(lines[0]["published"], "2024-08");
    assert_eq!(lines[0]["published_precision"], "month");
    let dates = |v: &serde_json::Value| -> Vec<(String, String)> {
        v["dates"].as_array().unwrap().iter().map(|d| (d["text"].as_str().unwrap().to_string(), d["value"].as_str().unwrap().to_string())).collect()
    };
    // "hier" is known to the month only; a future January after August is next year's.
    assert_eq!(dates(&lines[0]), [("hier".to_string(), "2024-08".to_string()), ("janvier".to_string(), "2025-01".to_string())]);
    // "Friday" in a Friday story is that day; "last week" is an ISO week.
    assert_eq!(dates(&lines[1]), [("Friday".to_string(), "2025-02-21".to_string()), ("last week".to_string(), "2025-W07".to_string())]);
    assert!(lines[1].get("published_precision").is_none());
}

#[test]
fn the_parser_finds_sources_the_rules_alone_miss_and_no_syntax_turns_it_off() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("records.jsonl");
    let record = r#"{"url":"https://example.org/fire","text":"Fire broke out in the hotel at night. A fire officer said wooden panels had blocked the corridors of the building."}"#;
    std::fs::write(&input, record).unwrap();
    let claims = |extra: &[&str]| -> Vec<(String, serde_json::Value)> {
        let mut args = extra.to_vec();
        args.extend(["extract", "--with-text", input.to_str().unwrap()]);
        let o = run(&tmp.path().join("unused"), &args);
        assert!(o.status.success(), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
        v["claims"].as_array().unwrap().iter().map(|c| (c["text"].as_str().unwrap().to_string(), c["claimant"].clone())).collect()
    };
    let with = claims(&[]);
    assert_eq!(with.len(), 1, "{with:?}");
    assert!(with[0].0.starts_with("wooden panels"), "{with:?}");
    // The source is kept as written, with no actor id: nobody is guessed.
    assert_eq!(with[0].1["text"], "A fire officer");
    assert!(with[0].1["actor_id"].is_null());
    assert!(claims(&["--no-syntax"]).is_empty(), "without the parser no actor says it");
}

/// A small JSON Schema checker for the keywords our schema uses: type,
/// required, properties, items, enum, $ref, allOf, anyOf.
fn validate(schema: &serde_json::Value, root: &serde_json::Value, v: &serde_json::Value, path: &str, errors: &mut Vec<String>) {
    use serde_json::Value;
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        return validate(&root["$defs"][name], root, v, path, errors);
    }
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        for s in all {
            validate(s, root, v, path, errors);
        }
    }
    if let Some(any) = schema.get("anyOf").and_then(Value::as_array) {
        let ok = any.iter().any(|s| {
            let mut e = Vec::new();
            validate(s, root, v, path, &mut e);
            e.is_empty()
        });
        if !ok {
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
    if let (Some(req), Some(obj)) = (schema.get("required").and_then(Value::as_array), v.as_object()) {
        for k in req.iter().filter_map(Value::as_str) {
            if !obj.contains_key(k) {
                errors.push(format!("{path}: missing {k}"));
            }
        }
    }
    if let (Some(props), Some(obj)) = (schema.get("properties").and_then(Value::as_object), v.as_object()) {
        for (k, s) in props {
            if let Some(x) = obj.get(k) {
                validate(s, root, x, &format!("{path}.{k}"), errors);
            }
        }
    }
    if let (Some(items), Some(arr)) = (schema.get("items"), v.as_array()) {
        for (i, x) in arr.iter().enumerate() {
            validate(items, root, x, &format!("{path}[{i}]"), errors);
        }
    }
}

#[test]
fn extraction_of_every_corpus_document_validates_and_every_span_slices_its_text() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo_root().join("schemas/extraction.schema.json")).unwrap()).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let o = run(&tmp.path().join("unused"), &["extract", "--with-text", "corpora/"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut docs = 0;
    let mut spans = 0;
    for line in stdout(&o).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let mut errors = Vec::new();
        validate(&schema, &schema, &v, "$", &mut errors);
        assert!(errors.is_empty(), "{}: {errors:?}", v["source"]);
        let text = v["text"].as_str().unwrap();
        let mut check = |item: &serde_json::Value, s: &str, e: &str, t: &str| {
            let (s, e) = (item[s].as_u64().unwrap() as usize, item[e].as_u64().unwrap() as usize);
            let sliced: String = text.chars().skip(s).take(e.saturating_sub(s)).collect();
            assert_eq!(sliced, item[t].as_str().unwrap(), "{} [{s},{e})", v["source"]);
            spans += 1;
        };
        for a in v["actors"].as_array().unwrap() {
            for m in a["mentions"].as_array().unwrap() {
                check(m, "start", "end", "text");
            }
        }
        for (list, who) in [("quotes", "speaker"), ("claims", "claimant")] {
            for q in v[list].as_array().unwrap() {
                check(q, "start", "end", "text");
                if !q[who].is_null() {
                    check(&q[who], "start", "end", "text");
                }
                if !q["cue"].is_null() {
                    check(&q["cue"], "start", "end", "text");
                }
            }
        }
        for e in v["events"].as_array().unwrap() {
            check(e, "start", "end", "text");
            check(e, "date_start", "date_end", "date_text");
        }
        for d in v["dates"].as_array().unwrap() {
            check(d, "start", "end", "text");
        }
        docs += 1;
    }
    assert!(docs >= 27 && spans > 300, "{docs} documents, {spans} spans");
}

#[test]
fn stored_extraction_matches_extract_and_user_actors_are_used() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let actors = tmp.path().join("mine.toml");
    std::fs::write(&actors, "[[actor]]\nid = \"acme-crypto\"\nname = \"Acme Crypto\"\nkind = \"company\"\naliases = [\"Acme Crypto\"]\n").unwrap();
    let input = tmp.path().join("a.txt");
    std::fs::write(&input, "Acme Crypto a déclaré qu'elle refuse toute porte dérobée dans le chiffrement de ses services.").unwrap();
    let o = run(&data, &["--actors", actors.to_str().unwrap(), "ingest", input.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v = search_json(&data, &["chiffrement"]);
    let id = v["hits"][0]["id"].as_str().unwrap().to_string();
    let o = run(&data, &["show", &id]);
    let shown: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let claim = &shown["extraction"]["claims"][0];
    assert_eq!(claim["claimant"]["actor_id"], "acme-crypto", "{shown}");
    assert_eq!(claim["stance"], "against");
    let o = run(&data, &["--actors", "/nonexistent/actors.toml", "extract", input.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot read actor file /nonexistent/actors.toml"), "{}", stderr(&o));
}

#[test]
fn crawl_follows_feeds_and_sitemaps_politely_and_refetches_conditionally() {
    let article = |title: &str, body: &str| {
        format!("<html lang=\"fr\"><head><title>{title}</title></head><body><nav>Menu Accueil</nav><article><h1>{title}</h1><p>{body}</p><p>Le texte continue avec assez de mots pour être retenu comme article principal par l'extracteur.</p></article><footer>Mentions légales</footer></body></html>").into_bytes()
    };
    let feed_items = |base: &str| {
        format!(r#"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
            <item><title>Un</title><link>{base}/a1</link><pubDate>Fri, 21 Feb 2025 10:00:00 +0100</pubDate></item>
            <item><title>Deux</title><link>{base}/private/a2</link></item>
            <item><title>Vieux</title><link>{base}/old</link><pubDate>Mon, 01 Jan 2018 10:00:00 +0100</pubDate></item>
            </channel></rss>"#)
    };
    // The feed and sitemap hold absolute links, so the server's address is
    // chosen first (a free port) and the server started on it.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let pages = vec![
        ("/robots.txt", 200, "text/plain", b"User-agent: *\nDisallow: /private\n".to_vec()),
        ("/a1", 200, "text/html", article("Chiffrement à Londres", "Le gouvernement britannique veut une porte dérobée.")),
        ("/a3", 200, "text/html", article("Signal et la loi", "Signal menace de quitter le pays si la loi passe.")),
        ("/old", 200, "text/html", article("Ancien", "Un ancien article.")),
        ("/notafeed.xml", 200, "application/rss+xml", b"this is not xml".to_vec()),
    ];
    let base = serve_at(&base, pages, |b| {
        vec![
            ("/feed.xml", 200, "application/rss+xml", feed_items(b).into_bytes()),
            ("/sitemap.xml", 200, "application/xml", format!(r#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{b}/a3</loc><lastmod>2025-03-01</lastmod></url></urlset>"#).into_bytes()),
        ]
    });
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let args = |extra: &[&str]| {
        let mut v: Vec<String> = ["crawl", "--delay", "0", "--since", "2024"].iter().map(|s| s.to_string()).collect();
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    let feed = format!("{base}/feed.xml");
    let sitemap = format!("{base}/sitemap.xml");
    let bad = format!("{base}/notafeed.xml");
    let a: Vec<String> = args(&["--feed", &feed, "--sitemap", &sitemap, "--feed", &bad]);
    let o = dossier(&data).args(&a).output().unwrap();
    let (out, err) = (stdout(&o), stderr(&o));
    assert_eq!(o.status.code(), Some(1), "{out}{err}");
    assert!(out.contains(&format!("ingested  {base}/a1 [fr, news]")), "{out}{err}");
    assert!(out.contains(&format!("ingested  {base}/a3")), "{out}");
    assert!(!out.contains("/old"), "--since drops old feed entries: {out}");
    assert!(err.contains(&format!("{base}/private/a2: robots.txt of {base} disallows")), "{err}");
    assert!(err.contains(&format!("{bad}: not a feed")), "{err}");
    assert_eq!(document_count(&data), 2);
    let v = search_json(&data, &["\"porte dérobée\""]);
    assert_eq!(v["hits"][0]["published"], "2025-02-21", "the feed date fills in: {v}");
    assert!(!v["hits"][0]["snippet"]["text"].as_str().unwrap().contains("Menu"));

    // A second crawl asks conditionally and gets 304 for what it has.
    let o = dossier(&data).args(args(&["--feed", &feed, "--sitemap", &sitemap])).output().unwrap();
    assert!(stdout(&o).contains(&format!("unchanged {base}/a1 (304 not modified)")), "{}", stdout(&o));
    assert!(stderr(&o).contains("2 not modified since the last fetch"), "{}", stderr(&o));
    assert_eq!(document_count(&data), 2);
}

#[test]
fn syndicated_copies_are_linked_and_search_can_collapse_them() {
    let story = "Le gouvernement britannique a demandé à Apple de créer une porte dérobée dans iCloud afin d'accéder aux données chiffrées des utilisateurs dans le cadre d'enquêtes sur la sécurité nationale et la criminalité, selon plusieurs sources proches du dossier citées mardi par la presse britannique.";
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("wire.jsonl");
    let records = [
        serde_json::json!({"title": "Apple et Londres", "text": story, "url": "https://agency.example/story", "published": "2025-02-07"}),
        serde_json::json!({"title": "Londres veut une porte dérobée", "text": format!("{story} Lire aussi : notre dossier."), "url": "https://paper.example/copy", "published": "2025-02-08"}),
    ];
    std::fs::write(&input, records.iter().map(|r| r.to_string() + "\n").collect::<String>()).unwrap();
    let data = tmp.path().join("data");
    let o = run(&data, &["ingest", input.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let first_id = search_json(&data, &["*", "--site", "agency.example"])["hits"][0]["id"].as_str().unwrap().to_string();
    assert!(stdout(&o).contains(&format!("(near-duplicate of {first_id})")), "{}", stdout(&o));
    let all = search_json(&data, &["\"porte dérobée\""]);
    assert_eq!(all["hits"].as_array().unwrap().len(), 2);
    let collapsed = search_json(&data, &["\"porte dérobée\"", "--collapse"]);
    assert_eq!(collapsed["hits"].as_array().unwrap().len(), 1, "{collapsed}");
}

#[test]
fn timeline_filters_and_exports() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    assert!(run(&data, &["ingest", "-q", "corpora/"]).status.success());

    // The seed's Apple quote, undated (the seed has no publication date), stance against.
    let o = run(&data, &["timeline", "--actor", "apple", "--kind", "quote", "--undated", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let seed_quote = v.as_array().unwrap().iter().find(|e| e["source"].as_str().unwrap().ends_with(".fr.txt")).expect("seed quote");
    assert_eq!(seed_quote["stance"], "against");
    assert!(seed_quote["text"].as_str().unwrap().starts_with("Nous n’avons jamais créé"));
    assert!(v.as_array().unwrap().iter().all(|e| e["actor_ids"].as_array().unwrap().iter().any(|a| a == "apple")));

    // Date filters keep overlapping periods only; the 2019 agreement is an event of both governments.
    let o = run(&data, &["timeline", "--kind", "event", "--from", "2019", "--to", "2019", "--format", "jsonl"]);
    let events: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(!events.is_empty());
    assert!(events.iter().all(|e| e["date"].as_str().unwrap().starts_with("2019")));
    assert!(events.iter().any(|e| e["actor_ids"].as_array().unwrap().len() >= 2));

    // Exports: CSV with a header, TimelineJS with dated events, HTML escaped, to a file.
    let o = run(&data, &["timeline", "--format", "csv", "--stance", "against"]);
    let csv = stdout(&o);
    assert!(csv.starts_with("date,date_inferred,kind,actor_ids,actors,stance,"), "{csv}");
    assert!(csv.lines().skip(1).all(|l| l.contains(",against,")), "{csv}");
    let o = run(&data, &["timeline", "--format", "timelinejs"]);
    let tl: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(tl["events"].as_array().unwrap().iter().all(|e| e["start_date"]["year"].is_string()));
    let html = tmp.path().join("timeline.html");
    let o = run(&data, &["timeline", "--format", "html", "-o", html.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!doctype html>") && page.contains("</ol></body></html>"));
    assert!(!page.contains("<script"));
}

#[test]
fn legal_references_link_instruments_units_and_the_timeline() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    assert!(run(&data, &["ingest", "-q", "corpora/"]).status.success());

    // The seed's "accord sur l'accès aux données" is the 2019 UK-US agreement.
    let o = run(&data, &["extract", "../shared/seed/uk-apple-icloud-backdoor.fr.txt"]);
    if o.status.success() {
        let x: serde_json::Value = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
        let refs = x["legal_refs"].as_array().unwrap();
        assert!(refs.iter().any(|r| r["instrument_id"] == "us-uk-data-access-agreement-2019"), "{refs:?}");
    }

    // A news statement citing the Investigatory Powers Act is found by instrument.
    let o = run(&data, &["timeline", "--instrument", "ipa-2016", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let entries = v.as_array().unwrap();
    assert!(!entries.is_empty());
    assert!(entries.iter().all(|e| e["instruments"].as_array().unwrap().iter().any(|i| i == "ipa-2016")));
    assert!(entries.iter().any(|e| e["text"].as_str().unwrap().contains("Investigatory Powers Act")));

    // A provision of a bundled statute is addressable.
    let o = run(&data, &["show", "18-usc-2523#b-1"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let unit: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(unit["unit"]["parent"], "18-usc-2523#b");
    assert!(unit["text"].as_str().unwrap().starts_with("(1) the domestic law of the foreign government"));
    let o = run(&data, &["show", "18-usc-2523#zz-9"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("18-usc-2523#zz-9"), "{}", stderr(&o));
}

#[test]
fn bad_web_inputs_get_clear_messages() {
    let truncated = "<html><head><title>Tronqué</title></head><body><article><p>Le chiffrement des données est au cœur du bras de fer entre Londres et Apple, qui refuse toute porte dérobée dans ses services et";
    let mut binary = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    binary.extend(std::iter::repeat_n(0u8, 1000));
    let huge = format!("<html><body><p>{}</p></body></html>", "chiffrement ".repeat(5_000_000)).into_bytes();
    let base = serve(vec![
        ("/truncated", 200, "text/html", truncated.as_bytes().to_vec()),
        ("/binary", 200, "text/html", binary),
        ("/huge", 200, "text/html", huge),
        ("/robots.txt", 200, "text/plain", b"User-agent: *\nDisallow: /secret\n".to_vec()),
        ("/secret", 200, "text/html", b"<p>hidden</p>".to_vec()),
    ]);
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let urls: Vec<String> = ["truncated", "binary", "huge", "secret"].iter().map(|p| format!("{base}/{p}")).collect();
    let mut args = vec!["ingest", "--delay", "0"];
    args.extend(urls.iter().map(String::as_str));
    let o = run(&data, &args);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(stdout(&o).contains(&format!("ingested  {base}/truncated")), "{}", stdout(&o));
    assert!(err.contains(&format!("{base}/binary: PNG image, not text")), "{err}");
    assert!(err.contains(&format!("{base}/huge: body larger than the 20971520 byte limit")), "{err}");
    assert!(err.contains(&format!("{base}/secret: robots.txt of {base} disallows this path")), "{err}");
    assert_eq!(document_count(&data), 1);
}

#[test]
fn train_ner_writes_a_model_that_eval_scores_and_extract_uses() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    // A small CoNLL file: persons who speak, places they speak in.
    let mut conll = String::new();
    let people = [("Lena", "Vogt"), ("Omar", "Haddad"), ("Ines", "Moreau"), ("Piet", "Jansen"), ("Sara", "Lindqvist"), ("Tomas", "Novak")];
    let places = ["Lyon", "Gdansk", "Porto", "Tartu", "Graz", "Bari"];
    for (i, (given, surname)) in people.iter().enumerate() {
        for place in places {
            conll += &format!("{given}\tB-PER\n{surname}\tI-PER\nspoke\tO\nin\tO\n{place}\tB-LOC\nyesterday\tO\n.\tO\n\n");
            conll += &format!("In\tO\n{place}\tB-LOC\n,\tO\n{surname}\tB-PER\nsaid\tO\nno\tO\n{i}\tO\n.\tO\n\n");
        }
    }
    let train = tmp.path().join("train.conll");
    std::fs::write(&train, conll).unwrap();
    let model = tmp.path().join("tiny.bin");
    let o = run(&data, &["train-ner", "--lang", "en", "--train", train.to_str().unwrap(), "--dev", train.to_str().unwrap(), "--out", model.to_str().unwrap(), "--hash-bits", "14", "--epochs", "4", "--registry", "corpora/actors"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("wrote"), "{}", stdout(&o));

    let o = run(&data, &["eval", "ner", "--json", "--model", model.to_str().unwrap(), "--gold", train.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["overall"]["f1"].as_f64().unwrap() > 0.95, "{v}");
    assert!(v["per_type"]["PER"]["tp"].as_u64().unwrap() > 0, "{v}");

    // The trained model in the pipeline: a person the rules do not know.
    let doc = tmp.path().join("doc.txt");
    std::fs::write(&doc, "Marta Lindqvist spoke in Graz yesterday. She said the encryption plan was a mistake.").unwrap();
    let o = run(&data, &["--ner-model", model.to_str().unwrap(), "extract", "--lang", "en", doc.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let x: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let names: Vec<&str> = x["actors"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"Marta Lindqvist"), "{names:?}");

    // Rules only, the built-in model, and a path that is not there.
    for choice in ["none", "builtin"] {
        let o = run(&data, &["--ner-model", choice, "extract", doc.to_str().unwrap()]);
        assert!(o.status.success(), "{choice}: {}", stderr(&o));
    }
    // Stored extractions name their detector: another one rewrites them on re-ingest.
    let ingest = |choice: &str| stdout(&run(&data, &["--ner-model", choice, "ingest", doc.to_str().unwrap()]));
    assert!(ingest("builtin").starts_with("ingested"));
    assert!(ingest("builtin").starts_with("skipped"));
    assert!(ingest("none").starts_with("updated"));
    let o = run(&data, &["--ner-model", "models/no-such-model.bin", "extract", doc.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("models/no-such-model.bin") && stderr(&o).contains("builtin"), "{}", stderr(&o));
}

#[test]
fn eval_actors_scores_named_actors_against_ner_gold() {
    let tmp = tempfile::tempdir().unwrap();
    let gold = tmp.path().join("gold.conll");
    std::fs::write(&gold, "Apple\tB-ORG\nsaid\tO\nit\tO\nwould\tO\nappeal\tO\n.\tO\n\nProfessor\tO\nAlan\tB-PER\nWoodward\tI-PER\nsaid\tO\nthe\tO\nplan\tO\nwas\tO\nflawed\tO\n.\tO\n").unwrap();
    let o = run(&tmp.path().join("data"), &["eval", "actors", "--json", "--lang", "en", gold.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["persons"]["gold"], 1);
    assert_eq!(v["organisations"]["gold"], 1);
    assert_eq!(v["persons"]["tp"], 1, "{v}");
    assert_eq!(v["organisations"]["tp"], 1, "{v}");
}
