//! The TypeScript types of everything that crosses between the window and the core, generated from the Rust types
//! so that nobody writes a type twice. `ui/src/lib/bindings.ts` is generated and committed; a test fails when it is
//! out of date (`UPDATE_BINDINGS=1 cargo test bindings` rewrites it).

use ts_rs::TS;

macro_rules! declarations {
    ($($t:ty),* $(,)?) => {
        vec![$(format!("export {}", <$t as TS>::decl())),*]
    };
}

/// The whole bindings file.
pub fn typescript() -> String {
    let decls: Vec<String> = declarations![
        crate::id::SubprocessorId,
        crate::id::AuditSeq,
        crate::error::FieldError,
        crate::error::Invalid,
        crate::error::ApiError,
        crate::error::ErrorCode,
        crate::document::Lang,
        crate::calendar::HolidayCalendar,
        crate::org::Authority,
        crate::org::Role,
        crate::org::Org,
        crate::org::OrgDraft,
        crate::subprocessor::Category,
        crate::subprocessor::Status,
        crate::subprocessor::TransferMechanism,
        crate::subprocessor::SubprocessorData,
        crate::subprocessor::Subprocessor,
        crate::subprocessor::SubprocessorDraft,
        crate::subprocessor::SortKey,
        crate::subprocessor::Filter,
        crate::request::Regime,
        crate::request::RequestId,
        crate::request::Right,
        crate::request::Channel,
        crate::request::RequestStatus,
        crate::request::Outcome,
        crate::request::EventKind,
        crate::request::Term,
        crate::request::RequestVocabulary,
        crate::request::RequestData,
        crate::request::RequestFacts,
        crate::request::Request,
        crate::request::RequestDraft,
        crate::request::RequestEvent,
        crate::request::Urgency,
        crate::request::RequestView,
        crate::request::RequestDetail,
        crate::request::RequestSortKey,
        crate::request::RequestFilter,
        crate::request::retention::PurgePlan,
        crate::request::retention::PurgeItem,
        crate::request::letters::LetterKind,
        crate::breach::BreachId,
        crate::breach::Nature,
        crate::breach::Risk,
        crate::breach::BreachRole,
        crate::breach::DataCategory,
        crate::breach::SubjectCategory,
        crate::breach::Likelihood,
        crate::breach::Answer,
        crate::breach::Recipient,
        crate::breach::Phase,
        crate::breach::Exemption,
        crate::breach::BreachStatus,
        crate::breach::BreachUrgency,
        crate::breach::BreachData,
        crate::breach::BreachDraft,
        crate::breach::Assessment,
        crate::breach::Decision,
        crate::breach::DecisionAbout,
        crate::breach::DecisionDraft,
        crate::breach::Notification,
        crate::breach::NotificationDraft,
        crate::breach::BreachEvent,
        crate::breach::Breach,
        crate::breach::BreachClock,
        crate::breach::TimelineEntry,
        crate::breach::BreachSummary,
        crate::breach::BreachView,
        crate::breach::BreachSort,
        crate::breach::BreachFilter,
        crate::breach::clock::Duty,
        crate::breach::clock::Deadline,
        crate::breach::documents::AuthorityForm,
        crate::adequacy::AdequacyScope,
        crate::adequacy::AdequateCountry,
        crate::adequacy::Adequacy,
        crate::adequacy::AdequacyDraft,
        crate::adequacy::AdequateCountryDraft,
        crate::adequacy::AdequacyInUse,
        crate::activity::ActivityId,
        crate::activity::ActivityRole,
        crate::activity::LawfulBasis,
        crate::activity::Art9Condition,
        crate::activity::CnilDataCategory,
        crate::activity::SecurityMeasure,
        crate::activity::DataItem,
        crate::activity::Measure,
        crate::activity::TransferEdit,
        crate::activity::CustomerProcessing,
        crate::activity::ActivityData,
        crate::activity::Activity,
        crate::activity::DataItemDraft,
        crate::activity::MeasureDraft,
        crate::activity::TransferDraft,
        crate::activity::CustomerProcessingDraft,
        crate::activity::ActivityDraft,
        crate::activity::TransferOrigin,
        crate::activity::ActivityTransfer,
        crate::activity::ActivityWarning,
        crate::activity::LinkedSubprocessor,
        crate::activity::ActivityDetail,
        crate::activity::ActivitySummary,
        crate::activity::ActivityFilter,
        crate::activity::ProcessorRecord,
        crate::activity::CustomerRecord,
        crate::activity::CustomerActivity,
        crate::activity::ActivityVocabulary,
        crate::activity::documents::RopaLayout,
        crate::policy::PolicyId,
        crate::policy::VersionId,
        crate::policy::ChangeId,
        crate::policy::PolicyKind,
        crate::policy::ChangeClass,
        crate::policy::NoticeChannel,
        crate::policy::ChangeStatus,
        crate::policy::Policy,
        crate::policy::PolicyDraft,
        crate::policy::PolicyVersion,
        crate::policy::VersionDraft,
        crate::policy::NoticeRecipient,
        crate::policy::NoticeRecipientDraft,
        crate::policy::PolicyChange,
        crate::policy::ChangeDraft,
        crate::policy::ChangeView,
        crate::policy::VersionSummary,
        crate::policy::PolicyView,
        crate::policy::diff::ParagraphStatus,
        crate::policy::diff::SegmentKind,
        crate::policy::diff::Segment,
        crate::policy::diff::DiffParagraph,
        crate::policy::diff::DiffSummary,
        crate::policy::diff::PolicyDiff,
        crate::subprocessor::notice::CustomerId,
        crate::subprocessor::notice::NoticeId,
        crate::subprocessor::notice::ObjectionId,
        crate::subprocessor::notice::ObjectionOutcome,
        crate::subprocessor::notice::NoticeStatus,
        crate::subprocessor::notice::Customer,
        crate::subprocessor::notice::CustomerDraft,
        crate::subprocessor::notice::NotifiedCustomer,
        crate::subprocessor::notice::Objection,
        crate::subprocessor::notice::Notice,
        crate::subprocessor::notice::AnnounceDraft,
        crate::subprocessor::notice::ObjectionDraft,
        crate::subprocessor::notice::OutcomeDraft,
        crate::subprocessor::notice::NoticeView,
        crate::deadline::DeadlineModule,
        crate::deadline::LinkTarget,
        crate::deadline::Link,
        crate::deadline::DeadlineEntry,
        crate::deadline::DeadlineFilter,
        crate::deadline::Dashboard,
        crate::store::ImportPlan,
        crate::store::PlannedRow,
        crate::subprocessor::FieldChange,
        crate::store::AuditQuery,
        crate::audit::AuditEntry,
        crate::audit::Verification,
    ];
    let mut out = String::from("// Generated from the Rust types by `src/bindings.rs`. Do not edit by hand.\n\n");
    for d in decls {
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn bindings_are_up_to_date() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/ui/src/lib/bindings.ts");
        let expected = super::typescript();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(path, &expected).unwrap();
        }
        let current = std::fs::read_to_string(path).unwrap_or_default();
        assert!(current == expected, "ui/src/lib/bindings.ts is out of date: run `UPDATE_BINDINGS=1 cargo test bindings`");
    }
}
