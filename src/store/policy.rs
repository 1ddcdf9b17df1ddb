//! The `policy`, `policy_version` and `policy_change` tables (migration `0004_policies_and_notices.sql`).

use crate::audit::format_instant;
use crate::error::{Error, Result};
use crate::policy::diff::{self, PolicyDiff};
use crate::policy::{
    ChangeClass, ChangeDraft, ChangeId, ChangeView, Policy, PolicyChange, PolicyDraft, PolicyId, PolicyKind, PolicyVersion,
    PolicyView, NoticeRecipient, VersionDraft, VersionId, VersionSummary,
};
use crate::store::{from_json, parse_instant, rows_of, Store, StoreError, Tx};
use chrono::NaiveDate;
use rusqlite::{named_params, params, Connection, Row};
use serde::Serialize;

fn corrupt(what: &str, reason: String) -> Error {
    StoreError::Corrupt { what: what.into(), reason }.into()
}

fn date(what: &str, v: Option<String>) -> Result<Option<NaiveDate>> {
    v.map(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|e| corrupt(what, e.to_string()))).transpose()
}

fn read_policy(r: &Row<'_>) -> Result<Policy> {
    Ok(Policy {
        id: r.get("id")?,
        kind: PolicyKind::parse(&r.get::<_, String>("kind")?).map_err(|e| corrupt("policy kind", e))?,
        title: r.get("title")?,
        created_at: parse_instant("created_at", &r.get::<_, String>("created_at")?)?,
        updated_at: parse_instant("updated_at", &r.get::<_, String>("updated_at")?)?,
    })
}

fn read_version(r: &Row<'_>) -> Result<PolicyVersion> {
    Ok(PolicyVersion {
        id: r.get("id")?,
        policy_id: r.get("policy_id")?,
        label: r.get("label")?,
        dated_on: date("dated_on", r.get("dated_on")?)?,
        source: r.get("source")?,
        text: r.get("body")?,
        created_at: parse_instant("created_at", &r.get::<_, String>("created_at")?)?,
    })
}

fn read_change(r: &Row<'_>) -> Result<PolicyChange> {
    Ok(PolicyChange {
        id: r.get("id")?,
        policy_id: r.get("policy_id")?,
        from_version_id: r.get("from_version_id")?,
        to_version_id: r.get("to_version_id")?,
        class: ChangeClass::parse(&r.get::<_, String>("class")?).map_err(|e| corrupt("change class", e))?,
        summary: r.get("summary")?,
        notice_on: date("notice_on", r.get("notice_on")?)?,
        period_days: r.get("period_days")?,
        period_reason: r.get("period_reason")?,
        adds_processing: r.get("adds_processing")?,
        recipients: from_json::<Vec<NoticeRecipient>>("recipients", &r.get::<_, String>("recipients")?)?,
        created_at: parse_instant("created_at", &r.get::<_, String>("created_at")?)?,
        updated_at: parse_instant("updated_at", &r.get::<_, String>("updated_at")?)?,
    })
}

fn policy_in(conn: &Connection, id: PolicyId) -> Result<Policy> {
    rows_of(conn, "SELECT * FROM policy WHERE id = ?1", [id], read_policy)?.pop().ok_or(Error::NotFound { entity: "policy", id: id.0 })
}

fn versions_in(conn: &Connection, id: PolicyId) -> Result<Vec<PolicyVersion>> {
    rows_of(conn, "SELECT * FROM policy_version WHERE policy_id = ?1 ORDER BY id", [id], read_version)
}

fn change_in(conn: &Connection, id: ChangeId) -> Result<PolicyChange> {
    rows_of(conn, "SELECT * FROM policy_change WHERE id = ?1", [id], read_change)?.pop().ok_or(Error::NotFound { entity: "policy change", id: id.0 })
}

/// What the audit log records of a version: its label, dates and a digest of the text (the text itself is in the
/// table; a policy of 30,000 characters per audit entry would swamp the log).
#[derive(Serialize)]
struct VersionAudit<'a> {
    policy_id: PolicyId,
    label: &'a str,
    dated_on: Option<NaiveDate>,
    source: Option<&'a str>,
    characters: usize,
    sha256: String,
}

