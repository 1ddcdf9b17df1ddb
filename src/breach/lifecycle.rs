//! The lifecycle checks: assessing, deciding, notifying, noting, closing and reopening, each returning every
//! field error at once and changing nothing.

use super::*;

fn refuse(field: &str, reason: impl Into<String>) -> Invalid {
    Invalid::field(field, reason)
}

impl Breach {
    /// Whether a decision of this kind is ours to record on the breach as it stands: none once closed, and the
    /// authority's only as controller (as processor we tell the controller, who decides, Art. 33(2)).
    pub fn decision_allowed(&self, about: DecisionAbout) -> Result<(), Invalid> {
        self.open()?;
        if about == DecisionAbout::Authority && self.data.role == BreachRole::Processor {
            return Err(refuse("about", "as processor we tell the controller, who decides whether to notify the authority (Art. 33(2))"));
        }
        Ok(())
    }

    fn open(&self) -> Result<(), Invalid> {
        match self.closed_at {
            Some(at) => Err(refuse("status", format!("breach #{} was closed on {}; a closed record is not changed", self.id, clock::utc_text(at)))),
            None => Ok(()),
        }
    }

    /// The facts may change while the breach is open (Art. 33(4): information given in phases).
    pub fn check_update(&self, data: &BreachData) -> Result<(), Invalid> {
        self.open()?;
        if data.role == BreachRole::Controller && self.controller_notified().is_some() {
            return Err(refuse("role", "a controller has already been told as our customer; the role stays processor"));
        }
        Ok(())
    }

    /// Records the risk level and its reasoning; re-assessing as facts emerge is allowed until closed.
    pub fn assess(&self, risk: &str, reason: &str, now: DateTime<Utc>) -> Result<Assessment, Invalid> {
        crate::text::guarded(&serde_json::json!({ "risk": risk, "reason": reason }), &crate::text::FORM_RULES, || {
            self.open()?;
            let mut c = Checker::new();
            let risk = c.check("risk", if risk.trim().is_empty() { Err("is required: unlikely, risk or high".into()) } else { Risk::parse(risk) });
            let reason = c.check("reason", non_empty(reason).ok_or_else(|| "is required: why this risk level (Art. 33(5) asks for the reasoning)".to_string()));
            if let (Some(r), Some(d)) = (risk, &self.authority_decision) {
                if r != Risk::Unlikely && !d.notify && self.authority_notified().is_none() {
                    c.push("risk", format!("'{}' contradicts the decision recorded not to notify the authority; record a decision to notify first", r.as_str()));
                }
            }
            c.finish()?;
            Ok(Assessment { risk: risk.unwrap(), reason: reason.unwrap(), at: now })
        })
    }

    /// Checks a decision against what is recorded: assess first; a "no" needs reasons; not notifying the authority
    /// is possible only when the risk is unlikely (Art. 33(1)); not telling the people of a high-risk breach needs an
    /// Art. 34(3) exemption.
    pub fn decide(&self, d: &DecisionDraft, now: DateTime<Utc>) -> Result<Decision, Invalid> {
        crate::text::guarded(d, &crate::text::FORM_RULES, || {
            self.decision_allowed(d.about)?;
            let Some(risk) = self.risk() else {
                return Err(refuse("risk", format!("breach #{} is not assessed yet: record the risk level first (`privdesk breach assess`)", self.id)));
            };
            let mut c = Checker::new();
            let reason = non_empty(&d.reason);
            if !d.notify && reason.is_none() {
                c.push("reason", "is required for a decision not to notify: say why");
            }
            let exemptions = c.check("exemptions", Exemption::parse_list(&d.exemptions)).unwrap_or_default();
            match d.about {
                DecisionAbout::Authority => {
                    if !exemptions.is_empty() {
                        c.push("exemptions", "apply only to telling the people (Art. 34(3))");
                    }
                    if !d.notify && risk != Risk::Unlikely {
                        c.push("authority", format!("cannot be 'no' while the risk is assessed as '{}': Art. 33(1) exempts only breaches unlikely to result in a risk; re-assess first", risk.as_str()));
                    }
                    if !d.notify && self.authority_notified().is_some() {
                        c.push("authority", "the authority has already been notified");
                    }
                }
                DecisionAbout::People => {
                    if !d.notify && risk == Risk::High && exemptions.is_empty() {
                        c.push("exemptions", "are required to not tell the people of a high-risk breach (Art. 34(3)): unintelligible, later-measures or disproportionate-effort");
                    }
                    if d.notify && !exemptions.is_empty() {
                        c.push("exemptions", "are only for a decision not to tell the people");
                    }
                    if !d.notify && self.people_notified().is_some() {
                        c.push("people", "the people have already been told");
                    }
                }
            }
            c.finish()?;
            Ok(Decision { notify: d.notify, reason, exemptions, at: now })
        })
    }

