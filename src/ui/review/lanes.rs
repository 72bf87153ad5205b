//! One lane per annotator: the whole document as a strip, each annotator's spans in
//! their label's colour, so every annotator's coverage is visible at a glance.
//! A click on a lane shows that place of the document.

use egui::{Color32, Rect, Role, Sense, WidgetInfo, pos2, vec2};

use super::{ReviewAction, ReviewView};

/// Height of one lane.
const LANE_HEIGHT: f32 = 10.0;

/// Draws the lanes of every annotator of the current document.
pub(super) fn show(view: &ReviewView, ui: &mut egui::Ui, actions: &mut Vec<ReviewAction>) {
    let (Some(session), Some(doc_id)) = (&view.session, &view.doc) else {
        return;
    };
    let Some(doc) = session.corpus().document(doc_id) else {
        return;
    };
    let len = doc.document.char_len().max(1) as f32;
    let schema = &session.corpus().schema;
    egui::Grid::new("review-lanes")
        .num_columns(2)
        .show(ui, |ui| {
            for who in &doc.annotators {
                let mark = if *who == view.a {
                    " (A)"
                } else if *who == view.b {
                    " (B)"
                } else {
                    ""
                };
                ui.label(format!("{who}{mark}"));
                let width = ui.available_width().max(120.0);
                let (rect, response) =
                    ui.allocate_exact_size(vec2(width, LANE_HEIGHT), Sense::click());
                response.widget_info(|| {
                    WidgetInfo::labeled(Role::Label, true, format!("Lane of {who}"))
                });
                let painter = ui.painter();
                painter.rect_filled(rect, 2.0, ui.visuals().extreme_bg_color);
                for a in doc.annotations_by(who) {
                    let [r, g, b] = schema.rgb(&a.label);
                    let x0 = rect.left() + rect.width() * a.start as f32 / len;
                    let x1 = (rect.left() + rect.width() * a.end as f32 / len).max(x0 + 1.5);
                    let span = Rect::from_min_max(pos2(x0, rect.top()), pos2(x1, rect.bottom()));
                    painter.rect_filled(span, 1.0, Color32::from_rgb(r, g, b));
                }
                if response.clicked()
                    && let Some(pos) = response.interact_pointer_pos()
                {
                    let share = ((pos.x - rect.left()) / rect.width()).clamp(0.0, 1.0);
                    let at = ((share * len) as usize).min(doc.document.char_len());
                    actions.push(ReviewAction::Jump {
                        doc: doc_id.clone(),
                        start: at,
                        end: at,
                    });
                }
                ui.end_row();
            }
        });
}
