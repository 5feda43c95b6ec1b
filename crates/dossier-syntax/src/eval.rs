//! Scoring against gold CoNLL-U.

use crate::conllu::{universal, Sentence};
use crate::SyntaxModel;

/// Accuracy of a model on gold sentences, on gold tokenisation (the gold
/// syntactic words are given to the model).
///
/// As in the CoNLL 2018 shared task, every syntactic word counts, punctuation
/// included, and LAS compares the universal part of the relation only
/// (`obl:tmod` = `obl`).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    /// Words scored.
    pub tokens: usize,
    /// Share of words with the gold UPOS tag.
    pub upos_acc: f64,
    /// Share of words with the gold head (unlabelled attachment score).
    pub uas: f64,
    /// Share of words with the gold head and relation (labelled attachment score).
    pub las: f64,
}

impl Scores {
    /// One-line JSON: `{"tokens":…,"upos":…,"uas":…,"las":…}`.
    pub fn to_json(&self) -> String {
        format!(
            "{{\"tokens\":{},\"upos\":{:.4},\"uas\":{:.4},\"las\":{:.4}}}",
            self.tokens, self.upos_acc, self.uas, self.las
        )
    }
}

/// Tags and parses every sentence with the model and scores the result.
pub fn score(model: &SyntaxModel, sentences: &[Sentence], lang: &str) -> Scores {
    let (mut n, mut upos, mut uas, mut las) = (0usize, 0usize, 0usize, 0usize);
    for s in sentences {
        let forms = s.forms();
        let out = model.parse(&forms, lang);
        for (g, p) in s.words.iter().zip(&out) {
            n += 1;
            upos += usize::from(g.upos == p.upos);
            if g.head == p.head {
                uas += 1;
                las += usize::from(universal(&g.deprel) == p.deprel);
            }
        }
    }
    let r = |k: usize| if n == 0 { 0.0 } else { k as f64 / n as f64 };
    Scores {
        tokens: n,
        upos_acc: r(upos),
        uas: r(uas),
        las: r(las),
    }
}
