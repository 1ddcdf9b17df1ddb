//! The `attachment` and `attachment_content` tables (migration `0018_attachments.sql`): evidence files kept with a
//! record ([`crate::attachment`]). Adding, removing and a purge are each one transaction with an audit entry per
//! file holding its SHA-256; the content of a file goes with the last attachment that kept it.

use super::{parse_instant, rows_of, RecordFinding, Store, Tx};
use crate::attachment::{self, AttachedTo, Attachment, AttachmentId, AttachmentKind, Evidence, IdentityOffer};
use crate::audit::{format_instant, salted_digest};
use crate::error::{Error, Invalid, Result};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

const COLUMNS: &str = "id, entity, record_id, name, media_type, size, sha256, kind, added_at, added_by, removed_at, removed_by, removed_reason";

fn read(r: &rusqlite::Row<'_>) -> Result<Attachment> {
    let corrupt = |what: &str, e: String| Error::from(super::StoreError::Corrupt { what: format!("attachment {what}"), reason: e });
    let removed_at: Option<String> = r.get("removed_at")?;
    Ok(Attachment {
        id: r.get("id")?,
        entity: AttachedTo::parse(&r.get::<_, String>("entity")?).map_err(|e| corrupt("entity", e))?,
        record_id: r.get("record_id")?,
        name: r.get("name")?,
        media_type: r.get("media_type")?,
        size: r.get::<_, i64>("size")? as u64,
        sha256: r.get("sha256")?,
        kind: AttachmentKind::parse(&r.get::<_, String>("kind")?).map_err(|e| corrupt("kind", e))?,
        added_at: parse_instant("added_at", &r.get::<_, String>("added_at")?)?,
        added_by: r.get("added_by")?,
        removed_at: removed_at.map(|t| parse_instant("removed_at", &t)).transpose()?,
        removed_by: r.get("removed_by")?,
        removed_reason: r.get("removed_reason")?,
    })
}

/// What an attachment's audit entry records. A request's file names and removal reasons may name the requester,
/// so for a request they are recorded as digests under the request's salt (none once it is purged), as the
/// request's own details are.
#[derive(Serialize)]
struct Form {
    entity: AttachedTo,
    record_id: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name_digest: Option<String>,
    media_type: String,
    size: u64,
    sha256: String,
    kind: AttachmentKind,
    removed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    removed_reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    removed_reason_digest: Option<String>,
}

fn request_salt(conn: &Connection, id: i64) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT digest_salt FROM request WHERE id = ?1", [id], |r| r.get::<_, Option<String>>(0)).optional()?.flatten())
}

fn form(conn: &Connection, a: &Attachment) -> Result<Form> {
    let mut f = Form {
        entity: a.entity,
        record_id: a.record_id,
        name: Some(a.name.clone()),
        name_digest: None,
        media_type: a.media_type.clone(),
        size: a.size,
        sha256: a.sha256.clone(),
        kind: a.kind,
        removed: a.removed_at.is_some(),
        removed_reason: a.removed_reason.clone(),
        removed_reason_digest: None,
    };
    if a.entity == AttachedTo::Request {
        let salt = request_salt(conn, a.record_id)?;
        let digest = |v: &str| salt.as_deref().map(|s| salted_digest(s, v));
        f.name_digest = digest(&a.name);
        f.removed_reason_digest = a.removed_reason.as_deref().and_then(digest);
        f.name = None;
        f.removed_reason = None;
    }
    Ok(f)
}

fn get_in(conn: &Connection, id: AttachmentId) -> Result<Attachment> {
    rows_of(conn, &format!("SELECT {COLUMNS} FROM attachment WHERE id = ?1"), [id], read)?
        .pop()
        .ok_or(Error::NotFound { entity: "attachment", id: id.0 })
}

/// The record a file is attached to, as the annex and the command line name it ("OVH SAS", "Request #12"), or
/// `None` when there is no such record.
fn record_title(conn: &Connection, to: AttachedTo, id: i64) -> Result<Option<String>> {
    let sql = match to {
        AttachedTo::Subprocessor => "SELECT name FROM subprocessor WHERE id = ?1",
        AttachedTo::Request => "SELECT 'Request #' || id FROM request WHERE id = ?1",
        AttachedTo::Breach => "SELECT title FROM breach WHERE id = ?1",
        AttachedTo::PolicyVersion => "SELECT p.title || ', ' || v.label FROM policy_version v JOIN policy p ON p.id = v.policy_id WHERE v.id = ?1",
        AttachedTo::Notice => "SELECT 'Notice #' || n.id || ', ' || s.name FROM subprocessor_notice n JOIN subprocessor s ON s.id = n.subprocessor_id WHERE n.id = ?1",
        AttachedTo::Activity => "SELECT name FROM activity WHERE id = ?1",
    };
    Ok(conn.query_row(sql, [id], |r| r.get(0)).optional()?)
}

