use super::*;
use crate::estimates::{self, Estimate};
use crate::estimates::{group_name, GROUP_COLOURS};

const SEED: &str = include_str!("../../stories/kursk-nordkorea/article.txt");

fn seed() -> (article::Article, Vec<Estimate>) {
    let (article, comparison) = estimates::tests::story("kursk-nordkorea");
    let list = estimates::estimates(&article, &comparison);
    (article, list)
}

fn counted() -> crate::story::Pair {
    estimates::tests::story("kursk-nordkorea").1.counted
}

/// The three charts of the seed article.
fn charts(list: &[Estimate]) -> Vec<Chart> {
    let all = Chart::all(list);
    assert_eq!(all.len(), 3, "the seed has parts");
    all
}

#[test]
fn charts_name_and_describe_themselves() {
    let (_, list) = seed();
    let names: Vec<&str> = charts(&list).iter().map(|c| c.name()).collect();
    assert_eq!(names, ["vergleich", "zeitverlauf", "zusammensetzung"]);
    assert_eq!(Chart::all(&[]), vec![Chart::Comparison, Chart::Timeline]);
    let counted = counted();
    assert!(Chart::Comparison
        .summary(&list, &counted, Lang::De)
        .contains("Drei Schätzungen"));
    assert!(Chart::Composition(1)
        .summary(&list, &counted, Lang::En)
        .starts_with("Composition: up to 12.000"));
    assert_eq!(Chart::Composition(9).summary(&list, &counted, Lang::De), "");
}

/// Every number written with digits in `text` ("12.000", "4,17", "29").
fn numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || (matches!(chars[i], '.' | ',')
                        && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
            {
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
        } else {
            i += 1;
        }
    }
    out
}

const WIDTHS: std::ops::RangeInclusive<u32> = 32..=144;

fn each_plan(mut check: impl FnMut(Chart, Lang, f64, &Plan)) {
    let (_, list) = seed();
    for lang in [Lang::De, Lang::En] {
        let mut scene = Scene::new(&list, lang, Target::Canvas);
        scene.highlight = Highlight {
            active: Some(0),
            selected: Some(1),
        };
        for chart in charts(&list) {
            for w in WIDTHS {
                let width = f64::from(w * 10);
                let plan = chart.layout(&scene, width);
                check(chart, lang, width, &plan);
            }
        }
    }
}

#[test]
fn every_label_box_lies_inside_its_chart_from_320_to_1440_px() {
    let mut checked = 0;
    each_plan(|chart, lang, width, plan| {
        assert_eq!(plan.height, chart.height(3));
        let bounds = plan.bounds();
        let mut labels = 0;
        for l in plan.labels() {
            assert!(
                l.bbox().inside(&bounds),
                "{chart:?} {lang:?} at {width} px: {:?} at {:?} leaves {bounds:?}",
                l.text,
                l.bbox()
            );
            assert!(
                !l.text.is_empty() && !l.text.contains('…'),
                "{chart:?} {width}: {l:?}"
            );
            labels += 1;
        }
        assert!(labels >= 3, "{chart:?} at {width} px has {labels} labels");
        for h in &plan.hits {
            assert!(
                h.x >= -1.0 && h.x + h.w <= width + 1.0,
                "{chart:?} {width}: {h:?}"
            );
        }
        checked += 1;
    });
    assert_eq!(checked, 2 * 3 * 113);
}

#[test]
fn labels_never_overlap_each_other() {
    each_plan(|chart, lang, width, plan| {
        let boxes: Vec<(&Label, Rect)> = plan.labels().map(|l| (l, l.bbox())).collect();
        for (k, (a, ra)) in boxes.iter().enumerate() {
            for (b, rb) in &boxes[k + 1..] {
                assert!(
                    !ra.overlaps(rb),
                    "{chart:?} {lang:?} at {width} px: {:?} {ra:?} overlaps {:?} {rb:?}",
                    a.text,
                    b.text
                );
            }
        }
    });
}

