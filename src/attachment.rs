//! Evidence files (issue 16): the signed DPA, the certificate, the identity evidence, the forensic report, the notice
//! that was sent, kept with the record they prove something about, inside the store (so encrypted, backed up,
//! exported and restored with it). Each file is kept once whatever records it is attached to (by its SHA-256);
//! adding and removing are audit entries holding the hash; a removal keeps the hash and a reason and drops the
//! content. The store's side is `store/attachment.rs`; this module holds the rules and the views.

use crate::document::Lang;
use crate::error::{Checker, Invalid, Result};
use crate::vocabulary;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use ts_rs::TS;

crate::typed_id!(
    /// A file attached to a record.
    AttachmentId
);

vocabulary! {
    /// What a file is, for whoever looks for it later (and for identity evidence, how long it is kept).
    AttachmentKind {
        Identity = "identity", "Identity evidence", "Justificatif d'identité", ["id", "identite", "proof of identity", "piece d'identite"];
        Evidence = "evidence", "Evidence", "Preuve", ["preuve", "proof", "report", "rapport"];
        Contract = "contract", "Contract", "Contrat", ["dpa", "agreement", "contrat", "accord", "certificate", "certificat"];
        Correspondence = "correspondence", "Correspondence", "Correspondance", ["letter", "email", "courrier", "lettre", "courriel"];
        Other = "other", "Other", "Autre", ["autre"];
    }
    what: "kind of file"
}

vocabulary! {
    /// The records a file can be attached to (the ENTITY of `privdesk attach`).
    AttachedTo {
        Subprocessor = "subprocessor", "Subprocessor", "Sous-traitant", ["sous-traitant", "sub-processor", "vendor"];
        Request = "request", "Data subject request", "Demande de personne concernée", ["demande", "dsr"];
        Breach = "breach", "Breach", "Violation", ["violation"];
        PolicyVersion = "policy-version", "Policy version", "Version de politique", ["version", "policy version"];
        Notice = "notice", "Subprocessor notice", "Avis de sous-traitance", ["subprocessor-notice", "avis"];
        Activity = "activity", "Processing activity", "Activité de traitement", ["activite", "traitement"];
    }
    what: "kind of record"
}

impl AttachedTo {
    /// The kind a file takes when none is given: what is usually attached to such a record.
    pub fn default_kind(self) -> AttachmentKind {
        match self {
            AttachedTo::Subprocessor => AttachmentKind::Contract,
            AttachedTo::Request | AttachedTo::Notice => AttachmentKind::Correspondence,
            AttachedTo::Breach | AttachedTo::Activity => AttachmentKind::Evidence,
            AttachedTo::PolicyVersion => AttachmentKind::Other,
        }
    }
}

/// The size limit per file when the organisation set none: 50 MB.
pub const DEFAULT_LIMIT_MB: u32 = 50;
/// The largest limit the profile accepts (a SQLite value holds up to 1 GB; a file is read whole into memory).
pub const MAX_LIMIT_MB: u32 = 500;
const MB: u64 = 1024 * 1024;

/// One attached file as both faces show it. `added_at` and `removed_at` are UTC (RFC 3339); the window shows them
/// from `Evidence::local`.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Attachment {
    pub id: AttachmentId,
    pub entity: AttachedTo,
    #[ts(type = "number")]
    pub record_id: i64,
    pub name: String,
    pub media_type: String,
    #[ts(type = "number")]
    pub size: u64,
    pub sha256: String,
    pub kind: AttachmentKind,
    pub added_at: DateTime<Utc>,
    pub added_by: String,
    pub removed_at: Option<DateTime<Utc>>,
    pub removed_by: Option<String>,
    pub removed_reason: Option<String>,
}

/// A request whose identity is established and that still holds identity evidence: the window offers to delete it
/// (the fact of verification stays on the request).
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct IdentityOffer {
    pub verified_on: NaiveDate,
    /// The identity files still kept.
    pub files: Vec<AttachmentId>,
}

