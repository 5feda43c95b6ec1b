//! Crash safety, scripted: `kill -9` at random points of `dossier ingest`
//! and of `dossier extract --resume`, 20 rounds each. Afterwards the store
//! passes `PRAGMA integrity_check`, the index catches up with the store, and
//! every document is there exactly once. The kill points are drawn with a
//! fixed seed over the length of an uninterrupted run, so a failure repeats.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const ROUNDS: usize = 20;
const DOCS: usize = 900;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn dossier(data: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dossier"));
    cmd.current_dir(repo_root())
        .env_remove("DOSSIER_DATA")
        .env_remove("DOSSIER_NER_MODEL")
        .args(["--ner-model", "none", "--color", "never", "--data-dir"])
        .arg(data);
    cmd
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out
}

/// A small deterministic generator (xorshift64*), so that kill points repeat.
struct Draw(u64);

impl Draw {
    fn below(&mut self, bound: Duration) -> Duration {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let x = self.0.wrapping_mul(0x2545_f491_4f6c_dd1d);
        bound.mul_f64((x >> 11) as f64 / (1u64 << 53) as f64)
    }
}

/// A corpus of `DOCS` distinct news records in three JSON Lines files.
fn corpus(dir: &Path) -> PathBuf {
    let folder = dir.join("corpus");
    std::fs::create_dir_all(&folder).unwrap();
    for part in 0..3 {
        let lines: String = (part * DOCS / 3..(part + 1) * DOCS / 3)
            .map(|i| {
                let text = format!(
                    "Le ministre numéro {i} a déclaré mardi que le chiffrement de bout en bout serait protégé, selon Le Monde. \
                     « Nous ne créerons pas de porte dérobée {i} », a dit la porte-parole Claire Martin-{i}."
                );
                serde_json::json!({"url": format!("https://news.example/{i}"), "title": format!("Article {i}"), "text": text, "language": "fr", "published": "2025-02-11"}).to_string() + "\n"
            })
            .collect();
        std::fs::write(folder.join(format!("part-{part}.jsonl")), lines).unwrap();
    }
    folder
}

/// Starts `cmd`, kills it with SIGKILL after `after` unless it ended first;
/// true when it was killed.
fn kill_after(cmd: &mut Command, after: Duration) -> bool {
    let mut child = cmd.stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    let started = Instant::now();
    while started.elapsed() < after {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let killed = child.try_wait().unwrap().is_none();
    child.kill().unwrap();
    child.wait().unwrap();
    killed
}

/// Runs `attempt` until it has killed a run mid-way `ROUNDS` times.
fn kill_rounds(mut attempt: impl FnMut() -> bool) {
    let mut killed = 0;
    for _ in 0..4 * ROUNDS {
        killed += attempt() as usize;
        if killed == ROUNDS {
            return;
        }
    }
    panic!("only {killed} of {} runs were killed mid-way", 4 * ROUNDS);
}

fn timed(cmd: &mut Command) -> Duration {
    let started = Instant::now();
    run(cmd);
    started.elapsed()
}

fn integrity(store: &Path) -> String {
    let db = rusqlite::Connection::open_with_flags(store, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    db.query_row("PRAGMA integrity_check", [], |r| r.get::<_, String>(0)).unwrap()
}

#[test]
fn kill_9_during_ingest_leaves_a_sound_store_and_an_index_that_catches_up() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = corpus(tmp.path());
    // An uninterrupted run sets the span the kill points are drawn from.
    let full = timed(dossier(&tmp.path().join("reference")).args(["ingest", "-q"]).arg(&corpus));
    let data = tmp.path().join("data");
    let mut draw = Draw(0x5eed_0001);
    kill_rounds(|| {
        let killed = kill_after(dossier(&data).args(["ingest", "-q"]).arg(&corpus), draw.below(full));
        let store = data.join("dossier.sqlite");
        if store.exists() {
            assert_eq!(integrity(&store), "ok");
        }
        killed
    });
    run(dossier(&data).args(["ingest", "-q"]).arg(&corpus));
    assert_eq!(integrity(&data.join("dossier.sqlite")), "ok");
    let db = rusqlite::Connection::open(data.join("dossier.sqlite")).unwrap();
    let (rows, ids): (usize, usize) = db.query_row("SELECT count(*), count(DISTINCT id) FROM documents", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!((rows, ids), (DOCS, DOCS), "every document exactly once");
    // A search brings the index up to the store, whatever the crashes left.
    run(dossier(&data).args(["search", "chiffrement"]));
    let stats = String::from_utf8(run(dossier(&data).arg("stats")).stdout).unwrap();
    assert!(stats.contains(&format!("documents: {DOCS} (indexed: {DOCS})")), "{stats}");
}

#[test]
fn kill_9_during_extract_resume_gives_every_document_exactly_once() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = corpus(tmp.path());
    let out = tmp.path().join("out.jsonl.gz");
    let extract = |data: &Path, out: &Path| {
        let mut cmd = dossier(data);
        cmd.args(["extract", "-q", "-j", "2", "--checkpoint-secs", "0.1", "--resume", "-o"]).arg(out).arg(&corpus);
        cmd
    };
    let full = timed(&mut extract(tmp.path(), &tmp.path().join("reference.jsonl.gz")));
    let mut draw = Draw(0x5eed_0002);
    kill_rounds(|| {
        // Each resumed run has less left to do: draw from a quarter of the
        // whole. A run that gets to the end is checked, then started afresh.
        let killed = kill_after(&mut extract(tmp.path(), &out), draw.below(full / 4));
        if !killed {
            assert_exactly_once(&out);
            std::fs::remove_file(&out).unwrap();
            let _ = std::fs::remove_file(tmp.path().join("out.jsonl.gz.checkpoint"));
        }
        killed
    });
    run(&mut extract(tmp.path(), &out));
    assert_exactly_once(&out);
}

fn assert_exactly_once(out: &Path) {
    let mut text = String::new();
    flate2::read::MultiGzDecoder::new(std::fs::File::open(out).unwrap()).read_to_string(&mut text).unwrap();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for line in text.lines() {
        let rec: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        *counts.entry(rec["source"].as_str().unwrap().to_string()).or_default() += 1;
    }
    let twice: Vec<_> = counts.iter().filter(|(_, &n)| n > 1).collect();
    assert!(twice.is_empty(), "written twice: {twice:?}");
    assert_eq!(counts.len(), DOCS, "documents missing");
}
