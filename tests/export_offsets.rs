//! Every exported offset, in every format and unit, slices the exported text to
//! exactly the annotation's quote. The slicing here is independent of the library:
//! the text is re-encoded (a `Vec<char>`, UTF-16 code units, UTF-8 bytes) and cut.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use marginalia::export::{ExportFormat, ExportOptions, Selection, brat, conll, export_to_string};
use marginalia::model::{Annotation, Document, OffsetUnit, Project};
use serde_json::Value;

mod roundtrip_support;
use roundtrip_support::essence;

const UNITS: [OffsetUnit; 3] = [OffsetUnit::Chars, OffsetUnit::Utf16, OffsetUnit::Bytes];

/// `text[start..end]` with offsets in `unit`, computed without the library.
fn cut(text: &str, start: usize, end: usize, unit: OffsetUnit) -> String {
    assert!(start <= end, "{start}..{end}");
    match unit {
        OffsetUnit::Chars => text.chars().collect::<Vec<_>>()[start..end]
            .iter()
            .collect(),
        OffsetUnit::Utf16 => {
            let units: Vec<u16> = text.encode_utf16().collect();
            String::from_utf16(&units[start..end]).expect("offsets split a surrogate pair")
        }
        OffsetUnit::Bytes => String::from_utf8(text.as_bytes()[start..end].to_vec())
            .expect("offsets split a UTF-8 sequence"),
    }
}

fn export(p: &Project, format: ExportFormat, unit: OffsetUnit) -> String {
    let sel = Selection::new(p, &ExportOptions::default()).unwrap();
    export_to_string(&sel, format, unit).unwrap().0
}

fn by_id(p: &Project) -> HashMap<&str, &Annotation> {
    p.annotations.iter().map(|a| (a.id.as_str(), a)).collect()
}

fn check_jsonl(p: &Project, unit: OffsetUnit) -> usize {
    let anns = by_id(p);
    let mut n = 0;
    for line in export(p, ExportFormat::Jsonl, unit).lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap();
        let triples = v["label"].as_array().unwrap();
        let spans = v["spans"].as_array().unwrap();
        assert_eq!(triples.len(), spans.len());
        for (t, s) in triples.iter().zip(spans) {
            let (a, b) = (
                t[0].as_u64().unwrap() as usize,
                t[1].as_u64().unwrap() as usize,
            );
            let quote = s["text"].as_str().unwrap();
            // doccano reads `label` in chars whatever the unit of `spans`.
            assert_eq!(
                cut(text, a, b, OffsetUnit::Chars),
                quote,
                "jsonl {unit:?} label triple"
            );
            let (sa, sb) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(cut(text, sa, sb, unit), quote, "jsonl {unit:?} span");
            assert_eq!(anns[s["id"].as_str().unwrap()].quote, quote);
            n += 1;
        }
    }
    n
}

fn check_csv(p: &Project, unit: OffsetUnit) -> usize {
    let out = export(p, ExportFormat::Csv, unit);
    let mut r = csv::Reader::from_reader(out.as_bytes());
    let (start, end) = match unit {
        OffsetUnit::Chars => ("start", "end"),
        OffsetUnit::Utf16 => ("start_utf16", "end_utf16"),
        OffsetUnit::Bytes => ("start_bytes", "end_bytes"),
    };
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "document",
            start,
            end,
            "label",
            "source",
            "author",
            "note",
            "text",
            "outlet",
            "date",
            "date_original",
            "url",
            "byline",
            "language"
        ]
    );
    let mut n = 0;
    for row in r.records() {
        let row = row.unwrap();
        let doc = p.document(&row[0]).unwrap();
        let (a, b) = (row[1].parse().unwrap(), row[2].parse().unwrap());
        assert_eq!(cut(&doc.text, a, b, unit), &row[7], "csv {unit:?}");
        n += 1;
    }
    n
}