    /// Checks a notification: not before awareness nor after `now`; a complementary one needs the initial one; a
    /// late one (authority after 72 hours, controller after the contract's hours) needs the reasons for the delay.
    pub fn notify(&self, d: &NotificationDraft, rules: clock::Rules, at: impl Into<clock::Moment>) -> Result<NewNotification, Invalid> {
        let processor_hours = rules.processor_hours;
        let clock::Moment { now, tz } = at.into();
        crate::text::guarded(d, &crate::text::FORM_RULES, || {
            self.open()?;
            let mut c = Checker::new();
            let recipient = c.check("to", if d.to.trim().is_empty() { Err("is required: authority, people or controller".into()) } else { Recipient::parse(&d.to) });
            let at = c.check("at", clock::read_instant(&d.at, tz));
            if let Some(at) = at {
                if at < self.data.aware_at {
                    c.push("at", format!("'{}' is before we became aware ({})", d.at.trim(), clock::utc_text(self.data.aware_at)));
                }
                if at > now {
                    c.push("at", format!("'{}' is in the future; record a notification once it is made", d.at.trim()));
                }
            }
            let phase_given = c.check("phase", optional(&d.phase, Phase::parse)).flatten();
            let reached = c.check("reached", optional(&d.reached, parse_count)).flatten();
            let reference = non_empty(&d.reference);
            let method = non_empty(&d.method);
            let delay_reason = non_empty(&d.delay_reason);
            let mut controller = non_empty(&d.controller);
            let mut phase = None;
            match recipient {
                Some(Recipient::Authority) => {
                    if self.data.role == BreachRole::Processor {
                        c.push("to", "as processor we tell the controller, who notifies the authority; use --to controller");
                    }
                    if self.authority_decision.as_ref().is_some_and(|dec| !dec.notify) {
                        c.push("to", "the decision recorded is not to notify the authority; record a decision to notify first");
                    }
                    let initial = self.authority_notified();
                    phase = Some(phase_given.unwrap_or(if initial.is_some() { Phase::Complementary } else { Phase::Initial }));
                    match (phase, initial) {
                        (Some(Phase::Complementary), None) => c.push("phase", "complementary needs the initial notification recorded first"),
                        (Some(Phase::Initial), Some(_)) => c.push("phase", "the initial notification is already recorded; this one is complementary"),
                        _ => {}
                    }
                    if let (Some(at), Some(p), Some(initial)) = (at, phase, initial) {
                        if p == Phase::Complementary && at < initial.at {
                            c.push("at", format!("'{}' is before the initial notification", d.at.trim()));
                        }
                    }
                    let due = self.authority_due_at(rules);
                    if phase == Some(Phase::Initial) && at.is_some_and(|at| at > due) && delay_reason.is_none() {
                        let cite = if rules.pecr { "PECR reg. 5A" } else { "Art. 33(1)" };
                        c.push("delay_reason", format!("is required: the notification is after the {}-hour deadline ({}) ({cite})", rules.authority_hours(), clock::utc_text(due)));
                    }
                }
                Some(Recipient::People) => {
                    if self.people_decision.as_ref().is_some_and(|dec| !dec.notify) {
                        c.push("to", "the decision recorded is not to tell the people; record a decision to tell them first");
                    }
                    if method.is_none() {
                        c.push("method", "is required: how the people were told (e-mail, letter, public notice)");
                    }
                }
                Some(Recipient::Public) => {
                    if !self.relies_on_public_communication() {
                        c.push("to", "a public communication replaces telling each person only under Art. 34(3)(c): record the decision not to tell them individually, with the disproportionate-effort exemption, first");
                    }
                    if method.is_none() {
                        c.push("method", "is required: how the public was told (a notice on the website, a press release)");
                    }
                }
                Some(Recipient::Controller) => {
                    if self.data.role != BreachRole::Processor {
                        c.push("to", "a controller is told only when we are processor; set the role to processor with the controllers named");
                        return Err(c.finish().unwrap_err());
                    }
                    match (&controller, self.data.controllers.as_slice()) {
                        (None, [only]) => controller = Some(only.clone()),
                        (None, _) => c.push("controller", format!("is required: which controller ({})", self.data.controllers.join(", "))),
                        (Some(name), list) if !list.iter().any(|x| x.eq_ignore_ascii_case(name)) => {
                            c.push("controller", format!("'{name}' is not one of this breach's controllers ({})", list.join(", ")))
                        }
                        _ => {}
                    }
                    let first_to_this = self.notifications.iter().all(|n| n.recipient != Recipient::Controller || !n.controller.as_deref().zip(controller.as_deref()).is_some_and(|(a, b)| a.eq_ignore_ascii_case(b)));
                    let due = clock::controller_due(self.data.aware_at, processor_hours);
                    if first_to_this && at.is_some_and(|at| at > due) && delay_reason.is_none() {
                        c.push("delay_reason", format!("is required: the controller is told after the {processor_hours}-hour deadline ({})", clock::utc_text(due)));
                    }
                }
                None => {}
            }
            if recipient != Some(Recipient::Authority) && phase_given.is_some() {
                c.push("phase", "applies only to notifications to the authority");
            }
            if recipient != Some(Recipient::People) && reached.is_some() {
                c.push("reached", "applies only to telling the people");
            }
            c.finish()?;
            Ok(NewNotification { recipient: recipient.unwrap(), phase, at: at.unwrap(), reference, method, reached, controller, delay_reason })
        })
    }