fn version_audit(v: &PolicyVersion) -> VersionAudit<'_> {
    use sha2::Digest;
    VersionAudit {
        policy_id: v.policy_id,
        label: &v.label,
        dated_on: v.dated_on,
        source: v.source.as_deref(),
        characters: v.text.chars().count(),
        sha256: hex::encode(sha2::Sha256::digest(v.text.as_bytes())),
    }
}

fn labels(versions: &[PolicyVersion]) -> Vec<String> {
    versions.iter().map(|v| v.label.clone()).collect()
}

fn write_change(tx: &Tx<'_>, id: Option<ChangeId>, policy: PolicyId, from: Option<VersionId>, to: VersionId, d: &crate::policy::ChangeData) -> Result<ChangeId> {
    let p = named_params! {
        ":id": id,
        ":policy_id": policy,
        ":from": from,
        ":to": to,
        ":class": d.class.as_str(),
        ":summary": d.summary,
        ":notice_on": d.notice_on.map(|d| d.to_string()),
        ":period_days": d.period_days,
        ":period_reason": d.period_reason,
        ":adds": d.adds_processing,
        ":recipients": serde_json::to_string(&d.recipients).expect("recipients serialise"),
        ":now": format_instant(tx.now()),
    };
    match id {
        None => {
            tx.execute(
                "INSERT INTO policy_change (id, policy_id, from_version_id, to_version_id, class, summary, notice_on, period_days,
                    period_reason, adds_processing, recipients, created_at, updated_at)
                 VALUES (:id, :policy_id, :from, :to, :class, :summary, :notice_on, :period_days, :period_reason, :adds,
                    :recipients, :now, :now)",
                p,
            )?;
            Ok(ChangeId(tx.last_insert_rowid()))
        }
        Some(id) => {
            tx.execute(
                "UPDATE policy_change SET policy_id = :policy_id, from_version_id = :from, to_version_id = :to, class = :class,
                    summary = :summary, notice_on = :notice_on, period_days = :period_days, period_reason = :period_reason,
                    adds_processing = :adds, recipients = :recipients, updated_at = :now
                 WHERE id = :id",
                p,
            )?;
            Ok(id)
        }
    }
}

/// Every policy, version and change as the audit log records them, for the check of records against the log.
pub(super) fn audit_forms(conn: &Connection) -> Result<Vec<(&'static str, Option<i64>, serde_json::Value)>> {
    let mut out = Vec::new();
    for p in rows_of(conn, "SELECT * FROM policy ORDER BY id", [], read_policy)? {
        out.push(("policy", Some(p.id.0), serde_json::to_value(&p).expect("serialises")));
        for v in versions_in(conn, p.id)? {
            out.push(("policy-version", Some(v.id.0), serde_json::to_value(version_audit(&v)).expect("serialises")));
        }
    }
    for c in rows_of(conn, "SELECT * FROM policy_change ORDER BY id", [], read_change)? {
        out.push(("policy-change", Some(c.id.0), serde_json::to_value(&c).expect("serialises")));
    }
    Ok(out)
}

impl Store {
    pub fn policies(&self) -> Result<Vec<Policy>> {
        rows_of(self.conn(), "SELECT * FROM policy ORDER BY id", [], read_policy)
    }

    pub fn policy(&self, id: PolicyId) -> Result<Policy> {
        policy_in(self.conn(), id)
    }

    /// Every policy with its versions (without their text) and what is in effect as of today.
    pub fn policy_views(&self) -> Result<Vec<PolicyView>> {
        let changes = self.policy_changes()?;
        let today = match self.org()? {
            Some(org) => org.today(self.now()),
            None => self.now().date_naive(),
        };
        let mut out = Vec::new();
        for policy in self.policies()? {
            let versions = self.policy_versions(policy.id)?;
            let mine: Vec<&ChangeView> = changes.iter().filter(|c| c.change.policy_id == policy.id).collect();
            let facts: Vec<_> = versions
                .iter()
                .map(|v| (v.dated_on, mine.iter().find(|c| c.change.to_version_id == v.id).map(|c| c.status)))
                .collect();
            let in_effect_label = crate::policy::in_effect_index(&facts, today).map(|i| versions[i].label.clone());
            out.push(PolicyView {
                latest_label: versions.last().map(|v| v.label.clone()),
                in_effect_label,
                changes: mine.len(),
                versions: versions.iter().map(VersionSummary::of).collect(),
                policy,
            });
        }
        Ok(out)
    }

