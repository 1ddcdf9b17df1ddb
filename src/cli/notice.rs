//! `privdesk subprocessor announce|objection|objection-outcome|notices|notice|activate|customer …` and
//! `privdesk print subprocessor-notice`: subprocessor change notices, called from the `subprocessor` command.

use crate::api;
use super::{parse_lang, write_printed};
use super::print_json;
use crate::error::Result;
use crate::id::SubprocessorId;
use crate::store::Store;
use crate::subprocessor::notice::{AnnounceDraft, CustomerDraft, CustomerId, NoticeId, NoticeView, ObjectionDraft, ObjectionId, OutcomeDraft};
use crate::Invalid;
use clap::{Args, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand, Debug)]
pub enum CustomerCommand {
    /// Add a customer to the list notified of subprocessor changes.
    Add {
        #[arg(long)]
        name: String,
        /// The contact e-mail address for notices.
        #[arg(long)]
        email: Option<String>,
        #[command(flatten)]
        contact: CustomerContactArgs,
        #[arg(long)]
        json: bool,
    },
    /// Change a customer's name, e-mail address or contact details (an empty value clears one).
    Edit {
        id: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        email: Option<String>,
        #[command(flatten)]
        contact: CustomerContactArgs,
        #[arg(long)]
        json: bool,
    },
    /// List the customers.
    List {
        #[arg(long)]
        json: bool,
    },
}

/// A customer's contact details, which the processor record prints for each controller (Art. 30(2)(a)).
#[derive(Args, Debug)]
pub struct CustomerContactArgs {
    /// The person to write to at the customer (their DPO or privacy contact).
    #[arg(long)]
    pub contact_name: Option<String>,
    /// The customer's postal address.
    #[arg(long)]
    pub address: Option<String>,
    /// The customer's representative in the EU or the UK (Art. 27).
    #[arg(long)]
    pub representative: Option<String>,
}

