//! `dossier search`, `dossier stats` and `dossier show`.

use crate::data_dir;
use crate::output::Style;
use anyhow::{Context, Result};
use dossier_core::{parse_date_prefix, DocKind};
use dossier_index::{SearchRequest, SearchResults};
use dossier_store::CountColumn;
use std::io::Write;
use std::path::Path;

#[derive(clap::Args, Debug)]
pub struct SearchArgs {
    /// Query: words are all required; "exact phrase", OR, AND, NOT or -word, (groups);
    /// title:, site:, lang:, author: narrow to a field (title:Apple); apostrophes
    /// (l'entreprise) and other colons (Chat Control: vote) are plain text.
    query: String,
    /// Order of the hits: best match first, or by publication date.
    #[arg(long, default_value = "relevance", value_parser = ["relevance", "newest", "oldest"])]
    sort: String,
    /// Only documents in these languages (repeat or comma-separate: fr,en).
    #[arg(long, value_delimiter = ',')]
    lang: Vec<String>,
    /// Only documents of this kind.
    #[arg(long, value_delimiter = ',', value_parser = ["news", "legal"])]
    kind: Vec<String>,
    /// Only documents from these sites (host names, e.g. lemonde.fr).
    #[arg(long, value_delimiter = ',')]
    site: Vec<String>,
    /// Only documents by these authors (names or parts of names, e.g. "dupont";
    /// repeat for several).
    #[arg(long)]
    author: Vec<String>,
    /// Published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Number of results to show.
    #[arg(long, short = 'n', default_value_t = 10)]
    limit: usize,
    /// Number of results to skip (for paging).
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// Print results as one JSON object.
    #[arg(long)]
    json: bool,
    /// One result per story: hide syndicated near-duplicates of a higher-ranked result.
    #[arg(long)]
    collapse: bool,
}

pub fn search(dir: &Path, args: &SearchArgs, color: bool) -> Result<bool> {
    let mut req = SearchRequest::new(&args.query);
    req.languages = args.lang.iter().map(|l| l.trim().to_ascii_lowercase()).collect();
    req.kinds = args.kind.iter().map(|k| k.parse::<DocKind>()).collect::<Result<_, _>>().map_err(anyhow::Error::msg)?;
    req.sites = args.site.clone();
    req.authors = args.author.clone();
    req.from = args.from.as_deref().map(|d| parse_date_prefix(d).map(|(first, _)| first)).transpose().map_err(anyhow::Error::msg).context("--from")?;
    req.to = args.to.as_deref().map(|d| parse_date_prefix(d).map(|(_, last)| last)).transpose().map_err(anyhow::Error::msg).context("--to")?;
    req.limit = args.limit;
    req.collapse = args.collapse;
    req.sort = match args.sort.as_str() {
        "newest" => dossier_index::Sort::Newest,
        "oldest" => dossier_index::Sort::Oldest,
        _ => dossier_index::Sort::Relevance,
    };
    req.offset = args.offset;
    if !dir.join("dossier.sqlite").exists() {
        anyhow::bail!(
            "no Dossier data in {}; ingest documents first with `dossier ingest PATH` (or pass --data-dir)",
            dir.display()
        );
    }
    let data = data_dir::open(dir)?;
    data_dir::sync_if_behind(&data)?;
    let results = data.index.search(&req)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.json {
        let value = serde_json::json!({
            "query": args.query,
            "total": results.total,
            "offset": args.offset,
            "hits": results.hits,
            "facets": {"language": results.languages, "kind": results.kinds, "site": results.sites, "year": results.years},
        });
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
    } else {
        print_results(&mut out, &results, args, Style { color })?;
    }
    out.flush()?;
    Ok(true)
}

