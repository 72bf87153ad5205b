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

/// The paragraphs of `article` (the extractor's text, paragraphs separated by
/// blank lines) that occur in `whole` (the text of the page's `<article>`
/// element): the extractor may drop what the page marks as its article, never add
/// to it. (Readability joins short sentence-like siblings of the article to it,
/// such as a cookie banner "We use cookies. Accept all" beside `<article>`.)
/// One pass over `whole` (Aho-Corasick over the paragraphs), whatever their count.
pub fn only_inside(article: &str, whole: &str) -> String {
    let paragraphs: Vec<&str> = article.split("\n\n").filter(|p| !p.is_empty()).collect();
    let Ok(finder) = aho_corasick::AhoCorasick::new(&paragraphs) else {
        return article.to_string();
    };
    let mut found = vec![false; paragraphs.len()];
    for m in finder.find_overlapping_iter(whole) {
        found[m.pattern().as_usize()] = true;
    }
    (paragraphs.iter().zip(found))
        .filter_map(|(p, inside)| inside.then_some(*p))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// True when `article` (the extractor's text) is worth using instead of `whole`
/// (the page's): not empty, and at least [`MIN_SHARE`] of it.
pub fn accept_readable(article: &str, whole: &str) -> bool {
    let kept = article.chars().count() as f64;
    let all = whole.chars().count().max(1) as f64;
    !article.trim().is_empty() && kept / all >= MIN_SHARE
}
