//! Text as the Studio takes it in: whatever the editor pasted from a web
//! page, a word processor or a PDF, made into what the parser reads (one
//! paragraph per line, plain spaces). Pure, so it is tested on the host.

/// Spaces that look like a space but are not U+0020: no-break, narrow
/// no-break, thin, en, em, figure, ideographic spaces, and tabs.
fn is_odd_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// Characters that take no room and carry nothing for the parser: soft
/// hyphens, zero-width spaces and joiners, word joiners, byte-order marks.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'
    )
}

/// Words after which a hyphen at a line end is a German suspension hyphen
/// ("Nord- und Südkorea"), not a word broken in two.
const AFTER_SUSPENSION: [&str; 6] = ["und", "oder", "bzw.", "sowie", "bis", "als"];

/// One line made plain: odd spaces become spaces, invisible characters go,
/// Unicode hyphens become "-", runs of spaces become one, no space at
/// either end.
fn plain_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        let c = match c {
            c if is_invisible(c) => continue,
            c if is_odd_space(c) => ' ',
            '\u{2010}' | '\u{2011}' => '-',
            c => c,
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Appends `next` (a plain line) to `para`, the paragraph it continues: a
/// word broken at a line end ("Verteidi-" + "gungsminister") is joined, a
/// compound hyphen before a capital ("Nato-" + "Gipfel") is kept without a
/// space, a suspension hyphen ("Nord-" + "und") keeps its space.
fn continue_paragraph(para: &mut String, next: &str) {
    if para.is_empty() {
        para.push_str(next);
        return;
    }
    let first_word = next.split(' ').next().unwrap_or("");
    let broken =
        para.ends_with('-') && para.chars().rev().nth(1).is_some_and(|c| c.is_alphabetic());
    if broken && !AFTER_SUSPENSION.contains(&first_word) {
        if next.chars().next().is_some_and(char::is_lowercase) {
            para.pop();
        }
        para.push_str(next);
    } else {
        para.push(' ');
        para.push_str(next);
    }
}

/// Pasted or dropped text as the parser reads it: one paragraph per line,
/// no empty lines.
///
/// - Line breaks: CR LF and CR count as LF. If the text has empty lines,
///   they separate paragraphs and the line breaks inside a paragraph are
///   the source's wrapping (joined, with hyphenation undone); without empty
///   lines every line is a paragraph, as in a story's `article.txt`.
/// - Soft hyphens, zero-width characters and byte-order marks are removed;
///   no-break, thin and other odd spaces and tabs become plain spaces.
/// - The text is taken as it is: markup in it stays text (the Studio reads
///   only the clipboard's plain text, never its HTML).
///
/// ```
/// use lagebild::studio::text::normalise;
/// assert_eq!(normalise("Verteidi-\ngungs\u{ad}minister\u{a0}sagt.\n\nZweiter"), "Verteidigungsminister sagt.\nZweiter");
/// ```
pub fn normalise(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines: Vec<String> = text.split('\n').map(plain_line).collect();
    // Empty lines at either end separate nothing (a file's final newline).
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    let first = lines
        .iter()
        .position(|l| !l.is_empty())
        .unwrap_or(lines.len());
    lines.drain(..first);
    let blocks = lines.iter().any(String::is_empty)
        && lines.iter().filter(|l| !l.is_empty()).count() > 1
        && has_wrapped_block(&lines);
    let mut paragraphs: Vec<String> = Vec::new();
    let mut para = String::new();
    for line in &lines {
        if line.is_empty() {
            if !para.is_empty() {
                paragraphs.push(std::mem::take(&mut para));
            }
        } else if blocks {
            continue_paragraph(&mut para, line);
        } else {
            // Every line its own paragraph; a word broken at the line end
            // still joins the next line.
            if para.is_empty() || broken_word(&para, line) {
                continue_paragraph(&mut para, line);
            } else {
                paragraphs.push(std::mem::replace(&mut para, line.clone()));
            }
        }
    }
    if !para.is_empty() {
        paragraphs.push(para);
    }
    paragraphs.join("\n")
}

/// Whether some block between empty lines has more than one line (so the
/// empty lines, not the line breaks, are what separate paragraphs).
fn has_wrapped_block(lines: &[String]) -> bool {
    lines.split(|l| l.is_empty()).any(|block| block.len() > 1)
}

/// `para` ends in a word broken by hyphenation that `next` continues in
/// lower case ("Truppen-" + "bewegungen").
fn broken_word(para: &str, next: &str) -> bool {
    let first_word = next.split(' ').next().unwrap_or("");
    para.ends_with('-')
        && para.chars().rev().nth(1).is_some_and(char::is_lowercase)
        && next.chars().next().is_some_and(char::is_lowercase)
        && !AFTER_SUSPENSION.contains(&first_word)
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn one_paragraph_per_line_stays_as_it_is() {
        let text = "Erster Absatz mit „Zitat“, sagte sie.\nZweiter Absatz.\nQuelle: Beispiel";
        assert_eq!(normalise(text), text);
        // A file's final newline, or empty lines around the text, change nothing.
        assert_eq!(normalise(&format!("{text}\n")), text);
        assert_eq!(normalise(&format!("\n\n{text}\r\n\r\n")), text);
    }

    #[test]
    fn empty_lines_separate_paragraphs_and_wrapped_lines_join() {
        let text = "Die Regierung teilte am\nMittwoch mit, die Lage sei\nernst.\n\n\nZweiter Absatz\nin zwei Zeilen.\n";
        assert_eq!(
            normalise(text),
            "Die Regierung teilte am Mittwoch mit, die Lage sei ernst.\nZweiter Absatz in zwei Zeilen."
        );
    }

    #[test]
    fn paragraphs_between_empty_lines_without_wrapping_stay_paragraphs() {
        assert_eq!(normalise("Eins.\n\nZwei.\n\nDrei."), "Eins.\nZwei.\nDrei.");
        assert_eq!(normalise("\n\n  Eins.  \n\n"), "Eins.");
    }

    #[test]
    fn hyphenation_at_line_ends_is_undone() {
        let text = "Der Verteidi-\ngungsminister sprach von Truppen-\nbewegungen.\n\nDer Nato-\nGipfel und die Nord-\nund Südkoreaner.";
        assert_eq!(
            normalise(text),
            "Der Verteidigungsminister sprach von Truppenbewegungen.\nDer Nato-Gipfel und die Nord- und Südkoreaner."
        );
        // Without empty lines too: the broken word joins, the lines stay paragraphs.
        assert_eq!(
            normalise("Die Truppen-\nbewegung war groß.\nNeuer Absatz."),
            "Die Truppenbewegung war groß.\nNeuer Absatz."
        );
        // A dash at a paragraph's end that is not a broken word stays.
        assert_eq!(normalise("Er sagte -\nNeu."), "Er sagte -\nNeu.");
    }

    #[test]
    fn soft_hyphens_and_odd_spaces_are_normalised() {
        let text = "Rund\u{a0}3.000\u{202f}Soldaten \u{2009}seien\u{200b} im Ein\u{ad}satz,\tsagte\u{2003}er.\u{feff}";
        assert_eq!(
            normalise(text),
            "Rund 3.000 Soldaten seien im Einsatz, sagte er."
        );
        assert_eq!(
            normalise("Nord\u{2011}korea\u{2010}Politik"),
            "Nord-korea-Politik"
        );
    }

    #[test]
    fn line_endings_of_every_kind_count() {
        assert_eq!(normalise("Eins.\r\nZwei.\rDrei."), "Eins.\nZwei.\nDrei.");
        assert_eq!(normalise("Ein\r\nSatz\r\n\r\nZwei"), "Ein Satz\nZwei");
    }

    #[test]
    fn markup_stays_text() {
        let text = "<script>alert(1)</script> und <b>fett</b> &amp; mehr";
        assert_eq!(normalise(text), text);
    }

    #[test]
    fn empty_and_blank_text_is_empty() {
        for text in ["", "   ", "\n\n\u{a0}\u{200b}\n", "\u{ad}"] {
            assert_eq!(normalise(text), "", "{text:?}");
        }
    }
}
