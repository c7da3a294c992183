//! The share card of a story (Open Graph / Twitter image, 1200 × 630): the
//! map drawn from the same geometry as the page, the headline and the key
//! figures as the article writes them. Built here as SVG; the prerender
//! rasterises it to PNG.
use super::map::geometry::{self, Kind};
use super::site::SHARE_SIZE;
use crate::i18n::Lang;
use crate::map::labels::{self, LabelBox};
use crate::story::Story;

fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Greedy word wrap at `width` characters, at most `lines` lines (the last
/// one ends in "…" when text is left over).
pub fn wrap(text: &str, width: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, word) in words.iter().enumerate() {
        let len = line.chars().count() + word.chars().count() + usize::from(!line.is_empty());
        if !line.is_empty() && len > width {
            out.push(std::mem::take(&mut line));
            if out.len() == lines {
                if let Some(last) = out.last_mut() {
                    last.push_str(" …");
                }
                return out;
            }
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
        if i + 1 == words.len() {
            out.push(std::mem::take(&mut line));
        }
    }
    out
}

/// Colours of the claimant groups on the card: the page's light theme (`--group-1` … `--group-other` in style/main.css).
const GROUP_COLOURS: [&str; 5] = ["#1f5fa8", "#8a6800", "#b3261e", "#00766a", "#5b5b66"];

/// The share card as SVG text.
pub fn card_svg(story: &Story) -> String {
    let [w, h] = SHARE_SIZE.map(f64::from);
    let mut s = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="DejaVu Sans, Liberation Sans, sans-serif">
<defs><pattern id="hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="8" height="8" fill="#f3d9a4"/><line x1="0" y1="0" x2="0" y2="8" stroke="#b06a00" stroke-width="3"/></pattern></defs>
<rect width="{w}" height="{h}" fill="#fbfaf7"/>
"##
    );
    // Left: the map, fitted into a 600 × 600 panel.
    if let Some(asset) = &story.map.asset {
        let g = geometry::build(asset, &story.article, &story.map.focus_label);
        let [gw, gh] = g.size;
        let k = (600.0 / gw).min(600.0 / gh);
        let (ox, oy) = (15.0 + (600.0 - gw * k) / 2.0, 15.0 + (600.0 - gh * k) / 2.0);
        s.push_str(&format!(
            r##"<svg x="15" y="15" width="600" height="600" viewBox="0 0 600 600"><rect width="600" height="600" fill="#dce9f2"/><g transform="translate({:.1},{:.1}) scale({k:.4})" stroke-linejoin="round">"##,
            ox - 15.0,
            oy - 15.0
        ));
        for (d, _) in &g.background {
            s.push_str(&format!(
                r##"<path d="{d}" fill="#e4e1da" stroke="#9a958a" stroke-width="{:.2}"/>"##,
                1.0 / k
            ));
        }
        for it in g.items.iter().filter(|i| i.kind == Kind::Area) {
            let fill = if it.key {
                "#f0c987"
            } else if it.focus {
                "#f4ecdc"
            } else {
                "#eeebe4"
            };
            s.push_str(&format!(
                r##"<path d="{}" fill="{fill}" stroke="#9a958a" stroke-width="{:.2}"/>"##,
                it.d,
                1.0 / k
            ));
        }
        if !g.band_d.is_empty() {
            s.push_str(&format!(
                r##"<path d="{}" fill="url(#hatch)" fill-opacity=".75" stroke="#b06a00" stroke-width="{:.2}"/>"##,
                g.band_d,
                1.5 / k
            ));
        }
        s.push_str(&format!(
            r##"<path d="{}" fill="none" stroke="#222" stroke-width="{:.2}"/>"##,
            g.border_d,
            3.0 / k
        ));
        s.push_str("</g>");
        // The band's label and the most important towns (those the article
        // names first), at a fixed size, placed without overlaps.
        let to_card = |p: [f64; 2]| [p[0] * k + ox - 15.0, p[1] * k + oy - 15.0];
        // The band's label is placed first; the towns keep clear of it.
        let mut band_box = None;
        if let Some(band) = g.band.and_then(|b| g.items.get(b)) {
            let [x, y] = to_card(band.at);
            // Bold DejaVu Sans is about 0.68 em per character, not 0.6.
            let w = labels::text_width(&band.label, 26.0) * 1.15;
            band_box = Some([x - w / 2.0 - 4.0, y - 24.0, x + w / 2.0 + 4.0, y + 8.0]);
            s.push_str(&format!(
                r##"<text x="{x:.1}" y="{y:.1}" font-size="26" font-weight="bold" fill="#7a4600" stroke="#fbfaf7" stroke-width="6" paint-order="stroke" text-anchor="middle">{}</text>"##,
                esc(&band.label)
            ));
        }
        let mut towns: Vec<&geometry::Item> =
            g.items.iter().filter(|i| i.kind == Kind::Town).collect();
        towns.sort_by_key(|t| std::cmp::Reverse(t.priority));
        towns.truncate(8);
        let boxes: Vec<LabelBox> = towns
            .iter()
            .map(|t| LabelBox {
                anchor: to_card(t.at),
                size: [labels::text_width(&t.label, 22.0) * 1.15, 26.0],
                priority: t.priority,
            })
            .collect();
        let dots: Vec<[f64; 4]> = boxes
            .iter()
            .map(|b| {
                [
                    b.anchor[0] - 6.0,
                    b.anchor[1] - 6.0,
                    b.anchor[0] + 6.0,
                    b.anchor[1] + 6.0,
                ]
            })
            .chain(band_box)
            .collect();
        let sides = labels::place_labels(&boxes, 8.0, [0.0, 0.0, 600.0, 600.0], &dots);
        for (b, (t, side)) in boxes.iter().zip(towns.iter().zip(sides)) {
            let Some(side) = side else { continue };
            let [x, y] = b.anchor;
            let (dx, dy, anchor) = side.text_offset(8.0, 26.0);
            s.push_str(&format!(
                r##"<circle cx="{x:.1}" cy="{y:.1}" r="6" fill="#222" stroke="#fff" stroke-width="2"/><text x="{:.1}" y="{:.1}" font-size="22" font-weight="bold" fill="#222" stroke="#fbfaf7" stroke-width="5" paint-order="stroke" text-anchor="{anchor}">{}</text>"##,
                x + dx,
                y + dy,
                esc(&t.label)
            ));
        }
        s.push_str("</svg>");
    }
    // Right: kicker, headline, key figures.
    let x = 650.0;
    s.push_str(&format!(
        r##"<text x="{x}" y="70" font-size="22" letter-spacing="2" fill="#5c6670">LAGEBILD · ERKLÄRSTÜCK</text>"##
    ));
    let mut y = 130.0;
    for line in wrap(&story.meta.short_title[0], 20, 4) {
        s.push_str(&format!(
            r##"<text x="{x}" y="{y}" font-size="40" font-weight="bold" fill="#1a1a1a">{}</text>"##,
            esc(&line)
        ));
        y += 50.0;
    }
    y += 20.0;
    let list = &story.estimates;
    for e in list.iter().take(4) {
        let colour = GROUP_COLOURS[e.source.group.unwrap_or(4).min(GROUP_COLOURS.len() - 1)];
        s.push_str(&format!(
            r##"<rect x="{x}" y="{:.0}" width="10" height="44" fill="{colour}"/><text x="{:.0}" y="{:.0}" font-size="20" fill="#444">{}</text><text x="{:.0}" y="{:.0}" font-size="30" font-weight="bold" fill="#1a1a1a">{}</text>"##,
            y - 2.0,
            x + 22.0,
            y + 14.0,
            esc(&e.source.label),
            x + 22.0,
            y + 44.0,
            esc(&if e.forecast {
                format!("Prognose: {}", e.value_text_in(Lang::De))
            } else {
                e.value_text_in(Lang::De)
            }),
        ));
        y += 70.0;
    }
    s.push_str(&format!(
        r##"<text x="{x}" y="605" font-size="18" fill="#5c6670">Zahlen und Zitate mit ihrer Stelle im Artikel</text>"##
    ));
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_and_limits_lines() {
        assert_eq!(wrap("eins zwei drei", 9, 3), vec!["eins zwei", "drei"]);
        assert_eq!(wrap("", 9, 3), Vec::<String>::new());
        assert_eq!(wrap("a b c d", 1, 2), vec!["a", "b …"]);
        assert_eq!(wrap("Überlang", 3, 2), vec!["Überlang"]);
    }
}
