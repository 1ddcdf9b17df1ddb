//! The whole check `audit verify` runs: the hash chain, the checkpoints the log must still reach, every record
//! against the state its latest audit entry recorded, and the store's own safeguards (the guard triggers).

use super::{request, safety, Store};
use crate::audit::{Verification, GENESIS};
use crate::error::Result;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use ts_rs::TS;

/// One checkpoint the log was compared with.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct CheckpointResult {
    /// What recorded it: "latest change", "backup FILE", "binder printed …".
    pub source: String,
    #[ts(type = "number")]
    pub entries: i64,
    pub head_hash: String,
    pub ok: bool,
    pub problem: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct CheckpointCheck {
    pub ok: bool,
    pub checkpoints: Vec<CheckpointResult>,
}

/// A record that differs from what its latest audit entry recorded, or that no entry records.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct RecordFinding {
    pub entity: String,
    #[ts(type = "number | null")]
    pub id: Option<i64>,
    pub field: Option<String>,
    pub problem: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct RecordsCheck {
    pub ok: bool,
    /// Records compared with the log.
    pub checked: usize,
    pub findings: Vec<RecordFinding>,
}

/// What `privdesk audit verify` and the window's check report. The chain's own fields come first, as before;
/// `ok` is every part together.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct AuditReport {
    pub checked: usize,
    pub ok: bool,
    #[ts(type = "number | null")]
    pub first_bad: Option<i64>,
    pub problem: Option<String>,
    pub head_hash: String,
    /// The chain alone.
    pub chain_ok: bool,
    /// The chain is keyed (HMAC under the store's key), because the store is or was encrypted.
    pub keyed: bool,
    pub checkpoint: CheckpointCheck,
    pub records: RecordsCheck,
    /// Other findings, in words: a guard trigger dropped, an empty log while records exist.
    pub structure: Vec<String>,
}

/// The kinds of record whose rows are compared with the log (the log's other entities are events: an import's
/// summary, a purge, a change to the store file itself).
const RECORDED: &[&str] = &[
    "org",
    "subprocessor",
    "request",
    "breach",
    "policy",
    "policy-version",
    "policy-change",
    "customer",
    "subprocessor-notice",
    "notice-objection",
    "activity",
    "attachment",
];

/// The triggers that keep the log append-only.
const GUARDS: &[&str] = &["audit_log_no_update", "audit_log_no_delete"];

impl Store {
    /// Checks the chain, the checkpoint file, every record and the guards.
    pub fn verify_everything(&self) -> Result<AuditReport> {
        let checkpoints = match safety::read_checkpoint(&self.path) {
            _ if !self.side_files => Ok(None),
            other => other,
        };
        self.verify_everything_with(Some(checkpoints))
    }

    /// As [`Store::verify_everything`], with the checkpoint file given (`None`: not checked, for a backup file).
    pub(super) fn verify_everything_with(
        &self,
        checkpoints: Option<std::result::Result<Option<safety::CheckpointFile>, String>>,
    ) -> Result<AuditReport> {
        let chain = self.verify_audit()?;
        let entries = self.audit_log(&Default::default())?;
        let hashes: Vec<(i64, &str)> = entries.iter().map(|e| (e.seq.0, e.hash.as_str())).collect();
        let checkpoint = check_checkpoints(checkpoints, &hashes, self.chain_key());
        let records = self.check_records(&entries)?;
        let mut structure = Vec::new();
        for guard in GUARDS {
            let n: i64 = self.conn().query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = ?1", [guard], |r| r.get(0))?;
            if n == 0 {
                structure.push(format!("the guard trigger {guard} was dropped: the log could be edited without an error"));
            }
        }
        let manifest: i64 = self.conn().query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'backup_manifest'", [], |r| r.get(0))?;
        if manifest > 0 && self.side_files {
            structure.push("this database is a backup file copied in place of the store (it still has its backup manifest): it may be older than the store it replaced; restore backups with `privdesk restore` or Settings".into());
        }
        if entries.is_empty() && records.checked > 0 {
            structure.push(format!("the audit log is empty although {} records exist: it was emptied", records.checked));
        }
        let Verification { checked, ok: chain_ok, first_bad, problem, head_hash } = chain;
        Ok(AuditReport {
            checked,
            ok: chain_ok && checkpoint.ok && records.ok && structure.is_empty(),
            first_bad,
            problem,
            head_hash,
            chain_ok,
            keyed: self.chain_key().is_some(),
            checkpoint,
            records,
            structure,
        })
    }