#[test]
fn the_box_test_can_fail() {
    // A label hanging over the right edge is caught, as the 390 px defects were.
    let plan = Plan::new(390.0, 260.0);
    let clipped = Label::new(
        "Ukrainische Quellen: bis zu 12.000",
        300.0,
        100.0,
        12.5,
        Colours::default().fg,
        Anchor::Left,
    );
    assert!(!clipped.bbox().inside(&plan.bounds()));
    let left = Label::new(
        "Ukrainische Quellen: bis zu 12.000",
        60.0,
        100.0,
        12.5,
        Colours::default().fg,
        Anchor::Right,
    );
    assert!(!left.bbox().inside(&plan.bounds()));
}

#[test]
fn timeline_label_at_390_px_is_whole_and_inside() {
    let (_, list) = seed();
    let scene = Scene::new(&list, Lang::De, Target::Canvas);
    let plan = timeline::layout(&scene, 390.0);
    let texts: Vec<String> = plan.labels().map(|l| l.text.clone()).collect();
    let joined = texts.join(" | ");
    assert!(
        joined.contains("Ukrainische Quellen:") && joined.contains("bis zu 12.000"),
        "{joined}"
    );
    assert!(joined.contains("Ende Oktober"), "{joined}");
}

#[test]
fn composition_shows_parts_against_the_bound_without_a_remainder() {
    let (article, list) = seed();
    let i = estimates::largest_with_parts(&list).expect("parts");
    for lang in [Lang::De, Lang::En] {
        let scene = Scene::new(&list, lang, Target::Canvas);
        let plan = composition::layout(&scene, i, 390.0);
        let texts: Vec<String> = plan.labels().map(|l| l.text.clone()).collect();
        let joined = texts.join(" | ");
        assert!(joined.contains("500 Offiziere"), "{joined}");
        assert!(joined.contains("drei Generäle"), "{joined}");
        let bound = match lang {
            Lang::De => "bis zu 12.000",
            Lang::En => "up to 12.000",
        };
        assert!(joined.contains(bound), "{joined}");
        assert!(
            !joined.contains("11.497") && !joined.contains('%'),
            "{joined}"
        );
        assert!(
            !joined.contains("übrig") && !joined.contains("rest"),
            "{joined}"
        );
    }
    // The bar ends at the bound: the hit spans the whole width between the pads.
    let scene = Scene::new(&list, Lang::De, Target::Canvas);
    let plan = composition::layout(&scene, i, 400.0);
    assert_eq!(plan.hits.len(), 1);
    assert!((plan.hits[0].w - (400.0 - 24.0)).abs() < 1e-9);
    assert!(!estimates::to_csv(&list, &article).contains("11.497"));
}

#[test]
fn every_number_in_chart_texts_summaries_and_csv_is_in_the_article() {
    let (article, list) = seed();
    let known = numbers(SEED);
    assert!(known.contains(&"12.000".to_string()) && known.contains(&"500".to_string()));
    let check = |what: &str, text: &str| {
        for n in numbers(text) {
            assert!(
                known.contains(&n),
                "{what}: {n} is not in the article: {text}"
            );
        }
    };
    each_plan(|chart, lang, width, plan| {
        for l in plan.labels().filter(|l| l.role == Role::Data) {
            check(&format!("{chart:?} {lang:?} {width}"), &l.text);
        }
    });
    for lang in [Lang::De, Lang::En] {
        check("summary", &estimates::summary(&list, &counted(), lang));
        check(
            "timeline summary",
            &estimates::timeline_summary(&list, lang),
        );
        for e in &list {
            if !e.parts.is_empty() {
                check(
                    "composition summary",
                    &estimates::composition_summary(e, lang),
                );
            }
        }
    }
    // CSV: every column but "Sätze", which holds sentence numbers (references, not figures).
    let csv = estimates::to_csv(&list, &article);
    let header: Vec<&str> = csv.lines().next().unwrap_or("").split(';').collect();
    let refs = header
        .iter()
        .position(|h| *h == "Sätze")
        .expect("Sätze column");
    for row in csv.lines().skip(1) {
        let fields = split_csv(row);
        assert_eq!(fields.len(), header.len(), "{row}");
        for (k, f) in fields.iter().enumerate() {
            if k != refs {
                check(&format!("CSV column {}", header[k]), f);
            }
        }
    }
}

