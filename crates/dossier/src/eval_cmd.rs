//! `dossier eval`: score the extractor on annotated data given by path.

use anyhow::{Context, Result};
use dossier_extract::eval::{explain_gold, score_conll_actors, score_gepade, score_gold_set, score_meantime, GoldFile, Prf};
use dossier_extract::Extractor;
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
pub struct EvalArgs {
    #[command(subcommand)]
    what: EvalWhat,
    /// Print the scores as JSON.
    #[arg(long, global = true)]
    json: bool,
}

#[derive(clap::Subcommand, Debug)]
enum EvalWhat {
    /// The project's gold format (corpora/gold/*.json): quotes, speakers, claims, claimants, actors, dates per language.
    Gold {
        /// Gold files or folders of them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Also list every error per file (missed, spurious, wrong speaker, missed event): for development splits.
        #[arg(long)]
        errors: bool,
    },
    /// MEANTIME time expressions (BIO TSV with DCT lines): DATE span F1 and value accuracy.
    Meantime {
        file: PathBuf,
        /// Language of the file (en, es).
        #[arg(long)]
        lang: String,
    },
    /// GePaDe speaker attribution (German, JSON): cue and source detection.
    Gepade { file: PathBuf },
    /// The extractor's named actors (persons, organisations) against the PER
    /// and ORG entities of CoNLL-style NER gold: exact-span P/R/F1.
    Actors {
        file: PathBuf,
        /// Language of the file (en, de, fr, es, it).
        #[arg(long)]
        lang: String,
        /// Sentences per document (coreference and surname links work within one).
        #[arg(long, default_value_t = 10)]
        per_document: usize,
    },
    /// A named-entity model on CoNLL-style gold (wikigold, GermEval…):
    /// entity-level exact P/R/F1 per type, conlleval-style.
    Ner(dossier_ner::cli::EvalArgs),
}

fn gold_files(paths: &[PathBuf]) -> Result<Vec<(PathBuf, GoldFile)>> {
    let mut files = Vec::new();
    for p in paths {
        let mut entries: Vec<PathBuf> = if p.is_dir() {
            std::fs::read_dir(p)
                .with_context(|| format!("cannot read {}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|e| e.extension().is_some_and(|x| x == "json"))
                .collect()
        } else {
            vec![p.clone()]
        };
        entries.sort();
        for f in entries {
            let text = std::fs::read_to_string(&f).with_context(|| format!("cannot read {}", f.display()))?;
            let gold: GoldFile = serde_json::from_str(&text).with_context(|| format!("{} is not a gold file", f.display()))?;
            files.push((f, gold));
        }
    }
    Ok(files)
}

fn prf(p: &Prf) -> String {
    format!("P {:.3} R {:.3} F1 {:.3} ({}/{}/{})", p.precision(), p.recall(), p.f1(), p.tp, p.predicted, p.gold)
}

/// Runs the evaluation `args` names; `extractor` builds the extractor for
/// those that need one (`eval ner` scores a model file alone).
pub fn eval(args: &EvalArgs, extractor: impl FnOnce() -> Result<Extractor>) -> Result<bool> {
    let read = |f: &Path| std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()));
    if let EvalWhat::Ner(ner) = &args.what {
        dossier_ner::cli::eval_command(ner, args.json)?;
        return Ok(true);
    }
    let extractor = &extractor()?;
    match &args.what {
        EvalWhat::Ner(_) => {} // scored above, without an extractor
        EvalWhat::Gold { paths, errors } => {
            let named = gold_files(paths)?;
            if *errors {
                for (path, gold) in &named {
                    for line in explain_gold(extractor, gold) {
                        println!("{}: {line}", path.display());
                    }
                }
            }
            let files: Vec<GoldFile> = named.into_iter().map(|(_, g)| g).collect();
            let scores = score_gold_set(extractor, &files);
            if args.json {
                println!("{}", serde_json::to_string_pretty(&scores)?);
            } else {
                for (lang, s) in &scores {
                    println!("{lang} ({} documents)", s.documents);
                    println!("  quotes    {}", prf(&s.quotes));
                    println!("  speakers  accuracy {:.3} ({}/{})", s.speakers.value(), s.speakers.correct, s.speakers.total);
                    println!("  claims    {}", prf(&s.claims));
                    println!("  claimants accuracy {:.3} ({}/{})", s.claimants.value(), s.claimants.correct, s.claimants.total);
                    println!("  actors    {}", prf(&s.actors));
                    println!("  dates     value accuracy {:.3} ({}/{})", s.dates.value(), s.dates.correct, s.dates.total);
                    println!("  events    {}; date value accuracy {:.3} ({}/{})", prf(&s.events), s.event_values.value(), s.event_values.correct, s.event_values.total);
                    println!("  stance    accuracy {:.3} ({}/{})", s.stance.value(), s.stance.correct, s.stance.total);
                }
            }
        }
        EvalWhat::Meantime { file, lang } => {
            let s = score_meantime(extractor, &read(file)?, lang);
            if args.json {
                println!("{}", serde_json::to_string_pretty(&s)?);
            } else {
                println!("MEANTIME {lang}, {} documents, DATE expressions", s.documents);
                println!("  strict  {}", prf(&s.strict));
                println!("  relaxed {}", prf(&s.relaxed));
                println!("  value accuracy {:.3} ({}/{}) over relaxed matches", s.value.value(), s.value.correct, s.value.total);
            }
        }
        EvalWhat::Actors { file, lang, per_document } => {
            let sentences = dossier_ner::split_long_sentences(dossier_ner::read_conll_file(file)?, 250);
            let s = score_conll_actors(extractor, &sentences, lang, *per_document);
            if args.json {
                println!("{}", serde_json::to_string_pretty(&s)?);
            } else {
                println!("{} ({} sentences in {} documents), named actor mentions", file.display(), sentences.len(), s.documents);
                println!("  persons       {}", prf(&s.persons));
                println!("  organisations {}", prf(&s.organisations));
                println!("  all           {}", prf(&s.all));
            }
        }
        EvalWhat::Gepade { file } => {
            let s = score_gepade(extractor, &read(file)?).with_context(|| format!("{} is not GePaDe JSON", file.display()))?;
            if args.json {
                println!("{}", serde_json::to_string_pretty(&s)?);
            } else {
                println!("GePaDe, {} sentences", s.sentences);
                println!("  cues    {}", prf(&s.cues));
                println!("  sources {}", prf(&s.sources));
            }
        }
    }
    Ok(true)
}
