//! `privdesk init` and `privdesk org`: the organisation profile.

use super::{print_json, set};
use crate::document::Lang;
use crate::error::Result;
use crate::org::OrgDraft;
use crate::store::Store;
use clap::{Args, Subcommand};
use std::path::Path;
use std::process::ExitCode;

#[derive(Args, Debug, Default)]
pub struct OrgArgs {
    /// Legal name.
    #[arg(long)]
    pub name: Option<String>,
    /// Country (ISO code or name).
    #[arg(long)]
    pub country: Option<String>,
    /// Supervisory authority: cnil, ico or other.
    #[arg(long)]
    pub authority: Option<String>,
    /// The authority's name when --authority other.
    #[arg(long)]
    pub authority_name: Option<String>,
    /// Holiday calendar: france, france-alsace-moselle or england-wales.
    #[arg(long)]
    pub calendar: Option<String>,
    /// Language of documents: en or fr.
    #[arg(long)]
    pub lang: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    /// SIREN/SIRET (France) or Companies House number (United Kingdom).
    #[arg(long)]
    pub company_number: Option<String>,
    /// ICO registration number (Z5347709, ZB413938).
    #[arg(long)]
    pub ico_registration: Option<String>,
    /// ICO fee tier: 1, 2 or 3.
    #[arg(long)]
    pub ico_fee_tier: Option<String>,
    /// controller, processor or both.
    #[arg(long)]
    pub role: Option<String>,
    /// DPO or privacy contact's name.
    #[arg(long)]
    pub contact_name: Option<String>,
    #[arg(long)]
    pub contact_email: Option<String>,
    #[arg(long)]
    pub contact_phone: Option<String>,
    /// The contact is a designated DPO (true or false).
    #[arg(long)]
    pub dpo_designated: Option<bool>,
    /// Legal representative.
    #[arg(long)]
    pub representative: Option<String>,
    #[arg(long)]
    pub headcount: Option<String>,
    /// IANA time zone (Europe/Paris, Europe/London).
    #[arg(long)]
    pub timezone: Option<String>,
    /// Notice period for minor policy changes, in days.
    #[arg(long)]
    pub notice_minor_days: Option<String>,
    #[arg(long)]
    pub notice_substantial_days: Option<String>,
    #[arg(long)]
    pub notice_legal_days: Option<String>,
    /// Objection period for subprocessor changes, in days.
    #[arg(long)]
    pub subprocessor_notice_days: Option<String>,
    /// As a processor, hours to tell a controller of a breach (default 24).
    #[arg(long)]
    pub processor_notice_hours: Option<String>,
    /// Years after a request is closed before the requester's details are pseudonymised (1 to 10; default 3).
    #[arg(long)]
    pub request_retention_years: Option<String>,
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
        set(&mut d.legal_name, &self.name);
        set(&mut d.country, &self.country);
        set(&mut d.authority, &self.authority);
        set(&mut d.authority_name, &self.authority_name);
        set(&mut d.calendar, &self.calendar);
        set(&mut d.lang, &self.lang);
        set(&mut d.address, &self.address);
        set(&mut d.company_number, &self.company_number);
        set(&mut d.ico_registration, &self.ico_registration);
        set(&mut d.ico_fee_tier, &self.ico_fee_tier);
        set(&mut d.role, &self.role);
        set(&mut d.contact_name, &self.contact_name);
        set(&mut d.contact_email, &self.contact_email);
        set(&mut d.contact_phone, &self.contact_phone);
        set(&mut d.representative, &self.representative);
        set(&mut d.headcount, &self.headcount);
        set(&mut d.timezone, &self.timezone);
        set(&mut d.notice_minor_days, &self.notice_minor_days);
        set(&mut d.notice_substantial_days, &self.notice_substantial_days);
        set(&mut d.notice_legal_days, &self.notice_legal_days);
        set(&mut d.subprocessor_notice_days, &self.subprocessor_notice_days);
        set(&mut d.processor_notice_hours, &self.processor_notice_hours);
        set(&mut d.request_retention_years, &self.request_retention_years);
        // Added dates go through validation with the rest of the profile; removal compares the written dates.
        d.extra_holidays.extend(self.add_holiday.iter().cloned());
        d.extra_holidays.retain(|h| !self.remove_holiday.iter().any(|r| r.trim() == h.trim()));
        if let Some(b) = self.dpo_designated {
            d.dpo_designated = b;
        }
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
        ("Role", Some(org.role.as_str().to_string())),
        ("Privacy contact", org.contact_name.clone()),
        ("Contact e-mail", org.contact_email.clone()),
        ("Legal representative", org.representative.clone()),
        ("Holiday calendar", Some(org.calendar.to_string())),
        ("Time zone", Some(org.timezone.clone())),
        ("Document language", Some(org.lang.to_string())),
        (
            "Notice periods",
            Some(format!(
                "minor {} days, substantial {} days, legal {} days, subprocessor objection {} days",
                org.notice_minor_days, org.notice_substantial_days, org.notice_legal_days, org.subprocessor_notice_days
            )),
        ),
        ("Processor notice", Some(format!("{} hours to tell a controller of a breach", org.processor_notice_hours))),
        ("Request retention", Some(format!("{} years after closing", org.request_retention_years))),
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

