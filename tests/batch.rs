//! End-to-end tests of batch extraction (`dossier extract` at corpus scale):
//! every input kind, ordered parallel output, Parquet tables, shards that
//! add up to the whole, `kill -9` then `--resume` giving every document
//! exactly once, the error log and exit codes.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// The binary with the rules-only extractor (faster; extraction quality is tested elsewhere).
fn dossier() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dossier"));
    cmd.current_dir(repo_root()).env_remove("DOSSIER_DATA").env_remove("DOSSIER_NER_MODEL").args(["--ner-model", "none"]);
    cmd
}

fn run(args: &[&str]) -> Output {
    dossier().args(args).output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// JSON Lines of a file, decompressed by extension.
fn records(path: &Path) -> Vec<serde_json::Value> {
    let bytes = std::fs::read(path).unwrap();
    let mut text = String::new();
    match path.extension().and_then(|e| e.to_str()) {
        Some("gz") => {
            flate2::read::MultiGzDecoder::new(&bytes[..]).read_to_string(&mut text).unwrap();
        }
        Some("zst") => text = String::from_utf8(zstd::decode_all(&bytes[..]).unwrap()).unwrap(),
        _ => text = String::from_utf8(bytes).unwrap(),
    }
    text.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect()
}

fn field_set(recs: &[serde_json::Value], field: &str) -> BTreeSet<String> {
    recs.iter().map(|r| r[field].as_str().unwrap().to_string()).collect()
}

const LANGS: [(&str, &str); 4] = [
    ("fr", "Le ministre de l'Intérieur a déclaré mardi que le chiffrement des messageries sera protégé, selon Le Monde."),
    ("en", "The Home Secretary said on Tuesday that end-to-end encryption would not be weakened, according to officials."),
    ("de", "Die Bundesregierung erklärte am Dienstag, dass die Verschlüsselung von Nachrichten geschützt bleibe."),
    ("es", "El ministro afirmó el martes que el cifrado de extremo a extremo no será debilitado, según fuentes oficiales."),
];

/// A JSON Lines record with unique text.
fn doc_line(i: usize) -> String {
    let (lang, text) = LANGS[i % LANGS.len()];
    serde_json::json!({"title": format!("Document {i}"), "text": format!("{text} Référence {i}."), "language": lang, "published": "2025-02-11"}).to_string()
}

fn write_jsonl(path: &Path, range: std::ops::Range<usize>) {
    let body: String = range.map(|i| doc_line(i) + "\n").collect();
    std::fs::write(path, body).unwrap();
}

#[test]
fn every_input_kind_is_read_and_ordered_output_keeps_input_order() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("folder/sub")).unwrap();
    std::fs::write(dir.join("folder/a.txt"), "Le ministre a déclaré mardi que le chiffrement sera protégé.").unwrap();
    std::fs::write(dir.join("folder/sub/b.md"), "# Titre\n\nApple a affirmé lundi que la porte dérobée était inacceptable.").unwrap();
    write_jsonl(&dir.join("plain.jsonl"), 0..5);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all((5..10).map(|i| doc_line(i) + "\n").collect::<String>().as_bytes()).unwrap();
    std::fs::write(dir.join("dump.jsonl.gz"), gz.finish().unwrap()).unwrap();
    std::fs::write(dir.join("dump.jsonl.zst"), zstd::encode_all((10..15).map(|i| doc_line(i) + "\n").collect::<String>().as_bytes(), 3).unwrap()).unwrap();
    let page = |n: usize| {
        let html = format!("<html lang=\"en\"><body><article><p>{}</p><p>{}</p></article></body></html>", LANGS[1].1, "More words about encryption policy. ".repeat(8));
        let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}");
        format!("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/{n}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n", http.len())
    };
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(format!("{}{}", page(1), page(2)).as_bytes()).unwrap();
    std::fs::write(dir.join("crawl.warc.gz"), gz.finish().unwrap()).unwrap();
    std::fs::write(dir.join("g1.txt"), "The minister said on Monday that encryption is vital.").unwrap();
    std::fs::write(dir.join("g2.txt"), "The company said on Friday that it would leave the market.").unwrap();
    std::fs::write(dir.join("list.txt"), format!("# inputs\n{}\n\n{}\n", p(&dir.join("dump.jsonl.zst")), p(&dir.join("crawl.warc.gz")))).unwrap();
    let glob = format!("{}/g*.txt", p(dir));

    let args = |jobs: &str, out: &Path| {
        vec![
            "extract".to_string(),
            "-q".into(),
            "--ordered".into(),
            "-j".into(),
            jobs.into(),
            "-o".into(),
            p(out).into(),
            p(&dir.join("folder")).into(),
            p(&dir.join("plain.jsonl")).into(),
            p(&dir.join("dump.jsonl.gz")).into(),
            glob.clone(),
            "--inputs-from".into(),
            p(&dir.join("list.txt")).into(),
        ]
    };
    let one = dir.join("one.jsonl");
    let o = dossier().args(args("1", &one)).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let two = dir.join("two.jsonl.zst");
    let o = dossier().args(args("2", &two)).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let (one, two) = (records(&one), records(&two));
    assert_eq!(one.len(), 2 + 5 + 5 + 2 + 5 + 2, "{:#?}", field_set(&one, "source"));
    // Same order with 1 and 2 workers, and it is the input order.
    let sources: Vec<&str> = one.iter().map(|r| r["source"].as_str().unwrap()).collect();
    assert_eq!(sources, two.iter().map(|r| r["source"].as_str().unwrap()).collect::<Vec<_>>());
    assert!(sources[0].ends_with("folder/a.txt") && sources[1].ends_with("folder/sub/b.md"), "{sources:?}");
    assert!(sources[2].ends_with("plain.jsonl:1") && sources[11].ends_with("dump.jsonl.gz:5"), "{sources:?}");
    assert!(sources[12].ends_with("g1.txt") && sources[13].ends_with("g2.txt"), "{sources:?}");
    assert!(sources[14].ends_with("dump.jsonl.zst:1"), "{sources:?}");
    assert_eq!(&sources[19..], ["https://news.example/1", "https://news.example/2"]);
    // The JSON Lines contract is unchanged: every field of the plain command.
    for key in ["doc_id", "source", "title", "published", "language", "language_confidence", "kind", "actors", "quotes", "claims", "events", "topic_relevance", "dates", "legal_refs"] {
        assert!(one[2].get(key).is_some(), "missing {key}: {}", one[2]);
    }

    // stdin, JSON Lines streamed.
    let mut child = dossier().args(["extract", "-q", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all((0..3).map(|i| doc_line(i) + "\n").collect::<String>().as_bytes()).unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    let srcs: BTreeSet<String> = out.lines().map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["source"].as_str().unwrap().to_string()).collect();
    assert_eq!(srcs, ["-:1", "-:2", "-:3"].iter().map(|s| s.to_string()).collect());
}

