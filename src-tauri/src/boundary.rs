//! The window's boundary, declared once. Each line is one command: how it reaches the core, its name, its
//! arguments, what it returns, and the call. From this list:
//! - the macro below writes each `#[tauri::command]` and the handler `main.rs` registers;
//! - `build.rs` reads the names for the app manifest (one `allow-…` permission per command);
//! - `tests/boundary.rs` writes the capability (`capabilities/default.json`) and the typed calls of the window
//!   (`ui/src/lib/commands.ts`), and fails when either is out of date (`UPDATE_BINDINGS=1` rewrites them).
//!
//! The kinds:
//! - `store`: `|s| …` with `s: &mut Store`, the open store, returning `privdesk::Result<T>`;
//! - `plain`: an expression of type `T` that needs no store;
//! - `print`: `|s| …` returning a `privdesk::api::Printed`, saved under a fresh name in the output folder and
//!   opened in the system viewer; the command returns the file's path;
//! - `export`: the same, saved but not opened;
//! - `long_store`, `long_print`, `long_export`, `long_session`: the same as `store`, `print`, `export` and
//!   `session` for long work, the body taking `p` last (`|s, p| …`, `|state, app, p| …`), the `Progress` that
//!   reports to the window's progress bar and stops on Cancel;
//! - `session`: `|state, app| …` with the app's state and handle, returning `Result<T, ApiError>`, for what
//!   changes the session itself (unlocking, opening another file, restoring, quitting).
//!
//! Every type named here crosses to TypeScript, so each is in `privdesk::bindings` (or is a plain `String`,
//! `bool`, number, `Option` or `Vec`).

use crate::session;
use crate::state::{save, AppState};
use privdesk::activity::documents::RopaLayout;
use privdesk::activity::{ActivityDetail, ActivityDraft, ActivityFilter, ActivityId, ActivitySummary, ActivityTransfer, ActivityVocabulary, ActivityWarning, ProcessorRecord};
use privdesk::adequacy::{AdequacyDraft, AdequacyInUse};
use privdesk::api::{self, request::StepInput, subprocessor::TransferGap, Printed};
use privdesk::attachment::{AttachedTo, AttachmentId, AttachmentKind, Evidence};
use privdesk::audit::AuditEntry;
use privdesk::breach::clock::InstantReading;
use privdesk::breach::documents::AuthorityForm;
use privdesk::breach::{BreachDraft, BreachFilter, BreachId, BreachSummary, BreachView, DecisionDraft, NotificationDraft, Phase};
use privdesk::deadline::{Dashboard, DeadlineEntry, DeadlineFilter};
use privdesk::document::Lang;
use privdesk::error::ApiError;
use privdesk::id::SubprocessorId;
use privdesk::org::{CountryDefaults, Org, OrgDraft};
use privdesk::vocab::Vocabularies;
use privdesk::policy::diff::PolicyDiff;
use privdesk::policy::{ChangeDraft, ChangeId, ChangeView, Policy, PolicyDraft, PolicyId, PolicyVersion, PolicyView, VersionDraft, VersionSummary};
use privdesk::request::letters::LetterKind;
use privdesk::request::retention::PurgePlan;
use privdesk::request::{RequestDetail, RequestDraft, RequestFilter, RequestId, RequestView, RequestVocabulary, Step};
use privdesk::autostart::Autostart;
use privdesk::session::{AppInfo, CountryOption, SecurityStatus, StoreStatus};
use privdesk::store::safety::{BackupInfo, BackupPolicy};
use privdesk::store::{AuditQuery, AuditReport, ImportPlan};
use privdesk::subprocessor::notice::{AnnounceDraft, Customer, CustomerDraft, CustomerId, NoticeId, NoticeView, ObjectionDraft, ObjectionId, OutcomeDraft};
use privdesk::subprocessor::export::ExportFormat;
use privdesk::subprocessor::sheet_import::{ColumnChoice, ColumnUse};
use privdesk::sheet::SheetFormat;
use privdesk::registration::Registrations;
use privdesk::subprocessor::{Filter, Subprocessor, SubprocessorDraft, SubprocessorView};
use privdesk::progress::{Progress, ProgressStep};
use privdesk::page::Page;
use privdesk::Store;
use std::sync::atomic::Ordering;

