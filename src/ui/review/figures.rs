//! The agreement panel: per label and overall, for the document and the whole
//! project, with a small bar per figure.

use egui::{Color32, Sense, vec2};

use super::{Cache, ReviewView};
use crate::review::{Figures, PairAgreement};

/// Draws the agreement figures of `view`'s pair.
pub(super) fn show(view: &ReviewView, ui: &mut egui::Ui, cache: Option<&Cache>) {
    let Some(cache) = cache else { return };
    ui.strong(format!("Agreement: {} vs {}", view.a, view.b));
    if let Some(w) = view.session.as_ref().and_then(|s| s.conflict_warning()) {
        ui.colored_label(ui.visuals().warn_fg_color, w);
    }
    let scopes = [
        ("This document", cache.doc_figures.as_ref()),
        ("Whole project", cache.all_figures.as_ref()),
    ];
    for (title, figures) in scopes {
        ui.label(title);
        match figures {
            None => {
                ui.weak("These annotators share no document.");
            }
            Some(p) => {
                if p.orphaned > 0 {
                    ui.weak(crate::review::orphans_line(p.orphaned));
                }
                // Scrolled sideways when the window is narrower than the table.
                egui::ScrollArea::horizontal()
                    .id_salt(("review-figures", title))
                    .show(ui, |ui| grid(ui, title, p));
                if let Some(line) = p.sources.line() {
                    ui.label(line);
                }
            }
        }
    }
}

fn grid(ui: &mut egui::Ui, id: &str, p: &PairAgreement) {
    egui::Grid::new(id).striped(true).show(ui, |ui| {
        for h in ["", "exact F1", "overlap F1", "kappa", "alpha", "spans A/B"] {
            ui.strong(h);
        }
        ui.end_row();
        let rows = p
            .labels
            .iter()
            .map(|(l, f)| (l.as_str(), f))
            .chain([("overall", &p.overall)]);
        for (label, f) in rows {
            row(ui, label, f);
        }
    });
}

fn row(ui: &mut egui::Ui, label: &str, f: &Figures) {
    ui.label(label);
    for v in [f.exact_f1, f.overlap_f1, f.kappa, f.alpha] {
        ui.horizontal(|ui| {
            bar(ui, v);
            ui.monospace(format!("{v:.3}"));
        });
    }
    ui.label(format!("{}/{}", f.a_spans, f.b_spans));
    ui.end_row();
}

/// A 60-point bar filled in proportion to `v` (0 to 1; below 0 shows empty, red).
fn bar(ui: &mut egui::Ui, v: f64) {
    let (rect, _) = ui.allocate_exact_size(vec2(60.0, 10.0), Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, ui.visuals().extreme_bg_color);
    let share = v.clamp(0.0, 1.0) as f32;
    let colour = if v < 0.0 {
        Color32::from_rgb(0xe1, 0x57, 0x59)
    } else {
        Color32::from_rgb(0x4e, 0x79, 0xa7)
    };
    let mut filled = rect;
    filled.set_width(rect.width() * share);
    if v < 0.0 {
        filled.set_width(3.0);
    }
    painter.rect_filled(filled, 2.0, colour);
}
