//! Measurements and colours of the document view, derived from the theme and the
//! requested text size.

use egui::{Color32, FontId, Stroke};

/// Widest text column, in points: a comfortable reading measure.
pub const MAX_COLUMN_WIDTH: f32 = 760.0;
/// Horizontal margin on each side of the column, in points.
pub const SIDE_MARGIN: f32 = 16.0;
/// Line height as a multiple of the font size: room for underline lanes.
pub const LINE_HEIGHT_FACTOR: f32 = 1.75;
/// Extra space after each paragraph, as a multiple of the font size.
pub const PARAGRAPH_GAP_FACTOR: f32 = 0.35;
/// Underline lanes drawn before deeper overlaps share the last lane (four 2–3 pt
/// lanes fit under a line; the tooltip and click cycling list every annotation).
pub const MAX_LANES: usize = 4;

/// Everything the view needs to lay out and paint one frame.
#[derive(Debug, Clone)]
pub struct ViewStyle {
    /// The article font.
    pub font: FontId,
    /// Distance between two lines of text.
    pub line_height: f32,
    /// Space after each paragraph.
    pub paragraph_gap: f32,
    /// Text colour.
    pub text: Color32,
    /// Dark theme?
    pub dark: bool,
    /// Background of the current text selection.
    pub selection: Color32,
    /// Background of a find match.
    pub find: Color32,
    /// Background of the current find match.
    pub find_current: Color32,
    /// Outline of the current find match.
    pub find_current_stroke: Stroke,
    /// Underline thickness.
    pub lane_width: f32,
    /// Distance between two underline lanes.
    pub lane_gap: f32,
}

impl ViewStyle {
    /// The style for `font_size` in the theme of `visuals` (`dark` picks the label
    /// colour variants).
    pub fn new(visuals: &egui::Visuals, font_size: f32, dark: bool) -> Self {
        let font_size = font_size.clamp(6.0, 72.0);
        let selection = visuals
            .selection
            .bg_fill
            .gamma_multiply(if dark { 0.8 } else { 0.7 });
        ViewStyle {
            font: FontId::proportional(font_size),
            line_height: (font_size * LINE_HEIGHT_FACTOR).round(),
            paragraph_gap: (font_size * PARAGRAPH_GAP_FACTOR).round(),
            // Body text a little stronger than egui's label grey, for long reading.
            text: visuals
                .text_color()
                .lerp_to_gamma(visuals.strong_text_color(), 0.6),
            dark,
            selection,
            // Magenta: a hue no default label uses (blue, orange, green), so a match
            // never reads as a Speculation tag; stronger in the dark theme.
            find: if dark {
                Color32::from_rgba_unmultiplied(235, 90, 220, 80)
            } else {
                Color32::from_rgba_unmultiplied(215, 40, 190, 60)
            },
            find_current: if dark {
                Color32::from_rgba_unmultiplied(245, 110, 235, 165)
            } else {
                Color32::from_rgba_unmultiplied(215, 30, 185, 130)
            },
            find_current_stroke: Stroke::new(
                1.5,
                if dark {
                    Color32::from_rgb(255, 150, 245)
                } else {
                    Color32::from_rgb(170, 0, 150)
                },
            ),
            lane_width: (font_size / 7.0).clamp(2.0, 3.0),
            // One point of air between two lanes.
            lane_gap: (font_size / 7.0).clamp(2.0, 3.0) + 1.0,
        }
    }

    /// Translucent background for a label colour, readable in both themes.
    pub fn label_fill(&self, rgb: [u8; 3]) -> Color32 {
        let [r, g, b] = rgb;
        Color32::from_rgba_unmultiplied(r, g, b, if self.dark { 105 } else { 70 })
    }

    /// Solid line colour for a label (underlines, outline): lightened in the dark
    /// theme so that dark label colours stay visible on a dark background.
    pub fn label_line(&self, rgb: [u8; 3]) -> Color32 {
        let [r, g, b] = rgb;
        if self.dark {
            let up = |c: u8| c + (255 - c) / 3;
            Color32::from_rgb(up(r), up(g), up(b))
        } else {
            Color32::from_rgb(r, g, b)
        }
    }

    /// Rough width of an average char, to estimate paragraphs not yet laid out.
    pub fn estimated_char_width(&self) -> f32 {
        self.font.size * 0.5
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dark_theme_lightens_lines_and_strengthens_fills() {
        let light = ViewStyle::new(&egui::Visuals::light(), 16.0, false);
        let dark = ViewStyle::new(&egui::Visuals::dark(), 16.0, true);
        let blue = [0x4e, 0x79, 0xa7];
        assert_eq!(light.label_line(blue), Color32::from_rgb(0x4e, 0x79, 0xa7));
        assert!(dark.label_line(blue).r() > 0x4e);
        assert!(dark.label_fill(blue).a() > light.label_fill(blue).a());
        assert!(light.line_height > 16.0 * 1.5);
    }
}
