//! The French wording of the reasons and messages the core writes in English (issue 13), gettext-style: one table
//! keyed by the English text, so that the rules keep writing one sentence each and the reader's language is
//! chosen where the text is shown (the window's boundary, the command line's `main`).
//!
//! An entry is an English template with holes for the parts that vary and its French counterpart. Holes in the
//! English say what the part is, and so how it is carried into French:
//!
//! - `{}` a value as typed or a code (quoted values, ISO dates, record numbers, paths): kept as it is;
//! - `{day}` a date written with English words ("Wed 3 Sep 2025", "3 Sep 2025"): written in French;
//! - `{n}` a number ("12000", "20,000"): grouped as French writes it;
//! - `{q}` a list of quoted values ('a', 'b'): each put between « »;
//! - `{country}` a country's English name, `{regime}` a regime's label, `{outcome}` a request outcome code,
//!   `{risk}` a risk level code: their French names;
//! - `{r}` a reason inside the reason: worded in French when the table has it, else kept;
//! - `{+}` a phrase of the table (what a field needs, a problem in a list): the entry matches only when the
//!   phrase is in the table too, so a text is either wholly French or left wholly English.
//!
//! In the French, `{}` takes the holes in the English order and `{2}` names the second, for a sentence that puts
//! them in another order. A text no template matches is returned unchanged: nothing is lost, it is only English.
//! French typography: a non-breaking space before `:` `;` `?` `!` and inside « ». A reason the window reads after
//! the field's label ("is required…", "must…") starts with the French verb ("est obligatoire…", "ne peut…").

use crate::document::{format_date, format_number, Lang};
use chrono::{Datelike, NaiveDate};
use std::sync::OnceLock;

/// `reason` in `lang`: English as the core wrote it, French from the table (or English when no entry fits).
pub fn reason_in(reason: &str, lang: Lang) -> String {
    match lang {
        Lang::En => reason.to_string(),
        Lang::Fr => french(reason).unwrap_or_else(|| reason.to_string()),
    }
}

