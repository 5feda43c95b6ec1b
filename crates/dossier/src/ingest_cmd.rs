//! `dossier ingest` and `dossier extract`.

use crate::data_dir;
use anyhow::{Context, Result};
use chrono::NaiveDate;
use dossier_core::{DocKind, Document, Extraction};
use dossier_extract::Extractor;
use dossier_ingest::{IngestOptions, Input, Item, Reader};
use dossier_store::Upsert;
use rayon::prelude::*;
use serde::Serialize;
use std::io::Write;
use std::path::Path;

/// Options shared by every command that reads inputs.
#[derive(clap::Args, Debug)]
pub struct InputArgs {
    /// Files, folders (recursive), URLs, or `-` for stdin. JSON/JSONL records
    /// may carry title, text or html, url, published, language, kind.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,
    /// Language code to use instead of detecting it (e.g. `fr`).
    #[arg(long, value_name = "CODE")]
    lang: Option<String>,
    /// Document kind to use instead of guessing it.
    #[arg(long, value_parser = ["news", "legal"])]
    kind: Option<String>,
    /// Also read files that .dossierignore, .gitignore or hidden-file rules exclude.
    #[arg(long)]
    no_ignore: bool,
}

impl InputArgs {
    fn reader(&self) -> Result<Reader> {
        let kind = self.kind.as_deref().map(str::parse::<DocKind>).transpose().map_err(anyhow::Error::msg)?;
        Ok(Reader::new(IngestOptions {
            language: self.lang.clone(),
            kind,
            no_ignore: self.no_ignore,
            ..IngestOptions::default()
        }))
    }

    fn inputs(&self) -> impl Iterator<Item = Input> + '_ {
        self.inputs.iter().map(|s| Input::parse(s))
    }
}

#[derive(clap::Args, Debug)]
pub struct IngestArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Print only failures and the summary.
    #[arg(short, long)]
    quiet: bool,
    /// Documents per store transaction.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    batch_size: u64,
}

#[derive(Default)]
struct Tally {
    inserted: u64,
    updated: u64,
    unchanged: u64,
    failed: u64,
    since_commit: u64,
}

/// Index commits are costly (segment flush); commit every this many changes.
const COMMIT_EVERY: u64 = 10_000;

pub fn ingest(dir: &Path, args: &IngestArgs, extractor: &Extractor) -> Result<bool> {
    let data = data_dir::open(dir)?;
    let mut store = data.store;
    // Take the index writer first: it is the lock that keeps two ingests apart.
    let mut writer = data.index.writer()?;
    data_dir::catch_up(&store, &mut writer, data.index.indexed_rev())?;
    let reader = args.input.reader()?;
    let mut tally = Tally::default();
    let mut batch: Vec<(String, Document)> = Vec::new();
    let mut fatal: Option<anyhow::Error> = None;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());

    let mut flush = |batch: &mut Vec<(String, Document)>, tally: &mut Tally, out: &mut dyn Write| -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let items: Vec<(Document, Extraction)> =
            batch.par_iter().map(|(_, doc)| (doc.clone(), extractor.extract(doc))).collect();
        let outcomes = store.upsert_batch(&items, Extractor::VERSION)?;
        for ((origin, doc), outcome) in batch.iter().zip(&outcomes) {
            let status = match outcome {
                Upsert::Inserted => {
                    tally.inserted += 1;
                    "ingested"
                }
                Upsert::Updated => {
                    tally.updated += 1;
                    "updated"
                }
                Upsert::Unchanged => {
                    tally.unchanged += 1;
                    "skipped"
                }
            };
            if *outcome != Upsert::Unchanged {
                writer.upsert(doc)?;
                tally.since_commit += 1;
            }
            if !args.quiet {
                let note = if *outcome == Upsert::Unchanged { " (duplicate, unchanged)" } else { "" };
                writeln!(out, "{status:<9} {origin} [{}, {}]{note}", doc.language, doc.kind.as_str())?;
            }
        }
        if tally.since_commit >= COMMIT_EVERY {
            writer.commit(store.max_rev()?)?;
            tally.since_commit = 0;
        }
        batch.clear();
        Ok(())
    };

    for input in args.input.inputs() {
        reader.read(&input, &mut |item: Item| {
            if fatal.is_some() {
                return;
            }
            match item.result {
                Ok(doc) => {
                    batch.push((item.origin, doc));
                    if batch.len() as u64 >= args.batch_size {
                        if let Err(e) = flush(&mut batch, &mut tally, &mut out) {
                            fatal = Some(e);
                        }
                    }
                }
                Err(e) => {
                    tally.failed += 1;
                    // Failures go to stderr, in order with the progress lines.
                    let _ = out.flush();
                    eprintln!("failed    {}: {e}", item.origin);
                }
            }
        });
    }
    if let Some(e) = fatal {
        return Err(e);
    }
    flush(&mut batch, &mut tally, &mut out)?;
    if tally.since_commit > 0 {
        writer.commit(store.max_rev()?)?;
    }
    out.flush()?;
    drop(out);
    eprintln!(
        "{} ingested, {} updated, {} skipped (duplicates), {} failed; the store holds {} documents",
        tally.inserted,
        tally.updated,
        tally.unchanged,
        tally.failed,
        store.count()?
    );
    Ok(tally.failed == 0)
}

#[derive(clap::Args, Debug)]
pub struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Include each document's clean text (the text all offsets point into).
    #[arg(long)]
    with_text: bool,
    /// Output format.
    #[arg(long, default_value = "jsonl", value_parser = ["jsonl"])]
    format: String,
}

/// One line of `dossier extract` output; field names are the public contract
/// documented in `schemas/extraction.schema.json`.
#[derive(Serialize)]
struct ExtractRecord<'a> {
    doc_id: &'a str,
    source: &'a str,
    title: &'a str,
    published: Option<NaiveDate>,
    language: &'a str,
    language_confidence: f64,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    #[serde(flatten)]
    extraction: &'a Extraction,
}

pub fn extract(args: &ExtractArgs, extractor: &Extractor) -> Result<bool> {
    let reader = args.input.reader()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0u64;
    let mut write_error: Option<std::io::Error> = None;
    for input in args.input.inputs() {
        reader.read(&input, &mut |item: Item| {
            if write_error.is_some() {
                return;
            }
            match item.result {
                Ok(doc) => {
                    let extraction = extractor.extract(&doc);
                    let record = ExtractRecord {
                        doc_id: &doc.id,
                        source: &doc.source,
                        title: &doc.title,
                        published: doc.published,
                        language: &doc.language,
                        language_confidence: doc.language_confidence,
                        kind: doc.kind.as_str(),
                        text: args.with_text.then_some(doc.text.as_str()),
                        extraction: &extraction,
                    };
                    let line = serde_json::to_string(&record).unwrap_or_default();
                    if let Err(e) = writeln!(out, "{line}") {
                        write_error = Some(e);
                    }
                }
                Err(e) => {
                    failed += 1;
                    eprintln!("failed    {}: {e}", item.origin);
                }
            }
        });
    }
    if let Some(e) = write_error {
        return Err(e).context("writing to stdout");
    }
    out.flush().context("writing to stdout")?;
    Ok(failed == 0)
}
