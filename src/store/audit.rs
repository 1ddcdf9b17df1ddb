//! The `audit_log` table.

use crate::audit::{self, AuditEntry, ChainKey, RawEntry, Verification, GENESIS};
use crate::error::Result;
use crate::id::AuditSeq;
use crate::store::{parse_instant, Store};
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

#[allow(clippy::too_many_arguments)]
pub(super) fn append(
    conn: &Connection,
    key: Option<&ChainKey>,
    actor: &str,
    at: DateTime<Utc>,
    entity: &str,
    entity_id: Option<i64>,
    action: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> Result<()> {
    let last: Option<(i64, String)> =
        conn.query_row("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", [], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
    let (seq, prev_hash) = match last {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, GENESIS.to_string()),
    };
    let at = audit::format_instant(at);
    let key = key.filter(|k| seq >= k.from_seq);
    let hash = audit::keyed_hash(key.map(|k| k.key.as_slice()), seq, &at, actor, entity, entity_id, action, before, after, &prev_hash);
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, entity, entity_id, action, before, after, prev_hash, hash, keyed)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![seq, at, actor, entity, entity_id, action, before, after, prev_hash, hash, key.is_some()],
    )?;
    Ok(())
}

const COLUMNS: &str = "seq, at, actor, entity, entity_id, action, before, after, prev_hash, hash, keyed";

fn raw(r: &rusqlite::Row<'_>) -> rusqlite::Result<RawEntry> {
    Ok(RawEntry {
        seq: r.get(0)?,
        at: r.get(1)?,
        actor: r.get(2)?,
        entity: r.get(3)?,
        entity_id: r.get(4)?,
        action: r.get(5)?,
        before: r.get(6)?,
        after: r.get(7)?,
        prev_hash: r.get(8)?,
        hash: r.get(9)?,
        keyed: r.get(10)?,
    })
}

/// The chain key, when the store has one (it was encrypted at some point).
pub(super) fn chain_key(conn: &Connection) -> Result<Option<ChainKey>> {
    let row: Option<(String, i64)> =
        conn.query_row("SELECT chain_key, from_seq FROM store_key WHERE id = 1", [], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
    row.map(|(key, from_seq)| {
        let key = hex::decode(&key).map_err(|e| crate::store::StoreError::Corrupt { what: "audit chain key".into(), reason: e.to_string() })?;
        Ok(ChainKey { key, from_seq })
    })
    .transpose()
}

/// The number of entries and the hash of the last one ("0…0" for an empty log), as the log stands.
pub(crate) fn head(conn: &Connection) -> Result<(i64, String)> {
    let last: Option<(i64, String)> =
        conn.query_row("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", [], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
    Ok(last.unwrap_or_else(|| (0, GENESIS.to_string())))
}

fn entry(e: RawEntry) -> Result<AuditEntry> {
    Ok(AuditEntry {
        seq: AuditSeq(e.seq),
        at: parse_instant("audit entry time", &e.at)?,
        actor: e.actor,
        entity: e.entity,
        entity_id: e.entity_id,
        action: e.action,
        before: e.before,
        after: e.after,
        prev_hash: e.prev_hash,
        hash: e.hash,
        at_local: String::new(),
    })
}

/// What the log view and `privdesk audit log` can ask for.
#[derive(Clone, Debug, Default, serde::Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct AuditQuery {
    pub entity: Option<String>,
    #[ts(type = "number | null")]
    pub entity_id: Option<i64>,
    /// Newest first when true.
    pub newest_first: bool,
    pub limit: Option<u32>,
    /// The entries to skip (a page of the log).
    #[ts(type = "number")]
    pub offset: u64,
}

/// One page of the audit log, newest first as the window shows it.
pub type AuditPage = crate::page::Page<AuditEntry>;

impl Store {
    pub fn audit_log(&self, q: &AuditQuery) -> Result<Vec<AuditEntry>> {
        let order = if q.newest_first { "DESC" } else { "ASC" };
        let sql = format!(
            "SELECT {COLUMNS} FROM audit_log WHERE (?1 IS NULL OR entity = ?1) AND (?2 IS NULL OR entity_id = ?2)
             ORDER BY seq {order} LIMIT ?3 OFFSET ?4"
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(params![q.entity, q.entity_id, q.limit.map(i64::from).unwrap_or(-1), q.offset.min(i64::MAX as u64) as i64], raw)?;
        let tz = self.org()?.map(|o| o.tz()).unwrap_or(chrono_tz::Tz::UTC);
        rows.map(|r| {
            let mut e = entry(r?)?;
            e.at_local = e.at.with_timezone(&tz).format("%Y-%m-%d %H:%M:%S %:z").to_string();
            Ok(e)
        })
        .collect()
    }

    /// The kinds of record the log names, for the audit screen's filter.
    pub fn audit_entities(&self) -> Result<Vec<String>> {
        Ok(self.conn().prepare("SELECT DISTINCT entity FROM audit_log ORDER BY entity")?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?)
    }

    /// One page of the log as `q` keeps it (the window's audit screen), with the counts.
    pub fn audit_page(&self, q: &AuditQuery) -> Result<AuditPage> {
        let count = |sql: &str, p: &[&dyn rusqlite::ToSql]| -> Result<u64> { Ok(self.conn().query_row(sql, p, |r| r.get::<_, i64>(0))?.max(0) as u64) };
        let matched = count("SELECT count(*) FROM audit_log WHERE (?1 IS NULL OR entity = ?1) AND (?2 IS NULL OR entity_id = ?2)", &[&q.entity, &q.entity_id])?;
        let total = count("SELECT count(*) FROM audit_log", &[])?;
        Ok(AuditPage { rows: self.audit_log(q)?, matched, total, offset: q.offset })
    }

    /// Checks the whole chain, reading the rows as stored.
    pub fn verify_audit(&self) -> Result<Verification> {
        let mut stmt = self.conn().prepare(&format!("SELECT {COLUMNS} FROM audit_log ORDER BY rowid"))?;
        let rows: Vec<RawEntry> = stmt.query_map([], raw)?.collect::<rusqlite::Result<_>>()?;
        Ok(audit::verify(rows, chain_key(self.conn())?.as_ref()))
    }
}
