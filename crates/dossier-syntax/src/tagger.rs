//! Greedy left-to-right UPOS tagger (averaged perceptron).

use crate::weights::{argmax, feat, hash_str, mix, Scorer};

/// The 17 universal POS tags, in the model's class order.
pub const UPOS: [&str; 17] = [
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X",
];

/// Class index of a UPOS tag (anything unknown, e.g. `_`, is `X`).
pub(crate) fn upos_index(t: &str) -> usize {
    UPOS.iter().position(|u| *u == t).unwrap_or(UPOS.len() - 1)
}

/// "No tag" (before the sentence start) in tag-history features.
const NO_TAG: u64 = 99;

/// Lower-cased form with every digit replaced by `0`.
pub(crate) fn normalise(w: &str) -> String {
    w.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_ascii_digit() { '0' } else { c })
        .collect()
}

/// Word shape with runs collapsed: `McDonald's` → `XxXx'x`, `2024` → `d`.
fn shape(w: &str) -> String {
    let mut s = String::new();
    let mut last = '\0';
    for c in w.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if k != last {
            s.push(k);
            last = k;
        }
        if s.len() > 8 {
            break;
        }
    }
    s
}

/// Per-sentence precomputed token hashes, shared by the tagger and parser.
pub(crate) struct Tokens {
    /// Hash of the normalised word (index 0 = the root, then the words).
    pub(crate) word: Vec<u64>,
    /// Static tagger features per word (without tag history).
    static_feats: Vec<Vec<u64>>,
    /// Hash of the 3-char suffix per word (for history conjunctions).
    suf3: Vec<u64>,
    pub(crate) lang: u64,
}

const ROOT_WORD: u64 = 0x0123_4567;
const NONE_WORD: u64 = 0x0765_4321;

impl Tokens {
    pub(crate) fn new(words: &[&str], lang: &str) -> Tokens {
        let lang = hash_str(lang);
        let n = words.len();
        let norm: Vec<String> = words.iter().map(|w| normalise(w)).collect();
        let wh: Vec<u64> = norm.iter().map(|w| hash_str(w)).collect();
        let suffix = |w: &str, k: usize| -> u64 {
            let cs: Vec<char> = w.chars().collect();
            let s: String = cs[cs.len().saturating_sub(k)..].iter().collect();
            hash_str(&s)
        };
        let prefix = |w: &str, k: usize| -> u64 {
            let s: String = w.chars().take(k).collect();
            hash_str(&s)
        };
        let suf3: Vec<u64> = norm.iter().map(|w| suffix(w, 3)).collect();
        let shapes: Vec<u64> = words.iter().map(|w| hash_str(&shape(w))).collect();
        let at = |v: &[u64], i: isize| -> u64 {
            if i < 0 {
                1
            } else {
                v.get(i as usize).copied().unwrap_or(2)
            }
        };
        let mut static_feats = Vec::with_capacity(n);
        for i in 0..n {
            let w = words[i];
            let lw = &norm[i];
            let ii = i as isize;
            let mut f = Vec::with_capacity(40);
            f.push(feat(1, 0, 0, 0));
            f.push(feat(2, wh[i], 0, 0));
            f.push(feat(3, wh[i], lang, 0));
            f.push(feat(4, hash_str(w), 0, 0));
            for k in 1..=4u64 {
                f.push(feat(10 + k, prefix(lw, k as usize), 0, 0));
                f.push(feat(20 + k, suffix(lw, k as usize), 0, 0));
            }
            f.push(feat(30, suf3[i], lang, 0));
            f.push(feat(31, suffix(lw, 2), lang, 0));
            f.push(feat(32, shapes[i], 0, 0));
            f.push(feat(33, shapes[i], lang, 0));
            let first_upper = w.chars().next().is_some_and(char::is_uppercase);
            let all_upper =
                w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
            let digit = w.chars().any(|c| c.is_ascii_digit());
            let hyphen = w.contains('-');
            let punct = !w.chars().any(char::is_alphanumeric);
            let len = w.chars().count().min(8) as u64;
            let flags = u64::from(first_upper)
                | u64::from(all_upper) << 1
                | u64::from(digit) << 2
                | u64::from(hyphen) << 3
                | u64::from(punct) << 4
                | u64::from(i == 0) << 5;
            f.push(feat(34, flags, 0, 0));
            f.push(feat(35, flags, lang, 0));
            f.push(feat(36, len, u64::from(punct), 0));
            f.push(feat(40, at(&wh, ii - 1), 0, 0));
            f.push(feat(41, at(&wh, ii + 1), 0, 0));
            f.push(feat(42, at(&wh, ii - 2), 0, 0));
            f.push(feat(43, at(&wh, ii + 2), 0, 0));
            f.push(feat(44, at(&suf3, ii - 1), 0, 0));
            f.push(feat(45, at(&suf3, ii + 1), 0, 0));
            f.push(feat(46, at(&wh, ii - 1), wh[i], 0));
            f.push(feat(47, wh[i], at(&wh, ii + 1), 0));
            f.push(feat(48, at(&wh, ii - 1), lang, 0));
            f.push(feat(49, at(&wh, ii + 1), lang, 0));
            f.push(feat(50, at(&shapes, ii + 1), 0, 0));
            f.push(feat(51, at(&shapes, ii - 1), shapes[i], 0));
            static_feats.push(f);
        }
        let mut word = Vec::with_capacity(n + 1);
        word.push(ROOT_WORD);
        word.extend_from_slice(&wh);
        Tokens {
            word,
            static_feats,
            suf3,
            lang,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.static_feats.len()
    }

    /// All tagger features of word `i` (0-based) given the two previous tags.
    pub(crate) fn tag_features(&self, i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
        out.clear();
        out.extend_from_slice(&self.static_feats[i]);
        let w = self.word[i + 1];
        out.push(feat(60, p1, 0, 0));
        out.push(feat(61, p1, p2, 0));
        out.push(feat(62, p1, w, 0));
        out.push(feat(63, p1, self.lang, 0));
        out.push(feat(64, p2, 0, 0));
        out.push(feat(65, p1, self.suf3[i], 0));
        out.push(feat(66, p1, p2, self.lang));
    }
}

/// Tags a sentence greedily; returns UPOS class indices.
pub(crate) fn tag<S: Scorer>(w: &S, toks: &Tokens) -> Vec<usize> {
    let n = toks.len();
    let mut tags = Vec::with_capacity(n);
    let mut feats = Vec::with_capacity(64);
    let mut scores = [0f32; UPOS.len()];
    for i in 0..n {
        let (p1, p2) = history(&tags, i);
        toks.tag_features(i, p1, p2, &mut feats);
        w.scores(&feats, &mut scores);
        tags.push(argmax(&scores, |_| true).unwrap_or(0));
    }
    tags
}

/// The two previous tags as feature values.
pub(crate) fn history(tags: &[usize], i: usize) -> (u64, u64) {
    let t = |k: usize| tags.get(k).map_or(NO_TAG, |&t| t as u64);
    let p1 = if i >= 1 { t(i - 1) } else { NO_TAG };
    let p2 = if i >= 2 { t(i - 2) } else { NO_TAG };
    (p1, p2)
}

/// Hash standing for "no word" in parser features.
pub(crate) fn none_word() -> u64 {
    mix(NONE_WORD, 0)
}