#[derive(Args, Debug)]
pub struct AnnounceArgs {
    pub id: String,
    /// The day the customers are told (YYYY-MM-DD).
    #[arg(long)]
    pub notice_on: String,
    /// The objection period in days (default: the organisation's, 30 unless changed).
    #[arg(long)]
    pub objection_days: Option<String>,
    /// How the period counts: calendar or business (Monday to Friday without public holidays); default: the
    /// organisation's (`org set --subprocessor-notice-unit`).
    #[arg(long, value_name = "calendar|business")]
    pub objection_unit: Option<String>,
    /// The subprocessor this one replaces.
    #[arg(long)]
    pub replaces: Option<String>,
    /// A customer told (by name, as in the customer list); repeat for several. Default: every customer.
    #[arg(long = "customer", value_name = "NAME")]
    pub customers: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ObjectionArgs {
    pub notice_id: String,
    /// The customer's name; a name not in the customer list is added to it.
    #[arg(long)]
    pub customer: String,
    /// The day the objection was received (YYYY-MM-DD).
    #[arg(long)]
    pub on: String,
    #[arg(long)]
    pub reason: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct OutcomeArgs {
    pub objection_id: String,
    /// resolved, customer-left or not-used (the subprocessor is not used for this customer).
    #[arg(long)]
    pub outcome: String,
    #[arg(long)]
    pub on: String,
    #[arg(long)]
    pub note: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ActivateArgs {
    pub id: String,
    /// The day it is engaged (YYYY-MM-DD).
    #[arg(long)]
    pub on: String,
    /// Why, when engaged before the earliest engagement date of its notice.
    #[arg(long)]
    pub reason: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct PrintArgs {
    pub notice_id: String,
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
    /// en or fr (default: the organisation's document language).
    #[arg(long)]
    pub lang: Option<String>,
}

fn id<T: std::str::FromStr<Err = Invalid>>(field: &str, s: &str) -> Result<T> {
    s.parse::<T>().map_err(|e| Invalid::field(field, e.errors[0].reason.clone()).into())
}

fn print_notice_line(v: &NoticeView) {
    let replaces = v.replaces_name.as_deref().map(|r| format!(" (replaces {r})")).unwrap_or_default();
    println!(
        "Notice #{}: {}{replaces}, notice {}, objections until {}, earliest engagement {}, {} ({} customers told, {} objections, {} open)",
        v.notice.id,
        v.subprocessor_name,
        v.notice.notice_on,
        v.objection_until,
        v.earliest_engagement_on,
        v.status.as_str(),
        v.notice.customers.len(),
        v.notice.objections.len(),
        v.open_objections
    );
}

pub fn announce(store: &mut Store, a: AnnounceArgs) -> Result<ExitCode> {
    let sub: SubprocessorId = id("id", &a.id)?;
    let replaces = a.replaces.as_deref().map(|r| id::<SubprocessorId>("replaces", r)).transpose()?;
    let customer_ids = if a.customers.is_empty() {
        None
    } else {
        let list = store.customers()?;
        let mut ids: Vec<CustomerId> = Vec::new();
        let mut unknown = Vec::new();
        for name in &a.customers {
            match list.iter().find(|c| crate::text::fold(&c.name) == crate::text::fold(name)) {
                Some(c) => ids.push(c.id),
                None => unknown.push(format!("'{}'", name.trim())),
            }
        }
        if !unknown.is_empty() {
            return Err(Invalid::field(
                "customer",
                format!("{} not in the customer list; add with `privdesk subprocessor customer add --name NAME`", unknown.join(", ")),
            )
            .into());
        }
        Some(ids)
    };
    let draft = AnnounceDraft {
        notice_on: a.notice_on,
        objection_days: a.objection_days.unwrap_or_default(),
        objection_unit: a.objection_unit.unwrap_or_default(),
        replaces_id: replaces,
        customer_ids,
    };
    let v = store.announce_subprocessor(sub, &draft)?;
    if a.json {
        print_json(&v)?;
    } else {
        print_notice_line(&v);
        println!("  {}", v.rule);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn objection(store: &mut Store, a: ObjectionArgs) -> Result<ExitCode> {
    let nid: NoticeId = id("notice_id", &a.notice_id)?;
    let v = store.add_objection(nid, &ObjectionDraft { customer: a.customer, received_on: a.on, reason: a.reason })?;
    if a.json {
        print_json(&v)?;
    } else {
        let o = v.notice.objections.iter().max_by_key(|o| o.id).expect("just added");
        println!("Objection #{} from {} recorded on notice #{}", o.id, o.customer_name, nid);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn outcome(store: &mut Store, a: OutcomeArgs) -> Result<ExitCode> {
    let oid: ObjectionId = id("objection_id", &a.objection_id)?;
    let v = store.resolve_objection(oid, &OutcomeDraft { outcome: a.outcome, on: a.on, note: a.note.unwrap_or_default() })?;
    if a.json {
        print_json(&v)?;
    } else {
        println!("Objection #{oid} closed; notice #{} has {} open objections", v.notice.id, v.open_objections);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn notices(store: &Store, json: bool) -> Result<ExitCode> {
    let views = store.notice_views()?;
    if json {
        print_json(&views)?;
    } else if views.is_empty() {
        println!("No subprocessor change notice yet.");
    } else {
        for v in &views {
            print_notice_line(v);
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn show(store: &Store, notice_id: &str, json: bool) -> Result<ExitCode> {
    let v = store.notice_view(id("notice_id", notice_id)?)?;
    if json {
        print_json(&v)?;
    } else {
        print_notice_line(&v);
        println!("  {}", v.rule);
        for c in &v.notice.customers {
            println!("  told {} <{}> on {}", c.name, c.contact_email.as_deref().unwrap_or("no e-mail"), c.notified_on);
        }
        for o in &v.notice.objections {
            let outcome = o.outcome.map(|x| format!("{} on {}", x.as_str(), o.outcome_on.map(|d| d.to_string()).unwrap_or_default()));
            println!("  objection #{} from {} on {}: {} [{}]", o.id, o.customer_name, o.received_on, o.reason, outcome.unwrap_or_else(|| "open".into()));
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn activate(store: &mut Store, a: ActivateArgs) -> Result<ExitCode> {
    let sub: SubprocessorId = id("id", &a.id)?;
    let on = crate::subprocessor::parse_date(&a.on).map_err(|r| Invalid::field("on", r))?;
    let s = store.activate_subprocessor(sub, on, a.reason.as_deref())?;
    if a.json {
        print_json(&s)?;
    } else {
        println!("Subprocessor #{}: {} is active from {on}", s.id, s.data.name);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn customer(store: &mut Store, cmd: CustomerCommand) -> Result<ExitCode> {
    match cmd {
        CustomerCommand::Add { name, email, contact, json } => {
            let c = store.add_customer(&CustomerDraft {
                name,
                contact_email: email.unwrap_or_default(),
                contact_name: contact.contact_name.unwrap_or_default(),
                address: contact.address.unwrap_or_default(),
                representative: contact.representative.unwrap_or_default(),
            })?;
            if json {
                print_json(&c)?;
            } else {
                println!("Added customer #{}: {}", c.id, c.name);
            }
        }
        CustomerCommand::Edit { id: cid, name, email, contact, json } => {
            let cid: CustomerId = id("id", &cid)?;
            let c = store.atomically(|s| {
                let current = s.customer(cid)?;
                let d = CustomerDraft {
                    name: name.unwrap_or(current.name),
                    contact_email: email.or(current.contact_email).unwrap_or_default(),
                    contact_name: contact.contact_name.or(current.contact_name).unwrap_or_default(),
                    address: contact.address.or(current.address).unwrap_or_default(),
                    representative: contact.representative.or(current.representative).unwrap_or_default(),
                };
                s.update_customer(cid, &d)
            })?;
            if json {
                print_json(&c)?;
            } else {
                println!("Updated customer #{}: {}", c.id, c.name);
            }
        }
        CustomerCommand::List { json } => {
            let list = store.customers()?;
            if json {
                print_json(&list)?;
            } else if list.is_empty() {
                println!("No customer yet.");
            } else {
                for c in list {
                    println!("{:>4}  {:<40} {}", c.id, c.name, c.contact_email.unwrap_or_default());
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn print(store: &Store, a: PrintArgs) -> Result<ExitCode> {
    write_printed(&a.output, api::notice::print(store, id("notice_id", &a.notice_id)?, parse_lang(a.lang)?)?)
}
