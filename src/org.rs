//! The organisation profile: who the company is, which authority it answers to, and the settings every rule reads
//! (holiday calendar, notice periods, time zone, document language).

use crate::calendar::HolidayCalendar;
use crate::document::Lang;
use crate::error::{Checker, Invalid};
use crate::text::non_empty;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Authority {
    Cnil,
    Ico,
    Other,
}

impl Authority {
    pub fn parse(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "cnil" => Ok(Authority::Cnil),
            "ico" => Ok(Authority::Ico),
            "other" => Ok(Authority::Other),
            other => Err(format!("'{other}' is not an authority; use cnil, ico or other")),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Authority::Cnil => "cnil",
            Authority::Ico => "ico",
            Authority::Other => "other",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Controller,
    Processor,
    Both,
}

impl Role {
    pub fn parse(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "controller" => Ok(Role::Controller),
            "processor" => Ok(Role::Processor),
            "both" => Ok(Role::Both),
            other => Err(format!("'{other}' is not a role; use controller, processor or both")),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Controller => "controller",
            Role::Processor => "processor",
            Role::Both => "both",
        }
    }
}

/// The organisation profile as stored: every field valid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Org {
    pub legal_name: String,
    pub address: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// SIREN or SIRET in France, the Companies House number in the United Kingdom, free text elsewhere.
    pub company_number: Option<String>,
    pub authority: Authority,
    /// The authority's name when `authority` is `other`.
    pub authority_name: Option<String>,
    pub ico_registration: Option<String>,
    pub ico_fee_tier: Option<u8>,
    pub role: Role,
    /// The DPO or privacy contact: whom people and the authority write to.
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub dpo_designated: bool,
    pub representative: Option<String>,
    pub headcount: Option<u32>,
    pub calendar: HolidayCalendar,
    pub timezone: String,
    pub lang: Lang,
    /// The language of the window's texts (issue 13), apart from the documents' `lang`. Profiles saved before the
    /// setting existed read as English, the only language the window had then.
    #[serde(default)]
    pub window_lang: Lang,
    pub notice_minor_days: u32,
    pub notice_substantial_days: u32,
    pub notice_legal_days: u32,
    pub subprocessor_notice_days: u32,
    /// Whether the objection period counts calendar or business days (contracts often say "10 business days").
    /// Profiles saved before read as calendar days.
    #[serde(default)]
    pub subprocessor_notice_unit: crate::subprocessor::notice::DayCount,
    /// Years after a request is closed before the requester's identifying details are replaced by a pseudonym.
    #[serde(default = "default_request_retention_years")]
    pub request_retention_years: u32,
    /// One-off public holidays the user added to the calendar (a royal event), in date order.
    #[serde(default)]
    pub extra_holidays: Vec<chrono::NaiveDate>,
    /// As a processor, the hours we have to tell a controller of a breach (the contract's figure; rules.md §2).
    #[serde(default = "default_processor_notice_hours")]
    pub processor_notice_hours: u32,
    /// A provider of a public electronic communications service (a telecoms or internet access provider): its
    /// breaches go to the ICO within 24 hours under PECR reg. 5A. UK only; profiles saved before read as no.
    #[serde(default)]
    pub pecr: bool,
    /// The registration facts (issue 14): annual turnover in pounds (the ICO fee tier), payment by direct debit, the
    /// day the ICO registration is due for renewal; the DPO as a person apart from the privacy contact, with the
    /// day of the designation and the CNIL's receipt number. Profiles saved before read as not recorded.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub turnover_gbp: Option<u64>,
    #[serde(default)]
    pub ico_direct_debit: bool,
    #[serde(default)]
    pub ico_renewal_on: Option<chrono::NaiveDate>,
    #[serde(default)]
    pub dpo_name: Option<String>,
    #[serde(default)]
    pub dpo_email: Option<String>,
    #[serde(default)]
    pub dpo_designated_on: Option<chrono::NaiveDate>,
    #[serde(default)]
    pub dpo_receipt: Option<String>,
    /// Reminders (issue 15): days before a deadline that falls on a day, hours before a breach's, most distant
    /// first; and whether the window raises desktop notifications. Profiles saved before read as the defaults.
    #[serde(default = "default_reminder_days")]
    pub reminder_days: Vec<u32>,
    #[serde(default = "default_reminder_hours")]
    pub reminder_hours: Vec<u32>,
    #[serde(default = "default_true")]
    pub desktop_reminders: bool,
    /// A tray icon showing how many deadlines are overdue, while the window runs (off unless chosen).
    #[serde(default)]
    pub tray_icon: bool,
    /// The largest evidence file kept, in MB (issue 16). Profiles saved before read as 50.
    #[serde(default = "default_attachment_limit_mb")]
    pub attachment_limit_mb: u32,
}