    pub fn add_policy(&mut self, draft: &PolicyDraft) -> Result<Policy> {
        self.atomically(|s| {
            let data = draft.validate()?;
            let id = s.write(|tx| {
                let now = format_instant(tx.now());
                tx.execute(
                    "INSERT INTO policy (kind, title, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
                    params![data.kind.as_str(), data.title, now],
                )?;
                let id = PolicyId(tx.last_insert_rowid());
                tx.created("policy", id, &data)
            })?;
            s.policy(id)
        })
    }

    pub fn update_policy(&mut self, id: PolicyId, draft: &PolicyDraft) -> Result<Policy> {
        self.atomically(|s| {
            let data = draft.validate()?;
            s.write(|tx| {
                let before = policy_in(tx, id)?;
                if before.kind == data.kind && before.title == data.title {
                    return Ok(());
                }
                tx.execute(
                    "UPDATE policy SET kind = ?1, title = ?2, updated_at = ?3 WHERE id = ?4",
                    params![data.kind.as_str(), data.title, format_instant(tx.now()), id],
                )?;
                let before_data = crate::policy::PolicyData { kind: before.kind, title: before.title };
                tx.audit("policy", Some(id.0), "update", Some(&before_data), Some(&data))?;
                Ok(())
            })?;
            s.policy(id)
        })
    }

    pub fn policy_versions(&self, id: PolicyId) -> Result<Vec<PolicyVersion>> {
        policy_in(self.conn(), id)?;
        versions_in(self.conn(), id)
    }

    /// One version by its label.
    pub fn policy_version(&self, id: PolicyId, label: &str) -> Result<PolicyVersion> {
        let versions = self.policy_versions(id)?;
        let all_labels = labels(&versions);
        versions.into_iter().find(|v| v.label == label.trim()).ok_or_else(|| {
            crate::Invalid::field("label", format!("'{}' is not a version of policy #{id}; versions: {}", label.trim(), all_labels.join(", "))).into()
        })
    }

    /// Adds a version (pasted text, or a file's content with its name as the source).
    pub fn add_policy_version(&mut self, id: PolicyId, draft: &VersionDraft) -> Result<PolicyVersion> {
        self.atomically(|s| {
            let existing = s.policy_versions(id)?;
            let data = draft.validate(&labels(&existing))?;
            let vid = s.write(|tx| {
                tx.execute(
                    "INSERT INTO policy_version (policy_id, label, dated_on, source, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![id, data.label, data.dated_on.map(|d| d.to_string()), data.source, data.text, format_instant(tx.now())],
                )?;
                let vid = VersionId(tx.last_insert_rowid());
                let v = rows_of(tx, "SELECT * FROM policy_version WHERE id = ?1", [vid], read_version)?.remove(0);
                tx.audit::<(), _>("policy-version", Some(vid.0), "create", None, Some(&version_audit(&v)))?;
                tx.execute("UPDATE policy SET updated_at = ?1 WHERE id = ?2", params![format_instant(tx.now()), id])?;
                Ok(vid)
            })?;
            Ok(versions_in(s.conn(), id)?.into_iter().find(|v| v.id == vid).expect("just added"))
        })
    }

    /// The difference between two versions of a policy, named by their labels.
    pub fn policy_diff(&self, id: PolicyId, from: &str, to: &str) -> Result<PolicyDiff> {
        let versions = self.policy_versions(id)?;
        let all_labels = labels(&versions).join(", ");
        let mut c = crate::error::Checker::new();
        let find = |field: &str, label: &str, c: &mut crate::error::Checker| {
            let v = versions.iter().find(|v| v.label == label.trim());
            if v.is_none() {
                c.push(field, format!("'{}' is not a version of policy #{id}; versions: {all_labels}", label.trim()));
            }
            v
        };
        let old = find("from", from, &mut c);
        let new = find("to", to, &mut c);
        c.finish()?;
        Ok(diff::diff(&old.unwrap().text, &new.unwrap().text))
    }

