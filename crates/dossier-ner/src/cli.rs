//! The `train-ner` and `eval ner` commands, shared by the `ner-train` and
//! `ner-eval` binaries of this crate and by `dossier train-ner` / `dossier
//! eval ner`, so that both spell the same options and do the same thing.

use crate::{
    evaluate, evaluate_with, read_conll_file, split_long_sentences, split_sentences, tokenize, train, unlabeled_text, Gazetteer, Label, NerError,
    NerModel, Sentence, Tag, TagScheme, TrainOptions, WordClusters,
};
use std::path::PathBuf;

/// Options of `train-ner`: the data, the output file and the training recipe.
#[derive(clap::Args, Debug, Clone)]
pub struct TrainArgs {
    /// Language code stored in the model (en, de, fr, es, multi…).
    #[arg(long)]
    pub lang: String,
    /// Training files (CoNLL-style; any tag scheme). A file given twice counts twice.
    #[arg(long, num_args = 1.., required = true)]
    pub train: Vec<PathBuf>,
    /// Development files for early stopping (entity F1).
    #[arg(long, num_args = 1..)]
    pub dev: Vec<PathBuf>,
    /// Output model file.
    #[arg(long)]
    pub out: PathBuf,
    /// Actor registry folder (*.toml, e.g. corpora/actors) whose names the
    /// model gets as gazetteer features.
    #[arg(long, value_name = "DIR")]
    pub registry: Option<PathBuf>,
    /// Maximum epochs.
    #[arg(long, default_value_t = 12)]
    pub epochs: usize,
    /// Epochs without dev improvement before stopping.
    #[arg(long, default_value_t = 3)]
    pub patience: usize,
    /// Shuffle seed.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Feature-hash table size in bits (file ≈ 18 × 2^bits bytes).
    #[arg(long, default_value_t = 19)]
    pub hash_bits: u32,
    /// Drop training sentences shorter than this many tokens (WikiANN has
    /// many title fragments).
    #[arg(long, default_value_t = 0)]
    pub min_tokens: usize,
    /// Add per-word entity-share features learned from the training data.
    #[arg(long)]
    pub word_stats: bool,
    /// Learn word clusters from the tokens of the training and dev files
    /// plus the `--unlabeled` files, and use them as features.
    #[arg(long)]
    pub clusters: bool,
    /// Plain-text files (or JSON: string values of 200+ characters) added to
    /// the cluster-learning text.
    #[arg(long, num_args = 1..)]
    pub unlabeled: Vec<PathBuf>,
    /// Words seen fewer times than this get no cluster.
    #[arg(long, default_value_t = 2)]
    pub cluster_min_count: usize,
    /// Tag capitalised nationality words (`German`, `French`…) that the
    /// training data leaves as O as B-MISC (CoNLL convention; WikiANN has
    /// no MISC).
    #[arg(long)]
    pub misc_demonyms: bool,
    /// Annotated files whose entity names are added to the gazetteer
    /// (stored in the model).
    #[arg(long, num_args = 1..)]
    pub gazetteer_from: Vec<PathBuf>,
}

fn read_all(paths: &[PathBuf]) -> Result<Vec<Sentence>, crate::NerError> {
    let mut out = Vec::new();
    for p in paths {
        let s = read_conll_file(p)?;
        eprintln!("{}: {} sentences", p.display(), s.len());
        out.extend(s);
    }
    Ok(out)
}