fn default_attachment_limit_mb() -> u32 {
    crate::attachment::DEFAULT_LIMIT_MB
}

fn default_reminder_days() -> Vec<u32> {
    crate::deadline::reminder::DEFAULT_DAYS.to_vec()
}
fn default_reminder_hours() -> Vec<u32> {
    crate::deadline::reminder::DEFAULT_HOURS.to_vec()
}
fn default_true() -> bool {
    true
}

/// The profile as a form or the command line gives it: text everywhere, checked by [`OrgDraft::validate`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct OrgDraft {
    pub legal_name: String,
    pub address: String,
    pub country: String,
    pub company_number: String,
    pub authority: String,
    pub authority_name: String,
    pub ico_registration: String,
    pub ico_fee_tier: String,
    pub role: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub dpo_designated: bool,
    pub representative: String,
    pub headcount: String,
    pub calendar: String,
    pub timezone: String,
    pub lang: String,
    /// `en` or `fr`; empty: French for an organisation in France, English elsewhere.
    pub window_lang: String,
    pub notice_minor_days: String,
    pub notice_substantial_days: String,
    pub notice_legal_days: String,
    pub subprocessor_notice_days: String,
    /// `calendar` or `business`; empty: calendar days.
    pub subprocessor_notice_unit: String,
    /// Empty: 3 years.
    pub request_retention_years: String,
    /// `YYYY-MM-DD` each.
    pub extra_holidays: Vec<String>,
    pub processor_notice_hours: String,
    /// A public electronic communications service provider under PECR (ICO organisations only).
    pub pecr: bool,
    /// Annual turnover in pounds ("632000", "£632,000", "632 000").
    pub turnover_gbp: String,
    pub ico_direct_debit: bool,
    /// `YYYY-MM-DD`.
    pub ico_renewal_on: String,
    pub dpo_name: String,
    pub dpo_email: String,
    /// `YYYY-MM-DD`.
    pub dpo_designated_on: String,
    /// The CNIL's receipt number for the designation (DPO-…).
    pub dpo_receipt: String,
    /// Days before a dated deadline to remind ("7, 1, 0"); empty: 7, 1 and 0.
    pub reminder_days: String,
    /// Hours before a breach deadline to remind ("24, 12, 0"); empty: 24, 12 and 0.
    pub reminder_hours: String,
    /// Desktop notifications while the window runs; absent: on.
    #[ts(type = "boolean | null")]
    pub desktop_reminders: Option<bool>,
    /// A tray icon with the count overdue.
    pub tray_icon: bool,
    /// The size limit per evidence file in MB; empty: 50.
    pub attachment_limit_mb: String,
}

/// Defaults from rules.md §5 and §4: minor 7 days, substantial 30, legal 0; subprocessor objection period 30.
pub const DEFAULT_NOTICE_MINOR_DAYS: u32 = 7;
pub const DEFAULT_NOTICE_SUBSTANTIAL_DAYS: u32 = 30;
pub const DEFAULT_NOTICE_LEGAL_DAYS: u32 = 0;
pub const DEFAULT_SUBPROCESSOR_NOTICE_DAYS: u32 = 30;
/// Requester details are kept 3 years after a request is closed, then pseudonymised; the user can choose 1 to 10.
pub const DEFAULT_REQUEST_RETENTION_YEARS: u32 = 3;

/// Profiles saved before the setting existed read as the default.
fn default_request_retention_years() -> u32 {
    DEFAULT_REQUEST_RETENTION_YEARS
}
/// Contracts often give a processor 24 or 48 hours to tell its controller of a breach (rules.md §2); 24 is the
/// stricter of the two.
pub const DEFAULT_PROCESSOR_NOTICE_HOURS: u32 = 24;