/// The entries, most specific first: the first template that matches the whole text words it.
const TABLE: &[(&str, &str)] = &[
    // Common to many forms.
    ("is required", "est obligatoire"),
    ("is required: {+}", "est obligatoire\u{a0}: {}"),
    ("is required; use one of {}", "est obligatoire\u{a0}; valeurs possibles\u{a0}: {}"),
    ("is required (an ISO code such as FR or a name such as France)", "est obligatoire (un code ISO tel que FR ou un nom tel que France)"),
    ("is too long ({n} characters; at most {n})", "est d'une longueur excessive ({} caractères\u{a0}; {} au plus)"),
    ("is too long (at most {n} characters)", "est d'une longueur excessive ({} caractères au plus)"),
    ("has too many items ({n}; at most {n})", "compte trop d'éléments ({}\u{a0}; {} au plus)"),
    (
        "contains a line break or tab, which this one-line field does not take (U+{} at character {}); remove it",
        "contient un saut de ligne ou une tabulation, que ce champ d'une seule ligne n'accepte pas (U+{} au caractère {})\u{a0}; supprimez-le",
    ),
    (
        "contains a control character, which no field takes (U+{} at character {}); remove it",
        "contient un caractère de contrôle, qu'aucun champ n'accepte (U+{} au caractère {})\u{a0}; supprimez-le",
    ),
    ("'{}…': {r}", "«\u{a0}{}…\u{a0}»\u{a0}: {}"),
    ("'{}' is not a date; use YYYY-MM-DD, for example 2026-03-31", "«\u{a0}{}\u{a0}» n'est pas une date\u{a0}; utilisez AAAA-MM-JJ, par exemple 2026-03-31"),
    ("'{}' is outside the years {} to {}; check the year", "«\u{a0}{}\u{a0}» est hors des années {} à {}\u{a0}; vérifiez l'année"),
    ("'{}' is not a record number", "«\u{a0}{}\u{a0}» n'est pas un numéro de fiche"),
    ("'{}' is not a number of days from {} to {}", "«\u{a0}{}\u{a0}» n'est pas un nombre de jours compris entre {} et {}"),
    ("'{}' is not a number of hours from {} to {}", "«\u{a0}{}\u{a0}» n'est pas un nombre d'heures compris entre {} et {}"),
    ("'{}' is not a number of MB from {} to {}", "«\u{a0}{}\u{a0}» n'est pas un nombre de Mo compris entre {} et {}"),
    ("is {n} bytes, larger than the limit of {n} MB per file", "est trop volumineux\u{a0}: {}\u{a0}octets, plus que la limite de {}\u{a0}Mo par fichier"),
    ("is empty: attach a file with something in it", "est vide\u{a0}: joignez un fichier qui contient quelque chose"),
    ("is already attached to this record as '{}' (attachment {}): the same file is kept once", "est déjà joint à cette fiche sous le nom «\u{a0}{}\u{a0}» (pièce {})\u{a0}: un même fichier n'est conservé qu'une fois"),
    ("attachment {} was removed on {}: only its hash and the reason are kept", "la pièce {} a été retirée le {}\u{a0}: seuls son empreinte et le motif sont conservés"),
    ("attachment {} was already removed on {}", "la pièce {} a déjà été retirée le {}"),
    ("request {} has no identity evidence recorded as received: identity is not verified yet", "la demande {} n'a pas de justificatif d'identité enregistré comme reçu\u{a0}: l'identité n'est pas encore vérifiée"),
    ("request {} keeps no identity evidence", "la demande {} ne conserve aucun justificatif d'identité"),
    ("request {} was pseudonymised on {} by the retention purge: no file can be kept with it", "la demande {} a été pseudonymisée le {} par la purge de conservation\u{a0}: aucun fichier ne peut y être joint"),
    ("'{}' is not a number of years from {} to {}", "«\u{a0}{}\u{a0}» n'est pas un nombre d'années compris entre {} et {}"),
    ("'{}' is not an e-mail address", "«\u{a0}{}\u{a0}» n'est pas une adresse de courriel"),
    ("'{}' is not yes or no", "«\u{a0}{}\u{a0}» n'est ni oui ni non"),
    // What a required field needs ("is required: …").
    ("the file's name", "le nom du fichier"),
    ("say why the file is removed (its hash and this reason are kept)", "la raison du retrait du fichier (son empreinte et ce motif sont conservés)"),
    ("an e-mail address", "une adresse de courriel"),
    ("the organisation's legal name", "la dénomination sociale de l'organisation"),
    ("cnil, ico or other", "cnil, ico ou other"),
    ("a short name for the incident", "un nom court pour l'incident"),
    ("a short name for the activity", "un nom court pour l'activité"),
    (
        "a date and time with its offset, for example 2026-03-28T10:00:00+01:00",
        "une date et une heure avec leur décalage horaire, par exemple 2026-03-28T10:00:00+01:00",
    ),
    ("a date and time, for example 2026-03-28T10:00 (read in {})", "une date et une heure, par exemple 2026-03-28T10:00 (lue dans le fuseau {})"),
    ("unlikely, risk or high", "unlikely, risk ou high"),
    ("why this risk level (Art. 33(5) asks for the reasoning)", "la justification de ce niveau de risque (l'art. 33(5) demande le raisonnement)"),
    ("authority, people or controller", "authority, people ou controller"),
    ("the notification is after the {}-hour deadline ({}) (Art. 33(1))", "la notification intervient après le délai de {}\u{a0}heures ({}) (art. 33(1))"),
    ("the notification is after the {}-hour deadline ({}) (PECR reg. 5A)", "la notification intervient après le délai de {}\u{a0}heures ({}) (PECR reg. 5A)"),
    (
        "{} is in the future; a letter is dated at the latest the day it is printed",
        "{} est dans le futur\u{a0}; un courrier est daté au plus tard du jour où il est imprimé",
    ),
    (
        "a public communication replaces telling each person only under Art. 34(3)(c): record the decision not to tell them individually, with the disproportionate-effort exemption, first",
        "une communication publique ne remplace l'information de chaque personne qu'au titre de l'art. 34(3)(c)\u{a0}: enregistrez d'abord la décision de ne pas les informer individuellement, avec l'exemption d'efforts disproportionnés",
    ),
    (
        "how the public was told (a notice on the website, a press release)",
        "comment le public a été informé (un avis sur le site, un communiqué de presse)",
    ),
    ("applies only to an organisation that answers to the ICO: PECR is UK law", "ne s'applique qu'à un organisme qui relève de l'ICO\u{a0}: PECR est une loi britannique"),
    ("how the people were told (e-mail, letter, public notice)", "la manière dont les personnes ont été informées (courriel, courrier, communication publique)"),
    ("which controller ({})", "le responsable de traitement concerné ({})"),
    ("the controller is told after the {}-hour deadline ({})", "le responsable de traitement est informé après le délai de {}\u{a0}heures ({})"),
    ("what happened", "ce qui s'est passé"),
    (
        "say why the breach is reopened (new facts, a complementary notification)",
        "indiquez pourquoi la violation est rouverte (faits nouveaux, notification complémentaire)",
    ),
    ("the day the list is current to (YYYY-MM-DD)", "la date à laquelle la liste est à jour (AAAA-MM-JJ)"),
    ("at least one right (access, erasure, ...)", "au moins un droit (access, erasure…)"),
    ("the requester's name", "le nom du demandeur"),
    ("the day the request arrived (YYYY-MM-DD)", "le jour de réception de la demande (AAAA-MM-JJ)"),
    ("completed, refused or withdrawn", "completed, refused ou withdrawn"),
    ("why the pause is applied, a departure from the default reading", "le motif de la suspension, qui s'écarte de la lecture par défaut"),
    ("why the pause is removed", "le motif du retrait de la suspension"),
    (
        "why more time is needed (complexity or number of requests), as told to the requester",
        "le motif de la prolongation (complexité ou nombre de demandes), tel qu'indiqué au demandeur",
    ),
    ("the subprocessor's name", "le nom du sous-traitant"),
    ("what the subprocessor does for us", "ce que le sous-traitant fait pour nous"),
    ("the document's title", "le titre du document"),
    ("a name for this version, such as 2026-12 or v3", "un nom pour cette version, par exemple 2026-12 ou v3"),
    ("the full text of the version (paste it or import a file)", "le texte intégral de la version (collez-le ou importez un fichier)"),
    ("the label of the new version", "le nom de la nouvelle version"),
    ("the page's address or who was e-mailed", "l'adresse de la page ou le destinataire du courriel"),
    ("at least one purpose (Art. 30(1)(b))", "au moins une finalité (art. 30(1)(b))"),
    ("the customer's name", "le nom du client"),
    ("the customer who objects", "le client qui s'oppose"),
    ("the grounds the customer gave", "les motifs donnés par le client"),
    // Required under a condition.
    (
        "is required when the authority is 'other' (for example 'Garante per la protezione dei dati personali')",
        "est obligatoire lorsque l'autorité est «\u{a0}other\u{a0}» (par exemple «\u{a0}Garante per la protezione dei dati personali\u{a0}»)",
    ),
    ("is required when we are processor: the customers whose data it is", "est obligatoire lorsque nous sommes sous-traitant\u{a0}: les clients à qui appartiennent les données"),
    ("is required for a decision not to notify: say why", "est obligatoire pour une décision de ne pas notifier\u{a0}: indiquez pourquoi"),
    ("is required with --ics: the .ics file to write (-o deadlines.ics)", "est obligatoire avec --ics\u{a0}: le fichier .ics à écrire (-o deadlines.ics)"),
    (
        "is required when the status is retired: the date we stopped using it",
        "est obligatoire lorsque le statut est retired\u{a0}: la date à laquelle nous avons cessé d'y recourir",
    ),
    (
        "is required for a refusal: why the request is manifestly unfounded or excessive (Art. 12(5))",
        "est obligatoire pour un refus\u{a0}: pourquoi la demande est manifestement infondée ou excessive (art. 12(5))",
    ),
    (
        "is required when the notice period differs from the organisation's: say why",
        "est obligatoire lorsque le délai de préavis diffère de celui de l'organisation\u{a0}: indiquez pourquoi",
    ),
    (
        "is required to mark the subprocessor active on {}, before the earliest engagement date {} (notice #{}: {r})",
        "est obligatoire pour activer le sous-traitant le {}, avant la date de recours au plus tôt {} (information n°\u{a0}{}\u{a0}: {})",
    ),
    // The organisation's profile.
    ("'{}' is not an authority; use cnil, ico or other", "«\u{a0}{}\u{a0}» n'est pas une autorité\u{a0}; utilisez cnil, ico ou other"),
    (
        "'{}' is not a role; use controller, processor or both",
        "«\u{a0}{}\u{a0}» n'est pas un rôle\u{a0}; utilisez controller (responsable de traitement), processor (sous-traitant) ou both (les deux)",
    ),
    ("'{}' is not an amount in pounds; write it in whole pounds, for example 632000", "«\u{a0}{}\u{a0}» n'est pas un montant en livres\u{a0}; écrivez-le en livres entières, par exemple 632000"),
    ("'{}' is not an ICO fee tier; use 1, 2 or 3", "«\u{a0}{}\u{a0}» n'est pas une catégorie de redevance ICO\u{a0}; utilisez 1, 2 ou 3"),
    ("'{}' is not a number of people", "«\u{a0}{}\u{a0}» n'est pas un nombre de personnes"),
    (
        "'{}' is not a time zone; use an IANA name such as Europe/Paris or Europe/London",
        "«\u{a0}{}\u{a0}» n'est pas un fuseau horaire\u{a0}; utilisez un nom IANA tel que Europe/Paris ou Europe/London",
    ),
    (
        "'{}' is not an ICO registration number (Z and seven characters, such as Z5347709 or ZB413938)",
        "«\u{a0}{}\u{a0}» n'est pas un numéro d'enregistrement ICO (Z suivi de sept caractères, par exemple Z5347709 ou ZB413938)",
    ),
    ("'{}' is not a SIREN (9 digits) or SIRET (14 digits)", "«\u{a0}{}\u{a0}» n'est ni un SIREN (9\u{a0}chiffres) ni un SIRET (14\u{a0}chiffres)"),
    ("'{}' fails the SIREN/SIRET check digit; check for a typing error", "la clé de contrôle du SIREN/SIRET «\u{a0}{}\u{a0}» est fausse\u{a0}; vérifiez la saisie"),
    (
        "'{}' is not a Companies House number (8 digits, or 2 letters and 6 digits such as SC123456)",
        "«\u{a0}{}\u{a0}» n'est pas un numéro Companies House (8\u{a0}chiffres, ou 2\u{a0}lettres et 6\u{a0}chiffres, par exemple SC123456)",
    ),
    (
        "the organisation is already set up; use `privdesk org set` to change it",
        "l'organisation est déjà configurée\u{a0}; utilisez `privdesk org set` pour la modifier",
    ),
    // Countries.
    (
        "'{}' is not a country we know (use an ISO code such as FR, US, GB or the English or French name)",
        "«\u{a0}{}\u{a0}» n'est pas un pays que nous connaissons (utilisez un code ISO tel que FR, US, GB ou le nom français ou anglais)",
    ),
    (
        "{q} is not a country we know (use ISO codes such as FR, US, GB or English or French names)",
        "{} n'est pas un pays que nous connaissons (utilisez des codes ISO tels que FR, US, GB ou les noms français ou anglais)",
    ),
    (
        "{q} are not a country we know (use ISO codes such as FR, US, GB or English or French names)",
        "{} ne sont pas des pays que nous connaissons (utilisez des codes ISO tels que FR, US, GB ou les noms français ou anglais)",
    ),
    // Subprocessors, customers and notices.
    ("'{}' is not a web address (for example https://www.example.com)", "«\u{a0}{}\u{a0}» n'est pas une adresse web (par exemple https://www.example.com)"),
    (
        "'{}' is not a web address: it must start with http:// or https://",
        "«\u{a0}{}\u{a0}» n'est pas une adresse web\u{a0}: elle doit commencer par http:// ou https://",
    ),
    (
        "is only for retired subprocessors; leave it empty or set the status to retired",
        "ne concerne que les sous-traitants retirés\u{a0}; laissez ce champ vide ou passez le statut à retired",
    ),
    ("{} is before the start date {}", "{} est antérieure à la date de début {}"),
    ("is already retired (since {})", "est déjà «\u{a0}retiré\u{a0}» (depuis le {})"),
    (
        "subprocessor #{} ({}) is retired; a retired subprocessor cannot be announced",
        "le sous-traitant n°\u{a0}{} ({}) est retiré\u{a0}; un sous-traitant retiré ne peut pas être annoncé",
    ),
    ("subprocessor #{} ({}) is already active", "le sous-traitant n°\u{a0}{} ({}) est déjà actif"),
    ("subprocessor #{} ({}) is retired", "le sous-traitant n°\u{a0}{} ({}) est retiré"),
    ("'{}' is already in the customer list", "«\u{a0}{}\u{a0}» figure déjà dans la liste des clients"),
    (
        "#{} is the subprocessor being announced; a subprocessor cannot replace itself",
        "le n°\u{a0}{} est le sous-traitant annoncé\u{a0}; un sous-traitant ne peut pas se remplacer lui-même",
    ),
    ("{} is before the notice date {}", "{} est antérieure à la date de l'information ({})"),
    ("{} is before the objection was received ({})", "{} est antérieure à la réception de l'opposition ({})"),
    (
        "cannot be active before {} (notice #{}: {r}); use `privdesk subprocessor activate {} --on DATE --reason TEXT` to engage it earlier with a reason",
        "ne peut pas être actif avant le {} (information n°\u{a0}{}\u{a0}: {})\u{a0}; utilisez `privdesk subprocessor activate {} --on DATE --reason TEXT` pour y recourir plus tôt, avec un motif",
    ),
    (
        "Art. 28(2) GDPR / SCC Clause 9(a): objection period {} days from {day} = objections until {day}, earliest engagement {day}",
        "art. 28(2) RGPD / clause 9(a) des CCT\u{a0}: délai d'opposition de {}\u{a0}jours à compter du {} = oppositions jusqu'au {}, recours au plus tôt le {}",
    ),
    (
        "{q} not in the customer list; add with `privdesk subprocessor customer add --name NAME`",
        "{} ne figure pas dans la liste des clients\u{a0}; ajoutez-le avec `privdesk subprocessor customer add --name NAME`",
    ),
    // Importing a spreadsheet of subprocessors.
    (
        "is UTF-16 text with an odd number of bytes, so it is cut short; save the spreadsheet again",
        "est un texte UTF-16 au nombre d'octets impair, donc tronqué\u{a0}; enregistrez à nouveau la feuille de calcul",
    ),
    ("is not valid UTF-16 text; save the spreadsheet as CSV UTF-8", "n'est pas un texte UTF-16 valide\u{a0}; enregistrez la feuille de calcul au format CSV UTF-8"),
    (
        "is not UTF-8 or UTF-16 text (byte {}); save the spreadsheet as CSV UTF-8",
        "n'est pas un texte UTF-8 ou UTF-16 (octet {})\u{a0}; enregistrez la feuille de calcul au format CSV UTF-8",
    ),
    (
        "a quoted cell opens on this line and runs on into line {}, which reads like a row of its own: a closing quote (\") is probably missing. Nothing was imported.",
        "une cellule entre guillemets s'ouvre sur cette ligne et se poursuit jusqu'à la ligne {}, qui ressemble à une ligne à part entière\u{a0}: il manque probablement un guillemet fermant (\"). Rien n'a été importé.",
    ),
    (
        "a quote (\") opens on this line and is never closed, so every line after it would be read as one cell. Nothing was imported.",
        "un guillemet (\") s'ouvre sur cette ligne et n'est jamais fermé\u{a0}: toutes les lignes suivantes seraient lues comme une seule cellule. Rien n'a été importé.",
    ),
    ("is empty", "est vide"),
    (
        "no column is the subprocessor's name, which rows are matched by (found: {}): read one of them as the name, in the preview or with --map 'name={}'",
        "aucune colonne n'est le nom du sous-traitant, par lequel les lignes sont rapprochées (colonnes\u{a0}: {})\u{a0}: lisez l'une d'elles comme le nom, dans l'aperçu ou avec --map 'name={}'",
    ),
    (
        "repeats the column '{}'; map one of them to another field or ignore it",
        "répète la colonne «\u{a0}{}\u{a0}»\u{a0}; lisez l'une d'elles comme un autre champ, ou ignorez-la",
    ),
    ("'{}' is not a column of the file (its columns: {})", "«\u{a0}{}\u{a0}» n'est pas une colonne du fichier (ses colonnes\u{a0}: {})"),
    ("'{}' is not a field; use one of {}, or ignore", "«\u{a0}{}\u{a0}» n'est pas un champ\u{a0}; utilisez l'un de {}, ou ignore"),
    ("{} is mapped to two columns; give it one", "{} est attribué à deux colonnes\u{a0}; ne lui en donnez qu'une"),
    ("'{}' is not FIELD=COLUMN, for example name=Fournisseur", "«\u{a0}{}\u{a0}» n'est pas de la forme CHAMP=COLONNE, par exemple name=Fournisseur"),
    ("contains the spreadsheet error {}, not a value; correct the cell", "contient l'erreur de tableur {} au lieu d'une valeur\u{a0}; corrigez la cellule"),
    (
        "has a value in a column without a header; name the column or clear the cell",
        "contient une valeur dans une colonne sans en-tête\u{a0}; nommez la colonne ou videz la cellule",
    ),
    (
        "is not a spreadsheet that can be read (CSV, .xlsx, .xls or .ods): {}; save it again, or as CSV UTF-8",
        "n'est pas un tableur lisible (CSV, .xlsx, .xls ou .ods)\u{a0}: {}\u{a0}; enregistrez-le de nouveau, ou au format CSV UTF-8",
    ),
    ("the sheet '{}' cannot be read: {}", "la feuille «\u{a0}{}\u{a0}» ne peut pas être lue\u{a0}: {}"),
    ("is empty: no sheet of the workbook holds a header", "est vide\u{a0}: aucune feuille du classeur n'a d'en-tête"),
    ("repeats the column '{}'", "répète la colonne «\u{a0}{}\u{a0}»"),
    ("cannot be read: {r}", "ne peut pas être lue\u{a0}: {}"),
    (
        "has {} cells where the header has {}: a cell holds the delimiter '{}' without quotes, or a cell is missing, so values would land under the wrong columns",
        "compte {} cellules alors que l'en-tête en compte {}\u{a0}: une cellule contient le séparateur «\u{a0}{}\u{a0}» sans guillemets, ou une cellule manque, si bien que des valeurs tomberaient dans les mauvaises colonnes",
    ),
    ("'{}' is already on line {} of this file", "«\u{a0}{}\u{a0}» figure déjà à la ligne {} de ce fichier"),
    ("has a header but no rows", "ne contient qu'un en-tête, sans aucune ligne"),
    // Breaches.
    (
        "'{}' is negative; give an approximate number of people or records, for example 1200",
        "«\u{a0}{}\u{a0}» est négatif\u{a0}; donnez un nombre approximatif de personnes ou d'enregistrements, par exemple 1200",
    ),
    (
        "'{}' is not a whole number; give an approximate whole number, for example 1200 or 1 200",
        "«\u{a0}{}\u{a0}» n'est pas un nombre entier\u{a0}; donnez un nombre entier approximatif, par exemple 1200 ou 1 200",
    ),
    ("'{}' is too large", "«\u{a0}{}\u{a0}» est trop grand"),
    (
        "'{}' is in the future; awareness is when we learnt of the incident",
        "«\u{a0}{}\u{a0}» est dans le futur\u{a0}; la prise de connaissance est le moment où nous avons appris l'incident",
    ),
    ("'{}' is before the start of the occurrence", "«\u{a0}{}\u{a0}» est antérieur au début de l'incident"),
    (
        "'{}' is after we became aware; an incident starts before it is found",
        "«\u{a0}{}\u{a0}» est postérieur à notre prise de connaissance\u{a0}; un incident commence avant d'être découvert",
    ),
    (
        "'{}' is not a date and time with an offset; use RFC 3339 such as 2026-03-28T10:00:00+01:00 or 2026-03-28T09:00:00Z",
        "«\u{a0}{}\u{a0}» n'est pas une date et une heure avec décalage horaire\u{a0}; utilisez le format RFC 3339, par exemple 2026-03-28T10:00:00+01:00 ou 2026-03-28T09:00:00Z",
    ),
    (
        "'{}' is not a date and time; use 2026-03-28T10:00 (read in {}) or 2026-03-28T10:00:00+01:00 or 2026-03-28T09:00:00Z",
        "«\u{a0}{}\u{a0}» n'est pas une date et une heure\u{a0}; utilisez 2026-03-28T10:00 (lue dans le fuseau {}), 2026-03-28T10:00:00+01:00 ou 2026-03-28T09:00:00Z",
    ),
    (
        "as processor we tell the controller, who decides whether to notify the authority (Art. 33(2))",
        "en tant que sous-traitant, nous informons le responsable de traitement, qui décide de notifier ou non l'autorité (art. 33(2))",
    ),
    ("breach #{} was closed on {}; a closed record is not changed", "la violation n°\u{a0}{} a été clôturée le {}\u{a0}; une fiche clôturée n'est plus modifiée"),
    (
        "a controller has already been told as our customer; the role stays processor",
        "un responsable de traitement a déjà été informé en tant que client\u{a0}; le rôle reste sous-traitant",
    ),
    (
        "'{risk}' contradicts the decision recorded not to notify the authority; record a decision to notify first",
        "«\u{a0}{}\u{a0}» contredit la décision enregistrée de ne pas notifier l'autorité\u{a0}; enregistrez d'abord une décision de notifier",
    ),
    (
        "breach #{} is not assessed yet: record the risk level first (`privdesk breach assess`)",
        "la violation n°\u{a0}{} n'est pas encore évaluée\u{a0}: enregistrez d'abord le niveau de risque (`privdesk breach assess`)",
    ),
    ("apply only to telling the people (Art. 34(3))", "ne s'appliquent qu'à la communication aux personnes (art. 34(3))"),
    (
        "cannot be 'no' while the risk is assessed as '{risk}': Art. 33(1) exempts only breaches unlikely to result in a risk; re-assess first",
        "ne peut pas être «\u{a0}non\u{a0}» tant que le risque est évalué à «\u{a0}{}\u{a0}»\u{a0}: l'art. 33(1) n'exempte que les violations peu susceptibles d'engendrer un risque\u{a0}; réévaluez d'abord",
    ),
    ("the authority has already been notified", "l'autorité a déjà reçu la notification"),
    (
        "are required to not tell the people of a high-risk breach (Art. 34(3)): unintelligible, later-measures or disproportionate-effort",
        "sont obligatoires pour ne pas informer les personnes d'une violation à risque élevé (art. 34(3))\u{a0}: unintelligible, later-measures ou disproportionate-effort",
    ),
    ("are only for a decision not to tell the people", "ne concernent qu'une décision de ne pas informer les personnes"),
    ("the people have already been told", "les personnes ont déjà été informées"),
    ("'{}' is before we became aware ({})", "«\u{a0}{}\u{a0}» est antérieur à notre prise de connaissance ({})"),
    (
        "'{}' is in the future; record a notification once it is made",
        "«\u{a0}{}\u{a0}» est dans le futur\u{a0}; enregistrez une notification une fois qu'elle a été faite",
    ),
    (
        "as processor we tell the controller, who notifies the authority; use --to controller",
        "en tant que sous-traitant, nous informons le responsable de traitement, qui notifie l'autorité\u{a0}; utilisez --to controller",
    ),
    (
        "the decision recorded is not to notify the authority; record a decision to notify first",
        "la décision enregistrée est de ne pas notifier l'autorité\u{a0}; enregistrez d'abord une décision de notifier",
    ),
    (
        "complementary needs the initial notification recorded first",
        "une notification complémentaire suppose d'avoir d'abord enregistré la notification initiale",
    ),
    (
        "the initial notification is already recorded; this one is complementary",
        "la notification initiale est déjà enregistrée\u{a0}; celle-ci est complémentaire",
    ),
    ("'{}' is before the initial notification", "«\u{a0}{}\u{a0}» est antérieur à la notification initiale"),
    (
        "the decision recorded is not to tell the people; record a decision to tell them first",
        "la décision enregistrée est de ne pas informer les personnes\u{a0}; enregistrez d'abord une décision de les informer",
    ),
    (
        "a controller is told only when we are processor; set the role to processor with the controllers named",
        "un responsable de traitement n'est informé que lorsque nous sommes sous-traitant\u{a0}; passez le rôle à processor en nommant les responsables de traitement",
    ),
    (
        "'{}' is not one of this breach's controllers ({})",
        "«\u{a0}{}\u{a0}» n'est pas l'un des responsables de traitement de cette violation ({})",
    ),
    ("applies only to notifications to the authority", "ne s'applique qu'aux notifications à l'autorité"),
    ("applies only to telling the people", "ne s'applique qu'à la communication aux personnes"),
    ("'{}' is in the future; note events once they happen", "«\u{a0}{}\u{a0}» est dans le futur\u{a0}; notez les événements une fois survenus"),
    ("breach #{} is open; only a closed breach is reopened", "la violation n°\u{a0}{} est ouverte\u{a0}; seule une violation clôturée peut être rouverte"),
    ("breach #{} cannot be closed yet; missing: {r}", "la violation n°\u{a0}{} ne peut pas encore être clôturée\u{a0}; il manque\u{a0}: {}"),
    ("the risk assessment (`breach assess`)", "l'évaluation du risque (`breach assess`)"),
    (
        "the authority notification, or the decision not to notify with its reasons",
        "la notification à l'autorité, ou la décision de ne pas notifier avec ses motifs",
    ),
    (
        "telling the people (high risk), or the decision not to with its Art. 34(3) exemption",
        "la communication aux personnes (risque élevé), ou la décision de ne pas la faire avec son exception de l'art. 34(3)",
    ),
    ("telling the controller {}", "l'information du responsable de traitement {}"),
    ("say which: --authority, --no-authority, --people or --no-people", "précisez laquelle\u{a0}: --authority, --no-authority, --people ou --no-people"),
    ("'{}' is not an authority form; use cnil or ico", "«\u{a0}{}\u{a0}» n'est pas un formulaire d'autorité\u{a0}; utilisez cnil ou ico"),
    // Requests.
    ("{q} is not a right; use {}", "{} n'est pas un droit\u{a0}; utilisez {}"),
    ("{q} are not a right; use {}", "{} ne sont pas des droits\u{a0}; utilisez {}"),
    ("{q} is not a right under {regime}", "{} n'est pas un droit prévu par le {}"),
    ("{q} are not a right under {regime}", "{} ne sont pas des droits prévus par le {}"),
    ("{} is in the future (today is {})", "{} est dans le futur (nous sommes le {})"),
    (
        "{} is in the future (today is {}); record things once they have happened",
        "{} est dans le futur (nous sommes le {})\u{a0}; enregistrez les faits une fois survenus",
    ),
    ("{} is before the request was received on {}", "{} est antérieure à la réception de la demande, le {}"),
    ("{} is before identity evidence was requested on {}", "{} est antérieure à la demande de justificatif d'identité, le {}"),
    ("{} is before the clarification was asked on {}", "{} est antérieure à la demande de précisions, le {}"),
    (
        "the request is already closed ({outcome} on {}); a closed request cannot change",
        "la demande est déjà clôturée ({} le {})\u{a0}; une demande clôturée ne peut plus changer",
    ),
    ("identity evidence requested was already recorded on {}", "la demande de justificatif d'identité a déjà été enregistrée le {}"),
    ("identity evidence received was already recorded on {}", "la réception du justificatif d'identité a déjà été enregistrée le {}"),
    ("a clarification request was already recorded on {}", "une demande de précisions a déjà été enregistrée le {}"),
    ("the clarification answer was already recorded on {}", "la réponse à la demande de précisions a déjà été enregistrée le {}"),
    ("the fee was already recorded on {}", "le paiement des frais a déjà été enregistré le {}"),
    ("the start of work was already recorded on {}", "le début du traitement a déjà été enregistré le {}"),
    (
        "identity evidence was not requested: record the request for it first",
        "aucun justificatif d'identité n'a été demandé\u{a0}: enregistrez d'abord la demande de justificatif",
    ),
    ("no clarification was asked: record the question first", "aucune précision n'a été demandée\u{a0}: enregistrez d'abord la question"),
    (
        "the pause is an option for EU GDPR requests only; under {regime} the law already says when the clock starts and stops",
        "la suspension n'est possible que pour les demandes au titre du RGPD\u{a0}; au titre du {}, la loi fixe déjà quand le délai commence et s'arrête",
    ),
    ("the pause is already applied", "la suspension est déjà appliquée"),
    ("the pause is not applied", "la suspension n'est pas appliquée"),
    (
        "the request was already extended (requester told on {}); an extension is allowed once",
        "la demande a déjà été prolongée (demandeur informé le {})\u{a0}; une seule prolongation est permise",
    ),
    ("{} is after {}, already recorded as {}", "{} est postérieure au {}, déjà enregistré comme {}"),
    (
        "the EU pause is applied to this request: remove it before changing the regime",
        "la suspension (RGPD) est appliquée à cette demande\u{a0}: retirez-la avant de changer de régime",
    ),
    ("the recorded extension would no longer be valid: {r}", "la prolongation enregistrée ne serait plus valable\u{a0}: {}"),
    ("extension notice on {day} is before the clock started on {day}", "l'information de prolongation du {} est antérieure au début du délai, le {}"),
    (
        "extension notice on {day} is too late: the requester had to be told by {day}, the end of the first period",
        "l'information de prolongation du {} est trop tardive\u{a0}: le demandeur devait être informé au plus tard le {}, fin du premier délai",
    ),
    (
        "request {} was pseudonymised at the end of its retention period; no letter can be addressed",
        "la demande {} a été pseudonymisée à la fin de sa durée de conservation\u{a0}; aucun courrier ne peut lui être adressé",
    ),
    (
        "no extension is recorded on this request: record it first (request extend, with the reasons and the date the requester is told)",
        "aucune prolongation n'est enregistrée sur cette demande\u{a0}: enregistrez-la d'abord (request extend, avec les motifs et la date à laquelle le demandeur est informé)",
    ),
    (
        "the request is not recorded as refused: close it with the outcome refused and the reasons first",
        "la demande n'est pas enregistrée comme refusée\u{a0}: clôturez-la d'abord avec l'issue refused et les motifs",
    ),
    (
        "the request was {outcome}: a response cover letter does not fit; print the refusal instead",
        "la demande a été clôturée ({})\u{a0}: un courrier de réponse ne convient pas\u{a0}; imprimez plutôt le refus",
    ),
    (
        "the request was pseudonymised at the end of its retention period; its details can no longer change",
        "la demande a été pseudonymisée à la fin de sa durée de conservation\u{a0}; ses informations ne peuvent plus changer",
    ),
    ("give exactly one of --{} and --{}", "donnez exactement une des options --{} et --{}"),
    // Policies.
    (
        "'{}' is already a version of this policy; give the new version another label",
        "«\u{a0}{}\u{a0}» est déjà une version de ce document\u{a0}; donnez un autre nom à la nouvelle version",
    ),
    ("'{}' is not a version of this policy; versions: {r}", "«\u{a0}{}\u{a0}» n'est pas une version de ce document\u{a0}; versions\u{a0}: {}"),
    ("'{}' is not a version of policy #{}; versions: {r}", "«\u{a0}{}\u{a0}» n'est pas une version du document n°\u{a0}{}\u{a0}; versions\u{a0}: {}"),
    ("none yet", "aucune pour l'instant"),
    ("version '{}' already has change #{}; edit that change instead", "la version «\u{a0}{}\u{a0}» a déjà la modification n°\u{a0}{}\u{a0}; modifiez plutôt celle-ci"),
    (
        "cannot change: a change belongs to its version; record a change for the other version instead",
        "ne peut pas changer\u{a0}: une modification appartient à sa version\u{a0}; enregistrez plutôt une modification pour l'autre version",
    ),
    ("is not set: record the notice date before printing the notice", "n'est pas renseignée\u{a0}: enregistrez la date de l'information avant d'imprimer l'avis"),
    ("{} is not UTF-8 text; save it as UTF-8 plain text or Markdown", "{} n'est pas un texte UTF-8\u{a0}; enregistrez-le en texte brut UTF-8 ou en Markdown"),
    // Activities and the record of processing.
    (
        "is only for the lawful basis legitimate interests (Art. 6(1)(f)); clear it or change the basis",
        "ne concerne que la base légale de l'intérêt légitime (art. 6(1)(f))\u{a0}; videz ce champ ou changez de base légale",
    ),
    (
        "is only for sensitive data: list the special-category data processed first",
        "ne concerne que les données sensibles\u{a0}: indiquez d'abord les catégories particulières de données traitées",
    ),
    (
        "entry {}: a retention period without a category; name the data it applies to",
        "entrée {}\u{a0}: une durée de conservation sans catégorie\u{a0}; nommez les données concernées",
    ),
    (
        "transfer {}: subprocessor #{} is not linked to this activity; link it under recipients first",
        "transfert {}\u{a0}: le sous-traitant n°\u{a0}{} n'est pas lié à cette activité\u{a0}; liez-le d'abord dans les destinataires",
    ),
    ("transfer {}: name the recipient (or choose a linked subprocessor)", "transfert {}\u{a0}: nommez le destinataire (ou choisissez un sous-traitant lié)"),
    (
        "transfer {}: {country} is in the EEA, so sending data there is not a transfer",
        "transfert {}\u{a0}: {} fait partie de l'EEE, y envoyer des données n'est donc pas un transfert",
    ),
    ("transfer {}: country {r}", "transfert {}\u{a0}: le pays {}"),
    ("transfer {}: {r}", "transfert {}\u{a0}: {}"),
    ("'{}' is listed twice; describe it once", "«\u{a0}{}\u{a0}» figure deux fois\u{a0}; décrivez cette mesure une seule fois"),
    ("a customer's processing is given without the customer's name", "un traitement de client est indiqué sans le nom du client"),
    ("'{}' is listed twice; list its processing once", "«\u{a0}{}\u{a0}» figure deux fois\u{a0}; indiquez ses traitements une seule fois"),
    (
        "are only for processor activities (processing done for customers); set the role to processor",
        "ne concernent que les activités de sous-traitant (traitements effectués pour des clients)\u{a0}; passez le rôle à processor",
    ),
    ("{} is not in the subprocessor register", "{} ne figure pas dans le registre des sous-traitants"),
    ("{} are not in the subprocessor register", "{} ne figurent pas dans le registre des sous-traitants"),
    (
        "{q} not in the subprocessor register (use its number or exact name)",
        "{} ne figure pas dans le registre des sous-traitants (utilisez son numéro ou son nom exact)",
    ),
    ("activity #{} is already archived (since {})", "l'activité n°\u{a0}{} est déjà archivée (depuis le {})"),
    ("activity #{} is not archived", "l'activité n°\u{a0}{} n'est pas archivée"),
    ("'{}' is not a layout; use cnil or ico", "«\u{a0}{}\u{a0}» n'est pas une présentation\u{a0}; utilisez cnil ou ico"),
    (
        "the demonstration activities link two subprocessors each: add subprocessors first (--subprocessors 20)",
        "les activités de démonstration lient chacune deux sous-traitants\u{a0}: ajoutez d'abord des sous-traitants (--subprocessors 20)",
    ),
    // The adequacy list.
    ("'{}' is not a scope; use full, commercial or dpf", "«\u{a0}{}\u{a0}» n'est pas une portée\u{a0}; utilisez full, commercial ou dpf"),
    ("line {}: '{}' is not a date (YYYY-MM-DD)", "ligne {}\u{a0}: «\u{a0}{}\u{a0}» n'est pas une date (AAAA-MM-JJ)"),
    ("line {}: expected a country code and a scope separated by a tab", "ligne {}\u{a0}: un code pays et une portée séparés par une tabulation sont attendus"),
    ("line {}: {} is listed twice; give each country one line", "ligne {}\u{a0}: {} figure deux fois\u{a0}; donnez une seule ligne par pays"),
    ("line {}: {r}", "ligne {}\u{a0}: {}"),
    (
        "the list has no '# as of<TAB>YYYY-MM-DD' line: say which day it is current to",
        "la liste n'a pas de ligne «\u{a0}# as of<TAB>YYYY-MM-DD\u{a0}»\u{a0}: indiquez la date à laquelle elle est à jour",
    ),
    (
        "the list is empty; to use the list shipped with Privacy Desk, reset it instead",
        "la liste est vide\u{a0}; pour utiliser la liste fournie avec Privacy Desk, réinitialisez-la plutôt",
    ),
    ("{} is already in the list", "{} figure déjà dans la liste"),
    // Deadlines.
    (
        "'{}' is not a module; use one of request, breach, policy, notice, review",
        "«\u{a0}{}\u{a0}» n'est pas un module\u{a0}; valeurs possibles\u{a0}: request, breach, policy, notice, review",
    ),
    ("{} given without --ics; add --ics to write an iCalendar file", "{} donné sans --ics\u{a0}; ajoutez --ics pour écrire un fichier iCalendar"),
    // Files written.
    ("{}: is not a file name", "{}\u{a0}: n'est pas un nom de fichier"),
    (
        "{}: is the Privacy Desk database or one of its files; choose another output file",
        "{}\u{a0}: est le fichier de données Privacy Desk ou l'un de ses fichiers\u{a0}; choisissez un autre fichier de sortie",
    ),
    (
        "{}: is a symbolic link; Privacy Desk does not write through links: give the file's own path",
        "{}\u{a0}: est un lien symbolique\u{a0}; Privacy Desk n'écrit pas à travers les liens\u{a0}: donnez le chemin du fichier lui-même",
    ),
    ("{}: is a folder; give a file name inside it", "{}\u{a0}: est un dossier\u{a0}; donnez un nom de fichier à l'intérieur"),
    ("{}: already exists; add --force to replace it", "{}\u{a0}: existe déjà\u{a0}; ajoutez --force pour le remplacer"),
    ("{}: is the Privacy Desk database itself; choose another file", "{}\u{a0}: est le fichier de données Privacy Desk lui-même\u{a0}; choisissez un autre fichier"),
    ("the folder {} does not exist; create it first or choose another", "le dossier {} n'existe pas\u{a0}; créez-le d'abord ou choisissez-en un autre"),
    ("the folder {} does not exist", "le dossier {} n'existe pas"),
    // Passphrases, encryption, backups.
    ("the passphrase is empty", "la phrase de passe est vide"),
    ("at least {n} characters", "au moins {}\u{a0}caractères"),
    ("no control characters (tabs, line breaks)", "aucun caractère de contrôle (tabulations, sauts de ligne)"),
    ("at most {n} bytes", "{}\u{a0}octets au plus"),
    ("wrong passphrase", "phrase de passe incorrecte"),
    ("the database is already encrypted; change its passphrase instead", "le fichier de données est déjà chiffré\u{a0}; changez plutôt sa phrase de passe"),
    ("the database is not encrypted; turn encryption on instead", "le fichier de données n'est pas chiffré\u{a0}; activez plutôt le chiffrement"),
    ("the new passphrase is the current one", "la nouvelle phrase de passe est identique à l'actuelle"),
    ("the database is not encrypted", "le fichier de données n'est pas chiffré"),
    ("only a database file can be encrypted", "seul un fichier de données peut être chiffré"),
    (
        "the database is already encrypted; use `privdesk security change-passphrase`",
        "le fichier de données est déjà chiffré\u{a0}; utilisez `privdesk security change-passphrase`",
    ),
    ("the database is not encrypted; use `privdesk security encrypt`", "le fichier de données n'est pas chiffré\u{a0}; utilisez `privdesk security encrypt`"),
    (
        "give the new passphrase with {} or a passphrase file; none was given and there is no terminal to ask",
        "donnez la nouvelle phrase de passe avec {} ou un fichier de phrase de passe\u{a0}; aucune n'a été donnée et aucun terminal ne permet de la demander",
    ),
    ("the two passphrases differ; nothing was changed", "les deux phrases de passe diffèrent\u{a0}; rien n'a été modifié"),
    ("{} is not a file", "{} n'est pas un fichier"),
    ("{} cannot be restored: {r}. Nothing was changed.", "{} ne peut pas être restauré\u{a0}: {}. Rien n'a été modifié."),
    ("{} cannot be restored: {r}", "{} ne peut pas être restauré\u{a0}: {}"),
    ("the file is damaged: {}", "le fichier est endommagé\u{a0}: {}"),
    (
        "it was written by a newer version of Privacy Desk (schema version {}; this version knows up to {}): update Privacy Desk to restore it",
        "il a été écrit par une version plus récente de Privacy Desk (version de schéma {}\u{a0}; cette version connaît jusqu'à la {})\u{a0}: mettez Privacy Desk à jour pour le restaurer",
    ),
    ("it is not a Privacy Desk backup", "ce n'est pas une sauvegarde Privacy Desk"),
    ("its audit log is broken: {}", "son journal d'audit est rompu\u{a0}: {}"),
    (
        "its audit log ({} entries, head {}) is not the one its manifest records ({} entries, head {}): the file was changed after the backup",
        "son journal d'audit ({} entrées, tête {}) n'est pas celui que consigne son manifeste ({} entrées, tête {})\u{a0}: le fichier a été modifié après la sauvegarde",
    ),
    (
        "{} is encrypted, and {} is encrypted with another passphrase: nothing was changed. Restore a backup made under its passphrase, or turn its encryption off first.",
        "{} est chiffré, et {} est chiffré avec une autre phrase de passe\u{a0}: rien n'a été modifié. Restaurez une sauvegarde faite avec sa phrase de passe, ou désactivez d'abord son chiffrement.",
    ),
    (
        "{} is encrypted, and {} is not encrypted (restoring it would turn encryption off): nothing was changed. Restore a backup made under its passphrase, or turn its encryption off first.",
        "{} est chiffré, et {} n'est pas chiffré (le restaurer désactiverait le chiffrement)\u{a0}: rien n'a été modifié. Restaurez une sauvegarde faite avec sa phrase de passe, ou désactivez d'abord son chiffrement.",
    ),
    // Exports and imports of the whole store.
    (
        "table {}, column {}: {} is not a value a database column holds",
        "table {}, colonne {}\u{a0}: {} n'est pas une valeur qu'une colonne de base de données peut contenir",
    ),
    ("not a Privacy Desk export (format \"{}\")", "ce n'est pas un export Privacy Desk (format «\u{a0}{}\u{a0}»)"),
    ("not a Privacy Desk export: {}", "ce n'est pas un export Privacy Desk\u{a0}: {}"),
    (
        "export format version {} is not one this version reads (it reads {})",
        "la version {} du format d'export n'est pas lisible par cette version (elle lit la version {})",
    ),
    (
        "the export was written by a newer version of Privacy Desk (schema version {}; this version knows up to {}): update Privacy Desk to import it",
        "l'export a été écrit par une version plus récente de Privacy Desk (version de schéma {}\u{a0}; cette version connaît jusqu'à la {})\u{a0}: mettez Privacy Desk à jour pour l'importer",
    ),
    (
        "{} is not empty (its table {} has {} rows): import into a new database file, nothing was changed",
        "{} n'est pas vide (sa table {} compte {} lignes)\u{a0}: importez dans un nouveau fichier de données\u{a0}; rien n'a été modifié",
    ),
    ("table {} is not one of a store at schema version {}", "la table {} n'appartient pas à un fichier de données de version de schéma {}"),
    ("table {} has no column {}", "la table {} n'a pas de colonne {}"),
    ("table {}, row {}: {} values for {} columns", "table {}, ligne {}\u{a0}: {} valeurs pour {} colonnes"),
    ("table {}, row {}: {r}", "table {}, ligne {}\u{a0}: {}"),
    ("table {} refers to rows the file does not have", "la table {} renvoie à des lignes absentes du fichier"),
    ("its audit log ends at entry {}, not where the file says ({})", "son journal d'audit s'arrête à l'entrée {}, et non là où le fichier l'indique ({})"),
    // Error messages: records that do not exist, the store, documents and closed lists parsed from text.
    ("request #{} does not exist", "la demande n°\u{a0}{} n'existe pas"),
    ("breach #{} does not exist", "la violation n°\u{a0}{} n'existe pas"),
    ("subprocessor #{} does not exist", "le sous-traitant n°\u{a0}{} n'existe pas"),
    ("activity #{} does not exist", "l'activité n°\u{a0}{} n'existe pas"),
    ("policy #{} does not exist", "le document n°\u{a0}{} n'existe pas"),
    ("policy change #{} does not exist", "la modification n°\u{a0}{} n'existe pas"),
    ("subprocessor notice #{} does not exist", "l'information sur un sous-traitant n°\u{a0}{} n'existe pas"),
    ("customer #{} does not exist", "le client n°\u{a0}{} n'existe pas"),
    ("objection #{} does not exist", "l'opposition n°\u{a0}{} n'existe pas"),
    (
        "the organisation profile is not set up yet: run `privdesk init --name NAME --country CC --authority cnil|ico|other` first",
        "le profil de l'organisation n'est pas encore créé\u{a0}: lancez d'abord `privdesk init --name NAME --country CC --authority cnil|ico|other`",
    ),
    ("stopped before anything was changed", "arrêté avant toute modification"),
    ("database: {}", "base de données\u{a0}: {}"),
    ("database migration: {}", "migration de la base de données\u{a0}: {}"),
    (
        "{} was written by a newer version of Privacy Desk (schema version {}; this version knows up to {}). It has not been changed; update Privacy Desk to open it.",
        "{} a été écrit par une version plus récente de Privacy Desk (version de schéma {}\u{a0}; cette version connaît jusqu'à la {}). Le fichier n'a pas été modifié\u{a0}; mettez Privacy Desk à jour pour l'ouvrir.",
    ),
    ("cannot open the database {}: {r}", "impossible d'ouvrir le fichier de données {}\u{a0}: {}"),
    (
        "another Privacy Desk window or command has it open; close it, then try again (nothing was changed)",
        "une autre fenêtre ou commande Privacy Desk l'a ouvert\u{a0}; fermez-la, puis réessayez (rien n'a été modifié)",
    ),
    (
        "{} is not a Privacy Desk database ({+}). It has not been changed; give the path of a Privacy Desk database with --db, or a new path with `privdesk init`.",
        "{} n'est pas un fichier de données Privacy Desk ({}). Le fichier n'a pas été modifié\u{a0}; donnez le chemin d'un fichier de données Privacy Desk avec --db, ou un nouveau chemin avec `privdesk init`.",
    ),
    ("it is a folder or a device, not a file", "c'est un dossier ou un périphérique, pas un fichier"),
    ("it is not a SQLite database", "ce n'est pas une base de données SQLite"),
    ("it is another program's SQLite database (application id {})", "c'est la base de données SQLite d'un autre programme (identifiant d'application {})"),
    ("it is a SQLite database of another program, with {} tables", "c'est une base de données SQLite d'un autre programme, avec {}\u{a0}tables"),
    (
        "there is no Privacy Desk database at {}: run `privdesk init --db {} --name NAME --country CC --authority cnil|ico|other` to create one, or give the path of an existing one with --db",
        "il n'y a pas de fichier de données Privacy Desk à l'emplacement {}\u{a0}: lancez `privdesk init --db {} --name NAME --country CC --authority cnil|ico|other` pour en créer un, ou donnez le chemin d'un fichier existant avec --db",
    ),
    (
        "the database is busy: another Privacy Desk window or command kept it locked for more than {} seconds. Nothing was changed; try again when the other one has finished.",
        "le fichier de données est occupé\u{a0}: une autre fenêtre ou commande Privacy Desk le garde verrouillé depuis plus de {}\u{a0}secondes. Rien n'a été modifié\u{a0}; réessayez quand l'autre aura terminé.",
    ),
    ("stored data is unreadable ({}): {}", "des données enregistrées sont illisibles ({})\u{a0}: {}"),
    (
        "this database is encrypted: give its passphrase (PRIVDESK_PASSPHRASE or --passphrase-file). {} has not been changed.",
        "ce fichier de données est chiffré\u{a0}: donnez sa phrase de passe (PRIVDESK_PASSPHRASE ou --passphrase-file). {} n'a pas été modifié.",
    ),
    ("wrong passphrase for {}: it has not been changed", "phrase de passe incorrecte pour {}\u{a0}: le fichier n'a pas été modifié"),
    (
        "{} is damaged: {r}. It has not been changed; restore a backup (`privdesk restore`), or open another file.",
        "{} est endommagé\u{a0}: {}. Le fichier n'a pas été modifié\u{a0}; restaurez une sauvegarde (`privdesk restore`) ou ouvrez un autre fichier.",
    ),
    ("no backup manifest ({})", "pas de manifeste de sauvegarde ({})"),
    (
        "the database file {} was replaced meanwhile (encrypted, decrypted or restored by another Privacy Desk window or command). Nothing was changed; open it again.",
        "le fichier de données {} a été remplacé entre-temps (chiffré, déchiffré ou restauré par une autre fenêtre ou commande Privacy Desk). Rien n'a été modifié\u{a0}; ouvrez-le à nouveau.",
    ),
    ("unknown language \"{}\": expected \"en\" or \"fr\"", "langue inconnue «\u{a0}{}\u{a0}»\u{a0}; utilisez «\u{a0}en\u{a0}» ou «\u{a0}fr\u{a0}»"),
    (
        "unknown regime \"{}\": expected one of eu-gdpr, uk-gdpr, ccpa",
        "régime inconnu «\u{a0}{}\u{a0}»\u{a0}; valeurs possibles\u{a0}: eu-gdpr, uk-gdpr, ccpa",
    ),
    (
        "unknown holiday calendar \"{}\": expected one of france, france-alsace-moselle, england-wales",
        "calendrier de jours fériés inconnu «\u{a0}{}\u{a0}»\u{a0}; valeurs possibles\u{a0}: france, france-alsace-moselle, england-wales",
    ),
    ("heading level {} is not supported: use 1, 2 or 3", "le niveau de titre {} n'est pas pris en charge\u{a0}: utilisez 1, 2 ou 3"),
    ("a table needs at least one column", "un tableau doit avoir au moins une colonne"),
    ("column \"{}\" has width {}: widths must be positive numbers", "la colonne «\u{a0}{}\u{a0}» a pour largeur {}\u{a0}: les largeurs doivent être des nombres positifs"),
    ("table row {} has {} cells but the table has {} columns", "la ligne {} du tableau a {} cellules mais le tableau a {} colonnes"),
    ("a spacer of {} mm is not possible: use a positive number", "un espacement de {}\u{a0}mm n'est pas possible\u{a0}: utilisez un nombre positif"),
    ("the embedded font {} could not be read", "la police intégrée {} n'a pas pu être lue"),
    ("the PDF could not be written: {}", "le PDF n'a pas pu être écrit\u{a0}: {}"),
    // Several reasons joined into one: each worded, or the whole left in English.
    ("{+}; {+}", "{}\u{a0}; {}"),
];

