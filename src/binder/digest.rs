//! The audit-log digest printed at the back of the binder: how many entries each month holds, the first and last
//! hash of each month, and the result of verifying the chain. With an earlier copy of the binder, a reader can tell
//! whether the log kept its history: each month's last hash must still be there.

use crate::audit::{AuditEntry, Verification};
use crate::document::{Block, Column, Lang, Table};
use chrono_tz::Tz;
use serde::Serialize;
use ts_rs::TS;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct MonthDigest {
    /// "2026-11", in the organisation's time zone.
    pub month: String,
    #[ts(type = "number")]
    pub entries: u64,
    #[ts(type = "number")]
    pub first_seq: i64,
    #[ts(type = "number")]
    pub last_seq: i64,
    pub first_hash: String,
    pub last_hash: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, TS)]
pub struct AuditDigest {
    #[ts(type = "number")]
    pub entries: u64,
    pub months: Vec<MonthDigest>,
}

/// Groups the entries (oldest first) by calendar month in `tz`.
pub fn audit_digest(entries: &[AuditEntry], tz: Tz) -> AuditDigest {
    let mut months: Vec<MonthDigest> = Vec::new();
    for e in entries {
        let month = e.at.with_timezone(&tz).format("%Y-%m").to_string();
        match months.last_mut() {
            Some(m) if m.month == month => {
                m.entries += 1;
                m.last_seq = e.seq.0;
                m.last_hash = e.hash.clone();
            }
            _ => months.push(MonthDigest {
                month,
                entries: 1,
                first_seq: e.seq.0,
                last_seq: e.seq.0,
                first_hash: e.hash.clone(),
                last_hash: e.hash.clone(),
            }),
        }
    }
    AuditDigest { entries: entries.len() as u64, months }
}

fn t(lang: Lang, en: &str, fr: &str) -> String {
    match lang {
        Lang::En => en.to_string(),
        Lang::Fr => fr.to_string(),
    }
}

/// "4,085 entries checked", "1 entrée vérifiée".
pub fn checked(v: &Verification, lang: Lang) -> String {
    crate::document::counted(v.checked as u64, lang, ("entry checked", "entries checked"), ("entrée vérifiée", "entrées vérifiées"))
}

/// "3 entries before it check out", "1 entrée antérieure est vérifiée": the part of a broken chain that holds.
pub fn before_it(v: &Verification, lang: Lang) -> String {
    let n = v.checked as u64;
    crate::document::counted(n, lang, ("entry before it checks out", "entries before it check out"), ("entrée antérieure est vérifiée", "entrées antérieures sont vérifiées"))
}

/// The digest section's blocks.
pub fn blocks(d: &AuditDigest, v: &Verification, lang: Lang) -> Vec<Block> {
    let verdict = match (v.ok, lang) {
        (true, Lang::En) => format!("The hash chain was verified when this binder was printed: intact, {}. Head hash: {}.", checked(v, lang), v.head_hash),
        (true, Lang::Fr) => format!("La chaîne d'empreintes a été vérifiée à l'impression de ce dossier\u{a0}: intègre, {}. Empreinte de tête\u{a0}: {}.", checked(v, lang), v.head_hash),
        (false, Lang::En) => format!(
            "The hash chain was verified when this binder was printed and is BROKEN at entry {}: {}. {}.",
            v.first_bad.unwrap_or(0),
            v.problem.clone().unwrap_or_default(),
            before_it(v, lang)
        ),
        (false, Lang::Fr) => format!(
            "La chaîne d'empreintes a été vérifiée à l'impression de ce dossier et est ROMPUE à l'entrée {}\u{a0}: {}. {}.",
            v.first_bad.unwrap_or(0),
            v.problem.clone().unwrap_or_default(),
            before_it(v, lang)
        ),
    };
    let mut out = vec![Block::Paragraph(verdict)];
    if d.months.is_empty() {
        out.push(Block::Paragraph(t(lang, "The audit log is empty.", "Le journal d'audit est vide.")));
        return out;
    }
    let rows = d
        .months
        .iter()
        .map(|m| vec![m.month.clone(), m.entries.to_string(), format!("{}–{}", m.first_seq, m.last_seq), format!("{}\n{}", m.first_hash, m.last_hash)])
        .collect();
    out.push(Block::Table(Table {
        columns: vec![
            Column::new(t(lang, "Month", "Mois"), 0.8),
            Column::new(t(lang, "Entries", "Entrées"), 0.7),
            Column::new(t(lang, "Positions", "Positions"), 0.9),
            Column::new(t(lang, "First and last hash", "Première et dernière empreinte"), 4.2),
        ],
        rows,
    }));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::AuditSeq;

    #[test]
    fn a_broken_chain_counts_what_holds_as_each_language_counts() {
        let v = |checked| Verification { checked, ok: false, first_bad: Some(checked as i64 + 1), problem: None, head_hash: String::new() };
        assert_eq!(before_it(&v(1), Lang::En), "1 entry before it checks out");
        assert_eq!(before_it(&v(3), Lang::En), "3 entries before it check out");
        assert_eq!(before_it(&v(1), Lang::Fr), "1 entrée antérieure est vérifiée");
        assert_eq!(before_it(&v(1200), Lang::Fr), "1\u{a0}200 entrées antérieures sont vérifiées");
    }

    fn entry(seq: i64, at: &str) -> AuditEntry {
        AuditEntry {
            seq: AuditSeq(seq),
            at: chrono::DateTime::parse_from_rfc3339(at).unwrap().to_utc(),
            actor: "camille".into(),
            entity: "activity".into(),
            entity_id: Some(1),
            action: "create".into(),
            before: None,
            after: None,
            prev_hash: String::new(),
            hash: format!("h{seq}"),
            at_local: String::new(),
        }
    }

    #[test]
    fn entries_are_counted_per_month_in_the_organisations_zone() {
        // 23:30 UTC on 31 October is already November in Paris.
        let entries = [entry(1, "2026-10-02T10:00:00Z"), entry(2, "2026-10-31T23:30:00Z"), entry(3, "2026-11-05T09:00:00Z"), entry(4, "2027-01-01T00:00:00Z")];
        let d = audit_digest(&entries, chrono_tz::Europe::Paris);
        let got: Vec<(&str, u64, &str, &str)> = d.months.iter().map(|m| (m.month.as_str(), m.entries, m.first_hash.as_str(), m.last_hash.as_str())).collect();
        assert_eq!(got, vec![("2026-10", 1, "h1", "h1"), ("2026-11", 2, "h2", "h3"), ("2027-01", 1, "h4", "h4")]);
        assert_eq!(d.entries, 4);
        assert_eq!(audit_digest(&[], chrono_tz::Europe::Paris), AuditDigest::default());
    }
}
