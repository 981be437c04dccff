//! A map kept as a vector of pairs and searched in order, for the few caches that hold a
//! handful of entries (stored texts per key, merge bases per post-mortem, time-zone
//! formatters): a hash map's code costs more wasm than such a search costs time.

use std::borrow::Borrow;

/// Keys and values, at most one value per key.
#[derive(Debug)]
pub struct SmallMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SmallMap<K, V> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<K, V> SmallMap<K, V> {
    /// A map of pairs whose keys are already distinct (such as the ids of stored
    /// post-mortems), taken as they are.
    pub fn from_distinct(pairs: Vec<(K, V)>) -> Self {
        Self(pairs)
    }
}

impl<K: PartialEq, V> SmallMap<K, V> {
    /// The value under `key`.
    pub fn get<Q: PartialEq + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.0
            .iter()
            .find(|(k, _)| k.borrow() == key)
            .map(|(_, v)| v)
    }

    /// Puts `value` under `key`, replacing what was there.
    pub fn insert(&mut self, key: K, value: V) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key, value)),
        }
    }

    /// Removes what is under `key`, if anything.
    pub fn remove<Q: PartialEq + ?Sized>(&mut self, key: &Q)
    where
        K: Borrow<Q>,
    {
        self.0.retain(|(k, _)| k.borrow() != key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_value_per_key_the_latest_inserted() {
        let mut map = SmallMap::from_distinct(vec![("a".to_owned(), 1), ("b".to_owned(), 2)]);
        map.insert("a".to_owned(), 3);
        assert_eq!(map.get("a"), Some(&3));
        assert_eq!(map.get("b"), Some(&2));
        assert_eq!(map.get("c"), None);
        map.insert("b".to_owned(), 4);
        map.insert("c".to_owned(), 5);
        assert_eq!((map.get("b"), map.get("c")), (Some(&4), Some(&5)));
        map.remove("a");
        map.remove("missing");
        assert_eq!(map.get("a"), None);
        assert_eq!(map.0.len(), 2);
    }
}
