//! `dossier eval`: score the extractor on annotated data given by path.

use anyhow::{Context, Result};
use dossier_extract::eval_attribution::{read_brat_dir, score_attribution_set};
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
    /// The syntax model on Universal Dependencies gold (.conllu or
    /// .conllu.gz, gold tokenisation): UPOS accuracy, UAS and LAS (universal
    /// relations) over every syntactic word, as CoNLL 2018 scores them.
    Ud {
        file: PathBuf,
        /// Language of the file (en, fr, de, es, it).
        #[arg(long)]
        lang: String,
        /// A syntax model file; default: models/syntax-multi.bin, built in.
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Attribution annotations in brat standoff (PolNeAR-style; a folder of
    /// NAME.txt + NAME.ann, English): content span P/R/F1 for quoted and
    /// unquoted (reported) contents and overall, source accuracy on matches.
    ///
    /// Entities of type Source, Cue and Content (any case; other types are
    /// ignored) may be discontinuous (`0 5;10 20`). They are grouped into
    /// attributions by, in this order: events (PolNeAR's own form,
    /// `E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`; role digits as in
    /// `Content2` are ignored); relations of any type (`R1<TAB>SOURCE Arg1:T2
    /// Arg2:T1`: each Content with the Cues related to it and the Sources
    /// related to it or to those Cues); and, for entities in no event or
    /// relation, the shared-cue convention: each Content and Source goes with
    /// the nearest such Cue in the same paragraph. Attribute (A/M), note (#),
    /// normalisation (N) and equivalence (*) lines are read and ignored.
    Attribution {
        /// Folder of NAME.txt + NAME.ann pairs.
        dir: PathBuf,
    },
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

/// `eval ud`: the syntax model (built in, or `model`) on a CoNLL-U file.
fn eval_ud(file: &Path, lang: &str, model: Option<&Path>, json: bool) -> Result<()> {
    // The crate's messages already name the file and include their cause.
    let flat = |e: dossier_syntax::Error| anyhow::anyhow!("{e}");
    let (m, name) = match model {
        Some(p) => (dossier_syntax::SyntaxModel::load(p).map_err(flat)?, p.display().to_string()),
        None => (dossier_syntax::SyntaxModel::embedded().context("built-in syntax model")?, "models/syntax-multi.bin (built in)".to_string()),
    };
    let sentences = dossier_syntax::conllu::read_path(file).map_err(flat)?;
    let s = dossier_syntax::eval::score(&m, &sentences, lang);
    if json {
        let v = serde_json::json!({"file": file, "lang": lang, "model": name, "sentences": sentences.len(), "tokens": s.tokens, "upos": s.upos_acc, "uas": s.uas, "las": s.las});
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        println!("{} ({lang}, {} sentences, {} tokens), model {name}", file.display(), sentences.len(), s.tokens);
        println!("  UPOS accuracy {:.4}", s.upos_acc);
        println!("  UAS           {:.4}", s.uas);
        println!("  LAS           {:.4}", s.las);
    }
    Ok(())
}

/// Runs the evaluation `args` names; `extractor` builds the extractor for
/// those that need one (`eval ner` scores a model file alone).
pub fn eval(args: &EvalArgs, extractor: impl FnOnce() -> Result<Extractor>) -> Result<bool> {
    let read = |f: &Path| std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()));
    if let EvalWhat::Ner(ner) = &args.what {
        dossier_ner::cli::eval_command(ner, args.json)?;
        return Ok(true);
    }
    if let EvalWhat::Ud { file, lang, model } = &args.what {
        eval_ud(file, lang, model.as_deref(), args.json)?;
        return Ok(true);
    }
    let extractor = &extractor()?;
    match &args.what {
        EvalWhat::Ner(_) | EvalWhat::Ud { .. } => {} // scored above, without an extractor
        EvalWhat::Attribution { dir } => {
            let docs = read_brat_dir(dir)?;
            let s = score_attribution_set(extractor, &docs);
            if args.json {
                println!("{}", serde_json::to_string_pretty(&s)?);
            } else {
                println!("{} ({} documents, {} attributions), contents by word overlap >= 0.5", dir.display(), s.documents, s.attributions);
                println!("  quoted   {}", prf(&s.quoted));
                println!("  unquoted {}", prf(&s.unquoted));
                println!("  overall  {}", prf(&s.overall));
                println!("  sources  accuracy {:.3} ({}/{}) over matched contents with a gold source", s.sources.value(), s.sources.correct, s.sources.total);
            }
        }
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
                    println!("  speakers  accuracy {:.3} ({}/{}); by head word {:.3}", s.speakers.value(), s.speakers.correct, s.speakers.total, s.speaker_heads.value());
                    println!("  claims    {}", prf(&s.claims));
                    println!("  claimants accuracy {:.3} ({}/{}); by head word {:.3}", s.claimants.value(), s.claimants.correct, s.claimants.total, s.claimant_heads.value());
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
