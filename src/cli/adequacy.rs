//! `privdesk adequacy`: the EU adequacy list the transfer rules use (rules.md §4), shown, exported to edit,
//! imported back, or reset to the list shipped with this version.

use crate::adequacy::{Adequacy, AdequacyInUse};
use crate::cli::{print_json, write_file};
use crate::error::{Error, Invalid, Result};
use crate::store::Store;
use clap::Subcommand;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand, Debug)]
pub enum AdequacyCommand {
    /// The list in use, its "as of" date and whether it is the shipped one.
    Show {
        #[arg(long)]
        json: bool,
    },
    /// Write the list in use as a tab-separated file to edit and import again (standard output without -o).
    Export {
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
    },
    /// Replace the list in use with a tab-separated file: a `# as of<TAB>YYYY-MM-DD` line, then one line per
    /// country (code or name, scope full|commercial|dpf, note). All or nothing.
    Import {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Go back to the list shipped with this version.
    Reset {
        #[arg(long)]
        json: bool,
    },
}

pub fn run(store: &mut Store, cmd: AdequacyCommand) -> Result<ExitCode> {
    match cmd {
        AdequacyCommand::Show { json } => report(&store.adequacy_in_use()?, json, None)?,
        AdequacyCommand::Export { output } => {
            let tsv = store.adequacy()?.to_tsv();
            match output {
                Some(path) => {
                    write_file(&path, tsv.as_bytes())?;
                    println!("{}", path.display());
                }
                None => super::terminal::Out::new().text(&tsv),
            }
        }
        AdequacyCommand::Import { file, json } => {
            let text = std::fs::read_to_string(&file).map_err(|e| Error::file(&file, e))?;
            let list = Adequacy::parse(&text).map_err(|reason| Invalid::field(file.display().to_string(), reason))?;
            let in_use = store.save_adequacy(&list)?;
            report(&in_use, json, Some("Imported"))?;
        }
        AdequacyCommand::Reset { json } => {
            let in_use = store.reset_adequacy()?;
            report(&in_use, json, Some("Back to the shipped list"))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn report(in_use: &AdequacyInUse, json: bool, done: Option<&str>) -> Result<()> {
    if json {
        return print_json(in_use);
    }
    if let Some(done) = done {
        println!("{done}.");
    }
    let source = if in_use.edited { "your list" } else { "the list shipped with Privacy Desk" };
    println!("Adequacy list as of {} ({source}; shipped list as of {}):", in_use.list.as_of, in_use.shipped_as_of);
    for c in &in_use.list.countries {
        println!("  {}  {:<10}  {}", c.code, c.scope.as_str(), c.note);
    }
    Ok(())
}
