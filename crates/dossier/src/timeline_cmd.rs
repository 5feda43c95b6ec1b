//! `dossier timeline`: who said what, when, from the stored extractions.

use crate::data_dir;
use anyhow::{Context, Result};
use dossier_core::{parse_date_prefix, Stance};
use dossier_store::StoreError;
use dossier_timeline::{entries, sort, write, Entry, Filter, Format};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
pub struct TimelineArgs {
    /// Only entries of these actors: registry ids (apple) or parts of names (cook).
    #[arg(long, value_delimiter = ',')]
    actor: Vec<String>,
    /// Entries dated on or after this day (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Entries dated on or before this day (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Only statements with this stance toward weakening encryption.
    #[arg(long, value_delimiter = ',', value_parser = ["against", "for", "neutral"])]
    stance: Vec<String>,
    /// Only statements tagged with these topics (e.g. backdoor, chat-control).
    #[arg(long, value_delimiter = ',')]
    topic: Vec<String>,
    /// Only entries citing these legal instruments (registry ids such as
    /// ipa-2016, cloud-act, eu-csa-proposal-2022-209; see corpora/legal/instruments.toml).
    #[arg(long, value_delimiter = ',', value_name = "ID")]
    instrument: Vec<String>,
    /// Only documents in these languages.
    #[arg(long, value_delimiter = ',')]
    lang: Vec<String>,
    /// Only these kinds of entries.
    #[arg(long, value_delimiter = ',', value_parser = ["quote", "claim", "event"])]
    kind: Vec<String>,
    /// Keep entries that have no date (listed last).
    #[arg(long)]
    undated: bool,
    /// Also list statements from syndicated copies of a story.
    #[arg(long)]
    with_copies: bool,
    /// Output format.
    #[arg(long, default_value = "table", value_parser = ["table", "csv", "json", "jsonl", "timelinejs", "markdown", "html"])]
    format: String,
    /// Write to this file instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn timeline(dir: &Path, args: &TimelineArgs) -> Result<bool> {
    if !dir.join("dossier.sqlite").exists() {
        anyhow::bail!("no Dossier data in {}; ingest documents first with `dossier ingest PATH`", dir.display());
    }
    let bound = |d: &Option<String>, name: &str, last: bool| -> Result<Option<chrono::NaiveDate>> {
        d.as_deref()
            .map(|v| parse_date_prefix(v).map(|(a, b)| if last { b } else { a }))
            .transpose()
            .map_err(anyhow::Error::msg)
            .with_context(|| format!("--{name}"))
    };
    let filter = Filter {
        actors: args.actor.clone(),
        from: bound(&args.from, "from", false)?,
        to: bound(&args.to, "to", true)?,
        stances: args
            .stance
            .iter()
            .map(|s| match s.as_str() {
                "against" => Stance::Against,
                "for" => Stance::For,
                _ => Stance::Neutral,
            })
            .collect(),
        topics: args.topic.clone(),
        instruments: args.instrument.clone(),
        languages: args.lang.iter().map(|l| l.to_ascii_lowercase()).collect(),
        kinds: args.kind.clone(),
        undated: args.undated,
        with_copies: args.with_copies,
    };
    let format: Format = args.format.parse().map_err(anyhow::Error::msg)?;
    let data = data_dir::open(dir)?;
    let mut all: Vec<Entry> = Vec::new();
    data.store.for_each_extraction::<StoreError>(|doc, x| {
        all.extend(entries(&doc, &x, &filter));
        Ok(())
    })?;
    sort(&mut all);
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(std::io::BufWriter::new(std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?)),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    write(&all, format, &mut out)?;
    out.flush()?;
    if let Some(p) = &args.output {
        eprintln!("wrote {} entries to {}", all.len(), p.display());
    }
    Ok(true)
}
