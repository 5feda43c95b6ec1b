//! Helpers shared by the end-to-end tests that run the real `dossier` binary.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root, where the bundled `corpora/` lies.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// The binary, run from the repository root on the data directory `data`,
/// without colour and without a `DOSSIER_DATA` from the environment.
pub fn dossier(data: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dossier"));
    cmd.current_dir(repo_root()).env_remove("DOSSIER_DATA").env("NO_COLOR", "1").arg("--data-dir").arg(data);
    cmd
}
