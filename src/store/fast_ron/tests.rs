//! The fast reader against `ron` on projects that set every field.

use super::*;
use crate::model::generate::{GenerateSpec, generate_project};
use crate::model::{
    Annotation, Comment, Document, DocumentMeta, MergeNote, NoteVersion, Source, SourceRegistry,
    Verdict,
};
use crate::store::project_to_ron;
use proptest::prelude::*;

fn by_ron(text: &str) -> Option<Project> {
    ron::Options::default().from_str(text).ok()
}

/// A project that sets every field, with text that needs escapes.
fn full_project() -> Project {
    let mut p = generate_project(&GenerateSpec {
        main_bytes: 3_000,
        annotations: 40,
        small_articles: 2,
        seed: 11,
    });
    p.documents[0].text.push_str(
        "\n\t\"Quoted\" \\ back\\slash, it’s “curly”, e\u{301}, 👋🏽 🇰🇵 \u{0}\u{7f}\u{200b}\r\n",
    );
    p.documents[1].origin = None;
    *p.documents[0].meta = DocumentMeta {
        outlet: Some("조선중앙통신 “KCNA”".into()),
        date: Some("2026-03-14T09:30:00+09:00".into()),
        date_original: Some("14 Mar 2026 09:30 KST".into()),
        url: Some("https://example.org/a?b=\"c\"".into()),
        byline: Some("Kim Min-ji 👋🏽".into()),
        language: Some("ko".into()),
    };
    p.documents[2].meta.outlet = Some("Yonhap".into());
    p.documents[1].done_by = vec!["alice".into(), "조 “b”".into()]; // format 4 (corpus)
    p.schema.labels[0].key = None;
    // --- codebook (issue 19, format 5) ---
    p.schema.labels[1].description = "Not yet confirmed: \"may\", \"could\"\n추측 👋🏽".into();
    p.schema.labels[2].example = "according to KCNA (조선중앙통신)".into();
    p.documents[0].memo = "check the date\n“twice”".into();
    p.memo = "Project memo: \"KCNA\" dates in KST\n조선 👋🏽".into();
    // --- end codebook ---
    // suggestions (format 4)
    p.rejected = vec![
        crate::model::RejectedSpan {
            doc: "d \"1\" 한".into(),
            start: 3,
            end: 9,
            label: Some("claim".into()),
            rule: Some("attr.said".into()),
        },
        crate::model::RejectedSpan {
            doc: "d2".into(),
            start: 0,
            end: 1,
            label: None,
            rule: None,
        },
    ];
    let a = &mut p.annotations[0];
    a.curated_from = vec!["alice".into(), "bob \"b\"".into()];
    a.decided_by = Some("carol".into());
    a.edited_by = Some("bob “b”".into());
    a.modified = Some("2026-12-03T10:00:00Z".into());
    a.previous_label = Some("speculation".into());
    a.comments = vec![
        Comment {
            author: "dan".into(),
            verdict: Verdict::Dispute,
            note: "not a claim\nreally".into(),
            created: "2026-11-27T10:00:00Z".into(),
        },
        Comment {
            author: "eve".into(),
            verdict: Verdict::Agree,
            note: String::new(),
            created: String::new(),
        },
    ];
    p.annotations[1].source = Some(String::new());
    p.annotations[2].orphaned = true;
    p.annotations[3].conflict = Some(crate::model::MergeConflict {
        other: "a-“조선”-c1".into(),
        reason: "label changed differently\non both sides 👋🏽".into(),
    });
    p.annotations[4].conflict = Some(crate::model::MergeConflict {
        other: String::new(),
        reason: String::new(),
    });
    // --- sources (issue 13) ---
    let (a0, a1, a2) = (
        p.annotations[0].id.clone(),
        p.annotations[1].id.clone(),
        p.annotations[2].id.clone(),
    );
    p.links = vec![
        crate::model::Link::attributes(&a0, &a1),
        crate::model::Link::attributes(&a0, a2),
    ];
    p.registry = SourceRegistry {
        sources: vec![
            Source {
                name: "KCNA \"조선중앙통신\"".into(),
                kind: "state media".into(),
                aliases: vec!["조선중앙통신".into(), "Korean Central News Agency".into()],
            },
            Source {
                name: "some analysts".into(),
                kind: String::new(),
                aliases: Vec::new(),
            },
        ],
    };
    // --- end sources ---
    // --- conflicts (issue 14, format 5) ---
    let mut other_doc = p.documents[0].clone();
    other_doc.text.clear();
    other_doc.title = "다른 “title” 👋🏽".into();
    let mut other_label = p.schema.labels[1].clone();
    other_label.color = "#ff0000".into();
    other_label.key = None;
    p.merge_notes = vec![
        MergeNote {
            item: other_doc.id.clone(),
            fields: vec!["title".into(), "meta".into()],
            other: NoteVersion::Document(other_doc),
        },
        MergeNote {
            item: other_label.id.clone(),
            fields: vec![],
            other: NoteVersion::Label(other_label),
        },
        MergeNote {
            item: String::new(),
            fields: vec!["name".into()],
            other: NoteVersion::Name("Desk \"조선\"\n".into()),
        },
    ];
    // --- end conflicts ---
    p
}

