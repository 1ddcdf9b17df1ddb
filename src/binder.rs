//! The audit binder (product.md module 9): one PDF an auditor can read from cover to back — the cover (organisation,
//! date, the audit chain's verification and head hash), the contents with page numbers, then the organisation
//! profile, the record of processing, the subprocessor register and change notices, the request log, the breach
//! register, the policy change history and the audit-log digest.
//!
//! Each section is built from its module's own block functions (`ropa_blocks`, `public_list_blocks`,
//! `register_blocks`), nested one heading level down under the binder's numbered section heading, so that what the
//! binder prints is what the standalone documents print. The contents need the page each section starts on before
//! the pages are final: the binder is rendered once to learn them from the PDF outline, then again with the numbers
//! filled in. The contents table has one row per section whatever the numbers, so its length cannot change between
//! the passes; the loop still checks that the pages are stable.

pub mod digest;

use crate::progress::{Progress, Stage};
use crate::activity::documents::{ropa_blocks, RopaInput, RopaLayout};
use crate::activity::Activity;
use crate::adequacy::Adequacy;
use crate::audit::Verification;
use crate::breach::Breach;
use crate::document::{format_date, render_with_outline, Block, Column, Document, Lang, Rendered, Table};
use crate::error::Result;
use crate::org::Org;
use crate::request::RequestView;
use crate::store::{AuditQuery, Store};
use crate::subprocessor::{self, Status, Subprocessor};
use chrono::{DateTime, NaiveDate, Utc};
pub use digest::{audit_digest, AuditDigest, MonthDigest};

/// Everything the binder prints, read from the store at one moment.
pub struct BinderInput {
    pub org: Org,
    pub verification: Verification,
    /// What `audit verify` finds besides the chain (checkpoints, records, structure), in words; empty when all holds.
    pub findings: Vec<String>,
    /// How many records and checkpoints were compared with the log.
    pub compared: (usize, usize),
    pub digest: AuditDigest,
    pub activities: Vec<Activity>,
    pub register: Vec<Subprocessor>,
    /// The adequacy list in use (the user's, else the shipped one).
    pub adequacy: Adequacy,
    /// The customers, whom the processor record names with their contact details.
    pub customers: Vec<crate::subprocessor::notice::Customer>,
    pub requests: Vec<RequestView>,
    pub breaches: Vec<Breach>,
    pub policy_changes: Vec<crate::policy::ChangeView>,
    pub notices: Vec<crate::subprocessor::notice::NoticeView>,
    /// Every evidence file ever attached, with its record.
    pub attachments: Vec<crate::store::AnnexRow>,
    pub now: DateTime<Utc>,
    pub today: NaiveDate,
}

/// Reads what the binder needs through the store's public methods.
pub fn gather(store: &Store, progress: &Progress) -> Result<BinderInput> {
    let org = store.require_org()?;
    let now = store.now();
    progress.step(Stage::Checking, 0, 0)?;
    let entries = store.audit_log(&AuditQuery::default())?;
    let report = store.verify_everything()?;
    progress.step(Stage::Gathering, 0, 0)?;
    let mut findings: Vec<String> = report.checkpoint.checkpoints.iter().filter(|c| !c.ok).map(|c| format!("{}: {}", c.source, c.problem.clone().unwrap_or_default())).collect();
    findings.extend(report.records.findings.iter().map(|f| {
        let id = f.id.map(|i| format!(" #{i}")).unwrap_or_default();
        let field = f.field.as_deref().map(|x| format!(", {x}")).unwrap_or_default();
        format!("{}{id}{field}: {}", f.entity, f.problem)
    }));
    findings.extend(report.structure.iter().cloned());
    Ok(BinderInput {
        verification: store.verify_audit()?,
        findings,
        compared: (report.records.checked, report.checkpoint.checkpoints.len()),
        digest: audit_digest(&entries, org.tz()),
        activities: store.activities()?,
        register: store.subprocessors()?,
        adequacy: store.adequacy()?,
        customers: store.customers()?,
        requests: store.request_views()?,
        breaches: store.breaches()?,
        policy_changes: store.policy_changes()?,
        notices: store.notice_views()?,
        attachments: store.attachment_annex()?,
        today: org.today(now),
        now,
        org,
    })
}

