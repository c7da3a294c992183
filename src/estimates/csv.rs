//! The estimates as a CSV file for download: German, like the article.
use super::model::Estimate;
use super::prose::qualifier_name_in;
use crate::format;
use crate::i18n::Lang;
use article::Article;

/// The estimates as CSV: a header, one row per estimate, ';'-separated,
/// German number format, fields quoted where needed.
pub fn to_csv(list: &[Estimate], article: &Article) -> String {
    let de = Lang::De;
    let mut out = String::from(
        "Quelle;Land;Angabe;Wert;Obergrenze;Einordnung;Zeitpunkt;Prognose;Enthält;Sätze;Satz\n",
    );
    for e in list {
        let row = [
            e.source.label_in(de).to_string(),
            e.source.country.clone().unwrap_or_default(),
            e.value_text_in(de),
            format::number(e.value),
            e.upper.map(format::number).unwrap_or_default(),
            qualifier_name_in(e.qualifier, de).to_string(),
            e.when.as_ref().map(|w| w.text.clone()).unwrap_or_default(),
            if e.forecast { "ja" } else { "nein" }.to_string(),
            e.includes_text_in(de),
            e.sentences
                .iter()
                .map(|s| (s + 1).to_string())
                .collect::<Vec<_>>()
                .join(","),
            e.sentence_text(article),
        ];
        let fields: Vec<String> = row.iter().map(|f| field(f)).collect();
        out.push_str(&fields.join(";"));
        out.push('\n');
    }
    out
}

/// One field: line breaks become spaces; quoted when it holds ';', ',' or '"'.
pub(super) fn field(f: &str) -> String {
    let f = f.replace(['\n', '\r'], " ");
    if f.contains([';', '"', ',']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f
    }
}
