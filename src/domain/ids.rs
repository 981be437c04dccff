//! Identifiers: of a post-mortem (across the browser profile and exports) and of an item
//! inside one.

use serde::{Deserialize, Serialize};

/// Identifies an item (fact, cause, action) inside one post-mortem.
///
/// Ids come from a per-document counter rather than random numbers: they only need to be
/// unique within their post-mortem, and a counter keeps the domain deterministic and testable.
pub type ItemId = u32;

/// The largest item id we hand out; far beyond any real post-mortem, and low enough that
/// `next_id` can never overflow.
pub const MAX_ITEM_ID: ItemId = 1 << 30;

/// Identifies a post-mortem across the whole browser profile (and across exports).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PostmortemId(pub String);

impl PostmortemId {
    /// Builds an id from a millisecond timestamp and 32 random bits supplied by the caller,
    /// so the domain itself needs no clock or random source.
    pub fn from_parts(millis: u64, random: u32) -> Self {
        Self(format!("{}-{:08x}", to_base36(millis), random))
    }

    /// The id as text (used in URLs and storage keys).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this looks like an id we produce: short, URL- and key-safe.
    pub fn is_valid(text: &str) -> bool {
        !text.is_empty()
            && text.len() <= 64
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    }
}

impl std::fmt::Display for PostmortemId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn to_base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}