/// A core error as the window is told it, in the window's language (English if the profile cannot be read).
pub(crate) fn worded(store: &Store, e: &privdesk::Error) -> ApiError {
    ApiError::worded(e, store.texts().unwrap_or_default())
}

fn on_store<T>(state: &AppState, f: impl FnOnce(&mut Store) -> privdesk::Result<T>) -> Result<T, ApiError> {
    let mut store = state.store()?;
    f(&mut store).map_err(|e| worded(&store, &e))
}

fn saved(state: &AppState, open: bool, f: impl FnOnce(&mut Store) -> privdesk::Result<Printed>) -> Result<String, ApiError> {
    let mut store = state.store()?;
    let printed = f(&mut store).map_err(|e| worded(&store, &e))?;
    let path = save(&store, &printed.stem, printed.ext, &printed.bytes)?;
    drop(store);
    if open {
        crate::session::open_in_viewer(&path)?;
    }
    Ok(path.display().to_string())
}

fn on_session<T>(state: &AppState, app: &tauri::AppHandle, f: impl FnOnce(&AppState, &tauri::AppHandle) -> Result<T, ApiError>) -> Result<T, ApiError> {
    f(state, app)
}

/// Long work reports its steps to the window through `channel` and stops at its next step once Cancel set the
/// state's flag (cleared as the work starts).
fn with_progress<R>(state: &AppState, channel: &tauri::ipc::Channel<ProgressStep>, work: impl FnOnce(&Progress) -> R) -> R {
    state.cancel.store(false, Ordering::SeqCst);
    let sink = |step: &ProgressStep| {
        // A window that went away cannot be told; the work goes on.
        let _ = channel.send(step.clone());
    };
    work(&Progress::new(&sink, Some(&state.cancel)))
}

fn on_store_long<T>(state: &AppState, channel: &tauri::ipc::Channel<ProgressStep>, f: impl FnOnce(&mut Store, &Progress) -> privdesk::Result<T>) -> Result<T, ApiError> {
    with_progress(state, channel, |p| on_store(state, |s| f(s, p)))
}

fn on_session_long<T>(
    state: &AppState,
    app: &tauri::AppHandle,
    channel: &tauri::ipc::Channel<ProgressStep>,
    f: impl FnOnce(&AppState, &tauri::AppHandle, &Progress) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    with_progress(state, channel, |p| f(state, app, p))
}

fn saved_long(state: &AppState, channel: &tauri::ipc::Channel<ProgressStep>, open: bool, f: impl FnOnce(&mut Store, &Progress) -> privdesk::Result<Printed>) -> Result<String, ApiError> {
    with_progress(state, channel, |p| saved(state, open, |s| f(s, p)))
}

/// Runs a command's work on a thread of the blocking pool, never on the window's main thread: the window keeps
/// drawing and answering while the store works, and commands wait their turn for the store's lock there.
async fn off_main<T: Send + 'static>(
    app: tauri::AppHandle,
    work: impl FnOnce(&AppState, &tauri::AppHandle) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tauri::async_runtime::spawn_blocking(move || work(&tauri::Manager::state::<AppState>(&app), &app))
        .await
        .unwrap_or_else(|e| Err(crate::state::failed(&format!("the work stopped unexpectedly: {e}"))))
}

