//! Numbers as people type and read them: counts ("1,200") and amounts ("12,345.67").

/// Whether `text` is digits only ("" is).
fn all_digits(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_digit())
}

/// The separators people put between groups of thousands.
fn is_separator(c: char) -> bool {
    matches!(c, ',' | '_' | ' ' | '\u{a0}')
}

/// The digits of a whole number as typed, without its separators: "1,200", "1 200" and
/// the Indian "1,00,000" are grouped right. `None` when digits are grouped where no group
/// of thousands ends ("4,8000", "12,34"): read past, that slip multiplies or divides the
/// figure by ten without a word. Words and signs are left for the caller to refuse.
fn ungrouped(typed: &str) -> Option<String> {
    let groups: Vec<&str> = typed
        .split(is_separator)
        .filter(|g| !g.is_empty())
        .collect();
    if let [first, middle @ .., last] = groups.as_slice() {
        let western = (1..=3).contains(&first.len()) && middle.iter().all(|g| g.len() == 3);
        // Lakhs and crores: 1,00,00,000.
        let indian = (1..=2).contains(&first.len()) && middle.iter().all(|g| g.len() == 2);
        if groups.iter().all(|g| all_digits(g)) && (last.len() != 3 || !(western || indian)) {
            return None;
        }
    }
    Some(groups.concat())
}

/// Reads a whole number typed by a person ("1,200", " 86 "); blank means "not known".
pub fn parse_count(text: &str) -> Result<Option<u64>, String> {
    let typed = text.trim();
    if typed.starts_with(['-', '\u{2212}']) {
        return Err(format!("“{typed}” is below zero: a count starts at 0"));
    }
    let digits = ungrouped(typed).ok_or_else(|| {
        format!("“{typed}” has a separator where no group of thousands ends (for example 1,200)")
    })?;
    if digits.is_empty() {
        return Ok(None);
    }
    digits.parse::<u64>().map(Some).map_err(|_| {
        if all_digits(&digits) {
            format!("“{typed}” is too large for a count")
        } else {
            format!("“{typed}” is not a whole number")
        }
    })
}

/// Reads an amount of money ("9,300.50", "9300", "12.5") into hundredths; blank means
/// "not known". At most two decimals, so nothing typed is silently rounded. A currency sign
/// ("$8,670") is refused with a message that says where the currency goes: read past, it
/// would be lost or contradict the Currency field beside the amount ("8,670 €" shown as
/// 8,670 USD), and "$" alone does not say which dollars.
pub fn parse_amount(text: &str) -> Result<Option<u64>, String> {
    let typed = text.trim();
    if let Some(sign) = typed.chars().find(|c| CURRENCY_SIGNS.contains(c)) {
        let number: String = typed
            .chars()
            .filter(|c| !CURRENCY_SIGNS.contains(c))
            .collect();
        let number = number.trim();
        return Err(if number.is_empty() {
            format!("“{typed}” has no amount (for example 9,300.50)")
        } else {
            format!(
                "Type the amount without “{sign}” ({number}), and the currency's code in Currency beside it (for example USD or EUR)"
            )
        });
    }
    if typed.starts_with(['-', '\u{2212}']) {
        return Err(format!(
            "“{typed}” is below zero: type the amount lost, for example 9,300.50"
        ));
    }
    // A currency's code typed with the amount ("4800 USD", "EUR 12"): said where it goes,
    // as for a sign.
    let is_code = |w: &&str| w.len() == 3 && w.bytes().all(|c| c.is_ascii_alphabetic());
    let words: Vec<&str> = typed.split_whitespace().collect();
    let with_code = match words.as_slice() {
        [number, code] | [code, number] if is_code(code) => Some((number, code)),
        _ => None,
    };
    if let Some((number, code)) = with_code {
        return Err(format!(
            "Type the amount without “{code}” ({number}), and {} in Currency beside it",
            code.to_ascii_uppercase()
        ));
    }
    let (whole, fraction) = typed.split_once('.').unwrap_or((typed, ""));
    let whole = ungrouped(whole).ok_or_else(|| {
        format!("“{typed}” has a separator where no group of thousands ends (for example 9,300.50)")
    })?;
    if whole.is_empty() && fraction.is_empty() {
        return Ok(None);
    }
    let invalid = || format!("“{typed}” is not an amount (for example 9,300.50)");
    // "4.800" or "1.234,56": a point between thousands, as much of Europe writes them.
    if all_digits(&whole) && fraction.len() >= 3 && fraction.bytes().any(|b| b.is_ascii_digit()) {
        return Err(format!(
            "“{typed}” has more than two digits after its point: write thousands with a comma and cents after a point (for example 4,800 or 4.80)"
        ));
    }
    if !all_digits(&whole) || !all_digits(fraction) {
        return Err(invalid());
    }
    let too_large = || format!("“{typed}” is too large for an amount");
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| too_large())?
    };
    let cents: u64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<u64>().map_err(|_| invalid())? * 10,
        _ => fraction.parse().map_err(|_| invalid())?,
    };
    whole
        .checked_mul(100)
        .and_then(|w| w.checked_add(cents))
        .map(Some)
        .ok_or_else(too_large)
}

/// The currency signs people type with an amount.
const CURRENCY_SIGNS: &[char] = &['$', '€', '£', '¥', '₹', '₩', '₽', '₺', '₪', '₫', '₱', '₦'];

/// Groups thousands: 12400 → "12,400".
pub fn format_count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// 930050 → "9,300.50"; whole amounts drop the cents: 930000 → "9,300".
pub fn format_amount(cents: u64) -> String {
    let whole = format_count(cents / 100);
    match cents % 100 {
        0 => whole,
        c => format!("{whole}.{c:02}"),
    }
}

/// What is wrong with a typed currency code, if anything: it must be three letters
/// ("dollars" is not one, and cutting it to "DOL" would store a code nobody typed), and
/// one the browser knows, when `known` can tell (asked only of three letters). Blank is
/// fine: no currency yet.
pub fn currency_problem(code: &str, known: impl FnOnce(&str) -> Option<bool>) -> Option<String> {
    let code = code.trim();
    if code.is_empty() {
        return None;
    }
    let shaped = code.len() == 3 && code.bytes().all(|b| b.is_ascii_alphabetic());
    if !shaped {
        return Some(format!(
            "“{code}” is not a currency code: type its three letters, for example USD, EUR or GBP"
        ));
    }
    (known(code) == Some(false)).then(|| {
        format!(
            "“{}” is not a currency code this browser knows: for example USD, EUR or GBP",
            code.to_ascii_uppercase()
        )
    })
}
