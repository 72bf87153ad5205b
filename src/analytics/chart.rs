//! The figures behind the source charts (issue 13), from a [`SourceReport`]: bars
//! per source stacked by label, and a per-month timeline of each source's linked
//! content. Plain data, so the window only draws them and the sums can be tested.

use std::collections::BTreeMap;

use super::sources::{NO_SOURCE, SourceReport};

/// One bar per source (most linked content first): its claims, speculation and
/// other linked annotations, and its attributions without a link.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SourceBars {
    /// The sources, one per bar, in bar order.
    pub sources: Vec<String>,
    /// Claims linked to each source.
    pub claims: Vec<usize>,
    /// Speculation linked to each source.
    pub speculation: Vec<usize>,
    /// Other annotations linked to each source.
    pub other: Vec<usize>,
    /// Attributions of each source linked to nothing.
    pub unlinked: Vec<usize>,
}

impl SourceBars {
    /// The bars of `report`, summed over its groups when it is grouped; at most
    /// `max` sources (those with the most linked content, then attributions).
    pub fn of(report: &SourceReport, max: usize) -> SourceBars {
        let mut sums: BTreeMap<&str, [usize; 5]> = BTreeMap::new();
        for r in &report.sources {
            let s = sums.entry(r.source.as_str()).or_default();
            s[0] += r.claims;
            s[1] += r.speculation;
            s[2] += r.other_linked;
            s[3] += r.unlinked_attributions;
            s[4] += r.attributions;
        }
        let mut rows: Vec<(&str, [usize; 5])> = sums.into_iter().collect();
        rows.sort_by_key(|(name, s)| {
            (
                std::cmp::Reverse(s[0] + s[1] + s[2]),
                std::cmp::Reverse(s[4]),
                *name == NO_SOURCE,
                name.to_string(),
            )
        });
        rows.truncate(max);
        let mut bars = SourceBars::default();
        for (name, s) in rows {
            bars.sources.push(name.to_string());
            bars.claims.push(s[0]);
            bars.speculation.push(s[1]);
            bars.other.push(s[2]);
            bars.unlinked.push(s[3]);
        }
        bars
    }
}

/// Linked content (claims + speculation + other) per month for each source.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MonthSeries {
    /// The months (`YYYY-MM`, "(no date)" last), in order.
    pub months: Vec<String>,
    /// Each source with its count in each month of `months`.
    pub sources: Vec<(String, Vec<usize>)>,
}

impl MonthSeries {
    /// The timeline of a report grouped by month; at most `max` sources (most
    /// linked content first). An ungrouped report gives one "(all)" month.
    pub fn of(report: &SourceReport, max: usize) -> MonthSeries {
        let mut months: Vec<String> = report
            .sources
            .iter()
            .map(|r| r.group.clone().unwrap_or_else(|| "(all)".into()))
            .collect();
        months.sort_by_key(|m| (m.starts_with('('), m.clone()));
        months.dedup();
        let bars = SourceBars::of(report, max);
        let sources = bars
            .sources
            .iter()
            .map(|s| {
                let mut counts = vec![0; months.len()];
                for r in report.sources.iter().filter(|r| &r.source == s) {
                    let m = r.group.as_deref().unwrap_or("(all)");
                    if let Some(i) = months.iter().position(|x| x == m) {
                        counts[i] += r.claims + r.speculation + r.other_linked;
                    }
                }
                (s.clone(), counts)
            })
            .collect();
        MonthSeries { months, sources }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::sources::SourceRow;

    fn row(group: Option<&str>, source: &str, claims: usize, spec: usize) -> SourceRow {
        SourceRow {
            group: group.map(str::to_string),
            source: source.into(),
            attributions: 1,
            claims,
            speculation: spec,
            ..Default::default()
        }
    }

    #[test]
    fn bars_sum_the_groups_and_put_the_most_linked_first() {
        let report = SourceReport {
            sources: vec![
                row(Some("2026-01"), "KCNA", 2, 1),
                row(Some("2026-02"), "KCNA", 1, 0),
                row(Some("2026-01"), "some analysts", 0, 5),
                row(Some("(no date)"), "Yonhap", 1, 0),
            ],
            ..Default::default()
        };
        let bars = SourceBars::of(&report, 10);
        assert_eq!(bars.sources, ["some analysts", "KCNA", "Yonhap"]);
        assert_eq!(bars.claims, [0, 3, 1]);
        assert_eq!(bars.speculation, [5, 1, 0]);
        assert_eq!(SourceBars::of(&report, 1).sources, ["some analysts"]);
        let t = MonthSeries::of(&report, 10);
        assert_eq!(t.months, ["2026-01", "2026-02", "(no date)"]);
        assert_eq!(t.sources[1], ("KCNA".to_string(), vec![3, 1, 0]));
        assert_eq!(t.sources[2], ("Yonhap".to_string(), vec![0, 0, 1]));
    }
}