#[test]
fn reads_what_marginalia_writes_exactly_as_ron_does() {
    let text = project_to_ron(&full_project()).unwrap();
    let fast = parse_fast(&text).expect("the written shape is read by the fast path");
    assert_eq!(Some(fast), by_ron(&text));
}

#[test]
fn parsing_reports_every_byte_and_stops_when_cancelled() {
    let text = project_to_ron(&generate_project(&GenerateSpec::PEER_117K)).unwrap();
    let progress = Progress::new();
    progress.start_phase("Parsing", text.len() as u64);
    assert!(parse_fast_with(&text, &progress).unwrap().is_some());
    let s = progress.state();
    assert_eq!((s.done, s.total), (text.len() as u64, text.len() as u64));
    // Cancelled: stopped at the first document, inside the reader.
    progress.cancel();
    assert_eq!(parse_fast_with(&text, &progress), Err(Cancelled));
}

#[test]
fn anything_outside_the_subset_is_left_to_ron() {
    let text = project_to_ron(&full_project()).unwrap();
    let variants = [
        text.replacen("Project(", "// a comment\nProject(", 1),
        text.replacen("format: 5,", "format: 5, extra: 3,", 1),
        text.replacen("format: 5,", "format: 5, format: 5,", 1),
        text.replacen("format: 5,", "format: 0x5,", 1),
        text.replacen("other: Label(Label(", "other: Label((", 1)
            .replacen("other: Label((", "other: Labl((", 1),
        text.replacen("name: \"", "name: r\"", 1)
            .replacen("\",\n", "\"#,\n", 0),
        text.replacen("Project(", "Projekt(", 1),
        text.replacen("start: ", "start: -", 1),
        text.replacen("start: ", "start: 0", 1),
        text.replacen("Label(id: \"claim\"", "Label(", 1),
        format!("#![enable(implicit_some)]\n{text}"),
        text[..text.len() / 2].to_string(),
        format!("{text} trailing"),
    ];
    for v in &variants {
        assert!(parse_fast(v).is_none(), "{}", &v[..v.len().min(200)]);
    }
}

#[test]
fn unnamed_structs_and_missing_defaults_are_read() {
    let text = "(format: 1, name: \"n\", documents: [(id: \"d\", title: \"t\", text: \"x\\u{301}\")], annotations: [(id: \"a\", doc: \"d\", start: 0, end: 1, quote: \"x\", label: \"claim\",)],)";
    assert_eq!(parse_fast(text), by_ron(text));
    assert!(parse_fast(text).is_some());
    // Metadata in any order, unnamed, with `None` fields.
    let text = "(format: 4, name: \"n\", documents: [(id: \"d\", title: \"t\", meta: (url: None, language: Some(\"en\"), outlet: Some(\"KCNA\"),), text: \"x\")])";
    let fast = parse_fast(text);
    assert_eq!(fast, by_ron(text));
    assert_eq!(
        fast.unwrap().documents[0].meta.outlet.as_deref(),
        Some("KCNA")
    );
    let twice = "(format: 4, name: \"n\", documents: [(id: \"d\", title: \"t\", meta: (url: None, url: None), text: \"x\")])";
    assert!(parse_fast(twice).is_none());
}

#[test]
fn the_fast_writer_writes_what_ron_writes() {
    use crate::store::project_file::project_to_ron_by_ron;
    let mut empty = Project::new("");
    empty.schema.sources.clear();
    for p in [
        full_project(),
        empty,
        Project::new("x"),
        generate_project(&GenerateSpec::SMALL),
    ] {
        assert_eq!(project_to_ron(&p).unwrap(), project_to_ron_by_ron(&p));
    }
}

proptest! {
    #[test]
    fn the_fast_writer_escapes_any_string_like_ron(s in any::<String>(), t in "[\\PC\\pC]{0,40}") {
        use crate::store::project_file::project_to_ron_by_ron;
        let mut p = Project::new(s.clone());
        p.documents.push(Document::new("d", t.clone(), s.clone()).with_origin(t.clone()));
        let mut a = Annotation::new("d", 0, 1, t.clone(), "claim", s.clone());
        a.curated_from = vec![t.clone()];
        p.annotations.push(a);
        prop_assert_eq!(project_to_ron(&p).unwrap(), project_to_ron_by_ron(&p));
    }

    #[test]
    fn any_string_round_trips_like_ron(s in any::<String>()) {
        let mut p = Project::new(s.clone());
        p.documents.push(Document::new("d", s.clone(), s));
        let text = project_to_ron(&p).unwrap();
        let fast = parse_fast(&text);
        prop_assert!(fast.is_some());
        prop_assert_eq!(fast, by_ron(&text));
    }
}
