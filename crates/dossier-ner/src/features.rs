//! Hashed token features.

use crate::clusters::WordClusters;
use crate::conll::Label;
use crate::lexicon::{Gazetteer, DEMONYMS, ORG_SUFFIXES, ROLE_STEMS, TITLES};
use std::collections::{HashMap, HashSet};

/// FNV-1a 64 with a final avalanche; stable across platforms and versions.
#[derive(Clone, Copy)]
struct Hasher(u64);

impl Hasher {
    fn new(template: u8) -> Hasher {
        let mut h = Hasher(0xcbf2_9ce4_8422_2325);
        h.byte(template);
        h
    }
    fn byte(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
    }
    fn str(mut self, s: &str) -> Hasher {
        for b in s.bytes() {
            self.byte(b);
        }
        self.byte(0xff);
        self
    }
    fn finish(self) -> u64 {
        let mut x = self.0;
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^= x >> 33;
        x
    }
}

/// Word shape: character classes (X upper, x lower, d digit, other kept),
/// `short` collapses runs ("Xx-Xx"), `long` keeps up to 6 of each run.
fn shapes(w: &str) -> (String, String) {
    let mut long = String::new();
    let mut short = String::new();
    let mut last: Option<char> = None;
    let mut run = 0;
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
        if Some(k) == last {
            run += 1;
        } else {
            run = 1;
            short.push(k);
        }
        if run <= 4 {
            long.push(k);
        }
        last = Some(k);
    }
    (long, short)
}

pub(crate) struct Lexicons {
    titles: HashSet<&'static str>,
    org_suffixes: HashSet<&'static str>,
    demonyms: HashSet<String>,
}

impl Lexicons {
    pub(crate) fn new() -> Lexicons {
        Lexicons {
            titles: TITLES.iter().copied().collect(),
            org_suffixes: ORG_SUFFIXES.iter().copied().collect(),
            demonyms: DEMONYMS.iter().map(|d| d.to_string()).collect(),
        }
    }
    fn is_title(&self, lw: &str) -> bool {
        self.titles.contains(lw)
    }
    fn is_role_compound(&self, lw: &str) -> bool {
        lw.chars().count() >= 8 && ROLE_STEMS.iter().any(|s| lw.contains(s))
    }
    fn is_org_suffix(&self, lw: &str) -> bool {
        self.org_suffixes.contains(lw.trim_end_matches('.'))
    }
}

/// Per-token precomputation for one sentence.
pub(crate) struct SentCtx<'a> {
    words: &'a [&'a str],
    lower: Vec<String>,
    long_shape: Vec<String>,
    short_shape: Vec<String>,
    title: Vec<bool>,
    role: Vec<bool>,
    org_suf: Vec<bool>,
    demonym: Vec<bool>,
    gaz: Vec<Option<(Label, bool)>>,
    stats: Vec<u8>,
    clusters: Vec<Option<[u16; 3]>>,
    /// Whether any word of the sentence has a cluster (computed once: checking
    /// per token made long sentences quadratic).
    any_cluster: bool,
    all_caps_sentence: bool,
}

