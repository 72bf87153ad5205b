//! A linear pre-scan of how deeply an HTML page nests its elements, run before the
//! page is parsed.
//!
//! The HTML parser (html5ever) checks the stack of open elements on most start
//! tags, so a page nested 100,000 deep takes it minutes. This scan follows the
//! parser's main rules (void elements, raw-text elements, end tags that are ignored
//! outside their scope, `<p>` / `<li>` / `<td>` … closed by a sibling) closely
//! enough to measure real pages, and errs on the side of counting more.

use super::TooDeep;

/// The deepest nesting of elements Marginalia reads in a web page. Browsers stop
/// nesting at 512 as well (deeper elements are laid out flat); article pages nest a
/// few dozen levels.
pub const MAX_HTML_DEPTH: usize = 512;

/// Elements that never have content or an end tag.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Elements whose content is text up to their end tag, never markup.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// Elements an end tag does not reach past (the parser's "scope" boundaries).
const SCOPE: &[&str] = &[
    "html", "table", "td", "th", "caption", "template", "applet", "marquee", "object",
];

/// Phrasing and formatting elements: a new `<p>` or `<li>` closes an open one
/// through them (the parser pops them with it, and re-opens formatting later).
const PHRASING: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
    "time", "tt", "u", "var",
];

/// Elements whose start tag ends an open `<p>`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "header",
    "hgroup",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "section",
    "summary",
    "ul",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "listing",
    "form",
    "table",
    "hr",
];

/// The open elements a start tag closes when they are open above its container:
/// `<li>` ends the previous item of its list, `<td>` the previous cell, and so on.
fn closes_siblings(name: &str) -> &'static [&'static str] {
    match name {
        "li" => &["li"],
        "p" => &["p"],
        "dt" | "dd" => &["dt", "dd"],
        "td" | "th" => &["td", "th"],
        "tr" => &["tr", "td", "th"],
        "tbody" | "thead" | "tfoot" => &["tbody", "thead", "tfoot", "tr", "td", "th"],
        "option" => &["option"],
        "optgroup" => &["optgroup", "option"],
        "rb" | "rt" | "rp" | "rtc" => &["rb", "rt", "rp", "rtc"],
        _ => &[],
    }
}

/// Elements whose end tag may be left out (they are closed by a sibling or by the
/// end of their container).
fn is_optional_end(name: &str) -> bool {
    matches!(
        name,
        "li" | "p"
            | "dt"
            | "dd"
            | "td"
            | "th"
            | "tr"
            | "tbody"
            | "thead"
            | "tfoot"
            | "option"
            | "optgroup"
            | "rb"
            | "rt"
            | "rp"
            | "rtc"
    )
}

/// Refuses a page nested more than [`MAX_HTML_DEPTH`] elements deep, in one pass
/// over its bytes.
pub fn check_html_depth(html: &str) -> Result<(), TooDeep> {
    check_depth(html, MAX_HTML_DEPTH)
}

