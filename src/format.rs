//! Numbers, hedged values and month names as the interface writes them:
//! numbers always the German way ("12.000", "1,5"), the words around them in
//! the interface language ("etwa 3.000" / "about 3.000").
use crate::i18n::{tr, Lang};
use article::Qualifier;

const MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// German name of month `m` (1–12); empty for anything else.
pub fn month_name(m: u8) -> &'static str {
    MONTHS
        .get((m as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

/// The month's name (1–12) in `lang`; empty for anything else.
pub fn month_name_in(m: u8, lang: Lang) -> &'static str {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match lang {
        Lang::De => month_name(m),
        Lang::En => EN.get((m as usize).wrapping_sub(1)).copied().unwrap_or(""),
    }
}

/// "etwa", "bis zu" … ("about", "up to" …) for a qualifier; empty for exact figures.
pub fn qualifier(q: Qualifier, lang: Lang) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Approximate => tr(lang, "etwa", "about"),
        Qualifier::UpTo => tr(lang, "bis zu", "up to"),
        Qualifier::MoreThan => tr(lang, "mehr als", "more than"),
        Qualifier::AtLeast => tr(lang, "mindestens", "at least"),
        Qualifier::LessThan => tr(lang, "weniger als", "less than"),
    }
}

/// A figure's value in words: "etwa 3.000", "10.000 bis 12.000", "12.000";
/// in English "about 3.000", "10.000 to 12.000" (numbers stay German). A range
/// ignores the qualifier.
///
/// ```
/// use article::Qualifier;
/// use lagebild::{format::value, i18n::Lang};
/// assert_eq!(value(12000.0, None, Qualifier::UpTo, Lang::En), "up to 12.000");
/// assert_eq!(value(8000.0, Some(10000.0), Qualifier::Exact, Lang::De), "8.000 bis 10.000");
/// ```
pub fn value(value: f64, upper: Option<f64>, q: Qualifier, lang: Lang) -> String {
    if let Some(upper) = upper {
        return format!(
            "{} {} {}",
            number(value),
            tr(lang, "bis", "to"),
            number(upper)
        );
    }
    match qualifier(q, lang) {
        "" => number(value),
        word => format!("{word} {}", number(value)),
    }
}

/// Formats a number the German way: "." between thousands, "," before decimals,
/// at most two decimals, no trailing zeros.
///
/// ```
/// assert_eq!(lagebild::format::number(12000.0), "12.000");
/// assert_eq!(lagebild::format::number(1.5), "1,5");
/// assert_eq!(lagebild::format::number(-2500.25), "-2.500,25");
/// ```
pub fn number(value: f64) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let negative = value < 0.0;
    let cents = (value.abs() * 100.0).round() as u64;
    let (whole, frac) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut out = String::with_capacity(digits.len() + 6);
    if negative && cents > 0 {
        out.push('-');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(ch);
    }
    if frac > 0 {
        out.push(',');
        if frac % 10 == 0 {
            out.push_str(&(frac / 10).to_string());
        } else {
            out.push_str(&format!("{frac:02}"));
        }
    }
    out
}

/// "29. Oktober", "Dezember", "29. Oktober 2024"; `None` without a month.
pub fn date(day: Option<u8>, month: Option<u8>, year: Option<i32>) -> Option<String> {
    let month = month.filter(|m| (1..=12).contains(m))?;
    let mut out = String::new();
    if let Some(day) = day {
        out.push_str(&format!("{day}. "));
    }
    out.push_str(month_name(month));
    if let Some(year) = year {
        out.push_str(&format!(" {year}"));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_edge_cases_first() {
        assert_eq!(number(0.0), "0");
        assert_eq!(number(f64::NAN), "–");
        assert_eq!(number(999.0), "999");
        assert_eq!(number(1000.0), "1.000");
        assert_eq!(number(3000.0), "3.000");
        assert_eq!(number(1_500_000.0), "1.500.000");
        assert_eq!(number(0.05), "0,05");
        assert_eq!(number(-0.001), "0");
    }

    #[test]
    fn values_and_months_in_both_languages() {
        assert_eq!(month_name_in(0, Lang::En), "");
        assert_eq!(month_name_in(13, Lang::En), "");
        assert_eq!(month_name_in(10, Lang::En), "October");
        assert_eq!(month_name_in(10, Lang::De), "Oktober");
        assert_eq!(qualifier(Qualifier::Exact, Lang::En), "");
        assert_eq!(
            value(3000.0, None, Qualifier::Approximate, Lang::De),
            "etwa 3.000"
        );
        assert_eq!(value(3000.0, None, Qualifier::Exact, Lang::En), "3.000");
        assert_eq!(
            value(8000.0, Some(10000.0), Qualifier::UpTo, Lang::En),
            "8.000 to 10.000"
        );
    }

    #[test]
    fn dates() {
        assert_eq!(date(None, None, None), None);
        assert_eq!(date(Some(1), Some(13), None), None);
        assert_eq!(
            date(Some(29), Some(10), None).as_deref(),
            Some("29. Oktober")
        );
        assert_eq!(date(None, Some(12), None).as_deref(), Some("Dezember"));
        assert_eq!(
            date(Some(3), Some(3), Some(2024)).as_deref(),
            Some("3. März 2024")
        );
    }
}
