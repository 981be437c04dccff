//! Share links: a post-mortem carried in the address's fragment, which browsers never send
//! to a server. The link is `<app address>#/shared/1/<data>`, where `<data>` is the stored
//! envelope's JSON, compressed by the browser's own `CompressionStream("deflate-raw")` (so
//! no compression code ships in the wasm) and base64url-encoded. Reading one back goes
//! through the same validation as a file import. Pure, tested natively; the compression
//! itself is in `platform`.

use chrono::{DateTime, Utc};

use crate::domain::Postmortem;
use crate::persist::backup::{decode_full_backup, MAX_IMPORT_BYTES};
use crate::persist::schema;

/// The version of the link format this build writes and reads.
pub const VERSION: &str = "1";

/// The route a share link opens, before its data.
pub const PREFIX: &str = "#/shared/1/";

/// Above this many characters a link is offered with a warning and the file beside it:
/// Discord cuts messages at 2,000 characters (Slack splits them at 4,000, Telegram at
/// 4,096), and many forms, previews and older tools stop at about 2,000 characters of
/// address.
pub const CHAT_LIMIT: usize = 2_000;

/// The longest link data read: a megabyte of base64 is far more than a link can carry
/// through any tool, and reading is refused before anything is decompressed.
pub const MAX_DATA_CHARS: usize = 1_000_000;

/// Why a link cannot be opened. The message is shown to the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Made by a newer Hindsight, or not a share link of ours.
    Version(String),
    /// Nothing after the version.
    Empty,
    /// A character that base64url does not use, at this position of the data.
    NotBase64(usize),
    /// Longer than [`MAX_DATA_CHARS`].
    TooLong(usize),
    /// The data does not decompress (the link was cut or changed).
    Damaged(String),
    /// It decompresses, but is not a valid post-mortem (the file import's message).
    Invalid(String),
    /// It holds a post-mortem saved by a newer Hindsight (its format).
    Newer(u64),
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::Version(v) => write!(
                f,
                "This share link is of format “{}”, which this Hindsight does not read (it reads format {VERSION}). Reload to get the newest version, or ask for the file instead.",
                crate::text::shorten(v, 20)
            ),
            ShareError::Empty => f.write_str("This share link is empty: it may have been cut when it was copied. Ask for the link again, or for the file."),
            ShareError::NotBase64(at) => write!(
                f,
                "This share link is damaged: character {} of its data cannot be part of a link Hindsight makes. It may have been changed when it was pasted. Ask for the link again, or for the file.",
                crate::domain::format_count(*at as u64 + 1)
            ),
            ShareError::TooLong(n) => write!(
                f,
                "This share link is {} characters long, more than Hindsight reads ({}). Ask for the file instead.",
                crate::domain::format_count(*n as u64),
                crate::domain::format_count(MAX_DATA_CHARS as u64)
            ),
            ShareError::Damaged(why) => write!(
                f,
                "This share link is incomplete or damaged ({why}): it was probably cut when it was copied or sent. Ask for the link again, or for the file."
            ),
            ShareError::Invalid(why) => write!(f, "This share link does not hold a post-mortem Hindsight can open. {why}"),
            ShareError::Newer(version) => write!(
                f,
                "This share link holds a post-mortem saved by a newer version of Hindsight (format {version}; this one reads up to {}). Reload to get the newest version, then open the link again.",
                schema::CURRENT_VERSION
            ),
        }
    }
}

/// What a post-mortem's link carries: its stored envelope, with names replaced by roles
/// when the post-mortem says so, as every export does.
pub fn payload(pm: &Postmortem, now: DateTime<Utc>) -> String {
    schema::encode(&crate::export::as_exported(pm), now)
}

/// The link: the app's address (without its fragment) and the encoded data.
pub fn link(app_address: &str, data: &str) -> String {
    let base = app_address.split('#').next().unwrap_or(app_address);
    format!("{base}{PREFIX}{data}")
}

/// Checks a link's version and data before anything is decompressed.
pub fn check(version: &str, data: &str) -> Result<Vec<u8>, ShareError> {
    if version != VERSION {
        return Err(ShareError::Version(version.to_owned()));
    }
    if data.is_empty() {
        return Err(ShareError::Empty);
    }
    if data.len() > MAX_DATA_CHARS {
        return Err(ShareError::TooLong(data.len()));
    }
    base64url_decode(data)
}