    pub fn policy_change(&self, id: ChangeId) -> Result<PolicyChange> {
        change_in(self.conn(), id)
    }

    /// Every change with its status, effective date and rule as of the organisation's today, oldest first.
    pub fn policy_changes(&self) -> Result<Vec<ChangeView>> {
        let changes = rows_of(self.conn(), "SELECT * FROM policy_change ORDER BY id", [], read_change)?;
        if changes.is_empty() {
            return Ok(Vec::new());
        }
        let org = self.require_org()?;
        let today = org.today(self.now());
        let mut out = Vec::new();
        for c in changes {
            let policy = self.policy(c.policy_id)?;
            let versions = versions_in(self.conn(), c.policy_id)?;
            let to = versions.iter().find(|v| v.id == c.to_version_id).ok_or_else(|| corrupt("policy change", format!("version #{} is missing", c.to_version_id)))?;
            let from = c.from_version_id.and_then(|f| versions.iter().find(|v| v.id == f));
            out.push(ChangeView::new(c.clone(), &policy, from, to, &org, today, self.texts_lang(&org)));
        }
        Ok(out)
    }

    pub fn policy_change_view(&self, id: ChangeId) -> Result<ChangeView> {
        change_in(self.conn(), id)?;
        Ok(self.policy_changes()?.into_iter().find(|c| c.change.id == id).expect("exists"))
    }

    /// Records the change to the version `draft.to_label` from the version before it.
    pub fn add_policy_change(&mut self, id: PolicyId, draft: &ChangeDraft) -> Result<ChangeView> {
        self.atomically(|s| {
            s.require_org()?;
            let versions = s.policy_versions(id)?;
            let data = draft.validate(&labels(&versions))?;
            let pos = versions.iter().position(|v| v.label == data.to_label).expect("validated");
            let to = versions[pos].id;
            let from = pos.checked_sub(1).map(|p| versions[p].id);
            let taken = rows_of(s.conn(), "SELECT * FROM policy_change WHERE to_version_id = ?1", [to], read_change)?;
            if let Some(c) = taken.first() {
                return Err(crate::Invalid::field("to", format!("version '{}' already has change #{}; edit that change instead", data.to_label, c.id)).into());
            }
            let cid = s.write(|tx| {
                let cid = write_change(tx, None, id, from, to, &data)?;
                tx.created("policy-change", cid, &change_in(tx, cid)?)
            })?;
            s.policy_change_view(cid)
        })
    }

    /// Changes a change's class, summary, notice date, period and recipients (the whole form).
    pub fn update_policy_change(&mut self, id: ChangeId, draft: &ChangeDraft) -> Result<ChangeView> {
        self.atomically(|s| {
            let current = s.policy_change(id)?;
            let versions = s.policy_versions(current.policy_id)?;
            let data = draft.validate(&labels(&versions))?;
            let pos = versions.iter().position(|v| v.label == data.to_label).expect("validated");
            if versions[pos].id != current.to_version_id {
                return Err(crate::Invalid::field("to", "cannot change: a change belongs to its version; record a change for the other version instead").into());
            }
            // Saving an unchanged form writes nothing, so that the audit log only holds real changes.
            if current.to_draft(&data.to_label).validate(&labels(&versions)).is_ok_and(|d| d == data) {
                return s.policy_change_view(id);
            }
            s.write(|tx| {
                let before = change_in(tx, id)?;
                write_change(tx, Some(id), before.policy_id, before.from_version_id, before.to_version_id, &data)?;
                tx.audit("policy-change", Some(id.0), "update", Some(&before), Some(&change_in(tx, id)?))?;
                Ok(())
            })?;
            s.policy_change_view(id)
        })
    }
}
