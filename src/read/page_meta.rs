//! An article's metadata from a web page: JSON-LD (`NewsArticle` and the other
//! `Article` types), then `<meta>` tags (Open Graph `og:site_name`, `og:url`,
//! `article:published_time`, `author`, Dublin Core and the usual news-site names),
//! then `<time datetime>`, `<link rel="canonical">` and `<html lang>`. The first
//! source that gives a field wins.

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

use crate::model::{DocumentMeta, clean_meta_value};

/// What a page says about itself: its metadata and, when it names one, its
/// headline (JSON-LD `headline`, else `og:title`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    /// Outlet, date, URL, byline, language.
    pub meta: DocumentMeta,
    /// The headline without the site's name that `<title>` often adds.
    pub headline: Option<String>,
}

/// `<meta>` names and properties for each field, best first.
const OUTLET_META: &[&str] = &[
    "og:site_name",
    "application-name",
    "publisher",
    "dc.publisher",
];
const DATE_META: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "parsely-pub-date",
    "sailthru.date",
];
const URL_META: &[&str] = &["og:url", "twitter:url"];
const BYLINE_META: &[&str] = &[
    "author",
    "byl",
    "article:author",
    "dc.creator",
    "parsely-author",
];
const LANGUAGE_META: &[&str] = &["content-language", "dc.language", "language"];

/// Reads the metadata of a parsed page.
pub fn page_meta(doc: &Html) -> PageMeta {
    let mut out = json_ld(doc).unwrap_or_default();
    let tags = meta_tags(doc);
    let tag = |names: &[&str]| {
        names.iter().find_map(|n| {
            tags.iter()
                .find(|(k, _)| k == n)
                .and_then(|(_, v)| clean_meta_value(v))
        })
    };
    let mut from_tags = DocumentMeta {
        outlet: tag(OUTLET_META),
        url: tag(URL_META).or_else(|| canonical(doc)),
        // `article:author` is often a profile URL, not a name.
        byline: tag(BYLINE_META)
            .filter(|b| !b.starts_with("http"))
            .map(|b| strip_by(&b)),
        language: tag(LANGUAGE_META)
            .or_else(|| attr_of(doc, "html", "lang"))
            .or_else(|| tag(&["og:locale"]).map(|l| l.replace('_', "-"))),
        ..Default::default()
    };
    if let Some(date) = tag(DATE_META).or_else(|| time_element(doc)) {
        from_tags.set_date(&date);
    }
    if from_tags.byline.is_none() {
        from_tags.byline = text_of(doc, "[rel=author], [itemprop=author]").map(|b| strip_by(&b));
    }
    out.meta.fill_from(from_tags);
    if out.headline.is_none() {
        out.headline = tag(&["og:title", "twitter:title"]);
    }
    out
}

/// Every `<meta>` as (lower-case name or property, content).
fn meta_tags(doc: &Html) -> Vec<(String, String)> {
    let Ok(sel) = Selector::parse("meta[content]") else {
        return Vec::new();
    };
    doc.select(&sel)
        .filter_map(|m| {
            let e = m.value();
            let key = e
                .attr("property")
                .or_else(|| e.attr("name"))
                .or_else(|| e.attr("itemprop"))
                .or_else(|| e.attr("http-equiv"))?;
            Some((
                key.trim().to_ascii_lowercase(),
                e.attr("content")?.to_string(),
            ))
        })
        .collect()
}

fn canonical(doc: &Html) -> Option<String> {
    attr_of(doc, "link[rel=canonical]", "href")
}

/// The `datetime` of the page's publication `<time>`: one marked `datePublished` or
/// `pubdate`, else the first inside the `<article>`, else the first of the page.
fn time_element(doc: &Html) -> Option<String> {
    [
        "time[itemprop=datePublished][datetime]",
        "time[pubdate][datetime]",
        "article time[datetime]",
        "time[datetime]",
    ]
    .iter()
    .find_map(|s| attr_of(doc, s, "datetime"))
}

fn attr_of(doc: &Html, selector: &str, attr: &str) -> Option<String> {
    let sel = Selector::parse(selector).ok()?;
    doc.select(&sel)
        .find_map(|e| e.value().attr(attr).and_then(clean_meta_value))
}

