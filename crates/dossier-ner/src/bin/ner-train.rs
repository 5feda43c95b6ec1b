//! `ner-train --lang fr --train FILE... --dev FILE --out models/ner-fr.bin`
use clap::Parser;
use dossier_ner::{
    evaluate, read_conll_file, split_sentences, tokenize, train, unlabeled_text, Gazetteer, Label,
    Sentence, Tag, TrainOptions, WordClusters,
};
use std::path::PathBuf;
use std::process::ExitCode;

/// Train a named-entity model (averaged perceptron, single thread, deterministic).
#[derive(Parser)]
struct Args {
    /// Language code stored in the model (en, de, fr, es, multi…).
    #[arg(long)]
    lang: String,
    /// Training files (CoNLL-style; any tag scheme). A file given twice counts twice.
    #[arg(long, num_args = 1.., required = true)]
    train: Vec<PathBuf>,
    /// Development files for early stopping (entity F1).
    #[arg(long, num_args = 1..)]
    dev: Vec<PathBuf>,
    /// Output model file.
    #[arg(long)]
    out: PathBuf,
    /// Actor registry folder (*.toml) used as gazetteer.
    #[arg(long)]
    actors: Option<PathBuf>,
    /// Maximum epochs.
    #[arg(long, default_value_t = 12)]
    epochs: usize,
    /// Epochs without dev improvement before stopping.
    #[arg(long, default_value_t = 3)]
    patience: usize,
    /// Shuffle seed.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Feature-hash table size in bits (file ≈ 18 × 2^bits bytes).
    #[arg(long, default_value_t = 19)]
    hash_bits: u32,
    /// Drop training sentences shorter than this many tokens (WikiANN has
    /// many title fragments).
    #[arg(long, default_value_t = 0)]
    min_tokens: usize,
    /// Add per-word entity-share features learned from the training data.
    #[arg(long)]
    word_stats: bool,
    /// Learn word clusters from the tokens of the training and dev files
    /// plus the `--unlabeled` files, and use them as features.
    #[arg(long)]
    clusters: bool,
    /// Plain-text files (or JSON: string values of 200+ characters) added to
    /// the cluster-learning text.
    #[arg(long, num_args = 1..)]
    unlabeled: Vec<PathBuf>,
    /// Words seen fewer times than this get no cluster.
    #[arg(long, default_value_t = 2)]
    cluster_min_count: usize,
    /// Tag capitalised nationality words (`German`, `French`…) that the
    /// training data leaves as O as B-MISC (CoNLL convention; WikiANN has
    /// no MISC).
    #[arg(long)]
    misc_demonyms: bool,
    /// Annotated files whose entity names are added to the gazetteer
    /// (stored in the model).
    #[arg(long, num_args = 1..)]
    gazetteer_from: Vec<PathBuf>,
}

fn read_all(paths: &[PathBuf]) -> Result<Vec<Sentence>, dossier_ner::NerError> {
    let mut out = Vec::new();
    for p in paths {
        let s = read_conll_file(p)?;
        eprintln!("{}: {} sentences", p.display(), s.len());
        out.extend(s);
    }
    Ok(out)
}

fn run(a: Args) -> Result<(), dossier_ner::NerError> {
    if !(8..=24).contains(&a.hash_bits) {
        return Err(dossier_ner::NerError::Format {
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
                if *tag == Tag::O && dossier_ner::is_demonym(t) {
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
            let c = std::fs::read_to_string(p).map_err(|e| dossier_ner::NerError::Io {
                path: p.clone(),
                source: e,
            })?;
            // annotated files (CoNLL-style) give their tokens; others are text
            match dossier_ner::read_conll(&c) {
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
    if let Some(d) = &a.actors {
        let n = gazetteer.add_actor_dir(d)?;
        eprintln!("{}: {n} names", d.display());
    }
    if !a.gazetteer_from.is_empty() {
        let names = read_all(&a.gazetteer_from)?;
        let n = gazetteer.add_annotated(&names);
        eprintln!("{n} names added to the gazetteer");
    }
    let opts = TrainOptions {
        language: a.lang,
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

fn main() -> ExitCode {
    match run(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ner-train: {e}");
            ExitCode::FAILURE
        }
    }
}
