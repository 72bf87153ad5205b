//! Issue 13: the edits of links between annotations and of the project's source
//! registry. Applied by [`super::apply::apply`]; the builders here turn a
//! registry change (rename, merge, alias) into one undoable [`Edit`] that also
//! updates every annotation whose source it renames.

use super::command::{AnnotationChange, Edit, EditError};
use crate::model::{Link, Project, Source, SourceKind, SourceRegistry};

/// Adds `link` at position `at` of the project's links (`None`: at the end).
pub(crate) fn add_link(
    project: &mut Project,
    link: Link,
    at: Option<usize>,
) -> Result<Edit, EditError> {
    for end in [&link.from, &link.to] {
        if project.annotation(end).is_none() {
            return Err(EditError::NoSuchAnnotation(end.clone()));
        }
    }
    if link.from == link.to {
        return Err(EditError::BadLink(format!(
            "annotation '{}' cannot be linked to itself",
            link.from
        )));
    }
    if project.links.contains(&link) {
        return Err(EditError::BadLink(format!(
            "'{}' already {} '{}'",
            link.from,
            link.kind.as_str(),
            link.to
        )));
    }
    let at = at.unwrap_or(project.links.len()).min(project.links.len());
    project.links.insert(at, link.clone());
    Ok(Edit::RemoveLink(link))
}

/// Removes `link`; its inverse puts it back at the same position.
pub(crate) fn remove_link(project: &mut Project, link: Link) -> Result<Edit, EditError> {
    let at = project
        .links
        .iter()
        .position(|l| *l == link)
        .ok_or_else(|| EditError::BadLink(format!("no link {} → {}", link.from, link.to)))?;
    let link = project.links.remove(at);
    Ok(Edit::AddLink { link, at: Some(at) })
}

/// Removes every link touching an annotation of `ids` and returns the edits that
/// put them back (in their old positions, first to last).
pub(crate) fn drop_links_of(project: &mut Project, ids: &[&str]) -> Vec<Edit> {
    if project.links.is_empty() {
        return Vec::new();
    }
    let mut restore = Vec::new();
    let mut at = 0;
    project.links.retain(|l| {
        let gone = ids.iter().any(|id| l.touches(id));
        if gone {
            restore.push(Edit::AddLink {
                link: l.clone(),
                at: Some(at),
            });
        }
        at += 1;
        !gone
    });
    restore
}

/// An edit that replaces the project's registry with `registry` and changes the
/// source of every annotation for which `rename` gives a new name, as one step.
fn registry_edit(
    project: &Project,
    registry: SourceRegistry,
    rename: impl Fn(&str) -> Option<String>,
) -> Edit {
    let mut edits = vec![Edit::SetRegistry(registry)];
    for a in &project.annotations {
        let Some(new) = a.source.as_deref().and_then(&rename) else {
            continue;
        };
        if a.source.as_deref() != Some(new.as_str()) {
            edits.push(Edit::UpdateAnnotation {
                id: a.id.clone(),
                change: AnnotationChange {
                    source: Some(Some(new)),
                    ..Default::default()
                },
            });
        }
    }
    Edit::Batch(edits)
}

fn find(registry: &SourceRegistry, name: &str) -> Result<usize, EditError> {
    registry
        .sources
        .iter()
        .position(|s| s.name == name)
        .ok_or_else(|| EditError::BadSource(format!("no source named '{name}' in the registry")))
}

/// Renames source `old` to `new`; the old name becomes an alias, and every
/// annotation whose source is `old` (or one of its aliases) gets `new`.
pub fn rename_source(project: &Project, old: &str, new: &str) -> Result<Edit, EditError> {
    let new = new.split_whitespace().collect::<Vec<_>>().join(" ");
    if new.is_empty() {
        return Err(EditError::BadSource("a source needs a name".into()));
    }
    let mut registry = project.source_registry().into_owned();
    let i = find(&registry, old)?;
    if registry.sources.iter().any(|s| s.name == new) && new != old {
        return Err(EditError::BadSource(format!(
            "'{new}' is already a source (merge them instead)"
        )));
    }
    let before = registry.clone();
    let source = &mut registry.sources[i];
    source.aliases.retain(|a| *a != new);
    if !source.aliases.iter().any(|a| a == old) {
        source.aliases.push(old.to_string());
    }
    source.name = new.clone();
    Ok(registry_edit(project, registry, |s| {
        (before.canonical(s) == Some(old)).then(|| new.clone())
    }))
}

