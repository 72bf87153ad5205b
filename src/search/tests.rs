//! Unit tests of the search module: modes, offsets on mixed scripts, restrictions,
//! context lines, the session and tagging.

use std::ops::ControlFlow;

use super::*;
use crate::model::text::normalize;
use crate::model::{Annotation, Document, Project};
use crate::task::Progress;

/// Korean, emoji with a skin tone, flags, curly quotes, a combining accent.
const MIXED: &str = "KCNA 조선중앙통신 said 👋🏽 kcna and Kcna; 🇰🇵 “KCNA” Zoe\u{301} and Zoe.\n\
                     Next line: 조선 is not 조선중앙통신.";

fn project_of(texts: &[(&str, &str)]) -> Project {
    let mut p = Project::new("search test");
    for (id, text) in texts {
        p.documents.push(Document::new(*id, *id, *text));
    }
    p
}

fn found(p: &Project, q: &Query) -> Vec<(String, usize, usize, String)> {
    search(p, q, None)
        .unwrap()
        .into_iter()
        .map(|h| {
            let d = &p.documents[h.doc];
            (
                d.id.clone(),
                h.start,
                h.end,
                d.slice(h.start, h.end).to_string(),
            )
        })
        .collect()
}

fn texts(p: &Project, q: &Query) -> Vec<String> {
    found(p, q).into_iter().map(|f| f.3).collect()
}

#[test]
fn plain_search_ignores_case_with_exact_char_offsets() {
    let p = project_of(&[("d", MIXED)]);
    let hits = found(&p, &Query::plain("kcna"));
    assert_eq!(hits.len(), 4);
    let chars: Vec<char> = MIXED.chars().collect();
    for (_, s, e, t) in &hits {
        assert_eq!(chars[*s..*e].iter().collect::<String>(), *t);
        assert!(t.eq_ignore_ascii_case("kcna"));
    }
    assert_eq!((hits[0].1, hits[0].2), (0, 4));
    let korean = found(&p, &Query::plain("중앙"));
    assert_eq!(
        korean.iter().map(|h| h.1).collect::<Vec<_>>(),
        vec![7, MIXED.chars().count() - 5]
    );
    assert_eq!(texts(&p, &Query::plain("🇰🇵")), vec!["🇰🇵"]);
    assert_eq!(texts(&p, &Query::plain("👋🏽 KC")), vec!["👋🏽 kc"]);
}

#[test]
fn case_folding_is_unicode_and_never_changes_lengths() {
    let text = "ÉCOLE école ΣΟΦΙΑ σοφια σοφιας \u{212A}CNA Straße STRASSE";
    let p = project_of(&[("d", text)]);
    assert_eq!(texts(&p, &Query::plain("école")), vec!["ÉCOLE", "école"]);
    assert_eq!(texts(&p, &Query::plain("σοφια")).len(), 3);
    assert_eq!(texts(&p, &Query::plain("ας")), vec!["ας"]);
    assert_eq!(texts(&p, &Query::plain("Σ")).len(), 4);
    // The Kelvin sign folds to k: one char, three bytes, offsets still in chars.
    let kelvin = found(&p, &Query::plain("kcna"));
    assert_eq!(kelvin.len(), 1);
    assert_eq!(kelvin[0].3, "\u{212A}CNA");
    assert_eq!(kelvin[0].2 - kelvin[0].1, 4);
    // ß is one char and "ss" two: simple folding never matches one with the other.
    assert_eq!(texts(&p, &Query::plain("straße")), vec!["Straße"]);
    assert_eq!(texts(&p, &Query::plain("strasse")), vec!["STRASSE"]);
}

#[test]
fn case_sensitive_search_takes_case_as_it_is() {
    let p = project_of(&[("d", MIXED)]);
    let q = Query {
        case_sensitive: true,
        ..Query::plain("KCNA")
    };
    assert_eq!(texts(&p, &q), vec!["KCNA", "KCNA"]);
}

