//! Issue 13: the three-way merge of links (as a set: a link is its identity) and of
//! the source registry (sources by canonical name).

use std::collections::{BTreeSet, HashSet};

use super::report::{Conflict, ConflictItem};
use crate::model::{Link, Project, Source, SourceRegistry};

/// The merged links: those of `base` both sides kept, plus those either side added,
/// in the order ours then theirs list them; a link whose annotation is not in
/// `merged` (deleted on one side) is dropped, so none dangles.
pub(crate) fn merge_links(sides: [&Project; 3], merged: &Project) -> Vec<Link> {
    let [base, ours, theirs] = sides;
    let set = |p: &Project| -> HashSet<Link> { p.links.iter().cloned().collect() };
    let (o, x, y) = (set(base), set(ours), set(theirs));
    let ids: HashSet<&str> = merged.annotations.iter().map(|a| a.id.as_str()).collect();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    let mut candidates: Vec<&Link> = ours.links.iter().chain(&theirs.links).collect();
    // The result must not depend on which side is ours.
    candidates.sort();
    for l in candidates {
        let keep = if o.contains(l) {
            x.contains(l) && y.contains(l)
        } else {
            true
        };
        if keep
            && l.from != l.to
            && ids.contains(l.from.as_str())
            && ids.contains(l.to.as_str())
            && seen.insert(l.clone())
        {
            out.push(l.clone());
        }
    }
    out
}

/// The merged registry: sources by name, each merged three-way (changed on one
/// side → that change; changed differently on both → the greater version by
/// content, reported).
pub(crate) fn merge_registry(
    sides: [&Project; 3],
    conflicts: &mut Vec<Conflict>,
) -> SourceRegistry {
    let [base, ours, theirs] = sides.map(|p| &p.registry);
    if ours == theirs {
        return ours.clone();
    }
    if ours == base {
        return theirs.clone();
    }
    if theirs == base {
        return ours.clone();
    }
    let get = |r: &SourceRegistry, name: &str| r.sources.iter().find(|s| s.name == name).cloned();
    let names: BTreeSet<&str> = [base, ours, theirs]
        .iter()
        .flat_map(|r| r.sources.iter().map(|s| s.name.as_str()))
        .collect();
    let mut sources: Vec<Source> = Vec::new();
    for name in names {
        let (o, x, y) = (get(base, name), get(ours, name), get(theirs, name));
        let merged = if x == y || y == o {
            x
        } else if x == o {
            y
        } else {
            conflicts.push(Conflict {
                item: ConflictItem::Other,
                id: format!("registry/{name}"),
                reason: "source changed differently on both sides: one version kept".into(),
            });
            x.max(y)
        };
        sources.extend(merged);
    }
    SourceRegistry { sources }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, Document};

    fn base() -> Project {
        let mut p = Project::new("p");
        p.documents.push(Document::new("d", "t", "KCNA said it."));
        for (s, e, q) in [(0, 4, "KCNA"), (5, 9, "said"), (10, 12, "it")] {
            let mut a = Annotation::new("d", s, e, q, "claim", "me");
            a.id = q.into();
            a.created.clear();
            p.annotations.push(a);
        }
        p.links.push(Link::attributes("KCNA", "said"));
        p
    }

    #[test]
    fn links_merge_by_identity_and_never_dangle() {
        let o = base();
        let mut x = o.clone();
        x.links.clear(); // ours unlinked
        x.links.push(Link::attributes("KCNA", "it")); // and linked another
        let mut y = o.clone();
        y.annotations.retain(|a| a.id != "it"); // theirs deleted the target
        let merged = super::super::merge3(&o, &x, &y).project;
        assert!(merged.links.is_empty(), "{:?}", merged.links);
        let swapped = super::super::merge3(&o, &y, &x).project;
        assert_eq!(swapped.links, merged.links);
        let mut z = o.clone();
        z.links.push(Link::attributes("KCNA", "it"));
        let merged = super::super::merge3(&o, &z, &o).project;
        assert_eq!(merged.links.len(), 2);
        assert!(crate::model::link_problems(&merged).is_empty());
    }

    #[test]
    fn registry_sources_merge_by_name() {
        let o = base();
        let src = |name: &str, alias: &str| Source {
            name: name.into(),
            kind: "state media".into(),
            aliases: vec![alias.into()],
        };
        let mut x = o.clone();
        x.registry.sources.push(src("KCNA", "조선중앙통신"));
        let mut y = o.clone();
        y.registry.sources.push(src("Rodong Sinmun", "로동신문"));
        let m = super::super::merge3(&o, &x, &y);
        let names: Vec<&str> = m
            .project
            .registry
            .sources
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        assert_eq!(names, ["KCNA", "Rodong Sinmun"]);
    }
}