/// The closed lists' names as their parse errors write them ("'x' is not a breach nature; use one of …"), with
/// the French article, since the gender of the noun decides it.
const VOCABULARY: &[(&str, &str)] = &[
    ("letter kind", "un type de courrier"),
    ("breach nature", "une nature de violation"),
    ("risk level", "un niveau de risque"),
    ("role", "un rôle"),
    ("data category", "une catégorie de données"),
    ("category of people", "une catégorie de personnes"),
    ("likelihood", "un degré de vraisemblance"),
    ("answer", "une réponse"),
    ("recipient", "un destinataire"),
    ("phase", "une phase"),
    ("Art. 34(3) exemption", "une exception de l'art. 34(3)"),
    ("status", "un statut"),
    ("urgency", "un degré d'urgence"),
    ("stage", "une étape"),
    ("category", "une catégorie"),
    ("transfer mechanism", "un mécanisme de transfert"),
    ("kind of file", "un type de fichier"),
    ("kind of record", "un type de fiche"),
    ("module of the 2021 SCCs", "un module des CCT de 2021"),
    ("day count", "un mode de décompte des jours"),
    ("lawful basis", "une base légale"),
    ("Art. 9 condition", "une condition de l'art. 9"),
    ("security measure", "une mesure de sécurité"),
    ("objection outcome", "une suite donnée à une opposition"),
    ("notice status", "un statut d'information"),
    ("right", "un droit"),
    ("channel", "un canal"),
    ("outcome", "une issue"),
    ("event", "un événement"),
    ("request step", "une étape de demande"),
    ("policy kind", "un type de document"),
    ("change class", "une catégorie de modification"),
    ("notification channel", "un moyen d'information"),
    ("change status", "un statut de modification"),
];

