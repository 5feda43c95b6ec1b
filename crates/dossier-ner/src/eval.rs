//! Entity-level exact-match scoring (conlleval-style).

use crate::conll::{bio_to_io, bio_to_spans, Label, Sentence};
use crate::model::NerModel;
use std::collections::BTreeMap;
use std::fmt;

/// True positives, false positives and false negatives of one type.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    /// Predicted spans that match a gold span exactly (bounds and type).
    pub tp: usize,
    /// Predicted spans without an exact gold match.
    pub fp: usize,
    /// Gold spans without an exact predicted match.
    pub fn_: usize,
}

impl Counts {
    /// Precision (0 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        self.prf().0
    }
    /// Recall (0 when there is no gold entity).
    pub fn recall(&self) -> f64 {
        self.prf().1
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        self.prf().2
    }
    fn prf(&self) -> (f64, f64, f64) {
        dossier_core::precision_recall_f1(self.tp, self.tp + self.fp, self.tp + self.fn_)
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

/// Scores per entity type and micro-averaged over all types.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    /// Per type (only types seen in gold or predictions).
    pub per_type: BTreeMap<Label, Counts>,
    /// All types together.
    pub overall: Counts,
    /// Number of sentences scored.
    pub sentences: usize,
}

impl Scores {
    /// Micro-averaged counts over the given types only (e.g. without MISC).
    pub fn restricted(&self, labels: &[Label]) -> Counts {
        let mut c = Counts::default();
        for l in labels {
            if let Some(x) = self.per_type.get(l) {
                c.add(*x);
            }
        }
        c
    }
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<8} {:>7} {:>7} {:>7} {:>6} {:>6} {:>6}",
            "type", "P", "R", "F1", "tp", "fp", "fn"
        )?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, c: &Counts| {
            writeln!(
                f,
                "{:<8} {:>7.4} {:>7.4} {:>7.4} {:>6} {:>6} {:>6}",
                name,
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp,
                c.fp,
                c.fn_
            )
        };
        for (l, c) in &self.per_type {
            row(f, l.as_str(), c)?;
        }
        row(f, "overall", &self.overall)?;
        let no_misc = self.restricted(&[Label::Per, Label::Org, Label::Loc]);
        row(f, "PER+ORG+LOC", &no_misc)
    }
}

/// How gold tags were annotated; with [`TagScheme::Io`] predictions are
/// reduced to IO too, so adjacent same-type entities merge on both sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TagScheme {
    /// BIO, IOB1 or BIOES gold: entity boundaries are exact.
    #[default]
    Conll,
    /// IO gold (e.g. Europeana): adjacent same-type entities are one.
    Io,
}

/// Scores `model` on gold sentences: exact span and type match.
pub fn evaluate(model: &NerModel, gold: &[Sentence]) -> Scores {
    evaluate_with(model, gold, TagScheme::Conll)
}

/// [`evaluate`] with an explicit gold tag scheme.
pub fn evaluate_with(model: &NerModel, gold: &[Sentence], scheme: TagScheme) -> Scores {
    let mut s = Scores::default();
    for sent in gold {
        let toks: Vec<&str> = sent.tokens.iter().map(String::as_str).collect();
        let mut pred = model.predict_tags(&toks);
        let mut g = sent.tags.clone();
        if scheme == TagScheme::Io {
            pred = bio_to_io(&pred);
            g = bio_to_io(&g);
        }
        let gs: Vec<(usize, usize, Label)> = bio_to_spans(&g)
            .into_iter()
            .map(|x| (x.start_token, x.end_token, x.label))
            .collect();
        let ps: Vec<(usize, usize, Label)> = bio_to_spans(&pred)
            .into_iter()
            .map(|x| (x.start_token, x.end_token, x.label))
            .collect();
        for p in &ps {
            let c = s.per_type.entry(p.2).or_default();
            if gs.contains(p) {
                c.tp += 1;
            } else {
                c.fp += 1;
            }
        }
        for x in &gs {
            if !ps.contains(x) {
                s.per_type.entry(x.2).or_default().fn_ += 1;
            }
        }
        s.sentences += 1;
    }
    let mut o = Counts::default();
    for c in s.per_type.values() {
        o.add(*c);
    }
    s.overall = o;
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        let c = Counts {
            tp: 3,
            fp: 1,
            fn_: 2,
        };
        assert!((c.precision() - 0.75).abs() < 1e-9);
        assert!((c.recall() - 0.6).abs() < 1e-9);
        assert!((c.f1() - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-9);
        assert_eq!(Counts::default().f1(), 0.0);
    }
}