    /// Checks an event noted on the timeline by hand: an instant not in the future and a text.
    pub fn note(&self, at: &str, text: &str, moment: impl Into<clock::Moment>) -> Result<(DateTime<Utc>, String), Invalid> {
        let clock::Moment { now, tz } = moment.into();
        crate::text::guarded(&serde_json::json!({ "at": at, "text": text }), &crate::text::FORM_RULES, || {
            self.open()?;
            let mut c = Checker::new();
            let instant = c.check("at", clock::read_instant(at, tz));
            if instant.is_some_and(|i| i > now) {
                c.push("at", format!("'{}' is in the future; note events once they happen", at.trim()));
            }
            let text = c.check("text", non_empty(text).ok_or_else(|| "is required: what happened".to_string()));
            if text.as_ref().is_some_and(|t| t.chars().count() > 5_000) {
                c.push("text", "is too long (at most 5000 characters)");
            }
            c.finish()?;
            Ok((instant.unwrap(), text.unwrap()))
        })
    }

    /// Reopening a closed breach (new facts, a complementary notification to make) needs the reason, which goes on
    /// the timeline; the trimmed reason is returned.
    pub fn check_reopen(&self, reason: &str) -> Result<String, Invalid> {
        crate::text::guarded(&serde_json::json!({ "reason": reason }), &crate::text::FORM_RULES, || {
            if self.closed_at.is_none() {
                return Err(refuse("status", format!("breach #{} is open; only a closed breach is reopened", self.id)));
            }
            let reason = reason.trim();
            if reason.is_empty() {
                return Err(refuse("reason", "is required: say why the breach is reopened (new facts, a complementary notification)"));
            }
            Ok(reason.to_string())
        })
    }

    /// Closing needs the work done: the risk assessed; as controller, the authority notified or the decision not to
    /// notify recorded, and for a high risk the people told or the decision not to tell them recorded; as processor,
    /// every controller told.
    pub fn check_close(&self) -> Result<(), Invalid> {
        self.open()?;
        let mut missing = Vec::new();
        match self.risk() {
            None => missing.push("the risk assessment (`breach assess`)".to_string()),
            Some(risk) => match self.data.role {
                BreachRole::Controller => {
                    if self.authority_notified().is_none() && self.authority_decision.as_ref().is_none_or(|d| d.notify) {
                        missing.push("the authority notification, or the decision not to notify with its reasons".into());
                    }
                    if risk == Risk::High && self.people_notified().is_none() && self.people_decision.as_ref().is_none_or(|d| d.notify) {
                        missing.push("telling the people (high risk), or the decision not to with its Art. 34(3) exemption".into());
                    }
                    if self.relies_on_public_communication() && self.public_communication().is_none() {
                        missing.push("the public communication that replaces telling each person (Art. 34(3)(c): `breach notify --to public`)".into());
                    }
                }
                BreachRole::Processor => {
                    for name in &self.data.controllers {
                        let told = self.notifications.iter().any(|n| n.recipient == Recipient::Controller && n.controller.as_deref().is_some_and(|c| c.eq_ignore_ascii_case(name)));
                        if !told {
                            missing.push(format!("telling the controller {name}"));
                        }
                    }
                }
            },
        }
        if missing.is_empty() {
            Ok(())
        } else {
            Err(refuse("status", format!("breach #{} cannot be closed yet; missing: {}", self.id, missing.join("; "))))
        }
    }

}