/// Gathers and renders the binder, and records the head hash it prints in the checkpoint file beside the
/// database, so that a log later cut back below it or rewritten is found by `audit verify`.
pub fn print(store: &Store, lang: Lang, progress: &Progress) -> Result<Rendered> {
    let data = gather(store, progress)?;
    let rendered = render(&data, lang, progress)?;
    progress.finishing(Stage::Saving)?;
    store.mark_checkpoint(&format!("binder printed {} ({} entries)", data.now.format("%Y-%m-%d %H:%M UTC"), data.verification.checked))?;
    Ok(rendered)
}

fn t(lang: Lang, en: &str, fr: &str) -> String {
    match lang {
        Lang::En => en.to_string(),
        Lang::Fr => fr.to_string(),
    }
}

/// A module's blocks under a binder section: its own level-1 title gives way to the section heading, and every other
/// heading moves one level down (level 3 stays 3, the smallest there is), so that the PDF outline holds the
/// binder's sections only.
pub fn nest(blocks: Vec<Block>) -> Vec<Block> {
    let mut iter = blocks.into_iter().peekable();
    if matches!(iter.peek(), Some(Block::Heading { level: 1, .. })) {
        iter.next();
    }
    iter.map(|b| match b {
        Block::Heading { level, text } => Block::Heading { level: (level + 1).min(3), text },
        other => other,
    })
    .collect()
}

/// The section titles, numbered, in binder order.
pub fn section_titles(lang: Lang) -> Vec<String> {
    [
        ("Organisation profile", "Profil de l'organisation"),
        ("Record of processing activities", "Registre des activités de traitement"),
        ("Subprocessor register and change notices", "Sous-traitants ultérieurs et notifications de changement"),
        ("Data subject request log", "Journal des demandes d'exercice de droits"),
        ("Personal data breach register", "Registre des violations de données personnelles"),
        ("Policy change history", "Historique des modifications des politiques"),
        ("Audit log digest", "Synthèse du journal d'audit"),
        ("Annex: evidence files", "Annexe\u{a0}: pièces justificatives"),
    ]
    .iter()
    .enumerate()
    .map(|(i, (en, fr))| format!("{}. {}", i + 1, t(lang, en, fr)))
    .collect()
}

fn sections(input: &BinderInput, lang: Lang) -> Vec<(String, Vec<Block>)> {
    let titles = section_titles(lang);
    let ropa = RopaInput { org: &input.org, activities: &input.activities, register: &input.register, adequacy: &input.adequacy, customers: &input.customers, today: input.today };
    let mut register = nest(subprocessor::print::public_list_blocks(&input.org, &input.register.iter().collect::<Vec<_>>(), lang, input.today));
    register.extend(internal_subprocessors(&input.register, lang));
    register.extend(change_notice_blocks(input, lang));
    let bodies = vec![
        org_blocks(&input.org, lang, input.today),
        nest(ropa_blocks(&ropa, RopaLayout::for_lang(lang), lang)),
        register,
        request_log_blocks(&input.requests, lang),
        nest(crate::breach::documents::register_blocks(&input.org, &input.breaches, lang, input.today, input.now)),
        policy_history_blocks(input, lang),
        digest::blocks(&input.digest, &input.verification, lang),
        evidence_annex_blocks(&input.attachments, input.org.tz(), lang),
    ];
    titles.into_iter().zip(bodies).collect()
}