fn require_record(conn: &Connection, to: AttachedTo, id: i64) -> Result<()> {
    match record_title(conn, to, id)? {
        Some(_) => Ok(()),
        None => Err(Error::NotFound { entity: to.as_str(), id }),
    }
}

/// The day a request was pseudonymised by the retention purge, if the record is one: it keeps no file from then on
/// (one added later would outlive the purge that already ran).
fn purged_on(conn: &Connection, to: AttachedTo, id: i64) -> Result<Option<String>> {
    if to != AttachedTo::Request {
        return Ok(None);
    }
    Ok(conn.query_row("SELECT pseudonymised_on FROM request WHERE id = ?1", [id], |r| r.get(0))?)
}

/// Marks a file removed and drops its content unless another kept attachment holds the same file; one audit entry.
fn remove_in(tx: &Tx<'_>, before: &Attachment, reason: &str, action: &str, rename: Option<String>) -> Result<Attachment> {
    let before_form = form(tx, before)?;
    tx.execute(
        "UPDATE attachment SET removed_at = ?2, removed_by = ?3, removed_reason = ?4, name = coalesce(?5, name) WHERE id = ?1",
        params![before.id, format_instant(tx.now()), tx.actor, reason, rename],
    )?;
    tx.execute(
        "DELETE FROM attachment_content WHERE sha256 = ?1 AND NOT EXISTS (SELECT 1 FROM attachment WHERE sha256 = ?1 AND removed_at IS NULL)",
        [&before.sha256],
    )?;
    let after = get_in(tx, before.id)?;
    tx.audit("attachment", Some(before.id.0), action, Some(&before_form), Some(&form(tx, &after)?))?;
    Ok(after)
}

/// Removes every file of a request as its retention purge runs (inside the purge's transaction, after the request's
/// salt is cleared): names replaced by the file's number, contents dropped, one entry each.
pub(super) fn purge_request_files(tx: &Tx<'_>, request: i64) -> Result<usize> {
    let all = rows_of(tx, &format!("SELECT {COLUMNS} FROM attachment WHERE entity = 'request' AND record_id = ?1 ORDER BY id"), [request], read)?;
    let mut n = 0;
    for a in all {
        let purged_name = attachment::purged_name(a.id);
        if a.removed_at.is_some() && a.name == purged_name {
            continue;
        }
        if a.removed_at.is_some() {
            // Removed before: the content is gone already; its name and reason go now.
            let before_form = form(tx, &a)?;
            tx.execute("UPDATE attachment SET name = ?2, removed_reason = ?3 WHERE id = ?1", params![a.id, purged_name, attachment::PURGE_REASON])?;
            let after = get_in(tx, a.id)?;
            tx.audit("attachment", Some(a.id.0), "purge", Some(&before_form), Some(&form(tx, &after)?))?;
        } else {
            remove_in(tx, &a, attachment::PURGE_REASON, "purge", Some(purged_name))?;
        }
        n += 1;
    }
    Ok(n)
}

/// Every attachment as its audit entries record it, for `audit verify`.
pub(super) fn audit_forms(conn: &Connection) -> Result<Vec<(&'static str, Option<i64>, serde_json::Value)>> {
    let all = rows_of(conn, &format!("SELECT {COLUMNS} FROM attachment ORDER BY id"), [], read)?;
    all.iter().map(|a| Ok(("attachment", Some(a.id.0), serde_json::to_value(form(conn, a)?).expect("the form serialises")))).collect()
}

