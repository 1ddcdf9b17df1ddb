//! Evidence files: attach, list, get, remove, and deleting identity evidence once identity is verified.

use crate::attachment::{AttachedTo, Attachment, AttachmentId, AttachmentKind, Evidence};
use crate::error::{Invalid, Result};
use crate::store::Store;

/// The record a command names: ENTITY as typed (subprocessor, request, breach, policy-version, notice, activity)
/// and its number.
pub fn record(entity: &str, id: &str) -> Result<(AttachedTo, i64)> {
    let to = AttachedTo::parse(entity).map_err(|e| Invalid::field("entity", e))?;
    let id = id.parse::<AttachmentId>().map_err(|e| Invalid::field("id", e.errors[0].reason.clone()))?.0;
    Ok((to, id))
}

/// Keeps a file with a record.
pub fn attach(store: &mut Store, to: AttachedTo, id: i64, name: &str, bytes: &[u8], kind: Option<&str>) -> Result<Attachment> {
    store.attach(to, id, name, bytes, kind)
}

/// The window's attach: the file's bytes in base64 (what a web page reads a dropped or chosen file as), then the
/// record's Evidence section as it is now.
pub fn attach_encoded(store: &mut Store, to: AttachedTo, id: i64, name: &str, content: &str, kind: Option<AttachmentKind>) -> Result<Evidence> {
    use base64::Engine;
    let bytes = base64::engine::general_purpose::STANDARD.decode(content.trim()).map_err(|e| Invalid::field("file", format!("could not be read from the window: {e}")))?;
    store.attach(to, id, name, &bytes, kind.map(|k| k.as_str()))?;
    store.evidence(to, id)
}

/// A record's Evidence section.
pub fn evidence(store: &Store, to: AttachedTo, id: i64) -> Result<Evidence> {
    store.evidence(to, id)
}

/// Removes a file with a reason; the window gets its record's section back.
pub fn remove(store: &mut Store, id: AttachmentId, reason: &str) -> Result<Evidence> {
    let a = store.remove_attachment(id, reason)?;
    store.evidence(a.entity, a.record_id)
}

/// Deletes a request's identity evidence now that identity is verified.
pub fn remove_identity(store: &mut Store, request: i64) -> Result<Evidence> {
    store.remove_identity_evidence(request)?;
    store.evidence(AttachedTo::Request, request)
}

/// A kept file's name and bytes, checked against its hash.
pub fn content(store: &Store, id: AttachmentId) -> Result<(Attachment, Vec<u8>)> {
    store.attachment_content(id)
}