#[test]
fn failures_are_logged_counted_and_set_the_exit_code() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let input = dir.join("in.jsonl");
    std::fs::write(&input, format!("{}\nnot json\n{{\"title\":\"no text\"}}\n{}\n", doc_line(0), doc_line(1))).unwrap();
    let errors = dir.join("errors.jsonl");
    let o = run(&["extract", "-j", "2", p(&input), "/no/such/file.txt", "--errors", p(&errors)]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 2);
    let err = stderr(&o);
    assert!(err.contains("failed    ") && err.contains("in.jsonl:2: invalid JSON"), "{err}");
    assert!(err.contains("extracted 2 documents, 3 failed"), "{err}");
    let mut logged: Vec<serde_json::Value> = records(&errors);
    logged.sort_by_key(|v| v["origin"].as_str().unwrap().to_string());
    assert_eq!(logged.len(), 3);
    assert_eq!(logged[0]["input"], "/no/such/file.txt");
    assert!(logged[0]["reason"].as_str().unwrap().starts_with("cannot read"));
    assert_eq!(logged[1]["record"], 2);
    assert_eq!(logged[2]["record"], 3);
    assert!(logged[2]["reason"].as_str().unwrap().contains("neither a `text` nor an `html`"));

    let o = run(&["extract", "-q", "--allow-failures", p(&input)]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

#[test]
fn shards_together_equal_the_unsharded_output() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write_jsonl(&dir.join("a.jsonl"), 0..120);
    write_jsonl(&dir.join("b.jsonl"), 120..200);
    std::fs::create_dir(dir.join("files")).unwrap();
    for i in 200..240 {
        std::fs::write(dir.join(format!("files/{i}.txt")), format!("{} Numéro {i}.", LANGS[0].1)).unwrap();
    }
    let inputs = [p(&dir.join("a.jsonl")).to_string(), p(&dir.join("b.jsonl")).to_string(), p(&dir.join("files")).to_string()];
    let mut all = vec!["extract", "-q", "-o"];
    let whole = dir.join("whole.jsonl");
    all.push(p(&whole));
    all.extend(inputs.iter().map(String::as_str));
    assert!(run(&all).status.success());
    let whole = records(&whole);
    assert_eq!(whole.len(), 240);

    let mut shard_files = Vec::new();
    for k in 1..=3 {
        let out = dir.join(format!("shard{k}.jsonl.gz"));
        let shard = format!("{k}/3");
        // Another file order must not change the shards.
        let mut args = vec!["extract", "-q", "--shard", &shard, "-o", p(&out)];
        args.extend(inputs.iter().rev().map(String::as_str));
        let o = run(&args);
        assert!(o.status.success(), "{}", stderr(&o));
        let n = records(&out).len();
        assert!((40..=120).contains(&n), "shard {k} holds {n}");
        shard_files.push(out);
    }
    let merged = dir.join("merged.jsonl.zst");
    let mut args = vec!["merge-shards", "-o", p(&merged)];
    args.extend(shard_files.iter().map(|f| p(f)));
    let o = run(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    let merged = records(&merged);
    assert_eq!(merged.len(), whole.len());
    assert_eq!(field_set(&merged, "doc_id"), field_set(&whole, "doc_id"));
    assert_eq!(field_set(&merged, "source"), field_set(&whole, "source"));
}

#[test]
fn kill_9_then_resume_writes_every_document_exactly_once() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let n = 3000;
    write_jsonl(&dir.join("a.jsonl"), 0..1000);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all((1000..n).map(|i| doc_line(i) + "\n").collect::<String>().as_bytes()).unwrap();
    std::fs::write(dir.join("b.jsonl.gz"), gz.finish().unwrap()).unwrap();
    let out = dir.join("out.jsonl.gz");
    let checkpoint = dir.join("out.jsonl.gz.checkpoint");
    let (a, b) = (dir.join("a.jsonl"), dir.join("b.jsonl.gz"));
    let args = ["extract", "-q", "-j", "2", "--checkpoint-secs", "0.2", "-o", p(&out), p(&a), p(&b)];

    let mut killed_mid_run = 0;
    for round in 0..3 {
        let mut cmd = dossier();
        cmd.args(args).stdout(Stdio::null()).stderr(Stdio::null());
        if round > 0 {
            cmd.arg("--resume");
        }
        let mut child = cmd.spawn().unwrap();
        // Kill it once a few checkpoints have been written beyond what the last round reached.
        let lines_at_start = std::fs::read_to_string(&checkpoint).map(|s| s.lines().count()).unwrap_or(0);
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            let lines = std::fs::read_to_string(&checkpoint).map(|s| s.lines().count()).unwrap_or(0);
            if lines >= lines_at_start.max(1) + 3 || Instant::now() > deadline {
                child.kill().unwrap(); // SIGKILL
                killed_mid_run += 1;
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        child.wait().unwrap();
    }
    assert!(killed_mid_run >= 1, "the run ended before it could be killed");
    let o = run(&[&args[..], &["--resume"]].concat());
    assert!(o.status.success(), "{}", stderr(&o));
    let recs = records(&out);
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for r in &recs {
        *counts.entry(r["source"].as_str().unwrap().to_string()).or_default() += 1;
    }
    let dups: Vec<_> = counts.iter().filter(|(_, &c)| c > 1).collect();
    assert!(dups.is_empty(), "documents written twice: {dups:?}");
    assert_eq!(counts.len(), n, "documents missing");

    // Resuming a finished run does nothing.
    let o = run(&[&args[..], &["--resume"]].concat());
    assert!(o.status.success());
    assert_eq!(records(&out).len(), n);
}

#[test]
fn a_second_run_on_the_same_output_is_refused_while_the_first_writes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let input = dir.join("a.jsonl");
    write_jsonl(&input, 0..3000);
    let out = dir.join("out.jsonl.gz");
    let args = ["extract", "-q", "-j", "1", "-o", p(&out), p(&input)];
    let mut first = dossier().args(args).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    let lock = dir.join("out.jsonl.gz.lock");
    let deadline = Instant::now() + Duration::from_secs(60);
    while !lock.exists() && Instant::now() < deadline && first.try_wait().unwrap().is_none() {
        std::thread::sleep(Duration::from_millis(10));
    }
    let second = run(&[&args[..], &["--resume"]].concat());
    let still_running = first.try_wait().unwrap().is_none();
    first.kill().unwrap();
    first.wait().unwrap();
    assert!(still_running, "the first run ended before the second started; make the input larger");
    assert!(!second.status.success());
    assert!(stderr(&second).contains("is being written by another `dossier extract`"), "{}", stderr(&second));
}

