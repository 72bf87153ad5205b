//! Source analytics: per source (canonical, through the project's registry), the
//! attributions naming it, the claims and speculation linked to them, the
//! attributions without a link and the share of speculation; optionally per
//! outlet, per month or per document.
//!
//! A claim or speculation "inherits" the source of every attribution linked to it
//! (counted once per source, however many attributions of that source link it).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::model::{Annotation, Project};

/// The label ids counted as content (the default schema's).
const CLAIM: &str = "claim";
/// See [`CLAIM`].
const SPECULATION: &str = "speculation";
/// The row name of attributions that name no source.
pub const NO_SOURCE: &str = "(no source)";

/// How rows are split besides the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Grouping {
    /// By the document's outlet (`meta.outlet`, "(unknown outlet)" when unset).
    Outlet,
    /// By the document's publication month (`YYYY-MM` of `meta.date`, "(no date)").
    Month,
    /// By document id.
    Document,
}

/// The counts of one source (within one group when grouped).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SourceRow {
    /// The group (outlet, month or document id) when the report is grouped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The source's canonical name ([`NO_SOURCE`] for attributions naming none).
    pub source: String,
    /// Its kind in the registry ("" when the registry does not know it).
    pub kind: String,
    /// Attributions naming it.
    pub attributions: usize,
    /// Of those, attributions linked to nothing.
    pub unlinked_attributions: usize,
    /// Claims linked to an attribution naming it.
    pub claims: usize,
    /// Speculation linked to an attribution naming it.
    pub speculation: usize,
    /// Other annotations linked to it (labels other than claim and speculation).
    pub other_linked: usize,
    /// speculation / (claims + speculation), when there is either.
    pub speculation_share: Option<f64>,
}

/// The whole report: the rows, sorted by group then most attributions first, and
/// the content nobody is linked to.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SourceReport {
    /// The grouping asked for, if any.
    pub by: Option<Grouping>,
    /// One row per (group, source).
    pub sources: Vec<SourceRow>,
    /// Claims no attribution is linked to.
    pub unattributed_claims: usize,
    /// Speculation no attribution is linked to.
    pub unattributed_speculation: usize,
}

/// The source report of `project`, grouped by `by` when given.
pub fn source_report(project: &Project, by: Option<Grouping>) -> SourceReport {
    let registry = project.source_registry();
    let docs: HashMap<&str, &crate::model::Document> = project
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d))
        .collect();
    let group_of = |a: &Annotation| -> Option<String> {
        let meta = docs.get(a.doc.as_str()).map(|d| &d.meta);
        by.map(|by| match by {
            Grouping::Document => a.doc.clone(),
            Grouping::Outlet => meta
                .and_then(|m| m.outlet.clone())
                .map(|o| registry.normalise(&o))
                .unwrap_or_else(|| "(unknown outlet)".into()),
            Grouping::Month => meta
                .and_then(|m| m.date.as_deref())
                .and_then(|d| d.get(..7))
                .map(str::to_string)
                .unwrap_or_else(|| "(no date)".into()),
        })
    };
    let attribution_labels: BTreeSet<&str> = (project.schema.labels.iter())
        .filter(|l| l.needs_source)
        .map(|l| l.id.as_str())
        .collect();
    let is_attribution = |a: &Annotation| attribution_labels.contains(a.label.as_str());
    let by_id: HashMap<&str, &Annotation> = project
        .annotations
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect();
    let source_of = |a: &Annotation| -> String {
        match a.source.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(s) => registry.normalise(s),
            None => NO_SOURCE.to_string(),
        }
    };
    let mut rows = Rows::new();
    // Links out of each attribution, and the sources each content inherits.
    let mut linked_from: HashMap<&str, usize> = HashMap::new();
    let mut inherited: HashMap<&str, BTreeSet<String>> = HashMap::new();
    for l in &project.links {
        let (Some(from), Some(to)) = (by_id.get(l.from.as_str()), by_id.get(l.to.as_str())) else {
            continue;
        };
        if !is_attribution(from) || is_attribution(to) {
            continue;
        }
        *linked_from.entry(from.id.as_str()).or_default() += 1;
        inherited
            .entry(to.id.as_str())
            .or_default()
            .insert(source_of(from));
    }
    let mut report = SourceReport {
        by,
        ..Default::default()
    };
    for a in &project.annotations {
        if is_attribution(a) {
            let r = row(&mut rows, group_of(a), source_of(a));
            r.attributions += 1;
            if !linked_from.contains_key(a.id.as_str()) {
                r.unlinked_attributions += 1;
            }
            continue;
        }
        let Some(sources) = inherited.get(a.id.as_str()) else {
            match a.label.as_str() {
                CLAIM => report.unattributed_claims += 1,
                SPECULATION => report.unattributed_speculation += 1,
                _ => {}
            }
            continue;
        };
        for s in sources {
            let r = row(&mut rows, group_of(a), s.clone());
            match a.label.as_str() {
                CLAIM => r.claims += 1,
                SPECULATION => r.speculation += 1,
                _ => r.other_linked += 1,
            }
        }
    }
    let kinds: HashMap<&str, &str> = (registry.sources.iter())
        .map(|s| (s.name.as_str(), s.kind.as_str()))
        .collect();
    report.sources = rows
        .into_values()
        .map(|mut r| {
            r.kind = kinds
                .get(r.source.as_str())
                .copied()
                .unwrap_or("")
                .to_string();
            let content = r.claims + r.speculation;
            r.speculation_share = (content > 0).then(|| r.speculation as f64 / content as f64);
            r
        })
        .collect();
    report.sources.sort_by(|a, b| {
        (a.group.cmp(&b.group))
            .then(b.attributions.cmp(&a.attributions))
            .then(a.source.cmp(&b.source))
    });
    report
}

