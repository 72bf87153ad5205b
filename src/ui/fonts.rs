//! Fallback fonts shipped in `assets/fonts/`: a Hangul font (a renamed subset of
//! NanumGothic) and Noto Emoji (monochrome), so that Korean, emoji and flags draw on
//! a machine without such system fonts. Installed as an egui [`FontProvider`] that
//! egui asks only for a character no installed font has: nothing is parsed at
//! start-up, and an article without Korean or emoji never loads them.

use std::sync::Arc;

use egui::{FallbackRequest, FontData, FontInsert, FontProvider};

/// Name under which the Hangul font is installed.
const HANGUL_NAME: &str = "marginalia-hangul";
/// Name under which the emoji font is installed.
const EMOJI_NAME: &str = "marginalia-noto-emoji";

static HANGUL: &[u8] = include_bytes!("../../assets/fonts/MarginaliaHangul-Regular.ttf");
static EMOJI: &[u8] = include_bytes!("../../assets/fonts/NotoEmoji-Regular.ttf");

/// Serves the bundled fonts for characters no installed font has.
#[derive(Debug, Default, Clone, Copy)]
pub struct BundledFonts;

/// True for the scripts the Hangul font covers: Hangul jamo and syllables, CJK
/// punctuation, enclosed CJK, ideographs (the Hanja of Korean text) and full-width
/// forms.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF
            | 0x3000..=0x303F
            | 0x3130..=0x318F
            | 0x3200..=0x32FF
            | 0x4E00..=0x9FFF
            | 0xA960..=0xA97F
            | 0xAC00..=0xD7A3
            | 0xD7B0..=0xD7FF
            | 0xF900..=0xFAFF
            | 0xFF00..=0xFFEF)
}

impl FontProvider for BundledFonts {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let c = request.cluster.chars().next()?;
        let (name, data) = if is_cjk(c) {
            (HANGUL_NAME, HANGUL)
        } else if (c as u32) >= 0x2000 {
            // Symbols, dingbats, emoji, regional indicators: the emoji font (egui
            // checks that it has the glyph before using it).
            (EMOJI_NAME, EMOJI)
        } else {
            return None;
        };
        Some(FontInsert::new(
            name,
            FontData::from_static(data),
            Vec::new(),
        ))
    }
}

/// Installs the bundled fonts as a fallback of every font family of `ctx`.
pub fn install(ctx: &egui::Context) {
    ctx.add_font_provider(Arc::new(BundledFonts));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_and_emoji_go_to_their_font_and_latin_to_none() {
        let family = egui::FontFamily::Proportional;
        let ask = |s: &str| {
            BundledFonts
                .font_for(&FallbackRequest {
                    cluster: s,
                    family: &family,
                })
                .map(|f| f.name)
        };
        assert_eq!(ask("조").as_deref(), Some(HANGUL_NAME));
        assert_eq!(ask("★").as_deref(), Some(EMOJI_NAME));
        assert_eq!(ask("🇰").as_deref(), Some(EMOJI_NAME));
        assert_eq!(ask("👋🏽").as_deref(), Some(EMOJI_NAME));
        assert_eq!(ask("e\u{301}"), None);
    }
}
