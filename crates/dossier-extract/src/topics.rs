//! Topics: the topic and stance lexicons of `corpora/`, indexed once per
//! [`Extractor`](crate::Extractor) as one-pass phrase indexes per language
//! (English terms included, which news in every language borrows); the topics
//! of each quote and claim, and how much the whole document is about them.
//! [`words_of`] tokenises lexicon phrases like document text for every module.

use crate::resources::Resources;
use crate::stance::{STANCE_AGAINST, STANCE_FOR, STANCE_WEAKENING};
use crate::text::{self, Text};
use std::collections::HashMap;

/// Lower-cased tokens of a lexicon phrase, tokenised like document text.
pub(crate) fn words_of(phrase: &str) -> Vec<String> {
    let chars: Vec<char> = phrase.chars().collect();
    text::tokenize(&chars, 0).into_iter().map(|t| t.lower).collect()
}

/// Multi-word lexicon terms indexed by their first word, matched over the
/// token words of a text in one pass (instead of one substring search per term).
#[derive(Default)]
pub(crate) struct PhraseIndex {
    by_first: HashMap<String, Vec<(Vec<String>, usize)>>,
}

impl PhraseIndex {
    fn add(&mut self, phrase: &str, id: usize) {
        let words = words_of(phrase);
        if let Some(first) = words.first().cloned() {
            self.by_first.entry(first).or_default().push((words, id));
        }
    }

    /// Call `f(id, position, length)` for every (possibly overlapping) match.
    pub(crate) fn for_each_match(&self, words: &[String], mut f: impl FnMut(usize, usize, usize)) {
        for (pos, w) in words.iter().enumerate() {
            for (phrase, id) in self.by_first.get(w).into_iter().flatten() {
                if words[pos..].starts_with(phrase) {
                    f(*id, pos, phrase.len());
                }
            }
        }
    }
}

/// Topic and stance lexicons, indexed per language.
#[derive(Default)]
pub(crate) struct Lexicons {
    pub(crate) topics: HashMap<String, PhraseIndex>,
    pub(crate) stance: HashMap<String, PhraseIndex>,
}

impl Lexicons {
    pub(crate) fn new(res: &Resources) -> Lexicons {
        let mut lex = Lexicons::default();
        let languages: std::collections::BTreeSet<&String> = res.topics.iter().flat_map(|t| t.terms.keys()).chain(res.stance.keys()).collect();
        for lang in languages {
            let topics = lex.topics.entry(lang.clone()).or_default();
            // News in every language borrows English terms ("backdoor").
            for (ti, t) in res.topics.iter().enumerate() {
                for term in [lang.as_str(), "en"].iter().filter_map(|l| t.terms.get(*l)).flatten().collect::<std::collections::BTreeSet<_>>() {
                    topics.add(term, ti);
                }
            }
            let stance = lex.stance.entry(lang.clone()).or_default();
            if let Some((against, pro)) = res.stance.get(lang) {
                against.iter().for_each(|t| stance.add(t, STANCE_AGAINST));
                pro.iter().for_each(|t| stance.add(t, STANCE_FOR));
            }
            for t in res.topics.iter().filter(|t| matches!(t.id.as_str(), "backdoor" | "lawful-access" | "client-side-scanning")) {
                t.terms.get(lang).into_iter().flatten().for_each(|term| stance.add(term, STANCE_WEAKENING));
            }
        }
        lex
    }
}

/// Topic ids whose terms occur in `text` (terms of the language and English, which news borrows).
pub(crate) fn topics(res: &Resources, lexicons: &Lexicons, text: &str, lang: &str) -> Vec<String> {
    let Some(index) = lexicons.topics.get(lang) else { return Vec::new() };
    let mut seen = vec![false; res.topics.len()];
    index.for_each_match(&words_of(text), |topic, _, _| seen[topic] = true);
    res.topics.iter().zip(seen).filter(|(_, s)| *s).map(|(t, _)| t.id.clone()).collect()
}

/// Weighted topic-term hits over words: what document relevance is made of,
/// summed over the windows of a long text.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct TopicHits {
    pub hits: f64,
    pub words: usize,
}

impl TopicHits {
    pub fn add(&mut self, other: TopicHits) {
        self.hits += other.hits;
        self.words += other.words;
    }

    /// How much the document is about the configured topics: weighted term
    /// hits per 100 words, squashed to 0..1.
    pub fn relevance(&self) -> f64 {
        let density = self.hits * 100.0 / self.words.max(1) as f64;
        ((1.0 - (-density / 2.0).exp()) * 1000.0).round() / 1000.0
    }
}

/// The topic-term hits and the word count of `text`.
pub(crate) fn topic_hits(res: &Resources, lexicons: &Lexicons, text: &Text, lang: &str) -> TopicHits {
    let Some(index) = lexicons.topics.get(lang) else { return TopicHits::default() };
    let words: Vec<String> = text.tokens.iter().map(|t| t.lower.clone()).collect();
    let mut hits = 0.0;
    index.for_each_match(&words, |topic, _, _| hits += res.topics[topic].weight);
    TopicHits { hits, words: text.tokens.iter().filter(|t| t.is_word).count() }
}