impl<'a> SentCtx<'a> {
    pub(crate) fn new(
        words: &'a [&'a str],
        lex: &Lexicons,
        gaz: &Gazetteer,
        stats: &WordStats,
        clusters: &WordClusters,
    ) -> SentCtx<'a> {
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let (long_shape, short_shape): (Vec<_>, Vec<_>) = words.iter().map(|w| shapes(w)).unzip();
        let letters: Vec<&&str> = words
            .iter()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .collect();
        let all_caps_sentence =
            letters.len() >= 3 && letters.iter().all(|w| !w.chars().any(char::is_lowercase));
        let word_clusters: Vec<Option<[u16; 3]>> = lower.iter().map(|l| clusters.get(l)).collect();
        let any_cluster = word_clusters.iter().any(Option::is_some);
        SentCtx {
            title: lower.iter().map(|l| lex.is_title(l)).collect(),
            role: lower.iter().map(|l| lex.is_role_compound(l)).collect(),
            org_suf: lower.iter().map(|l| lex.is_org_suffix(l)).collect(),
            demonym: words
                .iter()
                .zip(&lower)
                .map(|(w, l)| lex.demonyms.contains(*w) || lex.demonyms.contains(l))
                .collect(),
            gaz: gaz.annotate(words),
            stats: lower.iter().map(|l| stats.bucket(l)).collect(),
            clusters: word_clusters,
            any_cluster,
            words,
            lower,
            long_shape,
            short_shape,
            all_caps_sentence,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }

    fn lw(&self, i: isize) -> &str {
        if i < 0 {
            "<S>"
        } else {
            self.lower.get(i as usize).map_or("</S>", String::as_str)
        }
    }

    fn sshape(&self, i: isize) -> &str {
        if i < 0 {
            "<S>"
        } else {
            self.short_shape
                .get(i as usize)
                .map_or("</S>", String::as_str)
        }
    }

    fn gaz_str(&self, i: isize) -> &'static str {
        if i < 0 || i as usize >= self.len() {
            return "-";
        }
        match self.gaz[i as usize] {
            None => "O",
            Some((l, first)) => match (l, first) {
                (Label::Per, true) => "B-PER",
                (Label::Per, false) => "I-PER",
                (Label::Org, true) => "B-ORG",
                (Label::Org, false) => "I-ORG",
                (Label::Loc, true) => "B-LOC",
                (Label::Loc, false) => "I-LOC",
                (Label::Misc, true) => "B-MISC",
                (Label::Misc, false) => "I-MISC",
            },
        }
    }

    /// Appends the hashed feature ids of token `i` (already masked).
    pub(crate) fn features(&self, i: usize, mask: u64, out: &mut Vec<u32>) {
        let ii = i as isize;
        let mut push = |h: Hasher| out.push((h.finish() & mask) as u32);
        let w = self.words[i];
        let lw = self.lower[i].as_str();
        push(Hasher::new(0));
        push(Hasher::new(1).str(lw));
        push(Hasher::new(2).str(w));
        push(Hasher::new(3).str(&self.long_shape[i]));
        push(Hasher::new(4).str(&self.short_shape[i]));
        let chars: Vec<char> = lw.chars().collect();
        let n = chars.len();
        for k in 1..=4.min(n) {
            let p: String = chars[..k].iter().collect();
            let s: String = chars[n - k..].iter().collect();
            push(Hasher::new(10 + k as u8).str(&p));
            push(Hasher::new(20 + k as u8).str(&s));
        }
        let first = w.chars().next();
        let cap = first.is_some_and(char::is_uppercase);
        let all_caps = cap && !w.chars().any(char::is_lowercase);
        let cap_class = match (cap, all_caps, i == 0) {
            (true, true, _) => "ALLCAPS",
            (true, false, true) => "Cap-initial",
            (true, false, false) => "Cap-mid",
            (false, _, true) => "low-initial",
            (false, _, false) => "low-mid",
        };
        push(Hasher::new(5).str(cap_class));
        let sentence_kind = if self.all_caps_sentence {
            "caps-sent"
        } else {
            "mixed-sent"
        };
        push(Hasher::new(6).str(cap_class).str(sentence_kind));
        push(Hasher::new(7).str(lw).str(cap_class));
        // context words and shapes
        push(Hasher::new(30).str(self.lw(ii - 1)));
        push(Hasher::new(31).str(self.lw(ii - 2)));
        push(Hasher::new(32).str(self.lw(ii + 1)));
        push(Hasher::new(33).str(self.lw(ii + 2)));
        push(Hasher::new(34).str(self.lw(ii - 1)).str(lw));
        push(Hasher::new(35).str(lw).str(self.lw(ii + 1)));
        push(Hasher::new(36).str(self.sshape(ii - 1)));
        push(Hasher::new(37).str(self.sshape(ii + 1)));
        push(
            Hasher::new(38)
                .str(self.sshape(ii - 1))
                .str(&self.short_shape[i])
                .str(self.sshape(ii + 1)),
        );
        push(
            Hasher::new(39)
                .str(self.lw(ii - 1))
                .str(&self.short_shape[i]),
        );
        push(
            Hasher::new(40)
                .str(&self.short_shape[i])
                .str(self.lw(ii + 1)),
        );
        // titles, roles, organisation suffixes
        let at = |v: &Vec<bool>, k: isize| k >= 0 && v.get(k as usize).copied().unwrap_or(false);
        if at(&self.title, ii) {
            push(Hasher::new(50));
        }
        if at(&self.title, ii - 1) {
            push(Hasher::new(51).str(cap_class));
        }
        if at(&self.title, ii - 2) {
            push(Hasher::new(52));
        }
        if at(&self.role, ii) {
            push(Hasher::new(53));
        }
        if at(&self.role, ii - 1) {
            push(Hasher::new(54).str(cap_class));
        }
        if at(&self.org_suf, ii) {
            push(Hasher::new(55).str(cap_class));
        }
        for k in 1..=3 {
            if at(&self.org_suf, ii + k) {
                push(Hasher::new(56).byte_str(k as u8));
            }
        }
        if at(&self.demonym, ii) {
            push(Hasher::new(57).str(cap_class));
        }
        // gazetteer
        push(Hasher::new(60).str(self.gaz_str(ii)));
        push(Hasher::new(61).str(self.gaz_str(ii - 1)));
        push(Hasher::new(62).str(self.gaz_str(ii + 1)));
        push(Hasher::new(63).str(self.gaz_str(ii)).str(cap_class));
        // how often the word was inside an entity in the training data
        let st = |k: isize| {
            if k < 0 || k as usize >= self.len() {
                255
            } else {
                self.stats[k as usize]
            }
        };
        push(Hasher::new(64).byte_str(st(ii)));
        push(Hasher::new(65).byte_str(st(ii)).str(cap_class));
        push(Hasher::new(66).byte_str(st(ii - 1)));
        push(Hasher::new(67).byte_str(st(ii + 1)));
        push(Hasher::new(68).byte_str(st(ii)).str(self.gaz_str(ii)));
        // word clusters (path prefixes at three depths)
        if self.any_cluster {
            let cl = |k: isize, level: usize| -> u16 {
                if k < 0 {
                    0xfffe
                } else {
                    match self.clusters.get(k as usize) {
                        None => 0xfffd,
                        Some(None) => 0xffff,
                        Some(Some(p)) => p[level],
                    }
                }
            };
            for level in 0..3 {
                let c = cl(ii, level);
                push(Hasher::new(80 + level as u8).u16(c));
                push(Hasher::new(83 + level as u8).u16(c).str(cap_class));
            }
            push(Hasher::new(86).u16(cl(ii - 1, 1)));
            push(Hasher::new(87).u16(cl(ii + 1, 1)));
            push(Hasher::new(88).u16(cl(ii - 1, 2)));
            push(Hasher::new(89).u16(cl(ii + 1, 2)));
            push(Hasher::new(90).u16(cl(ii - 1, 1)).u16(cl(ii, 1)));
            push(Hasher::new(91).u16(cl(ii, 1)).u16(cl(ii + 1, 1)));
            push(Hasher::new(92).u16(cl(ii - 2, 0)));
            push(Hasher::new(93).u16(cl(ii + 2, 0)));
        }
        // misc flags
        let has_digit = w.chars().any(char::is_numeric);
        let has_hyphen = w.contains('-');
        let has_alpha = w.chars().any(char::is_alphabetic);
        push(
            Hasher::new(70).str(match (has_alpha, has_digit, has_hyphen) {
                (false, false, _) => "punct",
                (false, true, _) => "num",
                (true, true, _) => "alnum",
                (true, false, true) => "hyphen",
                (true, false, false) => "word",
            }),
        );
        push(Hasher::new(71).str(match n {
            0..=1 => "1",
            2..=3 => "2-3",
            4..=6 => "4-6",
            7..=10 => "7-10",
            _ => "11+",
        }));
    }
}

