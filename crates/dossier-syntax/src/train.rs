//! Training: tagger (averaged perceptron, greedy), jack-knifed tags, then the
//! parser (averaged perceptron, arc-hybrid with a dynamic oracle).

use crate::conllu::{universal, Sentence};
use crate::eval::score;
use crate::model::SyntaxModel;
use crate::parser::{is_tree, projectivise, Classes, State, NONE};
use crate::tagger::{self, history, upos_index, Tokens, UPOS};
use crate::weights::{argmax, fmix, Scorer, Table, TrainTable};
use crate::Error;

/// Sentences of one language.
#[derive(Debug, Clone)]
pub struct Treebank {
    /// Language code given to the model (`en`, `fr`…).
    pub lang: String,
    /// The sentences.
    pub sentences: Vec<Sentence>,
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Maximum passes over the data (tagger and parser each).
    pub epochs: usize,
    /// Stop after this many epochs without a better dev score.
    pub patience: usize,
    /// Seed of the per-epoch shuffle and of the exploration.
    pub seed: u64,
    /// Tagger hash table: `2^bits` entries (+17).
    pub tagger_bits: u32,
    /// Parser hash table: `2^bits` entries (+ the class count).
    pub parser_bits: u32,
    /// Folds for jack-knifed training tags of the parser; 0 or 1 = train
    /// the parser on gold tags.
    pub jackknife: usize,
    /// From the second epoch on, probability of following the model's own
    /// wrong transition instead of the oracle's (dynamic-oracle exploration).
    pub explore: f64,
    /// Averaged weights smaller than this many quanta (of `max|w| / 32767`)
    /// are dropped, which shrinks the compressed file.
    pub prune: i16,
    /// Print progress to stderr.
    pub verbose: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 15,
            patience: 3,
            seed: 42,
            tagger_bits: 21,
            parser_bits: 23,
            jackknife: 4,
            explore: 0.9,
            prune: 2,
            verbose: false,
        }
    }
}

/// SplitMix64, for the shuffle and exploration.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        fmix(self.0)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

struct Item {
    toks: Tokens,
    gold_tags: Vec<usize>,
    /// Projectivised gold heads by word id (`[0]` = NONE); empty = not usable.
    heads: Vec<usize>,
    labels: Vec<usize>,
}

