//! Unsupervised word clusters learned from unlabeled text.
//!
//! Each lower-cased word gets a context vector (counts of the frequent
//! words directly left and right of it, log-scaled), which is projected to a
//! small dense vector with a fixed hashed random projection and clustered by
//! a three-level hierarchical spherical k-means (16 → ×8 → ×8 clusters).
//! The three cluster ids of a word play the role of Brown-cluster path
//! prefixes. Deterministic: no random state except a fixed-seed
//! SplitMix64.

use std::collections::HashMap;

/// Branching factors of the three levels.
pub(crate) const LEVELS: [usize; 3] = [16, 8, 8];
const DIM: usize = 96;
const CONTEXT_WORDS: usize = 1500;
const ITERATIONS: usize = 12;

/// A word → cluster path table (stored in the model file).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordClusters {
    pub(crate) map: HashMap<String, [u16; 3]>,
}

use crate::train::Rng;

fn normalise(v: &mut [f32]) {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        for x in v {
            *x /= n;
        }
    }
}

/// Spherical k-means over the rows `idx` of `vecs`; returns the cluster of
/// each row (same order as `idx`).
fn kmeans(vecs: &[f32], idx: &[usize], k: usize, rng: &mut Rng) -> Vec<usize> {
    let n = idx.len();
    if n <= k {
        return (0..n).collect();
    }
    let row = |i: usize| &vecs[i * DIM..(i + 1) * DIM];
    // deterministic farthest-point-ish init: k-means++ with the fixed rng
    let mut cent: Vec<f32> = Vec::with_capacity(k * DIM);
    let first = (rng.next() % n as u64) as usize;
    cent.extend_from_slice(row(idx[first]));
    let mut best = vec![f32::INFINITY; n];
    for c in 1..k {
        let last = &cent[(c - 1) * DIM..c * DIM];
        let mut total = 0f64;
        for (j, &i) in idx.iter().enumerate() {
            let d = 1.0 - row(i).iter().zip(last).map(|(a, b)| a * b).sum::<f32>();
            let d = d.max(0.0);
            if d < best[j] {
                best[j] = d;
            }
            total += f64::from(best[j]);
        }
        let mut target = (rng.next() >> 11) as f64 / (1u64 << 53) as f64 * total;
        let mut pick = n - 1;
        for (j, &b) in best.iter().enumerate() {
            target -= f64::from(b);
            if target <= 0.0 {
                pick = j;
                break;
            }
        }
        cent.extend_from_slice(row(idx[pick]));
    }
    let mut assign = vec![0usize; n];
    for _ in 0..ITERATIONS {
        let mut changed = false;
        for (j, &i) in idx.iter().enumerate() {
            let r = row(i);
            let mut bs = f32::NEG_INFINITY;
            let mut bc = 0;
            for c in 0..k {
                let s: f32 = r
                    .iter()
                    .zip(&cent[c * DIM..(c + 1) * DIM])
                    .map(|(a, b)| a * b)
                    .sum();
                if s > bs {
                    bs = s;
                    bc = c;
                }
            }
            if assign[j] != bc {
                changed = true;
                assign[j] = bc;
            }
        }
        let mut sums = vec![0f32; k * DIM];
        for (j, &i) in idx.iter().enumerate() {
            let c = assign[j];
            for (s, x) in sums[c * DIM..(c + 1) * DIM].iter_mut().zip(row(i)) {
                *s += x;
            }
        }
        for c in 0..k {
            let s = &mut sums[c * DIM..(c + 1) * DIM];
            if s.iter().any(|x| *x != 0.0) {
                normalise(s);
                cent[c * DIM..(c + 1) * DIM].copy_from_slice(s);
            }
        }
        if !changed {
            break;
        }
    }
    assign
}

