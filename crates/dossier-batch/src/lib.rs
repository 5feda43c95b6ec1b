//! Corpus-scale extraction for `dossier extract`.
//!
//! One thread splits the inputs into work units ([`source`]): a file, one
//! line of a JSON Lines dump (plain, `.gz`, `.zst`), one WARC record, a URL
//! or stdin. Units go through a bounded channel to `jobs` workers that read
//! them into documents with the ingest [`Reader`] and run the shared
//! [`Extractor`] (both are `Sync`: one of each for all threads). Results come
//! back through a second bounded channel to the writer (the calling thread),
//! which writes them in completion order, or in input order with
//! `ordered` (a reorder window bounds how far the splitter may run ahead).
//! Memory is thus bounded by the channel capacities and the largest unit,
//! whatever the corpus size.
//!
//! Outputs: JSON Lines on stdout or to a file (`.gz`/`.zst` by extension;
//! see [`sink`]), or Parquet tables ([`parquet_out`]). With a file output a
//! checkpoint ([`checkpoint`]) is kept beside it: every few seconds (JSON
//! Lines) or every closed part (Parquet) the output and the error log are
//! synced, then the hashes of the completed units are appended to the
//! checkpoint and synced. `resume` cuts the outputs back to the last
//! checkpointed length and skips the units it lists, so a run killed at any
//! point and resumed writes every document exactly once. `shard` keeps the
//! units whose stable key hash falls in `K/N` ([`shard`]).
//!
//! Failures never stop a run: each becomes a `failed ORIGIN: reason` line on
//! stderr, a line in the `errors` JSON Lines log, and a count by reason in
//! the [`Summary`].

pub mod checkpoint;
mod lock;
pub mod merge;
pub mod parquet_out;
mod progress;
pub mod record;
pub mod shard;
pub mod sink;
pub mod source;

use checkpoint::{Checkpoint, Header};
use crossbeam_channel::bounded;
use dossier_extract::Extractor;
use dossier_ingest::{Format, IngestError, Input, Item, RawDocument, Reader};
pub use record::ExtractRecord;
pub use shard::{stable_hash, Shard};
use sink::LineFile;
use source::{Splitter, Unit, Work};
use std::collections::{BTreeMap, HashSet};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// Why a batch run stopped. Failures of single inputs are not errors: they
/// are counted in the [`Summary`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Usage(String),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("writing to stdout: {0}")]
    Stdout(#[source] std::io::Error),
    #[error("Parquet: {0}")]
    Parquet(String),
    #[error("checkpoint: {0}")]
    Checkpoint(String),
}

impl Error {
    fn io(path: &Path, source: std::io::Error) -> Error {
        Error::Io { path: path.to_path_buf(), source }
    }
}

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Jsonl,
    Parquet,
}

impl OutputFormat {
    fn name(self) -> &'static str {
        match self {
            OutputFormat::Jsonl => "jsonl",
            OutputFormat::Parquet => "parquet",
        }
    }
}

/// What to extract and where to write it.
#[derive(Debug, Clone)]
pub struct Options {
    /// Files, folders, globs, `.jsonl(.gz|.zst)`, `.warc(.gz)`, URLs, `-`.
    pub inputs: Vec<String>,
    /// Worker threads (at least 1).
    pub jobs: usize,
    /// Write records in input order instead of completion order.
    pub ordered: bool,
    pub format: OutputFormat,
    /// Output file (JSON Lines) or folder (Parquet); `None`: stdout (JSON Lines only).
    pub output: Option<PathBuf>,
    /// Include each document's text.
    pub with_text: bool,
    pub shard: Shard,
    /// Continue an interrupted run from its checkpoint.
    pub resume: bool,
    /// JSON Lines log of failures.
    pub errors: Option<PathBuf>,
    /// Read files that ignore rules exclude.
    pub no_ignore: bool,
    /// Show a progress bar (the caller decides: stderr is a terminal, not quiet).
    pub progress: bool,
    /// Print no `failed` lines and no summary on stderr.
    pub quiet: bool,
    /// Seconds between checkpoints of a JSON Lines output.
    pub checkpoint_every: Duration,
    /// Documents per Parquet part (the checkpoint unit of Parquet output).
    pub part_docs: u64,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            inputs: Vec::new(),
            jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
            ordered: false,
            format: OutputFormat::Jsonl,
            output: None,
            with_text: false,
            shard: Shard::ALL,
            resume: false,
            errors: None,
            no_ignore: false,
            progress: false,
            quiet: false,
            checkpoint_every: Duration::from_secs(2),
            part_docs: 100_000,
        }
    }
}