/// The policy change history: every change, its class, notice and effective dates with the rule that produced
/// them, and who was told.
pub fn policy_history_blocks(input: &BinderInput, lang: Lang) -> Vec<Block> {
    if input.policy_changes.is_empty() {
        return vec![Block::Paragraph(t(lang, "No policy changes recorded.", "Aucune modification de politique n'est enregistrée."))];
    }
    let date = |d: Option<NaiveDate>| d.map(|d| crate::document::format_date(d, lang)).unwrap_or_else(|| "—".into());
    let mut changes: Vec<&crate::policy::ChangeView> = input.policy_changes.iter().collect();
    changes.sort_by_key(|c| (c.change.notice_on, c.change.id));
    let rows = changes
        .iter()
        .map(|c| {
            let versions = match &c.from_label {
                Some(from) => format!("{from} → {}", c.to_label),
                None => c.to_label.clone(),
            };
            let told = c
                .change
                .recipients
                .iter()
                .map(|r| format!("{} ({})", r.to, r.on))
                .collect::<Vec<_>>()
                .join(", ");
            vec![
                c.policy_title.clone(),
                versions,
                c.change.class.label(lang).to_string(),
                date(c.change.notice_on),
                date(c.effective_on),
                c.status.label(lang).to_string(),
                format!("{}{}", c.rule, if told.is_empty() { String::new() } else { format!(" — {told}") }),
            ]
        })
        .collect();
    let columns = [
        (t(lang, "Policy", "Politique"), 30.0),
        (t(lang, "Versions", "Versions"), 19.0),
        (t(lang, "Class", "Nature"), 22.0),
        (t(lang, "Notice", "Notification"), 22.0),
        (t(lang, "Effective", "Effet"), 22.0),
        (t(lang, "Status", "Statut"), 18.0),
        (t(lang, "Rule and recipients", "Règle et destinataires"), 37.0),
    ]
    .into_iter()
    .map(|(title, width)| crate::document::Column { title, width })
    .collect();
    vec![Block::Table(crate::document::Table { columns, rows })]
}

