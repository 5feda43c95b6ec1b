//! `dossier merge-shards`: join the outputs of `--shard 1/N` … `N/N` runs.
//!
//! JSON Lines files (any mix of plain, `.gz`, `.zst`) are concatenated into
//! one file compressed by its own extension; Parquet folders are merged by
//! copying every table's parts into one folder (`TABLE/sK-part-NNNNN.parquet`).

use crate::parquet_out::{readme, TABLES};
use crate::sink::{Compression, LineFile};
use crate::source::{read_line_bounded, Line, MAX_RECORD_BYTES};
use crate::Error;
use std::io::{BufRead, BufReader};
use std::path::Path;

/// Merge shard outputs into `output`; returns the number of records (JSON
/// Lines) or part files (Parquet) merged. Shards are disjoint by
/// construction, so nothing is deduplicated.
pub fn merge_shards(inputs: &[impl AsRef<Path>], output: &Path) -> Result<u64, Error> {
    if inputs.is_empty() {
        return Err(Error::Usage("merge-shards needs the shard outputs to merge".into()));
    }
    let dirs = inputs.iter().filter(|p| p.as_ref().is_dir()).count();
    if dirs == inputs.len() {
        merge_parquet(inputs, output)
    } else if dirs == 0 {
        merge_jsonl(inputs, output)
    } else {
        Err(Error::Usage("merge-shards takes either JSON Lines files or Parquet folders, not both".into()))
    }
}

fn merge_jsonl(inputs: &[impl AsRef<Path>], output: &Path) -> Result<u64, Error> {
    let mut out = LineFile::open(output, None)?;
    let mut n = 0;
    let mut buf = Vec::new();
    for input in inputs {
        let path = input.as_ref();
        let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        let mut r: Box<dyn BufRead> = match Compression::from_path(path) {
            Compression::None => Box::new(BufReader::new(file)),
            Compression::Gzip => Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(BufReader::new(file)))),
            Compression::Zstd => Box::new(BufReader::new(zstd::stream::read::Decoder::new(file).map_err(|e| Error::io(path, e))?)),
        };
        loop {
            match read_line_bounded(&mut *r, &mut buf, MAX_RECORD_BYTES * 4).map_err(|e| Error::io(path, e))? {
                Line::Eof => break,
                Line::TooLong(len) => return Err(Error::io(path, std::io::Error::other(format!("a line of {len} bytes is too long")))),
                Line::Ok if buf.is_empty() => {}
                Line::Ok => {
                    let line = std::str::from_utf8(&buf).map_err(|e| Error::io(path, std::io::Error::other(e)))?;
                    out.write_line(line)?;
                    n += 1;
                }
            }
        }
    }
    out.commit()?;
    Ok(n)
}

fn merge_parquet(inputs: &[impl AsRef<Path>], output: &Path) -> Result<u64, Error> {
    let mut n = 0;
    for t in TABLES {
        let to = output.join(t.name);
        std::fs::create_dir_all(&to).map_err(|e| Error::io(&to, e))?;
        for (k, input) in inputs.iter().enumerate() {
            let from = input.as_ref().join(t.name);
            let Ok(entries) = std::fs::read_dir(&from) else { continue };
            let mut names: Vec<String> = entries.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.ends_with(".parquet")).collect();
            names.sort();
            for name in names {
                let dest = to.join(format!("s{}-{name}", k + 1));
                std::fs::copy(from.join(&name), &dest).map_err(|e| Error::io(&dest, e))?;
                n += 1;
            }
        }
    }
    let path = output.join("README.md");
    std::fs::write(&path, readme()).map_err(|e| Error::io(&path, e))?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_shards_of_any_compression_are_concatenated() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.jsonl");
        std::fs::write(&a, "{\"doc_id\":\"1\"}\n\n{\"doc_id\":\"2\"}\n").unwrap();
        let b = dir.path().join("b.jsonl.zst");
        std::fs::write(&b, zstd::encode_all(&b"{\"doc_id\":\"3\"}\n"[..], 3).unwrap()).unwrap();
        let out = dir.path().join("all.jsonl");
        assert_eq!(merge_shards(&[a.clone(), b], &out).unwrap(), 3);
        assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 3);
        assert!(matches!(merge_shards(&[a, dir.path().to_path_buf()], &out), Err(Error::Usage(_))));
    }
}