fn hash(s: &str, salt: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ salt;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

impl WordClusters {
    /// Number of words with a cluster.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Cluster path of a lower-cased word.
    pub(crate) fn get(&self, lw: &str) -> Option<[u16; 3]> {
        self.map.get(lw).copied()
    }

    /// Learns clusters from tokenised sentences (any case; words are
    /// lower-cased). Words seen fewer than `min_count` times get none.
    pub fn learn<'a, I, S>(sentences: I, min_count: usize, seed: u64) -> WordClusters
    where
        I: IntoIterator<Item = S>,
        S: AsRef<[&'a str]>,
    {
        let sents: Vec<Vec<String>> = sentences
            .into_iter()
            .map(|s| s.as_ref().iter().map(|w| w.to_lowercase()).collect())
            .collect();
        let mut freq: HashMap<&str, usize> = HashMap::new();
        for s in &sents {
            for w in s {
                *freq.entry(w.as_str()).or_default() += 1;
            }
        }
        let mut by_freq: Vec<(&str, usize)> = freq.iter().map(|(w, c)| (*w, *c)).collect();
        by_freq.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let ctx: HashMap<&str, usize> = by_freq
            .iter()
            .take(CONTEXT_WORDS)
            .enumerate()
            .map(|(i, (w, _))| (*w, i))
            .collect();
        let vocab: Vec<&str> = by_freq
            .iter()
            .filter(|(_, c)| *c >= min_count.max(1))
            .map(|(w, _)| *w)
            .collect();
        let vid: HashMap<&str, usize> = vocab.iter().enumerate().map(|(i, w)| (*w, i)).collect();
        // sparse context counts: (left/right ±1, ±2) × context word
        let nctx = CONTEXT_WORDS + 2;
        let mut counts: Vec<HashMap<u32, f32>> = vec![HashMap::new(); vocab.len()];
        for s in &sents {
            let cid = |k: isize| -> usize {
                if k < 0 {
                    CONTEXT_WORDS
                } else if k as usize >= s.len() {
                    CONTEXT_WORDS + 1
                } else {
                    ctx.get(s[k as usize].as_str()).copied().unwrap_or(usize::MAX)
                }
            };
            for (i, w) in s.iter().enumerate() {
                let Some(&v) = vid.get(w.as_str()) else {
                    continue;
                };
                let ii = i as isize;
                for (slot, off, wt) in [(0, -1, 1.0), (1, 1, 1.0), (2, -2, 0.5), (3, 2, 0.5)] {
                    let c = cid(ii + off);
                    if c != usize::MAX {
                        *counts[v].entry((slot * nctx + c) as u32).or_default() += wt;
                    }
                }
            }
        }
        // hashed random projection of log-scaled counts
        let proj = |f: u32| -> [f32; DIM] {
            let mut r = [0f32; DIM];
            let h0 = hash(&f.to_string(), seed);
            let mut g = Rng(h0);
            for x in r.iter_mut() {
                *x = if g.next() & 1 == 0 { 1.0 } else { -1.0 };
            }
            r
        };
        let mut proj_cache: HashMap<u32, [f32; DIM]> = HashMap::new();
        let mut vecs = vec![0f32; vocab.len() * DIM];
        for (v, c) in counts.iter().enumerate() {
            let mut keys: Vec<(&u32, &f32)> = c.iter().collect();
            keys.sort_by_key(|(k, _)| **k);
            let row = &mut vecs[v * DIM..(v + 1) * DIM];
            for (f, n) in keys {
                let p = proj_cache.entry(*f).or_insert_with(|| proj(*f));
                let wgt = (1.0 + n).ln();
                for (x, y) in row.iter_mut().zip(p.iter()) {
                    *x += wgt * y;
                }
            }
            normalise(row);
        }
        let mut rng = Rng(seed);
        let all: Vec<usize> = (0..vocab.len()).collect();
        let mut path = vec![[0u16; 3]; vocab.len()];
        let mut groups: Vec<(Vec<usize>, u16)> = vec![(all, 0)];
        for (level, &k) in LEVELS.iter().enumerate() {
            let mut next = Vec::new();
            for (members, parent) in groups {
                let a = kmeans(&vecs, &members, k, &mut rng);
                let mut sub: Vec<Vec<usize>> = vec![Vec::new(); k];
                for (j, &m) in members.iter().enumerate() {
                    sub[a[j]].push(m);
                }
                for (c, s) in sub.into_iter().enumerate() {
                    let id = parent * k as u16 + c as u16;
                    for &m in &s {
                        path[m][level] = id;
                    }
                    if !s.is_empty() {
                        next.push((s, id));
                    }
                }
            }
            groups = next;
        }
        WordClusters {
            map: vocab
                .iter()
                .zip(path)
                .map(|(w, p)| (w.to_string(), p))
                .collect(),
        }
    }
}

/// Plain text of a file for cluster learning: JSON files give the string
/// values of 200 characters or more (article bodies); other files are read
/// as they are.
pub fn unlabeled_text(name: &str, content: &str) -> String {
    if !name.ends_with(".json") {
        return content.to_string();
    }
    let mut out = String::new();
    let mut chars = content.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut s = String::new();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') | Some('r') | Some('t') => s.push('\n'),
                    Some('u') => {
                        let hex: String = chars.by_ref().take(4).collect();
                        if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
                        {
                            s.push(ch);
                        } else {
                            s.push(' ');
                        }
                    }
                    Some(o) => s.push(o),
                    None => break,
                },
                o => s.push(o),
            }
        }
        if s.chars().count() >= 200 {
            out.push_str(&s);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_contexts_share_clusters() {
        let cities: Vec<String> = (0..40).map(|i| format!("city{i}")).collect();
        let verbs: Vec<String> = (0..40).map(|i| format!("verb{i}")).collect();
        let mut sents: Vec<Vec<&str>> = Vec::new();
        for i in 0..800 {
            sents.push(vec!["she", "lives", "in", &cities[i % 40], "."]);
            sents.push(vec!["he", &verbs[(i * 7) % 40], "quickly", "."]);
        }
        let cl = WordClusters::learn(&sents, 1, 7);
        let top = |w: &String| cl.get(w).unwrap()[0];
        for c in &cities {
            assert!(verbs.iter().all(|v| top(v) != top(c)));
        }
        assert_eq!(cl, WordClusters::learn(&sents, 1, 7));
    }

    #[test]
    fn json_strings() {
        let long = "x".repeat(250);
        let t = unlabeled_text("a.json", &format!("{{\"k\": \"{long}\\nA\", \"u\": \"short\"}}"));
        assert!(t.starts_with(&long) && t.contains("\nA") && !t.contains("short"));
    }
}