/// Reads the decompressed JSON of a link: exactly one post-mortem, validated as a file
/// import validates it.
pub fn read(json: &str) -> Result<Postmortem, ShareError> {
    let backup = decode_full_backup(json).map_err(|e| match e {
        crate::persist::backup::ImportError::NewerVersion { version } => ShareError::Newer(version),
        // The import's words are about files; the link holds what a file would.
        other => ShareError::Invalid(other.to_string().replacen("This file", "It", 1)),
    })?;
    match <[Postmortem; 1]>::try_from(backup.postmortems) {
        Ok([pm]) if backup.checklists.is_empty() => Ok(pm),
        _ => Err(ShareError::Invalid(
            "It should hold exactly one post-mortem.".to_owned(),
        )),
    }
}

/// The most a link's data may decompress to: what a file import accepts.
pub const MAX_JSON_BYTES: usize = MAX_IMPORT_BYTES;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding (RFC 4648 §5): safe in a fragment, nothing to escape.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Reads base64url (padding tolerated); a character outside the alphabet is reported with
/// its position.
pub fn base64url_decode(text: &str) -> Result<Vec<u8>, ShareError> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut n, mut bits) = (0u32, 0u32);
    for (i, c) in text.bytes().enumerate() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return Err(ShareError::NotBase64(i)),
        };
        n = n << 6 | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((n >> bits) as u8);
            n &= (1 << bits) - 1;
        }
    }
    // One character left over holds fewer than 8 bits: no encoder writes that.
    if text.len() % 4 == 1 {
        return Err(ShareError::Damaged(
            "its length is not one a link can have".into(),
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn base64url_round_trips_every_length_and_byte() {
        let bytes: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        for len in 0..bytes.len() {
            let text = base64url_encode(&bytes[..len]);
            assert!(text.bytes().all(|c| ALPHABET.contains(&c)), "{text}");
            assert_eq!(text.len(), (len * 4).div_ceil(3));
            assert_eq!(base64url_decode(&text).unwrap(), &bytes[..len], "{len}");
        }
        // The RFC's own examples, without padding.
        assert_eq!(base64url_encode(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64url_encode(b"fooba"), "Zm9vYmE");
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn a_damaged_link_is_refused_with_where_and_why() {
        assert_eq!(check("1", "abc$def"), Err(ShareError::NotBase64(3)));
        assert_eq!(check("2", "abc"), Err(ShareError::Version("2".into())));
        assert_eq!(check("1", ""), Err(ShareError::Empty));
        assert!(matches!(check("1", "abcde"), Err(ShareError::Damaged(_))));
        let long = "A".repeat(MAX_DATA_CHARS + 1);
        assert_eq!(
            check("1", &long),
            Err(ShareError::TooLong(MAX_DATA_CHARS + 1))
        );
        assert!(ShareError::NotBase64(3).to_string().contains("character 4"));
    }

    #[test]
    fn a_link_carries_one_postmortem_with_names_replaced_when_chosen() {
        use crate::domain::{worked_example, PostmortemId};
        let now = "2026-11-30T00:00:00Z".parse().unwrap();
        let mut pm = worked_example(PostmortemId("ex-1".into()), now);
        let json = payload(&pm, now);
        assert_eq!(read(&json).unwrap(), pm);
        let fact = pm.facts[0].id;
        pm.set_fact_text(fact, "Dana sent the email.");
        let person = pm.add_person();
        pm.set_person_name(person, "Dana");
        pm.set_person_role(person, "the marketing lead");
        let shared = read(&payload(&pm, now)).unwrap();
        assert!(
            !shared.facts[0].text.contains("Dana"),
            "{}",
            shared.facts[0].text
        );
        assert!(shared.people.is_empty());
        assert!(matches!(
            read("{\"format\":\"hindsight-backup\",\"version\":3,\"postmortems\":[]}"),
            Err(ShareError::Invalid(_))
        ));
        assert_eq!(
            link("https://example.org/tools/hindsight/#/pm/x/review", "QUJD"),
            "https://example.org/tools/hindsight/#/shared/1/QUJD"
        );
    }
}