/// What a run did.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    /// Documents written.
    pub ok: u64,
    /// Failures (inputs, records or documents).
    pub failed: u64,
    /// Failures by reason (the message up to its first colon).
    pub failed_by_reason: BTreeMap<String, u64>,
    /// Units skipped because a resumed checkpoint lists them.
    pub already_done: u64,
    /// Units of other shards skipped.
    pub other_shards: u64,
    /// Input bytes read (as stored: compressed bytes for compressed inputs).
    pub bytes: u64,
    pub elapsed: Duration,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let secs = self.elapsed.as_secs_f64().max(1e-9);
        write!(f, "extracted {} documents, {} failed", self.ok, self.failed)?;
        if !self.failed_by_reason.is_empty() {
            let reasons: Vec<String> = self.failed_by_reason.iter().map(|(r, n)| format!("{r}: {n}")).collect();
            write!(f, " ({})", reasons.join(", "))?;
        }
        if self.already_done > 0 {
            write!(f, ", {} inputs already done", self.already_done)?;
        }
        if self.other_shards > 0 {
            write!(f, ", {} inputs left to other shards", self.other_shards)?;
        }
        write!(
            f,
            "; {:.1} MB in {:.1} s: {:.1} docs/s, {:.2} MB/s",
            self.bytes as f64 / 1e6,
            secs,
            self.ok as f64 / secs,
            self.bytes as f64 / 1e6 / secs
        )
    }
}

/// The reason class of a failure message: its text up to the first colon,
/// with every number written N, cut at a word within 60 characters.
pub fn reason_class(reason: &str) -> String {
    let head = reason.split(':').next().unwrap_or(reason).trim();
    // Sizes and counts differ per input; "line of N bytes" is one class.
    let mut class = String::new();
    let mut in_number = false;
    for c in head.chars() {
        match c.is_ascii_digit() {
            true if in_number => {}
            true => class.push('N'),
            false => class.push(c),
        }
        in_number = c.is_ascii_digit();
    }
    if class.chars().count() <= 60 {
        return class;
    }
    let cut: String = class.chars().take(60).collect();
    format!("{}…", cut.rsplit_once(' ').map_or(cut.as_str(), |(words, _)| words))
}

/// The checkpoint file of an output: `OUT.checkpoint` beside a file, or
/// `DIR/_checkpoint.jsonl` inside a Parquet folder.
pub fn checkpoint_path(output: &Path, format: OutputFormat) -> PathBuf {
    match format {
        OutputFormat::Parquet => output.join("_checkpoint.jsonl"),
        OutputFormat::Jsonl => {
            let mut name = output.as_os_str().to_owned();
            name.push(".checkpoint");
            PathBuf::from(name)
        }
    }
}

/// A worker's result for one unit.
enum Outcome {
    Line(String),
    Value(serde_json::Value),
    Failed { origin: String, reason: String },
}

struct Done {
    seq: u64,
    key_hash: u64,
    input: String,
    record: Option<u64>,
    outcomes: Vec<Outcome>,
}

/// Parse one JSON Lines record as the ingest reader does.
fn json_line(line: &str, origin: &str) -> Result<RawDocument, IngestError> {
    let value: serde_json::Value = serde_json::from_str(line).map_err(|e| IngestError::Json(e.to_string()))?;
    if !value.is_object() {
        return Err(IngestError::Json("expected an object with `text` or `html`".into()));
    }
    let mut raw: RawDocument = serde_json::from_value(value).map_err(|e| IngestError::Json(e.to_string()))?;
    raw.source = origin.to_string();
    Ok(raw)
}

/// Read and extract one unit (on a worker thread).
fn process(unit: Unit, reader: &Reader, extractor: &Extractor, format: OutputFormat, with_text: bool) -> Vec<Outcome> {
    let mut outcomes = Vec::new();
    let mut on_item = |item: Item| match item.result {
        Ok(doc) => {
            let x = extractor.extract(&doc);
            let record = ExtractRecord::new(&doc, &x, with_text);
            let encoded = match format {
                OutputFormat::Jsonl => serde_json::to_string(&record).map(Outcome::Line),
                OutputFormat::Parquet => serde_json::to_value(&record).map(Outcome::Value),
            };
            outcomes.push(encoded.unwrap_or_else(|e| Outcome::Failed { origin: item.origin, reason: format!("cannot serialise the extraction: {e}") }));
        }
        Err(e) => outcomes.push(Outcome::Failed { origin: item.origin, reason: e.to_string() }),
    };
    let Unit { key, input, work, .. } = unit;
    let work = match work {
        Work::Failed(reason) => return vec![Outcome::Failed { origin: key, reason }],
        other => other,
    };
    match work {
        Work::File(path) => reader.read(&Input::Path(path), &mut on_item),
        Work::JsonLine(line) => {
            let result = json_line(&line, &key).and_then(|raw| reader.build(raw));
            on_item(Item { origin: key, result })
        }
        Work::WarcRecord(bytes) => {
            // The ingest reader numbers the records of what it is given: this one is `#1`.
            let first = format!("{input}#1");
            reader.read_bytes(&input, &bytes, Format::Warc, &mut |mut item: Item| {
                if item.origin == first {
                    item.origin = key.clone();
                }
                on_item(item)
            })
        }
        Work::Bytes(bytes) => reader.read_bytes("-", &bytes, Format::Sniff, &mut on_item),
        Work::Url(url) => reader.read(&Input::Url(url), &mut on_item),
        Work::Failed(_) => {}
    }
    outcomes
}

