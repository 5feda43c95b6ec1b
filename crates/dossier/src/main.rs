//! `dossier`: the command line over the Dossier crates. Only wiring lives
//! here: argument parsing, opening the data directory, printing.

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

mod data_dir;
mod eval_cmd;
mod ingest_cmd;
mod ner;
mod output;
mod search_cmd;
mod serve_cmd;
mod timeline_cmd;

/// Dossier: ingest news and legal texts, find who said what about encryption
/// policy, and search it across languages.
#[derive(Parser, Debug)]
#[command(name = "dossier", version, about, max_term_width = 100)]
struct Cli {
    /// Data directory holding the SQLite store and the search index.
    #[arg(long, global = true, env = "DOSSIER_DATA", default_value = "dossier-data")]
    data_dir: PathBuf,
    /// When to use colours: auto (terminal and NO_COLOR unset), always, never.
    #[arg(long, global = true, default_value = "auto", value_parser = ["auto", "always", "never"])]
    color: String,
    /// Extra actor registry file(s) in the corpora/actors TOML format, added to the built-in registry.
    #[arg(long, global = true, value_name = "FILE")]
    actors: Vec<PathBuf>,
    /// Folder laid out like corpora/ (actors/, lexicons/) whose files replace the
    /// built-in language resources: change cue verbs, date words or lexicons without recompiling.
    #[arg(long, global = true, env = "DOSSIER_RESOURCES", value_name = "DIR")]
    resources: Option<PathBuf>,
    /// Extra topic lexicon file(s) in the corpora/lexicons/topics format (another policy topic).
    #[arg(long, global = true, value_name = "FILE")]
    topics: Vec<PathBuf>,
    /// Named-entity model beside the rule-based name detector: `builtin` (the
    /// trained models/ner-multi.bin, embedded), `none` (rules and registry
    /// only), a model trained by `dossier train-ner` (a .bin file), or a
    /// directory with a token-classification model exported to ONNX
    /// (model.onnx, tokenizer.json, config.json; needs libonnxruntime).
    #[arg(long, global = true, env = "DOSSIER_NER_MODEL", value_name = "builtin|none|PATH", default_value = "builtin")]
    ner_model: String,
    /// Take organisations from the trained model too, not only persons (the
    /// default since the gold-trained v3 model: on the real-news dev split it
    /// finds more dated events and claims; see models/MODEL_CARD.md).
    #[arg(long, global = true, overrides_with = "no_ner_organisations")]
    ner_organisations: bool,
    /// Take only persons from the trained model: fewer actors, more of them right.
    #[arg(long, global = true)]
    no_ner_organisations: bool,
    /// Map an ONNX model label to an actor kind, e.g. --ner-label B-PER=person (repeatable).
    #[arg(long, global = true, value_name = "LABEL=KIND")]
    ner_label: Vec<String>,
    /// Find speakers with the word-order rules alone, without the built-in
    /// dependency parser (models/syntax-multi.bin): faster, fewer right speakers.
    #[arg(long, global = true)]
    no_syntax: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Add files, folders, URLs or stdin (`-`) to the store and the index.
    Ingest(ingest_cmd::IngestArgs),
    /// Fetch pages, feeds and sitemaps politely and ingest what they link to.
    Crawl(ingest_cmd::CrawlArgs),
    /// Search the index: words (all required), "phrases", AND, OR, NOT, (groups),
    /// and the fields title:, site:, lang:, author:.
    Search(search_cmd::SearchArgs),
    /// Who said what, when: quotes, claims and events of the stored documents,
    /// filtered and exported (table, csv, json, jsonl, timelinejs, markdown, html).
    Timeline(timeline_cmd::TimelineArgs),
    /// Extract actors, quotes, claims and events as JSON Lines or Parquet, without a store:
    /// parallel, resumable (--resume) and shardable (--shard K/N).
    Extract(ingest_cmd::ExtractArgs),
    /// Join the outputs of `extract --shard K/N` runs (JSON Lines files or Parquet folders).
    MergeShards(ingest_cmd::MergeShardsArgs),
    /// Rebuild the search index from the store.
    Reindex,
    /// Show what the store holds: documents per language and kind.
    Stats(search_cmd::StatsArgs),
    /// Print one stored document and its extraction.
    Show(search_cmd::ShowArgs),
    /// Score the extractor on annotated data (paths given as arguments).
    Eval(eval_cmd::EvalArgs),
    /// Open the web app (search, timeline, actors, documents, JSON API) on http://127.0.0.1:8080/.
    Serve(serve_cmd::ServeArgs),
    /// Train a named-entity model from CoNLL-style files (deterministic; see models/rebuild.sh).
    TrainNer(dossier_ner::cli::TrainArgs),
}