/// Trains a model. Dev treebanks (may be empty) choose the number of epochs:
/// UPOS accuracy for the tagger, LAS for the parser; the best epoch's averaged
/// weights are kept. Single-threaded and deterministic.
pub fn train(
    train: &[Treebank],
    dev: &[Treebank],
    opts: &TrainOptions,
) -> Result<SyntaxModel, Error> {
    let log = |m: String| {
        if opts.verbose {
            eprintln!("{m}");
        }
    };
    // label set: universal relations of the training data, sorted, with root
    let mut labels: Vec<String> = train
        .iter()
        .flat_map(|t| &t.sentences)
        .flat_map(|s| &s.words)
        .map(|w| universal(&w.deprel).to_string())
        .chain(std::iter::once("root".to_string()))
        .collect();
    labels.sort();
    labels.dedup();
    if labels.len() > 63 {
        return Err(Error::Training(format!(
            "{} distinct relations (at most 63 are supported)",
            labels.len()
        )));
    }
    let root = labels.iter().position(|l| l == "root").unwrap_or(0);
    let label_of = |d: &str| {
        labels
            .binary_search_by(|l| l.as_str().cmp(universal(d)))
            .ok()
    };
    let mut items = Vec::new();
    let mut lifted = 0usize;
    let mut bad_trees = 0usize;
    for tb in train {
        for s in &tb.sentences {
            if s.words.is_empty() {
                continue;
            }
            let forms = s.forms();
            let mut heads = Vec::with_capacity(s.words.len() + 1);
            heads.push(NONE);
            heads.extend(s.words.iter().map(|w| w.head));
            let mut ls = Vec::with_capacity(heads.len());
            ls.push(NONE);
            for w in &s.words {
                let l = if w.head == 0 {
                    Some(root)
                } else {
                    label_of(&w.deprel)
                };
                ls.push(l.unwrap_or(root));
            }
            let mut h0 = heads.clone();
            h0[0] = 0;
            let roots = s.words.iter().filter(|w| w.head == 0).count();
            if is_tree(&h0) && roots == 1 {
                lifted += usize::from(projectivise(&mut h0) > 0);
                heads[1..].copy_from_slice(&h0[1..]);
            } else {
                bad_trees += 1;
                heads.clear();
            }
            items.push(Item {
                toks: Tokens::new(&forms, &tb.lang),
                gold_tags: s.words.iter().map(|w| upos_index(&w.upos)).collect(),
                heads,
                labels: ls,
            });
        }
    }
    if items.is_empty() {
        return Err(Error::Training("no training sentences".into()));
    }
    let n_words: usize = items.iter().map(|i| i.gold_tags.len()).sum();
    log(format!(
        "{} training sentences ({n_words} words), {} labels; {lifted} trees lifted to projective, {bad_trees} not used by the parser",
        items.len(),
        labels.len()
    ));
    let mut model = SyntaxModel {
        tagger: TrainTable::new(opts.tagger_bits, UPOS.len()).averaged(0),
        parser: TrainTable::new(8, 1 + 2 * labels.len()).averaged(0),
        labels: labels.clone(),
        root,
        info: String::new(),
    };
    let all: Vec<usize> = (0..items.len()).collect();
    let (tagger_table, tagger_epochs) =
        train_tagger(&items, &all, opts, opts.epochs, dev, &mut model, &log);
    model.tagger = tagger_table;
    // jack-knifed tags for the parser's training data
    let mut pred_tags: Vec<Vec<usize>> = items.iter().map(|i| i.gold_tags.clone()).collect();
    if opts.jackknife >= 2 {
        let k = opts.jackknife;
        let (mut right, mut total) = (0usize, 0usize);
        for fold in 0..k {
            let rest: Vec<usize> = (0..items.len()).filter(|i| i % k != fold).collect();
            let (t, _) = train_tagger(&items, &rest, opts, tagger_epochs, &[], &mut model, &|_| {});
            for i in (0..items.len()).filter(|i| i % k == fold) {
                pred_tags[i] = tagger::tag(&t, &items[i].toks);
                right += pred_tags[i]
                    .iter()
                    .zip(&items[i].gold_tags)
                    .filter(|(a, b)| a == b)
                    .count();
                total += pred_tags[i].len();
            }
        }
        log(format!(
            "jack-knifed training tags ({k} folds): UPOS {:.4}",
            right as f64 / total.max(1) as f64
        ));
    }
    // parser
    let cl = Classes {
        n_labels: labels.len(),
        root,
    };
    let mut t = TrainTable::new(opts.parser_bits, cl.count());
    let mut rng = Rng(opts.seed ^ 0x7061_7273);
    let mut order: Vec<usize> = (0..items.len())
        .filter(|&i| !items[i].heads.is_empty())
        .collect();
    let mut best: Option<(f64, Table, usize)> = None;
    let mut since = 0;
    let mut feats = Vec::with_capacity(160);
    let mut scores = vec![0f32; cl.count()];
    let mut costs = Vec::with_capacity(cl.count());
    let mut tags_ids = Vec::with_capacity(256);
    for epoch in 1..=opts.epochs.max(1) {
        rng.shuffle(&mut order);
        let (mut errors, mut steps) = (0usize, 0usize);
        for &k in &order {
            let it = &items[k];
            tags_ids.clear();
            tags_ids.push(0u64);
            tags_ids.extend(pred_tags[k].iter().map(|&x| x as u64));
            let mut st = State::new(it.gold_tags.len());
            while !st.terminal() {
                st.features(&it.toks.word, &tags_ids, it.toks.lang, &mut feats);
                t.scores(&feats, &mut scores);
                st.costs(&cl, &it.heads, &it.labels, &mut costs);
                let min = costs.iter().copied().min().unwrap_or(0);
                let Some(p) = argmax(&scores, |c| costs[c] != i32::MAX) else {
                    break;
                };
                let Some(g) = argmax(&scores, |c| costs[c] == min) else {
                    break;
                };
                steps += 1;
                let next = if costs[p] > min {
                    errors += 1;
                    t.update(&feats, g, 1.0);
                    t.update(&feats, p, -1.0);
                    if epoch > 1 && rng.unit() < opts.explore {
                        p
                    } else {
                        g
                    }
                } else {
                    p
                };
                t.tick();
                st.apply(cl.decode(next));
            }
        }
        model.parser = t.averaged(opts.prune);
        let msg = format!(
            "parser epoch {epoch}: {:.4} of {steps} transitions wrong",
            errors as f64 / steps.max(1) as f64
        );
        if dev.is_empty() {
            log(msg);
            best = Some((0.0, model.parser.clone(), epoch));
            continue;
        }
        let las = dev_score(&model, dev, |s| s.las);
        log(format!("{msg}, dev LAS {las:.4}"));
        if best.as_ref().is_none_or(|(b, _, _)| las > *b) {
            best = Some((las, model.parser.clone(), epoch));
            since = 0;
        } else {
            since += 1;
            if since >= opts.patience {
                break;
            }
        }
    }
    let parser_epochs = match best {
        Some((_, table, e)) => {
            model.parser = table;
            e
        }
        None => 0,
    };
    model.info = format!(
        "dossier-syntax; tagger {tagger_epochs} epochs, 2^{} entries; parser {parser_epochs} epochs, 2^{} entries; jackknife {}; explore {}; seed {}; {} sentences, {n_words} words; languages {}",
        opts.tagger_bits,
        opts.parser_bits,
        opts.jackknife,
        opts.explore,
        opts.seed,
        items.len(),
        {
            let mut l: Vec<&str> = train.iter().map(|t| t.lang.as_str()).collect();
            l.sort();
            l.dedup();
            l.join(",")
        }
    );
    log(format!(
        "kept tagger epoch {tagger_epochs}, parser epoch {parser_epochs}"
    ));
    Ok(model)
}