/// Splits one CSV row at ';' outside quotes.
fn split_csv(row: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    for ch in row.chars() {
        match ch {
            '"' => quoted = !quoted,
            ';' if !quoted => out.push(String::new()),
            c => out.last_mut().expect("one field").push(c),
        }
    }
    out
}

#[test]
fn english_charts_draw_no_german_interface_words() {
    each_plan(|chart, lang, width, plan| {
        if lang != Lang::En {
            return;
        }
        for l in plan.labels() {
            for word in [
                "Prognose",
                "bis zu",
                "etwa",
                "Ende ",
                "Anfang ",
                "Mitte ",
                "Oktober",
                "Dezember",
                "Maßstab",
                "Balken",
                "Obergrenze",
                "Teile",
            ] {
                assert!(!l.text.contains(word), "{chart:?} at {width}: {:?}", l.text);
            }
        }
    });
    let (_, list) = seed();
    let en = timeline::layout(&Scene::new(&list, Lang::En, Target::Canvas), 800.0);
    let joined: Vec<String> = en.labels().map(|l| l.text.clone()).collect();
    assert!(joined.iter().any(|t| t == "late October"), "{joined:?}");
    assert!(
        joined.iter().any(|t| t.contains("(forecast)")),
        "{joined:?}"
    );
}

#[test]
fn svg_and_canvas_paint_the_same_plan() {
    let (_, list) = seed();
    let scene = Scene::new(&list, Lang::De, Target::Svg);
    for chart in charts(&list) {
        let out = svg(chart, &scene, 390.0);
        assert!(out.starts_with("<svg"), "{out:.80}");
        let height = chart.height(list.len()).round();
        assert!(
            out.contains(&format!("width=\"390\" height=\"{height}\"")),
            "{out:.200}"
        );
        let plan = chart.layout(&scene, 390.0);
        for l in plan.labels() {
            let escaped = l
                .text
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            assert!(
                out.contains(&format!(">\n{escaped}\n</text>")),
                "{chart:?}: {:?} missing",
                l.text
            );
        }
        // plotters' SVG backend divides font sizes by 1.24; the scene compensates.
        assert!(out.contains("font-size=\"12\""), "{chart:?}");
        assert!(!out.contains("00000"), "{chart:?}: font sizes are rounded");
        assert!(!out.contains("11.497"));
    }
    let fluid = svg_fluid(Chart::Timeline, &scene, 390.0);
    assert!(
        fluid.starts_with(
            "<svg class=\"chart-svg\" width=\"100%\" height=\"260\" preserveAspectRatio=\"xMinYMin meet\" viewBox=\"0 0 390 260\""
        ),
        "{fluid:.200}"
    );
    assert!(
        fluid.contains("<rect class=\"f-card\" x=\"0\" y=\"0\""),
        "{fluid:.400}"
    );
    assert!(fluid.contains("class=\"s-line\""));
    assert!(fluid.contains("<text class=\"f-muted\""));
    assert!(fluid.contains("class=\"f-group-2\"") && fluid.contains("class=\"s-group-3\""));
    for (name, _) in theme_tokens(&scene.colours) {
        assert!(SVG_THEME_CSS.contains(&format!(".f-{name}{{fill:var(--{name})}}")));
        assert!(SVG_THEME_CSS.contains(&format!(".s-{name}{{stroke:var(--{name})}}")));
    }
    assert!(!SVG_THEME_CSS.contains('\n') && !SVG_THEME_CSS.contains("  "));
    // The canvas glue draws through the same generic function; any backend works.
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, (780, 520)).into_drawing_area();
        let scene = Scene {
            scale: 2.0,
            ..Scene::new(&list, Lang::De, Target::Svg)
        };
        let hits = Chart::Timeline.draw(&root, &scene).expect("drawn").hits;
        let css = timeline::layout(&scene, 390.0).hits;
        assert_eq!(hits, css, "hits are in CSS pixels whatever the scale");
    }
}

