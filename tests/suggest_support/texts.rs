//! Random texts for the suggestion property tests: pieces that exercise the cues
//! (attribution, hedges, sources in Korean) and offsets (emoji, a combining accent,
//! curly quotes, CRLF), joined in any order.

use proptest::prelude::*;

/// The pieces texts are made of.
pub const PIECES: &[&str] = &[
    "According to NK News, ",
    "KCNA said ",
    "조선중앙통신 said ",
    "the missile may fly ",
    "600 km ",
    "on Tuesday",
    ". ",
    ", ",
    "\r\n",
    "\n\n",
    "👋🏽 ",
    "🎆",
    "“new” ",
    "e\u{301} ",
    "is believed to be ",
    "North Korea fired two missiles",
    "Yonhap reported that ",
    "평양 ",
    "analysts said",
    "could ",
    "May ",
];

/// A text of 1 to 39 pieces.
pub fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(0..PIECES.len(), 1..40)
        .prop_map(|ix| ix.into_iter().map(|i| PIECES[i]).collect())
}
