//! Arc-hybrid transition system, its dynamic oracle, features and greedy
//! decoding.
//!
//! Words are numbered as in CoNLL-U: 0 is the artificial root, 1..=n the
//! words. The stack starts as `[0]`, the buffer as `1..=n`. Transitions:
//! `SHIFT` (push the buffer front `b0`), `LEFT(l)` (pop `s0`, arc
//! `b0 → s0`), `RIGHT(l)` (pop `s0`, arc `s1 → s0`). `RIGHT` onto the root
//! is only allowed when the buffer is empty and always carries the label
//! `root`, so every parse has exactly one root word.
//!
//! Classes: 0 = `SHIFT`, `1..=L` = `LEFT(label)`, `L+1..=2L` = `RIGHT(label)`.

use crate::weights::{argmax, feat, Scorer};

pub(crate) const NONE: usize = usize::MAX;
const NONE_TAG: u64 = 51;
const ROOT_TAG: u64 = 50;
const NONE_LABEL: u64 = 200;

/// A parser configuration.
pub(crate) struct State {
    n: usize,
    pub(crate) stack: Vec<usize>,
    /// The buffer front (the buffer is `b..=n`).
    pub(crate) b: usize,
    pub(crate) heads: Vec<usize>,
    pub(crate) labels: Vec<usize>,
    l1: Vec<usize>,
    l2: Vec<usize>,
    r1: Vec<usize>,
    r2: Vec<usize>,
    vl: Vec<u8>,
    vr: Vec<u8>,
    lset: Vec<u64>,
    rset: Vec<u64>,
}

/// What a class does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Move {
    Shift,
    Left(usize),
    Right(usize),
}

/// Class layout for `n_labels` labels.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Classes {
    pub(crate) n_labels: usize,
    pub(crate) root: usize,
}

impl Classes {
    pub(crate) fn count(&self) -> usize {
        1 + 2 * self.n_labels
    }
    pub(crate) fn decode(&self, c: usize) -> Move {
        if c == 0 {
            Move::Shift
        } else if c <= self.n_labels {
            Move::Left(c - 1)
        } else {
            Move::Right(c - 1 - self.n_labels)
        }
    }
}

impl State {
    pub(crate) fn new(n: usize) -> State {
        let m = n + 1;
        State {
            n,
            stack: vec![0],
            b: 1,
            heads: vec![NONE; m],
            labels: vec![NONE; m],
            l1: vec![NONE; m],
            l2: vec![NONE; m],
            r1: vec![NONE; m],
            r2: vec![NONE; m],
            vl: vec![0; m],
            vr: vec![0; m],
            lset: vec![0; m],
            rset: vec![0; m],
        }
    }

    pub(crate) fn terminal(&self) -> bool {
        self.b > self.n && self.stack.len() == 1
    }

    fn s(&self, k: usize) -> usize {
        let l = self.stack.len();
        if k < l {
            self.stack[l - 1 - k]
        } else {
            NONE
        }
    }

    fn buf(&self, k: usize) -> usize {
        let i = self.b + k;
        if i <= self.n {
            i
        } else {
            NONE
        }
    }

    pub(crate) fn legal(&self, cl: &Classes, m: Move) -> bool {
        match m {
            Move::Shift => self.b <= self.n,
            Move::Left(l) => self.b <= self.n && l != cl.root && self.stack.len() >= 2,
            Move::Right(l) => {
                let len = self.stack.len();
                if len < 2 {
                    return false;
                }
                if self.stack[len - 2] == 0 {
                    self.b > self.n && l == cl.root
                } else {
                    l != cl.root
                }
            }
        }
    }

    pub(crate) fn apply(&mut self, m: Move) {
        match m {
            Move::Shift => {
                self.stack.push(self.b);
                self.b += 1;
            }
            Move::Left(l) => {
                if let Some(d) = self.stack.pop() {
                    self.arc(self.b, d, l);
                }
            }
            Move::Right(l) => {
                if let Some(d) = self.stack.pop() {
                    let h = self.s(0);
                    self.arc(h, d, l);
                }
            }
        }
    }

