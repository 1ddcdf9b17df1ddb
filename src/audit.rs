//! The audit trail: every change, who made it, when, and the record before and after, in an append-only log whose
//! entries are chained by SHA-256 so that an edited, deleted or reordered entry shows. Once a store has been
//! encrypted its entries are chained by HMAC-SHA-256 under the store's chain key instead, so that nobody without
//! the passphrase can write entries that verify.
//!
//! Only the store writes entries (in the same transaction as the change they record); this module holds the entry
//! type and the hashing and checking rules, which are pure.

use crate::id::AuditSeq;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use ts_rs::TS;

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct AuditEntry {
    pub seq: AuditSeq,
    pub at: DateTime<Utc>,
    /// The local user name of whoever made the change.
    pub actor: String,
    /// What kind of record changed: `org`, `subprocessor`, ...
    pub entity: String,
    #[ts(type = "number | null")]
    pub entity_id: Option<i64>,
    /// `create`, `update`, `retire`, `import`, ...
    pub action: String,
    /// The record before the change, as JSON text exactly as stored (`None` when created).
    pub before: Option<String>,
    /// The record after the change, as JSON text exactly as stored.
    pub after: Option<String>,
    pub prev_hash: String,
    pub hash: String,
    /// `at` in the organisation's zone with the offset, to the second, as the window shows it (not hashed).
    #[serde(default)]
    pub at_local: String,
}

/// The content an entry's hash covers: every column but the hash itself, in a fixed, unambiguous encoding (a JSON
/// array), so that no two different entries can produce the same input: plain SHA-256 without a key, HMAC-SHA-256
/// under the chain key with one.
#[allow(clippy::too_many_arguments)]
pub fn keyed_hash(
    key: Option<&[u8]>,
    seq: i64,
    at: &str,
    actor: &str,
    entity: &str,
    entity_id: Option<i64>,
    action: &str,
    before: Option<&str>,
    after: Option<&str>,
    prev_hash: &str,
) -> String {
    let content = serde_json::json!([seq, at, actor, entity, entity_id, action, before, after, prev_hash]).to_string();
    match key {
        None => hex::encode(Sha256::digest(content.as_bytes())),
        Some(key) => {
            let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
            mac.update(content.as_bytes());
            hex::encode(mac.finalize().into_bytes())
        }
    }
}

/// The keyed digest of a value, under a per-record salt: "hmac-sha256:" and its hex. Without the salt nobody can
/// confirm a guessed value against it.
pub fn salted_digest(salt: &str, value: &str) -> String {
    salted_digest_bytes(salt.as_bytes(), value.as_bytes())
}

/// [`salted_digest`] of bytes under a key of bytes.
pub fn salted_digest_bytes(key: &[u8], value: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(value);
    format!("hmac-sha256:{}", hex::encode(mac.finalize().into_bytes()))
}

