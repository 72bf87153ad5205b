//! Issue 20's learning check from half a set (four annotated articles): a date
//! cut the annotated articles keep — every one that met a dated attribution
//! cut it, three cuts in two articles — applies to the project's other
//! articles through plain `marginalia suggest`; what one article alone shows,
//! two cuts, or cuts against a kept date do not (`learn/boundary.rs`,
//! `MIN_UNANIMOUS_DOCS`).

mod common;

use common::suggested::from_the_command_line;
use marginalia::model::{Annotation, Document, Project};

/// Sentences written for this test: the attribution the rules suggest (with
/// its date) and the analyst's cut.
const DATED: [(&str, &str, &str); 4] = [
    (
        "Yonhap said on Monday that the ferry left Incheon with 40 passengers.",
        "Yonhap said on Monday",
        "Yonhap said",
    ),
    (
        "KCNA said in March that the new power plant had started generating electricity.",
        "KCNA said in March",
        "KCNA said",
    ),
    (
        "NK News said on Thursday that the market in Hyesan had closed for two days.",
        "NK News said on Thursday",
        "NK News said",
    ),
    (
        "The ministry said last week that the border bridge at Sinuiju reopened to lorries.",
        "The ministry said last week",
        "The ministry said",
    ),
];

/// An article without a dated attribution, annotated.
const PLAIN: (&str, &str) = (
    "Reuters said that the port of Nampo handled 12 ships in a month.",
    "Reuters said",
);

/// The article suggested for.
const FRESH: &str = "The coast guard said on Friday that 3 fishing boats had returned to Sokcho.";

/// What an annotated article holds: the sentences (from [`DATED`]) cut, and
/// those kept whole.
struct Article {
    cut: &'static [usize],
    kept: &'static [usize],
}

fn attribution(doc: &str, text: &str, span: &str) -> Annotation {
    let start = text.find(span).map_or(0, |b| text[..b].chars().count());
    let mut a = Annotation::new(
        doc,
        start,
        start + span.chars().count(),
        span,
        "attribution",
        "analyst",
    );
    a.source = Some(span.split(" said").next().unwrap_or_default().to_string());
    a
}

/// A project of `articles` annotated (each written out of its sentences, or
/// [`PLAIN`] with none), padded with [`PLAIN`] articles to four, and
/// [`FRESH`] without annotations.
fn project(articles: &[Article]) -> Project {
    let mut p = Project::new("dates");
    for i in 0..4 {
        let id = format!("d{i}");
        let a = articles.get(i);
        let (cut, kept) = a.map_or((&[][..], &[][..]), |a| (a.cut, a.kept));
        let mut text = String::new();
        let mut spans = Vec::new();
        for &k in cut {
            text.push_str(DATED[k].0);
            text.push(' ');
            spans.push(DATED[k].2);
        }
        for &k in kept {
            text.push_str(DATED[k].0);
            text.push(' ');
            spans.push(DATED[k].1);
        }
        text.push_str(PLAIN.0);
        spans.push(PLAIN.1);
        for span in spans {
            p.annotations.push(attribution(&id, &text, span));
        }
        p.documents.push(Document::new(&id, &id, &text));
    }
    p.documents.push(Document::new("fresh", "fresh", FRESH));
    p
}

/// The attribution `marginalia suggest` prints for the fresh article.
fn fresh_attribution(project: &Project) -> String {
    let found = from_the_command_line(project, &[]);
    (found.iter())
        .filter(|(d, _)| d == "fresh")
        .flat_map(|(_, f)| f.iter())
        .find(|s| s.label == "attribution")
        .map(|s| s.quote.clone())
        .unwrap_or_default()
}

const WHOLE: &str = "The coast guard said on Friday";
const CUT: &str = "The coast guard said";

#[test]
fn three_cuts_in_two_of_four_articles_none_kept_are_learned() {
    let p = project(&[
        Article {
            cut: &[0, 1],
            kept: &[],
        },
        Article {
            cut: &[2],
            kept: &[],
        },
    ]);
    assert_eq!(fresh_attribution(&p), CUT);
}

#[test]
fn the_rules_alone_keep_the_date() {
    let mut p = project(&[]);
    p.annotations.clear();
    assert_eq!(fresh_attribution(&p), WHOLE);
}

#[test]
fn one_article_cutting_three_dates_teaches_nothing() {
    let p = project(&[Article {
        cut: &[0, 1, 2],
        kept: &[],
    }]);
    assert_eq!(fresh_attribution(&p), WHOLE);
}

#[test]
fn two_cuts_in_two_articles_teach_nothing() {
    let p = project(&[
        Article {
            cut: &[0],
            kept: &[],
        },
        Article {
            cut: &[1],
            kept: &[],
        },
    ]);
    assert_eq!(fresh_attribution(&p), WHOLE);
}

#[test]
fn an_article_keeping_a_date_stops_two_articles_cutting() {
    let p = project(&[
        Article {
            cut: &[0, 1],
            kept: &[],
        },
        Article {
            cut: &[2],
            kept: &[],
        },
        Article {
            cut: &[],
            kept: &[3],
        },
    ]);
    assert_eq!(fresh_attribution(&p), WHOLE);
}