/// What a hole in an English template holds, and so how it is carried into French.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Hole {
    Verbatim,
    Day,
    Number,
    Quoted,
    Country,
    Regime,
    Outcome,
    Risk,
    Nested,
    Phrase,
}

impl Hole {
    fn named(name: &str) -> Option<Hole> {
        Some(match name {
            "" => Hole::Verbatim,
            "day" => Hole::Day,
            "n" => Hole::Number,
            "q" => Hole::Quoted,
            "country" => Hole::Country,
            "regime" => Hole::Regime,
            "outcome" => Hole::Outcome,
            "risk" => Hole::Risk,
            "r" => Hole::Nested,
            "+" => Hole::Phrase,
            _ => return None,
        })
    }
}

#[derive(Debug)]
enum Piece {
    Text(String),
    Hole(Hole),
}

#[derive(Debug)]
enum Out {
    Text(String),
    Hole(usize),
}

#[derive(Debug)]
struct Entry {
    en: Vec<Piece>,
    fr: Vec<Out>,
    holes: Vec<Hole>,
}

/// Splits a template into its text and its holes (`{name}`); `None` for a malformed one (the tests check that
/// none is).
fn pieces(template: &str) -> Option<Vec<(bool, String)>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}')? + open;
        if open > 0 {
            out.push((false, rest[..open].to_string()));
        }
        out.push((true, rest[open + 1..close].to_string()));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        out.push((false, rest.to_string()));
    }
    Some(out)
}

