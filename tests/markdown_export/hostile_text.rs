//! User text shows as typed: every punctuation character, hostile strings alone and
//! combined, mentions and references made inert, web addresses kept as links, table cells
//! kept whole, and very long text intact.

use super::*;

#[test]
fn hostile_text_shows_as_typed_and_adds_no_markup() {
    let baseline = baseline();
    for text in NASTY {
        assert_shows_as_typed(text, &baseline);
    }
}

#[test]
fn every_punctuation_character_shows_as_typed() {
    let baseline = baseline();
    for text in punctuation_cases() {
        assert_shows_as_typed(&text, &baseline);
    }
}

#[test]
fn hostile_strings_stay_inert_when_combined() {
    let baseline = baseline();
    let single_line: Vec<&str> = NASTY
        .iter()
        .copied()
        .filter(|t| visible_lines(t).len() == 1)
        .collect();
    for a in &single_line {
        for b in &single_line {
            assert_shows_as_typed(&format!("{a}{b}"), &baseline);
            assert_shows_as_typed(&format!("{a} {b}"), &baseline);
            assert_shows_as_typed(&format!("{a}\n{b}"), &baseline);
        }
    }
}

/// Every text a reader sees in the document, one per text event.
fn visible_texts(nodes: &[Node]) -> Vec<String> {
    let mut out = Vec::new();
    for node in nodes {
        match node {
            Node::Elem(_, children) => out.extend(visible_texts(children)),
            Node::Leaf(pulldown_cmark::Event::Text(t)) => out.push(t.to_string()),
            Node::Leaf(_) => {}
        }
    }
    out
}

/// Where GitHub or GitLab would make a reference of the rendered text: a mention, issue,
/// merge request, epic, label, milestone or emoji code. (Not a GitLab snippet, "$4": that
/// is how money is written, and it notifies nobody; the export leaves amounts readable.)
fn references(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (i, pair) in chars.windows(2).enumerate() {
        let (sigil, next) = (pair[0], pair[1]);
        let after_word = i > 0 && chars[i - 1].is_alphanumeric();
        let numbered = matches!(sigil, '#' | '!' | '&') && next.is_ascii_digit();
        let named =
            matches!(sigil, '@' | '~' | '%' | ':') && !after_word && next.is_ascii_alphanumeric();
        if numbered || named {
            found.push(chars[i..].iter().take(8).collect());
        }
    }
    found
}

// Regression: "$x$" became maths, "@dave" notified Dave and "#123" linked an issue where an
// export was pasted; web addresses must stay clickable.
#[test]
fn pasted_exports_mention_link_and_compute_nothing_but_web_addresses_stay_links() {
    let typed = "Ping @dave about #123 and !4, ~bug %v1 :tada: $5; $x$ $$y$$ {#id} \
                 see https://shop.example/orders?id=1&x=2#frag. (https://x.example/a_(b))";
    let doc = Doc::of(&with_text_everywhere(typed));
    for text in visible_texts(&doc.nodes) {
        assert_eq!(
            references(&text),
            Vec::<String>::new(),
            "{text:?}\n{}",
            doc.md
        );
    }
    assert_eq!(
        doc.count(&|t| matches!(t, Tag::Heading { id: Some(_), .. })),
        0
    );
    let links: Vec<String> = find(&doc.nodes, &|t| matches!(t, Tag::Link { .. }))
        .into_iter()
        .map(text)
        .collect();
    assert!(!links.is_empty());
    for link in &links {
        assert!(
            [
                "https://shop.example/orders?id=1&x=2#frag",
                "https://x.example/a_(b)"
            ]
            .contains(&link.to_lowercase().as_str()),
            "{link:?}"
        );
    }
    // Every field carries both addresses as links (the title heading too).
    assert!(links.len() >= 2 * 10, "{}", links.len());
    assert_eq!(doc.headings(HeadingLevel::H1), [typed]);
    // An amount stays readable in the Markdown source: escaped against maths, no break.
    assert!(doc.md.contains(" \\$5; "), "{}", doc.md);
    // The sanity check of the check: unguarded text is found.
    assert_eq!(references("hi @dave #1"), ["@dave #1", "#1"]);
    assert!(references("ops@example.com 14:05 C#").is_empty());
}

#[test]
fn a_pipe_in_a_table_cell_keeps_every_cell() {
    for text in [
        "|",
        "a|b",
        "a | b | c",
        "\\|",
        "||||",
        "`|`",
        "a\\",
        "\\\\|",
    ] {
        let mut pm = with_text_everywhere("x");
        let fact: ItemId = pm.facts[0].id;
        pm.set_fact_text(fact, text);
        pm.set_fact_source(fact, text);
        pm.set_fact_zone(fact, Some(text.to_owned()));
        let action: ItemId = pm.actions[1].id;
        pm.set_action_description(action, text);
        pm.set_action_owner(action, text);
        pm.set_action_status_reason(action, text);
        let doc = Doc::of(&pm);
        let (timeline, actions) = doc.timeline_and_actions();
        assert_eq!(timeline.len(), 2);
        assert_eq!(
            timeline[1],
            format!("F1 · 2026-11-27 09:00 {text} — {text} (source: {text} · Detection)"),
            "{text:?}:\n{}",
            doc.md
        );
        assert_eq!(actions.rows.len(), 2);
        let row = &actions.rows[1];
        assert_eq!(row[1], text, "{text:?}:\n{}", doc.md);
        assert_eq!(row[4], text);
        assert_eq!(row[6], format!("Won't do: {text}"));
    }
}

#[test]
fn a_100_kb_text_exports_intact() {
    let mut big = String::new();
    let mut n = 0;
    while big.len() < 100_000 {
        big.push_str(&format!(
            "Line {n}: <b>|*x*|</b> _y_ `z` [l](u) #\\ &amp; ~~s~~ 🔥 "
        ));
        n += 1;
    }
    let big = big.trim().to_owned();
    let mut pm = with_text_everywhere("x");
    pm.set_title(big.clone());
    let timed = pm.facts[0].id;
    pm.set_fact_text(timed, big.clone());
    pm.set_fact_source(timed, big.clone());
    let untimed = pm.facts[2].id;
    pm.set_fact_text(untimed, big.clone());
    let action = pm.actions[0].id;
    pm.set_action_description(action, big.clone());

    let doc = Doc::of(&pm);
    assert_eq!(shape(&doc.nodes), baseline().shape);
    assert_eq!(doc.headings(HeadingLevel::H1), [big.as_str()]);
    assert_eq!(doc.lists_in("Facts")[2], [format!("F3: {big}")]);
    let (timeline, actions) = doc.timeline_and_actions();
    assert_eq!(
        timeline[1],
        format!("F1 · 2026-11-27 09:00 x — {big} (source: {big} · Detection)")
    );
    assert_eq!(actions.rows[0][1], big);
}
