//! The difference between two versions of a policy, as data the window renders side by side or inline: paragraphs
//! marked added, removed, changed or same, word-level segments inside changed paragraphs, and a summary.
//!
//! The diffing itself is the `similar` crate's (Patience on paragraphs, Myers on words); this module only decides
//! what a paragraph is and which removed and added paragraphs are the same paragraph edited.

use serde::Serialize;
use similar::{capture_diff_slices, Algorithm, ChangeTag, DiffOp, TextDiff};
use ts_rs::TS;

/// How similar (by words, 0 to 1) a removed and an added paragraph must be to count as one paragraph changed
/// rather than one removed and another added. Half the words in common reads as "edited" to a person.
const SAME_PARAGRAPH_RATIO: f32 = 0.5;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphStatus {
    Same,
    Added,
    Removed,
    Changed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    Same,
    Added,
    Removed,
}

/// A run of words with the same fate inside a changed paragraph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Segment {
    pub kind: SegmentKind,
    pub text: String,
}

/// One paragraph of the comparison. `old` is the paragraph in the earlier version, `new` in the later one, as
/// written; for a changed paragraph, `segments` interleave both at word level with white space collapsed (so that
/// re-wrapped lines are not shown as changes), and each side can be rebuilt from them (side by side: same and
/// removed on the left, same and added on the right).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct DiffParagraph {
    pub status: ParagraphStatus,
    pub old: Option<String>,
    pub new: Option<String>,
    pub segments: Vec<Segment>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, TS)]
pub struct DiffSummary {
    #[ts(type = "number")]
    pub added: usize,
    #[ts(type = "number")]
    pub removed: usize,
    #[ts(type = "number")]
    pub changed: usize,
    #[ts(type = "number")]
    pub same: usize,
}

impl DiffSummary {
    /// "3 paragraphs changed, 1 added, 0 removed".
    pub fn text(&self, lang: crate::document::Lang) -> String {
        match lang {
            crate::document::Lang::En => format!(
                "{} paragraph{} changed, {} added, {} removed",
                self.changed,
                if self.changed == 1 { "" } else { "s" },
                self.added,
                self.removed
            ),
            crate::document::Lang::Fr => format!(
                "{} paragraphe{} modifié{}, {} ajouté{}, {} supprimé{}",
                self.changed,
                plural(self.changed),
                plural(self.changed),
                self.added,
                plural(self.added),
                self.removed,
                plural(self.removed)
            ),
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n > 1 {
        "s"
    } else {
        ""
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct PolicyDiff {
    pub paragraphs: Vec<DiffParagraph>,
    pub summary: DiffSummary,
}

/// Paragraphs are blocks of text separated by blank lines (plain text and Markdown agree on this); each is trimmed.
pub fn paragraphs(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (false, None) => {
                start = Some(offset);
                end = offset + line.len();
            }
            (false, Some(_)) => end = offset + line.len(),
            (true, Some(s)) => {
                out.push(text[s..end].trim());
                start = None;
            }
            (true, None) => {}
        }
        offset += line.len();
    }
    if let Some(s) = start {
        out.push(text[s..end].trim());
    }
    out
}

/// Paragraphs are compared with their white space collapsed, so that re-wrapping a paragraph is not a change.
fn key(p: &str) -> String {
    p.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn word_segments(old: &str, new: &str) -> Vec<Segment> {
    let diff = TextDiff::from_words(old, new);
    let mut out: Vec<Segment> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => SegmentKind::Same,
            ChangeTag::Insert => SegmentKind::Added,
            ChangeTag::Delete => SegmentKind::Removed,
        };
        let text = change.value();
        // White space between two changed words belongs to the change; this keeps runs readable
        // ("[-was sold-][+is given+]" rather than alternating one word at a time).
        match out.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(text),
            _ => out.push(Segment { kind, text: text.to_string() }),
        }
    }
    out
}

fn similarity(a: &str, b: &str) -> f32 {
    TextDiff::from_words(a, b).ratio()
}