/// A record's Evidence section: the files kept, the ones removed (hash, who, when, why), the limit, and for a
/// request the offer to delete identity evidence no longer needed.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Evidence {
    pub entity: AttachedTo,
    #[ts(type = "number")]
    pub record_id: i64,
    pub kept: Vec<Attachment>,
    pub removed: Vec<Attachment>,
    /// The kind a new file takes unless another is chosen.
    pub default_kind: AttachmentKind,
    #[ts(type = "number")]
    pub limit_bytes: u64,
    pub identity_offer: Option<IdentityOffer>,
    /// Whether a file can be added now: not to a request the retention purge has pseudonymised (attach refuses it).
    pub accepts_files: bool,
    /// Each instant above in the organisation's zone, keyed by its RFC 3339 form.
    pub local: BTreeMap<String, String>,
}

/// A file the store has checked and may keep: its name as given without any folder, its type from its extension,
/// its hash.
#[derive(Clone, Debug, PartialEq)]
pub struct NewFile {
    pub name: String,
    pub media_type: String,
    pub size: u64,
    pub sha256: String,
    pub kind: AttachmentKind,
}

/// The lower-case hex SHA-256 of a file's bytes.
pub fn sha256(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The size limit in bytes for a limit in MB.
pub fn limit_bytes(limit_mb: u32) -> u64 {
    u64::from(limit_mb) * MB
}

/// Checks a file before it is kept: a name (the last part of a path; no control characters), not empty, within the
/// limit; the kind as given (text from the command line, checked) or the record's default.
pub fn check(name: &str, bytes: &[u8], kind: Option<&str>, to: AttachedTo, limit_mb: u32) -> Result<NewFile> {
    let mut c = Checker::new();
    let base = name.rsplit(['/', '\\']).next().unwrap_or("").trim();
    let name = if base.is_empty() {
        c.push("name", "is required: the file's name");
        None
    } else {
        c.check("name", crate::text::check_text(base, false, 255).map(|_| base.to_string()))
    };
    let size = bytes.len() as u64;
    c.check("file", check_size(size, limit_mb));
    let kind = match kind.map(str::trim).filter(|k| !k.is_empty()) {
        None => Some(to.default_kind()),
        Some(k) => c.check("kind", AttachmentKind::parse(k)),
    };
    c.finish()?;
    let name = name.expect("checked");
    Ok(NewFile { media_type: media_type(&name).into(), name, size, sha256: sha256(bytes), kind: kind.expect("checked") })
}

/// A file's size against the limit: not empty, at most `limit_mb` MB (checked before a file is read, too).
pub fn check_size(size: u64, limit_mb: u32) -> std::result::Result<(), String> {
    if size == 0 {
        Err("is empty: attach a file with something in it".into())
    } else if size > limit_bytes(limit_mb) {
        Err(format!("is {} bytes, larger than the limit of {limit_mb} MB per file", crate::document::format_number(size, Lang::En)))
    } else {
        Ok(())
    }
}

/// A removal's reason: required, one line.
pub fn check_reason(reason: &str) -> Result<String> {
    let r = reason.trim();
    if r.is_empty() {
        return Err(Invalid::field("reason", "is required: say why the file is removed (its hash and this reason are kept)").into());
    }
    crate::text::check_text(r, false, 500).map_err(|e| Invalid::field("reason", e))?;
    Ok(r.to_string())
}

/// The media type a file's extension names, for the viewer that opens it; `application/octet-stream` otherwise.
pub fn media_type(name: &str) -> &'static str {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "tif" | "tiff" => "image/tiff",
        "heic" => "image/heic",
        "txt" | "log" => "text/plain",
        "md" => "text/markdown",
        "csv" => "text/csv",
        "json" => "application/json",
        "xml" => "application/xml",
        "html" | "htm" => "text/html",
        "eml" => "message/rfc822",
        "msg" => "application/vnd.ms-outlook",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls" => "application/vnd.ms-excel",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "odt" => "application/vnd.oasis.opendocument.text",
        "ods" => "application/vnd.oasis.opendocument.spreadsheet",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

/// A size as a person reads it: "812 bytes", "24.6 KB", "3.1 MB" (French: "24,6 Ko").
pub fn size_text(size: u64, lang: Lang) -> String {
    let (value, unit_en, unit_fr) = match size {
        s if s < 1024 => return format!("{} {}", s, if lang == Lang::Fr { "octets" } else { "bytes" }),
        s if s < MB => (s as f64 / 1024.0, "KB", "Ko"),
        s => (s as f64 / MB as f64, "MB", "Mo"),
    };
    match lang {
        Lang::En => format!("{value:.1} {unit_en}"),
        Lang::Fr => format!("{}\u{a0}{unit_fr}", format!("{value:.1}").replace('.', ",")),
    }
}

/// The reason recorded when identity evidence is deleted once identity is established.
pub fn identity_reason(verified_on: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => format!("identity verified on {verified_on}: the evidence is no longer needed"),
        Lang::Fr => format!("identité vérifiée le {}\u{a0}: le justificatif n'est plus nécessaire", crate::document::format_date(verified_on, Lang::Fr)),
    }
}

