//! The resume checkpoint: an append-only JSON Lines file beside the output.
//!
//! The first line describes the run (format, shard, options that change the
//! output); each later line is written, and synced, only after the output
//! up to `output` bytes (or parts) and the error log up to `errors` bytes
//! are durable, and lists the hashes of the work units whose results they
//! hold. A torn last line (power loss while writing it) is ignored: the
//! previous line is the state, and the output is cut back to it on resume.

use crate::Error;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

/// What a checkpoint's first line records; a resumed run must match it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub checkpoint: u32,
    pub format: String,
    pub shard: String,
    pub with_text: bool,
}

#[derive(Serialize, Deserialize)]
struct Line {
    /// Bytes of output (JSON Lines) or closed parts (Parquet) that are durable.
    output: u64,
    /// Bytes of the error log that are durable.
    errors: u64,
    /// Hex hashes of the units completed since the previous line.
    done: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    finished: bool,
}

/// The state recorded by an earlier run.
#[derive(Debug, Default)]
pub struct State {
    pub done: HashSet<u64>,
    pub output: u64,
    pub errors: u64,
    pub finished: bool,
}

/// The checkpoint file being written.
pub struct Checkpoint {
    file: File,
    path: PathBuf,
}

impl Checkpoint {
    /// Read the state of `path`, checking that it was written with `header`.
    /// `Ok(None)` when there is no checkpoint.
    pub fn load(path: &Path, header: &Header) -> Result<Option<State>, Error> {
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Error::io(path, e)),
        };
        let mut lines = BufReader::new(file).lines();
        let first = match lines.next() {
            Some(l) => l.map_err(|e| Error::io(path, e))?,
            None => return Ok(None),
        };
        let found: Header = serde_json::from_str(&first).map_err(|e| Error::Checkpoint(format!("{}: unreadable header: {e}", path.display())))?;
        if &found != header {
            return Err(Error::Usage(format!(
                "{} was written by a run with other options ({first}); resume with the same --format, --shard and --with-text, or start afresh without --resume",
                path.display()
            )));
        }
        let mut state = State::default();
        for line in lines {
            let Ok(line) = line else { break };
            // A torn last line does not parse: the state is the previous line's.
            let Ok(l) = serde_json::from_str::<Line>(&line) else { break };
            for h in &l.done {
                if let Ok(v) = u64::from_str_radix(h, 16) {
                    state.done.insert(v);
                }
            }
            state.output = l.output;
            state.errors = l.errors;
            state.finished = l.finished;
        }
        Ok(Some(state))
    }

    /// Start a new checkpoint (replacing any) with its header line.
    pub fn create(path: &Path, header: &Header) -> Result<Checkpoint, Error> {
        let mut file = File::create(path).map_err(|e| Error::io(path, e))?;
        let line = serde_json::to_string(header).map_err(|e| Error::Checkpoint(e.to_string()))?;
        writeln!(file, "{line}").and_then(|()| file.sync_data()).map_err(|e| Error::io(path, e))?;
        Ok(Checkpoint { file, path: path.to_path_buf() })
    }

    /// Continue an existing checkpoint; a torn last line is cut off first.
    pub fn append_to(path: &Path) -> Result<Checkpoint, Error> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let mut keep = bytes.len();
        if !bytes.ends_with(b"\n") {
            keep = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        }
        let file = OpenOptions::new().write(true).open(path).map_err(|e| Error::io(path, e))?;
        file.set_len(keep as u64).map_err(|e| Error::io(path, e))?;
        let file = OpenOptions::new().append(true).open(path).map_err(|e| Error::io(path, e))?;
        Ok(Checkpoint { file, path: path.to_path_buf() })
    }

    /// Record that `done` units are durable in the output up to `output` and
    /// in the error log up to `errors`; synced before returning.
    pub fn record(&mut self, output: u64, errors: u64, done: &[u64], finished: bool) -> Result<(), Error> {
        let line = Line { output, errors, done: done.iter().map(|h| format!("{h:016x}")).collect(), finished };
        let text = serde_json::to_string(&line).map_err(|e| Error::Checkpoint(e.to_string()))?;
        writeln!(self.file, "{text}").and_then(|()| self.file.sync_data()).map_err(|e| Error::io(&self.path, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_is_the_last_whole_line_and_headers_must_match() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.checkpoint");
        let header = Header { checkpoint: 1, format: "jsonl".into(), shard: "1/1".into(), with_text: false };
        assert!(Checkpoint::load(&path, &header).unwrap().is_none());
        let mut c = Checkpoint::create(&path, &header).unwrap();
        c.record(10, 0, &[1, 2], false).unwrap();
        c.record(25, 7, &[3], false).unwrap();
        drop(c);
        // A torn line from a crash while writing.
        let mut f = OpenOptions::new().append(true).open(&path).unwrap();
        f.write_all(b"{\"output\":99,\"err").unwrap();
        let s = Checkpoint::load(&path, &header).unwrap().unwrap();
        assert_eq!((s.output, s.errors, s.done.len(), s.finished), (25, 7, 3, false));
        let mut c = Checkpoint::append_to(&path).unwrap();
        c.record(30, 7, &[4], true).unwrap();
        let s = Checkpoint::load(&path, &header).unwrap().unwrap();
        assert_eq!((s.output, s.done.len(), s.finished), (30, 4, true));
        let other = Header { shard: "1/2".into(), ..header };
        assert!(matches!(Checkpoint::load(&path, &other), Err(Error::Usage(_))));
    }
}