fn text_of(doc: &Html, selector: &str) -> Option<String> {
    let sel = Selector::parse(selector).ok()?;
    doc.select(&sel)
        .find_map(|e: ElementRef<'_>| clean_meta_value(&e.text().collect::<String>()))
}

/// "By Kim Min-ji" → "Kim Min-ji".
fn strip_by(byline: &str) -> String {
    let t = byline.trim();
    match t.get(..3) {
        Some(by) if by.eq_ignore_ascii_case("by ") => t.get(3..).unwrap_or(t).trim().to_string(),
        _ => t.to_string(),
    }
}

/// The first JSON-LD object of an article type (`NewsArticle`, `Article`,
/// `ReportageNewsArticle`, `BlogPosting`…), searched in arrays and `@graph`.
fn json_ld(doc: &Html) -> Option<PageMeta> {
    let sel = Selector::parse("script[type=\"application/ld+json\"]").ok()?;
    doc.select(&sel).find_map(|script| {
        let text: String = script.text().collect();
        let value: Value = serde_json::from_str(text.trim()).ok()?;
        let article = find_article(&value, 0)?;
        Some(article_meta(article))
    })
}

fn find_article(value: &Value, depth: usize) -> Option<&Value> {
    if depth > 8 {
        return None;
    }
    match value {
        Value::Array(items) => items.iter().find_map(|v| find_article(v, depth + 1)),
        Value::Object(obj) => {
            if is_article_type(obj.get("@type")) {
                return Some(value);
            }
            obj.get("@graph").and_then(|g| find_article(g, depth + 1))
        }
        _ => None,
    }
}

fn is_article_type(kind: Option<&Value>) -> bool {
    let article = |s: &str| s.ends_with("Article") || s == "BlogPosting" || s == "Report";
    match kind {
        Some(Value::String(s)) => article(s),
        Some(Value::Array(kinds)) => kinds.iter().filter_map(Value::as_str).any(article),
        _ => false,
    }
}

fn article_meta(article: &Value) -> PageMeta {
    let mut meta = DocumentMeta {
        outlet: article.get("publisher").and_then(names),
        url: article
            .get("url")
            .or_else(|| article.get("mainEntityOfPage"))
            .and_then(|u| match u {
                Value::Object(o) => o.get("@id").or_else(|| o.get("url")),
                other => Some(other),
            })
            .and_then(Value::as_str)
            .and_then(clean_meta_value),
        byline: article.get("author").and_then(names),
        language: article
            .get("inLanguage")
            .and_then(Value::as_str)
            .and_then(clean_meta_value),
        ..Default::default()
    };
    if let Some(date) = article
        .get("datePublished")
        .or_else(|| article.get("dateCreated"))
        .and_then(Value::as_str)
    {
        meta.set_date(date);
    }
    let headline = article
        .get("headline")
        .or_else(|| article.get("name"))
        .and_then(Value::as_str)
        .and_then(clean_meta_value);
    PageMeta { meta, headline }
}

/// A person's or organisation's name: a string, an object's `name`, or a list of
/// them joined by ", ".
fn names(value: &Value) -> Option<String> {
    let one = |v: &Value| match v {
        Value::String(s) => clean_meta_value(s),
        Value::Object(o) => o
            .get("name")
            .and_then(Value::as_str)
            .and_then(clean_meta_value),
        _ => None,
    };
    match value {
        Value::Array(items) => {
            let all: Vec<String> = items.iter().filter_map(one).collect();
            (!all.is_empty()).then(|| all.join(", "))
        }
        other => one(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_of(html: &str) -> PageMeta {
        page_meta(&Html::parse_document(html))
    }

    #[test]
    fn json_ld_wins_over_meta_tags() {
        let page = r#"<html lang="en"><head>
            <meta property="og:site_name" content="Tags Daily">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"x"},
              {"@type":["NewsArticle"],"headline":"조선 “test”","datePublished":"2026-03-14T09:30:00+09:00",
               "author":[{"@type":"Person","name":"Kim Min-ji"},"Lee Joon"],
               "publisher":{"@type":"Organization","name":"NK Desk"},"inLanguage":"ko"}]}</script>
            </head><body></body></html>"#;
        let m = meta_of(page);
        assert_eq!(m.meta.outlet.as_deref(), Some("NK Desk"));
        assert_eq!(m.meta.byline.as_deref(), Some("Kim Min-ji, Lee Joon"));
        assert_eq!(m.meta.date.as_deref(), Some("2026-03-14T09:30:00+09:00"));
        assert_eq!(m.meta.language.as_deref(), Some("ko"));
        assert_eq!(m.headline.as_deref(), Some("조선 “test”"));
    }

    #[test]
    fn meta_tags_time_and_lang_fill_the_rest() {
        let page = r#"<html lang="en-GB"><head>
            <meta name="author" content="By Jane Roe">
            <link rel="canonical" href="https://example.org/a">
            </head><body><article><time datetime="2026-03-14">March 14</time></article></body></html>"#;
        let m = meta_of(page).meta;
        assert_eq!(m.byline.as_deref(), Some("Jane Roe"));
        assert_eq!(m.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(m.date.as_deref(), Some("2026-03-14"));
        assert_eq!(m.language.as_deref(), Some("en-GB"));
        assert_eq!(m.outlet, None);
    }

    #[test]
    fn broken_json_ld_is_ignored() {
        let page = r#"<script type="application/ld+json">{"@type": "NewsArticle", </script>
            <meta property="og:site_name" content="KCNA Watch">"#;
        assert_eq!(meta_of(page).meta.outlet.as_deref(), Some("KCNA Watch"));
    }
}
