//! The breach register's closed lists, each with its stored/command-line code, English and French labels, and the
//! other spellings accepted on input.

use crate::vocabulary;

vocabulary! {
    /// What the breach did to the data (the three security properties of Art. 32 and the ICO form).
    Nature {
        Confidentiality = "confidentiality", "Confidentiality (disclosure or access)", "Confidentialité (divulgation ou accès)", ["c", "disclosure", "divulgation"];
        Integrity = "integrity", "Integrity (alteration)", "Intégrité (modification)", ["i", "alteration", "modification"];
        Availability = "availability", "Availability (loss or destruction)", "Disponibilité (perte ou destruction)", ["a", "loss", "perte"];
    }
    what: "breach nature"
}

vocabulary! {
    /// The risk to people's rights and freedoms (Art. 33(1) and 34(1)).
    Risk {
        Unlikely = "unlikely", "Unlikely to result in a risk", "Risque improbable", ["none", "no risk", "improbable", "aucun"];
        Risk = "risk", "Risk", "Risque", ["medium", "moyen"];
        High = "high", "High risk", "Risque élevé", ["high risk", "eleve"];
    }
    what: "risk level"
}

vocabulary! {
    /// Our role for the data concerned.
    BreachRole {
        Controller = "controller", "Controller", "Responsable de traitement", ["responsable"];
        Processor = "processor", "Processor", "Sous-traitant", ["sous-traitant", "soustraitant"];
    }
    what: "role"
}

vocabulary! {
    /// Categories of personal data, as the ICO form lists them (rules.md §2), plus "other".
    DataCategory {
        Identifiers = "identifiers", "Basic personal identifiers (name, contact details)", "Identité et coordonnées", ["identity", "contact", "identite", "coordonnees"];
        Credentials = "credentials", "Identification and login data (usernames, passwords)", "Identifiants de connexion (mots de passe)", ["passwords", "login", "mots de passe"];
        Financial = "financial", "Economic and financial data (bank, card details)", "Données économiques et financières (bancaires)", ["bank", "card", "bancaire", "financier"];
        OfficialDocuments = "official-documents", "Official documents (passport, driving licence)", "Documents officiels (pièce d'identité)", ["id documents", "passport", "piece d'identite"];
        Location = "location", "Location data", "Données de localisation", ["geolocation", "localisation"];
        SpecialCategories = "special-categories", "Special categories (health, ethnic origin, beliefs, sexual life, union membership)", "Catégories particulières (santé, origine, opinions, vie sexuelle, syndicat)", ["special", "sensitive", "health", "sensibles", "sante"];
        GeneticBiometric = "genetic-biometric", "Genetic or biometric data", "Données génétiques ou biométriques", ["genetic", "biometric", "genetique", "biometrique"];
        CriminalOffences = "criminal-offences", "Criminal convictions and offences", "Condamnations et infractions pénales", ["criminal", "penal", "infractions"];
        Other = "other", "Other data", "Autres données", ["autre", "autres"];
    }
    what: "data category"
}

vocabulary! {
    /// Categories of people affected, as the ICO form lists them (rules.md §2), plus "other".
    SubjectCategory {
        Employees = "employees", "Employees", "Salariés", ["staff", "salaries", "employes"];
        Users = "users", "Users", "Utilisateurs", ["utilisateurs"];
        Subscribers = "subscribers", "Subscribers", "Abonnés", ["abonnes"];
        Students = "students", "Students", "Élèves ou étudiants", ["pupils", "etudiants", "eleves"];
        Customers = "customers", "Customers or prospective customers", "Clients ou prospects", ["clients", "prospects"];
        Patients = "patients", "Patients", "Patients", [];
        Children = "children", "Children", "Enfants", ["minors", "mineurs", "enfants"];
        VulnerableAdults = "vulnerable-adults", "Vulnerable adults", "Adultes vulnérables", ["vulnerable", "vulnerables"];
        Other = "other", "Other people", "Autres personnes", ["autre", "autres"];
    }
    what: "category of people"
}

vocabulary! {
    /// How likely the consequences are, on the ICO form's scale.
    Likelihood {
        VeryLikely = "very-likely", "Very likely", "Très probable", ["tres probable"];
        Likely = "likely", "Likely", "Probable", ["probable"];
        Neutral = "neutral", "Neither likely nor unlikely", "Ni probable ni improbable", ["possible"];
        Unlikely = "unlikely", "Unlikely", "Improbable", ["improbable"];
        VeryUnlikely = "very-unlikely", "Very unlikely", "Très improbable", ["tres improbable"];
    }
    what: "likelihood"
}