#[test]
fn parquet_tables_hold_every_item_and_join_on_doc_id() {
    use arrow_array::{Array, StringArray};
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("tables");
    let o = run(&["extract", "-q", "--format", "parquet", "-o", p(&dir), "--part-docs", "7", "corpora/"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let jsonl = run(&["extract", "-q", "corpora/"]);
    let expected: Vec<serde_json::Value> = String::from_utf8(jsonl.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();

    // Every table's doc_id column, over all its parts.
    let column = |table: &str, name: &str| -> Vec<Option<String>> {
        let mut values = Vec::new();
        let mut parts: Vec<PathBuf> = std::fs::read_dir(dir.join(table)).unwrap().map(|e| e.unwrap().path()).collect();
        parts.sort();
        for part in parts {
            let reader = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&part).unwrap()).unwrap().build().unwrap();
            for batch in reader {
                let batch = batch.unwrap();
                let col = batch.column_by_name(name).unwrap().as_any().downcast_ref::<StringArray>().unwrap().clone();
                values.extend((0..col.len()).map(|i| col.is_valid(i).then(|| col.value(i).to_string())));
            }
        }
        values
    };
    assert_eq!(column("documents", "doc_id").len(), expected.len());
    let docs: BTreeSet<String> = column("documents", "doc_id").into_iter().flatten().collect();
    assert_eq!(docs, field_set(&expected, "doc_id"));
    for (table, list) in [("actors", "actors"), ("quotes", "quotes"), ("claims", "claims"), ("events", "events"), ("dates", "dates"), ("legal_refs", "legal_refs")] {
        let ids = column(table, "doc_id");
        let want: usize = expected.iter().map(|r| r[list].as_array().map_or(0, Vec::len)).sum();
        assert_eq!(ids.len(), want, "{table}");
        assert!(ids.iter().all(|id| id.as_ref().is_some_and(|id| docs.contains(id))), "{table} rows without a document");
    }
    assert!(!column("quotes", "doc_id").is_empty() && !column("legal_refs", "doc_id").is_empty());
    let speakers: usize = expected.iter().flat_map(|r| r["quotes"].as_array().unwrap()).filter(|q| !q["speaker"].is_null()).count();
    assert_eq!(column("quotes", "speaker_text").iter().flatten().count(), speakers);
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
    assert!(readme.contains("## `quotes`") && readme.contains("| `doc_id` |"));

    // DuckDB from Python, when the test script installed it (scripts/fetch-duckdb.sh).
    let python = std::env::var("DOSSIER_PYTHON").ok().filter(|p| Path::new(p).exists());
    let Some(python) = python else {
        assert!(std::env::var_os("DOSSIER_REQUIRE_DUCKDB").is_none(), "DOSSIER_REQUIRE_DUCKDB is set but DOSSIER_PYTHON is not a Python with duckdb");
        eprintln!("skipping the DuckDB check: set DOSSIER_PYTHON to a Python with duckdb (scripts/fetch-duckdb.sh)");
        return;
    };
    let o = Command::new(python).arg(repo_root().join("scripts/check-parquet.py")).arg(&dir).output().unwrap();
    assert!(o.status.success(), "{}{}", String::from_utf8_lossy(&o.stdout), stderr(&o));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(report["documents"], expected.len());
    assert_eq!(report["quotes_joined"], column("quotes", "doc_id").len());
}
