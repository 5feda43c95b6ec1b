//! `dossier ingest` and `dossier extract`.

use crate::data_dir;
use anyhow::{Context, Result};
use dossier_core::{parse_date_prefix, DocKind, Document, Extraction};
use dossier_extract::Extractor;
use dossier_fetch::{parse_feed, parse_sitemap, Discovered};
use dossier_index::IndexWriterHandle;
use dossier_ingest::{FetchConfig, IngestOptions, Input, Item, Reader, Validators};
use dossier_store::{FetchRecord, Store, Upsert};
use rayon::prelude::*;
use std::io::Write;
use std::path::Path;

/// How URLs are fetched: shared by `ingest` and `crawl`.
#[derive(clap::Args, Debug, Clone)]
pub struct FetchArgs {
    /// Seconds between two requests to the same host.
    #[arg(long, default_value_t = 1.0, value_name = "SECS")]
    delay: f64,
    /// Seconds before a request (including its body) is abandoned.
    #[arg(long, default_value_t = 30.0, value_name = "SECS")]
    timeout: f64,
    /// Largest response body accepted, in bytes (after decompression).
    #[arg(long, default_value_t = 20 * 1024 * 1024, value_name = "BYTES")]
    max_bytes: u64,
    /// A URL or e-mail address for site owners, added to the User-Agent.
    #[arg(long, value_name = "URL")]
    contact: Option<String>,
    /// Retries after 429, 5xx and network errors.
    #[arg(long, default_value_t = 3)]
    retries: u32,
    /// Fetch even what robots.txt disallows (only for sites you are allowed to crawl).
    #[arg(long)]
    ignore_robots: bool,
}

impl FetchArgs {
    fn config(&self) -> Result<FetchConfig> {
        let secs = |name: &str, v: f64| {
            if v.is_finite() && v >= 0.0 {
                Ok(std::time::Duration::from_secs_f64(v))
            } else {
                Err(anyhow::anyhow!("--{name} must be a non-negative number of seconds, got {v}"))
            }
        };
        Ok(FetchConfig {
            user_agent: dossier_fetch::user_agent(self.contact.as_deref()),
            per_host_delay: secs("delay", self.delay)?,
            timeout: secs("timeout", self.timeout)?,
            max_body_bytes: self.max_bytes,
            retries: self.retries,
            respect_robots: !self.ignore_robots,
            ..FetchConfig::default()
        })
    }
}

/// Options shared by every command that reads inputs.
#[derive(clap::Args, Debug)]
pub struct InputArgs {
    /// Files, folders (recursive), URLs, or `-` for stdin. JSON/JSONL records
    /// may carry title, text or html, url, published, language, kind; .warc(.gz)
    /// and .pdf files are read too.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,
    #[command(flatten)]
    options: ReadArgs,
}

/// Document options shared by `ingest`, `extract` and `crawl`.
#[derive(clap::Args, Debug)]
pub struct ReadArgs {
    /// Language code to use instead of detecting it (e.g. `fr`).
    #[arg(long, value_name = "CODE")]
    lang: Option<String>,
    /// Document kind to use instead of guessing it.
    #[arg(long, value_parser = ["news", "legal"])]
    kind: Option<String>,
    /// Also read files that .dossierignore, .gitignore or hidden-file rules exclude.
    #[arg(long)]
    no_ignore: bool,
    #[command(flatten)]
    fetch: FetchArgs,
}

impl ReadArgs {
    fn reader(&self) -> Result<Reader> {
        let kind = self.kind.as_deref().map(str::parse::<DocKind>).transpose().map_err(anyhow::Error::msg)?;
        Ok(Reader::new(IngestOptions { language: self.lang.clone(), kind, no_ignore: self.no_ignore, fetch: self.fetch.config()? }))
    }
}

impl InputArgs {
    fn inputs(&self) -> impl Iterator<Item = Input> + '_ {
        self.inputs.iter().map(|s| Input::parse(s))
    }
}