fn check_w3c(p: &Project) -> usize {
    let v: Value = serde_json::from_str(&export(p, ExportFormat::W3c, OffsetUnit::Chars)).unwrap();
    assert_eq!(v["type"], "AnnotationCollection");
    let texts: HashMap<&str, &str> = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["id"].as_str().unwrap(), d["text"].as_str().unwrap()))
        .collect();
    assert!(
        v["id"]
            .as_str()
            .unwrap()
            .starts_with("urn:marginalia:collection:")
    );
    assert_eq!(v["first"]["type"], "AnnotationPage");
    let items = v["first"]["items"].as_array().unwrap();
    assert_eq!(v["total"].as_u64().unwrap() as usize, items.len());
    for item in items {
        let text = texts[item["target"]["source"].as_str().unwrap()];
        let sel = item["target"]["selector"].as_array().unwrap();
        let quote = sel
            .iter()
            .find(|s| s["type"] == "TextQuoteSelector")
            .unwrap();
        let pos = sel
            .iter()
            .find(|s| s["type"] == "TextPositionSelector")
            .unwrap();
        let (a, b) = (
            pos["start"].as_u64().unwrap() as usize,
            pos["end"].as_u64().unwrap() as usize,
        );
        let exact = quote["exact"].as_str().unwrap();
        assert_eq!(cut(text, a, b, OffsetUnit::Chars), exact, "w3c");
        assert!(cut(text, 0, a, OffsetUnit::Chars).ends_with(quote["prefix"].as_str().unwrap()));
        let len = text.chars().count();
        assert!(
            cut(text, b, len, OffsetUnit::Chars).starts_with(quote["suffix"].as_str().unwrap())
        );
    }
    items.len()
}

fn check_brat(p: &Project) -> usize {
    let sel = Selection::new(p, &ExportOptions::default()).unwrap();
    let files: HashMap<String, String> = brat::to_brat(&sel)
        .into_iter()
        .map(|f| (f.name, f.contents))
        .collect();
    let mut n = 0;
    for d in &p.documents {
        let text = &files[&format!("{}.txt", d.id)];
        assert_eq!(text, &d.text);
        let quotes: Vec<&str> = {
            let mut anns: Vec<&Annotation> = p.annotations_of(&d.id).collect();
            anns.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
            anns.into_iter().map(|a| a.quote.as_str()).collect()
        };
        let mut k = 0;
        for line in files[&format!("{}.ann", d.id)]
            .lines()
            .filter(|l| l.starts_with('T'))
        {
            let parts: Vec<&str> = line.splitn(3, '\t').collect();
            let (_, offsets) = parts[1].split_once(' ').unwrap();
            let mut frags = Vec::new();
            let (mut lo, mut hi) = (usize::MAX, 0);
            for f in offsets.split(';') {
                let (a, b) = f.split_once(' ').unwrap();
                let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
                frags.push(cut(text, a, b, OffsetUnit::Chars));
                lo = lo.min(a);
                hi = hi.max(b);
            }
            let whole = cut(text, lo, hi, OffsetUnit::Chars);
            if whole.chars().all(|c| c == '\n') {
                // Only line breaks: exact bounds, spaces in the text field.
                assert_eq!(whole.replace('\n', " "), parts[2], "brat text field");
                assert_eq!(whole, quotes[k], "brat span");
            } else {
                // brat's rule: the text field is the fragments joined by a space, and
                // no fragment holds a line break (those at a span's edges are left
                // out of it).
                assert_eq!(frags.join(" "), parts[2], "brat text field");
                assert!(frags.iter().all(|f| !f.contains('\n')));
                assert_eq!(whole, quotes[k].trim_matches('\n'), "brat span");
            }
            k += 1;
        }
        assert_eq!(k, quotes.len());
        n += k;
    }
    n
}

