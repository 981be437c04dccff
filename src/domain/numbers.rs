//! Numbers as people type and read them: counts ("1,200") and amounts ("12,345.67").

/// Reads a whole number typed by a person ("1,200", " 86 "); blank means "not known".
pub fn parse_count(text: &str) -> Result<Option<u64>, String> {
    let digits: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}'))
        .collect();
    if digits.is_empty() {
        return Ok(None);
    }
    digits
        .parse::<u64>()
        .map(Some)
        .map_err(|_| format!("“{}” is not a whole number", text.trim()))
}

/// Reads an amount of money ("9,300.50", "9300", "12.5", "$8,670") into hundredths; blank
/// means "not known". At most two decimals, so nothing typed is silently rounded. One
/// currency sign before or after the number is read past: people type "$8,670", and the
/// currency itself is the field beside the amount.
pub fn parse_amount(text: &str) -> Result<Option<u64>, String> {
    let signed = text.trim();
    let bare = signed
        .strip_prefix(CURRENCY_SIGNS)
        .or_else(|| signed.strip_suffix(CURRENCY_SIGNS))
        .unwrap_or(signed);
    let cleaned: String = bare
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}'))
        .collect();
    if cleaned.is_empty() && bare.len() != signed.len() {
        return Err(format!("“{signed}” has no amount (for example 9,300.50)"));
    }
    if cleaned.is_empty() {
        return Ok(None);
    }
    let invalid = || format!("“{}” is not an amount (for example 9,300.50)", text.trim());
    let (whole, fraction) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    if whole.is_empty() && fraction.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !fraction.bytes().all(|b| b.is_ascii_digit())
        || fraction.len() > 2
    {
        return Err(invalid());
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| invalid())?
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
        .ok_or_else(invalid)
}

/// The currency signs an amount may be typed with.
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