/// The subprocessor change notices: each announcement, its objection window and what became of the objections.
pub fn change_notice_blocks(input: &BinderInput, lang: Lang) -> Vec<Block> {
    let mut out = vec![Block::Heading { level: 2, text: t(lang, "Change notices", "Notifications de changement") }];
    if input.notices.is_empty() {
        out.push(Block::Paragraph(t(lang, "No subprocessor change notice recorded.", "Aucune notification de changement de sous-traitant n'est enregistrée.")));
        return out;
    }
    let date = |d: NaiveDate| crate::document::format_date(d, lang);
    let rows = input
        .notices
        .iter()
        .map(|n| {
            let objections = if n.notice.objections.is_empty() {
                t(lang, "None", "Aucune")
            } else {
                n.notice
                    .objections
                    .iter()
                    .map(|o| {
                        let outcome = o.outcome.map(|x| x.label(lang).to_string()).unwrap_or_else(|| t(lang, "open", "en cours"));
                        format!("{} ({}): {outcome}", o.customer_name, o.received_on)
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            let name = match &n.replaces_name {
                Some(old) => format!("{} ({} {old})", n.subprocessor_name, t(lang, "replaces", "remplace")),
                None => n.subprocessor_name.clone(),
            };
            vec![
                name,
                date(n.notice.notice_on),
                date(n.objection_until),
                date(n.earliest_engagement_on),
                n.notice.customers.len().to_string(),
                objections,
            ]
        })
        .collect();
    let columns = [
        (t(lang, "Subprocessor", "Sous-traitant"), 36.0),
        (t(lang, "Notice", "Notification"), 22.0),
        (t(lang, "Objections until", "Objections jusqu'au"), 24.0),
        (t(lang, "Earliest use", "Utilisation au plus tôt"), 24.0),
        (t(lang, "Customers told", "Clients informés"), 18.0),
        (t(lang, "Objections", "Objections"), 46.0),
    ]
    .into_iter()
    .map(|(title, width)| crate::document::Column { title, width })
    .collect();
    out.push(Block::Table(crate::document::Table { columns, rows }));
    out
}

/// The subprocessors the public list leaves out (proposed and retired): an auditor sees the whole register.
fn internal_subprocessors(register: &[Subprocessor], lang: Lang) -> Vec<Block> {
    let mut rest: Vec<&Subprocessor> = register.iter().filter(|s| !subprocessor::print::is_public(s)).collect();
    if rest.is_empty() {
        return Vec::new();
    }
    rest.sort_by_cached_key(|s| (s.data.status, s.data.name.to_lowercase()));
    let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_else(|| "—".into());
    let rows = rest
        .iter()
        .map(|s| {
            vec![
                s.data.name.clone(),
                s.data.service.clone(),
                s.data.status.label(lang).to_string(),
                date(s.data.started_on),
                if s.data.status == Status::Retired { date(s.data.ended_on) } else { "—".into() },
            ]
        })
        .collect();
    vec![
        Block::Heading { level: 2, text: t(lang, "Proposed and retired subprocessors", "Sous-traitants envisagés et retirés") },
        Block::Table(Table {
            columns: vec![
                Column::new(t(lang, "Name", "Nom"), 1.6),
                Column::new(t(lang, "Service", "Service"), 1.6),
                Column::new(t(lang, "Status", "Statut"), 0.9),
                Column::new(t(lang, "Started", "Début"), 0.9),
                Column::new(t(lang, "Ended", "Fin"), 0.9),
            ],
            rows,
        }),
    ]
}

fn org_blocks(org: &Org, lang: Lang, today: NaiveDate) -> Vec<Block> {
    let yes_no = |b: bool| if b { t(lang, "Yes", "Oui") } else { t(lang, "No", "Non") };
    let rows: Vec<(String, Option<String>)> = vec![
        (t(lang, "Legal name", "Dénomination"), Some(org.legal_name.clone())),
        (t(lang, "Address", "Adresse"), Some(org.address.clone()).filter(|a| !a.is_empty())),
        (t(lang, "Country", "Pays"), Some(crate::country::name(&org.country, lang))),
        (t(lang, "Company number", "Numéro d'immatriculation"), org.company_number.clone()),
        (t(lang, "Supervisory authority", "Autorité de contrôle"), Some(org.authority_label())),
        (
            t(lang, "Role", "Rôle"),
            Some(match org.role {
                crate::org::Role::Controller => t(lang, "Controller", "Responsable de traitement"),
                crate::org::Role::Processor => t(lang, "Processor", "Sous-traitant"),
                crate::org::Role::Both => t(lang, "Controller and processor", "Responsable de traitement et sous-traitant"),
            }),
        ),
        (t(lang, "Privacy contact", "Contact protection des données"), org.contact_name.clone()),
        (t(lang, "Contact e-mail", "Courriel"), org.contact_email.clone()),
        (t(lang, "Contact telephone", "Téléphone"), org.contact_phone.clone()),
        (t(lang, "Designated DPO", "DPO désigné"), Some(yes_no(org.dpo_designated))),
        (t(lang, "Legal representative", "Représentant légal"), org.representative.clone()),
        (t(lang, "Headcount", "Effectif"), org.headcount.map(|h| h.to_string())),
        (
            t(lang, "Holiday calendar", "Calendrier des jours fériés"),
            Some(match org.calendar {
                crate::calendar::HolidayCalendar::France => t(lang, "France public holidays", "Jours fériés (France)"),
                crate::calendar::HolidayCalendar::FranceAlsaceMoselle => {
                    t(lang, "France (Alsace-Moselle) public holidays", "Jours fériés (Alsace-Moselle)")
                }
                crate::calendar::HolidayCalendar::EnglandWales => t(lang, "England and Wales bank holidays", "Jours fériés (Angleterre et pays de Galles)"),
            }),
        ),
        (t(lang, "Time zone", "Fuseau horaire"), Some(org.timezone.clone())),
        (
            t(lang, "Notice periods (days)", "Délais de préavis (jours)"),
            Some(match lang {
                Lang::En => format!(
                    "policy changes: minor {}, substantial {}, required by law {}; subprocessor objection {}{}",
                    org.notice_minor_days,
                    org.notice_substantial_days,
                    org.notice_legal_days,
                    org.subprocessor_notice_days,
                    if org.subprocessor_notice_unit == crate::subprocessor::notice::DayCount::Business { " business days" } else { "" }
                ),
                Lang::Fr => format!(
                    "modifications de politique : mineures {}, substantielles {}, imposées par la loi {} ; opposition aux sous-traitants {}{}",
                    org.notice_minor_days,
                    org.notice_substantial_days,
                    org.notice_legal_days,
                    org.subprocessor_notice_days,
                    if org.subprocessor_notice_unit == crate::subprocessor::notice::DayCount::Business { " jours ouvrés" } else { "" }
                ),
            }),
        ),
        (t(lang, "Request data kept (years after closing)", "Conservation des demandes (années après clôture)"), Some(org.request_retention_years.to_string())),
    ];
    let mut blocks = vec![Block::KeyValue(rows.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect())];
    let registrations = crate::registration::registrations(org, today, lang);
    let rows = crate::registration::rows(&registrations, lang);
    if !rows.is_empty() {
        blocks.push(Block::Heading { level: 3, text: t(lang, "Registrations with the authority", "Formalités auprès de l'autorité") });
        blocks.push(Block::KeyValue(rows));
    }
    blocks
}

/// The request log: references, not names, since the binder leaves the office and the requesters' details are
/// purged after the retention period anyway.
fn request_log_blocks(requests: &[RequestView], lang: Lang) -> Vec<Block> {
    if requests.is_empty() {
        return vec![Block::Paragraph(t(lang, "No data subject request recorded.", "Aucune demande d'exercice de droits n'est enregistrée."))];
    }
    let open = requests.iter().filter(|r| !r.request.facts.is_closed()).count();
    let rows = requests
        .iter()
        .map(|v| {
            vec![
                v.reference.clone(),
                v.request.data.received_on.to_string(),
                v.request.data.rights.iter().map(|r| r.label(lang)).collect::<Vec<_>>().join(", "),
                v.request.data.regime.label_in(lang).to_string(),
                v.due_on.to_string(),
                v.status.label(lang).to_string(),
                v.request.facts.closed_on.map(|d| d.to_string()).unwrap_or_else(|| "—".into()),
            ]
        })
        .collect();
    vec![
        Block::Paragraph(match lang {
            Lang::En => format!(
                "{}, {} open. Requesters are identified by reference only.",
                crate::document::counted(requests.len() as u64, lang, ("request", "requests"), ("demande", "demandes")),
                crate::document::format_number(open as u64, lang)
            ),
            Lang::Fr => format!(
                "{}, dont {} en cours. Les demandeurs sont identifiés par leur référence seulement.",
                crate::document::counted(requests.len() as u64, lang, ("request", "requests"), ("demande", "demandes")),
                crate::document::format_number(open as u64, lang)
            ),
        }),
        Block::Table(Table {
            columns: vec![
                Column::new(t(lang, "Reference", "Référence"), 1.0),
                Column::new(t(lang, "Received", "Reçue le"), 1.0),
                Column::new(t(lang, "Rights", "Droits"), 1.8),
                Column::new(t(lang, "Regime", "Régime"), 0.8),
                Column::new(t(lang, "Due", "Échéance"), 1.0),
                Column::new(t(lang, "Status", "Statut"), 1.1),
                Column::new(t(lang, "Closed", "Clôturée le"), 1.0),
            ],
            rows,
        }),
    ]
}

/// A SHA-256 as the annex prints it: two halves of 32 digits, so that it wraps in a narrow column and is still
/// compared at a glance with what `sha256sum` prints.
fn hash_text(hash: &str) -> String {
    if hash.len() == 64 {
        format!("{} {}", &hash[..32], &hash[32..])
    } else {
        hash.to_string()
    }
}

/// The annex of evidence files: every file kept with a record, with its SHA-256, so that a printed binder proves
/// which documents existed; then the files removed, with their hash and the reason. A request's files are listed by
/// number under the request's reference (their names may name the requester, whom the binder identifies by
/// reference only).
fn evidence_annex_blocks(rows: &[crate::store::AnnexRow], tz: chrono_tz::Tz, lang: Lang) -> Vec<Block> {
    use crate::attachment::{size_text, AttachedTo};
    // The day in the organisation's zone, as the rest of the binder writes dates.
    let day = |at: chrono::DateTime<chrono::Utc>| crate::document::format_date(at.with_timezone(&tz).date_naive(), lang);
    if rows.is_empty() {
        return vec![Block::Paragraph(t(lang, "No evidence file is kept with any record.", "Aucune pièce justificative n'est conservée avec les fiches."))];
    }
    let record = |r: &crate::store::AnnexRow| -> String {
        let a = &r.attachment;
        let title = match a.entity {
            AttachedTo::Request => crate::request::reference(crate::request::RequestId(a.record_id)),
            _ => r.record.clone(),
        };
        match lang {
            Lang::En => format!("{}: {title}", a.entity.label(lang)),
            Lang::Fr => format!("{}\u{a0}: {title}", a.entity.label(lang)),
        }
    };
    let name = |r: &crate::store::AnnexRow| -> String {
        match r.attachment.entity {
            AttachedTo::Request => format!("{} {}", t(lang, "File", "Pièce"), r.attachment.id),
            _ => r.attachment.name.clone(),
        }
    };
    let (kept, removed): (Vec<_>, Vec<_>) = rows.iter().partition(|r| r.attachment.removed_at.is_none());
    let mut blocks = vec![Block::Paragraph(match lang {
        Lang::En => format!(
            "Files kept: {}; removed: {}. Each SHA-256 is the hash of the file as it was attached: the sha256sum command on a copy saved from Privacy Desk prints the same 64 digits (here in two halves). A removed file's content is no longer kept; its hash and the reason are.",
            crate::document::format_number(kept.len() as u64, lang),
            crate::document::format_number(removed.len() as u64, lang)
        ),
        Lang::Fr => format!(
            "Pièces conservées\u{a0}: {}\u{a0}; retirées\u{a0}: {}. Chaque empreinte SHA-256 est celle du fichier tel qu'il a été joint\u{a0}: la commande sha256sum sur une copie enregistrée depuis Privacy Desk donne les mêmes 64 chiffres (ici en deux moitiés). Le contenu d'une pièce retirée n'est plus conservé\u{a0}; son empreinte et le motif le sont.",
            crate::document::format_number(kept.len() as u64, lang),
            crate::document::format_number(removed.len() as u64, lang)
        ),
    })];
    if !kept.is_empty() {
        blocks.push(Block::Heading { level: 2, text: t(lang, "Files kept", "Pièces conservées") });
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new(t(lang, "Record", "Fiche"), 1.6),
                Column::new(t(lang, "File", "Pièce"), 1.6),
                Column::new(t(lang, "Kind", "Type"), 1.0),
                Column::new(t(lang, "Size", "Taille"), 0.8),
                Column::new(t(lang, "Added", "Jointe le"), 0.9),
                Column::new("SHA-256".to_string(), 2.4),
            ],
            rows: kept
                .iter()
                .map(|r| {
                    let a = &r.attachment;
                    vec![record(r), name(r), a.kind.label(lang).to_string(), size_text(a.size, lang), day(a.added_at), hash_text(&a.sha256)]
                })
                .collect(),
        }));
    }
    if !removed.is_empty() {
        blocks.push(Block::Heading { level: 2, text: t(lang, "Files removed", "Pièces retirées") });
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new(t(lang, "Record", "Fiche"), 1.5),
                Column::new(t(lang, "File", "Pièce"), 1.4),
                Column::new(t(lang, "Removed", "Retirée le"), 0.9),
                Column::new(t(lang, "Reason", "Motif"), 1.9),
                Column::new("SHA-256".to_string(), 2.4),
            ],
            rows: removed
                .iter()
                .map(|r| {
                    let a = &r.attachment;
                    let reason = match a.entity {
                        AttachedTo::Request => t(lang, "(recorded with the request)", "(enregistré avec la demande)"),
                        _ => a.removed_reason.clone().unwrap_or_default(),
                    };
                    vec![record(r), name(r), a.removed_at.map(day).unwrap_or_default(), reason, hash_text(&a.sha256)]
                })
                .collect(),
        }));
    }
    blocks
}

