#![cfg(not(target_arch = "wasm32"))]
//! Finding causes that are alike across post-mortems (`domain::similar`), measured on pairs
//! of cause statements written the way small shops write them, each labelled similar or not
//! by hand before the code existed. The threshold and stop words were tuned on `TUNED` only;
//! `HELD_OUT` was scored once, at the end: 27/28 tuned, 13/14 held out when written (one
//! author wrote both parts, so the held-out figure is still flattering; it misses synonyms
//! such as "tax"/"VAT").

#![allow(clippy::disallowed_methods, clippy::unwrap_used)]

use hindsight::domain::similar::{likeness, recurring, CauseIndex, Terms, SIMILAR};

/// (statement, statement, alike?)
type Pair = (&'static str, &'static str, bool);

const TUNED: &[Pair] = &[
    // Alike: the same cause, written by different people in different post-mortems.
    (
        "The launch checklist has no time-zone check",
        "Nobody checks the time zone of scheduled emails before a sale",
        true,
    ),
    (
        "The payment provider's webhook retries were not monitored",
        "No alert fires when payment webhooks keep failing and retrying",
        true,
    ),
    (
        "Stock levels in the shop were not synced with the warehouse spreadsheet",
        "The warehouse spreadsheet and the online stock levels drift apart because syncing is manual",
        true,
    ),
    (
        "The discount code had no usage limit",
        "Discount codes are created without a limit on how many times they can be used",
        true,
    ),
    (
        "Only one person knows how to renew the SSL certificate",
        "The SSL certificate renewal depends on a single person",
        true,
    ),
    (
        "Product images were uploaded at full resolution and slowed the pages",
        "Full-resolution product photos made the product pages slow to load",
        true,
    ),
    (
        "The shipping rates table was not updated after the carrier raised prices",
        "Carrier price increases are not reflected in our shipping rates",
        true,
    ),
    (
        "Backups of the order database were never test-restored",
        "We never tried restoring the order database from a backup",
        true,
    ),
    (
        "The newsletter was sent to the whole list instead of the test segment",
        "The test newsletter went to every subscriber because the segment was not selected",
        true,
    ),
    (
        "Plugin updates are applied directly on the live store without staging",
        "We update plugins on the live site with no staging copy to try them first",
        true,
    ),
    (
        "The password for the shared admin account was in a public document",
        "The shared admin password was stored in a publicly shared document",
        true,
    ),
    (
        "Refund requests pile up because nobody owns the support inbox on weekends",
        "On weekends no one is responsible for the support inbox, so refund requests wait",
        true,
    ),
    (
        "The checkout was never tested on mobile Safari",
        "Checkout testing does not include Safari on iPhones",
        true,
    ),
    (
        "Domain renewal reminders went to a former employee's email address",
        "The domain registrar still emails renewal notices to someone who left the company",
        true,
    ),
    // Not alike, though some share words.
    (
        "The payment provider's webhook retries were not monitored",
        "The discount code was limited to 100 uses",
        false,
    ),
    (
        "The launch checklist has no time-zone check",
        "The launch checklist was not shared with the support team",
        false,
    ),
    (
        "Product images were uploaded at full resolution",
        "Product descriptions were copied from the supplier with errors",
        false,
    ),
    (
        "Backups of the order database were never test-restored",
        "The order confirmation email had the wrong delivery date",
        false,
    ),
    (
        "The SSL certificate expired over the weekend",
        "Refund requests were not answered over the weekend",
        false,
    ),
    (
        "Shipping labels were printed with the old return address",
        "Shipping rates for Canada were set to zero by mistake",
        false,
    ),
    (
        "The sale banner linked to a page that had been deleted",
        "The sale started two hours late because of the time zone",
        false,
    ),
    (
        "Nobody tested the new theme on mobile before publishing",
        "Nobody reviewed the supplier's invoice before paying",
        false,
    ),
    (
        "The inventory import script silently skipped rows with commas",
        "The Instagram shop catalogue was not connected to the new products",
        false,
    ),
    (
        "Customer support macros still mention the old returns policy",
        "Customer support had no access to the order system during the outage",
        false,
    ),
    (
        "The email service's sending limit was reached during the campaign",
        "The campaign budget on social ads ran out on the first day",
        false,
    ),
    (
        "Two people edited the price list at the same time and overwrote each other",
        "Prices in the shop were shown without VAT for EU customers",
        false,
    ),
    (
        "The abandoned-cart email fired for customers who had already paid",
        "Customers who paid by bank transfer were not sent a confirmation",
        false,
    ),
    (
        "The stock alert threshold was set too low for best sellers",
        "The best sellers page showed products that were out of stock",
        false,
    ),
];