fn default_processor_notice_hours() -> u32 {
    DEFAULT_PROCESSOR_NOTICE_HOURS
}

impl OrgDraft {
    pub fn validate(&self) -> Result<Org, Invalid> {
        crate::text::guarded(self, &crate::text::FORM_RULES, || {
            let mut c = Checker::new();
            let legal_name = c.check("legal_name", required(&self.legal_name, "the organisation's legal name"));
            let country = c.check("country", crate::country::parse(&self.country));
            let authority = c.check(
                "authority",
                if self.authority.trim().is_empty() {
                    Err("is required: cnil, ico or other".to_string())
                } else {
                    Authority::parse(&self.authority)
                },
            );
            let authority_name = non_empty(&self.authority_name);
            if authority == Some(Authority::Other) && authority_name.is_none() {
                c.push("authority_name", "is required when the authority is 'other' (for example 'Garante per la protezione dei dati personali')");
            }
            let company_number = match (non_empty(&self.company_number), country) {
                (None, _) => None,
                (Some(n), Some(cc)) => c.check("company_number", company_number(&n, cc)),
                (Some(n), None) => Some(n),
            };
            let ico_registration = match non_empty(&self.ico_registration) {
                None => None,
                Some(n) => c.check("ico_registration", ico_registration(&n)),
            };
            let ico_fee_tier = match non_empty(&self.ico_fee_tier) {
                None => None,
                Some(t) => c.check(
                    "ico_fee_tier",
                    match t.trim_start_matches(|ch: char| !ch.is_ascii_digit()) {
                        "1" => Ok(1),
                        "2" => Ok(2),
                        "3" => Ok(3),
                        _ => Err(format!("'{t}' is not an ICO fee tier; use 1, 2 or 3")),
                    },
                ),
            };
            let role = if self.role.trim().is_empty() {
                Some(Role::Both)
            } else {
                c.check("role", Role::parse(&self.role))
            };
            let contact_email = c.check("contact_email", email(&self.contact_email, false)).flatten();
            let headcount = match non_empty(&self.headcount) {
                None => None,
                Some(h) => c.check("headcount", h.parse::<u32>().map_err(|_| format!("'{h}' is not a number of people"))),
            };
            let defaults = defaults_for(country.unwrap_or(""));
            let calendar = if self.calendar.trim().is_empty() {
                Some(defaults.calendar)
            } else {
                c.check("calendar", self.calendar.trim().parse::<HolidayCalendar>().map_err(|e| e.to_string()))
            };
            let timezone = if self.timezone.trim().is_empty() {
                Some(defaults.timezone.clone())
            } else {
                c.check("timezone", timezone(&self.timezone))
            };
            let lang = if self.lang.trim().is_empty() {
                Some(defaults.lang)
            } else {
                c.check("lang", self.lang.trim().parse::<Lang>().map_err(|e| e.to_string()))
            };
            let window_lang = if self.window_lang.trim().is_empty() {
                Some(defaults.window_lang)
            } else {
                c.check("window_lang", self.window_lang.trim().parse::<Lang>().map_err(|e| e.to_string()))
            };
            let notice_minor_days = c.check("notice_minor_days", days(&self.notice_minor_days, DEFAULT_NOTICE_MINOR_DAYS));
            let notice_substantial_days =
                c.check("notice_substantial_days", days(&self.notice_substantial_days, DEFAULT_NOTICE_SUBSTANTIAL_DAYS));
            let notice_legal_days = c.check("notice_legal_days", days(&self.notice_legal_days, DEFAULT_NOTICE_LEGAL_DAYS));
            let subprocessor_notice_days =
                c.check("subprocessor_notice_days", days(&self.subprocessor_notice_days, DEFAULT_SUBPROCESSOR_NOTICE_DAYS));
            let subprocessor_notice_unit = match non_empty(&self.subprocessor_notice_unit) {
                None => Some(crate::subprocessor::notice::DayCount::Calendar),
                Some(u) => c.check("subprocessor_notice_unit", crate::subprocessor::notice::DayCount::parse(&u)),
            };
            let request_retention_years = c.check("request_retention_years", retention_years(&self.request_retention_years));
            let extra_holidays = c.check("extra_holidays", holiday_list(&self.extra_holidays));
            let processor_notice_hours = c.check("processor_notice_hours", notice_hours(&self.processor_notice_hours));
            let turnover_gbp = match non_empty(&self.turnover_gbp) {
                None => None,
                Some(t) => c.check("turnover_gbp", pounds(&t)),
            };
            let date = |field: &str, value: &str, c: &mut Checker| match non_empty(value) {
                None => None,
                Some(v) => c.check(field, crate::subprocessor::parse_date(&v)),
            };
            let ico_renewal_on = date("ico_renewal_on", &self.ico_renewal_on, &mut c);
            let dpo_designated_on = date("dpo_designated_on", &self.dpo_designated_on, &mut c);
            let dpo_email = c.check("dpo_email", email(&self.dpo_email, false)).flatten();
            let leads = |field: &str, text: &str, default: &[u32], max: u32, unit: &str, c: &mut Checker| {
                if text.trim().is_empty() {
                    Some(default.to_vec())
                } else {
                    c.check(field, crate::deadline::reminder::parse_leads(text, max, unit))
                }
            };
            let reminder_days = leads("reminder_days", &self.reminder_days, crate::deadline::reminder::DEFAULT_DAYS, 90, "days", &mut c);
            let attachment_limit_mb = c.check("attachment_limit_mb", attachment_limit(&self.attachment_limit_mb));
            let reminder_hours = leads("reminder_hours", &self.reminder_hours, crate::deadline::reminder::DEFAULT_HOURS, 72, "hours", &mut c);
            if self.pecr && authority.is_some_and(|a| a != Authority::Ico) {
                c.push("pecr", "applies only to an organisation that answers to the ICO: PECR is UK law");
            }
            c.finish()?;
            Ok(Org {
                legal_name: legal_name.unwrap(),
                address: self.address.trim().to_string(),
                country: country.unwrap().to_string(),
                company_number,
                authority: authority.unwrap(),
                authority_name,
                ico_registration,
                ico_fee_tier,
                role: role.unwrap(),
                contact_name: non_empty(&self.contact_name),
                contact_email,
                contact_phone: non_empty(&self.contact_phone),
                dpo_designated: self.dpo_designated,
                representative: non_empty(&self.representative),
                headcount,
                calendar: calendar.unwrap(),
                timezone: timezone.unwrap(),
                lang: lang.unwrap(),
                window_lang: window_lang.unwrap(),
                notice_minor_days: notice_minor_days.unwrap(),
                notice_substantial_days: notice_substantial_days.unwrap(),
                notice_legal_days: notice_legal_days.unwrap(),
                subprocessor_notice_days: subprocessor_notice_days.unwrap(),
                subprocessor_notice_unit: subprocessor_notice_unit.unwrap(),
                request_retention_years: request_retention_years.unwrap(),
                extra_holidays: extra_holidays.unwrap(),
                processor_notice_hours: processor_notice_hours.unwrap(),
                pecr: self.pecr,
                turnover_gbp,
                ico_direct_debit: self.ico_direct_debit,
                ico_renewal_on,
                dpo_name: non_empty(&self.dpo_name),
                dpo_email,
                dpo_designated_on,
                dpo_receipt: non_empty(&self.dpo_receipt),
                reminder_days: reminder_days.unwrap(),
                reminder_hours: reminder_hours.unwrap(),
                desktop_reminders: self.desktop_reminders.unwrap_or(true),
                tray_icon: self.tray_icon,
                attachment_limit_mb: attachment_limit_mb.unwrap(),
            })
        })
    }
}