/// The cover's line on the rest of `audit verify`: every record and checkpoint agreeing with the log, or the
/// findings (the first three, and how many more).
fn comparison(input: &BinderInput, lang: Lang) -> String {
    let (records, checkpoints) = input.compared;
    if input.findings.is_empty() {
        return match lang {
            Lang::En => format!(
                "{} match their latest audit entries; {} with the log",
                if records == 1 { "The 1 record".to_string() } else { format!("All {records} records") },
                if checkpoints == 1 { "1 checkpoint agrees".to_string() } else { format!("{checkpoints} checkpoints agree") }
            ),
            Lang::Fr => format!(
                "{} ; {} avec le journal",
                if records == 1 { "L'enregistrement correspond à sa dernière entrée d'audit".to_string() } else { format!("Les {records} enregistrements correspondent à leur dernière entrée d'audit") },
                if checkpoints == 1 { "1 point de contrôle concorde".to_string() } else { format!("{checkpoints} points de contrôle concordent") }
            ),
        };
    }
    let shown: Vec<&str> = input.findings.iter().take(3).map(String::as_str).collect();
    let more = input.findings.len().saturating_sub(3);
    match lang {
        Lang::En => format!("{} FINDINGS: {}{}", input.findings.len(), shown.join("; "), if more > 0 { format!("; and {more} more") } else { String::new() }),
        Lang::Fr => format!("{} ANOMALIES : {}{}", input.findings.len(), shown.join(" ; "), if more > 0 { format!(" ; et {more} autres") } else { String::new() }),
    }
}

