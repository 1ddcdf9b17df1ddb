//! `privdesk init` and `privdesk org`: the organisation profile.

use super::print_json;
use crate::document::Lang;
use crate::error::Result;
use crate::org::OrgDraft;
use crate::store::Store;
use clap::Subcommand;
use std::path::Path;
use std::process::ExitCode;

draft_flags! {
    pub struct OrgArgs for OrgDraft {
        /// Legal name.
        name => legal_name,
        /// Country (ISO code or name).
        country,
        /// Supervisory authority: cnil, ico or other.
        authority,
        /// The authority's name when --authority other.
        authority_name,
        /// Holiday calendar: france, france-alsace-moselle or england-wales.
        calendar,
        /// Language of documents: en or fr.
        lang,
        /// Language of the window: en or fr (default: French for an organisation in France).
        window_lang,
        address,
        /// SIREN/SIRET (France) or Companies House number (United Kingdom).
        company_number,
        /// ICO registration number (Z5347709, ZB413938).
        ico_registration,
        /// ICO fee tier: 1, 2 or 3.
        ico_fee_tier,
        /// controller, processor or both.
        role,
        /// DPO or privacy contact's name.
        contact_name,
        contact_email,
        contact_phone,
        /// Legal representative.
        representative,
        headcount,
        /// IANA time zone (Europe/Paris, Europe/London).
        timezone,
        /// Notice period for minor policy changes, in days.
        notice_minor_days,
        notice_substantial_days,
        notice_legal_days,
        /// Objection period for subprocessor changes, in days.
        subprocessor_notice_days,
        /// How that period counts: calendar (default) or business (Monday to Friday without public holidays).
        subprocessor_notice_unit,
        /// As a processor, hours to tell a controller of a breach (default 24).
        processor_notice_hours,
        /// Years after a request is closed before the requester's details are pseudonymised (1 to 10; default 3).
        request_retention_years,
        /// Annual turnover in pounds (the ICO fee tier).
        turnover_gbp,
        /// The day the ICO registration is due for renewal (YYYY-MM-DD).
        ico_renewal_on,
        /// The DPO's name, when a DPO is designated (apart from the privacy contact).
        dpo_name,
        dpo_email,
        /// The day the DPO was designated (YYYY-MM-DD).
        dpo_designated_on,
        /// The CNIL's receipt number for the designation.
        dpo_receipt,
        /// Days before a dated deadline to remind, most distant first ("7, 1, 0"; "none").
        reminder_days,
        /// Hours before a breach deadline to remind ("24, 12, 0"; "none").
        reminder_hours,
        /// The largest evidence file kept, in MB (1 to 500; default 50).
        attachment_limit_mb,
    }
    /// The contact is a designated DPO (true or false).
    #[arg(long)]
    pub dpo_designated: Option<bool>,
    /// A public electronic communications service provider (yes or no): breaches go to the ICO within 24 hours
    /// under PECR reg. 5A. ICO organisations only.
    #[arg(long, value_name = "YES|NO", value_parser = yes_no)]
    pub pecr: Option<bool>,
    /// The ICO fee is paid by direct debit (yes or no): £5 less.
    #[arg(long, value_name = "YES|NO", value_parser = yes_no)]
    pub ico_direct_debit: Option<bool>,
    /// Desktop notifications of what falls due while the window runs (yes or no; default yes).
    #[arg(long, value_name = "YES|NO", value_parser = yes_no)]
    pub desktop_reminders: Option<bool>,
    /// A tray icon with the count overdue while the window runs (yes or no; default no).
    #[arg(long, value_name = "YES|NO", value_parser = yes_no)]
    pub tray_icon: Option<bool>,
    /// Add a one-off public holiday (YYYY-MM-DD); repeat for several.
    #[arg(long, value_name = "DATE")]
    pub add_holiday: Vec<String>,
    /// Remove a holiday added before (YYYY-MM-DD); repeat for several.
    #[arg(long, value_name = "DATE")]
    pub remove_holiday: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

impl OrgArgs {
    fn apply(&self, d: &mut OrgDraft) {
        self.apply_flags(d);
        // Added dates go through validation with the rest of the profile; removal compares the written dates.
        d.extra_holidays.extend(self.add_holiday.iter().cloned());
        d.extra_holidays.retain(|h| !self.remove_holiday.iter().any(|r| r.trim() == h.trim()));
        if let Some(b) = self.dpo_designated {
            d.dpo_designated = b;
        }
        if let Some(b) = self.pecr {
            d.pecr = b;
        }
        if let Some(b) = self.ico_direct_debit {
            d.ico_direct_debit = b;
        }
        if let Some(b) = self.desktop_reminders {
            d.desktop_reminders = Some(b);
        }
        if let Some(b) = self.tray_icon {
            d.tray_icon = b;
        }
    }
}

/// `yes` or `no` (also `true`/`false`), as a flag's value.
fn yes_no(value: &str) -> std::result::Result<bool, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "yes" | "true" | "oui" => Ok(true),
        "no" | "false" | "non" => Ok(false),
        other => Err(format!("'{other}' is neither yes nor no")),
    }
}