fn entry(en: &str, fr: &str) -> Option<Entry> {
    let mut holes = Vec::new();
    let en = pieces(en)?
        .into_iter()
        .map(|(hole, s)| {
            if hole {
                let h = Hole::named(&s)?;
                holes.push(h);
                Some(Piece::Hole(h))
            } else {
                Some(Piece::Text(s))
            }
        })
        .collect::<Option<Vec<_>>>()?;
    let mut next = 0;
    let fr = pieces(fr)?
        .into_iter()
        .map(|(hole, s)| {
            if !hole {
                return Some(Out::Text(s));
            }
            let i = if s.is_empty() {
                next += 1;
                next - 1
            } else {
                s.parse::<usize>().ok()?.checked_sub(1)?
            };
            (i < holes.len()).then_some(Out::Hole(i))
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Entry { en, fr, holes })
}

/// The table's templates and the closed lists' parse errors, parsed once.
fn entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        let vocabulary = VOCABULARY.iter().map(|(what, fr)| {
            (format!("'{{}}' is not {} {what}; use one of {{}}", crate::vocab::article(what)), format!("«\u{a0}{{}}\u{a0}» n'est pas {fr}\u{a0}; valeurs possibles\u{a0}: {{}}"))
        });
        let table = TABLE.iter().map(|(en, fr)| (en.to_string(), fr.to_string()));
        // The closed lists come before the join, which stays last.
        let (join, table): (Vec<_>, Vec<_>) = table.partition(|(en, _)| en == "{+}; {+}");
        table.into_iter().chain(vocabulary).chain(join).filter_map(|(en, fr)| entry(&en, &fr)).collect()
    })
}