/// The name a purged request's file keeps: its number, not what it was called (which may name the requester).
pub fn purged_name(id: AttachmentId) -> String {
    format!("file {id} (purged)")
}

pub const PURGE_REASON: &str = "retention purge: the request's personal details were removed";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_named_without_its_folder_typed_by_its_extension_and_hashed() {
        let f = check("/home/me/Signed DPA.PDF", b"%PDF-1.7 dpa", None, AttachedTo::Subprocessor, 50).unwrap();
        assert_eq!(f.name, "Signed DPA.PDF");
        assert_eq!(f.media_type, "application/pdf");
        assert_eq!(f.kind, AttachmentKind::Contract);
        assert_eq!(f.sha256, sha256(b"%PDF-1.7 dpa"));
        assert_eq!(f.sha256.len(), 64);
        let w = check("C:\\scans\\passport.jpg", b"x", Some("identite"), AttachedTo::Request, 50).unwrap();
        assert_eq!((w.name.as_str(), w.kind), ("passport.jpg", AttachmentKind::Identity));
    }

    #[test]
    fn an_empty_file_a_file_over_the_limit_a_bad_kind_and_a_missing_name_are_refused_by_field() {
        let e = check("", b"", Some("passport"), AttachedTo::Request, 1).unwrap_err();
        let fields: Vec<String> = match e {
            crate::Error::Invalid(i) => i.errors.into_iter().map(|f| f.field).collect(),
            other => panic!("{other}"),
        };
        assert_eq!(fields, ["name", "file", "kind"]);
        let big = vec![0u8; (MB + 1) as usize];
        let e = check("big.bin", &big, None, AttachedTo::Breach, 1).unwrap_err().to_string();
        assert!(e.contains("1,048,577 bytes, larger than the limit of 1 MB per file"), "{e}");
        assert!(check("ok.bin", &big[..MB as usize], None, AttachedTo::Breach, 1).is_ok());
        assert!(check("a\u{202e}b.pdf", b"x", None, AttachedTo::Breach, 1).is_err());
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size_text(812, Lang::En), "812 bytes");
        assert_eq!(size_text(25_190, Lang::En), "24.6 KB");
        assert_eq!(size_text(3_250_000, Lang::Fr), "3,1\u{a0}Mo");
    }

    #[test]
    fn a_removal_needs_a_reason() {
        assert!(check_reason("  ").is_err());
        assert_eq!(check_reason(" superseded by the 2027 DPA ").unwrap(), "superseded by the 2027 DPA");
    }
}
