//! Inputs → a stream of work units, read on one thread.
//!
//! Folders are walked (honouring `.dossierignore` and `.gitignore` as
//! `dossier ingest` does), globs expanded, JSON Lines (`.jsonl`, `.ndjson`,
//! plain, `.gz` or `.zst`) and WARC files (`.warc`, `.warc.gz`) split into
//! one unit per line or record with a bounded reader, so that a single huge
//! dump is extracted on every core and never held in memory whole. Other
//! files are one unit each (read by the worker that extracts them).

use dossier_ingest::Format;
use std::io::{BufRead, BufReader, Read};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Longest JSON line or WARC record held in memory; longer ones are reported
/// as failures and skipped without being buffered.
pub const MAX_RECORD_BYTES: usize = 64 * 1024 * 1024;

/// What a worker has to do for one unit.
#[derive(Debug)]
pub enum Work {
    /// A file read and parsed whole by the worker (text, Markdown, HTML, JSON, PDF…).
    File(PathBuf),
    /// One line of a JSON Lines input.
    JsonLine(String),
    /// One WARC record, bytes as they appear in the (uncompressed) file.
    WarcRecord(Vec<u8>),
    /// A whole in-memory input (stdin that is not JSON Lines or WARC).
    Bytes(Vec<u8>),
    /// A URL fetched politely by the ingest reader.
    Url(String),
    /// An input that could not be read or split; reported as one failure.
    Failed(String),
}

/// One unit of work with its stable key.
#[derive(Debug)]
pub struct Unit {
    /// `path`, `path:LINE`, `path#RECORD`, a URL or `-:LINE`: names the unit in
    /// messages, decides its shard and marks it done in the checkpoint.
    pub key: String,
    /// The input file (or `-`, or the URL) the unit comes from.
    pub input: String,
    /// Line (JSON Lines) or record (WARC) number within `input`, from 1.
    pub record: Option<u64>,
    pub work: Work,
}

/// Splits inputs into units. `bytes_read` counts input bytes consumed (as
/// stored on disk, compressed or not), for progress and throughput.
pub struct Splitter {
    pub no_ignore: bool,
    pub bytes_read: Arc<AtomicU64>,
}

enum Stream {
    Jsonl,
    Warc,
}

impl Splitter {
    /// Expand every input and call `emit` for each unit, in a deterministic
    /// order; stop early when `emit` breaks.
    pub fn split(&self, inputs: &[String], emit: &mut dyn FnMut(Unit) -> ControlFlow<()>) -> ControlFlow<()> {
        for input in inputs {
            self.split_one(input, emit)?;
        }
        ControlFlow::Continue(())
    }

    fn split_one(&self, arg: &str, emit: &mut dyn FnMut(Unit) -> ControlFlow<()>) -> ControlFlow<()> {
        if arg == "-" {
            return self.split_stdin(emit);
        }
        if arg.starts_with("http://") || arg.starts_with("https://") {
            return emit(Unit { key: arg.to_string(), input: arg.to_string(), record: None, work: Work::Url(arg.to_string()) });
        }
        let path = Path::new(arg);
        if path.is_dir() {
            return self.walk(path, emit);
        }
        if !path.exists() && arg.contains(['*', '?', '[']) {
            return self.glob(arg, emit);
        }
        self.file(path, emit)
    }

    fn glob(&self, pattern: &str, emit: &mut dyn FnMut(Unit) -> ControlFlow<()>) -> ControlFlow<()> {
        let fail = |reason: String| Unit { key: pattern.to_string(), input: pattern.to_string(), record: None, work: Work::Failed(reason) };
        let paths = match glob::glob(pattern) {
            Ok(p) => p,
            Err(e) => return emit(fail(format!("invalid glob pattern: {e}"))),
        };
        let mut any = false;
        for entry in paths {
            any = true;
            match entry {
                Ok(p) if p.is_dir() => self.walk(&p, emit)?,
                Ok(p) => self.file(&p, emit)?,
                Err(e) => emit(fail(format!("cannot read: {e}")))?,
            }
        }
        if !any {
            return emit(fail("no file matches this pattern".into()));
        }
        ControlFlow::Continue(())
    }

