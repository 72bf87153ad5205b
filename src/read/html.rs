//! HTML import: the readable text of a web page — paragraphs kept, scripts, styles
//! and navigation dropped — using the `scraper` (html5ever) parser.

use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node, Selector};

use super::TooDeep;
use super::html_depth::check_html_depth;
use super::page_meta::page_meta;
use super::readable::{READABLE_MIN_CHARS, accept_readable, only_inside, readable_article};
use crate::model::DocumentMeta;

/// The readable text of a page and its `<title>`.
#[derive(Debug, Clone, PartialEq)]
pub struct PageText {
    /// Paragraphs separated by blank lines.
    pub text: String,
    /// The page's headline (JSON-LD `headline`, `og:title`), else its `<title>` or
    /// first `<h1>`, if any.
    pub title: Option<String>,
    /// Outlet, date, URL, byline and language, as far as the page says.
    pub meta: DocumentMeta,
}

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "nav", "aside", "form", "button", "svg", "iframe", "template",
    "select", "head",
];

/// Site chrome outside an `<article>`; inside one, a `<header>` holds the headline
/// and byline and is kept.
const CHROME: &[&str] = &["header", "footer"];

/// Elements that end a paragraph.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "figcaption",
    "tr",
    "table",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "hr",
    "figure",
];

/// Reduces an HTML page to its readable text. Refuses, before parsing, a page
/// nested more than [`MAX_HTML_DEPTH`](super::MAX_HTML_DEPTH) elements deep.
pub fn html_to_text(html: &str) -> Result<PageText, TooDeep> {
    check_html_depth(html)?;
    let doc = Html::parse_document(html);
    let about = page_meta(&doc);
    let title = about.headline.or_else(|| {
        Selector::parse("title")
            .ok()
            .and_then(|s| doc.select(&s).next())
            .map(|t| collapse(&t.text().collect::<String>()))
            .filter(|t| !t.is_empty())
            .or_else(|| {
                Selector::parse("h1")
                    .ok()
                    .and_then(|s| doc.select(&s).next())
                    .map(|t| collapse(&t.text().collect::<String>()))
                    .filter(|t| !t.is_empty())
            })
    });
    // Prefer <article>, then <main>, then <body>.
    let root = ["article", "main", "body"]
        .iter()
        .filter_map(|tag| Selector::parse(tag).ok())
        .find_map(|s| doc.select(&s).next())
        .unwrap_or_else(|| doc.root_element());
    let in_article = root.value().name() == "article";
    let whole = text_under(root, in_article);
    // A page long enough to carry site chrome: the readability extractor's article,
    // laid out by the same walk, when it keeps a fair share of the text (and
    // inside the page's own `<article>`, when it has one).
    let text = if whole.chars().count() >= READABLE_MIN_CHARS {
        readable_article(html)
            .map(|content| text_under(Html::parse_document(&content).root_element(), true))
            .map(|article| match in_article {
                true => with_headline(only_inside(&article, &whole), &whole, title.as_deref()),
                false => article,
            })
            .filter(|article| accept_readable(article, &whole))
            .unwrap_or(whole)
    } else {
        whole
    };
    Ok(PageText {
        text,
        title,
        meta: about.meta,
    })
}

/// `text` (the extractor's part of an `<article>`) starting with the article's
/// headline: Readability drops a heading that repeats the page's title, which the
/// article's own text (`whole`) keeps; put back when `whole` starts with exactly
/// the title, so that a long page reads as a short one does.
fn with_headline(text: String, whole: &str, title: Option<&str>) -> String {
    let first = whole.split("\n\n").next().unwrap_or_default();
    if first.is_empty() || title != Some(first) || text.starts_with(first) {
        return text;
    }
    format!("{first}\n\n{text}")
}

/// The readable text under `root`, paragraphs separated by blank lines.
fn text_under(root: ElementRef<'_>, in_article: bool) -> String {
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    walk(root, in_article, &mut current, &mut paragraphs);
    flush(&mut current, &mut paragraphs);
    paragraphs.join("\n\n")
}

/// One step of the walk: a node to read, or the end of an element already read.
enum Step<'a> {
    /// Read this node (inside an `<article>` or not).
    Visit(NodeRef<'a, Node>, bool),
    /// An element's children are read: drop an empty list item's bullet, end the
    /// paragraph of a block.
    Leave {
        /// The element was an `<li>`.
        item: bool,
        /// The element ends a paragraph.
        block: bool,
    },
}

