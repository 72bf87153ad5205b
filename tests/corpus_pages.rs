//! Saved web pages and Markdown written for this project (`tests/fixtures/corpus/`,
//! several site layouts: a WordPress blog with comments, a wire agency with
//! related-article lists, a table-laid state-media page, a magazine feature with
//! teasers, ads and a comment form): the metadata read from each (golden values),
//! and the article kept without menus, comments and footers.

use std::path::{Path, PathBuf};

use marginalia::model::DocumentMeta;
use marginalia::store::{Opened, open_path};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/corpus")
        .join(name)
}

fn open(name: &str) -> marginalia::model::Document {
    match open_path(&fixture(name)).unwrap() {
        Opened::Article { document, .. } => document,
        Opened::Project(_) => panic!("{name} opened as a project"),
    }
}

fn meta(fields: [Option<&str>; 6]) -> DocumentMeta {
    let s = |v: Option<&str>| v.map(str::to_string);
    DocumentMeta {
        outlet: s(fields[0]),
        date: s(fields[1]),
        date_original: s(fields[2]),
        url: s(fields[3]),
        byline: s(fields[4]),
        language: s(fields[5]),
    }
}

#[test]
fn metadata_is_read_from_every_layout() {
    let cases = [
        (
            "wordpress-blog.html",
            "Satellite images suggest new pier at Sinpo",
            meta([
                Some("Peninsula Watch"),
                Some("2026-03-14T08:15:00Z"),
                Some("2026-03-14T08:15:00+00:00"),
                Some("https://peninsula-watch.example.org/2026/03/14/sinpo-pier/"),
                Some("Hannah Reyes"),
                Some("en-US"),
            ]),
        ),
        (
            "wire-agency.html",
            "North Korea says it tested new engine | Seoul Wire",
            meta([
                Some("Seoul Wire"),
                Some("2026-03-14T09:30:00+09:00"),
                None,
                Some("https://wire.example.kr/view/AEN20260314000300315"),
                Some("Kim Min-ji"),
                Some("ko"),
            ]),
        ),
        (
            "state-media.html",
            "KCNA Watch - Respected Leader inspects fertiliser factory",
            meta([
                Some("KCNA"),
                Some("2026-03-14T09:30:00+09:00"),
                Some("14 Mar 2026 09:30 KST"),
                None,
                None,
                Some("en-GB"),
            ]),
        ),
        (
            "magazine.html",
            "Why the markets in Hyesan matter",
            meta([
                Some("The Border Review"),
                Some("2026-02-27T14:00:00-05:00"),
                None,
                Some("https://border-review.example.com/features/hyesan-markets"),
                Some("Daniel Okafor"),
                Some("en"),
            ]),
        ),
        (
            "front-matter.md",
            "Rail repairs near Wonsan “ahead of schedule”",
            meta([
                Some("NK News"),
                Some("2026-03-12"),
                None,
                Some("https://nknews.example.org/2026/03/wonsan-rail"),
                Some("Park Ji-woo, Sam Ellis"),
                Some("en"),
            ]),
        ),
    ];
    for (name, title, want) in cases {
        let doc = open(name);
        assert_eq!(doc.title, title, "{name}");
        assert_eq!(*doc.meta, want, "{name}");
    }
}

/// Per page: phrases of the article (must be kept) and of the page's chrome (must
/// be dropped).
const PAGES: &[(&str, &[&str], &[&str])] = &[
    (
        "wordpress-blog.html",
        &[
            "Commercial satellite images taken on Tuesday",
            "roughly 120 metres long",
            "“It is too early to say what the pier is for,”",
            "Officials in Seoul declined to comment on intelligence matters.",
        ],
        &[
            "About us",
            "Share this:",
            "Fishing port expansion continues",
            "Great catch, the cranes were there",
            "This is pure speculation until",
            "Leave a Reply",
            "Required fields are marked *",
            "Recent Posts",
            "Get our weekly briefing",
            "Proudly powered by WordPress",
        ],
    ),
    (
        "wire-agency.html",
        &[
            "North Korea said Saturday it had conducted a ground test",
            "조선중앙통신 said the test at the Sohae launch site",
            "Some experts said the engine may be meant for a military missile",
        ],
        &[
            "로그인",
            "We use cookies",
            "Related articles",
            "Unification ministry urges dialogue",
            "Exchange rate hits new high",
            "Registration No.",
            "Privacy policy",
        ],
    ),
    (
        "state-media.html",
        &[
            "The fertiliser factory in Hungnam was inspected",
            "increased by 30 percent",
            "completing the second stage of modernisation",
        ],
        &[
            "Top news",
            "Previous article: Delegation leaves for Moscow",
            "Sitemap",
        ],
    ),
    (
        "magazine.html",
        &[
            "Traders in Hyesan, a city on the Chinese border",
            "Market prices are one of the few windows",
            "Some economists argue the rise reflects tighter border controls",
            "The government has not published harvest figures for two years.",
        ],
        &[
            "Newsletters",
            "Support independent journalism",
            "Inside the last cinema in Kaesong",
            "Fascinating piece",
            "Would love to see the price data",
            "Leave a Reply",
            "Required fields are marked *",
            "Sign up for our newsletter",
        ],
    ),
];

/// Share of the article phrases kept and of the chrome phrases dropped, in chars,
/// over every page; printed for the README (`cargo test --test corpus_pages --
/// --nocapture`).
#[test]
fn saved_pages_keep_the_article_and_drop_menus_comments_and_footers() {
    let (mut kept, mut article) = (0usize, 0usize);
    let (mut dropped, mut chrome) = (0usize, 0usize);
    let mut misses = Vec::new();
    for (name, body, boiler) in PAGES {
        let text = open(name).text;
        for p in *body {
            article += p.chars().count();
            if text.contains(p) {
                kept += p.chars().count();
            } else {
                misses.push(format!("{name}: lost article text {p:?}"));
            }
        }
        for p in *boiler {
            chrome += p.chars().count();
            if text.contains(p) {
                misses.push(format!("{name}: kept chrome {p:?}"));
            } else {
                dropped += p.chars().count();
            }
        }
    }
    let dropped_share = dropped as f64 / chrome as f64;
    println!(
        "article text kept: {:.1}%, boilerplate dropped: {:.1}%",
        100.0 * kept as f64 / article as f64,
        100.0 * dropped_share
    );
    // Every article phrase is kept; of the chrome, only an advertisement inside the
    // article's body (magazine.html) is known to stay.
    assert_eq!(kept, article, "{misses:#?}");
    assert!(dropped_share >= 0.9, "{misses:#?}");
}