/// Trains and saves the model `args` describe; progress goes to stderr, the
/// dev scores and the file written to stdout.
pub fn train_command(a: &TrainArgs) -> Result<(), NerError> {
    if !(8..=24).contains(&a.hash_bits) {
        return Err(crate::NerError::Format {
            line: 0,
            message: "--hash-bits must be 8..=24".into(),
        });
    }
    let mut tr = read_all(&a.train)?;
    tr.retain(|s| s.tokens.len() >= a.min_tokens);
    eprintln!("{} training sentences kept", tr.len());
    let dev = read_all(&a.dev)?;
    if a.misc_demonyms {
        let mut n = 0;
        for s in &mut tr {
            for (t, tag) in s.tokens.iter().zip(s.tags.iter_mut()) {
                if *tag == Tag::O && crate::is_demonym(t) {
                    *tag = Tag::B(Label::Misc);
                    n += 1;
                }
            }
        }
        eprintln!("{n} nationality words tagged MISC");
    }
    let clusters = if a.clusters {
        let t0 = std::time::Instant::now();
        let mut texts: Vec<String> = Vec::new();
        let mut extra: Vec<Sentence> = Vec::new();
        for p in &a.unlabeled {
            let c = std::fs::read_to_string(p).map_err(|e| crate::NerError::Io {
                path: p.clone(),
                source: e,
            })?;
            // annotated files (CoNLL-style) give their tokens; others are text
            match crate::read_conll(&c) {
                Ok(s) if !s.is_empty() => extra.extend(s),
                _ => texts.push(unlabeled_text(&p.display().to_string(), &c)),
            }
        }
        let mut sents: Vec<Vec<&str>> = tr
            .iter()
            .chain(&dev)
            .chain(&extra)
            .map(|s| s.tokens.iter().map(String::as_str).collect())
            .collect();
        for t in &texts {
            let toks = tokenize(t);
            for r in split_sentences(&toks) {
                sents.push(toks[r].iter().map(|t| t.text).collect());
            }
        }
        let c = WordClusters::learn(&sents, a.cluster_min_count, a.seed);
        eprintln!(
            "{} words clustered from {} sentences in {:.1} s",
            c.len(),
            sents.len(),
            t0.elapsed().as_secs_f64()
        );
        c
    } else {
        WordClusters::default()
    };
    let mut gazetteer = Gazetteer::builtin();
    if let Some(d) = &a.registry {
        let n = gazetteer.add_actor_dir(d)?;
        eprintln!("{}: {n} names", d.display());
    }
    if !a.gazetteer_from.is_empty() {
        let names = read_all(&a.gazetteer_from)?;
        let n = gazetteer.add_annotated(&names);
        eprintln!("{n} names added to the gazetteer");
    }
    let opts = TrainOptions {
        language: a.lang.clone(),
        epochs: a.epochs,
        patience: a.patience,
        seed: a.seed,
        hash_bits: a.hash_bits,
        gazetteer,
        word_stats: a.word_stats,
        clusters,
        verbose: true,
    };
    let t0 = std::time::Instant::now();
    let model = train(&tr, &dev, &opts);
    eprintln!("trained in {:.1} s", t0.elapsed().as_secs_f64());
    if !dev.is_empty() {
        println!("dev scores:\n{}", evaluate(&model, &dev));
    }
    model.save(&a.out)?;
    let size = std::fs::metadata(&a.out).map(|m| m.len()).unwrap_or(0);
    println!("wrote {} ({:.1} MB)", a.out.display(), size as f64 / 1e6);
    Ok(())
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum GoldFormat {
    /// BIO / IOB1 / BIOES gold: exact entity boundaries.
    Conll,
    /// IO gold: adjacent same-type entities merge (predictions reduced to IO too).
    Io,
}

/// `eval ner`: score a model on a gold file: entity-level exact P/R/F1 per type and overall.
/// Options of `eval ner`.
#[derive(clap::Args, Debug, Clone)]
pub struct EvalArgs {
    /// Model file.
    #[arg(long)]
    pub model: PathBuf,
    /// Gold CoNLL-style file.
    #[arg(long)]
    pub gold: PathBuf,
    /// Gold tag scheme.
    #[arg(long, value_enum, default_value_t = GoldFormat::Conll)]
    pub format: GoldFormat,
    /// Also print the first N sentences whose prediction differs from gold.
    #[arg(long, default_value_t = 0)]
    pub show_errors: usize,
}

/// Scores the model on the gold file and prints the table (and errors asked for).
pub fn eval_command(a: &EvalArgs, json: bool) -> Result<(), NerError> {
    let model = NerModel::load(&a.model)?;
    // files without sentence breaks (Europeana) are split at . ! ?
    let gold = split_long_sentences(read_conll_file(&a.gold)?, 250);
    let scheme = match a.format {
        GoldFormat::Conll => TagScheme::Conll,
        GoldFormat::Io => TagScheme::Io,
    };
    let t0 = std::time::Instant::now();
    let s = evaluate_with(&model, &gold, scheme);
    if json {
        let counts = |c: &crate::Counts| serde_json::json!({ "precision": c.precision(), "recall": c.recall(), "f1": c.f1(), "tp": c.tp, "fp": c.fp, "fn": c.fn_ });
        let per_type: serde_json::Map<String, serde_json::Value> = s.per_type.iter().map(|(l, c)| (l.as_str().to_string(), counts(c))).collect();
        let report = serde_json::json!({ "model": a.model, "gold": a.gold, "sentences": s.sentences, "overall": counts(&s.overall), "per_type": per_type });
        println!("{report:#}");
        return Ok(());
    }
    println!(
        "model {} ({}), gold {} ({} sentences)",
        a.model.display(),
        model.language(),
        a.gold.display(),
        s.sentences
    );
    print!("{s}");
    let mut shown = 0;
    for sent in gold.iter() {
        if shown >= a.show_errors {
            break;
        }
        let toks: Vec<&str> = sent.tokens.iter().map(String::as_str).collect();
        let pred = model.predict_tags(&toks);
        if pred != sent.tags {
            shown += 1;
            for ((t, g), p) in toks.iter().zip(&sent.tags).zip(&pred) {
                let mark = if g == p { "" } else { "  <<" };
                println!("{t}\t{g}\t{p}{mark}");
            }
            println!();
        }
    }
    eprintln!("scored in {:.1} s", t0.elapsed().as_secs_f64());
    Ok(())
}