    fn arc(&mut self, h: usize, d: usize, l: usize) {
        self.heads[d] = h;
        self.labels[d] = l;
        let bit = 1u64 << (l % 64);
        if d < h {
            if self.l1[h] == NONE || d < self.l1[h] {
                self.l2[h] = self.l1[h];
                self.l1[h] = d;
            } else if self.l2[h] == NONE || d < self.l2[h] {
                self.l2[h] = d;
            }
            self.vl[h] = self.vl[h].saturating_add(1);
            self.lset[h] |= bit;
        } else {
            if self.r1[h] == NONE || d > self.r1[h] {
                self.r2[h] = self.r1[h];
                self.r1[h] = d;
            } else if self.r2[h] == NONE || d > self.r2[h] {
                self.r2[h] = d;
            }
            self.vr[h] = self.vr[h].saturating_add(1);
            self.rset[h] |= bit;
        }
    }

    /// Cost (gold arcs made unreachable) of every class, for a projective
    /// gold tree (`gh[d]`, `gl[d]` for `d` in 1..=n; `gh[0]` = [`NONE`]).
    /// Illegal classes get `i32::MAX`.
    pub(crate) fn costs(&self, cl: &Classes, gh: &[usize], gl: &[usize], out: &mut Vec<i32>) {
        out.clear();
        out.resize(cl.count(), i32::MAX);
        let s0 = self.s(0);
        let s1 = self.s(1);
        let b0 = self.buf(0);
        let in_stack = |x: usize| x != NONE && self.stack.contains(&x);
        if b0 != NONE && self.legal(cl, Move::Shift) {
            let mut c = self.stack.iter().filter(|&&d| gh[d] == b0).count() as i32;
            if in_stack(gh[b0]) && gh[b0] != s0 {
                c += 1;
            }
            out[0] = c;
        }
        if s0 == NONE || s0 == 0 {
            return;
        }
        let deps_in_buffer = if b0 == NONE {
            0
        } else {
            (self.b..=self.n).filter(|&d| gh[d] == s0).count() as i32
        };
        let h = gh[s0];
        // LEFT: head b0
        if b0 != NONE {
            let base = deps_in_buffer + i32::from(h == s1 || (h != NONE && h != 0 && h > b0));
            for l in 0..cl.n_labels {
                if self.legal(cl, Move::Left(l)) {
                    out[1 + l] = base + i32::from(h == b0 && gl[s0] != l);
                }
            }
        }
        // RIGHT: head s1
        let base = deps_in_buffer + i32::from(b0 != NONE && h != NONE && h != 0 && h >= self.b);
        for l in 0..cl.n_labels {
            if self.legal(cl, Move::Right(l)) {
                out[1 + cl.n_labels + l] = base + i32::from(h == s1 && gl[s0] != l);
            }
        }
    }