/// The files themselves against their hashes: a content changed, or missing while a kept attachment needs it.
pub(super) fn content_findings(conn: &Connection) -> Result<Vec<RecordFinding>> {
    let mut findings = Vec::new();
    let mut stmt = conn.prepare("SELECT sha256, size, bytes FROM attachment_content ORDER BY sha256")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let (hash, size, bytes): (String, i64, Vec<u8>) = (r.get(0)?, r.get(1)?, r.get(2)?);
        if attachment::sha256(&bytes) != hash || bytes.len() as i64 != size {
            let ids = rows_of(conn, "SELECT id FROM attachment WHERE sha256 = ?1 ORDER BY id", [&hash], |r| Ok(r.get::<_, i64>(0)?))?;
            for id in ids {
                findings.push(RecordFinding {
                    entity: "attachment".into(),
                    id: Some(id),
                    field: Some("content".into()),
                    problem: format!("does not match its SHA-256 {hash}: the file was changed outside Privacy Desk"),
                });
            }
        }
    }
    let missing = rows_of(
        conn,
        "SELECT id FROM attachment a WHERE removed_at IS NULL AND NOT EXISTS (SELECT 1 FROM attachment_content c WHERE c.sha256 = a.sha256) ORDER BY id",
        [],
        |r| Ok(r.get::<_, i64>(0)?),
    )?;
    for id in missing {
        findings.push(RecordFinding {
            entity: "attachment".into(),
            id: Some(id),
            field: Some("content".into()),
            problem: "is missing although the file is kept: it was deleted outside Privacy Desk".into(),
        });
    }
    Ok(findings)
}

/// One line of the binder's annex: a file with the record it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub struct AnnexRow {
    pub attachment: Attachment,
    pub record: String,
}

impl Store {
    /// The size limit per file, from the profile.
    fn attachment_limit_mb(&self) -> Result<u32> {
        Ok(self.require_org()?.attachment_limit_mb)
    }

