//! Helpers shared by the evaluation binaries: reading gzip'ed pages, the
//! evaluation sets' layouts ([`sets`]), the article-extraction-benchmark
//! shingle metric and trafilatura's with/without snippet metric ([`snippets`]).

pub mod sets;
pub mod snippets;

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

/// Why a benchmark file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("cannot parse {path}: {source}")]
    Json { path: String, source: serde_json::Error },
    #[error("{path}: {reason}")]
    Layout { path: String, reason: String },
}

/// Reads a file, gunzipping it when its name ends in `.gz`; invalid UTF-8 is
/// replaced rather than rejected, as a crawler would.
pub fn read_page(path: &Path) -> Result<String, Error> {
    let io = |source| Error::Io { path: path.display().to_string(), source };
    let bytes = std::fs::read(path).map_err(io)?;
    let bytes = if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&bytes[..]).read_to_end(&mut out).map_err(io)?;
        out
    } else {
        bytes
    };
    Ok(decode(&bytes))
}

/// Bytes to text as a browser would for a saved page: UTF-8 when valid, else
/// the `<meta charset>` the page declares, else Windows-1252 (what HTML
/// parsers assume for undeclared legacy pages).
fn decode(bytes: &[u8]) -> String {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_string();
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let declared = head.find("charset=").and_then(|i| {
        let label: String = head[i + 8..].trim_start_matches(['"', '\'']).chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
        encoding_rs::Encoding::for_label(label.as_bytes())
    });
    let enc = declared.filter(|e| *e != encoding_rs::UTF_8).unwrap_or(encoding_rs::WINDOWS_1252);
    enc.decode(bytes).0.into_owned()
}

/// Reads and parses a JSON file.
pub fn read_json(path: &Path) -> Result<serde_json::Value, Error> {
    let s = std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.display().to_string(), source })?;
    serde_json::from_str(&s).map_err(|source| Error::Json { path: path.display().to_string(), source })
}

/// `\w+` tokens as Python's `re` finds them (letters, digits, underscore).
fn tokens(text: &str) -> Vec<&str> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    text.split(|c: char| !is_word(c)).filter(|t| !t.is_empty()).collect()
}

fn shingles(text: &str, n: usize) -> HashMap<Vec<&str>, usize> {
    let toks = tokens(text);
    let mut out = HashMap::new();
    if toks.is_empty() {
        return out;
    }
    // Like upstream: a text shorter than n tokens is one short shingle.
    let count = toks.len().saturating_sub(n).saturating_add(1).max(1);
    for i in 0..count {
        let end = (i + n).min(toks.len());
        *out.entry(toks[i..end].to_vec()).or_insert(0) += 1;
    }
    out
}

/// Normalised (tp, fp, fn) of 4-gram shingle multisets, as upstream
/// `evaluate.py` computes them (case-sensitive, like its code).
pub fn shingle_match(truth: &str, pred: &str) -> (f64, f64, f64) {
    let t = shingles(truth, 4);
    let p = shingles(pred, 4);
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += tc.min(pc) as f64;
        fn_ += tc.saturating_sub(pc) as f64;
    }
    for (k, &pc) in &p {
        fp += pc.saturating_sub(t.get(k).copied().unwrap_or(0)) as f64;
    }
    let s = tp + fp + fn_;
    if s > 0.0 {
        (tp / s, fp / s, fn_ / s)
    } else {
        (0.0, 0.0, 0.0)
    }
}

/// Mean precision, mean recall and their F1 over documents, with upstream's
/// rules for empty texts.
pub fn prf(per_doc: &[(f64, f64, f64)]) -> (f64, f64, f64) {
    let mean = |v: Vec<f64>| if v.is_empty() { 0.0 } else { v.iter().sum::<f64>() / v.len() as f64 };
    let p = mean(
        per_doc
            .iter()
            .filter(|(tp, fp, _)| tp + fp > 0.0)
            .map(|&(tp, fp, fn_)| if fp == 0.0 && fn_ == 0.0 { 1.0 } else { tp / (tp + fp) })
            .collect(),
    );
    let r = mean(
        per_doc
            .iter()
            .filter(|(tp, _, fn_)| tp + fn_ > 0.0)
            .map(|&(tp, fp, fn_)| if fp == 0.0 && fn_ == 0.0 { 1.0 } else { tp / (tp + fn_) })
            .collect(),
    );
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

/// Every publication-date candidate the extractor sees in a page, one line
/// each, for debugging misses (`date-debug`).
pub fn date_candidates(html: &str, url: Option<&str>) -> Vec<String> {
    crate::meta::debug_candidates(html, url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingle_metric() {
        let (tp, fp, fn_) = shingle_match("a b c d e", "a b c d e");
        assert_eq!((tp, fp, fn_), (1.0, 0.0, 0.0));
        let (tp, fp, fn_) = shingle_match("a b c d e", "a b c d x");
        assert!((tp - 1.0 / 3.0).abs() < 1e-9 && (fp - 1.0 / 3.0).abs() < 1e-9 && (fn_ - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(shingle_match("", ""), (0.0, 0.0, 0.0));
        let (p, r, f) = prf(&[(1.0, 0.0, 0.0), (0.5, 0.5, 0.0)]);
        assert!((p - 0.75).abs() < 1e-9 && (r - 1.0).abs() < 1e-9 && f > 0.85);
    }
}