    /// Zhang & Nivre (2011)-style features, adapted to arc-hybrid, hashed.
    pub(crate) fn features(&self, words: &[u64], tags: &[u64], lang: u64, out: &mut Vec<u64>) {
        out.clear();
        let none_w = crate::tagger::none_word();
        let w = |i: usize| if i == NONE { none_w } else { words[i] };
        let p = |i: usize| {
            if i == NONE {
                NONE_TAG
            } else if i == 0 {
                ROOT_TAG
            } else {
                tags[i]
            }
        };
        let lab = |i: usize| {
            if i == NONE || self.labels[i] == NONE {
                NONE_LABEL
            } else {
                self.labels[i] as u64
            }
        };
        let at = |v: &[usize], i: usize| if i == NONE { NONE } else { v[i] };
        let val = |v: &[u8], i: usize| if i == NONE { 255 } else { u64::from(v[i]) };
        let set = |v: &[u64], i: usize| if i == NONE { 1 << 63 } else { v[i] };
        let (s0, s1, s2) = (self.s(0), self.s(1), self.s(2));
        let (n0, n1, n2) = (self.buf(0), self.buf(1), self.buf(2));
        let (s0w, s0p, s1w, s1p, n0w, n0p) = (w(s0), p(s0), w(s1), p(s1), w(n0), p(n0));
        let (n1w, n1p, n2w, n2p, s2p) = (w(n1), p(n1), w(n2), p(n2), p(s2));
        let s0l = at(&self.l1, s0);
        let s0l2 = at(&self.l2, s0);
        let s0r = at(&self.r1, s0);
        let s0r2 = at(&self.r2, s0);
        let n0l = at(&self.l1, n0);
        let n0l2 = at(&self.l2, n0);
        let s1l = at(&self.l1, s1);
        let s1r = at(&self.r1, s1);
        let dist = |a: usize, b: usize| -> u64 {
            if a == NONE || b == NONE {
                0
            } else {
                let d = a.abs_diff(b) as u64;
                match d {
                    0..=4 => d,
                    5..=9 => 5,
                    _ => 6,
                }
            }
        };
        let d = dist(s0, n0);
        let d2 = dist(s1, s0);
        let flags = (self.stack.len().min(4) as u64) | u64::from(n0 == NONE) << 3;
        let f = |t: u64, a: u64, b: u64, c: u64| feat(t, a, b, c);
        out.extend_from_slice(&[
            f(1, flags, 0, 0),
            // single words
            f(2, s0w, 0, 0),
            f(3, s0p, 0, 0),
            f(4, s0w, s0p, 0),
            f(5, n0w, 0, 0),
            f(6, n0p, 0, 0),
            f(7, n0w, n0p, 0),
            f(8, n1w, 0, 0),
            f(9, n1p, 0, 0),
            f(10, n1w, n1p, 0),
            f(11, n2w, 0, 0),
            f(12, n2p, 0, 0),
            f(13, s1w, 0, 0),
            f(14, s1p, 0, 0),
            f(15, s1w, s1p, 0),
            f(16, s2p, 0, 0),
            // pairs
            f(20, s0w, s0p, mix2(n0w, n0p)),
            f(21, s0w, s0p, n0w),
            f(22, s0w, n0w, n0p),
            f(23, s0w, s0p, n0p),
            f(24, s0p, n0w, n0p),
            f(25, s0w, n0w, 0),
            f(26, s0p, n0p, 0),
            f(27, n0p, n1p, 0),
            f(28, s1w, s0w, 0),
            f(29, s1p, s0p, 0),
            f(30, s1w, s1p, s0p),
            f(31, s1p, s0w, s0p),
            f(32, s1w, s0p, 0),
            f(33, s1p, s0w, 0),
            f(34, s1w, n0w, 0),
            f(35, s1p, n0p, 0),
            // trigrams of tags
            f(40, n0p, n1p, n2p),
            f(41, s0p, n0p, n1p),
            f(42, s1p, s0p, n0p),
            f(43, s0p, p(s0l), n0p),
            f(44, s0p, p(s0r), n0p),
            f(45, s0p, n0p, p(n0l)),
            f(46, s1p, s0p, p(s0l)),
            f(47, s1p, s0p, p(s0r)),
            f(48, s1p, p(s1r), s0p),
            f(49, s2p, s1p, s0p),
            f(50, s1p, p(s1l), s0p),
            // distance
            f(55, s0w, d, 0),
            f(56, s0p, d, 0),
            f(57, n0w, d, 0),
            f(58, n0p, d, 0),
            f(59, s0w, n0w, d),
            f(60, s0p, n0p, d),
            f(61, s1p, s0p, d2),
            f(62, s1w, s0w, d2),
            f(63, s1p, s0w, d2),
            f(64, s1w, s0p, d2),
            // valency
            f(70, s0w, val(&self.vr, s0), 0),
            f(71, s0p, val(&self.vr, s0), 0),
            f(72, s0w, val(&self.vl, s0), 0),
            f(73, s0p, val(&self.vl, s0), 0),
            f(74, n0w, val(&self.vl, n0), 0),
            f(75, n0p, val(&self.vl, n0), 0),
            f(76, s1p, val(&self.vr, s1), 0),
            f(77, s1p, val(&self.vl, s1), 0),
            // children
            f(80, w(s0l), 0, 0),
            f(81, p(s0l), 0, 0),
            f(82, lab(s0l), 0, 0),
            f(83, w(s0r), 0, 0),
            f(84, p(s0r), 0, 0),
            f(85, lab(s0r), 0, 0),
            f(86, w(n0l), 0, 0),
            f(87, p(n0l), 0, 0),
            f(88, lab(n0l), 0, 0),
            f(89, w(s1r), p(s1r), 0),
            f(90, lab(s1r), 0, 0),
            f(91, p(s1l), lab(s1l), 0),
            f(92, s0p, lab(s0l), lab(s0r)),
            f(93, s1p, lab(s1l), lab(s1r)),
            // second children
            f(100, w(s0l2), 0, 0),
            f(101, p(s0l2), 0, 0),
            f(102, lab(s0l2), 0, 0),
            f(103, w(s0r2), 0, 0),
            f(104, p(s0r2), 0, 0),
            f(105, lab(s0r2), 0, 0),
            f(106, w(n0l2), 0, 0),
            f(107, p(n0l2), 0, 0),
            f(108, lab(n0l2), 0, 0),
            f(109, s0p, p(s0l), p(s0l2)),
            f(110, s0p, p(s0r), p(s0r2)),
            f(111, n0p, p(n0l), p(n0l2)),
            // label sets
            f(120, s0w, set(&self.rset, s0), 0),
            f(121, s0p, set(&self.rset, s0), 0),
            f(122, s0w, set(&self.lset, s0), 0),
            f(123, s0p, set(&self.lset, s0), 0),
            f(124, n0w, set(&self.lset, n0), 0),
            f(125, n0p, set(&self.lset, n0), 0),
            f(126, s1p, set(&self.rset, s1), 0),
            // language conjunctions
            f(130, lang, s0p, n0p),
            f(131, lang, s1p, s0p),
            f(132, lang, s0p, d),
            f(133, lang, n0p, p(n0l)),
            f(134, lang, s0w, 0),
            f(135, lang, flags, 0),
            f(136, lang, s1p, s0p ^ (d2 << 8)),
        ]);
    }
}