#[derive(Subcommand, Debug)]
pub enum OrgCommand {
    /// Show the profile.
    Show {
        #[arg(long)]
        json: bool,
    },
    /// Change fields of the profile.
    Set(OrgArgs),
    /// The registrations kept with the authority: the ICO registration and fee, or the CNIL's DPO designation.
    Registrations {
        #[arg(long)]
        json: bool,
    },
}

pub fn init(store: &mut Store, args: OrgArgs, path: &Path) -> Result<ExitCode> {
    if store.org()?.is_some() {
        return Err(crate::Invalid::field("init", "the organisation is already set up; use `privdesk org set` to change it").into());
    }
    let mut d = OrgDraft::default();
    args.apply(&mut d);
    let org = store.save_org(&d)?;
    if args.json {
        print_json(&org)?;
    } else {
        println!("Set up {} ({}) in {}", org.legal_name, org.authority.as_str().to_uppercase(), path.display());
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run(store: &mut Store, cmd: OrgCommand) -> Result<ExitCode> {
    let (org, json) = match cmd {
        OrgCommand::Registrations { json } => {
            let r = crate::api::registrations(store)?;
            if json {
                print_json(&r)?;
            } else {
                let lang = store.texts()?;
                let rows = crate::registration::rows(&r, lang);
                if rows.is_empty() {
                    println!("No registration recorded for this authority.");
                }
                for (label, value) in rows {
                    println!("{label:<32} {}", value.replace('\n', " / "));
                }
                for w in &r.warnings {
                    println!("warning: {w}");
                }
            }
            return Ok(ExitCode::SUCCESS);
        }
        OrgCommand::Show { json } => (store.require_org()?, json),
        OrgCommand::Set(args) => {
            // Read and written under one lock, so that a change made meanwhile elsewhere is not undone.
            let org = store.atomically(|s| {
                let mut d = s.require_org()?.to_draft();
                args.apply(&mut d);
                s.save_org(&d)
            })?;
            (org, args.json)
        }
    };
    if json {
        print_json(&org)?;
    } else {
        print_org(&org);
    }
    Ok(ExitCode::SUCCESS)
}

fn print_org(org: &crate::org::Org) {
    let lines = [
        ("Legal name", Some(org.legal_name.clone())),
        ("Address", Some(org.address.clone()).filter(|a| !a.is_empty())),
        ("Country", Some(crate::country::name(&org.country, Lang::En))),
        ("Company number", org.company_number.clone()),
        ("Authority", Some(org.authority_label())),
        ("ICO registration", org.ico_registration.clone()),
        ("ICO fee tier", org.ico_fee_tier.map(|t| t.to_string())),
        ("ICO renewal due", org.ico_renewal_on.map(|d| d.to_string())),
        ("Direct debit", org.ico_direct_debit.then(|| "yes".to_string())),
        ("Annual turnover", org.turnover_gbp.map(|v| crate::registration::pounds(v, Lang::En))),
        ("Headcount", org.headcount.map(|h| h.to_string())),
        ("Role", Some(org.role.as_str().to_string())),
        ("Privacy contact", org.contact_name.clone()),
        ("Contact e-mail", org.contact_email.clone()),
        ("Legal representative", org.representative.clone()),
        ("DPO designated", org.dpo_designated.then(|| "yes".to_string())),
        ("DPO", Some([org.dpo_name.clone(), org.dpo_email.clone()].into_iter().flatten().collect::<Vec<_>>().join(", ")).filter(|s| !s.is_empty())),
        ("DPO designated on", org.dpo_designated_on.map(|d| d.to_string())),
        ("DPO receipt", org.dpo_receipt.clone()),
        ("Holiday calendar", Some(org.calendar.to_string())),
        ("Time zone", Some(org.timezone.clone())),
        ("Document language", Some(org.lang.to_string())),
        ("Window language", Some(org.window_lang.to_string())),
        (
            "Notice periods",
            Some(format!(
                "minor {} days, substantial {} days, legal {} days, subprocessor objection {} {}",
                org.notice_minor_days,
                org.notice_substantial_days,
                org.notice_legal_days,
                org.subprocessor_notice_days,
                org.subprocessor_notice_unit.label(Lang::En)
            )),
        ),
        ("Processor notice", Some(format!("{} hours to tell a controller of a breach", org.processor_notice_hours))),
        ("PECR provider", org.pecr.then(|| "yes: breaches go to the ICO within 24 hours (PECR reg. 5A)".to_string())),
        ("Request retention", Some(format!("{} years after closing", org.request_retention_years))),
        (
            "Reminders",
            Some(format!(
                "days before: {}; hours before a breach deadline: {}; desktop notifications {}; tray icon {}",
                crate::deadline::reminder::leads_text(&org.reminder_days),
                crate::deadline::reminder::leads_text(&org.reminder_hours),
                if org.desktop_reminders { "on" } else { "off" },
                if org.tray_icon { "on" } else { "off" }
            )),
        ),
        ("Evidence files", Some(format!("at most {} MB each", org.attachment_limit_mb))),
        (
            "Added holidays",
            Some(org.extra_holidays.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", ")).filter(|s| !s.is_empty()),
        ),
    ];
    for (label, value) in lines {
        if let Some(v) = value {
            println!("{label:<22}{v}");
        }
    }
}