macro_rules! boundary {
    ($($kind:ident $name:ident($($arg:ident: $t:ty),* $(,)?) -> $ret:ty => $body:expr;)*) => {
        $(boundary!(@command $kind $name($($arg: $t),*) -> $ret => $body);)*

        /// The handler `main.rs` registers: every command of the list.
        pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }
    };
    // Every command is `async`, so Tauri runs it off the main thread; what touches the store or the disk goes
    // through `off_main`.
    (@command store $name:ident($($arg:ident: $t:ty),*) -> $ret:ty => $body:expr) => {
        #[tauri::command]
        pub async fn $name(app: tauri::AppHandle, $($arg: $t),*) -> Result<$ret, ApiError> {
            off_main(app, move |state, _| on_store(state, $body)).await
        }
    };
    (@command plain $name:ident($($arg:ident: $t:ty),*) -> $ret:ty => $body:expr) => {
        #[tauri::command]
        pub async fn $name($($arg: $t),*) -> $ret {
            $body
        }
    };
    (@command print $name:ident($($arg:ident: $t:ty),*) -> $ret:ty => $body:expr) => {
        #[tauri::command]
        pub async fn $name(app: tauri::AppHandle, $($arg: $t),*) -> Result<$ret, ApiError> {
            off_main(app, move |state, _| saved(state, true, $body)).await
        }
    };
    (@command export $name:ident($($arg:ident: $t:ty),*) -> $ret:ty => $body:expr) => {
        #[tauri::command]
        pub async fn $name(app: tauri::AppHandle, $($arg: $t),*) -> Result<$ret, ApiError> {
            off_main(app, move |state, _| saved(state, false, $body)).await
        }
    };
    // Long work: the body also takes the `Progress` that reports to the window's progress bar (the window passes
    // the channel as `onProgress`).
    (@command long_store $name:ident($($arg:ident: $t:ty),*) -> $ret:ty => $body:expr) => {
        #[tauri::command]
        pub async fn $name(app: tauri::AppHandle, on_progress: tauri::ipc::Channel<ProgressStep>, $($arg: $t),*) -> Result<$ret, ApiError> {
            off_main(app, move |state, _| on_store_long(state, &on_progress, $body)).await
        }
    };
    (@command long_print $name:ident($($arg:ident: $t:ty),*) -> $ret:ty => $body:expr) => {
        #[tauri::command]
        pub async fn $name(app: tauri::AppHandle, on_progress: tauri::ipc::Channel<ProgressStep>, $($arg: $t),*) -> Result<$ret, ApiError> {
            off_main(app, move |state, _| saved_long(state, &on_progress, true, $body)).await
        }
    };
    (@command long_export $name:ident($($arg:ident: $t:ty),*) -> $ret:ty => $body:expr) => {
        #[tauri::command]
        pub async fn $name(app: tauri::AppHandle, on_progress: tauri::ipc::Channel<ProgressStep>, $($arg: $t),*) -> Result<$ret, ApiError> {
            off_main(app, move |state, _| saved_long(state, &on_progress, false, $body)).await
        }
    };
    (@command long_session $name:ident($($arg:ident: $t:ty),*) -> $ret:ty => $body:expr) => {
        #[tauri::command]
        pub async fn $name(app: tauri::AppHandle, on_progress: tauri::ipc::Channel<ProgressStep>, $($arg: $t),*) -> Result<$ret, ApiError> {
            off_main(app, move |state, app| on_session_long(state, app, &on_progress, $body)).await
        }
    };
    (@command session $name:ident($($arg:ident: $t:ty),*) -> $ret:ty => $body:expr) => {
        #[tauri::command]
        pub async fn $name(app: tauri::AppHandle, $($arg: $t),*) -> Result<$ret, ApiError> {
            off_main(app, move |state, app| on_session(state, app, $body)).await
        }
    };
}