#[inline]
fn mix2(a: u64, b: u64) -> u64 {
    crate::weights::mix(a, b)
}

/// Parses one sentence greedily. `words` and `tags` are indexed by word id
/// (index 0 = the root). Returns (heads, labels) indexed by word id.
pub(crate) fn parse<S: Scorer>(
    w: &S,
    cl: &Classes,
    words: &[u64],
    tags: &[u64],
    lang: u64,
) -> (Vec<usize>, Vec<usize>) {
    let n = words.len() - 1;
    let mut st = State::new(n);
    let mut feats = Vec::with_capacity(128);
    let mut scores = vec![0f32; cl.count()];
    while !st.terminal() {
        st.features(words, tags, lang, &mut feats);
        w.scores(&feats, &mut scores);
        let Some(c) = argmax(&scores, |c| st.legal(cl, cl.decode(c))) else {
            break;
        };
        st.apply(cl.decode(c));
    }
    (st.heads, st.labels)
}

/// Whether the arc into `d` is projective: every word strictly between `d`
/// and its head descends from the head.
fn arc_projective(heads: &[usize], d: usize) -> bool {
    let h = heads[d];
    let (a, b) = if h < d { (h, d) } else { (d, h) };
    ((a + 1)..b).all(|k| {
        let mut x = k;
        let mut steps = 0;
        while x != 0 && x != h && steps <= heads.len() {
            x = heads[x];
            steps += 1;
        }
        x == h
    })
}

/// Whether `heads` (index 0 unused, `heads[d]` in 0..=n) is a tree rooted at 0.
pub(crate) fn is_tree(heads: &[usize]) -> bool {
    let n = heads.len().saturating_sub(1);
    (1..=n).all(|d| {
        let mut x = d;
        let mut steps = 0;
        while x != 0 {
            if steps > n || heads[x] > n {
                return false;
            }
            x = heads[x];
            steps += 1;
        }
        true
    })
}