/// The French of a text the table has, or `None`.
fn french(text: &str) -> Option<String> {
    entries().iter().find_map(|e| {
        let mut values = Vec::new();
        matches(&e.en, text, &mut values).then(|| fill(e, &values))
    })
}

/// Whether `text` is the template `pieces` with some values in its holes, which are pushed onto `values`. A hole
/// ends where the text that follows it in the template first appears, so that a value cannot swallow the start of
/// a second reason joined to the first ("'x' is not a date; use …; 'y' is not a date; use …"); a phrase hole tries
/// each place in turn and takes only a value the table words.
fn matches<'t>(pieces: &[Piece], text: &'t str, values: &mut Vec<&'t str>) -> bool {
    match pieces.split_first() {
        None => text.is_empty(),
        Some((Piece::Text(t), rest)) => text.strip_prefix(t.as_str()).is_some_and(|after| matches(rest, after, values)),
        Some((Piece::Hole(hole), rest)) => {
            let fits = |value: &str| *hole != Hole::Phrase || french(value).is_some();
            let ends: Vec<usize> = match rest.first() {
                None => vec![text.len()],
                Some(Piece::Text(next)) if *hole == Hole::Phrase => text.match_indices(next.as_str()).map(|(i, _)| i).collect(),
                Some(Piece::Text(next)) => text.find(next.as_str()).into_iter().collect(),
                // Two holes side by side would be ambiguous; the tests keep the table free of them.
                Some(Piece::Hole(_)) => return false,
            };
            for end in ends {
                let value = &text[..end];
                if !fits(value) {
                    continue;
                }
                values.push(value);
                if matches(rest, &text[end..], values) {
                    return true;
                }
                values.pop();
            }
            false
        }
    }
}