impl Org {
    /// The profile back as a draft, for editing.
    pub fn to_draft(&self) -> OrgDraft {
        OrgDraft {
            legal_name: self.legal_name.clone(),
            address: self.address.clone(),
            country: self.country.clone(),
            company_number: self.company_number.clone().unwrap_or_default(),
            authority: self.authority.as_str().into(),
            authority_name: self.authority_name.clone().unwrap_or_default(),
            ico_registration: self.ico_registration.clone().unwrap_or_default(),
            ico_fee_tier: self.ico_fee_tier.map(|t| t.to_string()).unwrap_or_default(),
            role: self.role.as_str().into(),
            contact_name: self.contact_name.clone().unwrap_or_default(),
            contact_email: self.contact_email.clone().unwrap_or_default(),
            contact_phone: self.contact_phone.clone().unwrap_or_default(),
            dpo_designated: self.dpo_designated,
            representative: self.representative.clone().unwrap_or_default(),
            headcount: self.headcount.map(|h| h.to_string()).unwrap_or_default(),
            calendar: self.calendar.to_string(),
            timezone: self.timezone.clone(),
            lang: self.lang.to_string(),
            window_lang: self.window_lang.to_string(),
            notice_minor_days: self.notice_minor_days.to_string(),
            notice_substantial_days: self.notice_substantial_days.to_string(),
            notice_legal_days: self.notice_legal_days.to_string(),
            subprocessor_notice_days: self.subprocessor_notice_days.to_string(),
            subprocessor_notice_unit: self.subprocessor_notice_unit.as_str().to_string(),
            request_retention_years: self.request_retention_years.to_string(),
            extra_holidays: self.extra_holidays.iter().map(|d| d.to_string()).collect(),
            processor_notice_hours: self.processor_notice_hours.to_string(),
            pecr: self.pecr,
            turnover_gbp: self.turnover_gbp.map(|t| t.to_string()).unwrap_or_default(),
            ico_direct_debit: self.ico_direct_debit,
            ico_renewal_on: self.ico_renewal_on.map(|d| d.to_string()).unwrap_or_default(),
            dpo_name: self.dpo_name.clone().unwrap_or_default(),
            dpo_email: self.dpo_email.clone().unwrap_or_default(),
            dpo_designated_on: self.dpo_designated_on.map(|d| d.to_string()).unwrap_or_default(),
            dpo_receipt: self.dpo_receipt.clone().unwrap_or_default(),
            reminder_days: crate::deadline::reminder::leads_text(&self.reminder_days),
            reminder_hours: crate::deadline::reminder::leads_text(&self.reminder_hours),
            desktop_reminders: Some(self.desktop_reminders),
            tray_icon: self.tray_icon,
            attachment_limit_mb: self.attachment_limit_mb.to_string(),
        }
    }