/// Not looked at while tuning.
const HELD_OUT: &[Pair] = &[
    (
        "Gift card balances were not checked before orders shipped",
        "Orders paid with gift cards shipped without verifying the remaining balance",
        true,
    ),
    (
        "The courier pickup time changed and nobody updated the dispatch schedule",
        "Our dispatch schedule still uses the courier's old pickup time",
        true,
    ),
    (
        "The tax settings were not reviewed when we started selling to the EU",
        "Nobody checked VAT settings before opening sales to European customers",
        true,
    ),
    (
        "The site went down because the hosting plan's bandwidth limit was exceeded",
        "Traffic from the sale exceeded the bandwidth included in our hosting plan",
        true,
    ),
    (
        "Order notifications go to one inbox that only the owner reads",
        "Only the owner sees new order notifications, in her personal inbox",
        true,
    ),
    (
        "The product feed to Google Shopping failed without any alert",
        "Nobody is alerted when the Google Shopping feed stops updating",
        true,
    ),
    (
        "Customer addresses were exported to a spreadsheet with no access control",
        "The spreadsheet of customer addresses could be opened by anyone with the link",
        true,
    ),
    (
        "The gift card balance check is slow at peak times",
        "The courier lost three parcels in one week",
        false,
    ),
    (
        "The hosting plan renewal failed because the card on file had expired",
        "The hosting provider's status page did not mention the outage",
        false,
    ),
    (
        "Order notifications were delayed by the email provider",
        "Order numbers restarted from 1 after the shop migration",
        false,
    ),
    (
        "The Google Shopping feed listed products with the wrong currency",
        "Discontinued products were still shown in the newsletter",
        false,
    ),
    (
        "Customer addresses were imported with missing postcodes",
        "Customer reviews were deleted during the theme update",
        false,
    ),
    (
        "The pop-up form blocked the checkout button on small screens",
        "The checkout button text was not translated into French",
        false,
    ),
    (
        "Nobody checks the supplier's delivery dates before we promise them to customers",
        "Nobody checks whether promotion emails render correctly before sending",
        false,
    ),
];

/// How many pairs are judged right, printing the wrong ones.
fn score(part: &str, pairs: &[Pair]) -> usize {
    let mut right = 0;
    for (a, b, want) in pairs {
        let got = likeness(&Terms::of(a), &Terms::of(b));
        if (got >= SIMILAR) == *want {
            right += 1;
        } else {
            println!("{part}: wrong ({got:.2}, labelled alike: {want}): {a:?} / {b:?}");
        }
    }
    println!(
        "{part}: {right}/{} right ({:.0} %), threshold {SIMILAR}",
        pairs.len(),
        100.0 * right as f64 / pairs.len() as f64
    );
    right
}

#[test]
fn tuned_part_is_at_least_90_percent_right() {
    let right = score("tuned", TUNED);
    assert!(right * 10 >= TUNED.len() * 9, "{right}/{}", TUNED.len());
}

#[test]
fn held_out_part_is_at_least_75_percent_right() {
    let right = score("held out", HELD_OUT);
    assert!(
        right * 4 >= HELD_OUT.len() * 3,
        "{right}/{}",
        HELD_OUT.len()
    );
}

#[test]
fn likeness_is_symmetric_and_bounded() {
    for (a, b, _) in TUNED.iter().chain(HELD_OUT) {
        let (ta, tb) = (Terms::of(a), Terms::of(b));
        let (ab, ba) = (likeness(&ta, &tb), likeness(&tb, &ta));
        assert_eq!(ab, ba, "{a:?} / {b:?}");
        assert!((0.0..=1.0).contains(&ab));
        assert_eq!(likeness(&ta, &ta), 1.0, "{a:?} is alike itself");
    }
}

