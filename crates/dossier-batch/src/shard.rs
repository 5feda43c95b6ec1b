//! Stable hashing of work keys, used for `--shard K/N` and for the resume
//! checkpoint.

use crate::Error;
use sha2::{Digest, Sha256};

/// A 64-bit hash of a work key (`path`, `path:LINE`, `path#RECORD`, a URL)
/// that is the same on every machine, platform and Rust version: the first
/// eight bytes of its SHA-256, big-endian.
pub fn stable_hash(key: &str) -> u64 {
    let digest = Sha256::digest(key.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    u64::from_be_bytes(first)
}

/// One of `n` disjoint parts of a corpus: `k` counts from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub k: u64,
    pub n: u64,
}

impl Shard {
    /// The whole corpus.
    pub const ALL: Shard = Shard { k: 1, n: 1 };

    /// Whether this shard holds the work item named `key`. Every key belongs
    /// to exactly one of the shards `1/N` … `N/N`, whatever the order in
    /// which files are listed.
    pub fn contains(&self, key: &str) -> bool {
        self.n <= 1 || stable_hash(key) % self.n == self.k - 1
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.k, self.n)
    }
}

impl std::str::FromStr for Shard {
    type Err = Error;

    /// `K/N` with `1 <= K <= N`.
    fn from_str(s: &str) -> Result<Shard, Error> {
        let bad = || Error::Usage(format!("--shard takes K/N with 1 <= K <= N, got {s:?}"));
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let k: u64 = k.trim().parse().map_err(|_| bad())?;
        let n: u64 = n.trim().parse().map_err(|_| bad())?;
        if n == 0 || k == 0 || k > n {
            return Err(bad());
        }
        Ok(Shard { k, n })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_stable() {
        // Fixed values: changing the hash would re-shard every existing corpus.
        assert_eq!(stable_hash(""), 0xe3b0c44298fc1c14);
        assert_eq!(stable_hash("a.jsonl:1"), stable_hash("a.jsonl:1"));
        assert_ne!(stable_hash("a.jsonl:1"), stable_hash("a.jsonl:2"));
    }

    #[test]
    fn shards_partition_the_keys() {
        let shards: Vec<Shard> = (1..=3).map(|k| Shard { k, n: 3 }).collect();
        let mut sizes = [0usize; 3];
        for i in 0..3000 {
            let key = format!("dump.jsonl:{i}");
            let owners: Vec<usize> = (0..3).filter(|&s| shards[s].contains(&key)).collect();
            assert_eq!(owners.len(), 1, "{key}");
            sizes[owners[0]] += 1;
        }
        assert!(sizes.iter().all(|&s| s > 800), "{sizes:?}");
        assert!(Shard::ALL.contains("anything"));
    }

    #[test]
    fn shard_arguments_are_checked() {
        assert_eq!("2/3".parse::<Shard>().ok(), Some(Shard { k: 2, n: 3 }));
        for bad in ["0/3", "4/3", "1/0", "x/2", "3", ""] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }
}
