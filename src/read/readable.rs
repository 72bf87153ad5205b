//! The article of a saved web page without its menus, comments, related links and
//! footers, found by `dom_smoothie` (a port of Mozilla's Readability, the reader
//! view of Firefox: it scores the page's blocks by their text and link density).
//! [`super::html::html_to_text`] lays out what it keeps with its own walk, so the
//! text reads the same as before, only without the chrome.
//!
//! The crate shares its HTML parser (html5ever) with `scraper`; it makes no network
//! requests.

/// Pages with less readable text than this (in chars) are taken whole: a short page
/// is all article, and the extractor is least sure on little text.
pub const READABLE_MIN_CHARS: usize = 500;

/// The extractor's article is used when it keeps at least this share of the page's
/// text (a smaller one is more likely a wrong pick than chrome removed).
const MIN_SHARE: f64 = 0.3;

/// The HTML of the page's article as the extractor finds it, or `None` when it
/// finds none (or fails in any way).
pub fn readable_article(html: &str) -> Option<String> {
    let run = || {
        let mut reader = dom_smoothie::Readability::new(html, None, None).ok()?;
        let article = reader.parse().ok()?;
        Some(article.content.to_string())
    };
    // A failure inside the extractor leaves the page to the plain walk.
    std::panic::catch_unwind(run).ok().flatten()
}

/// True when `article` (the extractor's text) is worth using instead of `whole`
/// (the page's): not empty, and at least [`MIN_SHARE`] of it.
pub fn accept_readable(article: &str, whole: &str) -> bool {
    let kept = article.chars().count() as f64;
    let all = whole.chars().count().max(1) as f64;
    !article.trim().is_empty() && kept / all >= MIN_SHARE
}
