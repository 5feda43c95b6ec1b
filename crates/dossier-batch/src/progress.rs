//! The progress bar on stderr (indicatif): documents/s, MB/s and, once the
//! total input size is known, a bar with an ETA. Hidden when not asked for.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

pub struct Progress {
    bar: Option<ProgressBar>,
    bytes: Arc<AtomicU64>,
    start: Instant,
    last: Mutex<Instant>,
}

const WITH_TOTAL: &str = "{spinner} {elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}";
const WITHOUT_TOTAL: &str = "{spinner} {elapsed_precise} {bytes} read, {binary_bytes_per_sec} {msg}";

impl Progress {
    pub fn new(show: bool, bytes: Arc<AtomicU64>) -> Progress {
        let bar = show.then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(4));
            if let Ok(style) = ProgressStyle::with_template(WITHOUT_TOTAL) {
                bar.set_style(style);
            }
            bar
        });
        Progress { bar, bytes, start: Instant::now(), last: Mutex::new(Instant::now()) }
    }

    pub fn set_total(&self, total: u64) {
        if let Some(bar) = &self.bar {
            if let Ok(style) = ProgressStyle::with_template(WITH_TOTAL) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.set_length(total);
        }
    }

    /// Called after each unit; redraws at most ten times a second.
    pub fn update(&self, ok: u64, failed: u64) {
        let Some(bar) = &self.bar else { return };
        let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
        if last.elapsed().as_millis() < 100 {
            return;
        }
        *last = Instant::now();
        bar.set_position(self.bytes.load(Ordering::Relaxed));
        let secs = self.start.elapsed().as_secs_f64().max(1e-3);
        bar.set_message(format!("{ok} docs ({:.0}/s), {failed} failed", ok as f64 / secs));
    }

    /// Print a line above the bar (or on stderr when there is none).
    pub fn println(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// Sum of the sizes of the local files the inputs name (walking folders and
/// globs like the splitter), or `None` when an input's size cannot be known
/// in advance (stdin, URLs).
pub fn total_bytes(inputs: &[String], no_ignore: bool) -> Option<u64> {
    let mut total = 0u64;
    let add_dir = |dir: &Path, total: &mut u64| {
        let walker = ignore::WalkBuilder::new(dir).standard_filters(!no_ignore).require_git(false).add_custom_ignore_filename(".dossierignore").build();
        for e in walker.flatten() {
            if e.file_type().is_some_and(|t| t.is_file()) {
                *total += e.metadata().map(|m| m.len()).unwrap_or(0);
            }
        }
    };
    for input in inputs {
        if input == "-" || input.starts_with("http://") || input.starts_with("https://") {
            return None;
        }
        let path = Path::new(input);
        let paths: Vec<std::path::PathBuf> = if !path.exists() && input.contains(['*', '?', '[']) {
            glob::glob(input).ok()?.flatten().collect()
        } else {
            vec![path.to_path_buf()]
        };
        for p in paths {
            if p.is_dir() {
                add_dir(&p, &mut total);
            } else {
                total += std::fs::metadata(&p).map(|m| m.len()).unwrap_or(0);
            }
        }
    }
    Some(total)
}