fn check_conll(p: &Project, unit: OffsetUnit) -> usize {
    let out = export(p, ExportFormat::Conll, unit);
    // Expected runs: the annotations that win, in the unit.
    let mut expected = BTreeSet::new();
    for d in &p.documents {
        let anns: Vec<&Annotation> = p.annotations_of(&d.id).collect();
        let (won, _) = conll::winners(&anns);
        for w in won {
            let a_s = conv(d, w.start, unit);
            let a_e = conv(d, w.end, unit);
            expected.insert((d.id.clone(), a_s, a_e, w.annotation.label.clone()));
        }
    }
    let mut found = BTreeSet::new();
    let mut doc: Option<&Document> = None;
    let mut run: Option<(usize, usize, String)> = None;
    let mut flush = |run: &mut Option<(usize, usize, String)>, doc: Option<&Document>| {
        if let (Some((s, e, label)), Some(d)) = (run.take(), doc) {
            found.insert((d.id.clone(), s, e, label));
        }
    };
    // Documents follow in the project's order, each opened by `-DOCSTART-`.
    let mut next_doc = p.documents.iter();
    for line in out.lines() {
        if line == "-DOCSTART- -X- O O" {
            flush(&mut run, doc);
            doc = next_doc.next();
            continue;
        }
        if line.is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 4, "{line:?}");
        let d = doc.unwrap();
        let (s, e): (usize, usize) = (cols[1].parse().unwrap(), cols[2].parse().unwrap());
        assert_eq!(cut(&d.text, s, e, unit), cols[0], "conll {unit:?} token");
        let tag = cols[3];
        if let Some(label) = tag.strip_prefix("B-") {
            flush(&mut run, doc);
            run = Some((s, e, label.to_string()));
        } else if let Some(label) = tag.strip_prefix("I-") {
            let r = run.as_mut().expect("I- without B-");
            assert_eq!(r.2, label);
            r.1 = e;
        } else {
            assert_eq!(tag, "O");
            flush(&mut run, doc);
        }
    }
    flush(&mut run, doc);
    for (id, s, e, _) in &found {
        let d = p.document(id).unwrap();
        let q = cut(&d.text, *s, *e, unit);
        assert!(
            p.annotations_of(id).any(|a| a.quote.trim() == q),
            "run {s}..{e} = {q:?}"
        );
    }
    assert_eq!(found, expected, "conll {unit:?}");
    found.len()
}

/// `c` chars into `d` as `unit`, computed without the library.
fn conv(d: &Document, c: usize, unit: OffsetUnit) -> usize {
    let prefix: String = d.text.chars().take(c).collect();
    match unit {
        OffsetUnit::Chars => c,
        OffsetUnit::Utf16 => prefix.encode_utf16().count(),
        OffsetUnit::Bytes => prefix.len(),
    }
}

fn check_everything(p: &Project) {
    let total = p.annotations.len();
    for unit in UNITS {
        assert_eq!(check_jsonl(p, unit), total);
        assert_eq!(check_csv(p, unit), total);
        check_conll(p, unit);
    }
    assert_eq!(check_w3c(p), total);
    assert_eq!(check_brat(p), total);
}

#[test]
fn fixture_offsets_slice_to_quotes_in_every_format_and_unit() {
    let p = marginalia::store::load_project(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/project.ron"),
    )
    .unwrap();
    check_everything(&p);
}

/// Pieces of text that trip offset code: Korean, astral emoji with modifiers and
/// flags (surrogate pairs), curly quotes, combining accents, line breaks.
const PIECES: &[&str] = &[
    "조선중앙통신",
    "KCNA",
    "said",
    "“victory”",
    "’s",
    "👋🏽",
    "🇰🇵",
    "e\u{301}",
    "Zoë",
    "state media",
    "—",
    "\n",
    "\n\n",
    ".",
    ",",
    "평양",
    "𝒳",
    "a",
];

