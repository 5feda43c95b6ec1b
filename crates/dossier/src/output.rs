//! Terminal conventions: colour only on a terminal and without NO_COLOR,
//! silence on a closed pipe.

use std::io::IsTerminal;

/// Decide colour from `--color` and the environment.
pub fn use_color(choice: &str) -> bool {
    match choice {
        "always" => true,
        "never" => false,
        _ => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal(),
    }
}

/// ANSI styling that becomes a no-op without colour.
#[derive(Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn wrap(self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    pub fn bold(self, text: &str) -> String {
        self.wrap("1", text)
    }
    pub fn dim(self, text: &str) -> String {
        self.wrap("2", text)
    }
    pub fn highlight(self, text: &str) -> String {
        if self.color {
            self.wrap("1;31", text)
        } else {
            format!("[{text}]")
        }
    }
}

/// True when the error chain is a closed stdout (e.g. `dossier search x | head`).
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain()
        .filter_map(|c| c.downcast_ref::<std::io::Error>())
        .any(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}