#[test]
fn an_empty_list_draws_without_labels_outside() {
    let scene = Scene::new(&[], Lang::De, Target::Canvas);
    for chart in [Chart::Comparison, Chart::Timeline, Chart::Composition(0)] {
        for w in [1.0, 100.0, 320.0] {
            let plan = chart.layout(&scene, w);
            assert!(plan.hits.is_empty());
            if w >= 320.0 {
                for l in plan.labels() {
                    assert!(l.bbox().inside(&plan.bounds()), "{chart:?}: {l:?}");
                }
            }
        }
    }
}

#[test]
fn text_width_is_deterministic_and_wide_enough() {
    assert_eq!(text_width("", 12.0), 0.0);
    assert_eq!(text_width("12.000", 10.0), text_width("12.000", 10.0));
    // DejaVu Sans at 100 px: "12.000" is about 352 px wide.
    assert!((text_width("12.000", 100.0) - 351.7).abs() < 1.0);
    assert!(text_width("Mm", 10.0) > text_width("il", 10.0));
    assert_eq!(text_width("Ä", 10.0), text_width("A", 10.0));
}

#[test]
fn fitting_wraps_then_shrinks_then_cuts() {
    assert_eq!(wrap("", 12.0, 100.0, 1), Some(vec![String::new()]));
    assert_eq!(
        wrap("Südkoreanischer Geheimdienst", 13.0, 120.0, 2),
        Some(vec![
            "Südkoreanischer".to_string(),
            "Geheimdienst".to_string()
        ])
    );
    assert_eq!(wrap("Südkoreanischer Geheimdienst", 13.0, 60.0, 2), None);
    let (size, lines) = fit("US-Beamte", 200.0, &[13.0, 9.0], 2);
    assert_eq!((size, lines), (13.0, vec!["US-Beamte".to_string()]));
    let (size, lines) = fit("Langesnameohneleerzeichen", 50.0, &[13.0, 9.0], 2);
    assert_eq!(size, 9.0);
    assert!(lines[0].ends_with('…') && text_width(&lines[0], 9.0) <= 50.0);
    assert_eq!(ellipsis("abc", 10.0, 0.0), "");
}

#[test]
fn ticks_are_round_and_never_crowd() {
    assert_eq!(ticks(15_000.0, 600.0, 12.0, 12.0, false).len(), 7);
    let narrow = ticks(15_000.0, 200.0, 12.0, 12.0, false);
    assert_eq!(narrow, vec![0.0, 5_000.0, 10_000.0, 15_000.0]);
    assert_eq!(ticks(0.0, 100.0, 12.0, 12.0, false), vec![0.0]);
    assert!(ticks(15_000.0, 200.0, 12.0, 10.0, true).len() >= 4);
}

#[test]
fn colours_parse_or_refuse() {
    assert_eq!(parse_colour(""), None);
    assert_eq!(parse_colour("#1f5fa8"), Some(RGBColor(0x1f, 0x5f, 0xa8)));
    assert_eq!(parse_colour(" #fff "), Some(RGBColor(255, 255, 255)));
    assert_eq!(parse_colour("rgb(1, 2, 3)"), Some(RGBColor(1, 2, 3)));
    assert_eq!(parse_colour("#12345"), None);
    assert_eq!(parse_colour("blue"), None);
}

#[test]
fn axis_maxima_are_round() {
    assert_eq!(nice_max(0.0), 1.0);
    assert_eq!(nice_max(f64::NAN), 1.0);
    assert_eq!(nice_max(12_480.0), 15_000.0);
    assert_eq!(nice_max(10_000.0), 10_000.0);
    assert_eq!(nice_max(3_100.0), 4_000.0);
}

#[test]
fn heights_match_the_canvas() {
    assert_eq!(comparison_height(3), 232.0);
    assert_eq!(comparison_height(0), comparison_height(1));
    assert_eq!(Chart::Timeline.height(3), TIMELINE_HEIGHT);
    assert_eq!(Chart::Composition(1).height(3), COMPOSITION_HEIGHT);
}