fn cover(input: &BinderInput, lang: Lang) -> Vec<Block> {
    let v = &input.verification;
    let result = if v.ok {
        match lang {
            Lang::En => format!("Intact: {}", digest::checked(v, lang)),
            Lang::Fr => format!("Intègre\u{a0}: {}", digest::checked(v, lang)),
        }
    } else {
        match lang {
            Lang::En => format!("BROKEN at entry {}: {} ({})", v.first_bad.unwrap_or(0), v.problem.clone().unwrap_or_default(), digest::before_it(v, lang)),
            Lang::Fr => format!("ROMPU à l'entrée {}\u{a0}: {} ({})", v.first_bad.unwrap_or(0), v.problem.clone().unwrap_or_default(), digest::before_it(v, lang)),
        }
    };
    vec![
        Block::Spacer(40.0),
        Block::Heading { level: 1, text: t(lang, "Audit binder", "Dossier d'audit") },
        Block::Paragraph(input.org.legal_name.clone()),
        Block::Spacer(10.0),
        Block::KeyValue(vec![
            (t(lang, "Organisation", "Organisation"), input.org.legal_name.clone()),
            (t(lang, "Printed on", "Imprimé le"), format_date(input.today, lang)),
            (t(lang, "Audit log verification", "Vérification du journal d'audit"), result),
            (t(lang, "Records and checkpoints", "Enregistrements et points de contrôle"), comparison(input, lang)),
            (t(lang, "Head hash (SHA-256)", "Empreinte de tête (SHA-256)"), v.head_hash.clone()),
        ]),
        Block::Paragraph(t(
            lang,
            "The head hash identifies the audit log as of printing: a later copy of the log that still contains an entry with this hash has not lost or changed any entry up to it.",
            "L'empreinte de tête identifie le journal d'audit à la date d'impression : une copie ultérieure qui contient encore une entrée de même empreinte n'a perdu ni modifié aucune entrée jusqu'à celle-ci.",
        )),
    ]
}