/// Merges source `from` into `into`: `from`'s name and aliases become aliases of
/// `into`, `from` leaves the registry, and every annotation naming `from` (or an
/// alias of it) names `into`.
pub fn merge_sources(project: &Project, from: &str, into: &str) -> Result<Edit, EditError> {
    if from == into {
        return Err(EditError::BadSource(format!(
            "'{from}' is merged into itself"
        )));
    }
    let mut registry = project.source_registry().into_owned();
    let i = find(&registry, from)?;
    find(&registry, into)?;
    let before = registry.clone();
    let gone: Source = registry.sources.remove(i);
    let j = find(&registry, into)?;
    let target = &mut registry.sources[j];
    for alias in std::iter::once(gone.name).chain(gone.aliases) {
        if !target.aliases.contains(&alias) && alias != target.name {
            target.aliases.push(alias);
        }
    }
    Ok(registry_edit(project, registry, |s| {
        (before.canonical(s) == Some(from)).then(|| into.to_string())
    }))
}

/// Adds `alias` to source `name`; annotations whose source is written `alias`
/// now name `name`.
pub fn add_alias(project: &Project, name: &str, alias: &str) -> Result<Edit, EditError> {
    let alias = alias.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut registry = project.source_registry().into_owned();
    let i = find(&registry, name)?;
    if let Some(owner) = registry.canonical(&alias) {
        return Err(EditError::BadSource(format!(
            "'{alias}' already names '{owner}'"
        )));
    }
    registry.sources[i].aliases.push(alias.clone());
    Ok(registry_edit(project, registry.clone(), |s| {
        (registry.canonical(s) == Some(name) && s != name).then(|| name.to_string())
    }))
}

/// Removes `alias` from source `name`; annotations keep their (canonical) sources.
pub fn remove_alias(project: &Project, name: &str, alias: &str) -> Result<Edit, EditError> {
    let mut registry = project.source_registry().into_owned();
    let i = find(&registry, name)?;
    let aliases = &mut registry.sources[i].aliases;
    let k = aliases
        .iter()
        .position(|a| a == alias)
        .ok_or_else(|| EditError::BadSource(format!("'{name}' has no alias '{alias}'")))?;
    aliases.remove(k);
    Ok(Edit::Batch(vec![Edit::SetRegistry(registry)]))
}

/// Sets the kind of source `name` (stored as the kind's label); annotations are
/// unchanged.
pub fn set_source_kind(project: &Project, name: &str, kind: SourceKind) -> Result<Edit, EditError> {
    let mut registry = project.source_registry().into_owned();
    let i = find(&registry, name)?;
    registry.sources[i].kind = kind.label().to_string();
    Ok(Edit::Batch(vec![Edit::SetRegistry(registry)]))
}

/// Adds source `name` of `kind` to the registry (the project gets its own copy of
/// the built-in registry first, as every registry edit does); annotations written
/// `name` are unchanged (they already name it).
pub fn add_source(project: &Project, name: &str, kind: SourceKind) -> Result<Edit, EditError> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(EditError::BadSource("a source needs a name".into()));
    }
    let mut registry = project.source_registry().into_owned();
    if let Some(owner) = registry.canonical(&name) {
        return Err(EditError::BadSource(format!(
            "'{name}' already names '{owner}'"
        )));
    }
    registry.sources.push(Source {
        name,
        kind: kind.label().to_string(),
        aliases: Vec::new(),
    });
    Ok(Edit::Batch(vec![Edit::SetRegistry(registry)]))
}