/// The extractor over the built-in (or `--resources`) language resources,
/// plus `--actors` and `--topics` files and the `--ner-model` detector.
fn extractor(cli: &Cli) -> Result<dossier_extract::Extractor> {
    let mut res = match &cli.resources {
        Some(dir) => dossier_extract::Resources::from_dir(dir)?,
        None => dossier_extract::Resources::embedded()?,
    };
    let read = |path: &PathBuf, what: &str| std::fs::read_to_string(path).with_context(|| format!("cannot read {what} file {}", path.display()));
    for path in &cli.actors {
        if res.add_actors_toml(&path.display().to_string(), &read(path, "actor")?)? == 0 {
            anyhow::bail!("actor file {} defines no [[actor]] entries", path.display());
        }
    }
    for path in &cli.topics {
        if res.add_topics_toml(&path.display().to_string(), &read(path, "topic")?)? == 0 {
            anyhow::bail!("topic file {} defines no [[topic]] entries", path.display());
        }
    }
    let organisations = !cli.no_ner_organisations;
    let detector = ner::detector(&cli.ner_model, &cli.ner_label, organisations)?;
    let mut name = match (cli.ner_model.as_str(), organisations) {
        ("none", _) => "rules".to_string(),
        (model, false) => format!("ner={model}"),
        (model, true) => format!("ner={model},organisations"),
    };
    let mut x = dossier_extract::Extractor::with_resources(res);
    if cli.no_syntax {
        name.push_str(",no-syntax");
        x = x.without_syntax();
    }
    let x = x.with_named_detector(detector, &name);
    // A resources folder may bring its own instrument registry.
    match cli.resources.as_ref().map(|dir| dir.join("legal/instruments.toml")).filter(|p| p.is_file()) {
        Some(path) => {
            let registry = dossier_legal::InstrumentRegistry::load(&path).with_context(|| format!("cannot load instrument registry {}", path.display()))?;
            Ok(x.with_legal_registry(&registry)?)
        }
        None => Ok(x),
    }
}

fn main() -> ExitCode {
    // Like other Unix filters, end quietly when the reader of stdout goes away
    // (`dossier search x | head`) instead of panicking in println!.
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of SIGPIPE before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    let color = output::use_color(&cli.color);
    let extractor = || extractor(&cli);
    let result: Result<bool> = match &cli.command {
        Command::Ingest(args) => extractor().and_then(|x| ingest_cmd::ingest(&cli.data_dir, args, &x)),
        Command::Crawl(args) => extractor().and_then(|x| ingest_cmd::crawl(&cli.data_dir, args, &x)),
        Command::Search(args) => search_cmd::search(&cli.data_dir, args, color),
        Command::Extract(args) => extractor().and_then(|x| ingest_cmd::extract(args, &x)),
        Command::MergeShards(args) => ingest_cmd::merge_shards(args),
        Command::Eval(args) => eval_cmd::eval(args, extractor),
        Command::TrainNer(args) => dossier_ner::cli::train_command(args).map(|()| true).context("train-ner failed"),
        Command::Timeline(args) => timeline_cmd::timeline(&cli.data_dir, args),
        Command::Reindex => data_dir::reindex(&cli.data_dir).map(|_| true),
        Command::Stats(args) => search_cmd::stats(&cli.data_dir, args),
        Command::Show(args) => search_cmd::show(&cli.data_dir, args),
        Command::Serve(args) => serve_cmd::serve(&cli.data_dir, args),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            if output::is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
