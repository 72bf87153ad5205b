//! One keyword-in-context row of the search panel: the document's title and date,
//! the context before the hit, the hit itself highlighted (the colour of the first
//! label annotated there, else a marker yellow, in the strong text colour), the
//! context after it, and the labels there. The rows drawn in the last frame are
//! kept ([`ShownRow`]) so that tests can read what was highlighted.

use std::ops::Range;

use egui::text::{LayoutJob, TextFormat};

use crate::model::Project;
use crate::search::{CONTEXT_CHARS, CorpusIndex, Hit, KeywordInContext};

/// A row as drawn: its hit, its whole text and the chars of that text shown
/// highlighted (the hit's own chars, line breaks shown as `⏎`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownRow {
    /// The hit of the row.
    pub hit: Hit,
    /// The row's text, as one line.
    pub text: String,
    /// The highlighted chars of `text` (char positions, end exclusive).
    pub highlight: Range<usize>,
}

impl ShownRow {
    /// The highlighted part of the row's text.
    pub fn highlighted(&self) -> String {
        (self.text.chars())
            .skip(self.highlight.start)
            .take(self.highlight.len())
            .collect()
    }
}

/// The row of `hit` (`None` when its document is gone): what to draw and what it
/// shows. The title is cut to 40 chars.
pub(super) fn kwic_row(
    ui: &egui::Ui,
    project: &Project,
    index: &CorpusIndex,
    hit: Hit,
) -> Option<(LayoutJob, ShownRow)> {
    let doc = project.documents.get(hit.doc)?;
    let kwic = KeywordInContext::of(doc, hit.start, hit.end, CONTEXT_CHARS);
    let labels = index.labels_at(project, hit.doc, hit.start, hit.end);
    let date = doc.meta.date.as_deref().map(|d| d.get(..10).unwrap_or(d));
    let prefix = format!(
        "{} · {} · ",
        super::super::actions::elide(&doc.title, 40),
        date.unwrap_or("no date")
    );
    let suffix = if labels.is_empty() {
        String::new()
    } else {
        format!("  [{}]", labels.join(", "))
    };
    let font = egui::TextStyle::Button.resolve(ui.style());
    let visuals = ui.visuals();
    let plain = TextFormat::simple(font, visuals.text_color());
    let background = labels
        .first()
        .map_or(egui::Color32::from_rgb(250, 214, 90), |l| {
            super::super::theme::label_color(&project.schema, l)
        });
    let marked = TextFormat {
        background: background.gamma_multiply(0.55),
        color: visuals.strong_text_color(),
        ..plain.clone()
    };
    let mut job = LayoutJob::default();
    for (part, format) in [
        (prefix.as_str(), &plain),
        (&kwic.before, &plain),
        (&kwic.text, &marked),
        (&kwic.after, &plain),
        (&suffix, &plain),
    ] {
        job.append(part, 0.0, format.clone());
    }
    let start = prefix.chars().count() + kwic.before.chars().count();
    let row = ShownRow {
        hit,
        text: job.text.clone(),
        highlight: start..start + kwic.text.chars().count(),
    };
    Some((job, row))
}