/// Compares two versions' texts.
pub fn diff(old_text: &str, new_text: &str) -> PolicyDiff {
    let old = paragraphs(old_text);
    let new = paragraphs(new_text);
    let old_keys: Vec<String> = old.iter().map(|p| key(p)).collect();
    let new_keys: Vec<String> = new.iter().map(|p| key(p)).collect();
    let mut out = Vec::new();
    let same = |o: &str, n: &str| DiffParagraph { status: ParagraphStatus::Same, old: Some(o.into()), new: Some(n.into()), segments: Vec::new() };
    let added = |n: &str| DiffParagraph { status: ParagraphStatus::Added, old: None, new: Some(n.into()), segments: Vec::new() };
    let removed = |o: &str| DiffParagraph { status: ParagraphStatus::Removed, old: Some(o.into()), new: None, segments: Vec::new() };
    for op in capture_diff_slices(Algorithm::Patience, &old_keys, &new_keys) {
        match op {
            DiffOp::Equal { old_index, new_index, len } => {
                for i in 0..len {
                    out.push(same(old[old_index + i], new[new_index + i]));
                }
            }
            DiffOp::Delete { old_index, old_len, .. } => out.extend(old[old_index..old_index + old_len].iter().map(|p| removed(p))),
            DiffOp::Insert { new_index, new_len, .. } => out.extend(new[new_index..new_index + new_len].iter().map(|p| added(p))),
            DiffOp::Replace { old_index, old_len, new_index, new_len } => {
                // Pair each old paragraph, in order, with the first later new paragraph that resembles it; new
                // paragraphs skipped over are additions, old ones without a match are removals.
                let mut next_new = new_index;
                let new_end = new_index + new_len;
                for o in old_index..old_index + old_len {
                    let found = (next_new..new_end).find(|&n| similarity(&old_keys[o], &new_keys[n]) >= SAME_PARAGRAPH_RATIO);
                    match found {
                        Some(n) => {
                            out.extend(new[next_new..n].iter().map(|p| added(p)));
                            out.push(DiffParagraph {
                                status: ParagraphStatus::Changed,
                                old: Some(old[o].into()),
                                new: Some(new[n].into()),
                                segments: word_segments(&old_keys[o], &new_keys[n]),
                            });
                            next_new = n + 1;
                        }
                        None => out.push(removed(old[o])),
                    }
                }
                out.extend(new[next_new..new_end].iter().map(|p| added(p)));
            }
        }
    }
    let mut summary = DiffSummary::default();
    for p in &out {
        match p.status {
            ParagraphStatus::Same => summary.same += 1,
            ParagraphStatus::Added => summary.added += 1,
            ParagraphStatus::Removed => summary.removed += 1,
            ParagraphStatus::Changed => summary.changed += 1,
        }
    }
    PolicyDiff { paragraphs: out, summary }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DATAOPS: &str = include_str!("../../tests/fixtures/policies/dataops-privacy-policy-2022.txt");

    /// A second version of the DataOps policy: one paragraph edited, one removed, one added, one re-wrapped.
    fn edited() -> String {
        let text = DATAOPS
            .replace(
                "We are committed to protecting and respecting your privacy.",
                "We are firmly committed to protecting and respecting your privacy.",
            )
            .replace("Please read the following carefully to understand our views and practices regarding your personal data and how we will treat it.\n\n", "");
        let text = text.replacen(
            "Data Controller\n\nDataOps Software Limited",
            "Data Controller\n\nWe now use an analytics provider to measure how the app is used.\n\nDataOps Software Limited",
            1,
        );
        // Re-wrapping a paragraph over two lines changes nothing a reader sees.
        text.replace("We are firmly committed to protecting and respecting", "We are firmly committed to\nprotecting and respecting")
    }

    #[test]
    fn the_real_policy_compares_equal_to_itself() {
        let d = diff(DATAOPS, DATAOPS);
        assert_eq!(d.summary, DiffSummary { added: 0, removed: 0, changed: 0, same: paragraphs(DATAOPS).len() });
        assert!(d.summary.same > 80, "{:?}", d.summary);
    }

    #[test]
    fn edits_to_the_real_policy_are_summarised_by_paragraph() {
        let new = edited();
        let d = diff(DATAOPS, &new);
        assert_eq!((d.summary.changed, d.summary.added, d.summary.removed), (1, 1, 1), "{:?}", d.summary);
        assert_eq!(d.summary.same, paragraphs(DATAOPS).len() - 2);
        let changed = d.paragraphs.iter().find(|p| p.status == ParagraphStatus::Changed).unwrap();
        let kinds: Vec<_> = changed.segments.iter().map(|s| (s.kind, s.text.trim())).filter(|(k, _)| *k != SegmentKind::Same).collect();
        assert_eq!(kinds, [(SegmentKind::Added, "firmly")]);
        let rebuilt_new: String = changed.segments.iter().filter(|s| s.kind != SegmentKind::Removed).map(|s| s.text.as_str()).collect();
        assert_eq!(rebuilt_new, key(changed.new.as_deref().unwrap()), "segments hold the new text with its white space collapsed");
        let added = d.paragraphs.iter().find(|p| p.status == ParagraphStatus::Added).unwrap();
        assert_eq!(added.new.as_deref(), Some("We now use an analytics provider to measure how the app is used."));
        let removed = d.paragraphs.iter().find(|p| p.status == ParagraphStatus::Removed).unwrap();
        assert!(removed.old.as_deref().unwrap().starts_with("Please read the following carefully"));
        // The order of the paragraphs follows the documents.
        assert_eq!(d.paragraphs[0].status, ParagraphStatus::Same);
        assert_eq!(d.summary.text(crate::document::Lang::En), "1 paragraph changed, 1 added, 1 removed");
        assert_eq!(d.summary.text(crate::document::Lang::Fr), "1 paragraphe modifié, 1 ajouté, 1 supprimé");
    }

    #[test]
    fn a_rewritten_paragraph_is_removed_and_added_not_changed() {
        let check = |old: &str, new: &str, expected: &[ParagraphStatus]| {
            let got: Vec<_> = diff(old, new).paragraphs.iter().map(|p| p.status).collect();
            assert_eq!(got, expected, "{old:?} -> {new:?}");
        };
        use ParagraphStatus::*;
        check("A b c d.\n\nKeep.", "Entirely different words here.\n\nKeep.", &[Removed, Added, Same]);
        check("One two three four.\n\nKeep.", "One two three five.\n\nKeep.", &[Changed, Same]);
        check("", "First.\n\nSecond.", &[Added, Added]);
        check("First.\n\n\n\nSecond.", "", &[Removed, Removed]);
        check("Same.", "  Same.  ", &[Same]);
    }

    #[test]
    fn paragraphs_are_separated_by_blank_lines() {
        assert_eq!(paragraphs("a\nb\n\n  \n c \n"), vec!["a\nb", "c"]);
        assert!(paragraphs("\n\n").is_empty());
    }
}
