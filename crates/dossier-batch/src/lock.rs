//! One writer per output. Two runs writing the same `-o` (a job started
//! twice, a resume while the first run still goes) would interleave records
//! and checkpoints; an advisory lock beside the output makes the second run
//! stop at once with a message instead. The operating system releases the
//! lock when the process ends, `kill -9` included, so a stale lock file never
//! blocks a later run.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use crate::{Error, OutputFormat};

/// The held lock; released, and its file removed, when dropped.
pub(crate) struct OutputLock {
    _file: File,
    path: PathBuf,
}

/// The lock file of an output: `OUT.lock` beside a file, `DIR/_lock` inside a
/// Parquet folder.
pub(crate) fn lock_path(output: &Path, format: OutputFormat) -> PathBuf {
    match format {
        OutputFormat::Parquet => output.join("_lock"),
        OutputFormat::Jsonl => {
            let mut name = output.as_os_str().to_owned();
            name.push(".lock");
            PathBuf::from(name)
        }
    }
}

impl OutputLock {
    /// Takes the lock of `output`, or says who holds it.
    pub(crate) fn acquire(output: &Path, format: OutputFormat) -> Result<OutputLock, Error> {
        let path = lock_path(output, format);
        let file = OpenOptions::new().create(true).truncate(false).write(true).open(&path).map_err(|e| Error::io(&path, e))?;
        match file.try_lock() {
            Ok(()) => Ok(OutputLock { _file: file, path }),
            Err(TryLockError::WouldBlock) => Err(Error::Usage(format!(
                "{} is being written by another `dossier extract` (it holds {}): wait for that run to end, or write to another -o",
                output.display(),
                path.display()
            ))),
            Err(TryLockError::Error(e)) => Err(Error::io(&path, e)),
        }
    }
}

impl Drop for OutputLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_writer_is_refused_until_the_first_ends() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.jsonl.gz");
        let first = OutputLock::acquire(&out, OutputFormat::Jsonl).unwrap();
        match OutputLock::acquire(&out, OutputFormat::Jsonl) {
            Err(Error::Usage(m)) => assert!(m.contains("being written by another"), "{m}"),
            other => panic!("expected a refusal, got {:?}", other.map(|_| ())),
        }
        drop(first);
        assert!(!lock_path(&out, OutputFormat::Jsonl).exists(), "the lock file goes with the lock");
        assert!(OutputLock::acquire(&out, OutputFormat::Jsonl).is_ok());
    }
}