    /// Keeps a file with a record: checked (name, size within the profile's limit, kind), refused when the same file
    /// is already kept on that record, its content stored once whatever else holds it; one audit entry with its hash.
    pub fn attach(&mut self, to: AttachedTo, record_id: i64, name: &str, bytes: &[u8], kind: Option<&str>) -> Result<Attachment> {
        self.atomically(|s| {
            let limit = s.attachment_limit_mb()?;
            require_record(s.conn(), to, record_id)?;
            if let Some(on) = purged_on(s.conn(), to, record_id)? {
                let reference = crate::request::reference(crate::request::RequestId(record_id));
                return Err(Invalid::field("id", format!("request {reference} was pseudonymised on {on} by the retention purge: no file can be kept with it")).into());
            }
            let file = attachment::check(name, bytes, kind, to, limit)?;
            let same: Option<(i64, String)> = s
                .conn()
                .query_row(
                    "SELECT id, name FROM attachment WHERE entity = ?1 AND record_id = ?2 AND sha256 = ?3 AND removed_at IS NULL",
                    params![to.as_str(), record_id, file.sha256],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            if let Some((id, existing)) = same {
                return Err(Invalid::field("file", format!("is already attached to this record as '{existing}' (attachment {id}): the same file is kept once")).into());
            }
            let id = s.write(|tx| {
                tx.execute(
                    "INSERT OR IGNORE INTO attachment_content (sha256, size, bytes) VALUES (?1, ?2, ?3)",
                    params![file.sha256, file.size as i64, bytes],
                )?;
                tx.execute(
                    "INSERT INTO attachment (entity, record_id, name, media_type, size, sha256, kind, added_at, added_by)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    params![to.as_str(), record_id, file.name, file.media_type, file.size as i64, file.sha256, file.kind.as_str(), format_instant(tx.now()), tx.actor],
                )?;
                let id = AttachmentId(tx.last_insert_rowid());
                let a = get_in(tx, id)?;
                tx.audit::<(), _>("attachment", Some(id.0), "add", None, Some(&form(tx, &a)?))?;
                Ok(id)
            })?;
            get_in(s.conn(), id)
        })
    }

    /// One attachment.
    pub fn attachment(&self, id: AttachmentId) -> Result<Attachment> {
        get_in(self.conn(), id)
    }

    /// A record's files, oldest first: the ones kept, and with `removed` also the ones removed (hash and reason).
    pub fn attachments(&self, to: AttachedTo, record_id: i64, removed: bool) -> Result<Vec<Attachment>> {
        require_record(self.conn(), to, record_id)?;
        let filter = if removed { "" } else { " AND removed_at IS NULL" };
        rows_of(self.conn(), &format!("SELECT {COLUMNS} FROM attachment WHERE entity = ?1 AND record_id = ?2{filter} ORDER BY id"), params![to.as_str(), record_id], read)
    }

    /// A record's Evidence section as the window shows it.
    pub fn evidence(&self, to: AttachedTo, record_id: i64) -> Result<Evidence> {
        let org = self.require_org()?;
        let all = self.attachments(to, record_id, true)?;
        let (kept, removed): (Vec<Attachment>, Vec<Attachment>) = all.into_iter().partition(|a| a.removed_at.is_none());
        let identity_offer = match to {
            AttachedTo::Request => {
                let files: Vec<AttachmentId> = kept.iter().filter(|a| a.kind == AttachmentKind::Identity).map(|a| a.id).collect();
                self.identity_verified_on(record_id)?.filter(|_| !files.is_empty()).map(|verified_on| IdentityOffer { verified_on, files })
            }
            _ => None,
        };
        let instants = kept.iter().chain(&removed).flat_map(|a| std::iter::once(a.added_at).chain(a.removed_at));
        Ok(Evidence {
            entity: to,
            record_id,
            local: crate::breach::clock::local_map(instants, org.tz()),
            kept,
            removed,
            default_kind: to.default_kind(),
            limit_bytes: attachment::limit_bytes(org.attachment_limit_mb),
            identity_offer,
            accepts_files: purged_on(self.conn(), to, record_id)?.is_none(),
        })
    }

    /// The day a request's identity was established (its identity evidence received), if it was.
    fn identity_verified_on(&self, request: i64) -> Result<Option<chrono::NaiveDate>> {
        let on: Option<String> = self.conn().query_row("SELECT identity_received_on FROM request WHERE id = ?1", [request], |r| r.get(0))?;
        Ok(on.and_then(|d| d.parse().ok()))
    }

    /// A kept file's bytes, checked against its hash (a file changed outside Privacy Desk is refused, not handed
    /// out); a removed file's content is no longer kept.
    pub fn attachment_content(&self, id: AttachmentId) -> Result<(Attachment, Vec<u8>)> {
        let a = self.attachment(id)?;
        if let Some(at) = a.removed_at {
            return Err(Invalid::field("id", format!("attachment {id} was removed on {}: only its hash and the reason are kept", at.date_naive())).into());
        }
        let bytes: Option<Vec<u8>> = self.conn().query_row("SELECT bytes FROM attachment_content WHERE sha256 = ?1", [&a.sha256], |r| r.get(0)).optional()?;
        match bytes {
            Some(b) if attachment::sha256(&b) == a.sha256 => Ok((a, b)),
            _ => Err(super::StoreError::Corrupt {
                what: format!("attachment {id}"),
                reason: "its stored content does not match its SHA-256 (it was changed or deleted outside Privacy Desk); run audit verify".into(),
            }
            .into()),
        }
    }

    /// Removes a kept file with a reason: the record of it (hash, who, when, why) stays, its content goes.
    pub fn remove_attachment(&mut self, id: AttachmentId, reason: &str) -> Result<Attachment> {
        let reason = attachment::check_reason(reason)?;
        let removed = self.atomically(|s| {
            let before = s.attachment(id)?;
            if let Some(at) = before.removed_at {
                return Err(Invalid::field("id", format!("attachment {id} was already removed on {}", at.date_naive())).into());
            }
            s.write(|tx| remove_in(tx, &before, &reason, "remove", None))
        })?;
        self.clear_log();
        Ok(removed)
    }

    /// Deletes a request's identity evidence once its identity is established: the fact of verification stays on
    /// the request, the files go (each with the reason saying so).
    pub fn remove_identity_evidence(&mut self, request: i64) -> Result<Vec<Attachment>> {
        let lang = self.texts()?;
        let removed = self.atomically(|s| {
            require_record(s.conn(), AttachedTo::Request, request)?;
            let Some(on) = s.identity_verified_on(request)? else {
                return Err(Invalid::field("id", format!("request {request} has no identity evidence recorded as received: identity is not verified yet")).into());
            };
            let files: Vec<Attachment> = s.attachments(AttachedTo::Request, request, false)?.into_iter().filter(|a| a.kind == AttachmentKind::Identity).collect();
            if files.is_empty() {
                return Err(Invalid::field("id", format!("request {request} keeps no identity evidence")).into());
            }
            let reason = attachment::identity_reason(on, lang);
            s.write(|tx| files.iter().map(|a| remove_in(tx, a, &reason, "remove", None)).collect::<Result<Vec<_>>>())
        })?;
        self.clear_log();
        Ok(removed)
    }

    /// After a removal: the write-ahead log emptied when no one else reads it, so the removed bytes are in no frame
    /// of it (the file's own pages are zeroed by secure_delete). Best effort: a reader elsewhere keeps it until the
    /// next checkpoint.
    fn clear_log(&self) {
        let _ = self.conn().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get::<_, i64>(0));
    }