fn fill(e: &Entry, values: &[&str]) -> String {
    e.fr.iter()
        .map(|o| match o {
            Out::Text(t) => t.clone(),
            Out::Hole(i) => carried(e.holes[*i], values[*i]),
        })
        .collect()
}

/// One hole's value as the French sentence holds it.
fn carried(hole: Hole, value: &str) -> String {
    let kept = || value.to_string();
    match hole {
        Hole::Verbatim => kept(),
        Hole::Day => french_day(value).unwrap_or_else(kept),
        Hole::Number => value.replace(',', "").parse::<u64>().map(|n| format_number(n, Lang::Fr)).unwrap_or_else(|_| kept()),
        Hole::Quoted => value.split(", ").map(guillemets).collect::<Vec<_>>().join(", "),
        Hole::Country => crate::country::lookup(value).map(|c| c.name(Lang::Fr).to_string()).unwrap_or_else(kept),
        Hole::Regime => [crate::request::Regime::EuGdpr, crate::request::Regime::UkGdpr, crate::request::Regime::Ccpa]
            .into_iter()
            .find(|r| r.label() == value)
            .map(|r| r.label_in(Lang::Fr).to_string())
            .unwrap_or_else(kept),
        Hole::Outcome => crate::request::Outcome::parse(value).map(|o| lower_first(o.label(Lang::Fr))).unwrap_or_else(|_| kept()),
        Hole::Risk => crate::breach::Risk::parse(value).map(|r| lower_first(r.label(Lang::Fr))).unwrap_or_else(|_| kept()),
        Hole::Nested | Hole::Phrase => french(value).unwrap_or_else(kept),
    }
}

