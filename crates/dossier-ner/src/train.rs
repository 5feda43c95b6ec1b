//! Averaged structured perceptron training.

use crate::clusters::WordClusters;
use crate::conll::{Sentence, Tag, N_TAGS};
use crate::eval::evaluate;
use crate::features::WordStats;
use crate::lexicon::Gazetteer;
use crate::model::{name_like_all, NerModel, START};

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Language code stored in the model (`en`, `fr`, `multi`…).
    pub language: String,
    /// Maximum number of passes over the training data.
    pub epochs: usize,
    /// Stop after this many epochs without a better dev F1.
    pub patience: usize,
    /// Seed of the per-epoch shuffle.
    pub seed: u64,
    /// Feature-hash table size: `2^hash_bits` rows of 9 weights.
    pub hash_bits: u32,
    /// Names used as gazetteer features (stored in the model).
    pub gazetteer: Gazetteer,
    /// Learn per-word "share inside an entity" buckets from the training
    /// data as extra features (helps in-domain, hurts across domains).
    pub word_stats: bool,
    /// Word clusters learned from unlabeled text (stored in the model; empty
    /// = no cluster features).
    pub clusters: WordClusters,
    /// Print one line per epoch to stderr.
    pub verbose: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            language: "xx".into(),
            epochs: 12,
            patience: 3,
            seed: 42,
            hash_bits: 19,
            gazetteer: Gazetteer::builtin(),
            word_stats: false,
            clusters: WordClusters::default(),
            verbose: false,
        }
    }
}

/// SplitMix64: a tiny deterministic generator for the shuffle and the clusters.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

fn cap_of(s: &Sentence) -> Vec<bool> {
    name_like_all(&s.tokens)
}

/// Gold tag indices with the entities the decoder cannot output (no
/// name-like token, other than a one-token MISC; e.g. UNER's `tampa bay`)
/// set to O, so that training does not chase an unreachable path.
fn decodable(tags: &[Tag], cap: &[bool]) -> Vec<usize> {
    let mut out: Vec<usize> = tags.iter().map(|t| t.index()).collect();
    for sp in crate::conll::bio_to_spans(tags) {
        let one_misc = sp.label == crate::Label::Misc && sp.end_token - sp.start_token == 1;
        if !one_misc && !(sp.start_token..sp.end_token).any(|i| cap[i]) {
            for o in &mut out[sp.start_token..sp.end_token] {
                *o = Tag::O.index();
            }
        }
    }
    out
}

struct Prepared {
    feats: Vec<u32>,
    offs: Vec<usize>,
    gold: Vec<usize>,
    cap: Vec<bool>,
}