vocabulary! {
    /// A yes / no / don't know answer, as the ICO form asks some questions (cyber incident, staff training).
    Answer {
        Yes = "yes", "Yes", "Oui", ["y", "oui", "true"];
        No = "no", "No", "Non", ["n", "non", "false"];
        DontKnow = "dont-know", "Don't know", "Ne sait pas", ["unknown", "don't know", "ne sait pas", "inconnu"];
    }
    what: "answer"
}

vocabulary! {
    /// Whom a notification went to.
    Recipient {
        Authority = "authority", "Supervisory authority", "Autorité de contrôle", ["cnil", "ico", "autorite"];
        People = "people", "People affected", "Personnes concernées", ["subjects", "data subjects", "personnes"];
        Controller = "controller", "Controller", "Responsable de traitement", ["customer", "client", "responsable"];
        Public = "public", "The public (Art. 34(3)(c))", "Le public (art. 34(3)(c))", ["public communication", "communication publique", "publique"];
    }
    what: "recipient"
}

vocabulary! {
    /// Art. 33(4): information given in phases. The CNIL says initial / complementary, the ICO initial / follow-up.
    Phase {
        Initial = "initial", "Initial report", "Notification initiale", ["first", "initiale"];
        Complementary = "complementary", "Follow-up report", "Notification complémentaire", ["follow-up", "followup", "complementaire", "additional"];
    }
    what: "phase"
}

vocabulary! {
    /// Art. 34(3): when a high-risk breach need not be communicated to the people affected.
    Exemption {
        /// (a) the data were unintelligible to anyone not authorised, such as by encryption.
        Unintelligible = "unintelligible", "Art. 34(3)(a): the data were unintelligible to others (e.g. encrypted)", "Art. 34(3)(a) : données incompréhensibles pour les tiers (ex. chiffrées)", ["encrypted", "a", "chiffrees"];
        /// (b) measures taken since make the high risk no longer likely.
        LaterMeasures = "later-measures", "Art. 34(3)(b): later measures make the high risk unlikely", "Art. 34(3)(b) : mesures ultérieures rendant le risque élevé improbable", ["measures", "b"];
        /// (c) it would involve disproportionate effort; a public communication is made instead.
        DisproportionateEffort = "disproportionate-effort", "Art. 34(3)(c): disproportionate effort; public communication instead", "Art. 34(3)(c) : efforts disproportionnés ; communication publique à la place", ["disproportionate", "c", "public"];
    }
    what: "Art. 34(3) exemption"
}

vocabulary! {
    /// Where a breach stands. Derived from what is recorded, never stored (see [`super::Breach::status`]).
    BreachStatus {
        /// Recorded; the risk is not assessed yet.
        Open = "open", "Open", "Ouverte", [];
        /// The risk is assessed; the authority decision or notification is pending.
        Assessed = "assessed", "Assessed", "Évaluée", ["evaluee"];
        /// The authority (or, as processor, the controller) has been notified.
        Notified = "notified", "Notified", "Notifiée", ["notifiee"];
        /// The decision not to notify is recorded with its reasons.
        NotNotified = "not-notified", "Not notified", "Non notifiée", ["not notified", "non notifiee"];
        /// Nothing more to do; the record stays in the register.
        Closed = "closed", "Closed", "Clôturée", ["cloturee"];
    }
    what: "status"
}

vocabulary! {
    /// How pressing a deadline is. The window turns `soon` and `overdue` red.
    BreachUrgency {
        /// More than 12 hours left.
        Ok = "ok", "On time", "Dans les délais", [];
        /// 12 hours or less left.
        Soon = "soon", "Under 12 hours left", "Moins de 12 heures", [];
        /// The deadline has passed with nothing recorded.
        Overdue = "overdue", "Overdue", "Dépassé", [];
        /// Notified on time.
        Met = "met", "Notified on time", "Notifiée dans les délais", [];
        /// Notified after the deadline (reasons for the delay recorded).
        Late = "late", "Notified late", "Notifiée en retard", [];
        /// No notification is due (decision not to notify, or the duty is someone else's).
        NotRequired = "not-required", "No notification due", "Aucune notification due", [];
    }
    what: "urgency"
}