    /// The lead times of the reminders and of the `.ics` alarms.
    pub fn reminder_leads(&self) -> crate::deadline::reminder::Leads {
        crate::deadline::reminder::Leads { days: self.reminder_days.clone(), hours: self.reminder_hours.clone() }
    }

    /// The working days every deadline counts in: the profile's holiday calendar plus the holidays the user added.
    pub fn working_calendar(&self) -> crate::calendar::WorkingCalendar {
        crate::calendar::WorkingCalendar::new(self.calendar, self.extra_holidays.clone())
    }

    /// The regime a new request is answered under unless it names another: UK GDPR for an organisation that
    /// answers to the ICO, EU GDPR otherwise.
    pub fn default_regime(&self) -> crate::request::Regime {
        match self.authority {
            Authority::Ico => crate::request::Regime::UkGdpr,
            Authority::Cnil | Authority::Other => crate::request::Regime::EuGdpr,
        }
    }

    /// The authority's name as printed in documents.
    pub fn authority_label(&self) -> String {
        match self.authority {
            Authority::Cnil => "Commission nationale de l'informatique et des libertés (CNIL)".into(),
            Authority::Ico => "Information Commissioner's Office (ICO)".into(),
            Authority::Other => self.authority_name.clone().unwrap_or_else(|| "the supervisory authority".into()),
        }
    }

    pub fn tz(&self) -> chrono_tz::Tz {
        self.timezone.parse().unwrap_or(chrono_tz::Europe::Paris)
    }

