//! Files the app writes: printed documents, exports, calendars.
//!
//! Every file is complete or absent: it is written to a private temporary file beside its target, flushed to disk,
//! then renamed into place. Nothing is ever written over the open database or the files SQLite keeps beside it,
//! nor through a symbolic link; an existing file is replaced only when the caller says so (`--force`); and a
//! missing folder is an error unless the window chose the folder itself. Files are created readable by the user
//! alone (0600), whatever the umask.

use crate::error::{Error, Invalid, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Whether an existing file at the target may be replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Existing {
    Refuse,
    Replace,
}

fn refused(path: &Path, reason: impl std::fmt::Display) -> Error {
    Invalid::field("output", format!("{}: {reason}", path.display())).into()
}

/// Whether two paths name the same file: the same inode when both exist, else the same place once the folders
/// are resolved (so `./db`, `dir/../db` and a link to the folder all count).
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    let resolved = |p: &Path| -> Option<PathBuf> {
        let parent = p.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        Some(parent.canonicalize().ok()?.join(p.file_name()?))
    };
    matches!((resolved(a), resolved(b)), (Some(x), Some(y)) if x == y)
}

/// Checks a target before anything is written: not the database nor its companions, not a link, not a folder,
/// not an existing file unless it may be replaced, and in a folder that exists.
fn check(path: &Path, existing: Existing, database: Option<&Path>) -> Result<PathBuf> {
    if path.file_name().is_none() {
        return Err(refused(path, "is not a file name"));
    }
    if let Some(db) = database {
        if crate::store::companion_files(db).iter().any(|c| same_file(path, c)) {
            return Err(refused(path, "is the Privacy Desk database or one of its files; choose another output file"));
        }
    }
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            return Err(refused(path, "is a symbolic link; Privacy Desk does not write through links: give the file's own path"))
        }
        Ok(m) if m.is_dir() => return Err(refused(path, "is a folder; give a file name inside it")),
        Ok(_) if existing == Existing::Refuse => return Err(refused(path, "already exists; add --force to replace it")),
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::file(path, e)),
    }
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf();
    if !dir.is_dir() {
        return Err(Invalid::field("output", format!("the folder {} does not exist; create it first or choose another", dir.display())).into());
    }
    Ok(dir)
}

/// Writes `bytes` to `path` as a whole: complete or absent. `database` is the open store, which is never replaced.
pub fn write(path: &Path, bytes: &[u8], existing: Existing, database: Option<&Path>) -> Result<()> {
    let dir = check(path, existing, database)?;
    let mut tmp = tempfile::Builder::new().prefix(".privdesk-").suffix(".part").tempfile_in(&dir).map_err(|e| Error::file(&dir, e))?;
    tmp.write_all(bytes).and_then(|_| tmp.as_file().sync_all()).map_err(|e| Error::file(path, e))?;
    let placed = match existing {
        Existing::Replace => tmp.persist(path).map(drop),
        // No-clobber even if a file appeared since the check: the rename itself refuses to replace one.
        Existing::Refuse => tmp.persist_noclobber(path).map(drop),
    };
    match placed {
        Ok(()) => {}
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(refused(path, "already exists; add --force to replace it"))
        }
        Err(e) => return Err(Error::file(path, e.error)),
    }
    // The rename is durable once the folder is flushed too.
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Writes into a folder the window chose (created, private, when missing) under a name that no earlier file
/// has: `stem.ext`, then `stem-2.ext`, … Returns the path written.
pub fn write_fresh(dir: &Path, stem: &str, ext: &str, bytes: &[u8], database: Option<&Path>) -> Result<PathBuf> {
    if !dir.exists() {
        crate::store::create_private_dir(dir)?;
    }
    for n in 1.. {
        // A file without an extension (an evidence file can be one) takes no dot.
        let ext = if ext.is_empty() { String::new() } else { format!(".{ext}") };
        let path = if n == 1 { dir.join(format!("{stem}{ext}")) } else { dir.join(format!("{stem}-{n}{ext}")) };
        if std::fs::symlink_metadata(&path).is_ok() {
            continue;
        }
        match write(&path, bytes, Existing::Refuse, database) {
            // Another print took the name between the look and the write: try the next one.
            Err(Error::Invalid(_)) if std::fs::symlink_metadata(&path).is_ok() => continue,
            other => return other.map(|_| path),
        }
    }
    unreachable!("some name is free")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn reason(e: Error) -> String {
        e.to_string()
    }

    #[test]
    fn a_new_file_is_written_whole_and_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("list.pdf");
        write(&path, b"%PDF", Existing::Refuse, None).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"%PDF");
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left.len(), 1, "no temporary file is left: {left:?}");
    }

    #[test]
    fn an_existing_file_is_replaced_only_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("list.pdf");
        std::fs::write(&path, b"old").unwrap();
        assert!(reason(write(&path, b"new", Existing::Refuse, None).unwrap_err()).contains("already exists; add --force"));
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        write(&path, b"new", Existing::Replace, None).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
    }

    #[test]
    fn the_database_its_companions_links_folders_and_missing_folders_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("store.sqlite3");
        std::fs::write(&db, b"db").unwrap();
        for target in [db.clone(), dir.path().join("store.sqlite3-wal"), dir.path().join("./sub/../store.sqlite3")] {
            if let Some(p) = target.parent() {
                let _ = std::fs::create_dir_all(p);
            }
            let e = reason(write(&target, b"x", Existing::Replace, Some(&db)).unwrap_err());
            assert!(e.contains("is the Privacy Desk database"), "{target:?}: {e}");
        }
        let hard = dir.path().join("hard-link");
        std::fs::hard_link(&db, &hard).unwrap();
        assert!(reason(write(&hard, b"x", Existing::Replace, Some(&db)).unwrap_err()).contains("database"));
        assert_eq!(std::fs::read(&db).unwrap(), b"db");

        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, b"keep").unwrap();
        let link = dir.path().join("link.pdf");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        assert!(reason(write(&link, b"x", Existing::Replace, None).unwrap_err()).contains("symbolic link"));
        assert_eq!(std::fs::read(&victim).unwrap(), b"keep");

        assert!(reason(write(dir.path(), b"x", Existing::Replace, None).unwrap_err()).contains("is a folder"));
        let e = reason(write(&dir.path().join("missing/out.pdf"), b"x", Existing::Refuse, None).unwrap_err());
        assert!(e.contains("missing does not exist"), "{e}");
        assert!(!dir.path().join("missing").exists());
    }

    #[test]
    fn a_fresh_name_never_replaces_an_earlier_print() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("Privacy Desk");
        let first = write_fresh(&out, "list", "pdf", b"1", None).unwrap();
        let second = write_fresh(&out, "list", "pdf", b"2", None).unwrap();
        assert_eq!((first.file_name().unwrap(), second.file_name().unwrap()), (std::ffi::OsStr::new("list.pdf"), std::ffi::OsStr::new("list-2.pdf")));
        assert_eq!(std::fs::read(&first).unwrap(), b"1");
        assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o700);
    }
}
