//! Line outputs (JSON Lines records and the error log) that can be made
//! durable at a known length and cut back to it on resume.
//!
//! A compressed output is written as a sequence of gzip members or zstd
//! frames, one per commit; readers decode the concatenation as one stream,
//! and a cut at a commit point leaves a valid file.

use crate::Error;
use std::fs::{File, OpenOptions};
use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// Compression chosen by the output file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    /// `.gz` → gzip, `.zst` → zstd, anything else → none.
    pub fn from_path(path: &Path) -> Compression {
        match path.extension().and_then(|e| e.to_str()) {
            Some("gz") => Compression::Gzip,
            Some("zst") => Compression::Zstd,
            _ => Compression::None,
        }
    }
}

enum Enc {
    Plain(BufWriter<File>),
    Gzip(flate2::write::GzEncoder<BufWriter<File>>),
    Zstd(zstd::Encoder<'static, BufWriter<File>>),
}

/// An append-only line file with commit points.
pub struct LineFile {
    path: PathBuf,
    compression: Compression,
    enc: Option<Enc>,
}

impl LineFile {
    /// Create `path`, or, when `resume_at` is given, keep its first
    /// `resume_at` bytes (the last commit point) and append after them.
    pub fn open(path: &Path, resume_at: Option<u64>) -> Result<LineFile, Error> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        let mut file = OpenOptions::new().create(true).write(true).truncate(resume_at.is_none()).open(path).map_err(|e| Error::io(path, e))?;
        if let Some(at) = resume_at {
            file.set_len(at).map_err(|e| Error::io(path, e))?;
            file.seek(SeekFrom::End(0)).map_err(|e| Error::io(path, e))?;
        }
        let compression = Compression::from_path(path);
        let mut f = LineFile { path: path.to_path_buf(), compression, enc: None };
        f.enc = Some(f.encoder(file)?);
        Ok(f)
    }

    fn encoder(&self, file: File) -> Result<Enc, Error> {
        let w = BufWriter::with_capacity(256 * 1024, file);
        Ok(match self.compression {
            Compression::None => Enc::Plain(w),
            Compression::Gzip => Enc::Gzip(flate2::write::GzEncoder::new(w, flate2::Compression::default())),
            Compression::Zstd => Enc::Zstd(zstd::Encoder::new(w, 3).map_err(|e| Error::io(&self.path, e))?),
        })
    }

    /// Append one line (a newline is added).
    pub fn write_line(&mut self, line: &str) -> Result<(), Error> {
        let w: &mut dyn Write = match self.enc.as_mut() {
            Some(Enc::Plain(w)) => w,
            Some(Enc::Gzip(w)) => w,
            Some(Enc::Zstd(w)) => w,
            None => return Err(Error::io(&self.path, std::io::Error::other("file already closed"))),
        };
        w.write_all(line.as_bytes()).and_then(|()| w.write_all(b"\n")).map_err(|e| Error::io(&self.path, e))
    }

    /// Finish the current gzip member or zstd frame, flush and fsync; return
    /// the file's length, a valid point to cut back to.
    pub fn commit(&mut self) -> Result<u64, Error> {
        let io = |e| Error::io(&self.path, e);
        let writer = match self.enc.take() {
            Some(Enc::Plain(w)) => w,
            Some(Enc::Gzip(g)) => g.finish().map_err(io)?,
            Some(Enc::Zstd(z)) => z.finish().map_err(io)?,
            None => return Err(io(std::io::Error::other("file already closed"))),
        };
        let mut file = writer.into_inner().map_err(|e| io(e.into_error()))?;
        file.sync_data().map_err(io)?;
        let len = file.stream_position().map_err(io)?;
        self.enc = Some(self.encoder(file)?);
        Ok(len)
    }
}

/// Standard output for records when no `-o` is given (no commit points).
pub struct Stdout(pub BufWriter<std::io::Stdout>);

impl Stdout {
    pub fn write_line(&mut self, line: &str) -> Result<(), Error> {
        self.0.write_all(line.as_bytes()).and_then(|()| self.0.write_all(b"\n")).map_err(Error::Stdout)
    }

    pub fn flush(&mut self) -> Result<(), Error> {
        self.0.flush().map_err(Error::Stdout)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn decode(path: &Path) -> String {
        let bytes = std::fs::read(path).unwrap();
        let mut s = String::new();
        match Compression::from_path(path) {
            Compression::None => s = String::from_utf8(bytes).unwrap(),
            Compression::Gzip => {
                flate2::read::MultiGzDecoder::new(&bytes[..]).read_to_string(&mut s).unwrap();
            }
            Compression::Zstd => s = String::from_utf8(zstd::decode_all(&bytes[..]).unwrap()).unwrap(),
        }
        s
    }

    #[test]
    fn a_cut_at_a_commit_point_leaves_a_valid_file_in_every_compression() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["out.jsonl", "out.jsonl.gz", "out.jsonl.zst"] {
            let path = dir.path().join(name);
            let mut f = LineFile::open(&path, None).unwrap();
            f.write_line("a").unwrap();
            let at = f.commit().unwrap();
            f.write_line("lost").unwrap();
            f.commit().unwrap();
            drop(f);
            assert_eq!(decode(&path), "a\nlost\n", "{name}");
            let mut f = LineFile::open(&path, Some(at)).unwrap();
            f.write_line("b").unwrap();
            f.commit().unwrap();
            assert_eq!(decode(&path), "a\nb\n", "{name}");
        }
    }
}