#[test]
fn whole_words_do_not_cut_words_in_any_script() {
    let word = |t: &str| Query {
        whole_word: true,
        ..Query::plain(t)
    };
    let p = project_of(&[("d", MIXED)]);
    // 조선 stands alone once; inside 조선중앙통신 it cuts the word.
    let hits = found(&p, &word("조선"));
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].3, "조선");
    // "Zoe" followed by a combining accent is part of "Zoé": not a whole word.
    let zoe = found(&p, &word("zoe"));
    assert_eq!(zoe.len(), 1);
    assert_eq!(MIXED.chars().nth(zoe[0].2), Some('.'));
    // A match starting with punctuation may touch a word on that side.
    let p2 = project_of(&[("d", "x“victory”y and aaa aa")]);
    assert_eq!(texts(&p2, &word("“victory”")), vec!["“victory”"]);
    assert_eq!(
        found(&p2, &word("aa")),
        vec![("d".into(), 20, 22, "aa".into())]
    );
    assert_eq!(texts(&p2, &word("victory")), vec!["victory"]);
    assert!(texts(&p2, &word("ctor")).is_empty());
}

#[test]
fn regex_mode_with_lines_and_no_empty_hits() {
    let p = project_of(&[("d", "one two\ntwo three\n\nthree")]);
    let re = |t: &str| Query {
        regex: true,
        ..Query::plain(t)
    };
    assert_eq!(texts(&p, &re("^t\\w+")), vec!["two", "three"]);
    assert_eq!(texts(&p, &re("o*")), vec!["o", "o", "o"]);
    assert_eq!(texts(&p, &re("two\\nTWO")), vec!["two\ntwo"]);
    let word_regex = Query {
        whole_word: true,
        ..re("t[a-z]")
    };
    assert!(texts(&p, &word_regex).is_empty());
}

#[test]
fn bad_queries_are_refused_in_one_line() {
    let p = project_of(&[("d", "text")]);
    let bad = Query {
        regex: true,
        ..Query::plain("(unclosed")
    };
    let err = search(&p, &bad, None).unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, SearchError::BadRegex { .. }));
    assert!(!msg.contains('\n') && msg.contains("unclosed"), "{msg}");
    assert_eq!(
        search(&p, &Query::plain(""), None),
        Err(SearchError::EmptyQuery)
    );
    let missing = Query {
        documents: vec!["nope".into()],
        ..Query::plain("t")
    };
    assert_eq!(
        search(&p, &missing, None),
        Err(SearchError::NoSuchDocument("nope".into()))
    );
    let typo = Query {
        within: Within {
            label: Some("clam".into()),
            ..Within::default()
        },
        ..Query::plain("t")
    };
    let msg = search(&p, &typo, None).unwrap_err().to_string();
    assert!(msg.contains("clam") && msg.contains("claim"), "{msg}");
}

#[test]
fn crlf_input_is_searched_as_normalised_text() {
    let (text, _) = normalize("first line\r\nsecond 조선 line\r\nthird");
    let p = project_of(&[("d", &text)]);
    let hits = found(&p, &Query::plain("조선 line"));
    assert_eq!(hits[0].1, 18);
    let line = ResultLine::of(
        &p,
        &CorpusIndex::new(&p),
        search(&p, &Query::plain("second"), None).unwrap()[0],
        6,
    )
    .unwrap();
    assert_eq!(line.context, " line⏎second 조선 li");
}

/// Two documents; "claim" and attributions by two analysts over "KCNA said".
fn annotated() -> Project {
    let mut p = project_of(&[
        ("a", "KCNA said KCNA was right. KCNA again."),
        ("b", "No annotations: KCNA here too."),
        ("c", "조선중앙통신 said KCNA 👋🏽 KCNA."),
    ]);
    let da = p.documents[0].clone();
    p.annotations.push(
        Annotation::new("a", 0, 9, da.slice(0, 9), "attribution", "alice").with_source("KCNA"),
    );
    let mut claim = Annotation::new("a", 10, 24, da.slice(10, 24), "claim", "bob");
    claim.edited_by = Some("chloé".into());
    p.annotations.push(claim);
    let dc = p.documents[2].clone();
    p.annotations.push(
        Annotation::new("c", 0, 16, dc.slice(0, 16), "attribution", "민준")
            .with_source("조선중앙통신"),
    );
    let mut orphan = Annotation::new("c", 20, 24, dc.slice(20, 24), "claim", "bob");
    orphan.orphaned = true;
    p.annotations.push(orphan);
    p
}

fn within(label: Option<&str>, source: Option<&str>, author: Option<&str>) -> Query {
    Query {
        within: Within {
            label: label.map(Into::into),
            source: source.map(Into::into),
            author: author.map(Into::into),
        },
        ..Query::plain("kcna")
    }
}