#[test]
fn terms_are_normalised_words_that_carry_meaning() {
    let words = |text: &str| Terms::of(text).words().to_vec();
    // Lower-cased, stop words dropped, sorted and deduplicated.
    assert_eq!(
        words("The Checkout was NOT tested; the checkout!"),
        ["checkout", "test"]
    );
    // Plurals, -ing, -ed, -ly and the possessive fold onto one stem.
    for (a, b) in [
        ("webhooks", "webhook"),
        ("retries", "retry"),
        ("retried", "retrying"),
        ("boxes", "box"),
        ("checked", "checking"),
        ("scheduled", "schedule"),
        ("manually", "manual"),
        ("provider's", "provider"),
        ("provider’s", "providers"),
        ("shipped", "shipping"),
    ] {
        assert_eq!(words(a), words(b), "{a} / {b}");
        assert_eq!(words(a).len(), 1, "{a}");
    }
    // Words that only look like plurals keep their ending.
    assert_eq!(words("address status"), ["address", "status"]);
    // Numbers alone carry no likeness ("100 uses", "2 hours").
    assert_eq!(words("100 uses"), words("uses"));
    assert!(Terms::of("").words().is_empty());
    assert!(Terms::of("The, and; of it!").words().is_empty());
}

#[test]
fn very_short_statements_never_match() {
    // Fewer than two content words: too little to call anything alike.
    for short in ["Checkout", "The checkout was not", "", "???", "100 orders"] {
        let terms = Terms::of(short);
        assert_eq!(likeness(&terms, &terms), 0.0, "{short:?}");
    }
    let index = CauseIndex::new([(1, "Checkout"), (2, "The checkout!"), (3, "Checkout tests")]);
    assert!(index.similar_to("Checkout", 5).is_empty());
    assert!(index.similar_to("the checkout", 5).is_empty());
    assert!(recurring(&index, 2).is_empty());
    // Two terms are enough.
    assert_eq!(index.similar_to("Testing the checkout", 5), [(3, 1.0)]);
}

/// Every statement of the material, keyed by its position.
fn material() -> Vec<(usize, &'static str)> {
    TUNED
        .iter()
        .chain(HELD_OUT)
        .flat_map(|(a, b, _)| [*a, *b])
        .enumerate()
        .collect()
}

#[test]
fn the_index_finds_what_likeness_finds_best_first() {
    let entries = material();
    let index = CauseIndex::new(entries.clone());
    for (_, statement) in &entries {
        let found = index.similar_to(statement, usize::MAX);
        // The same answer as comparing with every entry one by one.
        let mut want: Vec<(usize, f32)> = entries
            .iter()
            .map(|(k, s)| (*k, likeness(&Terms::of(statement), &Terms::of(s))))
            .filter(|(_, l)| *l >= SIMILAR)
            .collect();
        want.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        assert_eq!(found, want, "{statement:?}");
        // At most `limit`, the best ones.
        let two = index.similar_to(statement, 2);
        assert_eq!(two[..], want[..want.len().min(2)]);
    }
    assert!(index.similar_to("anything at all", 0).is_empty());
}

#[test]
fn recurring_causes_are_grouped() {
    let index = CauseIndex::new([
        ("pm1-C1", "The launch checklist has no time-zone check"),
        (
            "pm2-C3",
            "Nobody checks the time zone of scheduled sale emails",
        ),
        (
            "pm3-C2",
            "Scheduled emails are not checked for the right time zone",
        ),
        (
            "pm1-C2",
            "The payment provider's webhook retries were not monitored",
        ),
        (
            "pm4-C1",
            "Payment webhook retries are not monitored by anyone",
        ),
        ("pm4-C2", "The discount code was limited to 100 uses"),
        ("pm5-C1", "Checkout"),
    ]);
    assert_eq!(
        recurring(&index, 2),
        [vec!["pm1-C1", "pm2-C3", "pm3-C2"], vec!["pm1-C2", "pm4-C1"]]
    );
    assert_eq!(recurring(&index, 3), [vec!["pm1-C1", "pm2-C3", "pm3-C2"]]);
    assert!(recurring(&index, 4).is_empty());
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config {
        cases: 300,
        failure_persistence: None,
        ..Default::default()
    })]

    /// Any text at all: no panic, sorted distinct terms, a likeness within bounds.
    #[test]
    fn any_text_gives_terms(a in "\\PC{0,80}", b in "(\\PC|['’ ]){0,80}") {
        let (ta, tb) = (Terms::of(&a), Terms::of(&b));
        proptest::prop_assert!(ta.words().windows(2).all(|w| w[0] < w[1]));
        let l = likeness(&ta, &tb);
        proptest::prop_assert!((0.0..=1.0).contains(&l));
        proptest::prop_assert_eq!(l, likeness(&tb, &ta));
    }
}
