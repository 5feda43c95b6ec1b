//! Finding and loading the ONNX Runtime shared library (`load-dynamic`).

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use ort::environment::Environment;

use crate::OnnxError;

/// How to install the runtime; part of every runtime error message.
pub const INSTALL_HINT: &str =
    "run scripts/fetch-onnx.sh, or set ORT_DYLIB_PATH to libonnxruntime.so from the onnxruntime==1.31.1 wheel";

/// Where `scripts/fetch-onnx.sh` puts the runtime and models, relative to the repository root.
pub const TOOLS_DIR: &str = ".tools/onnx";

/// Locates the ONNX Runtime library: `ORT_DYLIB_PATH` if set (it must exist),
/// else `.tools/onnx/libonnxruntime.so*` in the current directory or one of
/// its ancestors (so it works from the repository root and from a crate dir).
pub fn find_runtime() -> Result<PathBuf, OnnxError> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    resolve_runtime(std::env::var_os("ORT_DYLIB_PATH"), &cwd)
}

/// `find_runtime` with its inputs explicit (for tests).
pub fn resolve_runtime(env: Option<OsString>, cwd: &Path) -> Result<PathBuf, OnnxError> {
    if let Some(p) = env.filter(|p| !p.is_empty()) {
        let p = PathBuf::from(p);
        return if p.is_file() {
            Ok(std::path::absolute(&p).unwrap_or(p))
        } else {
            Err(OnnxError::RuntimeMissing {
                searched: format!("ORT_DYLIB_PATH={} does not exist", p.display()),
            })
        };
    }
    for dir in cwd.ancestors() {
        let tools = dir.join(TOOLS_DIR);
        if let Some(lib) = library_in(&tools) {
            return Ok(lib);
        }
    }
    Err(OnnxError::RuntimeMissing {
        searched: format!(
            "ORT_DYLIB_PATH is unset and no {TOOLS_DIR}/libonnxruntime.so* in {} or its parents",
            cwd.display()
        ),
    })
}

/// The best `libonnxruntime.so*` in `dir`: a versioned file, newest name first,
/// else the unversioned one.
fn library_in(dir: &Path) -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("libonnxruntime.so") && !n.ends_with(".part"))
                && p.is_file()
        })
        .collect();
    found.sort();
    found.pop()
}

static ENV: Mutex<Option<Environment>> = Mutex::new(None);

/// The process-wide ONNX Runtime environment, loading the library on first use.
/// A failed load is not cached: a later call tries again.
pub(crate) fn environment() -> Result<Environment, OnnxError> {
    let mut guard = ENV.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(env) = guard.as_ref() {
        return Ok(env.clone());
    }
    let path = find_runtime()?;
    let builder = ort::init_from(&path).map_err(|e| OnnxError::RuntimeLoad {
        path: path.clone(),
        reason: e.to_string(),
    })?;
    let env = builder
        .with_name("dossier")
        .with_telemetry(false)
        .build()
        .map_err(|e| OnnxError::RuntimeLoad {
            path: path.clone(),
            reason: e.to_string(),
        })?;
    *guard = Some(env.clone());
    Ok(env)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_runtime_says_how_to_install() {
        let dir = tempfile::tempdir().unwrap();
        let err = resolve_runtime(None, dir.path()).unwrap_err();
        assert!(matches!(err, OnnxError::RuntimeMissing { .. }));
        let msg = err.to_string();
        assert!(msg.contains("run scripts/fetch-onnx.sh, or set ORT_DYLIB_PATH to libonnxruntime.so from the onnxruntime==1.31.1 wheel"), "{msg}");
        assert!(msg.contains(&dir.path().display().to_string()), "{msg}");

        let bogus = dir.path().join("nope.so");
        let err = resolve_runtime(Some(bogus.clone().into()), dir.path()).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains("nope.so") && msg.contains("scripts/fetch-onnx.sh"),
            "{msg}"
        );
    }

    #[test]
    fn runtime_found_in_ancestor_tools_dir() {
        let root = tempfile::tempdir().unwrap();
        let tools = root.path().join(TOOLS_DIR);
        std::fs::create_dir_all(&tools).unwrap();
        std::fs::write(tools.join("libonnxruntime.so.1.31.1"), b"").unwrap();
        std::fs::write(tools.join("libonnxruntime_providers_shared.so"), b"").unwrap();
        let sub = root.path().join("crates/x");
        std::fs::create_dir_all(&sub).unwrap();
        let found = resolve_runtime(None, &sub).unwrap();
        assert_eq!(found, tools.join("libonnxruntime.so.1.31.1"));
        // An explicit, existing ORT_DYLIB_PATH wins; an empty one is ignored.
        let other = root.path().join("custom.so");
        std::fs::write(&other, b"").unwrap();
        assert_eq!(
            resolve_runtime(Some(other.clone().into()), &sub).unwrap(),
            other
        );
        assert_eq!(resolve_runtime(Some(OsString::new()), &sub).unwrap(), found);
    }
}
