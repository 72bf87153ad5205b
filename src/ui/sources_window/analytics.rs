//! The Analytics window (issue 13): per source, the claims and speculation linked
//! to its attributions, its attributions without a link and the share of
//! speculation — by source alone, or by outlet, month or document (the library's
//! `source_report`, the same figures as `marginalia sources`) — a bar chart per
//! source stacked by label, a timeline per month (egui_plot), "Export CSV" to a
//! typed path, and a click on a bar filters the annotation list to that source.

use egui_plot::{Bar, BarChart, Legend, Line, Plot, PlotPoints};

use super::SourcesCommand;
use crate::analytics::{Grouping, MonthSeries, SourceBars, SourceReport, source_report};
use crate::ui::command::UiCommand;
use crate::ui::state::PanelContext;

/// Bars shown at most (the sources with the most linked content).
const MAX_BARS: usize = 20;
/// Lines of the timeline at most.
const MAX_LINES: usize = 6;

/// The Analytics window's own state: the grouping, the figures as of a
/// generation (counted once per change, not per frame) and the CSV path typed.
#[derive(Debug, Default)]
pub struct AnalyticsWindow {
    /// Shown?
    pub open: bool,
    /// Rows split by this besides the source.
    by: Option<Grouping>,
    /// (generation, grouping) → the report, the bars, the timeline.
    cached: Option<(u64, Option<Grouping>, Figures)>,
    /// Where "Export CSV" writes.
    pub csv_path: String,
}

#[derive(Debug, Clone, Default)]
struct Figures {
    report: SourceReport,
    bars: SourceBars,
    timeline: MonthSeries,
}

impl AnalyticsWindow {
    fn figures(&mut self, cx: &PanelContext) -> &Figures {
        let generation = cx.state.editor.generation();
        let by = self.by;
        if !self
            .cached
            .as_ref()
            .is_some_and(|(g, b, _)| *g == generation && *b == by)
        {
            let project = cx.state.editor.project();
            let report = source_report(project, by);
            let bars = SourceBars::of(&report, MAX_BARS);
            let timeline =
                MonthSeries::of(&source_report(project, Some(Grouping::Month)), MAX_LINES);
            self.cached = Some((
                generation,
                by,
                Figures {
                    report,
                    bars,
                    timeline,
                },
            ));
        }
        &self.cached.get_or_insert_with(Default::default).2
    }
}

/// Draws the Analytics window when it is open.
pub(crate) fn show_analytics(
    cx: &mut PanelContext,
    own: &mut AnalyticsWindow,
    ctx: &egui::Context,
) {
    if !own.open {
        return;
    }
    let figures = own.figures(cx).clone();
    let mut open = true;
    let mut clicked_source = None;
    let mut export = None;
    let mut browse = false;
    egui::Window::new("Source analytics")
        .open(&mut open)
        .default_size([640.0, 620.0])
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.label("Rows by:");
                for (by, name) in [
                    (None, "source"),
                    (Some(Grouping::Outlet), "outlet"),
                    (Some(Grouping::Month), "month"),
                    (Some(Grouping::Document), "document"),
                ] {
                    ui.selectable_value(&mut own.by, by, name);
                }
            });
            let r = &figures.report;
            ui.weak(format!(
                "Not linked to any attribution: {} claims, {} speculation",
                r.unattributed_claims, r.unattributed_speculation
            ));
            clicked_source = bar_chart(ui, &figures.bars);
            timeline(ui, &figures.timeline);
            table(ui, r);
            ui.separator();
            ui.horizontal(|ui| {
                let l = ui.label("CSV file");
                ui.add(
                    egui::TextEdit::singleline(&mut own.csv_path)
                        .hint_text("/path/to/sources.csv")
                        .desired_width(300.0),
                )
                .labelled_by(l.id);
                if ui
                    .button("Browse…")
                    .on_hover_text("Choose the file in the system dialog")
                    .clicked()
                {
                    browse = true;
                }
                let ok = !own.csv_path.trim().is_empty();
                if ui
                    .add_enabled(ok, egui::Button::new("Export CSV"))
                    .clicked()
                {
                    export = Some(own.csv_path.trim().to_string());
                }
            });
        });
    own.open = open;
    if let Some(source) = clicked_source {
        cx.push(UiCommand::Sources(SourcesCommand::FilterAttributedTo(
            Some(source),
        )));
    }
    if browse {
        cx.push(UiCommand::Sources(SourcesCommand::BrowseReportFile));
    }
    if let Some(path) = export {
        cx.push(UiCommand::Sources(SourcesCommand::ExportReport {
            path: path.into(),
            by: own.by,
        }));
    }
}