    fn walk(&self, dir: &Path, emit: &mut dyn FnMut(Unit) -> ControlFlow<()>) -> ControlFlow<()> {
        let walker = ignore::WalkBuilder::new(dir)
            .standard_filters(!self.no_ignore)
            .require_git(false)
            .add_custom_ignore_filename(".dossierignore")
            .sort_by_file_name(|a, b| a.cmp(b))
            .build();
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => self.file(e.path(), emit)?,
                Ok(_) => {}
                Err(e) => {
                    let input = dir.display().to_string();
                    emit(Unit { key: input.clone(), input, record: None, work: Work::Failed(format!("cannot walk folder: {e}")) })?
                }
            }
        }
        ControlFlow::Continue(())
    }

    fn file(&self, path: &Path, emit: &mut dyn FnMut(Unit) -> ControlFlow<()>) -> ControlFlow<()> {
        let input = path.display().to_string();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
        let base = name.strip_suffix(".gz").or_else(|| name.strip_suffix(".zst")).unwrap_or(&name);
        let stream = if base.ends_with(".jsonl") || base.ends_with(".ndjson") {
            Stream::Jsonl
        } else if base.ends_with(".warc") && !name.ends_with(".zst") {
            Stream::Warc
        } else {
            let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
            self.bytes_read.fetch_add(size, Ordering::Relaxed);
            return emit(Unit { key: input.clone(), input, record: None, work: Work::File(path.to_path_buf()) });
        };
        let fail = |reason: String| Unit { key: input.clone(), input: input.clone(), record: None, work: Work::Failed(reason) };
        let file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) => return emit(fail(format!("cannot read: {e}"))),
        };
        let counted = Counting { inner: file, count: self.bytes_read.clone() };
        let reader: Box<dyn BufRead> = if name.ends_with(".gz") {
            Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(BufReader::new(counted))))
        } else if name.ends_with(".zst") {
            match zstd::stream::read::Decoder::new(counted) {
                Ok(d) => Box::new(BufReader::new(d)),
                Err(e) => return emit(fail(format!("cannot read: {e}"))),
            }
        } else {
            Box::new(BufReader::with_capacity(256 * 1024, counted))
        };
        match stream {
            Stream::Jsonl => split_jsonl(&input, reader, emit),
            Stream::Warc => split_warc(&input, reader, emit),
        }
    }

    fn split_stdin(&self, emit: &mut dyn FnMut(Unit) -> ControlFlow<()>) -> ControlFlow<()> {
        let counted = Counting { inner: std::io::stdin(), count: self.bytes_read.clone() };
        let mut raw = BufReader::new(counted);
        let gz = matches!(raw.fill_buf(), Ok(b) if b.starts_with(&[0x1f, 0x8b]));
        let mut reader: Box<dyn BufRead> = if gz { Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(raw))) } else { Box::new(raw) };
        let head: Vec<u8> = match reader.fill_buf() {
            Ok(b) => b.iter().copied().skip_while(|c| c.is_ascii_whitespace()).take(5).collect(),
            Err(e) => return emit(Unit { key: "-".into(), input: "-".into(), record: None, work: Work::Failed(format!("cannot read: {e}")) }),
        };
        if head.starts_with(b"{") {
            split_jsonl("-", reader, emit)
        } else if head.starts_with(b"WARC/") {
            split_warc("-", reader, emit)
        } else {
            let mut bytes = Vec::new();
            let work = match reader.read_to_end(&mut bytes) {
                Ok(_) => Work::Bytes(bytes),
                Err(e) => Work::Failed(format!("cannot read: {e}")),
            };
            emit(Unit { key: "-".into(), input: "-".into(), record: None, work })
        }
    }
}

/// Counts the bytes read through it.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Result of reading one line with a length limit.
#[derive(Debug, PartialEq)]
pub enum Line {
    /// A line (without its `\n`) is in the buffer.
    Ok,
    /// The line was longer than the limit; its bytes were skipped.
    TooLong(u64),
    /// End of input.
    Eof,
}

/// Read one line into `buf` (cleared first) holding at most `max` bytes:
/// a longer line is consumed and dropped, so memory stays bounded.
pub fn read_line_bounded(r: &mut dyn BufRead, buf: &mut Vec<u8>, max: usize) -> std::io::Result<Line> {
    buf.clear();
    let mut total: u64 = 0;
    let mut any = false;
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        if total + (take as u64) <= max as u64 {
            buf.extend_from_slice(&chunk[..take]);
        }
        total += take as u64;
        r.consume(if done { take + 1 } else { take });
        if done {
            break;
        }
    }
    if !any {
        return Ok(Line::Eof);
    }
    if total > max as u64 {
        buf.clear();
        return Ok(Line::TooLong(total));
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Line::Ok)
}

