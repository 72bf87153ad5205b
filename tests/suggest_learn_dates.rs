//! Issue 20: an analyst who leaves the date out of attributions ("Yonhap said",
//! not "Yonhap said on Monday") teaches `marginalia suggest` to leave it out on
//! the project's other articles, whatever the date's words ("last week" after
//! "on Monday", "in March" and "on Thursday night"): dates are one class.

mod common;

use common::suggested::from_the_command_line;
use marginalia::model::{Annotation, Document, Project};

/// The articles (written for this test) and the attribution each opens with,
/// as the rules suggest it and as the analyst cuts it.
const ARTICLES: [(&str, &str, &str); 4] = [
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
        "NK News said on Thursday night that the market in Hyesan had closed for two days.",
        "NK News said on Thursday night",
        "NK News said",
    ),
    (
        "Reuters said last week that the border bridge at Sinuiju reopened to lorries.",
        "Reuters said last week",
        "Reuters said",
    ),
];

/// The project with the first three articles annotated as the analyst does
/// (`annotated`), or none.
fn project(annotated: bool) -> Project {
    let mut p = Project::new("dates");
    for (i, (text, _, cut)) in ARTICLES.iter().enumerate() {
        let id = format!("d{i}");
        p.documents.push(Document::new(&id, &id, *text));
        if annotated && i < 3 {
            let mut a =
                Annotation::new(&id, 0, cut.chars().count(), *cut, "attribution", "analyst");
            a.source = Some(cut.trim_end_matches(" said").to_string());
            p.annotations.push(a);
        }
    }
    p
}

/// The attribution `marginalia suggest` prints for the last article.
fn last_attribution(project: &Project) -> String {
    let found = from_the_command_line(project, &[]);
    (found.iter())
        .filter(|(d, _)| d == "d3")
        .flat_map(|(_, f)| f.iter())
        .find(|s| s.label == "attribution")
        .map(|s| s.quote.clone())
        .unwrap_or_default()
}

#[test]
fn dates_cut_in_three_articles_are_cut_in_the_next_whatever_their_words() {
    // The rules alone keep the date (the older sets' convention).
    assert_eq!(last_attribution(&project(false)), ARTICLES[3].1);
    // Three articles with the date cut, each a different shape: cut here too.
    assert_eq!(last_attribution(&project(true)), ARTICLES[3].2);
}

#[test]
fn dates_kept_by_the_analyst_stay() {
    let mut p = project(false);
    for (i, (_, kept, _)) in ARTICLES.iter().enumerate().take(3) {
        let id = format!("d{i}");
        let mut a = Annotation::new(
            &id,
            0,
            kept.chars().count(),
            *kept,
            "attribution",
            "analyst",
        );
        a.source = Some(kept.split(" said").next().unwrap_or_default().to_string());
        p.annotations.push(a);
    }
    assert_eq!(last_attribution(&p), ARTICLES[3].1);
}
