//! Hostile inputs through the real binary: each gets a clear error naming the
//! input and the reason, or a bounded result — never a crash, a hang or
//! unbounded memory — and the batch goes on. Sizes are kept small enough for
//! CI; the shapes are the ones that used to take minutes or gigabytes
//! (100,000 nested elements, a paragraph of megabytes, a million quotation
//! marks, a gzip bomb).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// Longest any of these inputs may take even on a slow CI machine: a bound
/// that turns a hang into a failure, not a speed measurement.
const HANG: Duration = Duration::from_secs(300);

/// Runs `dossier --ner-model none extract ARGS`, killing it past [`HANG`].
fn extract(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .current_dir(repo_root())
        .env_remove("DOSSIER_DATA")
        .env_remove("DOSSIER_NER_MODEL")
        .args(["--ner-model", "none", "extract"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Drain both pipes while waiting: a full pipe would stall the child.
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            pipe.read_to_end(&mut bytes).unwrap();
            bytes
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > HANG {
            child.kill().unwrap();
            panic!("dossier extract {args:?} still running after {HANG:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let out = Output { status, stdout: stdout.join().unwrap(), stderr: stderr.join().unwrap() };
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "dossier panicked on {args:?}: {err}");
    out
}

fn records(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(stdout.to_vec()).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_string()
}

/// Every span of a record slices its text to the item's `text` (the
/// record's extraction fields are an `Extraction`).
fn assert_spans(text: &str, record: &serde_json::Value) {
    let x: dossier_core::Extraction = serde_json::from_value(record.clone()).unwrap();
    let off = x.spans_off_text(text);
    assert!(off.is_empty(), "spans off the text: {off:?}");
}

#[test]
fn deeply_nested_html_keeps_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let n = 100_000;
    let closed = format!("<html><body>{}<p>Deep text under many layers.</p>{}</body></html>", "<div>".repeat(n), "</div>".repeat(n));
    let unclosed = format!("<html><body>{}<p>Deeper text, never closed.</p></body></html>", "<div><span>".repeat(n));
    let a = write(dir.path(), "closed.html", closed.as_bytes());
    let b = write(dir.path(), "unclosed.html", unclosed.as_bytes());
    let out = extract(&[&a, &b, "--with-text", "--ordered"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let recs = records(&out.stdout);
    assert!(recs[0]["text"].as_str().unwrap().contains("Deep text under many layers."));
    assert!(recs[1]["text"].as_str().unwrap().contains("Deeper text, never closed."));
}

#[test]
fn a_paragraph_of_megabytes_is_extracted_in_windows_with_true_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let sentence = "Le ministre a déclaré que le chiffrement est essentiel à la sécurité de tous, selon l’AFP ; ";
    let text = sentence.repeat(3_000_000 / sentence.len());
    let path = write(dir.path(), "paragraph.txt", text.as_bytes());
    let out = extract(&[&path, "--with-text", "--lang", "fr"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let rec = &records(&out.stdout)[0];
    let text = rec["text"].as_str().unwrap();
    assert!(rec["claims"].as_array().unwrap().len() > 1000, "claims all along the text");
    let last = rec["claims"].as_array().unwrap().last().unwrap()["end"].as_u64().unwrap() as usize;
    assert!(last > text.chars().count() * 9 / 10, "claims reach the end of the text ({last})");
    assert_spans(text, rec);
}

#[test]
fn a_million_quotation_marks_give_a_bounded_result() {
    let dir = tempfile::tempdir().unwrap();
    let straight = write(dir.path(), "straight.txt", "\"".repeat(1_000_000).as_bytes());
    let mixed = write(dir.path(), "mixed.txt", "« a » \"b\" “c” „d“ ".repeat(100_000).as_bytes());
    let out = extract(&[&straight, &mixed, "--with-text", "--ordered"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 2);
    for rec in &recs {
        assert_spans(rec["text"].as_str().unwrap(), rec);
    }
}

#[test]
fn invalid_utf8_in_every_input_format_is_decoded_or_named() {
    let dir = tempfile::tempdir().unwrap();
    let bad = b"Le ministre a d\xe9clar\xe9 mardi que le chiffrement \xff\xfe restera prot\xe9g\xe9, selon Le Monde.";
    let html = [b"<html><body><article><p>".as_slice(), bad, b"</p></article></body></html>"].concat();
    let json = [b"{\"title\":\"t\",\"text\":\"".as_slice(), bad, b"\"}"].concat();
    let jsonl = [json.as_slice(), b"\n{\"text\":\"A clean record after a bad one, said the minister.\"}\n"].concat();
    let files = [
        write(dir.path(), "bad.txt", bad),
        write(dir.path(), "bad.md", &[b"# Titre\n\n".as_slice(), bad].concat()),
        write(dir.path(), "bad.html", &html),
        write(dir.path(), "bad.json", &json),
        write(dir.path(), "bad.jsonl", &jsonl),
        write(dir.path(), "bad.warc", &warc_record("http://example.org/bad", &html)),
    ];
    let errors = dir.path().join("errors.jsonl");
    let mut args: Vec<&str> = files.iter().map(String::as_str).collect();
    args.extend(["--with-text", "--errors", errors.to_str().unwrap(), "--allow-failures"]);
    let out = extract(&args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let recs = records(&out.stdout);
    let failed = std::fs::read_to_string(&errors).unwrap_or_default();
    assert_eq!(recs.len() + failed.lines().count(), 7, "every input is a record or a named failure: {failed}");
    for rec in &recs {
        let text = rec["text"].as_str().unwrap();
        assert!(!text.contains('\u{fffd}') || text.contains("chiffrement"), "{text}");
        assert_spans(text, rec);
    }
    assert!(recs.iter().any(|r| r["text"].as_str().unwrap().contains("clean record after a bad one")), "the batch goes on");
}

/// One WARC response record holding `html`.
fn warc_record(uri: &str, html: &[u8]) -> Vec<u8> {
    let http = [b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".as_slice(), html].concat();
    let head = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Record-ID: <urn:uuid:{}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        uri.len(),
        http.len()
    );
    [head.as_bytes(), &http, b"\r\n\r\n"].concat()
}

#[test]
fn a_warc_truncated_mid_record_keeps_the_records_before_the_cut() {
    let dir = tempfile::tempdir().unwrap();
    let page = |n: u32| format!("<html><body><article><p>Article {n}: the minister said on Tuesday that encryption will stay protected for everyone.</p></article></body></html>");
    let second = warc_record("http://example.org/2", page(2).as_bytes());
    let bytes = [warc_record("http://example.org/1", page(1).as_bytes()), second[..second.len() / 2].to_vec()].concat();
    let path = write(dir.path(), "cut.warc", &bytes);
    let out = extract(&[&path]);
    assert_eq!(out.status.code(), Some(1), "a failure is reported in the exit status");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cut.warc") && err.contains("truncated"), "{err}");
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["source"], "http://example.org/1");
}

#[test]
fn compression_bombs_are_cut_off_with_a_named_error() {
    let dir = tempfile::tempdir().unwrap();
    // 1 GiB of zeros in one JSON line (gzip and zstd), and a WARC record
    // claiming 3 GB: a few megabytes on disk each.
    let mut line = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![b'0'; 1 << 20];
    line.write_all(b"{\"text\":\"").unwrap();
    for _ in 0..1024 {
        line.write_all(&zeros).unwrap();
    }
    let jsonl = write(dir.path(), "bomb.jsonl.gz", &line.finish().unwrap());
    let mut warc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    warc.write_all(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 3000000000\r\n\r\n").unwrap();
    for _ in 0..1024 {
        warc.write_all(&zeros).unwrap();
    }
    let warc = write(dir.path(), "bomb.warc.gz", &warc.finish().unwrap());
    let mut zst = zstd::stream::Encoder::new(Vec::new(), 3).unwrap();
    zst.write_all(b"{\"text\":\"").unwrap();
    for _ in 0..1024 {
        zst.write_all(&zeros).unwrap();
    }
    let zst = write(dir.path(), "bomb.jsonl.zst", &zst.finish().unwrap());
    let out = extract(&[&jsonl, &warc, &zst, "--allow-failures"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bomb.jsonl.zst:1") && err.contains("longer than the"), "{err}");
    assert!(err.contains("bomb.jsonl.gz:1") && err.contains("longer than the"), "{err}");
    assert!(err.contains("bomb.warc.gz") && err.contains("Content-Length"), "{err}");
}

#[test]
fn a_pdf_that_breaks_the_parser_is_one_named_failure() {
    let dir = tempfile::tempdir().unwrap();
    let broken = write(dir.path(), "broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nxref\n0 1\ntrailer << /Root 1 0 R /Size 9999999999 >>\n%%EOF");
    let fine = write(dir.path(), "fine.txt", b"The minister said on Tuesday that encryption will stay protected.");
    let out = extract(&[&broken, &fine, "--allow-failures", "--ordered"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("broken.pdf") && err.contains("PDF"), "{err}");
    assert_eq!(records(&out.stdout).len(), 1, "the batch goes on");
}