fn split_jsonl(input: &str, mut r: Box<dyn BufRead + '_>, emit: &mut dyn FnMut(Unit) -> ControlFlow<()>) -> ControlFlow<()> {
    let mut buf = Vec::new();
    let mut n: u64 = 0;
    loop {
        n += 1;
        let unit = |work| Unit { key: format!("{input}:{n}"), input: input.to_string(), record: Some(n), work };
        match read_line_bounded(&mut *r, &mut buf, MAX_RECORD_BYTES) {
            Ok(Line::Eof) => return ControlFlow::Continue(()),
            Ok(Line::TooLong(len)) => emit(unit(Work::Failed(format!("line of {len} bytes is longer than the {MAX_RECORD_BYTES}-byte limit: skipped"))))?,
            Ok(Line::Ok) => {
                let bytes = if n == 1 { buf.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&buf) } else { &buf[..] };
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                let text = match std::str::from_utf8(bytes) {
                    Ok(t) => t.to_string(),
                    Err(_) => match dossier_ingest::decode_text(bytes, None, false) {
                        Ok(t) => t,
                        Err(e) => {
                            emit(unit(Work::Failed(e.to_string())))?;
                            continue;
                        }
                    },
                };
                emit(unit(Work::JsonLine(text)))?
            }
            Err(e) => {
                // A broken compressed stream cannot be resynchronised.
                return emit(unit(Work::Failed(format!("cannot read: {e}"))));
            }
        }
    }
}

/// Split a WARC stream into records (version line, headers, block). A record
/// without a usable `Content-Length` is reported and reading resumes at the
/// next `WARC/` line; a truncated file or a broken compressed stream ends it.
fn split_warc(input: &str, mut r: Box<dyn BufRead + '_>, emit: &mut dyn FnMut(Unit) -> ControlFlow<()>) -> ControlFlow<()> {
    let mut n: u64 = 0;
    let mut line = Vec::new();
    let mut pending: Option<Vec<u8>> = None;
    loop {
        n += 1;
        let unit = |work| Unit { key: format!("{input}#{n}"), input: input.to_string(), record: Some(n), work };
        let fail = |reason: String| unit(Work::Failed(format!("WARC: corrupt record skipped: {reason}")));
        // Version line.
        let version = match pending.take() {
            Some(v) => v,
            None => loop {
                match read_line_bounded(&mut *r, &mut line, 64 * 1024) {
                    Ok(Line::Eof) => return ControlFlow::Continue(()),
                    Ok(Line::Ok) if line.iter().all(u8::is_ascii_whitespace) => continue,
                    Ok(Line::Ok) => break line.clone(),
                    Ok(Line::TooLong(_)) => break Vec::new(),
                    Err(e) => return emit(fail(format!("cannot read: {e}"))),
                }
            },
        };
        let mut record = version.clone();
        record.push(b'\n');
        if !version.starts_with(b"WARC/") {
            emit(fail("expected a WARC/1.x line".into()))?;
            match resync(&mut *r, &mut line) {
                Some(v) => {
                    pending = Some(v);
                    continue;
                }
                None => return ControlFlow::Continue(()),
            }
        }
        let mut length: Option<usize> = None;
        loop {
            match read_line_bounded(&mut *r, &mut line, 64 * 1024) {
                Ok(Line::Ok) if line.is_empty() => break,
                Ok(Line::Ok) => {
                    if let Some((k, v)) = std::str::from_utf8(&line).ok().and_then(|l| l.split_once(':')) {
                        if k.trim().eq_ignore_ascii_case("Content-Length") {
                            length = v.trim().parse().ok();
                        }
                    }
                    record.extend_from_slice(&line);
                    record.push(b'\n');
                }
                Ok(Line::TooLong(_)) => {}
                Ok(Line::Eof) => return emit(fail("file ends inside a record header".into())),
                Err(e) => return emit(fail(format!("cannot read: {e}"))),
            }
        }
        record.push(b'\n');
        let Some(length) = length.filter(|&l| l <= MAX_RECORD_BYTES) else {
            emit(fail("missing, invalid or oversized Content-Length".into()))?;
            match resync(&mut *r, &mut line) {
                Some(v) => {
                    pending = Some(v);
                    continue;
                }
                None => return ControlFlow::Continue(()),
            }
        };
        let start = record.len();
        record.resize(start + length, 0);
        if let Err(e) = r.read_exact(&mut record[start..]) {
            return emit(fail(format!("truncated record: {e}")));
        }
        emit(unit(Work::WarcRecord(record)))?;
    }
}