    /// Every file ever attached, by record kind then record then file, with its record's name: the binder's annex.
    pub fn attachment_annex(&self) -> Result<Vec<AnnexRow>> {
        let all = rows_of(self.conn(), &format!("SELECT {COLUMNS} FROM attachment ORDER BY entity, record_id, id"), [], read)?;
        all.into_iter()
            .map(|a| {
                let record = record_title(self.conn(), a.entity, a.record_id)?.unwrap_or_else(|| format!("#{}", a.record_id));
                Ok(AnnexRow { attachment: a, record })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> Store {
        let mut s = Store::open_in_memory().unwrap();
        s.save_org(&crate::org::OrgDraft { legal_name: "Exemple SAS".into(), country: "FR".into(), authority: "cnil".into(), ..Default::default() }).unwrap();
        s.add_subprocessor(&crate::subprocessor::SubprocessorDraft { name: "OVH SAS".into(), service: "Hosting".into(), country: "FR".into(), category: "hosting".into(), ..Default::default() }).unwrap();
        s.add_subprocessor(&crate::subprocessor::SubprocessorDraft { name: "Brevo".into(), service: "E-mail".into(), country: "FR".into(), category: "email".into(), ..Default::default() }).unwrap();
        s
    }

    fn contents(s: &Store) -> i64 {
        s.conn().query_row("SELECT count(*) FROM attachment_content", [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn a_file_comes_back_byte_for_byte_and_the_same_file_is_stored_once() {
        let mut s = store();
        let a = s.attach(AttachedTo::Subprocessor, 1, "dpa.pdf", b"%PDF dpa", None).unwrap();
        assert_eq!((a.kind, a.size, a.media_type.as_str()), (AttachmentKind::Contract, 8, "application/pdf"));
        assert_eq!(s.attachment_content(a.id).unwrap().1, b"%PDF dpa");
        s.attach(AttachedTo::Subprocessor, 2, "same dpa.pdf", b"%PDF dpa", None).unwrap();
        assert_eq!(contents(&s), 1);
        let again = s.attach(AttachedTo::Subprocessor, 1, "copy.pdf", b"%PDF dpa", None).unwrap_err().to_string();
        assert!(again.contains("already attached to this record as 'dpa.pdf'"), "{again}");
        assert!(matches!(s.attach(AttachedTo::Breach, 9, "x", b"x", None), Err(Error::NotFound { entity: "breach", id: 9 })));
    }

    #[test]
    fn removal_keeps_the_hash_and_reason_drops_the_content_only_when_no_one_else_keeps_it() {
        let mut s = store();
        let a = s.attach(AttachedTo::Subprocessor, 1, "dpa.pdf", b"shared", None).unwrap();
        let b = s.attach(AttachedTo::Subprocessor, 2, "dpa.pdf", b"shared", None).unwrap();
        assert!(s.remove_attachment(a.id, " ").is_err());
        let gone = s.remove_attachment(a.id, "superseded").unwrap();
        assert_eq!((gone.removed_reason.as_deref(), gone.sha256.as_str()), (Some("superseded"), a.sha256.as_str()));
        assert_eq!(contents(&s), 1);
        assert!(s.attachment_content(a.id).is_err());
        assert_eq!(s.attachment_content(b.id).unwrap().1, b"shared");
        s.remove_attachment(b.id, "contract ended").unwrap();
        assert_eq!(contents(&s), 0);
        assert!(s.remove_attachment(b.id, "twice").is_err());
        let entries: Vec<(String, String)> = s
            .audit_log(&Default::default())
            .unwrap()
            .into_iter()
            .filter(|e| e.entity == "attachment")
            .map(|e| (e.action, e.after.unwrap_or_default()))
            .collect();
        assert_eq!(entries.len(), 4);
        assert!(entries.iter().all(|(_, after)| after.contains(&a.sha256)));
        let report = s.verify_everything().unwrap();
        assert!(report.records.ok && report.chain_ok, "{report:?}");
    }

    #[test]
    fn a_file_changed_outside_the_app_is_refused_and_named_by_verify() {
        let mut s = store();
        let a = s.attach(AttachedTo::Subprocessor, 1, "dpa.pdf", b"original", None).unwrap();
        s.conn().execute("UPDATE attachment_content SET bytes = X'00'", []).unwrap();
        assert!(s.attachment_content(a.id).is_err());
        let report = s.verify_everything().unwrap();
        assert!(!report.ok);
        assert!(report.records.findings.iter().any(|f| f.entity == "attachment" && f.field.as_deref() == Some("content")), "{:?}", report.records.findings);
    }
}