#[test]
fn both_languages_share_the_shapes_and_carry_their_own_texts() {
    let (_, list) = seed();
    let scene = Scene::new(&list, Lang::De, Target::Svg);
    for chart in charts(&list) {
        let out = svg_fluid_both(chart, &scene, 560.0);
        assert_eq!(out.matches("<svg").count(), 1, "{chart:?}: one SVG");
        let de = out.matches("<text class=\"l-de ").count();
        let en = out.matches("<text class=\"l-en ").count();
        assert!(
            de >= 1 && en >= 1,
            "{chart:?}: {de} German, {en} English texts"
        );
        let one = svg_fluid(chart, &scene, 560.0);
        let shared = out.matches("<text").count() - de - en;
        assert_eq!(
            shared + de,
            one.matches("<text").count(),
            "{chart:?}: the German view shows every German text"
        );
        assert!(
            shared > 0,
            "{chart:?}: texts the same in both are written once"
        );
        let shapes = |s: &str| s.lines().filter(|l| l.starts_with("<rect")).count();
        assert_eq!(shapes(&out), shapes(&one), "{chart:?}: shapes once");
    }
    let timeline = svg_fluid_both(Chart::Timeline, &scene, 560.0);
    assert!(timeline.contains("\nEnde Oktober\n") && timeline.contains("\nlate October\n"));
    assert_eq!(
        with_class("<text x=\"1\">", "<text", "l-en"),
        "<text class=\"l-en\" x=\"1\">"
    );
    assert_eq!(svg_elements(""), Vec::<&str>::new());
}

/// The colours of `var` in each theme block of style/main.css (light, dark, dark).
fn theme_values(css: &str, var: &str) -> Vec<RGBColor> {
    let key = format!("{var}:");
    css.match_indices(&key)
        .filter_map(|(at, _)| {
            let rest = &css[at + key.len()..];
            parse_colour(rest.split(';').next()?)
        })
        .collect()
}

fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let lum = |c: RGBColor| {
        let ch = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
    };
    let (la, lb) = (lum(a), lum(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn group_colours_are_readable_in_both_themes_and_match_the_style_sheet() {
    let main = include_str!("../../style/main.css");
    let charts_css = include_str!("../../style/charts.css");
    assert!(
        charts_css.contains(SVG_THEME_CSS),
        "charts.css holds SVG_THEME_CSS"
    );
    let c = Colours::default();
    let cards = theme_values(main, "--card");
    let bgs = theme_values(main, "--bg");
    assert_eq!(cards.len(), 3, "light, dark (system), dark (chosen)");
    let mut names: Vec<(String, RGBColor)> = (0..GROUP_COLOURS)
        .map(|g| (group_name(Some(g)), c.groups[g]))
        .collect();
    names.push((group_name(None), c.other));
    for (name, light) in names {
        let values = theme_values(main, &format!("--{name}"));
        assert_eq!(values.len(), 3, "--{name} in every theme");
        assert_eq!(
            values[0], light,
            "--{name}: Colours::default() is the light theme"
        );
        assert_eq!(values[1], values[2], "--{name}: both dark blocks agree");
        for (k, v) in values.iter().enumerate() {
            for bg in [cards[k], bgs[k]] {
                // Text in the group colour (values, names in the legend): 4.5:1.
                assert!(
                    contrast(*v, bg) >= 4.5,
                    "--{name} theme {k}: {:.2}",
                    contrast(*v, bg)
                );
            }
        }
    }
}

#[test]
fn the_second_story_lays_out_inside_its_charts_in_both_languages() {
    let (article, comparison) = estimates::tests::story("finnland-grenze");
    let list = estimates::estimates(&article, &comparison);
    assert_eq!(list.len(), 4, "{list:#?}");
    let all = Chart::all(&list);
    assert_eq!(all.len(), 3, "Estonia states a part: {all:?}");
    for lang in [Lang::De, Lang::En] {
        let scene = Scene::new(&list, lang, Target::Canvas);
        for &chart in &all {
            for w in [320.0, 390.0, 560.0, 800.0, 1440.0] {
                let plan = chart.layout(&scene, w);
                let boxes: Vec<(String, Rect)> =
                    plan.labels().map(|l| (l.text.clone(), l.bbox())).collect();
                for (k, (text, b)) in boxes.iter().enumerate() {
                    assert!(b.inside(&plan.bounds()), "{chart:?} {lang:?} {w}: {text:?}");
                    for (other, ob) in &boxes[k + 1..] {
                        assert!(
                            !b.overlaps(ob),
                            "{chart:?} {lang:?} {w}: {text:?} / {other:?}"
                        );
                    }
                }
            }
        }
    }
    let en = composition::layout(&Scene::new(&list, Lang::En, Target::Canvas), 1, 560.0);
    let texts: Vec<String> = en.labels().map(|l| l.text.clone()).collect();
    assert!(
        texts.iter().any(|t| t == "about 900 Offiziere"),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("up to 15.000 Russian soldiers")),
        "{texts:?}"
    );
}

#[test]
fn consecutive_polylines_of_one_style_become_one_path() {
    let svg = "<svg>\n\
<polyline class=\"s-line\" fill=\"none\" stroke=\"#D8D6CF\" stroke-width=\"1\" points=\"0,0 5,0 \"/>\n\
<polyline class=\"s-line\" fill=\"none\" stroke=\"#D8D6CF\" stroke-width=\"1\" points=\"10,0 15,0 \"/>\n\
<polyline class=\"s-line\" fill=\"none\" stroke=\"#D8D6CF\" stroke-width=\"1\" points=\"20,0 25,0 30,5 \"/>\n\
<polyline fill=\"none\" stroke=\"#000000\" stroke-width=\"2\" points=\"1,1 2,2 \"/>\n\
<text x=\"0\">\nA\n</text>\n\
<polyline class=\"s-line\" fill=\"none\" stroke=\"#D8D6CF\" stroke-width=\"1\" points=\"3,3 4,4 \"/>\n\
</svg>\n";
    let out = merge_polylines(svg);
    assert_eq!(
        out,
        "<svg>\n\
<path class=\"s-line\" fill=\"none\" stroke=\"#D8D6CF\" stroke-width=\"1\" d=\"M0,0 L5,0 M10,0 L15,0 M20,0 L25,0 L30,5\"/>\n\
<polyline fill=\"none\" stroke=\"#000000\" stroke-width=\"2\" points=\"1,1 2,2 \"/>\n\
<text x=\"0\">\nA\n</text>\n\
<polyline class=\"s-line\" fill=\"none\" stroke=\"#D8D6CF\" stroke-width=\"1\" points=\"3,3 4,4 \"/>\n\
</svg>\n"
    );
}

#[test]
fn merged_chart_svg_keeps_every_segment() {
    let (_, list) = seed();
    let scene = Scene::new(&list, Lang::De, Target::Svg);
    for chart in charts(&list) {
        let raw = theme_classes(&svg(chart, &scene, 390.0), &scene.colours);
        let merged = merge_polylines(&raw);
        let polylines = |s: &str| s.matches("<polyline").count();
        let subpaths = merged
            .lines()
            .filter(|l| l.starts_with("<path"))
            .map(|l| l.matches('M').count())
            .sum::<usize>();
        assert_eq!(polylines(&raw), polylines(&merged) + subpaths, "{chart:?}");
        assert!(merged.len() <= raw.len(), "{chart:?}");
        // Everything that is not a polyline is untouched, in order.
        let others = |s: &str| {
            s.lines()
                .filter(|l| !l.starts_with("<polyline") && !l.starts_with("<path"))
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        assert_eq!(others(&raw), others(&merged), "{chart:?}");
    }
    // The seed's comparison has a dashed bound and hatching: many segments, few elements.
    let comparison = svg_fluid(Chart::Comparison, &scene, 560.0);
    assert!(
        comparison.matches("<polyline").count() + comparison.matches("<path").count() < 30,
        "{comparison}"
    );
}