    /// Compares each record with the state its audit entries recorded: the entries of a record, in order, each
    /// setting the fields it holds; every field so recorded must hold the same value today.
    fn check_records(&self, entries: &[crate::audit::AuditEntry]) -> Result<RecordsCheck> {
        let mut logged: BTreeMap<(String, Option<i64>), serde_json::Map<String, Value>> = BTreeMap::new();
        for e in entries {
            let Some(after) = e.after.as_deref() else { continue };
            let Ok(mut v) = serde_json::from_str::<Value>(after) else { continue };
            // A duplicated activity records its data under "data".
            if e.entity == "activity" && v.get("duplicate_of").is_some() {
                v = v.get("data").cloned().unwrap_or(Value::Null);
            }
            let state = logged.entry((e.entity.clone(), e.entity_id)).or_default();
            match v {
                Value::Object(m) => state.extend(m),
                other => {
                    state.clear();
                    state.insert(String::new(), other);
                }
            }
        }
        let conn = self.conn();
        let mut current: Vec<(&'static str, Option<i64>, Value)> = Vec::new();
        if let Some(org) = self.org()? {
            current.push(("org", None, serde_json::to_value(org).expect("serialises")));
        }
        current.extend(super::subprocessor::audit_forms(conn)?.into_iter().map(|(id, v)| ("subprocessor", id, v)));
        current.extend(request::audit_forms(conn)?.into_iter().map(|(id, v)| ("request", id, v)));
        current.extend(super::breach::audit_forms(conn)?.into_iter().map(|(id, v)| ("breach", id, v)));
        current.extend(super::policy::audit_forms(conn)?);
        current.extend(super::notice::audit_forms(conn)?);
        current.extend(super::activity::audit_forms(conn)?.into_iter().map(|(id, v)| ("activity", id, v)));
        current.extend(super::attachment::audit_forms(conn)?);
        // The adequacy list: the user's is compared with its last entry; after a reset the shipped list is in use,
        // which a later version may ship updated, so only "no list of the user's" is compared then.
        let adequacy = self.adequacy_in_use()?;
        let last_adequacy = entries.iter().rev().find(|e| e.entity == "adequacy").map(|e| e.action.as_str());
        // The evidence files against their hashes.
        let mut findings = super::attachment::content_findings(conn)?;
        match (adequacy.edited, last_adequacy) {
            (true, _) => current.push(("adequacy", None, serde_json::to_value(&adequacy.list).expect("serialises"))),
            (false, Some(action)) if action != "reset" => findings.push(RecordFinding {
                entity: "adequacy".into(),
                id: None,
                field: None,
                problem: "the user's adequacy list the log records is no longer in the database: it was removed outside Privacy Desk".into(),
            }),
            _ => {
                logged.remove(&("adequacy".to_string(), None));
            }
        }
        for (entity, id, now) in &current {
            let Some(state) = logged.get(&(entity.to_string(), *id)) else {
                findings.push(RecordFinding {
                    entity: entity.to_string(),
                    id: *id,
                    field: None,
                    problem: "exists with no audit entry: it was added outside Privacy Desk".into(),
                });
                continue;
            };
            let now_fields: serde_json::Map<String, Value> = match now {
                Value::Object(m) => m.clone(),
                other => [(String::new(), other.clone())].into_iter().collect(),
            };
            for (field, recorded) in state {
                let Some(value) = now_fields.get(field) else { continue };
                if value != recorded {
                    findings.push(RecordFinding {
                        entity: entity.to_string(),
                        id: *id,
                        field: Some(if field.is_empty() { "(whole record)".into() } else { field.clone() }),
                        problem: format!("is {} but its latest audit entry recorded {}: it was changed outside Privacy Desk", shown(value), shown(recorded)),
                    });
                }
            }
        }
        // A record the log knows that is no longer there was deleted outside Privacy Desk (the app deletes none of
        // these records; the adequacy list's reset is recorded and handled above).
        let entities: std::collections::BTreeSet<&str> = current.iter().map(|(e, _, _)| *e).chain(RECORDED.iter().copied()).collect();
        for (entity, id) in logged.keys() {
            if entities.contains(entity.as_str()) && !current.iter().any(|(e, i, _)| e == entity && i == id) {
                findings.push(RecordFinding {
                    entity: entity.clone(),
                    id: *id,
                    field: None,
                    problem: "is in the audit log but no longer in the database: it was deleted outside Privacy Desk".into(),
                });
            }
        }
        Ok(RecordsCheck { ok: findings.is_empty(), checked: current.len(), findings })
    }
}

/// A value as a finding shows it: short, on one line.
fn shown(v: &Value) -> String {
    let text = v.to_string();
    if text.chars().count() > 80 {
        format!("{}…", text.chars().take(80).collect::<String>())
    } else {
        text
    }
}

fn check_checkpoints(
    file: Option<std::result::Result<Option<safety::CheckpointFile>, String>>,
    hashes: &[(i64, &str)],
    key: Option<&crate::audit::ChainKey>,
) -> CheckpointCheck {
    let file = match file {
        None => return CheckpointCheck { ok: true, checkpoints: Vec::new() },
        Some(Err(problem)) => {
            return CheckpointCheck {
                ok: false,
                checkpoints: vec![CheckpointResult { source: "checkpoint file".into(), entries: 0, head_hash: String::new(), ok: false, problem: Some(problem) }],
            }
        }
        Some(Ok(None)) if hashes.is_empty() => return CheckpointCheck { ok: true, checkpoints: Vec::new() },
        Some(Ok(None)) => {
            return CheckpointCheck {
                ok: false,
                checkpoints: vec![CheckpointResult {
                    source: "checkpoint file".into(),
                    entries: 0,
                    head_hash: String::new(),
                    ok: false,
                    problem: Some("the checkpoint file beside the database is missing: it was deleted".into()),
                }],
            }
        }
        Some(Ok(Some(f))) => f,
    };
    let mut results: Vec<CheckpointResult> = Vec::new();
    if !file.seal_holds(key) {
        results.push(CheckpointResult {
            source: "checkpoint file".into(),
            entries: 0,
            head_hash: String::new(),
            ok: false,
            problem: Some("its seal does not match: the checkpoint file was changed outside Privacy Desk".into()),
        });
    }
    let marks: Vec<CheckpointResult> = file
        .latest
        .iter()
        .chain(file.marks.iter())
        .map(|m| {
            let problem = if m.entries == 0 {
                (m.head_hash != GENESIS).then(|| "records an empty log with a head hash".to_string())
            } else {
                match hashes.iter().find(|(seq, _)| *seq == m.entries) {
                    None => Some(format!(
                        "records {} entries but the log has {}: entries were deleted from its end",
                        m.entries,
                        hashes.len()
                    )),
                    Some((_, h)) if *h != m.head_hash => {
                        Some(format!("entry {} is not the one it recorded: the log was rewritten", m.entries))
                    }
                    Some(_) => None,
                }
            };
            CheckpointResult { source: m.source.clone(), entries: m.entries, head_hash: m.head_hash.clone(), ok: problem.is_none(), problem }
        })
        .collect();
    results.extend(marks);
    CheckpointCheck { ok: results.iter().all(|r| r.ok), checkpoints: results }
}
