//! Hashed weight tables and feature hashing.
//!
//! A feature is a 64-bit hash `h`; its weights for the `C` classes are the
//! `C` consecutive entries starting at `h mod 2^bits` (the table has `C`
//! extra entries at the end, so a window never wraps). Windows of different
//! features may overlap, which is one more kind of hash collision; reading a
//! contiguous window keeps scoring cache-friendly.

/// Splitmix64 finaliser.
#[inline]
pub(crate) fn fmix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Combines a running hash with one more value.
#[inline]
pub(crate) fn mix(h: u64, x: u64) -> u64 {
    fmix(h.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ x)
}

/// Hash of a feature template with up to three values.
#[inline]
pub(crate) fn feat(t: u64, a: u64, b: u64, c: u64) -> u64 {
    mix(mix(mix(t.wrapping_add(0x5151), a), b), c)
}

/// FNV-1a 64 of a string, finalised.
pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    fmix(h)
}

/// Something that scores the classes of one decision from its features.
pub(crate) trait Scorer {
    /// Writes one score per class into `out` (`out.len()` = class count).
    fn scores(&self, feats: &[u64], out: &mut [f32]);
}

/// A quantised table as stored in the model file: `i16` weights, scores
/// summed exactly in `i32` (the file's scale does not change any argmax).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Table {
    pub(crate) bits: u32,
    pub(crate) classes: usize,
    pub(crate) scale: f32,
    pub(crate) w: Vec<i16>,
}

impl Table {
    pub(crate) fn len_for(bits: u32, classes: usize) -> usize {
        (1usize << bits) + classes
    }
}

impl Scorer for Table {
    fn scores(&self, feats: &[u64], out: &mut [f32]) {
        let c = self.classes;
        let mask = (1u64 << self.bits) - 1;
        let mut acc = [0i32; 128];
        let acc = &mut acc[..c];
        // Each feature reads a row at a random place in a table of megabytes:
        // ask for every row first, so that the memory fetches overlap
        // instead of each waiting for the one before.
        for &h in feats {
            prefetch(&self.w[(h & mask) as usize..][..c]);
        }
        for &h in feats {
            let base = (h & mask) as usize;
            for (a, &w) in acc.iter_mut().zip(&self.w[base..base + c]) {
                *a += i32::from(w);
            }
        }
        for (o, a) in out.iter_mut().zip(acc.iter()) {
            *o = *a as f32;
        }
    }
}

/// Hints the processor to bring `row` into cache; does nothing elsewhere than on x86-64.
#[inline]
fn prefetch(row: &[i16]) {
    #[cfg(target_arch = "x86_64")]
    for line in row.chunks(32) {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: a prefetch is a hint: it never faults and changes no value
        // the program reads; the pointer comes from a live slice anyway.
        unsafe { _mm_prefetch::<_MM_HINT_T0>(line.as_ptr().cast()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = row;
}

/// A training table: current weights plus the running sums for averaging.
pub(crate) struct TrainTable {
    bits: u32,
    classes: usize,
    w: Vec<f32>,
    /// Sum of `c × update`, for the averaged weights `w - acc / c`.
    acc: Vec<f64>,
    /// Instance counter (starts at 1).
    c: f64,
}

impl TrainTable {
    pub(crate) fn new(bits: u32, classes: usize) -> TrainTable {
        let n = Table::len_for(bits, classes);
        TrainTable {
            bits,
            classes,
            w: vec![0.0; n],
            acc: vec![0.0; n],
            c: 1.0,
        }
    }

    /// One more training instance seen.
    pub(crate) fn tick(&mut self) {
        self.c += 1.0;
    }

    /// Adds `delta` to the weights of class `class` of every feature.
    pub(crate) fn update(&mut self, feats: &[u64], class: usize, delta: f32) {
        let mask = (1u64 << self.bits) - 1;
        let cd = self.c * f64::from(delta);
        for &h in feats {
            let i = (h & mask) as usize + class;
            self.w[i] += delta;
            self.acc[i] += cd;
        }
    }

    /// The averaged weights, quantised to `i16` with one scale; entries whose
    /// magnitude rounds below `prune` quanta are set to zero.
    pub(crate) fn averaged(&self, prune: i16) -> Table {
        let avg: Vec<f32> = self
            .w
            .iter()
            .zip(&self.acc)
            .map(|(&w, &a)| (f64::from(w) - a / self.c) as f32)
            .collect();
        let m = avg.iter().fold(0f32, |m, x| m.max(x.abs()));
        let scale = if m == 0.0 { 1.0 } else { m / 32767.0 };
        let w = avg
            .iter()
            .map(|x| {
                let q = (x / scale).round().clamp(-32767.0, 32767.0) as i16;
                if q.abs() < prune {
                    0
                } else {
                    q
                }
            })
            .collect();
        Table {
            bits: self.bits,
            classes: self.classes,
            scale,
            w,
        }
    }
}

impl Scorer for TrainTable {
    fn scores(&self, feats: &[u64], out: &mut [f32]) {
        let c = self.classes;
        let mask = (1u64 << self.bits) - 1;
        out.iter_mut().for_each(|o| *o = 0.0);
        for &h in feats {
            let base = (h & mask) as usize;
            for (o, &w) in out.iter_mut().zip(&self.w[base..base + c]) {
                *o += w;
            }
        }
    }
}

/// Index of the highest score among the allowed classes (the first on ties);
/// `None` when nothing is allowed.
pub(crate) fn argmax(scores: &[f32], allowed: impl Fn(usize) -> bool) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, &s) in scores.iter().enumerate() {
        if allowed(i) && best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i)
}