/// The binder as a document, with the contents' page numbers as given (one per section).
fn build(input: &BinderInput, lang: Lang, sections: &[(String, Vec<Block>)], pages: &[String]) -> Document {
    let mut blocks = cover(input, lang);
    blocks.push(Block::PageBreak);
    blocks.push(Block::Heading { level: 1, text: t(lang, "Contents", "Sommaire") });
    blocks.push(Block::Table(Table {
        columns: vec![Column::new(t(lang, "Section", "Section"), 5.0), Column::new(t(lang, "Page", "Page"), 0.8)],
        rows: sections.iter().zip(pages).map(|((title, _), page)| vec![title.clone(), page.clone()]).collect(),
    }));
    for (title, body) in sections {
        blocks.push(Block::PageBreak);
        blocks.push(Block::Heading { level: 1, text: title.clone() });
        blocks.extend(body.iter().cloned());
    }
    let name = t(lang, "Audit binder", "Dossier d'audit");
    Document {
        title: format!("{name} — {}", input.org.legal_name),
        author: input.org.legal_name.clone(),
        header: format!("{} — {name}", input.org.legal_name),
        lang,
        printed_on: input.today,
        blocks,
    }
}

/// Renders the binder with its contents filled: the pages come from the outline of the previous pass, until two
/// passes agree (the second always does, the contents having a fixed number of rows; the bound is a safeguard).
pub fn render(input: &BinderInput, lang: Lang, progress: &Progress) -> Result<Rendered> {
    let sections = sections(input, lang);
    let mut pages: Vec<String> = vec!["0".into(); sections.len()];
    let mut rendered = None;
    for pass in 0..4u64 {
        // Two passes as a rule; a third shows as one more step.
        progress.step(Stage::Laying, pass, (pass + 1).max(2))?;
        let r = render_with_outline(&build(input, lang, &sections, &pages))?;
        // The outline holds the cover's title, the contents, then one entry per section, in order.
        let found: Vec<String> = r.outline.get(2..).unwrap_or_default().iter().map(|e| e.page.to_string()).collect();
        let stable = found == pages;
        pages = found;
        rendered = Some(r);
        if stable {
            break;
        }
    }
    Ok(rendered.expect("rendered at least once"))
}
