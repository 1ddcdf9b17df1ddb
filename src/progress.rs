//! Progress of long work (printing the binder, importing a spreadsheet, exporting or backing up everything,
//! purging, filling the demo): what is being done and how far it is, for the window's progress bar, and whether
//! the user asked to stop. Work that can stop halfway without changing anything checks [`Progress::check`]
//! between steps; a stop comes out as [`Error::Cancelled`](crate::Error::Cancelled) and the transaction it was
//! in rolls back, so a cancelled import, purge or demo changes nothing.

use crate::error::{Error, Result};
use serde::Serialize;
use std::sync::atomic::{AtomicBool, Ordering};
use ts_rs::TS;

crate::vocabulary! {
    /// What long work is doing, as the progress bar names it.
    Stage {
        Checking = "checking", "Checking the audit log and the records", "Vérification du journal et des enregistrements", [];
        Gathering = "gathering", "Reading the records", "Lecture des enregistrements", [];
        Laying = "laying", "Laying out the pages", "Mise en page", [];
        Saving = "saving", "Saving the file", "Enregistrement du fichier", [];
        Importing = "importing", "Importing the rows", "Import des lignes", [];
        Exporting = "exporting", "Exporting the tables", "Export des tables", [];
        BackingUp = "backing-up", "Copying the database", "Copie de la base", [];
        Restoring = "restoring", "Restoring the backup", "Restauration de la sauvegarde", [];
        Purging = "purging", "Pseudonymising the requests", "Pseudonymisation des demandes", [];
        Compacting = "compacting", "Rewriting the file without what was removed", "Réécriture du fichier sans ce qui a été effacé", [];
        Filling = "filling", "Adding the demonstration records", "Ajout des enregistrements de démonstration", [];
    }
    what: "stage"
}

/// One report: the stage, the steps done of the total (0 of 0 when the stage cannot be counted), and whether
/// the work can still be stopped with nothing changed.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct ProgressStep {
    pub stage: Stage,
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
    pub cancellable: bool,
}

/// Where long work reports to, and the flag that asks it to stop. [`Progress::none`] reports nowhere and never
/// stops (the command line, tests).
pub struct Progress<'a> {
    sink: Option<&'a (dyn Fn(&ProgressStep) + Sync)>,
    cancel: Option<&'a AtomicBool>,
}

impl<'a> Progress<'a> {
    pub fn none() -> Progress<'static> {
        Progress { sink: None, cancel: None }
    }

    /// Reports to `sink`; the work stops at its next check once `cancel` is set (no flag: it cannot be stopped).
    pub fn new(sink: &'a (dyn Fn(&ProgressStep) + Sync), cancel: Option<&'a AtomicBool>) -> Self {
        Progress { sink: Some(sink), cancel }
    }

    /// Says that `done` of `total` steps of `stage` are done.
    pub fn report(&self, stage: Stage, done: u64, total: u64) {
        if let Some(sink) = self.sink {
            sink(&ProgressStep { stage, done, total, cancellable: self.cancel.is_some() });
        }
    }

    /// Reports, then stops the work when the user asked to: the caller returns the error, and its transaction
    /// rolls back. Counted stages report about a hundred times whatever their size, so that a long import does not flood
    /// the window; every step still checks for a stop.
    pub fn step(&self, stage: Stage, done: u64, total: u64) -> Result<()> {
        let every = (total / 100).max(1);
        if done == 0 || done >= total || done % every == 0 {
            self.report(stage, done, total);
        }
        self.check()
    }

    pub fn check(&self) -> Result<()> {
        match self.cancel {
            Some(flag) if flag.load(Ordering::SeqCst) => Err(Error::Cancelled),
            _ => Ok(()),
        }
    }

    /// Checks for a stop a last time, then reports `stage` as the end of the work, which Cancel no longer stops
    /// (the result is being saved).
    pub fn finishing(&self, stage: Stage) -> Result<()> {
        self.check()?;
        if let Some(sink) = self.sink {
            sink(&ProgressStep { stage, done: 0, total: 0, cancellable: false });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn reports_reach_the_sink_and_a_set_flag_stops_the_work() {
        let seen = Mutex::new(Vec::new());
        let sink = |s: &ProgressStep| seen.lock().unwrap().push(s.clone());
        let flag = AtomicBool::new(false);
        let p = Progress::new(&sink, Some(&flag));
        assert!(p.step(Stage::Importing, 1, 3).is_ok());
        flag.store(true, Ordering::SeqCst);
        assert!(matches!(p.step(Stage::Importing, 2, 3), Err(Error::Cancelled)));
        assert!(matches!(p.finishing(Stage::Saving), Err(Error::Cancelled)), "a stop asked before the end is honoured");
        flag.store(false, Ordering::SeqCst);
        assert!(p.finishing(Stage::Saving).is_ok());
        let seen = seen.into_inner().unwrap();
        assert_eq!(seen.len(), 3);
        assert_eq!((seen[1].done, seen[1].total, seen[1].cancellable), (2, 3, true));
        assert!(!seen[2].cancellable);
        assert!(Progress::none().step(Stage::Saving, 0, 0).is_ok());
    }
}