    /// The organisation's calendar date at an instant: legal days end at midnight where the organisation is.
    pub fn today(&self, now: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDate {
        now.with_timezone(&self.tz()).date_naive()
    }
}

fn required(value: &str, what: &str) -> Result<String, String> {
    non_empty(value).ok_or_else(|| format!("is required: {what}"))
}

/// A plausible e-mail address: one '@', something before it, a dot in the domain, no spaces.
pub fn email(value: &str, required: bool) -> Result<Option<String>, String> {
    let v = value.trim();
    if v.is_empty() {
        return if required { Err("is required: an e-mail address".into()) } else { Ok(None) };
    }
    let ok = match v.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && !domain.contains('@')
        }
        None => false,
    } && !v.contains(char::is_whitespace);
    if ok {
        Ok(Some(v.to_string()))
    } else {
        Err(format!("'{v}' is not an e-mail address"))
    }
}

fn days(value: &str, default: u32) -> Result<u32, String> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(default);
    }
    match v.parse::<u32>() {
        Ok(n) if n <= 365 => Ok(n),
        _ => Err(format!("'{v}' is not a number of days from 0 to 365")),
    }
}

/// A processor's notice period to its controller: 1 to 168 hours (a week), 24 when left empty.
/// An amount in pounds as people write it: "632000", "£632,000", "632 000", "GBP 632000".
fn pounds(value: &str) -> Result<u64, String> {
    let digits: String = value
        .trim()
        .trim_start_matches("GBP")
        .trim_start_matches('£')
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    digits.trim().parse::<u64>().map_err(|_| format!("'{}' is not an amount in pounds; write it in whole pounds, for example 632000", value.trim()))
}

fn notice_hours(value: &str) -> Result<u32, String> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(DEFAULT_PROCESSOR_NOTICE_HOURS);
    }
    match v.parse::<u32>() {
        Ok(n) if (1..=168).contains(&n) => Ok(n),
        _ => Err(format!("'{v}' is not a number of hours from 1 to 168")),
    }
}

fn retention_years(value: &str) -> Result<u32, String> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(DEFAULT_REQUEST_RETENTION_YEARS);
    }
    match v.parse::<u32>() {
        Ok(n) if (1..=10).contains(&n) => Ok(n),
        _ => Err(format!("'{v}' is not a number of years from 1 to 10")),
    }
}

/// The size limit per evidence file, in MB: 1 to 500; empty: 50.
fn attachment_limit(value: &str) -> Result<u32, String> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(crate::attachment::DEFAULT_LIMIT_MB);
    }
    match v.parse::<u32>() {
        Ok(n) if (1..=crate::attachment::MAX_LIMIT_MB).contains(&n) => Ok(n),
        _ => Err(format!("'{v}' is not a number of MB from 1 to {}", crate::attachment::MAX_LIMIT_MB)),
    }
}

/// Added holidays: each an ISO date, duplicates dropped, in date order.
fn holiday_list(values: &[String]) -> Result<Vec<chrono::NaiveDate>, String> {
    let mut out = std::collections::BTreeSet::new();
    let mut bad = Vec::new();
    for v in values.iter().flat_map(|s| s.split([',', ';', '\n'])).map(str::trim).filter(|v| !v.is_empty()) {
        match crate::subprocessor::parse_date(v) {
            Ok(d) => {
                out.insert(d);
            }
            Err(e) => bad.push(e),
        }
    }
    if bad.is_empty() {
        Ok(out.into_iter().collect())
    } else {
        Err(bad.join("; "))
    }
}

fn timezone(value: &str) -> Result<String, String> {
    let v = value.trim();
    v.parse::<chrono_tz::Tz>()
        .map(|tz| tz.name().to_string())
        .map_err(|_| format!("'{v}' is not a time zone; use an IANA name such as Europe/Paris or Europe/London"))
}

/// ICO registration numbers look like Z5347709 or ZB413938 (rules.md §7): Z, then seven digits or a letter and six.
pub fn ico_registration(value: &str) -> Result<String, String> {
    let v = value.trim().to_ascii_uppercase();
    let b = v.as_bytes();
    let ok = b.len() == 8
        && b[0] == b'Z'
        && (b[1].is_ascii_digit() || b[1].is_ascii_uppercase())
        && b[2..].iter().all(u8::is_ascii_digit);
    if ok {
        Ok(v)
    } else {
        Err(format!("'{}' is not an ICO registration number (Z and seven characters, such as Z5347709 or ZB413938)", value.trim()))
    }
}