/// The instant format the log stores and hashes: RFC 3339 in UTC with microseconds, so text and hash agree.
pub fn format_instant(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

impl AuditEntry {
    pub fn computed_hash(&self) -> String {
        keyed_hash(
            None,
            self.seq.0,
            &format_instant(self.at),
            &self.actor,
            &self.entity,
            self.entity_id,
            &self.action,
            self.before.as_deref(),
            self.after.as_deref(),
            &self.prev_hash,
        )
    }
}

/// One stored row as read back, before any interpretation: verification works on the raw text so that a row whose
/// instant no longer parses is still reported as edited rather than failing the read.
#[derive(Clone, Debug)]
pub struct RawEntry {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub entity: String,
    pub entity_id: Option<i64>,
    pub action: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub prev_hash: String,
    pub hash: String,
    /// The hash is an HMAC under the store's chain key.
    pub keyed: bool,
}

/// The chain key of an encrypted store and the first entry it keys: entries before it are plain SHA-256, it and
/// every later one HMAC.
#[derive(Clone, Debug)]
pub struct ChainKey {
    pub key: Vec<u8>,
    pub from_seq: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Verification {
    /// Entries read and checked.
    pub checked: usize,
    pub ok: bool,
    /// The first entry that does not fit the chain, and what is wrong with it.
    #[ts(type = "number | null")]
    pub first_bad: Option<i64>,
    pub problem: Option<String>,
    /// The hash of the last entry: printed on records so that a later copy can be compared.
    pub head_hash: String,
}

/// Walks the chain in order: positions must run 1, 2, 3 … (a gap is a deleted entry), each entry must name its
/// predecessor's hash (a mismatch is a deleted or reordered entry) and its own hash must match its content (a
/// mismatch is an edited entry).
pub fn verify(entries: impl IntoIterator<Item = RawEntry>, key: Option<&ChainKey>) -> Verification {
    let mut prev = GENESIS.to_string();
    let mut prev_at: Option<(String, DateTime<Utc>)> = None;
    let mut checked = 0;
    for e in entries {
        let expected_seq = checked as i64 + 1;
        let problem = if e.seq != expected_seq {
            Some(format!("entry {} follows entry {}: entry {} was deleted or the entries were reordered", e.seq, expected_seq - 1, expected_seq))
        } else if e.prev_hash != prev {
            Some(format!("entry {} does not follow the entry before it: an entry was deleted, inserted or reordered", e.seq))
        } else if e.keyed != key.is_some_and(|k| e.seq >= k.from_seq) {
            Some(match (e.keyed, key) {
                (true, None) => format!("entry {} is keyed, but this store has no chain key: it cannot be checked (the key was removed)", e.seq),
                (true, Some(k)) => format!("entry {} is keyed, but the chain is keyed only from entry {}", e.seq, k.from_seq),
                (false, _) => format!("entry {} is not keyed although the chain is keyed from there on: it was written or rewritten without the passphrase", e.seq),
            })
        } else if keyed_hash(
            key.filter(|_| e.keyed).map(|k| k.key.as_slice()),
            e.seq,
            &e.at,
            &e.actor,
            &e.entity,
            e.entity_id,
            &e.action,
            e.before.as_deref(),
            e.after.as_deref(),
            &e.prev_hash,
        ) != e.hash
        {
            Some(format!("entry {} was edited after it was written: its content no longer matches its hash", e.seq))
        } else {
            // Entries are stamped by the system clock under the write lock, so each is at or after the one before;
            // one dated earlier was backdated, or written while the system clock was set back.
            match (DateTime::parse_from_rfc3339(&e.at), &prev_at) {
                (Err(_), _) => Some(format!("entry {} has an unreadable time '{}'", e.seq, e.at)),
                (Ok(at), Some((prev_text, prev))) if at.with_timezone(&Utc) < *prev => Some(format!(
                    "entry {} is dated {}, before entry {} ({prev_text}): it was backdated or the system clock was set back",
                    e.seq,
                    e.at,
                    e.seq - 1
                )),
                _ => None,
            }
        };
        if let Some(problem) = problem {
            return Verification { checked, ok: false, first_bad: Some(e.seq), problem: Some(problem), head_hash: prev };
        }
        prev_at = DateTime::parse_from_rfc3339(&e.at).ok().map(|at| (e.at.clone(), at.with_timezone(&Utc)));
        prev = e.hash;
        checked += 1;
    }
    Verification { checked, ok: true, first_bad: None, problem: None, head_hash: prev }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<RawEntry> {
        let mut prev = GENESIS.to_string();
        (1..=n)
            .map(|seq| {
                let at = format!("2026-11-23T10:00:0{seq}.000000Z");
                let after = Some(format!("{{\"n\":{seq}}}"));
                let hash = keyed_hash(None, seq, &at, "camille", "subprocessor", Some(seq), "create", None, after.as_deref(), &prev);
                let e = RawEntry { seq, at, actor: "camille".into(), entity: "subprocessor".into(), entity_id: Some(seq), action: "create".into(), before: None, after, prev_hash: prev.clone(), hash: hash.clone(), keyed: false };
                prev = hash;
                e
            })
            .collect()
    }

    #[test]
    fn an_intact_chain_verifies_and_reports_its_head() {
        let c = chain(4);
        let head = c[3].hash.clone();
        let v = verify(c, None);
        assert!(v.ok);
        assert_eq!(v.checked, 4);
        assert_eq!(v.head_hash, head);
        assert_eq!(verify(Vec::new(), None).head_hash, GENESIS);
    }

    #[test]
    fn tampering_is_found_at_the_first_bad_entry() {
        let mut edited = chain(4);
        edited[2].after = Some("{\"n\":99}".into());
        assert_eq!(verify(edited, None).first_bad, Some(3));

        let mut deleted = chain(4);
        deleted.remove(1);
        let v = verify(deleted, None);
        assert_eq!((v.ok, v.first_bad, v.checked), (false, Some(3), 1));

        let mut reordered = chain(4);
        reordered.swap(1, 2);
        reordered[1].seq = 2;
        reordered[2].seq = 3;
        assert_eq!(verify(reordered, None).first_bad, Some(2));

        // Entry 3 rehashed correctly but dated before entry 2: a backdated entry.
        let mut prev = GENESIS.to_string();
        let backdated: Vec<RawEntry> = ["2026-11-23T10:00:00.000000Z", "2026-11-23T10:00:05.000000Z", "2026-11-01T09:00:00.000000Z"]
            .iter()
            .zip(1..)
            .map(|(at, seq)| {
                let hash = keyed_hash(None, seq, at, "camille", "org", None, "update", None, None, &prev);
                let e = RawEntry { seq, at: at.to_string(), actor: "camille".into(), entity: "org".into(), entity_id: None, action: "update".into(), before: None, after: None, prev_hash: prev.clone(), hash: hash.clone(), keyed: false };
                prev = hash;
                e
            })
            .collect();
        let v = verify(backdated, None);
        assert_eq!((v.ok, v.first_bad, v.checked), (false, Some(3), 2));
        assert!(v.problem.unwrap().contains("before entry 2"));

        let mut rehashed = chain(3);
        rehashed[0].actor = "mallory".into();
        assert!(verify(rehashed, None).problem.unwrap().contains("edited"));
    }
}