/// Word-weighted dev score over all dev treebanks.
fn dev_score(model: &SyntaxModel, dev: &[Treebank], f: impl Fn(&crate::Scores) -> f64) -> f64 {
    let (mut sum, mut n) = (0.0, 0usize);
    for tb in dev {
        let s = score(model, &tb.sentences, &tb.lang);
        sum += f(&s) * s.tokens as f64;
        n += s.tokens;
    }
    sum / n.max(1) as f64
}

/// Trains the tagger on `subset`; with dev data, keeps the best epoch by
/// UPOS accuracy. Returns the table and the number of epochs it took.
fn train_tagger(
    items: &[Item],
    subset: &[usize],
    opts: &TrainOptions,
    epochs: usize,
    dev: &[Treebank],
    model: &mut SyntaxModel,
    log: &dyn Fn(String),
) -> (Table, usize) {
    let mut t = TrainTable::new(opts.tagger_bits, UPOS.len());
    let mut rng = Rng(opts.seed);
    let mut order = subset.to_vec();
    let mut feats = Vec::with_capacity(64);
    let mut scores = [0f32; UPOS.len()];
    let mut best: Option<(f64, Table, usize)> = None;
    let mut since = 0;
    let mut pred = Vec::with_capacity(256);
    for epoch in 1..=epochs.max(1) {
        rng.shuffle(&mut order);
        let (mut wrong, mut total) = (0usize, 0usize);
        for &k in &order {
            let it = &items[k];
            pred.clear();
            for (i, &gold) in it.gold_tags.iter().enumerate() {
                let (p1, p2) = history(&pred, i);
                it.toks.tag_features(i, p1, p2, &mut feats);
                t.scores(&feats, &mut scores);
                let p = argmax(&scores, |_| true).unwrap_or(0);
                if p != gold {
                    wrong += 1;
                    t.update(&feats, gold, 1.0);
                    t.update(&feats, p, -1.0);
                }
                total += 1;
                t.tick();
                pred.push(p);
            }
        }
        let table = t.averaged(opts.prune);
        if dev.is_empty() {
            best = Some((0.0, table, epoch));
            continue;
        }
        model.tagger = table;
        let acc = dev_tag_accuracy(model, dev);
        log(format!(
            "tagger epoch {epoch}: train errors {:.4}, dev UPOS {acc:.4}",
            wrong as f64 / total.max(1) as f64
        ));
        if best.as_ref().is_none_or(|(b, _, _)| acc > *b) {
            best = Some((acc, model.tagger.clone(), epoch));
            since = 0;
        } else {
            since += 1;
            if since >= opts.patience {
                break;
            }
        }
    }
    match best {
        Some((_, table, e)) => (table, e),
        None => (t.averaged(opts.prune), 0),
    }
}

fn dev_tag_accuracy(model: &SyntaxModel, dev: &[Treebank]) -> f64 {
    let (mut right, mut n) = (0usize, 0usize);
    for tb in dev {
        for s in &tb.sentences {
            let tags = model.tag(&s.forms(), &tb.lang);
            for (g, p) in s.words.iter().zip(tags) {
                right += usize::from(g.upos == p);
                n += 1;
            }
        }
    }
    right as f64 / n.max(1) as f64
}