/// Output and batching options of commands that write to the store.
#[derive(clap::Args, Debug)]
pub struct BatchArgs {
    /// Print only failures and the summary.
    #[arg(short, long)]
    quiet: bool,
    /// Documents per store transaction.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    batch_size: u64,
}

#[derive(clap::Args, Debug)]
pub struct IngestArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    batch: BatchArgs,
}

#[derive(Default)]
struct Tally {
    inserted: u64,
    updated: u64,
    unchanged: u64,
    not_modified: u64,
    failed: u64,
    since_commit: u64,
}

/// Index commits are costly (segment flush); commit every this many changes.
const COMMIT_EVERY: u64 = 10_000;

/// Writes a stream of items to the store and the index in batches, printing
/// one line per input. Shared by `ingest` and `crawl`.
struct Batcher<'a> {
    store: &'a mut Store,
    writer: IndexWriterHandle<'a>,
    extractor: &'a Extractor,
    args: &'a BatchArgs,
    batch: Vec<(String, Document)>,
    /// Fetch records to write once the batch holding their documents is committed.
    fetches: Vec<FetchRecord>,
    tally: Tally,
    out: std::io::BufWriter<std::io::StdoutLock<'static>>,
}

impl<'a> Batcher<'a> {
    fn new(data: &'a mut data_dir::DataDir, extractor: &'a Extractor, args: &'a BatchArgs) -> Result<Batcher<'a>> {
        // Take the index writer first: it is the lock that keeps two writers apart.
        let writer = data.index.writer()?;
        let mut b = Batcher {
            store: &mut data.store,
            writer,
            extractor,
            args,
            batch: Vec::new(),
            fetches: Vec::new(),
            tally: Tally::default(),
            out: std::io::BufWriter::new(std::io::stdout().lock()),
        };
        data_dir::catch_up(b.store, &mut b.writer, data.index.indexed_rev())?;
        Ok(b)
    }

    fn item(&mut self, item: Item) -> Result<()> {
        match item.result {
            Ok(doc) => {
                self.batch.push((item.origin, doc));
                if self.batch.len() as u64 >= self.args.batch_size {
                    self.flush()?;
                }
            }
            Err(e) => {
                self.tally.failed += 1;
                // Failures go to stderr, in order with the progress lines.
                self.out.flush()?;
                eprintln!("failed    {}: {e}", item.origin);
            }
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        if !self.batch.is_empty() {
            let extractor = self.extractor;
            let (origins, docs): (Vec<String>, Vec<Document>) = std::mem::take(&mut self.batch).into_iter().unzip();
            let mut items: Vec<(Document, Extraction)> = docs
                .into_par_iter()
                .map(|doc| {
                    let x = extractor.extract(&doc);
                    (doc, x)
                })
                .collect();
            let outcomes = self.store.upsert_batch(&mut items, &self.extractor.version())?;
            for (((doc, _), origin), outcome) in items.iter().zip(&origins).zip(&outcomes) {
                let (status, note) = match outcome {
                    Upsert::Inserted => (&mut self.tally.inserted, "ingested"),
                    Upsert::Updated => (&mut self.tally.updated, "updated"),
                    Upsert::Unchanged => (&mut self.tally.unchanged, "skipped"),
                };
                *status += 1;
                if *outcome != Upsert::Unchanged {
                    self.writer.upsert(doc)?;
                    self.tally.since_commit += 1;
                }
                if !self.args.quiet {
                    let dup = match (&doc.duplicate_of, outcome) {
                        (_, Upsert::Unchanged) => " (duplicate, unchanged)".to_string(),
                        (Some(of), _) => format!(" (near-duplicate of {of})"),
                        (None, _) => String::new(),
                    };
                    writeln!(self.out, "{note:<9} {origin} [{}, {}]{dup}", doc.language, doc.kind.as_str())?;
                }
            }
        }
        if !self.fetches.is_empty() {
            self.store.record_fetches(&self.fetches)?;
            self.fetches.clear();
        }
        if self.tally.since_commit >= COMMIT_EVERY {
            self.writer.commit(self.store.max_rev()?)?;
            self.tally.since_commit = 0;
        }
        Ok(())
    }

    fn finish(mut self, skipped_records: u64) -> Result<bool> {
        self.flush()?;
        if self.tally.since_commit > 0 {
            self.writer.commit(self.store.max_rev()?)?;
        }
        self.out.flush()?;
        let t = &self.tally;
        let mut extra = String::new();
        if t.not_modified > 0 {
            extra.push_str(&format!(", {} not modified since the last fetch", t.not_modified));
        }
        if skipped_records > 0 {
            extra.push_str(&format!(", {skipped_records} WARC records skipped (not HTML responses)"));
        }
        eprintln!(
            "{} ingested, {} updated, {} skipped (duplicates), {} failed{extra}; the store holds {} documents",
            t.inserted,
            t.updated,
            t.unchanged,
            t.failed,
            self.store.count()?
        );
        Ok(t.failed == 0)
    }
}

pub fn ingest(dir: &Path, args: &IngestArgs, extractor: &Extractor) -> Result<bool> {
    let mut data = data_dir::open(dir)?;
    let reader = args.input.options.reader()?;
    let mut batcher = Batcher::new(&mut data, extractor, &args.batch)?;
    let mut fatal: Option<anyhow::Error> = None;
    for input in args.input.inputs() {
        reader.read(&input, &mut |item: Item| {
            if fatal.is_none() {
                if let Err(e) = batcher.item(item) {
                    fatal = Some(e);
                }
            }
        });
    }
    if let Some(e) = fatal {
        return Err(e);
    }
    batcher.finish(reader.skipped())
}

#[derive(clap::Args, Debug)]
pub struct CrawlArgs {
    /// Pages to fetch directly.
    #[arg(value_name = "URL")]
    urls: Vec<String>,
    /// RSS or Atom feeds whose entries are fetched.
    #[arg(long, value_name = "URL")]
    feed: Vec<String>,
    /// XML sitemaps, sitemap indexes or Google News sitemaps whose pages are fetched.
    #[arg(long, value_name = "URL")]
    sitemap: Vec<String>,
    /// Only pages the feed or sitemap dates on or after this day (YYYY, YYYY-MM, YYYY-MM-DD); undated pages are kept.
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Fetch at most this many pages.
    #[arg(long, default_value_t = 1000)]
    max: usize,
    /// Hosts fetched at the same time (each host sees one request at a time).
    #[arg(long, default_value_t = 4)]
    concurrency: usize,
    #[command(flatten)]
    options: ReadArgs,
    #[command(flatten)]
    batch: BatchArgs,
}

/// `dossier crawl`: discover pages in feeds and sitemaps, fetch them politely
/// (conditionally when fetched before) and ingest them.
pub fn crawl(dir: &Path, args: &CrawlArgs, extractor: &Extractor) -> Result<bool> {
    if args.urls.is_empty() && args.feed.is_empty() && args.sitemap.is_empty() {
        anyhow::bail!("nothing to crawl: give page URLs, --feed URL or --sitemap URL");
    }
    let since = args.since.as_deref().map(|d| parse_date_prefix(d).map(|(first, _)| first)).transpose().map_err(anyhow::Error::msg).context("--since")?;
    let reader = args.options.reader()?;
    let fetcher = reader.fetcher()?;
    let mut discovery_failed = 0u64;
    let mut found: Vec<Discovered> = args.urls.iter().map(|u| Discovered { url: u.clone(), title: None, published: None }).collect();
    for feed in &args.feed {
        match fetcher.fetch(feed, None).map_err(anyhow::Error::from).and_then(|p| Ok(parse_feed(&p.body)?)) {
            Ok(items) => {
                eprintln!("feed      {feed}: {} entries", items.len());
                found.extend(items);
            }
            Err(e) => {
                discovery_failed += 1;
                eprintln!("failed    {feed}: {e}");
            }
        }
    }
    let mut sitemaps: Vec<(String, usize)> = args.sitemap.iter().map(|s| (s.clone(), 0)).collect();
    let mut seen_sitemaps = std::collections::HashSet::new();
    while let Some((sm, depth)) = sitemaps.pop() {
        if !seen_sitemaps.insert(sm.clone()) || seen_sitemaps.len() > 200 {
            continue;
        }
        match fetcher.fetch(&sm, None).map_err(anyhow::Error::from).and_then(|p| Ok(parse_sitemap(&p.body)?)) {
            Ok(parsed) => {
                eprintln!("sitemap   {sm}: {} pages, {} sitemaps", parsed.urls.len(), parsed.sitemaps.len());
                found.extend(parsed.urls);
                if depth < 3 {
                    sitemaps.extend(parsed.sitemaps.into_iter().map(|s| (s, depth + 1)));
                }
            }
            Err(e) => {
                discovery_failed += 1;
                eprintln!("failed    {sm}: {e}");
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    found.retain(|d| seen.insert(d.url.clone()) && since.is_none_or(|s| d.published.is_none_or(|p| p >= s)));
    found.truncate(args.max);

    let mut data = data_dir::open(dir)?;
    let requests: Vec<(String, Option<Validators>)> = found
        .iter()
        .map(|d| {
            let v = data.store.fetch_record(&d.url)?.map(|r| Validators { etag: r.etag, last_modified: r.last_modified });
            Ok((d.url.clone(), v))
        })
        .collect::<Result<_>>()?;
    let hints: std::collections::HashMap<String, Discovered> = found.into_iter().map(|d| (d.url.clone(), d)).collect();
    let mut batcher = Batcher::new(&mut data, extractor, &args.batch)?;
    batcher.tally.failed += discovery_failed;
    for (url, result) in fetcher.fetch_many(requests, args.concurrency) {
        match result {
            Ok(page) => {
                let record = FetchRecord {
                    url: page.url.clone(),
                    final_url: page.final_url.clone(),
                    status: page.status,
                    etag: page.validators.etag.clone(),
                    last_modified: page.validators.last_modified.clone(),
                    fetched_at: page.fetched_at,
                };
                if page.not_modified {
                    batcher.fetches.push(record);
                    batcher.tally.not_modified += 1;
                    if !args.batch.quiet {
                        writeln!(batcher.out, "unchanged {url} (304 not modified)")?;
                    }
                    continue;
                }
                let mut items = Vec::new();
                reader.read_fetched(&page, hints.get(&url), &mut |i| items.push(i));
                for item in items {
                    batcher.item(item)?;
                }
                // Queued after the page's documents, so it is written with or after them:
                // a crash can cause a re-fetch, never a 304 for a document not stored.
                batcher.fetches.push(record);
            }
            Err(e) => batcher.item(Item { origin: url, result: Err(e.into()) })?,
        }
    }
    batcher.finish(reader.skipped())
}

#[derive(clap::Args, Debug)]
pub struct ExtractArgs {
    /// Files, folders (recursive), globs, .jsonl(.gz|.zst), .warc(.gz), URLs, or `-` for stdin.
    #[arg(value_name = "INPUT", required_unless_present = "inputs_from")]
    inputs: Vec<String>,
    /// Read more inputs from FILE, one per line (`-`: stdin).
    #[arg(long, value_name = "FILE")]
    inputs_from: Option<std::path::PathBuf>,
    #[command(flatten)]
    options: ReadArgs,
    /// Include each document's clean text (the text all offsets point into).
    #[arg(long)]
    with_text: bool,
    /// Output format: JSON Lines, or Parquet tables in the folder given by -o.
    #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "parquet"])]
    format: String,
    /// Output file (`.gz`/`.zst` compress), or folder with --format parquet; default stdout.
    /// A checkpoint is kept beside it for --resume.
    #[arg(short, long, value_name = "PATH")]
    output: Option<std::path::PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=1024))]
    jobs: Option<u64>,
    /// Write documents in input order into -o (default there: as they are done).
    /// Output on stdout is always in input order, as before.
    #[arg(long)]
    ordered: bool,
    /// Continue an interrupted run: skip what its checkpoint lists as done.
    #[arg(long)]
    resume: bool,
    /// Extract only shard K of N (1-based), chosen by a stable hash of each input and record.
    #[arg(long, value_name = "K/N", default_value = "1/1")]
    shard: dossier_batch::Shard,
    /// Write failures as JSON Lines (input, record, origin, reason).
    #[arg(long, value_name = "FILE")]
    errors: Option<std::path::PathBuf>,
    /// Exit 0 even when some inputs failed.
    #[arg(long)]
    allow_failures: bool,
    /// No progress bar, no `failed` lines, no summary.
    #[arg(short, long)]
    quiet: bool,
    /// Seconds between checkpoints of a JSON Lines output.
    #[arg(long, default_value_t = 2.0, value_name = "SECS", hide = true)]
    checkpoint_secs: f64,
    /// Documents per Parquet part file (a part is the checkpoint unit of Parquet output).
    #[arg(long, default_value_t = 100_000, value_name = "N")]
    part_docs: u64,
}

pub fn extract(args: &ExtractArgs, extractor: &Extractor) -> Result<bool> {
    use std::io::IsTerminal;
    let reader = args.options.reader()?;
    let mut inputs = args.inputs.clone();
    if let Some(list) = &args.inputs_from {
        let text = if list.as_os_str() == "-" {
            std::io::read_to_string(std::io::stdin()).context("reading the input list from stdin")?
        } else {
            std::fs::read_to_string(list).with_context(|| format!("cannot read input list {}", list.display()))?
        };
        inputs.extend(text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_string));
    }
    if !(args.checkpoint_secs.is_finite() && args.checkpoint_secs >= 0.0) {
        anyhow::bail!("--checkpoint-secs must be a non-negative number");
    }
    let format = if args.format == "parquet" { dossier_batch::OutputFormat::Parquet } else { dossier_batch::OutputFormat::Jsonl };
    let defaults = dossier_batch::Options::default();
    let opts = dossier_batch::Options {
        inputs,
        jobs: args.jobs.map_or(defaults.jobs, |j| j as usize),
        ordered: args.ordered || args.output.is_none(),
        format,
        output: args.output.clone(),
        with_text: args.with_text,
        shard: args.shard,
        resume: args.resume,
        errors: args.errors.clone(),
        no_ignore: args.options.no_ignore,
        progress: !args.quiet && std::io::stderr().is_terminal(),
        quiet: args.quiet,
        checkpoint_every: std::time::Duration::from_secs_f64(args.checkpoint_secs),
        part_docs: args.part_docs,
    };
    let summary = dossier_batch::run(&reader, extractor, &opts)?;
    if !args.quiet {
        eprintln!("{summary}");
    }
    Ok(summary.failed == 0 || args.allow_failures)
}

#[derive(clap::Args, Debug)]
pub struct MergeShardsArgs {
    /// Outputs of `dossier extract --shard K/N -o …`: JSON Lines files or Parquet folders.
    #[arg(required = true, value_name = "SHARD")]
    shards: Vec<std::path::PathBuf>,
    /// Merged file (`.gz`/`.zst` compress) or folder.
    #[arg(short, long, value_name = "PATH")]
    output: std::path::PathBuf,
}

pub fn merge_shards(args: &MergeShardsArgs) -> Result<bool> {
    let n = dossier_batch::merge::merge_shards(&args.shards, &args.output)?;
    eprintln!("merged {n} {} into {}", if args.output.extension().is_some() { "records" } else { "files" }, args.output.display());
    Ok(true)
}