/// Collects the text under `el`, in document order, with an explicit stack so
/// that no nesting depth can exhaust the thread's stack.
fn walk(el: ElementRef<'_>, in_article: bool, current: &mut String, out: &mut Vec<String>) {
    let mut steps: Vec<Step<'_>> = el
        .children()
        .rev()
        .map(|c| Step::Visit(c, in_article))
        .collect();
    while let Some(step) = steps.pop() {
        let (node, in_article) = match step {
            Step::Leave { item, block } => {
                if item && collapse(current) == ITEM_MARK.to_string() {
                    // An empty item: no bullet on its own.
                    current.clear();
                }
                if block {
                    flush(current, out);
                }
                continue;
            }
            Step::Visit(node, in_article) => (node, in_article),
        };
        match node.value() {
            Node::Text(t) => current.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                if SKIP.contains(&name) || (!in_article && CHROME.contains(&name)) {
                    continue;
                }
                if name == "br" {
                    // A line break inside a paragraph; kept through `collapse`.
                    current.push('\u{2028}');
                    continue;
                }
                let in_article = in_article || name == "article";
                let block = BLOCK.contains(&name);
                if block {
                    flush(current, out);
                }
                let item = name == "li";
                if item {
                    // A list item reads as "• item", like a Markdown list.
                    current.push(ITEM_MARK);
                    current.push(' ');
                }
                steps.push(Step::Leave { item, block });
                steps.extend(node.children().rev().map(|c| Step::Visit(c, in_article)));
            }
            _ => {}
        }
    }
}

/// Marks the start of a list item in the text being collected; written as "•".
const ITEM_MARK: char = '\u{E000}';

fn flush(current: &mut String, out: &mut Vec<String>) {
    let p = collapse(current);
    current.clear();
    if p == ITEM_MARK.to_string() {
        // The item's text is in a block inside it (`<li><p>…</p></li>`): the bullet
        // waits for it.
        current.push(ITEM_MARK);
        current.push(' ');
        return;
    }
    if !p.is_empty() {
        out.push(p.replace(ITEM_MARK, "•"));
    }
}

/// Collapses runs of whitespace to one space and trims; a `<br>` (marked with
/// U+2028 by [`walk`]) becomes a line break.
fn collapse(s: &str) -> String {
    s.split('\u{2028}')
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page_of(html: &str) -> PageText {
        html_to_text(html).unwrap()
    }

    #[test]
    fn keeps_paragraphs_and_entities_drops_chrome() {
        let page = page_of(
            "<html><head><title>Parade</title><style>p{}</style></head><body>\
             <header>Site</header><nav><a>Home</a></nav>\
             <article><h1>Parade held</h1><p>KCNA said &ldquo;victory&rdquo;\n  today.</p>\
             <p>조선중앙통신 <b>reported</b> it.</p></article><footer>©</footer></body></html>",
        );
        assert_eq!(page.title.as_deref(), Some("Parade"));
        assert_eq!(
            page.text,
            "Parade held\n\nKCNA said “victory” today.\n\n조선중앙통신 reported it."
        );
    }

    #[test]
    fn chrome_beside_the_article_is_not_joined_to_it() {
        // Long enough for the readability extractor, which joins a short sentence
        // beside the <article> (a cookie banner) to the article.
        let para = "The minister said the parade in Pyongyang was the largest yet, \
                    KCNA reported on Saturday, citing officials in Sinuiju. "
            .repeat(3);
        let html = format!(
            "<html><head><title>Parade</title></head><body><nav><a href=\"/\">Home</a></nav>\
             <div class=\"cookie\">We use cookies. Accept all</div>\
             <article><h1>Parade held</h1><p>{para}</p><p>{para}</p><p>평양 {para}</p></article>\
             <footer>© 2026 KCNA. All rights reserved.</footer></body></html>"
        );
        let page = page_of(&html);
        assert!(!page.text.contains("We use cookies"), "{}", page.text);
        assert!(
            page.text.contains(&format!("평양 {}", para.trim())),
            "{}",
            page.text
        );
        assert!(!page.text.contains("Home") && !page.text.contains("©"));
        // A headline that repeats the title starts the text, as on a short page.
        let titled = html.replace("<title>Parade</title>", "<title>Parade held</title>");
        let page = page_of(&titled);
        assert!(
            page.text.starts_with("Parade held\n\nThe minister said"),
            "{}",
            page.text
        );
        assert!(!page.text.contains("We use cookies"), "{}", page.text);
    }

    #[test]
    fn list_items_read_with_bullets() {
        let page = page_of(
            "<body><p>Reactions:</p><ul><li>Seoul: <b>concern</b></li><li></li>\
             <li><p>Tokyo 🇰🇵</p></li></ul><p>After.</p></body>",
        );
        assert_eq!(
            page.text,
            "Reactions:\n\n• Seoul: concern\n\n• Tokyo 🇰🇵\n\nAfter."
        );
    }

    #[test]
    fn article_header_is_kept_site_header_dropped_and_br_is_a_line_break() {
        let page = page_of(
            "<body><header>Site name</header><article><header><h1>Launch 🇰🇵</h1>\
             <p>By A. Writer</p></header><p>Line one<br>line two</p>\
             <footer>Tags: x</footer></article><footer>© site</footer></body>",
        );
        assert_eq!(
            page.text,
            "Launch 🇰🇵\n\nBy A. Writer\n\nLine one\nline two\n\nTags: x"
        );
    }
}