/// Makes a tree projective by lifting: while some arc is non-projective,
/// the shortest such arc (leftmost on ties) is re-attached to its head's
/// head. Labels are kept. Returns the number of lifts.
pub(crate) fn projectivise(heads: &mut [usize]) -> usize {
    let n = heads.len().saturating_sub(1);
    let mut lifts = 0;
    loop {
        let worst = (1..=n)
            .filter(|&d| !arc_projective(heads, d))
            .min_by_key(|&d| (d.abs_diff(heads[d]), d));
        match worst {
            Some(d) if heads[d] != 0 && lifts < 4 * n => {
                heads[d] = heads[heads[d]];
                lifts += 1;
            }
            _ => return lifts,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes() -> Classes {
        // labels: 0 = root, 1 = nsubj, 2 = obj, 3 = det, 4 = punct
        Classes {
            n_labels: 5,
            root: 0,
        }
    }

    /// Follows zero-cost transitions, picking among them with `pick`.
    fn follow(gh: &[usize], gl: &[usize], mut pick: impl FnMut(&[usize]) -> usize) -> State {
        let cl = classes();
        let mut st = State::new(gh.len() - 1);
        let mut costs = Vec::new();
        let mut steps = 0;
        while !st.terminal() {
            st.costs(&cl, gh, gl, &mut costs);
            let zero: Vec<usize> = (0..cl.count()).filter(|&c| costs[c] == 0).collect();
            assert!(!zero.is_empty(), "no zero-cost transition at step {steps}");
            st.apply(cl.decode(zero[pick(&zero)]));
            steps += 1;
            assert!(steps <= 2 * gh.len());
        }
        st
    }

    #[test]
    fn zero_cost_transitions_rebuild_gold_projective_trees() {
        // "the cat saw a dog ." with saw as root
        let gh = [NONE, 2, 3, 0, 5, 3, 3];
        let gl = [NONE, 3, 1, 0, 3, 2, 4];
        for seed in 0..50u64 {
            let mut r = seed;
            let st = follow(&gh, &gl, |z| {
                r = crate::weights::fmix(r + 1);
                (r % z.len() as u64) as usize
            });
            assert_eq!(&st.heads[1..], &gh[1..]);
            assert_eq!(&st.labels[1..], &gl[1..]);
        }
        // a right-branching chain and a left-branching one
        let gh = [NONE, 0, 1, 2, 3];
        let gl = [NONE, 0, 1, 1, 1];
        let st = follow(&gh, &gl, |_| 0);
        assert_eq!(&st.heads[1..], &gh[1..]);
        let gh = [NONE, 2, 3, 4, 0];
        let gl = [NONE, 3, 3, 3, 0];
        let st = follow(&gh, &gl, |z| z.len() - 1);
        assert_eq!(&st.heads[1..], &gh[1..]);
    }

    #[test]
    fn wrong_moves_cost_and_oracle_recovers() {
        let cl = classes();
        let gh = [NONE, 2, 3, 0, 5, 3, 3];
        let gl = [NONE, 3, 1, 0, 3, 2, 4];
        let mut st = State::new(6);
        let mut costs = Vec::new();
        st.apply(Move::Shift); // [0, the]
        st.costs(&cl, &gh, &gl, &mut costs);
        assert_eq!(costs[0], 1, "shifting 'cat' loses the→cat");
        assert_eq!(costs[1 + 3], 0, "LEFT(det) is right");
        assert_eq!(costs[1 + 2], 1, "LEFT(obj) has the wrong label");
        // take a wrong move, then follow the oracle: only that arc is lost
        st.apply(Move::Shift);
        while !st.terminal() {
            st.costs(&cl, &gh, &gl, &mut costs);
            let best = (0..cl.count()).min_by_key(|&c| costs[c]).unwrap();
            assert_eq!(costs[best], 0);
            st.apply(cl.decode(best));
        }
        let wrong = (1..=6).filter(|&d| st.heads[d] != gh[d]).count();
        assert_eq!(wrong, 1);
    }

    #[test]
    fn lifting_makes_trees_projective() {
        // 1 → 3 crosses 2 → 4 ... a classic crossing: heads 0:root=2, 1←3? build one
        let mut heads = vec![NONE, 3, 0, 2, 1];
        assert!(is_tree(&heads));
        assert!(!(1..=4).all(|d| arc_projective(&heads, d)));
        assert!(projectivise(&mut heads) > 0);
        assert!((1..=4).all(|d| arc_projective(&heads, d)));
        assert!(is_tree(&heads));
        assert!(!is_tree(&[NONE, 2, 1]));
    }
}
