//! The `adequacy` table: the user's adequacy list, when the shipped one was replaced.

use crate::adequacy::{Adequacy, AdequacyInUse};
use crate::error::Result;
use crate::store::{from_json, Store};
use rusqlite::{params, OptionalExtension};

impl Store {
    /// The adequacy list every rule uses: the user's, else the one shipped with this version.
    pub fn adequacy(&self) -> Result<Adequacy> {
        Ok(self.adequacy_in_use()?.list)
    }

    /// The list in use, with where it comes from.
    pub fn adequacy_in_use(&self) -> Result<AdequacyInUse> {
        let row: Option<(String, String)> =
            self.conn().query_row("SELECT list, updated_at FROM adequacy WHERE id = 1", [], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
        let shipped = Adequacy::embedded();
        Ok(match row {
            Some((json, updated_at)) => {
                let tz = self.org()?.map(|o| o.tz()).unwrap_or(chrono_tz::Tz::UTC);
                let local = chrono::DateTime::parse_from_rfc3339(&updated_at).ok().map(|at| crate::breach::clock::local(at.to_utc(), tz));
                AdequacyInUse { list: from_json("adequacy list", &json)?, edited: true, shipped_as_of: shipped.as_of, updated_at: Some(updated_at), updated_at_local: local }
            }
            None => AdequacyInUse { list: shipped.clone(), edited: false, shipped_as_of: shipped.as_of, updated_at: None, updated_at_local: None },
        })
    }

    /// Replaces the list in use with a checked one (from the Settings form or an imported file).
    pub fn save_adequacy(&mut self, list: &Adequacy) -> Result<AdequacyInUse> {
        self.atomically(|s| {
            let before = s.adequacy()?;
            if &before != list {
                s.write(|tx| {
                    let json = serde_json::to_string(list).expect("the list serialises");
                    tx.execute(
                        "INSERT INTO adequacy (id, list, updated_at) VALUES (1, ?1, ?2)
                         ON CONFLICT (id) DO UPDATE SET list = excluded.list, updated_at = excluded.updated_at",
                        params![json, crate::audit::format_instant(tx.now())],
                    )?;
                    tx.audit("adequacy", None, "update", Some(&before), Some(list))
                })?;
            }
            s.adequacy_in_use()
        })
    }

    /// Goes back to the list shipped with this version.
    pub fn reset_adequacy(&mut self) -> Result<AdequacyInUse> {
        self.atomically(|s| {
            let current = s.adequacy_in_use()?;
            if current.edited {
                s.write(|tx| {
                    tx.execute("DELETE FROM adequacy WHERE id = 1", [])?;
                    tx.audit("adequacy", None, "reset", Some(&current.list), Some(Adequacy::embedded()))
                })?;
            }
            s.adequacy_in_use()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::adequacy::{AdequacyDraft, AdequateCountryDraft};

    fn draft(rows: &[(&str, &str)]) -> AdequacyDraft {
        AdequacyDraft {
            as_of: "2026-07-01".into(),
            countries: rows.iter().map(|(c, s)| AdequateCountryDraft { code: (*c).into(), scope: (*s).into(), note: String::new() }).collect(),
        }
    }

    #[test]
    fn the_shipped_list_is_used_until_the_user_saves_one_and_again_after_a_reset() {
        let mut store = Store::open_in_memory().unwrap();
        let shipped = store.adequacy_in_use().unwrap();
        assert!(!shipped.edited);
        assert_eq!(&shipped.list, Adequacy::embedded());

        let mine = draft(&[("JP", "full"), ("BR", "full")]).validate().unwrap();
        let saved = store.save_adequacy(&mine).unwrap();
        assert!(saved.edited);
        assert_eq!(store.adequacy().unwrap(), mine);
        assert!(store.adequacy().unwrap().lookup("BR").is_some());

        // Saving the same list again changes nothing and writes no entry.
        let entries = store.audit_log(&Default::default()).unwrap().len();
        store.save_adequacy(&mine).unwrap();
        assert_eq!(store.audit_log(&Default::default()).unwrap().len(), entries);

        let reset = store.reset_adequacy().unwrap();
        assert!(!reset.edited);
        assert_eq!(&store.adequacy().unwrap(), Adequacy::embedded());
        let actions: Vec<String> =
            store.audit_log(&Default::default()).unwrap().into_iter().filter(|e| e.entity == "adequacy").map(|e| e.action).collect();
        assert_eq!(actions.len(), 2);
        assert!(actions.contains(&"update".to_string()) && actions.contains(&"reset".to_string()));
    }
}
