//! The downloaded file's name: a slug of the title and the date, safe and bounded.

use super::*;

#[test]
fn file_name_is_a_slug_of_the_title_and_the_date() {
    assert_eq!(
        file_name("Black Friday: sale/late!", today()),
        "black-friday-sale-late-2026-11-28.md"
    );
    assert_eq!(
        file_name("Black-Friday sale went live 2 hours late", today()),
        "black-friday-sale-went-live-2-hours-late-2026-11-28.md"
    );
    assert_eq!(file_name("", today()), "post-mortem-2026-11-28.md");
    assert_eq!(file_name("   ", today()), "post-mortem-2026-11-28.md");
    assert_eq!(
        file_name("!!! ??? ///", today()),
        "post-mortem-2026-11-28.md"
    );
    assert_eq!(
        file_name("../../etc/passwd", today()),
        "etc-passwd-2026-11-28.md"
    );
}

#[test]
fn file_names_are_safe_and_bounded() {
    for title in NASTY
        .iter()
        .copied()
        .chain(["x".repeat(500).as_str(), "é".repeat(300).as_str()])
    {
        let name = file_name(title, today());
        let stem = name.strip_suffix("-2026-11-28.md").unwrap();
        assert!(!stem.is_empty(), "{title:?}");
        assert!(stem.chars().count() <= 60, "{name}");
        assert!(!stem.starts_with('-') && !stem.ends_with('-'), "{name}");
        assert!(!stem.contains("--"), "{name}");
        assert!(
            stem.chars()
                .all(|c| c == '-' || (c.is_alphanumeric() && !c.is_uppercase())),
            "{name}"
        );
    }
}