/// 'Narnia' becomes «\u{a0}Narnia\u{a0}»; a value without quotes stays as it is.
fn guillemets(item: &str) -> String {
    match item.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')) {
        Some(inner) => format!("«\u{a0}{inner}\u{a0}»"),
        None => item.to_string(),
    }
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// A date as the core's English texts write it ("Wed 3 Sep 2025", "3 Sep 2025") as French writes it ("mer. 3
/// septembre 2025", "3 septembre 2025").
fn french_day(value: &str) -> Option<String> {
    const DAYS: [&str; 7] = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."];
    if let Ok(d) = NaiveDate::parse_from_str(value, "%a %d %b %Y") {
        return Some(format!("{} {}", DAYS[d.weekday().num_days_from_monday() as usize], format_date(d, Lang::Fr)));
    }
    NaiveDate::parse_from_str(value, "%d %b %Y").ok().map(|d| format_date(d, Lang::Fr))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(en: &str) -> String {
        reason_in(en, Lang::Fr)
    }

    #[test]
    fn every_entry_is_well_formed_and_carries_each_hole_into_french() {
        let all = TABLE.iter().map(|(e, f)| (e.to_string(), f.to_string())).collect::<Vec<_>>();
        assert_eq!(entries().len(), TABLE.len() + VOCABULARY.len(), "an entry failed to parse");
        let mut seen = std::collections::HashSet::new();
        for (en, fr) in &all {
            assert!(seen.insert(en.clone()), "twice in the table: {en}");
            let e = entry(en, fr).unwrap_or_else(|| panic!("malformed: {en} / {fr}"));
            for pair in e.en.windows(2) {
                assert!(!matches!(pair, [Piece::Hole(_), Piece::Hole(_)]), "two holes side by side: {en}");
            }
            for i in 0..e.holes.len() {
                assert!(e.fr.iter().any(|o| matches!(o, Out::Hole(j) if *j == i)), "hole {} of {en:?} is not in the French", i + 1);
            }
        }
    }

    #[test]
    fn french_typography_has_its_non_breaking_spaces() {
        let frs = TABLE.iter().map(|(_, f)| f.to_string()).chain(VOCABULARY.iter().map(|(_, f)| f.to_string()));
        for fr in frs {
            let chars: Vec<char> = fr.chars().collect();
            for (i, c) in chars.iter().enumerate() {
                let next = chars.get(i + 1).copied();
                let before = i.checked_sub(1).map(|j| chars[j]);
                // A colon in a time or an address ("10:00", "https://") is not punctuation.
                if matches!(c, ':' | ';' | '?' | '!') && next.is_none_or(|n| n == ' ') {
                    assert_eq!(before, Some('\u{a0}'), "no non-breaking space before {c:?} in {fr:?}");
                }
                if *c == '«' {
                    assert_eq!(next, Some('\u{a0}'), "no non-breaking space after « in {fr:?}");
                }
                if *c == '»' {
                    assert_eq!(before, Some('\u{a0}'), "no non-breaking space before » in {fr:?}");
                }
            }
            assert!(!fr.contains(" :") && !fr.contains(" ;"), "an ordinary space before punctuation in {fr:?}");
        }
    }

    #[test]
    fn a_reason_read_after_the_label_starts_with_the_french_verb() {
        // "cannot open the database …" is a store's message, a sentence of its own.
        let after_label = |s: &str| {
            ["is ", "are ", "must ", "cannot ", "contains ", "has ", "applies ", "apply "].iter().any(|v| s.starts_with(v)) && !s.starts_with("cannot open")
        };
        let french_verb = |s: &str| ["est ", "sont ", "doit ", "doivent ", "ne ", "n'", "contient ", "compte "].iter().any(|v| s.starts_with(v));
        for (en, fr) in TABLE {
            assert_eq!(after_label(en), french_verb(fr), "{en:?} / {fr:?}");
        }
    }

    #[test]
    fn templates_with_holes_are_worded_in_french() {
        let cases = [
            ("is required: an e-mail address", "est obligatoire\u{a0}: une adresse de courriel"),
            (
                "'Narnia' is not a country we know (use an ISO code such as FR, US, GB or the English or French name)",
                "«\u{a0}Narnia\u{a0}» n'est pas un pays que nous connaissons (utilisez un code ISO tel que FR, US, GB ou le nom français ou anglais)",
            ),
            ("is too long (12000 characters; at most 10000)", "est d'une longueur excessive (12\u{a0}000 caractères\u{a0}; 10\u{a0}000 au plus)"),
            ("is too long (at most 20,000 characters)", "est d'une longueur excessive (20\u{a0}000 caractères au plus)"),
            (
                "extension notice on Wed 3 Sep 2025 is too late: the requester had to be told by Fri 3 Oct 2025, the end of the first period",
                "l'information de prolongation du mer. 3 septembre 2025 est trop tardive\u{a0}: le demandeur devait être informé au plus tard le ven. 3 octobre 2025, fin du premier délai",
            ),
            ("2030-01-01 is in the future (today is 2026-11-23)", "2030-01-01 est dans le futur (nous sommes le 2026-11-23)"),
            ("'fly', 'swim' are not a right; use access, erasure", "«\u{a0}fly\u{a0}», «\u{a0}swim\u{a0}» ne sont pas des droits\u{a0}; utilisez access, erasure"),
            ("'know' is not a right under UK GDPR", "«\u{a0}know\u{a0}» n'est pas un droit prévu par le RGPD britannique (UK GDPR)"),
            (
                "the request is already closed (refused on 2026-03-01); a closed request cannot change",
                "la demande est déjà clôturée (refusée le 2026-03-01)\u{a0}; une demande clôturée ne peut plus changer",
            ),
            ("'x' is not a breach nature; use one of confidentiality, integrity", "«\u{a0}x\u{a0}» n'est pas une nature de violation\u{a0}; valeurs possibles\u{a0}: confidentiality, integrity"),
            (
                "transfer 2: United States is in the EEA, so sending data there is not a transfer",
                "transfert 2\u{a0}: États-Unis fait partie de l'EEE, y envoyer des données n'est donc pas un transfert",
            ),
            ("transfer 1: country is required (an ISO code such as FR or a name such as France)", "transfert 1\u{a0}: le pays est obligatoire (un code ISO tel que FR ou un nom tel que France)"),
            (
                "the recorded extension would no longer be valid: extension notice on Mon 1 Sep 2025 is before the clock started on Wed 3 Sep 2025",
                "la prolongation enregistrée ne serait plus valable\u{a0}: l'information de prolongation du lun. 1er septembre 2025 est antérieure au début du délai, le mer. 3 septembre 2025",
            ),
            (
                "'2026-13-01' is not a date; use YYYY-MM-DD, for example 2026-03-31; 'x' is not a date; use YYYY-MM-DD, for example 2026-03-31",
                "«\u{a0}2026-13-01\u{a0}» n'est pas une date\u{a0}; utilisez AAAA-MM-JJ, par exemple 2026-03-31\u{a0}; «\u{a0}x\u{a0}» n'est pas une date\u{a0}; utilisez AAAA-MM-JJ, par exemple 2026-03-31",
            ),
            (
                "breach #4 cannot be closed yet; missing: the risk assessment (`breach assess`); telling the controller Acme",
                "la violation n°\u{a0}4 ne peut pas encore être clôturée\u{a0}; il manque\u{a0}: l'évaluation du risque (`breach assess`)\u{a0}; l'information du responsable de traitement Acme",
            ),
            ("request #12 does not exist", "la demande n°\u{a0}12 n'existe pas"),
            ("unknown language \"de\": expected \"en\" or \"fr\"", "langue inconnue «\u{a0}de\u{a0}»\u{a0}; utilisez «\u{a0}en\u{a0}» ou «\u{a0}fr\u{a0}»"),
        ];
        for (en, expected) in cases {
            assert_eq!(fr(en), expected, "{en}");
        }
    }

    #[test]
    fn english_is_unchanged_and_an_unknown_text_is_kept_as_it_is() {
        assert_eq!(reason_in("is required: an e-mail address", Lang::En), "is required: an e-mail address");
        assert_eq!(fr("something the table does not know"), "something the table does not know");
        // A phrase the table does not have leaves the whole reason in English rather than half translated.
        assert_eq!(fr("is required: a phrase nobody wrote"), "is required: a phrase nobody wrote");
        // A reason inside a reason that the table does not have is kept, its frame worded.
        assert_eq!(fr("line 3: CSV error: record 2"), "ligne 3\u{a0}: CSV error: record 2");
    }

    #[test]
    fn the_reasons_of_empty_and_bad_forms_all_have_a_french_wording() {
        let mut reasons: Vec<String> = Vec::new();
        let mut collect = |r: Result<(), crate::Invalid>| reasons.extend(r.unwrap_err().errors.into_iter().map(|f| f.reason));
        collect(crate::org::OrgDraft::default().validate().map(drop));
        let bad_org = crate::org::OrgDraft {
            country: "Narnia".into(),
            authority: "x".into(),
            contact_email: "nobody".into(),
            headcount: "many".into(),
            timezone: "Mars/Olympus".into(),
            lang: "de".into(),
            window_lang: "de".into(),
            calendar: "moon".into(),
            notice_minor_days: "999".into(),
            processor_notice_hours: "0".into(),
            request_retention_years: "99".into(),
            role: "boss".into(),
            ico_fee_tier: "9".into(),
            ico_registration: "123".into(),
            extra_holidays: vec!["2026-13-01, someday".into()],
            ..Default::default()
        };
        collect(bad_org.validate().map(drop));
        collect(crate::subprocessor::SubprocessorDraft::default().validate().map(drop));
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        collect(crate::request::RequestDraft::default().validate(crate::request::Regime::EuGdpr, today).map(drop));
        let bad_request = crate::request::RequestDraft { requester: "X".into(), rights: vec!["fly".into()], received_on: "2030-01-01".into(), ..Default::default() };
        collect(bad_request.validate(crate::request::Regime::EuGdpr, today).map(drop));
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-23T10:00:00Z").unwrap().with_timezone(&chrono::Utc);
        collect(crate::breach::BreachDraft::default().validate(now).map(drop));
        let bad_breach = crate::breach::BreachDraft { title: "t".into(), aware_at: "soon".into(), people_count: "-5".into(), role: "processor".into(), ..Default::default() };
        collect(bad_breach.validate(now).map(drop));
        collect(crate::policy::PolicyDraft::default().validate().map(drop));
        collect(crate::activity::ActivityDraft::default().validate().map(drop));
        assert!(reasons.len() > 20, "{reasons:?}");
        for r in &reasons {
            assert_ne!(&fr(r), r, "no French for {r:?}");
        }
    }

    #[test]
    fn every_closed_list_has_its_name_in_french() {
        let errors = [
            crate::breach::Nature::parse("zz").map(drop),
            crate::breach::Risk::parse("zz").map(drop),
            crate::request::Right::parse("zz").map(drop),
            crate::subprocessor::Category::parse("zz").map(drop),
            crate::activity::LawfulBasis::parse("zz").map(drop),
            crate::policy::ChangeClass::parse("zz").map(drop),
            crate::request::Step::parse("zz").map(drop),
        ];
        for e in errors {
            let e = e.unwrap_err();
            assert!(fr(&e).starts_with("«\u{a0}zz\u{a0}» n'est pas "), "{e}");
        }
    }
}
