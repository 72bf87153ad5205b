//! Markdown front matter (the `---` YAML block, or `+++` TOML-like block, at the top
//! of a file) read as an article's metadata: `title`, `outlet` / `source` /
//! `publisher` / `site`, `date` / `published`, `url` / `link`, `author` / `byline`
//! / `authors`, `lang` / `language`.
//!
//! Only flat `key: value` (or `key = value`) lines and `- item` lists under a key
//! are read, quotes removed: what article front matter holds. Anything else
//! (nested maps, multi-line strings) is left alone, never an error.

use crate::model::{DocumentMeta, clean_meta_value};

/// The metadata and the title a front-matter block gives.
pub fn front_matter_meta(block: &str) -> (DocumentMeta, Option<String>) {
    let mut meta = DocumentMeta::default();
    let mut title = None;
    let mut date = None;
    for (key, value) in entries(block) {
        let slot = match key.as_str() {
            "title" | "headline" => &mut title,
            "outlet" | "source" | "publisher" | "site" | "site_name" | "publication" => {
                &mut meta.outlet
            }
            "date" | "published" | "published_at" | "date_published" | "pubdate" => &mut date,
            "url" | "link" | "canonical" | "canonical_url" => &mut meta.url,
            "author" | "authors" | "byline" => &mut meta.byline,
            "lang" | "language" => &mut meta.language,
            _ => continue,
        };
        if slot.is_none() {
            *slot = clean_meta_value(&value);
        }
    }
    if let Some(d) = date {
        meta.set_date(&d);
    }
    (meta, title)
}

/// `(lower-case key, value)` of each top-level entry; a list's items are joined
/// with ", ".
fn entries(block: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in block.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if let Some(item) = trimmed.strip_prefix("- ")
            && line.starts_with(char::is_whitespace) | line.starts_with('-')
        {
            if let Some((_, value)) = out.last_mut() {
                let item = unquote(item);
                if !value.is_empty() {
                    value.push_str(", ");
                }
                value.push_str(&item);
            }
            continue;
        }
        if line.starts_with(char::is_whitespace) {
            continue; // nested: not read
        }
        let Some((key, value)) = trimmed
            .split_once(':')
            .filter(|(k, _)| !k.contains('='))
            .or_else(|| trimmed.split_once('='))
        else {
            continue;
        };
        let value = value.trim();
        let value = match value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
            Some(list) => list
                .split(',')
                .map(unquote)
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
            None => unquote(value),
        };
        out.push((key.trim().to_ascii_lowercase(), value));
    }
    out
}

fn unquote(s: &str) -> String {
    let s = s.trim();
    for q in ['"', '\''] {
        if let Some(inner) = s.strip_prefix(q).and_then(|r| r.strip_suffix(q))
            && s.len() >= 2
        {
            return inner.to_string();
        }
    }
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_keys_lists_and_quotes_are_read() {
        let block = "title: \"Parade “held” in 평양\"\nsource: KCNA\ndate: 2026-03-14 09:30 KST\n\
                     url: 'https://example.org/a'\nauthors:\n  - Kim Min-ji\n  - Lee Joon\nlang: ko\n\
                     tags: [a, b]\nnested:\n  outlet: not this\n";
        let (meta, title) = front_matter_meta(block);
        assert_eq!(title.as_deref(), Some("Parade “held” in 평양"));
        assert_eq!(meta.outlet.as_deref(), Some("KCNA"));
        assert_eq!(meta.date.as_deref(), Some("2026-03-14T09:30:00+09:00"));
        assert_eq!(meta.date_original.as_deref(), Some("2026-03-14 09:30 KST"));
        assert_eq!(meta.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(meta.byline.as_deref(), Some("Kim Min-ji, Lee Joon"));
        assert_eq!(meta.language.as_deref(), Some("ko"));
    }

    #[test]
    fn toml_style_and_junk_do_not_fail() {
        let (meta, title) = front_matter_meta("title = \"T\"\npublisher = \"NK News\"\n{{{\n: x\n");
        assert_eq!(title.as_deref(), Some("T"));
        assert_eq!(meta.outlet.as_deref(), Some("NK News"));
    }
}