/// Per lower-cased word: a bucket of "share of occurrences inside an
/// entity" × frequency, learned from training data (words seen fewer than
/// twice are absent).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct WordStats {
    pub(crate) map: HashMap<String, u8>,
}

impl WordStats {
    pub(crate) fn bucket(&self, lw: &str) -> u8 {
        self.map.get(lw).copied().unwrap_or(0)
    }

    /// Builds the table from `(lower-cased word, inside an entity)` pairs.
    pub(crate) fn from_counts<'a>(items: impl Iterator<Item = (&'a str, bool)>) -> WordStats {
        let mut c: HashMap<&str, (u32, u32)> = HashMap::new();
        for (w, ent) in items {
            let e = c.entry(w).or_default();
            e.0 += 1;
            e.1 += u32::from(ent);
        }
        let map = c
            .into_iter()
            .filter(|(_, (n, _))| *n >= 2)
            .map(|(w, (n, e))| {
                let r = e as f64 / n as f64;
                let rb: u8 = match r {
                    0.0 => 1,
                    r if r < 0.1 => 2,
                    r if r < 0.3 => 3,
                    r if r < 0.6 => 4,
                    r if r < 0.9 => 5,
                    r if r < 1.0 => 6,
                    _ => 7,
                };
                let fb: u8 = match n {
                    0..=4 => 0,
                    5..=19 => 1,
                    _ => 2,
                };
                (w.to_string(), rb * 4 + fb)
            })
            .collect();
        WordStats { map }
    }
}

impl Hasher {
    fn byte_str(mut self, b: u8) -> Hasher {
        self.byte(b);
        self
    }
    fn u16(mut self, v: u16) -> Hasher {
        for b in v.to_le_bytes() {
            self.byte(b);
        }
        self.byte(0xfe);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_shapes() {
        assert_eq!(shapes("Xi-Jinping").1, "Xx-Xx");
        assert_eq!(shapes("NATO").1, "X");
        assert_eq!(shapes("NATO").0, "XXXX");
        assert_eq!(shapes("1984").0, "dddd");
        assert_eq!(shapes("Bundesinnenministerin").0, "Xxxxx");
    }

    #[test]
    fn features_are_deterministic_and_masked() {
        let lex = Lexicons::new();
        let gaz = Gazetteer::builtin();
        let words = ["Dr.", "Angela", "Merkel", "visits", "France", "."];
        let ctx = SentCtx::new(&words, &lex, &gaz, &WordStats::default(), &WordClusters::default());
        let mut a = Vec::new();
        let mut b = Vec::new();
        ctx.features(1, 0xffff, &mut a);
        ctx.features(1, 0xffff, &mut b);
        assert_eq!(a, b);
        assert!(a.iter().all(|&f| f <= 0xffff));
        assert_eq!(ctx.gaz_str(4), "B-LOC");
    }
}