fn print_results(out: &mut dyn Write, results: &SearchResults, args: &SearchArgs, style: Style) -> Result<()> {
    let facets = |counts: &std::collections::BTreeMap<String, u64>| {
        let mut v: Vec<_> = counts.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        v.iter().map(|(k, n)| format!("{k} {n}")).collect::<Vec<_>>().join(", ")
    };
    writeln!(
        out,
        "{}",
        style.dim(&format!(
            "{} result{} — languages: {} — kinds: {}",
            results.total,
            if results.total == 1 { "" } else { "s" },
            facets(&results.languages),
            facets(&results.kinds)
        ))
    )?;
    for (i, hit) in results.hits.iter().enumerate() {
        let date = hit.published.map(|d| d.to_string()).unwrap_or_else(|| "undated".into());
        let source = hit.site.clone().unwrap_or_else(|| hit.source.clone());
        writeln!(out)?;
        writeln!(out, "{}. {}", args.offset + i + 1, style.bold(&hit.title))?;
        writeln!(
            out,
            "   {}",
            style.dim(&format!("{} · {} · {} · {} · score {:.2}", hit.language, hit.kind, date, source, hit.score))
        )?;
        let mut snippet = String::new();
        let chars: Vec<char> = hit.snippet.text.chars().collect();
        let mut pos = 0;
        for [a, b] in &hit.snippet.highlights {
            let (a, b) = ((*a).min(chars.len()), (*b).min(chars.len()));
            if a < pos {
                continue;
            }
            snippet.extend(&chars[pos..a]);
            snippet.push_str(&style.highlight(&chars[a..b].iter().collect::<String>()));
            pos = b;
        }
        snippet.extend(&chars[pos..]);
        let snippet = snippet.split_whitespace().collect::<Vec<_>>().join(" ");
        let lead = if hit.snippet.start > 0 { "…" } else { "" };
        writeln!(out, "   {lead}{snippet}…")?;
        let copy = hit.duplicate_of.as_ref().map(|of| format!(" · copy of {of}")).unwrap_or_default();
        writeln!(out, "   {}", style.dim(&format!("{} · id {}{copy}", hit.url.as_deref().unwrap_or(&hit.source), hit.id)))?;
    }
    if results.hits.is_empty() && results.total == 0 {
        writeln!(out, "no match; try fewer words, OR between alternatives, or drop filters")?;
    }
    Ok(())
}

#[derive(clap::Args, Debug)]
pub struct StatsArgs {
    /// Print as JSON.
    #[arg(long)]
    json: bool,
}

pub fn stats(dir: &Path, args: &StatsArgs) -> Result<bool> {
    let data = data_dir::open(dir)?;
    let languages = data.store.counts_by(CountColumn::Language)?;
    let kinds = data.store.counts_by(CountColumn::Kind)?;
    let documents = data.store.count()?;
    if args.json {
        let value = serde_json::json!({
            "documents": documents,
            "indexed": data.index.num_docs(),
            "languages": languages.iter().cloned().collect::<std::collections::BTreeMap<_, _>>(),
            "kinds": kinds.iter().cloned().collect::<std::collections::BTreeMap<_, _>>(),
            "index_bytes": data.index.size_bytes(),
        });
        println!("{value}");
    } else {
        println!("documents: {documents} (indexed: {})", data.index.num_docs());
        let line = |v: &[(String, u64)]| v.iter().map(|(k, n)| format!("{k} {n}")).collect::<Vec<_>>().join(", ");
        println!("languages: {}", line(&languages));
        println!("kinds:     {}", line(&kinds));
        println!("index:     {:.1} MB", data.index.size_bytes() as f64 / 1e6);
    }
    Ok(true)
}

#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// Document id, as printed by `search`, or a unit of a stored legal
    /// text: `18-usc-2523#b-1`, `stpo#100a-1`.
    id: String,
}

/// Prints the unit of a stored legal text addressed as `INSTRUMENT#UNIT`
/// (`18-usc-2523#b-1`, `stpo#100a-1`).
fn show_legal_unit(store: &dossier_store::Store, dir: &Path, id: &str) -> Result<bool> {
    let mut found = None;
    store.for_each_extraction(|doc, _| -> Result<()> {
        if found.is_none() && doc.kind == dossier_core::DocKind::Legal {
            if let Some(unit) = dossier_legal::split_units(&doc.text, None).into_iter().find(|u| u.id.eq_ignore_ascii_case(id)) {
                found = Some((doc, unit));
            }
        }
        Ok(())
    })?;
    let Some((doc, unit)) = found else {
        anyhow::bail!("no document or legal unit {id} in {}; legal units are addressed like 18-usc-2523#b-1 (see `dossier search --kind legal`)", dir.display());
    };
    let text = dossier_core::char_slice(&doc.text, unit.start, unit.end).unwrap_or_default();
    let value = serde_json::json!({ "document_id": doc.id, "source": doc.source, "title": doc.title, "unit": unit, "text": text });
    println!("{}", serde_json::to_string_pretty(&value)?);
    Ok(true)
}

pub fn show(dir: &Path, args: &ShowArgs) -> Result<bool> {
    let data = data_dir::open(dir)?;
    let Some(doc) = data.store.get(&args.id)? else {
        if args.id.contains('#') {
            return show_legal_unit(&data.store, dir, &args.id);
        }
        anyhow::bail!("no document with id {} in {}", args.id, dir.display());
    };
    let extraction = data.store.extraction(&args.id)?;
    let value = serde_json::json!({ "document": doc, "extraction": extraction });
    println!("{}", serde_json::to_string_pretty(&value)?);
    Ok(true)
}