/// Trains a model: fixed-seed shuffle each epoch, averaged weights, early
/// stopping on dev entity F1 (the best epoch's averaged weights are kept).
/// With an empty `dev`, all `epochs` are run. Single-threaded and
/// deterministic: the same data and options give the same model.
pub fn train(train: &[Sentence], dev: &[Sentence], opts: &TrainOptions) -> NerModel {
    let mut model = NerModel::new(&opts.language, opts.hash_bits, opts.gazetteer.clone());
    model.clusters = opts.clusters.clone();
    let train: Vec<&Sentence> = train.iter().filter(|s| !s.tokens.is_empty()).collect();
    // Word statistics: the model keeps those of all training data; each
    // training sentence sees those of the other half (two folds by index),
    // so the feature is as reliable in training as on unseen text.
    let lowered: Vec<Vec<String>> = train
        .iter()
        .map(|s| s.tokens.iter().map(|t| t.to_lowercase()).collect())
        .collect();
    let stats_of = |fold: Option<usize>| {
        if !opts.word_stats {
            return WordStats::default();
        }
        WordStats::from_counts(
            train
                .iter()
                .zip(&lowered)
                .enumerate()
                .filter(|(k, _)| fold.is_none_or(|f| k % 2 != f))
                .flat_map(|(_, (s, l))| {
                    l.iter()
                        .map(String::as_str)
                        .zip(s.tags.iter().map(|t| *t != Tag::O))
                }),
        )
    };
    model.word_stats = stats_of(None);
    let folds = [stats_of(Some(0)), stats_of(Some(1))];
    let data: Vec<Prepared> = train
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            let (feats, offs) = model.sentence_features_with(&toks, &folds[k % 2]);
            Prepared {
                feats,
                offs,
                gold: decodable(&s.tags, &cap_of(s)),
                cap: cap_of(s),
            }
        })
        .collect();
    let nw = model.weights.len();
    let mut w = vec![0f32; nw];
    let mut acc = vec![0f32; nw]; // sum of c * update
    let mut tw = vec![0f32; model.transitions.len()];
    let mut tacc = vec![0f32; model.transitions.len()];
    let mut c: f32 = 1.0;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng(opts.seed);
    let mut best: Option<(f64, Vec<f32>, Vec<f32>)> = None;
    let mut since_best = 0;
    let average = |w: &[f32], acc: &[f32], c: f32| -> Vec<f32> {
        w.iter().zip(acc).map(|(w, a)| w - a / c).collect()
    };
    for epoch in 1..=opts.epochs.max(1) {
        rng.shuffle(&mut order);
        let mut mistakes = 0usize;
        for &k in &order {
            let p = &data[k];
            let em = model.emissions(&p.feats, &p.offs, &w);
            let pred = NerModel::viterbi(&em, &tw, &p.cap);
            if pred != p.gold {
                mistakes += 1;
                for i in 0..pred.len() {
                    let (g, y) = (p.gold[i], pred[i]);
                    if g != y {
                        for &f in &p.feats[p.offs[i]..p.offs[i + 1]] {
                            let base = f as usize * N_TAGS;
                            w[base + g] += 1.0;
                            w[base + y] -= 1.0;
                            acc[base + g] += c;
                            acc[base + y] -= c;
                        }
                    }
                    let gp = if i == 0 { START } else { p.gold[i - 1] };
                    let yp = if i == 0 { START } else { pred[i - 1] };
                    if (gp, g) != (yp, y) {
                        tw[gp * N_TAGS + g] += 1.0;
                        tw[yp * N_TAGS + y] -= 1.0;
                        tacc[gp * N_TAGS + g] += c;
                        tacc[yp * N_TAGS + y] -= c;
                    }
                }
            }
            c += 1.0;
        }
        model.weights = average(&w, &acc, c);
        model.transitions = average(&tw, &tacc, c);
        if dev.is_empty() {
            if opts.verbose {
                eprintln!("epoch {epoch}: {mistakes} sentences with errors");
            }
            continue;
        }
        model.quantise();
        let f1 = evaluate(&model, dev).overall.f1();
        if opts.verbose {
            eprintln!("epoch {epoch}: {mistakes} sentences with errors, dev F1 {f1:.4}");
        }
        if best.as_ref().is_none_or(|(b, _, _)| f1 > *b) {
            best = Some((f1, model.weights.clone(), model.transitions.clone()));
            since_best = 0;
        } else {
            since_best += 1;
            if since_best >= opts.patience {
                break;
            }
        }
    }
    if let Some((f1, bw, bt)) = best {
        if opts.verbose {
            eprintln!("kept the epoch with dev F1 {f1:.4}");
        }
        model.weights = bw;
        model.transitions = bt;
    }
    model.quantise();
    model
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conll::{read_conll, Label};

    #[test]
    fn learns_a_toy_pattern() {
        // "Mr X" is a person, "in Y" a location, "at Z Corp" an organisation
        let mut text = String::new();
        let names = [
            "Alba", "Brun", "Cole", "Dane", "Egon", "Faro", "Gide", "Hale",
        ];
        for (i, n) in names.iter().enumerate() {
            let m = names[(i + 3) % names.len()];
            text.push_str(&format!(
                "Mr O\n{n} B-PER\nworks O\nat O\n{m} B-ORG\nCorp I-ORG\nin O\n{n}ville B-LOC\n. O\n\n"
            ));
        }
        let data = read_conll(&text).unwrap();
        let opts = TrainOptions {
            hash_bits: 12,
            epochs: 8,
            ..TrainOptions::default()
        };
        let model = train(&data, &[], &opts);
        let spans = model.predict(&[
            "Mr",
            "Zorn",
            "works",
            "at",
            "Quux",
            "Corp",
            "in",
            "Yorkville",
            ".",
        ]);
        let got: Vec<_> = spans
            .iter()
            .map(|s| (s.start_token, s.end_token, s.label))
            .collect();
        assert_eq!(
            got,
            [(1, 2, Label::Per), (4, 6, Label::Org), (7, 8, Label::Loc)]
        );
        assert!(spans.iter().all(|s| s.score > 0.0 && s.score <= 1.0));
        // determinism
        let again = train(&data, &[], &opts);
        assert_eq!(model.weights, again.weights);
    }
}