type Rows = BTreeMap<(Option<String>, String), SourceRow>;

/// The row of (`group`, `source`), made empty when new.
fn row(rows: &mut Rows, group: Option<String>, source: String) -> &mut SourceRow {
    rows.entry((group.clone(), source.clone()))
        .or_insert_with(|| SourceRow {
            group,
            source,
            ..Default::default()
        })
}

impl SourceReport {
    /// The rows as CSV (header first): group (when grouped), source, kind, counts,
    /// share of speculation (empty when there is no content).
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        if self.by.is_some() {
            out.push_str("group,");
        }
        out.push_str(
            "source,kind,attributions,unlinked_attributions,claims,speculation,other_linked,speculation_share\n",
        );
        for r in &self.sources {
            if let Some(g) = &r.group {
                out.push_str(&csv_field(g));
                out.push(',');
            }
            out.push_str(&format!(
                "{},{},{},{},{},{},{},{}\n",
                csv_field(&r.source),
                csv_field(&r.kind),
                r.attributions,
                r.unlinked_attributions,
                r.claims,
                r.speculation,
                r.other_linked,
                r.speculation_share
                    .map(|s| format!("{s:.4}"))
                    .unwrap_or_default()
            ));
        }
        out
    }
}

/// A CSV field, quoted when it holds a comma, quote or line break.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, Link};

    const TEXT: &str = "조선중앙통신은 발사했다고 밝혔다. 전문가들은 의심한다.";

    fn project() -> Project {
        let mut p = Project::new("t");
        let mut d = Document::new("d", "t", TEXT);
        d.meta.outlet = Some("연합뉴스".into());
        d.meta.date = Some("2026-03-14".into());
        p.documents.push(d);
        let ann = |s: usize, e: usize, label: &str| {
            let q: String = TEXT.chars().skip(s).take(e - s).collect();
            Annotation::new("d", s, e, q, label, "me")
        };
        let kcna = ann(0, 6, "attribution").with_source("조선중앙통신");
        let claim = ann(8, 13, "claim");
        let experts = ann(19, 23, "attribution").with_source("experts");
        let spec = ann(24, 28, "speculation");
        let lone = ann(14, 17, "claim");
        p.links.push(Link::attributes(&kcna.id, &claim.id));
        p.links.push(Link::attributes(&kcna.id, &spec.id));
        p.annotations = vec![kcna, claim, experts, spec, lone];
        p
    }

    #[test]
    fn content_inherits_the_canonical_source_through_its_link() {
        let r = source_report(&project(), None);
        let kcna = r.sources.iter().find(|s| s.source == "KCNA").unwrap();
        assert_eq!(
            (kcna.attributions, kcna.claims, kcna.speculation),
            (1, 1, 1)
        );
        assert_eq!(kcna.unlinked_attributions, 0);
        assert_eq!(kcna.speculation_share, Some(0.5));
        assert_eq!(kcna.kind, "state media");
        let experts = r.sources.iter().find(|s| s.source == "experts").unwrap();
        assert_eq!(experts.unlinked_attributions, 1);
        assert_eq!(experts.speculation_share, None);
        assert_eq!(r.unattributed_claims, 1);
        assert_eq!(r.unattributed_speculation, 0);
    }

    #[test]
    fn groups_by_outlet_and_month_from_metadata() {
        let r = source_report(&project(), Some(Grouping::Outlet));
        assert!(
            r.sources
                .iter()
                .all(|s| s.group.as_deref() == Some("Yonhap"))
        );
        let r = source_report(&project(), Some(Grouping::Month));
        assert!(
            r.sources
                .iter()
                .all(|s| s.group.as_deref() == Some("2026-03"))
        );
        let csv = r.to_csv();
        assert!(csv.starts_with("group,source,"), "{csv}");
        assert!(
            csv.contains("2026-03,KCNA,state media,1,0,1,1,0,0.5000\n"),
            "{csv}"
        );
    }
}
