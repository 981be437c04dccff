//! Causes that are alike across post-mortems: "Similar to C1 in ‹title›" while a cause is
//! written, and causes that keep coming back. Statements are compared by the words that carry
//! their meaning (Dice's coefficient on normalised terms), through an inverted index so that
//! one statement is checked against thousands in microseconds. Pure.

use std::collections::BTreeMap;

use crate::sort::sort_by;

/// From this likeness on, two causes are "similar": two shared terms out of four and five,
/// three out of seven and seven, not two out of five and five. Tuned on the labelled pairs
/// of `tests/cause_similarity.rs` (its tuned part only).
pub const SIMILAR: f32 = 0.42;

/// A statement with fewer content words than this is too short to be alike anything.
const MIN_TERMS: usize = 2;

/// Words that say nothing about what went wrong, sorted (binary search): function words,
/// light verbs ("went", "made", "set") and negations, since "nobody checks X" and "X is not
/// checked" are the same cause.
#[rustfmt::skip] // Many words a line: one a line would fill two screens.
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "again", "all", "already", "also", "always", "am", "an", "and",
    "any", "anyone", "anything", "are", "as", "at", "be", "because", "been", "before", "being",
    "both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "done",
    "during", "each", "either", "else", "enough", "even", "ever", "every", "everyone", "for",
    "from", "get", "gets", "go", "goes", "going", "gone", "got", "had", "has", "have", "having",
    "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it",
    "its", "just", "keep", "keeps", "kept", "made", "make", "makes", "making", "many", "may",
    "me", "might", "more", "most", "much", "must", "my", "neither", "never", "new", "no",
    "nobody", "none", "noone", "nor", "not", "nothing", "now", "of", "off", "on", "once", "one",
    "only", "or", "other", "our", "ours", "over", "own", "same", "set", "she", "should", "so",
    "some", "someone", "something", "still", "such", "than", "that", "the", "their", "them",
    "then", "there", "these", "they", "this", "those", "through", "to", "too", "up", "upon",
    "us", "very", "was", "we", "went", "were", "what", "when", "where", "whether", "which",
    "while", "who", "whom", "whose", "why", "will", "with", "without", "would", "yet", "you",
    "your",
];

/// The words that carry a statement's meaning, normalised (lower-cased, stop words dropped,
/// light stemming of plurals, -ing, -ed, -ly and the possessive), deduplicated and sorted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Terms(Vec<String>);

impl Terms {
    pub fn of(text: &str) -> Terms {
        // Most text is ASCII, lower-cased in bulk; the general case costs a table look-up a letter.
        let lower = if text.is_ascii() {
            text.to_ascii_lowercase()
        } else {
            text.chars()
                .flat_map(char::to_lowercase)
                .map(|c| if c == '’' { '\'' } else { c })
                .collect()
        };
        // Inserted in order: a statement has a dozen words, fewer than a sort is worth.
        let mut words: Vec<String> = Vec::new();
        for w in lower
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter_map(word)
        {
            if let Err(at) = words.binary_search(&w) {
                words.insert(at, w);
            }
        }
        Terms(words)
    }

    /// The terms, sorted.
    pub fn words(&self) -> &[String] {
        &self.0
    }
}

/// One word's term, or `None` for a stop word, a number or a negated verb ("didn't").
fn word(raw: &str) -> Option<String> {
    if raw.ends_with("n't") {
        return None;
    }
    // "provider's" → "provider", "we're" → "we", "customers'" → "customers".
    let raw = raw.split('\'').next().unwrap_or_default();
    if raw.chars().count() < 2
        || raw.bytes().all(|b| b.is_ascii_digit())
        || STOP_WORDS.binary_search(&raw).is_ok()
    {
        return None;
    }
    Some(stem(raw))
}