#[test]
fn restrictions_keep_hits_inside_a_matching_annotation() {
    let p = annotated();
    let at = |q: &Query| {
        found(&p, q)
            .into_iter()
            .map(|(d, s, _, _)| (d, s))
            .collect::<Vec<_>>()
    };
    assert_eq!(found(&p, &Query::plain("kcna")).len(), 6);
    assert_eq!(
        at(&within(Some("attribution"), None, None)),
        vec![("a".into(), 0), ("c".into(), 12)]
    );
    assert_eq!(
        at(&within(None, Some(" kcna "), None)),
        vec![("a".into(), 0)]
    );
    assert_eq!(
        at(&within(None, Some("조선중앙통신"), None)),
        vec![("c".into(), 12)]
    );
    // Author: who made it, or the colleague who changed it last.
    assert_eq!(at(&within(None, None, Some("bob"))), vec![("a".into(), 10)]);
    assert_eq!(
        at(&within(None, None, Some("chloé"))),
        vec![("a".into(), 10)]
    );
    // All fields on the same annotation.
    assert!(at(&within(Some("claim"), None, Some("alice"))).is_empty());
    // The orphaned claim over "KCNA" in c restricts nothing.
    assert_eq!(
        at(&within(Some("claim"), None, None)),
        vec![("a".into(), 10)]
    );
    // A hit crossing an annotation's end is not inside it (in a); in c it is inside.
    let crossing = Query {
        within: Within {
            label: Some("attribution".into()),
            ..Within::default()
        },
        ..Query::plain("said KCNA")
    };
    assert_eq!(at(&crossing), vec![("c".into(), 7)]);
}