fn generated_project(seed: u64) -> Project {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut p = Project::new("generated");
    for d in 0..3 {
        let mut text = String::new();
        for _ in 0..rng.usize(20..80) {
            text.push_str(PIECES[rng.usize(..PIECES.len())]);
            text.push(if rng.u8(..4) == 0 { '\n' } else { ' ' });
        }
        let doc = Document::new(format!("d{d}"), format!("Doc {d}"), text);
        let chars: Vec<char> = doc.text.chars().collect();
        let solid: Vec<usize> = (0..chars.len())
            .filter(|&i| !chars[i].is_whitespace())
            .collect();
        for k in 0..rng.usize(1..12) {
            let a = solid[rng.usize(..solid.len())];
            let b = solid[rng.usize(..solid.len())];
            let (s, e) = (a.min(b), a.max(b) + 1);
            let label = ["claim", "speculation", "attribution"][rng.usize(..3)];
            let quote = doc.slice(s, e).to_string();
            let mut ann = Annotation::new(doc.id.clone(), s, e, quote, label, "gen");
            ann.id = format!("{}-{k}", doc.id);
            if label == "attribution" {
                ann.source = Some("state media".into());
            }
            p.annotations.push(ann);
        }
        p.documents.push(doc);
    }
    // Spans that start or end on a line break, and one that is only line breaks.
    let mut edge = Vec::new();
    for d in &p.documents {
        let chars: Vec<char> = d.text.chars().collect();
        for (i, _) in chars
            .iter()
            .enumerate()
            .filter(|(_, c)| **c == '\n')
            .take(2)
        {
            for (s, e) in [
                (i, (i + 4).min(chars.len())),
                (i.saturating_sub(3), i + 1),
                (i, i + 1),
            ] {
                let key = (d.id.as_str(), s, e);
                if edge
                    .iter()
                    .any(|a: &Annotation| (a.doc.as_str(), a.start, a.end) == key)
                {
                    continue;
                }
                let mut a = Annotation::new(d.id.clone(), s, e, d.slice(s, e), "claim", "gen");
                a.id = format!("{}-edge-{s}-{e}", d.id);
                edge.push(a);
            }
        }
    }
    p.annotations.extend(edge);
    assert!(marginalia::store::check_project(&p).is_empty());
    p
}

/// What a brat round trip gives back: spans without the line breaks at their edges
/// (brat's fragments leave them out), identical annotations once.
fn brat_bounds(p: &Project) -> Vec<roundtrip_support::Essence> {
    let mut q = p.clone();
    for a in &mut q.annotations {
        if a.quote.chars().all(|c| c == '\n') {
            continue;
        }
        let lead = a.quote.chars().take_while(|&c| c == '\n').count();
        let trail = a.quote.chars().rev().take_while(|&c| c == '\n').count();
        a.start += lead;
        a.end -= trail;
        a.quote = a.quote.trim_matches('\n').to_string();
    }
    let mut v = essence(&q);
    v.dedup();
    v
}

#[test]
fn generated_texts_and_arbitrary_spans_slice_exactly() {
    for seed in 1..=25 {
        check_everything(&generated_project(seed));
    }
}

#[test]
fn generated_projects_round_trip_through_jsonl_and_brat() {
    use marginalia::export::{ImportFormat, ImportOptions, export_to_path, import_paths};
    for seed in 1..=10 {
        let mut p = generated_project(seed);
        for (k, a) in p.annotations.iter_mut().enumerate() {
            if k % 3 == 0 {
                a.note = format!("note {k}, with “quotes”\nand a second line");
            }
        }
        let dir = tempfile::tempdir().unwrap();
        let sel = Selection::new(&p, &ExportOptions::default()).unwrap();
        for (format, unit, out) in [
            (
                ExportFormat::Jsonl,
                OffsetUnit::Utf16,
                dir.path().join("a.jsonl"),
            ),
            (
                ExportFormat::Jsonl,
                OffsetUnit::Bytes,
                dir.path().join("b.jsonl"),
            ),
            (
                ExportFormat::Brat,
                OffsetUnit::Chars,
                dir.path().join("brat"),
            ),
        ] {
            export_to_path(&sel, format, unit, &out).unwrap();
            let mut back = Project::new("back");
            import_paths(
                &mut back,
                &[&out],
                ImportFormat::Auto,
                &ImportOptions::default(),
            )
            .unwrap();
            let want = if format == ExportFormat::Brat {
                brat_bounds(&p)
            } else {
                essence(&p)
            };
            let got = essence(&back);
            let missing: Vec<_> = want.iter().filter(|s| !got.contains(s)).collect();
            let extra: Vec<_> = got.iter().filter(|s| !want.contains(s)).collect();
            assert!(
                missing.is_empty() && extra.is_empty() && got.len() == want.len(),
                "seed {seed} {format} {unit:?}: missing {missing:?}, extra {extra:?}"
            );
        }
    }
}
