//! Helpers for the integration tests: a temporary database and the built `privdesk` binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Env {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("test.sqlite3");
        Env { dir, db }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Runs `privdesk --db <temp> ARGS` with a fixed clock.
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_env(args, &[])
    }

    /// [`Env::run`] with more environment variables (`PRIVDESK_PASSPHRASE`, …).
    pub fn run_env(&self, args: &[&str], vars: &[(&str, &str)]) -> Output {
        self.command(args, vars).output().expect("privdesk runs")
    }

    /// The command [`Env::run_env`] runs, to start it in the background.
    pub fn command(&self, args: &[&str], vars: &[(&str, &str)]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_privdesk"));
        c.arg("--db")
            .arg(&self.db)
            .args(args)
            .env("PRIVDESK_NOW", "2026-11-23T10:00:00Z")
            .env_remove("PRIVDESK_DB")
            .env_remove("PRIVDESK_PASSPHRASE")
            .env_remove("PRIVDESK_NEW_PASSPHRASE")
            // The texts are English unless a test asks otherwise, whatever the machine's language.
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES");
        for (k, v) in vars {
            c.env(k, v);
        }
        c
    }

    /// [`Env::ok`] with more environment variables.
    pub fn ok_env(&self, args: &[&str], vars: &[(&str, &str)]) -> String {
        let out = self.run_env(args, vars);
        assert!(out.status.success(), "privdesk {args:?} failed:\n{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs and requires success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "privdesk {args:?} failed:\n{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs and requires failure; returns stderr.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(!out.status.success(), "privdesk {args:?} should have failed:\n{}", String::from_utf8_lossy(&out.stdout));
        String::from_utf8(out.stderr).unwrap()
    }

    pub fn json_env(&self, args: &[&str], vars: &[(&str, &str)]) -> serde_json::Value {
        serde_json::from_str(&self.ok_env(args, vars)).expect("valid JSON")
    }

    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.ok(args)).expect("valid JSON")
    }

    pub fn init_cnil(&self) {
        self.ok(&[
            "init", "--name", "Exemple Logiciels SAS", "--country", "FR", "--authority", "cnil",
            "--contact-name", "Camille Martin", "--contact-email", "dpo@exemple.fr",
        ]);
    }
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// The text of a PDF as pdftotext extracts it.
pub fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext").arg("-layout").arg(path).arg("-").output().expect("pdftotext is installed");
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

pub fn qpdf_check(path: &Path) {
    let out = Command::new("qpdf").arg("--check").arg(path).output().expect("qpdf is installed");
    assert!(out.status.success(), "qpdf --check failed:\n{}", String::from_utf8_lossy(&out.stdout));
}

pub fn schema_names(conn: &rusqlite::Connection, sql: &str) -> Vec<String> {
    conn.prepare(sql).unwrap().query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
}

/// Every row of every table, as text, in a fixed order: two dumps are equal when the store holds the same data.
pub fn dump(db: &Path) -> String {
    dump_keyed(db, None)
}

/// [`dump`] of a store, encrypted with `passphrase` when one is given.
pub fn dump_keyed(db: &Path, passphrase: Option<&str>) -> String {
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    if let Some(p) = passphrase {
        conn.pragma_update(None, "key", p).unwrap();
    }
    let tables = schema_names(&conn, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    let mut out = String::new();
    for t in tables {
        // A table without a row id (an FTS5 index's configuration) is read in its primary key's order.
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\" ORDER BY rowid")).or_else(|_| conn.prepare(&format!("SELECT * FROM \"{t}\""))).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| Ok((0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect::<Vec<_>>().join("|")))
            .unwrap();
        out.push_str(&format!("== {t}\n"));
        for row in rows {
            out.push_str(&row.unwrap());
            out.push('\n');
        }
    }
    out
}