fn check_depth(html: &str, limit: usize) -> Result<(), TooDeep> {
    let bytes = html.as_bytes();
    let mut open: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(lt) = find_byte(bytes, b'<', i) {
        i = lt + 1;
        let rest = &bytes[i..];
        if rest.starts_with(b"!--") {
            i = find_seq(bytes, b"-->", i + 3).map_or(bytes.len(), |e| e + 3);
            continue;
        }
        match rest.first() {
            Some(b'!' | b'?') => {
                i = find_byte(bytes, b'>', i).map_or(bytes.len(), |e| e + 1);
            }
            Some(b'/') => {
                let (name, after) = tag_name(bytes, i + 1);
                i = find_byte(bytes, b'>', after).map_or(bytes.len(), |e| e + 1);
                if !name.is_empty() {
                    close(&mut open, &name);
                }
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let (name, after) = tag_name(bytes, i);
                let (end, self_closing) = tag_end(bytes, after);
                i = end;
                if VOID.contains(&name.as_str()) {
                    continue;
                }
                if RAW_TEXT.contains(&name.as_str()) {
                    i = find_end_tag(bytes, &name, i);
                    continue;
                }
                if self_closing {
                    continue;
                }
                open_element(&mut open, name);
                if open.len() > limit {
                    return Err(TooDeep {
                        what: "HTML",
                        limit,
                    });
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Opens `name`, first closing the siblings it ends.
fn open_element(open: &mut Vec<String>, name: String) {
    if CLOSES_P.contains(&name.as_str()) {
        // An open `<p>` "in button scope" is closed, with what is open inside it.
        let p = open
            .iter()
            .rposition(|t| t == "p" || SCOPE.contains(&t.as_str()) || t == "button");
        if let Some(k) = p.filter(|&k| open[k] == "p") {
            open.truncate(k);
        }
    }
    let closes = closes_siblings(&name);
    if !closes.is_empty() {
        // Look through the optional-end and phrasing elements at the top of the
        // stack for the sibling this one ends.
        let mut cut = None;
        for (k, t) in open.iter().enumerate().rev() {
            if closes.contains(&t.as_str()) {
                cut = Some(k);
            } else if !is_optional_end(t) && !PHRASING.contains(&t.as_str()) {
                break;
            }
        }
        if let Some(k) = cut {
            open.truncate(k);
        }
    }
    open.push(name);
}

/// Closes the nearest open `name`, unless a scope boundary lies between.
fn close(open: &mut Vec<String>, name: &str) {
    for (k, t) in open.iter().enumerate().rev() {
        if t == name {
            open.truncate(k);
            return;
        }
        if SCOPE.contains(&t.as_str()) {
            return;
        }
    }
}

/// The lower-case tag name starting at `from`, and where it ends.
fn tag_name(bytes: &[u8], from: usize) -> (String, usize) {
    let mut end = from;
    while end < bytes.len()
        && !matches!(
            bytes[end],
            b' ' | b'\t' | b'\n' | b'\r' | 0x0c | b'/' | b'>'
        )
    {
        end += 1;
    }
    let name = String::from_utf8_lossy(&bytes[from..end]).to_ascii_lowercase();
    (name, end)
}

/// Where a start tag's `>` is (attribute values in quotes skipped), just past it,
/// and whether the tag ends with `/>`.
fn tag_end(bytes: &[u8], from: usize) -> (usize, bool) {
    let mut i = from;
    let mut quote = None;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return (i + 1, i > from && bytes[i - 1] == b'/'),
            None => {}
        }
        i += 1;
    }
    (bytes.len(), false)
}

/// Just past the end tag `</name` of a raw-text element (ASCII case ignored), or
/// the end of the page.
fn find_end_tag(bytes: &[u8], name: &str, from: usize) -> usize {
    let mut i = from;
    while let Some(at) = find_seq(bytes, b"</", i) {
        let start = at + 2;
        let end = start + name.len();
        if bytes
            .get(start..end)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
        {
            return find_byte(bytes, b'>', end).map_or(bytes.len(), |e| e + 1);
        }
        i = start;
    }
    bytes.len()
}

fn find_byte(bytes: &[u8], b: u8, from: usize) -> Option<usize> {
    bytes
        .get(from..)?
        .iter()
        .position(|&x| x == b)
        .map(|p| p + from)
}

fn find_seq(bytes: &[u8], seq: &[u8], from: usize) -> Option<usize> {
    let hay = bytes.get(from..)?;
    hay.windows(seq.len())
        .position(|w| w == seq)
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth_ok(html: &str, limit: usize) -> bool {
        check_depth(html, limit).is_ok()
    }

    #[test]
    fn deep_nesting_is_refused() {
        let divs = format!("{}x{}", "<div>".repeat(600), "</div>".repeat(600));
        assert_eq!(
            check_html_depth(&divs),
            Err(TooDeep {
                what: "HTML",
                limit: MAX_HTML_DEPTH
            })
        );
        let lists = "<ul><li>".repeat(300);
        assert!(check_html_depth(&lists).is_err());
        let unclosed = "<div><table><td></div>".repeat(300);
        assert!(check_html_depth(&unclosed).is_err());
    }

    #[test]
    fn siblings_closed_by_the_parser_do_not_count() {
        let paras = "<p>조선중앙통신 “said”".repeat(2000);
        assert!(depth_ok(&format!("<html><body>{paras}</body></html>"), 10));
        let items = format!("<ul>{}</ul>", "<li>item 🇰🇵".repeat(2000));
        assert!(depth_ok(&items, 10));
        let table = format!("<table>{}</table>", "<tr><td>a<td>b".repeat(2000));
        assert!(depth_ok(&table, 10));
        let voids = "<br><img src=x><hr/><meta charset=utf-8>".repeat(2000);
        assert!(depth_ok(&voids, 10));
        let self_closed = "<div/><span />".repeat(2000);
        assert!(depth_ok(&self_closed, 10));
        // Sloppy old pages: formatting left open in every paragraph or item.
        let sloppy = "<p><font face=x><b>조선 “news”".repeat(2000);
        assert!(depth_ok(&sloppy, 10));
        let items = format!("<ul>{}</ul>", "<li><i>item".repeat(2000));
        assert!(depth_ok(&items, 10));
        // Blocks inside one paragraph close it.
        let blocks = "<p>intro<div>block</div>".repeat(2000);
        assert!(depth_ok(&blocks, 10));
    }

    #[test]
    fn comments_scripts_and_attributes_are_not_tags() {
        let page = format!(
            "<!doctype html><!-- {} --><script>{}</SCRIPT><div title=\"<div><div>\">x</div>",
            "<div>".repeat(100),
            "if (a < b) { s = '<div>'.repeat(100) }".repeat(100),
        );
        assert!(depth_ok(&page, 3));
        // An unterminated comment or tag ends the scan quietly.
        assert!(depth_ok("<div><!-- never closed <div><div>", 3));
        assert!(depth_ok("<div title='open", 3));
    }
}