boundary! {
    // The session: which file is open, and whether it is.
    session store_status() -> StoreStatus => |state, _| Ok(session::status(state));
    session unlock_store(passphrase: String) -> StoreStatus => |state, _| session::unlock(state, passphrase);
    session open_store(path: String, create: bool) -> StoreStatus => |state, _| session::open(state, &path, create);
    long_session restore_backup(path: String) -> StoreStatus => |state, _, p| session::restore(state, &path, p);
    session open_backup_folder() -> () => |state, _| session::open_backup_folder(state);
    session quit_app() -> () => |_, app| { app.exit(0); Ok(()) };
    session app_info() -> AppInfo => |state, _| session::app_info(state);
    // Starting with the session, on this computer: the window itself, minimised.
    session autostart() -> Autostart => |_, _| privdesk::autostart::status().map_err(crate::state::api);
    session set_autostart(on: bool) -> Autostart => |_, _| session::set_autostart(on);
    session open_output(path: String) -> () => |state, _| session::open_output(state, &path);
    session cancel_work() -> () => |state, _| { state.cancel.store(true, Ordering::SeqCst); Ok(()) };
    plain list_countries() -> Vec<CountryOption> => api::countries();
    plain vocabularies() -> Vocabularies => privdesk::vocab::vocabularies();
    plain country_defaults(country: String) -> CountryDefaults => privdesk::org::defaults_for(country.trim());
    store read_instant(text: String) -> InstantReading => |s| api::read_instant(s, &text);

    // Settings > Security: encryption, backups, the export of everything.
    store security_status() -> SecurityStatus => |s| api::safety::status(s);
    store encrypt_store(passphrase: String) -> SecurityStatus => |s| api::safety::encrypt(s, passphrase);
    store change_passphrase(current: String, passphrase: String) -> SecurityStatus => |s| api::safety::change_passphrase(s, current, passphrase);
    store decrypt_store(current: String) -> SecurityStatus => |s| api::safety::decrypt(s, current);
    long_store backup_now() -> BackupInfo => |s, p| s.backup_now(p);
    store check_backup(path: String) -> AuditReport => |s| api::safety::check_backup(s, &path);
    store save_backup_policy(policy: BackupPolicy) -> SecurityStatus => |s| api::safety::save_backup_policy(s, &policy);
    long_export export_everything() -> String => |s, p| api::safety::export_everything(s, p);

    // The organisation.
    store get_org() -> Option<Org> => |s| s.org();
    store save_org(draft: OrgDraft) -> Org => |s| s.save_org(&draft);

    // The subprocessor register.
    store list_subprocessors(filter: Filter) -> Page<SubprocessorView> => |s| api::subprocessor::list(s, &filter);
    store get_subprocessor(id: SubprocessorId) -> SubprocessorView => |s| api::subprocessor::get(s, id);
    store add_subprocessor(draft: SubprocessorDraft) -> Subprocessor => |s| s.add_subprocessor(&draft);
    store update_subprocessor(id: SubprocessorId, draft: SubprocessorDraft) -> Subprocessor => |s| s.update_subprocessor(id, &draft);
    store retire_subprocessor(id: SubprocessorId, on: String) -> Subprocessor => |s| api::subprocessor::retire(s, id, &on);
    store subprocessor_history(id: SubprocessorId) -> Vec<AuditEntry> => |s| api::history(s, "subprocessor", id.0);
    store preview_import(content: Vec<u8>, map: Vec<ColumnChoice>) -> ImportPlan => |s| api::subprocessor::import(s, &content, "", &map, true, &Progress::none());
    long_store apply_import(content: Vec<u8>, name: String, map: Vec<ColumnChoice>) -> ImportPlan => |s, p| api::subprocessor::import(s, &content, &name, &map, false, p);
    store import_columns(content: Vec<u8>, map: Vec<ColumnChoice>) -> Vec<ColumnUse> => |_s| api::subprocessor::import_columns(&content, &map);
    plain import_fields() -> Vec<String> => privdesk::subprocessor::sheet_import::field_names().into_iter().map(String::from).collect();
    export export_subprocessors(format: ExportFormat) -> String => |s| api::subprocessor::export(s, format);
    store public_list_gaps() -> Vec<TransferGap> => |s| api::subprocessor::transfer_gaps(s);
    long_print print_subprocessors(lang: Option<Lang>) -> String => |s, p| api::subprocessor::print_list(s, lang, p);

    // Data subject requests.
    plain request_vocabulary() -> RequestVocabulary => privdesk::request::vocabulary();
    store list_requests(filter: RequestFilter) -> Page<RequestView> => |s| api::request::list(s, &filter);
    store get_request(id: RequestId) -> RequestDetail => |s| s.request_detail(id);
    store add_request(draft: RequestDraft) -> RequestDetail => |s| s.add_request(&draft);
    store update_request(id: RequestId, draft: RequestDraft) -> RequestDetail => |s| s.update_request(id, &draft);
    store record_request_step(id: RequestId, step: Step, input: StepInput) -> RequestDetail => |s| api::request::record(s, id, step, &input);
    store preview_request_purge() -> PurgePlan => |s| s.request_purge_plan();
    long_store purge_requests() -> PurgePlan => |s, p| s.purge_requests(p);
    print print_request_letter(id: RequestId, kind: LetterKind, lang: Option<Lang>, dated: Option<String>) -> String => |s| api::request::print_letter(s, id, kind, lang, dated.as_deref());

    // Personal data breaches.
    store list_breaches(filter: BreachFilter) -> Page<BreachSummary> => |s| api::breach::list(s, &filter);
    store get_breach(id: BreachId) -> BreachView => |s| s.breach_view(id);
    store add_breach(draft: BreachDraft) -> BreachView => |s| api::breach::add(s, &draft);
    store update_breach(id: BreachId, draft: BreachDraft) -> BreachView => |s| api::breach::update(s, id, &draft);
    store assess_breach(id: BreachId, risk: String, reason: String) -> BreachView => |s| api::breach::assess(s, id, &risk, &reason);
    store decide_breach(id: BreachId, decision: DecisionDraft) -> BreachView => |s| api::breach::decide(s, id, &decision);
    store notify_breach(id: BreachId, notification: NotificationDraft) -> BreachView => |s| api::breach::notify(s, id, &notification);
    store note_breach(id: BreachId, at: String, text: String) -> BreachView => |s| api::breach::note(s, id, &at, &text);
    store close_breach(id: BreachId) -> BreachView => |s| api::breach::close(s, id);
    store reopen_breach(id: BreachId, reason: String) -> BreachView => |s| api::breach::reopen(s, id, &reason);
    print print_breach_notification(id: BreachId, authority: AuthorityForm, phase: Option<Phase>, lang: Option<Lang>) -> String => |s| api::breach::print_notification(s, id, authority, phase, lang);
    print print_breach_letter(id: BreachId, lang: Option<Lang>) -> String => |s| api::breach::print_letter(s, id, lang);
    long_print print_breach_register(lang: Option<Lang>) -> String => |s, p| api::breach::print_register(s, lang, p);

    // Policies and their changes.
    store list_policies() -> Vec<PolicyView> => |s| s.policy_views();
    store add_policy(draft: PolicyDraft) -> Policy => |s| s.add_policy(&draft);
    store update_policy(id: PolicyId, draft: PolicyDraft) -> Policy => |s| s.update_policy(id, &draft);
    store list_policy_versions(policy_id: PolicyId) -> Vec<PolicyVersion> => |s| s.policy_versions(policy_id);
    store add_policy_version(policy_id: PolicyId, draft: VersionDraft) -> VersionSummary => |s| s.add_policy_version(policy_id, &draft).map(|v| VersionSummary::of(&v));
    store diff_policy_versions(policy_id: PolicyId, from: String, to: String) -> PolicyDiff => |s| s.policy_diff(policy_id, &from, &to);
    store list_policy_changes() -> Vec<ChangeView> => |s| s.policy_changes();
    store get_policy_change(id: ChangeId) -> ChangeView => |s| s.policy_change_view(id);
    store add_policy_change(policy_id: PolicyId, draft: ChangeDraft) -> ChangeView => |s| s.add_policy_change(policy_id, &draft);
    store update_policy_change(id: ChangeId, draft: ChangeDraft) -> ChangeView => |s| s.update_policy_change(id, &draft);
    print print_policy_notice(id: ChangeId, lang: Option<Lang>) -> String => |s| api::policy::print_notice(s, id, lang);

    // Customers and subprocessor change notices.
    store list_customers() -> Vec<Customer> => |s| s.customers();
    store add_customer(draft: CustomerDraft) -> Customer => |s| s.add_customer(&draft);
    store update_customer(id: CustomerId, draft: CustomerDraft) -> Customer => |s| s.update_customer(id, &draft);
    store announce_subprocessor(id: SubprocessorId, draft: AnnounceDraft) -> NoticeView => |s| s.announce_subprocessor(id, &draft);
    store list_subprocessor_notices() -> Vec<NoticeView> => |s| s.notice_views();
    store get_subprocessor_notice(id: NoticeId) -> NoticeView => |s| s.notice_view(id);
    store add_objection(notice_id: NoticeId, draft: ObjectionDraft) -> NoticeView => |s| s.add_objection(notice_id, &draft);
    store resolve_objection(id: ObjectionId, draft: OutcomeDraft) -> NoticeView => |s| s.resolve_objection(id, &draft);
    store activate_subprocessor(id: SubprocessorId, on: String, reason: Option<String>) -> Subprocessor => |s| api::notice::activate(s, id, &on, reason.as_deref());
    print print_subprocessor_notice(id: NoticeId, lang: Option<Lang>) -> String => |s| api::notice::print(s, id, lang);

    // Deadlines from every module.
    store list_deadlines(filter: DeadlineFilter) -> Page<DeadlineEntry> => |s| api::deadline::list(s, &filter);
    store deadline_dashboard() -> Dashboard => |s| api::deadline::dashboard(s);
    export export_deadlines_ics(filter: DeadlineFilter) -> String => |s| api::deadline::export_ics(s, &filter).map(|(p, _)| p);

    // The adequacy list.
    store get_adequacy() -> AdequacyInUse => |s| s.adequacy_in_use();
    store save_adequacy(draft: AdequacyDraft) -> AdequacyInUse => |s| api::save_adequacy(s, &draft);
    store reset_adequacy() -> AdequacyInUse => |s| s.reset_adequacy();
    plain read_adequacy_file(text: String) -> Result<AdequacyDraft, ApiError> => api::read_adequacy_file(&text).map_err(|e| ApiError::from(&e));
    export export_adequacy() -> String => |s| api::export_adequacy(s);

    // The record of processing.
    store activity_vocabulary() -> ActivityVocabulary => |s| Ok(privdesk::activity::vocabulary(s.adequacy()?));
    store list_activities(filter: ActivityFilter) -> Vec<ActivitySummary> => |s| api::activity::list(s, &filter);
    store get_activity(id: ActivityId) -> ActivityDetail => |s| s.activity_detail(id);
    store add_activity(draft: ActivityDraft) -> ActivityDetail => |s| api::activity::add(s, &draft);
    store update_activity(id: ActivityId, draft: ActivityDraft) -> ActivityDetail => |s| api::activity::update(s, id, &draft);
    store duplicate_activity(id: ActivityId) -> ActivityDetail => |s| api::activity::duplicate(s, id);
    store archive_activity(id: ActivityId) -> ActivityDetail => |s| api::activity::archive(s, id);
    store restore_activity(id: ActivityId) -> ActivityDetail => |s| api::activity::restore(s, id);
    store activity_warnings(draft: ActivityDraft) -> Vec<ActivityWarning> => |s| api::activity::warnings(s, &draft);
    store activity_transfers(draft: ActivityDraft) -> Vec<ActivityTransfer> => |s| api::activity::transfers(s, &draft);
    store activity_history(id: ActivityId) -> Vec<AuditEntry> => |s| api::history(s, "activity", id.0);
    store processor_record() -> ProcessorRecord => |s| s.processor_record();
    long_print print_ropa(layout: RopaLayout, lang: Option<Lang>) -> String => |s, p| api::activity::print_ropa(s, layout, lang, p);
    export export_ropa(format: SheetFormat, layout: RopaLayout, lang: Option<Lang>) -> String => |s| api::activity::export(s, format, layout, lang);
    long_print print_binder(lang: Option<Lang>) -> String => |s, p| api::print_binder(s, lang, p);
    store registrations() -> Registrations => |s| api::registrations(s);
    print print_registrations(lang: Option<Lang>) -> String => |s| api::print_registrations(s, lang);

    // Evidence files kept with a record (the file's bytes come in base64, as the page reads a dropped or chosen file).
    store evidence(entity: AttachedTo, id: i64) -> Evidence => |s| api::attachment::evidence(s, entity, id);
    store attach_file(entity: AttachedTo, id: i64, name: String, content: String, kind: Option<AttachmentKind>) -> Evidence => |s| api::attachment::attach_encoded(s, entity, id, &name, &content, kind);
    store remove_attachment(id: AttachmentId, reason: String) -> Evidence => |s| api::attachment::remove(s, id, &reason);
    store remove_identity_evidence(id: RequestId) -> Evidence => |s| api::attachment::remove_identity(s, id.0);
    session open_attachment(id: AttachmentId) -> String => |state, _| crate::evidence::open(state, id);
    session save_attachment(id: AttachmentId) -> String => |state, _| crate::evidence::save_copy(state, id);

    // The audit log.
    store audit_log(query: AuditQuery) -> Page<AuditEntry> => |s| s.audit_page(&query);
    store audit_entities() -> Vec<String> => |s| s.audit_entities();
    store verify_audit() -> AuditReport => |s| s.verify_everything();
}