#[test]
fn document_filter_and_limit_keep_document_order() {
    let p = annotated();
    let only = Query {
        documents: vec!["c".into(), "a".into()],
        ..Query::plain("kcna")
    };
    let docs: Vec<String> = found(&p, &only).into_iter().map(|f| f.0).collect();
    assert_eq!(docs, vec!["a", "a", "a", "c", "c"]);
    let first = search(&p, &Query::plain("kcna"), Some(4)).unwrap();
    assert_eq!(first, search(&p, &Query::plain("kcna"), None).unwrap()[..4]);
    assert!(
        search(&p, &Query::plain("kcna"), Some(0))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_run_reports_progress_and_stops_when_cancelled() {
    let p = annotated();
    let q = Query::plain("kcna").compile().unwrap();
    let index = CorpusIndex::new(&p);
    let progress = Progress::new();
    let mut n = 0;
    let outcome = q.run(&p, &index, &progress, |_| {
        n += 1;
        ControlFlow::Continue(())
    });
    assert_eq!(outcome, Ok(RunOutcome::Complete));
    let state = progress.state();
    assert_eq!(
        (state.done, state.total),
        (
            state.total,
            p.documents.iter().map(|d| d.text.len() as u64).sum()
        )
    );
    assert_eq!(n, 6);
    let stopped = q.run(&p, &index, &progress, |_| ControlFlow::Break(()));
    assert_eq!(stopped, Ok(RunOutcome::Stopped));
    progress.cancel();
    assert_eq!(
        q.run(&p, &index, &progress, |_| ControlFlow::Continue(())),
        Err(SearchError::Cancelled)
    );
}

#[test]
fn result_lines_show_context_on_one_line_with_labels() {
    let p = annotated();
    let index = CorpusIndex::new(&p);
    let hits = search(&p, &Query::plain("kcna"), None).unwrap();
    let lines: Vec<ResultLine> = hits
        .iter()
        .map(|&h| ResultLine::of(&p, &index, h, 5).unwrap())
        .collect();
    assert_eq!(lines[0].context, "KCNA said");
    assert_eq!(lines[0].labels, vec!["attribution"]);
    assert_eq!(lines[1].context, "said KCNA was ");
    assert_eq!(lines[1].labels, vec!["claim"]);
    assert!(lines[3].labels.is_empty());
    // Korean and emoji around the hit count as one char each.
    assert_eq!(lines[4].context, "said KCNA 👋🏽 K");
    assert_eq!(lines[4].labels, vec!["attribution"]);
    assert_eq!(lines[5].context, "A 👋🏽 KCNA.");
    assert!(lines[5].labels.is_empty(), "the orphan shows no label");
    let kwic = KeywordInContext::of(&p.documents[2], 12, 16, 3);
    assert_eq!(
        (
            kwic.before.as_str(),
            kwic.text.as_str(),
            kwic.after.as_str()
        ),
        ("id ", "KCNA", " 👋🏽")
    );
    assert_eq!(
        ResultLine::of(
            &p,
            &index,
            Hit {
                doc: 9,
                start: 0,
                end: 1
            },
            5
        ),
        None
    );
}

#[test]
fn labels_come_from_the_interval_index_on_long_documents() {
    let text = "word ".repeat(400);
    let mut p = project_of(&[("d", &text)]);
    let doc = p.documents[0].clone();
    for k in 0..100 {
        let label = if k % 2 == 0 { "claim" } else { "speculation" };
        p.annotations.push(Annotation::new(
            "d",
            k * 5,
            k * 5 + 4,
            doc.slice(k * 5, k * 5 + 4),
            label,
            "a",
        ));
    }
    let index = CorpusIndex::new(&p);
    assert_eq!(index.labels_at(&p, 0, 10, 14), vec!["claim"]);
    assert_eq!(index.labels_at(&p, 0, 3, 7), vec!["claim", "speculation"]);
    assert!(index.labels_at(&p, 0, 600, 604).is_empty());
}

#[test]
fn the_session_moves_between_hits_and_keeps_its_place() {
    let h = |doc, start| Hit {
        doc,
        start,
        end: start + 1,
    };
    let mut s = SearchSession::new(Query::plain("x"));
    assert_eq!(s.position_label(), "searching…");
    assert_eq!(s.select_next(), None);
    s.push_hits([h(0, 1), h(0, 5)]);
    assert_eq!(s.position_label(), "2 hits+");
    s.push_hits([h(2, 0)]);
    s.finish();
    assert_eq!(s.select_next(), Some(h(0, 1)));
    assert_eq!(s.select_previous(), Some(h(2, 0)));
    assert_eq!(s.select_next(), Some(h(0, 1)));
    assert_eq!(s.select_next(), Some(h(0, 5)));
    assert_eq!(s.position_label(), "2 of 3");
    assert_eq!(s.select(99), Some(h(2, 0)));
    // The project changed: the hit at (0, 5) is gone, the selection goes to the next.
    s.select(1);
    s.replace_hits(vec![h(0, 1), h(1, 2), h(2, 0)], true);
    assert_eq!(s.selected_hit(), Some(h(1, 2)));
    s.replace_hits(vec![h(0, 0)], true);
    assert_eq!(s.selected_hit(), Some(h(0, 0)));
    s.replace_hits(Vec::new(), true);
    assert_eq!(
        (s.selected_hit(), s.position_label().as_str()),
        (None, "no hits")
    );
    s.restart(Query::plain("y"));
    assert!(s.is_empty() && !s.is_complete() && s.query().text == "y");
}

#[test]
fn tagging_hits_is_one_undo_step_and_skips_tagged_spans() {
    let mut p = annotated();
    p.annotations.truncate(3);
    let hits = search(&p, &Query::plain("kcna"), None).unwrap();
    let mut editor = crate::edit::Editor::new(p.clone());
    let tagged = tag_hits(&p, &hits, "attribution", Some("KCNA"), "dana").unwrap();
    assert_eq!((tagged.added, tagged.skipped), (6, 0));
    editor.apply(tagged.edit).unwrap();
    let added: Vec<&Annotation> = editor
        .project()
        .annotations
        .iter()
        .filter(|a| a.author == "dana")
        .collect();
    assert_eq!(added.len(), 6);
    assert!(
        added
            .iter()
            .all(|a| a.quote.eq_ignore_ascii_case("kcna") && a.source.as_deref() == Some("KCNA"))
    );
    // Again: every span is tagged already.
    let again = tag_hits(editor.project(), &hits, "attribution", None, "dana").unwrap();
    assert_eq!((again.added, again.skipped), (0, 6));
    editor.undo();
    assert_eq!(editor.project().annotations.len(), 3);
    assert!(tag_hits(&p, &hits, "nope", None, "dana").is_err());
}

#[test]
fn word_chars_and_is_match() {
    for c in ['a', 'É', '조', '7', '_', '\u{301}'] {
        assert!(is_word_char(c), "{c:?}");
    }
    for c in [' ', '“', '’', '👋', '🏽', '-', '\n'] {
        assert!(!is_word_char(c), "{c:?}");
    }
    let m = Matcher::new("조선", false, false, true).unwrap();
    assert!(m.is_match("보도: 조선, 오늘"));
    assert!(!m.is_match("조선중앙통신"));
}