enum Out {
    Stdout(sink::Stdout),
    Jsonl(LineFile),
    Parquet(Box<parquet_out::ParquetSink>),
}

/// The writer side: output, error log, checkpoint, counts, progress.
struct Writer<'a> {
    opts: &'a Options,
    out: Out,
    errors: Option<LineFile>,
    checkpoint: Option<Checkpoint>,
    pending: Vec<u64>,
    last_commit: Instant,
    summary: Summary,
    progress: &'a progress::Progress,
}

impl Writer<'_> {
    fn handle(&mut self, done: Done) -> Result<(), Error> {
        for outcome in done.outcomes {
            match outcome {
                Outcome::Line(line) => {
                    self.summary.ok += 1;
                    match &mut self.out {
                        Out::Stdout(s) => s.write_line(&line)?,
                        Out::Jsonl(f) => f.write_line(&line)?,
                        Out::Parquet(_) => {}
                    }
                }
                Outcome::Value(v) => {
                    self.summary.ok += 1;
                    if let Out::Parquet(p) = &mut self.out {
                        p.write(&v)?;
                    }
                }
                Outcome::Failed { origin, reason } => {
                    self.summary.failed += 1;
                    *self.summary.failed_by_reason.entry(reason_class(&reason)).or_default() += 1;
                    if !self.opts.quiet {
                        self.progress.println(&format!("failed    {origin}: {reason}"));
                    }
                    if let Some(log) = &mut self.errors {
                        let line = serde_json::json!({"input": done.input, "record": done.record, "origin": origin, "reason": reason});
                        log.write_line(&line.to_string())?;
                    }
                }
            }
        }
        if self.checkpoint.is_some() {
            self.pending.push(done.key_hash);
            let due = match &self.out {
                Out::Parquet(p) => p.part_full(),
                _ => self.last_commit.elapsed() >= self.opts.checkpoint_every,
            };
            if due {
                self.commit(false)?;
            }
        }
        self.progress.update(self.summary.ok, self.summary.failed);
        Ok(())
    }

    /// Make the output and the error log durable, then record the units they hold.
    fn commit(&mut self, finished: bool) -> Result<(), Error> {
        let output = match &mut self.out {
            Out::Stdout(s) => {
                s.flush()?;
                0
            }
            Out::Jsonl(f) => f.commit()?,
            Out::Parquet(p) => p.commit()?,
        };
        let errors = match &mut self.errors {
            Some(log) => log.commit()?,
            None => 0,
        };
        if let Some(c) = &mut self.checkpoint {
            c.record(output, errors, &self.pending, finished)?;
        }
        self.pending.clear();
        self.last_commit = Instant::now();
        Ok(())
    }
}

