//! Strings looked up by hash during an import ([`IdIndex`]): 16 bytes an entry
//! instead of a copy of every id (100,000 tiny documents: the importer's copies of
//! ids and annotation keys were a fifth of the import's memory).

use std::collections::HashMap;
use std::hash::{BuildHasher as _, Hash};

use foldhash::fast::RandomState;

/// Ids (or any keys) → an index into a list that holds them, kept as a seeded
/// 64-bit hash and the index. Exact: a hit is checked against the list, and the
/// rare keys whose hash another key already has are kept whole in `overflow`.
#[derive(Debug)]
pub(super) struct IdIndex {
    /// Seeded per process: ids come from files, a fixed hash could be attacked.
    hasher: RandomState,
    by_hash: HashMap<u64, usize, RandomState>,
    overflow: HashMap<String, usize>,
}

impl IdIndex {
    /// An empty index with room for `capacity` ids.
    pub(super) fn with_capacity(capacity: usize) -> IdIndex {
        let hasher = RandomState::default();
        IdIndex {
            by_hash: HashMap::with_capacity_and_hasher(capacity, hasher.clone()),
            hasher,
            overflow: HashMap::new(),
        }
    }

    /// The seeded hash of `key` (also for keys other than ids: see [`IdIndex::hash`]).
    pub(super) fn hash<K: Hash + ?Sized>(&self, key: &K) -> u64 {
        self.hasher.hash_one(key)
    }

    /// The index of `id`; `id_at(i)` is the id the list holds at `i`.
    pub(super) fn get<'l>(
        &self,
        id: &str,
        id_at: impl Fn(usize) -> Option<&'l str>,
    ) -> Option<usize> {
        match self.by_hash.get(&self.hash(id)) {
            Some(&i) if id_at(i) == Some(id) => Some(i),
            _ => self.overflow.get(id).copied(),
        }
    }

    /// Records `id` at `index` (an id already there keeps its first index).
    pub(super) fn insert<'l>(
        &mut self,
        id: &str,
        index: usize,
        id_at: impl Fn(usize) -> Option<&'l str>,
    ) {
        let hash = self.hash(id);
        match self.by_hash.get(&hash) {
            None => {
                self.by_hash.insert(hash, index);
            }
            Some(&i) if id_at(i) == Some(id) => {}
            Some(_) => {
                self.overflow.entry(id.to_string()).or_insert(index);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_are_exact_even_when_hashes_collide() {
        let ids = ["조선", "a", "b", "👋🏽", "e\u{301}"];
        let at = |i: usize| ids.get(i).copied();
        let mut index = IdIndex::with_capacity(2);
        for (i, id) in ids.iter().enumerate() {
            index.insert(id, i, at);
        }
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(index.get(id, at), Some(i));
        }
        assert_eq!(index.get("c", at), None);
        // A forced collision: "c"'s hash taken by "a" → kept whole, still found.
        let c = ["a", "c"];
        let at_c = |i: usize| c.get(i).copied();
        let mut collided = IdIndex::with_capacity(2);
        collided.insert("a", 0, at_c);
        collided.by_hash.insert(collided.hash("c"), 0);
        collided.insert("c", 1, at_c);
        assert_eq!(collided.get("c", at_c), Some(1));
        assert_eq!(collided.get("a", at_c), Some(0));
        assert_eq!(collided.get("d", at_c), None);
    }
}
