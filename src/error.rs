//! The core's errors. Validation errors name the field and the reason, so that forms can put the message next to
//! the field and the command line can print it as is.

use crate::document::Lang;
use serde::Serialize;

mod french;

pub use french::reason_in;

/// One field that failed validation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct FieldError {
    /// The field's name as the form and the command line know it (`country`, `website`, `line 4, Country`).
    pub field: String,
    /// Why the value was refused, in a sentence a user can act on.
    pub reason: String,
}

/// Input that was refused: every field that failed, so a form can show them all at once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Invalid {
    pub errors: Vec<FieldError>,
}

impl Invalid {
    pub fn field(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Invalid { errors: vec![FieldError { field: field.into(), reason: reason.into() }] }
    }
}

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}: {}", e.field, e.reason)?;
        }
        Ok(())
    }
}

impl std::error::Error for Invalid {}

/// Collects field errors while a whole form is checked, so that every bad field is reported, not only the first.
#[derive(Default)]
pub struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    pub fn new() -> Self {
        Self::default()
    }

    /// Runs one field's check; on failure records it and yields `None`.
    pub fn check<T>(&mut self, field: &str, result: std::result::Result<T, String>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(reason) => {
                self.errors.push(FieldError { field: field.to_string(), reason });
                None
            }
        }
    }

    pub fn push(&mut self, field: &str, reason: impl Into<String>) {
        self.errors.push(FieldError { field: field.to_string(), reason: reason.into() });
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// Ends the check: `Ok` only when no field failed.
    pub fn finish(self) -> std::result::Result<(), Invalid> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(Invalid { errors: self.errors })
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Invalid(#[from] Invalid),
    #[error("{entity} #{id} does not exist")]
    NotFound { entity: &'static str, id: i64 },
    #[error("the organisation profile is not set up yet: run `privdesk init --name NAME --country CC --authority cnil|ico|other` first")]
    NotInitialised,
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error(transparent)]
    Document(#[from] crate::document::DocumentError),
    #[error("{path}: {source}")]
    File { path: String, source: std::io::Error },
    /// An action that cannot be carried out, with the reason in words (a backup that cannot be restored).
    #[error("{0}")]
    Failed(String),
    /// Long work stopped at the user's request before it changed anything.
    #[error("stopped before anything was changed")]
    Cancelled,
}

impl Error {
    pub fn file(path: impl AsRef<std::path::Path>, source: std::io::Error) -> Self {
        Error::File { path: path.as_ref().display().to_string(), source }
    }

    /// The message in `lang`: as `Display` writes it in English; in French each field's reason worded by
    /// [`reason_in`] ("field\u{a0}: reason", one line each), any other message likewise.
    pub fn worded(&self, lang: Lang) -> String {
        match (self, lang) {
            (_, Lang::En) => self.to_string(),
            (Error::Invalid(i), Lang::Fr) => {
                i.errors.iter().map(|e| format!("{}\u{a0}: {}", e.field, reason_in(&e.reason, lang))).collect::<Vec<_>>().join("\n")
            }
            (_, Lang::Fr) => reason_in(&self.to_string(), lang),
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode::{DatabaseBusy, DatabaseLocked};
        match e.sqlite_error_code() {
            // Past the busy timeout: said in words, with what to do, rather than SQLite's "database is locked".
            Some(DatabaseBusy | DatabaseLocked) => {
                Error::Store(crate::store::StoreError::Busy { seconds: crate::store::BUSY_TIMEOUT_SECONDS })
            }
            _ => Error::Store(crate::store::StoreError::Sql(e)),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What the window is told when a command fails. `code` has only the cases the window acts on differently: put
/// messages next to fields, go to the set-up form, or show the message.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    /// For `invalid`: each field and its reason.
    pub fields: Vec<FieldError>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Invalid,
    NotInitialised,
    Failed,
    Cancelled,
}

impl From<&Error> for ApiError {
    fn from(e: &Error) -> Self {
        let (code, fields) = match e {
            Error::Invalid(i) => (ErrorCode::Invalid, i.errors.clone()),
            Error::NotInitialised => (ErrorCode::NotInitialised, Vec::new()),
            Error::Cancelled => (ErrorCode::Cancelled, Vec::new()),
            _ => (ErrorCode::Failed, Vec::new()),
        };
        ApiError { code, message: e.to_string(), fields }
    }
}

impl ApiError {
    /// What the window is told, in its language: the message and each field's reason worded in `lang` (the
    /// fields' names stay the form's keys).
    pub fn worded(e: &Error, lang: Lang) -> ApiError {
        let mut api = ApiError::from(e);
        api.message = e.worded(lang);
        for f in &mut api.fields {
            f.reason = reason_in(&f.reason, lang);
        }
        api
    }
}