/// Run a batch extraction with `opts`, reading with `reader` and extracting
/// with `extractor` on `opts.jobs` threads.
pub fn run(reader: &Reader, extractor: &Extractor, opts: &Options) -> Result<Summary, Error> {
    let start = Instant::now();
    if opts.format == OutputFormat::Parquet && opts.output.is_none() {
        return Err(Error::Usage("--format parquet needs an output folder: -o DIR".into()));
    }
    if opts.resume && opts.output.is_none() {
        return Err(Error::Usage("--resume needs an output file or folder (-o) beside which the checkpoint is kept".into()));
    }
    let header = Header { checkpoint: 1, format: opts.format.name().into(), shard: opts.shard.to_string(), with_text: opts.with_text };
    // Resume state, output and checkpoint.
    let mut state = None;
    let mut checkpoint = None;
    // Held until the run returns.
    let mut lock = None;
    if let Some(output) = &opts.output {
        let cp_path = checkpoint_path(output, opts.format);
        if opts.format == OutputFormat::Parquet {
            std::fs::create_dir_all(output).map_err(|e| Error::io(output, e))?;
        }
        lock = Some(lock::OutputLock::acquire(output, opts.format)?);
        if opts.resume {
            state = Checkpoint::load(&cp_path, &header)?;
        }
        checkpoint = Some(match &state {
            Some(_) => Checkpoint::append_to(&cp_path)?,
            None => Checkpoint::create(&cp_path, &header)?,
        });
    }
    let resume_output = state.as_ref().map(|s| s.output);
    let resume_errors = state.as_ref().map(|s| s.errors);
    let done_before: HashSet<u64> = state.map(|s| s.done).unwrap_or_default();
    let out = match (&opts.output, opts.format) {
        (None, _) => Out::Stdout(sink::Stdout(std::io::BufWriter::with_capacity(256 * 1024, std::io::stdout()))),
        (Some(path), OutputFormat::Jsonl) => Out::Jsonl(LineFile::open(path, resume_output)?),
        (Some(dir), OutputFormat::Parquet) => Out::Parquet(Box::new(parquet_out::ParquetSink::new(dir, resume_output.unwrap_or(0), opts.part_docs)?)),
    };
    let errors = match &opts.errors {
        Some(path) => Some(LineFile::open(path, resume_errors)?),
        None => None,
    };

    let jobs = opts.jobs.max(1);
    let bytes_read = Arc::new(AtomicU64::new(0));
    let progress = progress::Progress::new(opts.progress, bytes_read.clone());
    let mut writer = Writer { opts, out, errors, checkpoint, pending: Vec::new(), last_commit: Instant::now(), summary: Summary::default(), progress: &progress };
    let stop = AtomicBool::new(false);
    // Ordered output: the splitter may run at most `window` units ahead of the writer.
    let window = (jobs * 8 + 16) as u64;
    let written = (Mutex::new(0u64), Condvar::new());
    let already_done = AtomicU64::new(0);
    let other_shards = AtomicU64::new(0);

    let result: Result<(), Error> = std::thread::scope(|scope| {
        let (unit_tx, unit_rx) = bounded::<(u64, u64, Unit)>(jobs * 4);
        let (done_tx, done_rx) = bounded::<Done>(jobs * 4);
        // Total input size, for the ETA (only when a bar is shown).
        if opts.progress {
            let inputs = opts.inputs.clone();
            let bar = &progress;
            let no_ignore = opts.no_ignore;
            scope.spawn(move || {
                if let Some(total) = progress::total_bytes(&inputs, no_ignore) {
                    bar.set_total(total);
                }
            });
        }
        // Splitter.
        {
            let (stop, written, done_before, already_done, other_shards) = (&stop, &written, &done_before, &already_done, &other_shards);
            let bytes_read = bytes_read.clone();
            scope.spawn(move || {
                let splitter = Splitter { no_ignore: opts.no_ignore, bytes_read };
                let mut seq = 0u64;
                let _ = splitter.split(&opts.inputs, &mut |unit| {
                    if stop.load(Ordering::Relaxed) {
                        return ControlFlow::Break(());
                    }
                    if !opts.shard.contains(&unit.key) {
                        other_shards.fetch_add(1, Ordering::Relaxed);
                        return ControlFlow::Continue(());
                    }
                    let hash = stable_hash(&unit.key);
                    if done_before.contains(&hash) {
                        already_done.fetch_add(1, Ordering::Relaxed);
                        return ControlFlow::Continue(());
                    }
                    if opts.ordered {
                        let (lock, cv) = written;
                        let mut w = lock.lock().unwrap_or_else(|p| p.into_inner());
                        while seq >= *w + window && !stop.load(Ordering::Relaxed) {
                            w = cv.wait_timeout(w, Duration::from_millis(100)).map(|(g, _)| g).unwrap_or_else(|p| p.into_inner().0);
                        }
                    }
                    let sent = unit_tx.send((seq, hash, unit));
                    seq += 1;
                    if sent.is_err() {
                        ControlFlow::Break(())
                    } else {
                        ControlFlow::Continue(())
                    }
                });
                drop(unit_tx);
            });
        }
        // Workers.
        for _ in 0..jobs {
            let unit_rx = unit_rx.clone();
            let done_tx = done_tx.clone();
            scope.spawn(move || {
                for (seq, key_hash, unit) in unit_rx {
                    let input = unit.input.clone();
                    let record = unit.record;
                    let key = unit.key.clone();
                    let outcomes = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| process(unit, reader, extractor, opts.format, opts.with_text)))
                        .unwrap_or_else(|_| vec![Outcome::Failed { origin: key, reason: "internal error: the extractor panicked on this input".into() }]);
                    if done_tx.send(Done { seq, key_hash, input, record, outcomes }).is_err() {
                        break;
                    }
                }
            });
        }
        drop(unit_rx);
        drop(done_tx);
        // Writer (this thread).
        let result = (|| {
            let mut next = 0u64;
            let mut held: BTreeMap<u64, Done> = BTreeMap::new();
            for done in &done_rx {
                if !opts.ordered {
                    writer.handle(done)?;
                    continue;
                }
                held.insert(done.seq, done);
                while let Some(d) = held.remove(&next) {
                    writer.handle(d)?;
                    next += 1;
                    let (lock, cv) = &written;
                    *lock.lock().unwrap_or_else(|p| p.into_inner()) = next;
                    cv.notify_all();
                }
            }
            Ok(())
        })();
        if result.is_err() {
            stop.store(true, Ordering::Relaxed);
            written.1.notify_all();
        }
        drop(done_rx);
        result
    });
    result?;
    writer.commit(true)?;
    progress.finish();
    let mut summary = writer.summary;
    drop(lock);
    summary.already_done = already_done.load(Ordering::Relaxed);
    summary.other_shards = other_shards.load(Ordering::Relaxed);
    summary.bytes = bytes_read.load(Ordering::Relaxed);
    summary.elapsed = start.elapsed();
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_classed_by_their_head() {
        assert_eq!(reason_class("invalid JSON: expected value at line 1"), "invalid JSON");
        assert_eq!(reason_class("empty file"), "empty file");
        assert_eq!(
            reason_class("line of 2147483648 bytes is longer than the 67108864-byte limit: skipped"),
            "line of N bytes is longer than the N-byte limit"
        );
        let long = reason_class("a reason with many words that goes on and on past any width a summary line can hold");
        assert_eq!(long, "a reason with many words that goes on and on past any width…");
    }

    #[test]
    fn json_lines_are_parsed_as_the_ingest_reader_does() {
        assert!(matches!(json_line("[1]", "x:1"), Err(IngestError::Json(m)) if m.contains("expected an object")));
        assert!(matches!(json_line("nope", "x:1"), Err(IngestError::Json(_))));
        assert_eq!(json_line(r#"{"text":"t"}"#, "x:1").unwrap().source, "x:1");
    }

    fn extract_all(opts: &Options) -> (Summary, Vec<serde_json::Value>) {
        let reader = Reader::new(dossier_ingest::IngestOptions::default());
        let extractor = Extractor::new();
        let summary = run(&reader, &extractor, opts).unwrap();
        let out = std::fs::read_to_string(opts.output.as_ref().unwrap()).unwrap();
        (summary, out.lines().map(|l| serde_json::from_str(l).unwrap()).collect())
    }

    #[test]
    fn ordered_parallel_output_keeps_input_order_and_shards_partition_it() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in.jsonl");
        let mut body = String::new();
        for i in 0..60 {
            body.push_str(&format!("{{\"title\":\"Doc {i}\",\"text\":\"Le ministre a déclaré mardi que le chiffrement numéro {i} sera protégé.\"}}\n"));
        }
        body.push_str("not json\n");
        std::fs::write(&input, body).unwrap();
        let base = Options { inputs: vec![input.display().to_string()], jobs: 3, ordered: true, quiet: true, ..Options::default() };
        let opts = Options { output: Some(dir.path().join("all.jsonl")), errors: Some(dir.path().join("errors.jsonl")), ..base.clone() };
        let (summary, all) = extract_all(&opts);
        assert_eq!((summary.ok, summary.failed), (60, 1));
        let titles: Vec<&str> = all.iter().map(|v| v["title"].as_str().unwrap()).collect();
        assert_eq!(titles, (0..60).map(|i| format!("Doc {i}")).collect::<Vec<_>>());
        let err: serde_json::Value = serde_json::from_str(std::fs::read_to_string(dir.path().join("errors.jsonl")).unwrap().trim()).unwrap();
        assert_eq!(err["record"], 61);
        assert!(err["reason"].as_str().unwrap().starts_with("invalid JSON"));

        let mut union = Vec::new();
        for k in 1..=3 {
            let opts = Options { output: Some(dir.path().join(format!("s{k}.jsonl"))), shard: Shard { k, n: 3 }, ordered: false, ..base.clone() };
            let (_, part) = extract_all(&opts);
            union.extend(part.into_iter().map(|v| v["doc_id"].as_str().unwrap().to_string()));
        }
        union.sort();
        let mut ids: Vec<String> = all.iter().map(|v| v["doc_id"].as_str().unwrap().to_string()).collect();
        ids.sort();
        assert_eq!(union, ids);
    }
}
