//! What the command line prints. Stored text can hold characters that drive a terminal (escape sequences that
//! retitle the window or clear the screen, a bell, a right-to-left override): new input refuses them, but an older
//! store or a tampered file may hold some. So text bound for a terminal shows each such character by its code
//! (`\u{1b}`); text bound for a pipe or a file is printed exactly, for scripts.

use std::io::{IsTerminal, Write};

/// Prints one line to standard output (or standard error), made safe for a terminal when it is one.
pub fn line(to_stderr: bool, text: &str) {
    if to_stderr {
        let err = std::io::stderr();
        let shown = if err.is_terminal() { crate::text::visible(text) } else { text.to_string() };
        let _ = writeln!(err.lock(), "{shown}");
    } else {
        let out = std::io::stdout();
        let shown = if out.is_terminal() { crate::text::visible(text) } else { text.to_string() };
        let _ = writeln!(out.lock(), "{shown}");
    }
}

/// Standard output held for many lines (long lists), each made safe for a terminal when it is one.
pub struct Out {
    tty: bool,
    inner: std::io::StdoutLock<'static>,
}

impl Out {
    pub fn new() -> Out {
        let out = std::io::stdout();
        Out { tty: out.is_terminal(), inner: out.lock() }
    }

    pub fn line(&mut self, text: &str) {
        let _ = if self.tty { writeln!(self.inner, "{}", crate::text::visible(text)) } else { writeln!(self.inner, "{text}") };
    }

    /// Text without a line break of its own (a file's content printed whole).
    pub fn text(&mut self, text: &str) {
        let _ = if self.tty { write!(self.inner, "{}", crate::text::visible(text)) } else { write!(self.inner, "{text}") };
    }
}

impl Default for Out {
    fn default() -> Self {
        Self::new()
    }
}
