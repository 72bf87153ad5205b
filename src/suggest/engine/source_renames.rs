//! The loop of a pass that files people under a group by reading each
//! attribution once: later attributions with the same source take the same
//! group without being read again ("A shipping agent said …" … "the agent
//! added" after "she said").

use super::Found;
use crate::suggest::ATTRIBUTION;

/// Renames the source of each attribution of `found` (in text order) that
/// `read` gives a group for, from the attribution and its source; a later
/// attribution with a source already renamed takes the same group unread.
/// Each renamed attribution's `why` says "“source” read as group (reason)".
/// `read` sees only its attribution (and what it captures, unchanged by the
/// pass), so a long list's later half is read on a second thread
/// ([`super::tail_split`]) while the first half is renamed here.
pub(super) fn rename_sources(
    found: &mut [Found],
    reason: &str,
    read: impl Fn(&Found, &str) -> Option<String> + Sync,
) {
    let mut renamed: Vec<(String, String)> = Vec::new();
    let Some(mid) = super::tail_split::halves(found.len()) else {
        rename_run(found, reason, &mut renamed, |_, f, source| read(f, source));
        return;
    };
    let (first, later) = found.split_at_mut(mid);
    let later_read: &[Found] = later;
    let read = &read;
    let ((), mut readings) = super::tail_split::beside(
        || rename_run(first, reason, &mut renamed, |_, f, source| read(f, source)),
        || {
            (later_read.iter())
                .map(|f| match (f.label == ATTRIBUTION, f.source.as_deref()) {
                    (true, Some(source)) => read(f, source),
                    _ => None,
                })
                .collect::<Vec<_>>()
        },
    );
    rename_run(later, reason, &mut renamed, |i, _, _| {
        readings.get_mut(i).and_then(Option::take)
    });
}

/// [`rename_sources`] over `found`, with the sources `renamed` before it;
/// `read` gets each attribution's index in `found`.
fn rename_run(
    found: &mut [Found],
    reason: &str,
    renamed: &mut Vec<(String, String)>,
    mut read: impl FnMut(usize, &Found, &str) -> Option<String>,
) {
    for (i, f) in found.iter_mut().enumerate() {
        if f.label != ATTRIBUTION {
            continue;
        }
        // Cheap first: the source borrowed, copied only when renamed.
        let Some(source) = f.source.as_deref() else {
            continue;
        };
        let group = match renamed.iter().find(|(old, _)| old == source) {
            Some((_, group)) => Some(group.clone()),
            None => {
                let group = read(i, f, source);
                if let Some(g) = &group {
                    renamed.push((source.to_string(), g.clone()));
                }
                group
            }
        };
        if let Some(group) = group {
            let source = f.source.replace(group).unwrap_or_default();
            let group = f.source.as_deref().unwrap_or_default();
            f.why
                .push_str(&format!(", “{source}” read as {group} ({reason})"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attribution(source: &str) -> Found {
        Found {
            start: 0,
            end: 1,
            label: ATTRIBUTION,
            source: Some(source.to_string()),
            rule: String::new(),
            score: 1.0,
            why: String::new(),
            back_reference: false,
        }
    }

    #[test]
    fn a_source_is_read_once_and_its_later_attributions_follow() {
        let mut found = vec![
            attribution("a dealer"),
            attribution("Reuters"),
            attribution("a dealer"),
        ];
        let reads = std::sync::atomic::AtomicUsize::new(0);
        rename_sources(&mut found, "a kind of people", |_, source| {
            reads.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            (source == "a dealer").then(|| "dealers".to_string())
        });
        assert_eq!(reads.into_inner(), 2);
        let sources: Vec<_> = found.iter().map(|f| f.source.as_deref()).collect();
        assert_eq!(sources, [Some("dealers"), Some("Reuters"), Some("dealers")]);
        assert_eq!(
            found[2].why,
            ", “a dealer” read as dealers (a kind of people)"
        );
        assert!(found[1].why.is_empty());
    }

    /// A list long enough to be read on two threads is renamed as on one:
    /// a source first renamed in the later half, and a first-half renaming
    /// followed in the later half.
    #[test]
    fn a_long_list_is_renamed_as_on_one_thread() {
        let sources = ["a dealer", "Reuters", "a broker", "she"];
        let make = || -> Vec<Found> {
            (0..10_000)
                .map(|i| {
                    let mut f = attribution(sources[(i * 7 / 3) % sources.len()]);
                    f.start = i;
                    f
                })
                .collect()
        };
        // Depends on the position: a broker is renamed only late in the list.
        let read = |f: &Found, source: &str| match source {
            "a dealer" => Some("dealers".to_string()),
            "a broker" if f.start > 7_000 => Some("brokers".to_string()),
            _ => None,
        };
        let mut split = make();
        rename_sources(&mut split, "a kind", read);
        let mut whole = make();
        let mut renamed = Vec::new();
        rename_run(&mut whole, "a kind", &mut renamed, |_, f, s| read(f, s));
        assert!(
            split
                .iter()
                .zip(&whole)
                .all(|(a, b)| a.source == b.source && a.why == b.why)
        );
        assert!(split.iter().any(|f| f.source.as_deref() == Some("brokers")));
    }
}
