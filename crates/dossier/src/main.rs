//! `dossier`: the command line over the Dossier crates. Only wiring lives
//! here: argument parsing, opening the data directory, printing.

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

mod data_dir;
mod ingest_cmd;
mod output;
mod search_cmd;

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
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Add files, folders, URLs or stdin (`-`) to the store and the index.
    Ingest(ingest_cmd::IngestArgs),
    /// Search the index: words (all required), "phrases", AND, OR, NOT, (groups).
    Search(search_cmd::SearchArgs),
    /// Extract actors, quotes, claims and events as JSON Lines, without a store.
    Extract(ingest_cmd::ExtractArgs),
    /// Rebuild the search index from the store.
    Reindex,
    /// Show what the store holds: documents per language and kind.
    Stats(search_cmd::StatsArgs),
    /// Print one stored document and its extraction.
    Show(search_cmd::ShowArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = output::use_color(&cli.color);
    let result: Result<bool> = match cli.command {
        Command::Ingest(args) => ingest_cmd::ingest(&cli.data_dir, &args),
        Command::Search(args) => search_cmd::search(&cli.data_dir, &args, color),
        Command::Extract(args) => ingest_cmd::extract(&args),
        Command::Reindex => data_dir::reindex(&cli.data_dir).map(|_| true),
        Command::Stats(args) => search_cmd::stats(&cli.data_dir, &args),
        Command::Show(args) => search_cmd::show(&cli.data_dir, &args),
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