/// A company number checked where its format is known: SIREN (9 digits) or SIRET (14 digits) with the Luhn key in
/// France; Companies House numbers (8 digits, or 2 letters and 6 digits) in the United Kingdom.
/// What the profile takes for a country when the form leaves a field empty, and how its company number is called:
/// the one place these defaults are written (the window's form shows them as the user picks the country).
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct CountryDefaults {
    pub calendar: HolidayCalendar,
    pub lang: Lang,
    /// The window's language: French in France, English elsewhere.
    pub window_lang: Lang,
    pub timezone: String,
    /// The company number's name and format where the core checks it.
    pub company_number: crate::vocab::Term,
    pub company_number_hint: crate::vocab::Term,
}

pub fn defaults_for(country: &str) -> CountryDefaults {
    let term = |en: &str, fr: &str| crate::vocab::Term { code: String::new(), en: en.into(), fr: fr.into() };
    let (calendar, lang, timezone) = match country {
        "GB" => (HolidayCalendar::EnglandWales, Lang::En, "Europe/London"),
        "FR" => (HolidayCalendar::France, Lang::Fr, "Europe/Paris"),
        _ => (HolidayCalendar::France, Lang::En, "Europe/Paris"),
    };
    let (company_number, company_number_hint) = match country {
        "FR" => (term("SIREN or SIRET", "SIREN ou SIRET"), term("9 or 14 digits; the check digit is verified.", "9 ou 14 chiffres ; la clé de contrôle est vérifiée.")),
        "GB" => (
            term("Companies House number", "Numéro Companies House"),
            term("8 digits, or 2 letters and 6 digits (SC123456).", "8 chiffres, ou 2 lettres et 6 chiffres (SC123456)."),
        ),
        _ => (
            term("Company number", "Numéro d'immatriculation"),
            term("The registration number where the company is incorporated.", "Le numéro d'immatriculation du pays de constitution."),
        ),
    };
    CountryDefaults { calendar, lang, window_lang: lang, timezone: timezone.into(), company_number, company_number_hint }
}

pub fn company_number(value: &str, country: &str) -> Result<String, String> {
    let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    match country {
        "FR" => {
            let digits = compact.bytes().all(|b| b.is_ascii_digit());
            if !digits || !(compact.len() == 9 || compact.len() == 14) {
                return Err(format!("'{}' is not a SIREN (9 digits) or SIRET (14 digits)", value.trim()));
            }
            if !luhn(&compact) {
                return Err(format!("'{}' fails the SIREN/SIRET check digit; check for a typing error", value.trim()));
            }
            Ok(compact)
        }
        "GB" => {
            let b = compact.as_bytes();
            let ok = b.len() == 8
                && (b.iter().all(u8::is_ascii_digit)
                    || (b[0].is_ascii_uppercase() && b[1].is_ascii_uppercase() && b[2..].iter().all(u8::is_ascii_digit)));
            if ok {
                Ok(compact)
            } else {
                Err(format!("'{}' is not a Companies House number (8 digits, or 2 letters and 6 digits such as SC123456)", value.trim()))
            }
        }
        _ => Ok(value.trim().to_string()),
    }
}

