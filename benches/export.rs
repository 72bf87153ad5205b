//! Exporting every annotation of a project, per format, small case beside large case
//! (what `marginalia export` does after loading; see the README for the whole
//! process timed).
//!
//! `cargo bench --bench export` (or `-- jsonl` for one format).

mod common;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use marginalia::export::{ExportFormat, ExportOptions, Selection, export_to_string};
use marginalia::model::OffsetUnit;

fn export(c: &mut Criterion) {
    let formats = [
        ("jsonl", ExportFormat::Jsonl, OffsetUnit::Chars),
        ("jsonl_utf16", ExportFormat::Jsonl, OffsetUnit::Utf16),
        ("csv", ExportFormat::Csv, OffsetUnit::Chars),
        ("w3c", ExportFormat::W3c, OffsetUnit::Chars),
        ("conll", ExportFormat::Conll, OffsetUnit::Chars),
    ];
    for (name, format, unit) in formats {
        let mut group = c.benchmark_group(format!("export/{name}"));
        for case in common::SMALL_AND_LARGE {
            let case_name = common::CASES[case].0;
            group.bench_function(BenchmarkId::from_parameter(case_name), |b| {
                let project = common::project(case);
                b.iter(|| {
                    let selection =
                        Selection::new(project, &ExportOptions::default()).expect("select");
                    export_to_string(&selection, format, unit).expect("export")
                })
            });
        }
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = export
}
criterion_main!(benches);