/// A light stemmer: it folds the common English endings onto one stem ("retries",
/// "retried", "retrying" → "retry"; "schedule", "scheduled" → "schedul"). Stems need not
/// be words, only the same for the forms of one word.
fn stem(word: &str) -> String {
    let mut w = word.to_owned();
    let ends = |w: &str, s: &str| w.len() > s.len() + 1 && w.ends_with(s);
    // Plurals.
    if ends(&w, "ies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if ends(&w, "es")
        && w.len() > 4
        && ["s", "x", "z", "ch", "sh"]
            .iter()
            .any(|s| w[..w.len() - 2].ends_with(s))
    {
        w.truncate(w.len() - 2);
    } else if ends(&w, "s") && !["ss", "us", "is"].iter().any(|s| w.ends_with(s)) {
        w.pop();
    }
    // Verb and adverb endings, keeping a stem of three letters with a vowel.
    let has_vowel = |s: &str| s.bytes().any(|b| b"aeiouy".contains(&b));
    if ends(&w, "ied") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if let Some(cut) = ["ing", "ed"].iter().find_map(|s| {
        let rest = w.strip_suffix(s)?;
        (rest.len() >= 3 && has_vowel(rest)).then_some(rest.len())
    }) {
        w.truncate(cut);
        // "shipped" → "ship", but "missed" → "miss" and "filled" → "fill".
        let b = w.as_bytes();
        if let [.., x, y] = b {
            if x == y && !b"aeioulsz".contains(x) {
                w.pop();
            }
        }
    } else if w.len() >= 6 && w.ends_with("ly") {
        w.truncate(w.len() - 2);
    }
    // "schedule" and "scheduled" meet at "schedul".
    if w.len() >= 4 && w.ends_with('e') {
        w.pop();
    }
    w
}

/// Dice's coefficient from the number of shared terms; 0 when either side is too short.
fn dice(shared: usize, a: usize, b: usize) -> f32 {
    if a < MIN_TERMS || b < MIN_TERMS {
        return 0.0;
    }
    (2 * shared) as f32 / (a + b) as f32
}

/// How alike two statements are, from 0.0 (no shared term) to 1.0 (the same terms).
pub fn likeness(a: &Terms, b: &Terms) -> f32 {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.0.get(i), b.0.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    dice(shared, a.0.len(), b.0.len())
}

/// Cause statements, each under a key (such as a post-mortem's id and a cause's number),
/// indexed by term for fast comparison.
pub struct CauseIndex<K> {
    keys: Vec<K>,
    /// How many terms each entry has.
    sizes: Vec<usize>,
    /// Every entry's terms, sorted; a term's id is its position here.
    vocabulary: Vec<String>,
    /// For each term, the entries (positions) that have it, in order; entries too short to
    /// match are left out.
    postings: Vec<Vec<u32>>,
}

impl<K: Clone> CauseIndex<K> {
    pub fn new<'s>(entries: impl IntoIterator<Item = (K, &'s str)>) -> Self {
        let mut keys = Vec::new();
        let mut sizes = Vec::new();
        let mut by_term: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for (entry, (key, text)) in entries.into_iter().enumerate() {
            let terms = Terms::of(text).0;
            keys.push(key);
            sizes.push(terms.len());
            if terms.len() >= MIN_TERMS {
                for word in terms {
                    by_term.entry(word).or_default().push(entry as u32);
                }
            }
        }
        let (vocabulary, postings) = by_term.into_iter().unzip();
        CauseIndex {
            keys,
            sizes,
            vocabulary,
            postings,
        }
    }

    /// Entries similar to `statement`, best first (then in index order), at most `limit`.
    /// An entry with the very same statement is among them: leave out the cause being
    /// written by its key.
    pub fn similar_to(&self, statement: &str, limit: usize) -> Vec<(K, f32)> {
        let terms = Terms::of(statement);
        let ids: Vec<usize> = terms
            .0
            .iter()
            .filter_map(|w| self.vocabulary.binary_search(w).ok())
            .collect();
        let mut found: Vec<(usize, f32)> = self
            .shared_with(&ids, 0, &mut vec![0; self.keys.len()])
            .into_iter()
            .map(|(e, shared)| (e, dice(shared, terms.0.len(), self.sizes[e])))
            .filter(|(_, l)| *l >= SIMILAR)
            .collect();
        sort_by(&mut found, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        found
            .into_iter()
            .take(limit)
            .map(|(e, l)| (self.keys[e].clone(), l))
            .collect()
    }

    /// The entries from position `from` on that share at least one of the terms `ids`, with
    /// how many they share, in no particular order. `counts` is scratch space of one zero
    /// per entry, left all zeros again: reused, it spares `recurring` a fresh one per entry.
    fn shared_with(&self, ids: &[usize], from: usize, counts: &mut [u32]) -> Vec<(usize, usize)> {
        let mut touched = Vec::new();
        for &id in ids {
            let entries = &self.postings[id];
            // Postings are in index order: skip to `from`.
            let start = entries.partition_point(|&e| (e as usize) < from);
            for &e in &entries[start..] {
                let e = e as usize;
                if counts[e] == 0 {
                    touched.push(e);
                }
                counts[e] += 1;
            }
        }
        touched
            .into_iter()
            .map(|e| (e, std::mem::take(&mut counts[e]) as usize))
            .collect()
    }

    /// Each entry's term ids (for `recurring`), rebuilt from the postings.
    fn entry_terms(&self) -> Vec<Vec<usize>> {
        let mut terms = vec![Vec::new(); self.keys.len()];
        for (id, entries) in self.postings.iter().enumerate() {
            for &e in entries {
                terms[e as usize].push(id);
            }
        }
        terms
    }
}

/// Groups of entries that are alike — linked, directly or through others, by a likeness of
/// at least `SIMILAR` — each of at least `min` entries (and at least two): "this cause keeps
/// coming back". The biggest groups first, each in index order.
pub fn recurring<K: Clone>(index: &CauseIndex<K>, min: usize) -> Vec<Vec<K>> {
    let n = index.keys.len();
    // Union-find over positions; a group is named by its first entry.
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut e: usize) -> usize {
        while parent[e] != e {
            parent[e] = parent[parent[e]];
            e = parent[e];
        }
        e
    }
    let mut counts = vec![0; n];
    for (e, ids) in index.entry_terms().iter().enumerate() {
        for (f, shared) in index.shared_with(ids, e + 1, &mut counts) {
            if dice(shared, index.sizes[e], index.sizes[f]) >= SIMILAR {
                let (a, b) = (root(&mut parent, e), root(&mut parent, f));
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); n];
    for e in 0..n {
        let r = root(&mut parent, e);
        groups[r].push(e);
    }
    groups.retain(|g| g.len() >= min.max(2));
    sort_by(&mut groups, |a, b| b.len().cmp(&a.len()));
    groups
        .into_iter()
        .map(|g| g.into_iter().map(|e| index.keys[e].clone()).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }
}