fn luhn(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> OrgDraft {
        OrgDraft {
            legal_name: "Exemple SAS".into(),
            country: "France".into(),
            authority: "cnil".into(),
            contact_name: "Camille Martin".into(),
            contact_email: "dpo@exemple.fr".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_minimal_profile_takes_defaults_from_the_country() {
        let org = draft().validate().unwrap();
        assert_eq!(org.country, "FR");
        assert_eq!(org.calendar, HolidayCalendar::France);
        assert_eq!(org.timezone, "Europe/Paris");
        assert_eq!(org.lang, Lang::Fr);
        assert_eq!((org.notice_minor_days, org.notice_substantial_days, org.notice_legal_days), (7, 30, 0));
        assert_eq!(org.subprocessor_notice_days, 30);
        assert_eq!(org.role, Role::Both);
    }

    #[test]
    fn every_bad_field_is_reported_with_its_name() {
        let bad = OrgDraft {
            legal_name: " ".into(),
            country: "Atlantis".into(),
            authority: "gdpr".into(),
            contact_email: "nobody".into(),
            ico_registration: "12345".into(),
            ..Default::default()
        };
        let fields: Vec<String> = bad.validate().unwrap_err().errors.into_iter().map(|e| e.field).collect();
        for f in ["legal_name", "country", "authority", "contact_email", "ico_registration"] {
            assert!(fields.contains(&f.to_string()), "{f} missing from {fields:?}");
        }
    }

    #[test]
    fn ico_registration_numbers_follow_the_published_shapes() {
        for (input, ok) in [("Z5347709", true), ("ZB413938", true), ("zb413938", true), ("Z534770", false), ("A5347709", false), ("ZBB13938", false)] {
            assert_eq!(ico_registration(input).is_ok(), ok, "{input}");
        }
    }

    #[test]
    fn company_numbers_are_checked_where_the_format_is_known() {
        for (input, country, ok) in [
            ("732 829 320", "FR", true),      // a valid SIREN (Luhn)
            ("73282932000074", "FR", true),   // a valid SIRET
            ("732829321", "FR", false),       // bad check digit
            ("12345", "FR", false),
            ("SC123456", "GB", true),
            ("01234567", "GB", true),
            ("S1234567", "GB", false),
            ("HRB 12345", "DE", true),
        ] {
            assert_eq!(company_number(input, country).is_ok(), ok, "{input} {country}");
        }
    }

    #[test]
    fn processor_notice_hours_default_to_24_and_stay_within_a_week() {
        assert_eq!(draft().validate().unwrap().processor_notice_hours, 24);
        assert_eq!(OrgDraft { processor_notice_hours: "48".into(), ..draft() }.validate().unwrap().processor_notice_hours, 48);
        for bad in ["0", "169", "a day"] {
            let e = OrgDraft { processor_notice_hours: bad.into(), ..draft() }.validate().unwrap_err();
            assert_eq!(e.errors[0].field, "processor_notice_hours", "{bad}");
            assert!(e.errors[0].reason.contains(bad), "{bad}");
        }
        // A profile saved before the field existed still loads, with the default.
        let mut json = serde_json::to_value(draft().validate().unwrap()).unwrap();
        json.as_object_mut().unwrap().remove("processor_notice_hours");
        assert_eq!(serde_json::from_value::<Org>(json).unwrap().processor_notice_hours, 24);
    }

    #[test]
    fn other_authority_needs_its_name() {
        let d = OrgDraft { authority: "other".into(), ..draft() };
        let e = d.validate().unwrap_err();
        assert_eq!(e.errors[0].field, "authority_name");
    }

    #[test]
    fn retention_and_added_holidays_are_validated_and_default_for_old_profiles() {
        let org = draft().validate().unwrap();
        assert_eq!(org.request_retention_years, 3);
        assert_eq!(org.default_regime(), crate::request::Regime::EuGdpr);
        let d = OrgDraft { request_retention_years: "11".into(), extra_holidays: vec!["2026-13-01".into()], ..draft() };
        let fields: Vec<String> = d.validate().unwrap_err().errors.into_iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["request_retention_years", "extra_holidays"]);
        let d = OrgDraft { extra_holidays: vec!["2026-06-03, 2026-05-08".into(), "2026-06-03".into()], ..draft() };
        let org = d.validate().unwrap();
        assert_eq!(org.extra_holidays.len(), 2);
        assert!(org.working_calendar().is_holiday(org.extra_holidays[1]).is_some());
        // A profile saved before these settings existed still loads, with the defaults.
        let mut json = serde_json::to_value(&org).unwrap();
        let obj = json.as_object_mut().unwrap();
        obj.remove("request_retention_years");
        obj.remove("extra_holidays");
        let old: Org = serde_json::from_value(json).unwrap();
        assert_eq!((old.request_retention_years, old.extra_holidays.len()), (3, 0));
    }

    #[test]
    fn draft_round_trip_keeps_the_profile() {
        let org = draft().validate().unwrap();
        assert_eq!(org.to_draft().validate().unwrap(), org);
    }
}