/// Bars per source stacked by label; returns the source whose bar was clicked.
fn bar_chart(ui: &mut egui::Ui, bars: &SourceBars) -> Option<String> {
    ui.label(egui::RichText::new("Linked content per source").strong());
    if bars.sources.is_empty() {
        ui.weak("No attributions yet.");
        return None;
    }
    let series = |name: &str, values: &[usize], color: egui::Color32| {
        let list = values
            .iter()
            .enumerate()
            .map(|(i, &v)| {
                Bar::new(i as f64, v as f64)
                    .width(0.7)
                    .name(&bars.sources[i])
            })
            .collect();
        BarChart::new(name, list).color(color)
    };
    let claims = series(
        "claims",
        &bars.claims,
        egui::Color32::from_rgb(0x4e, 0x79, 0xa7),
    );
    let speculation = series(
        "speculation",
        &bars.speculation,
        egui::Color32::from_rgb(0xf2, 0x8e, 0x2b),
    )
    .stack_on(&[&claims]);
    let other =
        series("other", &bars.other, egui::Color32::GRAY).stack_on(&[&claims, &speculation]);
    let unlinked = series(
        "attributions without a link",
        &bars.unlinked,
        egui::Color32::from_rgb(0xe1, 0x57, 0x59),
    )
    .stack_on(&[&claims, &speculation, &other]);
    let names = bars.sources.clone();
    let response = Plot::new("source_bars")
        .height(200.0)
        .legend(Legend::default())
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .x_axis_formatter(move |mark, _| axis_name(&names, mark.value))
        .show(ui, |plot| {
            plot.bar_chart(claims);
            plot.bar_chart(speculation);
            plot.bar_chart(other);
            plot.bar_chart(unlinked);
            plot.pointer_coordinate()
        });
    response
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, "Source bar chart"));
    let at = response.inner?;
    if !response.response.clicked() {
        return None;
    }
    let i = at.x.round();
    (i >= 0.0 && (at.x - i).abs() <= 0.35)
        .then(|| bars.sources.get(i as usize).cloned())
        .flatten()
}

/// The name of the bar at `x` when `x` is a whole number, else nothing.
fn axis_name(names: &[String], x: f64) -> String {
    if x < 0.0 || x.fract() != 0.0 {
        return String::new();
    }
    names
        .get(x as usize)
        .map(|n| crate::ui::actions::elide(n, 14))
        .unwrap_or_default()
}

/// One line per source over the months.
fn timeline(ui: &mut egui::Ui, t: &MonthSeries) {
    ui.label(egui::RichText::new("Linked content per month").strong());
    if t.months.is_empty() {
        ui.weak("No dated documents with attributions yet.");
        return;
    }
    let months = t.months.clone();
    Plot::new("source_timeline")
        .height(160.0)
        .legend(Legend::default())
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .x_axis_formatter(move |mark, _| axis_name(&months, mark.value))
        .show(ui, |plot| {
            for (source, counts) in &t.sources {
                let points: Vec<[f64; 2]> = counts
                    .iter()
                    .enumerate()
                    .map(|(i, &c)| [i as f64, c as f64])
                    .collect();
                plot.line(Line::new(source.clone(), PlotPoints::from(points)));
            }
        });
}

/// The report's rows.
fn table(ui: &mut egui::Ui, r: &SourceReport) {
    egui::ScrollArea::vertical()
        .id_salt("source_table")
        .max_height(180.0)
        .show(ui, |ui| {
            egui::Grid::new("source_rows").striped(true).show(ui, |ui| {
                if r.by.is_some() {
                    ui.strong("group");
                }
                for h in [
                    "source",
                    "kind",
                    "attributions",
                    "unlinked",
                    "claims",
                    "speculation",
                    "share",
                ] {
                    ui.strong(h);
                }
                ui.end_row();
                for row in &r.sources {
                    if let Some(g) = &row.group {
                        ui.label(g);
                    }
                    ui.label(&row.source);
                    ui.label(&row.kind);
                    for n in [
                        row.attributions,
                        row.unlinked_attributions,
                        row.claims,
                        row.speculation,
                    ] {
                        ui.label(n.to_string());
                    }
                    ui.label(
                        row.speculation_share
                            .map(|s| format!("{:.0}%", s * 100.0))
                            .unwrap_or_default(),
                    );
                    ui.end_row();
                }
            });
        });
}