/// Skip to the next `WARC/` line and return it.
fn resync(r: &mut dyn BufRead, line: &mut Vec<u8>) -> Option<Vec<u8>> {
    loop {
        match read_line_bounded(r, line, 64 * 1024) {
            Ok(Line::Ok) if line.starts_with(b"WARC/") => return Some(line.clone()),
            Ok(Line::Ok) | Ok(Line::TooLong(_)) => {}
            Ok(Line::Eof) | Err(_) => return None,
        }
    }
}

/// The format the ingest reader should use for a whole file unit.
pub fn format_of(path: &Path) -> Format {
    Format::from_path(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(inputs: &[String]) -> Vec<Unit> {
        let s = Splitter { no_ignore: false, bytes_read: Arc::default() };
        let mut out = Vec::new();
        let _ = s.split(inputs, &mut |u| {
            out.push(u);
            ControlFlow::Continue(())
        });
        out
    }

    #[test]
    fn bounded_lines_skip_what_is_too_long() {
        let mut r: &[u8] = b"short\r\n0123456789abcdef\nlast";
        let mut buf = Vec::new();
        assert_eq!(read_line_bounded(&mut r, &mut buf, 8).unwrap(), Line::Ok);
        assert_eq!(buf, b"short");
        assert_eq!(read_line_bounded(&mut r, &mut buf, 8).unwrap(), Line::TooLong(16));
        assert!(buf.is_empty());
        assert_eq!(read_line_bounded(&mut r, &mut buf, 8).unwrap(), Line::Ok);
        assert_eq!(buf, b"last");
        assert_eq!(read_line_bounded(&mut r, &mut buf, 8).unwrap(), Line::Eof);
    }

    #[test]
    fn jsonl_in_every_compression_becomes_one_unit_per_line() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let body = "{\"text\":\"a\"}\n\n{\"text\":\"b\"}\n";
        std::fs::write(dir.path().join("a.jsonl"), body).unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(body.as_bytes()).unwrap();
        std::fs::write(dir.path().join("b.jsonl.gz"), gz.finish().unwrap()).unwrap();
        std::fs::write(dir.path().join("c.ndjson.zst"), zstd::encode_all(body.as_bytes(), 3).unwrap()).unwrap();
        std::fs::write(dir.path().join("d.txt"), "plain").unwrap();
        let got = units(&[dir.path().display().to_string()]);
        let keys: Vec<String> = got.iter().map(|u| u.key.rsplit('/').next().unwrap().to_string()).collect();
        assert_eq!(keys, ["a.jsonl:1", "a.jsonl:3", "b.jsonl.gz:1", "b.jsonl.gz:3", "c.ndjson.zst:1", "c.ndjson.zst:3", "d.txt"]);
        assert!(matches!(&got[3].work, Work::JsonLine(l) if l == "{\"text\":\"b\"}"));
        assert_eq!(got[3].record, Some(3));
    }

    #[test]
    fn globs_expand_and_a_pattern_matching_nothing_fails() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("x1.txt"), "a").unwrap();
        std::fs::write(dir.path().join("x2.txt"), "b").unwrap();
        std::fs::write(dir.path().join("y.txt"), "c").unwrap();
        let got = units(&[format!("{}/x*.txt", dir.path().display()), format!("{}/none*.txt", dir.path().display())]);
        assert_eq!(got.len(), 3);
        assert!(got[1].key.ends_with("x2.txt"));
        assert!(matches!(&got[2].work, Work::Failed(r) if r.contains("no file matches")));
    }

    #[test]
    fn warc_streams_split_into_records_and_corruption_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let rec = |body: &str| format!("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: {}\r\n\r\n{body}\r\n\r\n", body.len());
        let text = format!("{}WARC/1.0\r\nWARC-Type: response\r\n\r\ngarbage\n{}", rec("one"), rec("two"));
        std::fs::write(dir.path().join("c.warc"), &text).unwrap();
        let truncated = &rec("three")[..40];
        std::fs::write(dir.path().join("t.warc"), truncated).unwrap();
        let got = units(&[dir.path().display().to_string()]);
        let summary: Vec<String> = got
            .iter()
            .map(|u| match &u.work {
                Work::WarcRecord(b) => format!("{} ok {}", u.record.unwrap(), String::from_utf8_lossy(b).ends_with("one") || String::from_utf8_lossy(b).ends_with("two")),
                Work::Failed(r) => format!("{} failed {r}", u.record.unwrap_or(0)),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(summary[0], "1 ok true");
        assert!(summary[1].starts_with("2 failed WARC: corrupt record skipped: missing"), "{summary:?}");
        assert_eq!(summary[2], "3 ok true");
        assert!(summary[3].contains("file ends inside a record header"), "{summary:?}");
        assert_eq!(summary.len(), 4);
    }
}
