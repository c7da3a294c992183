//! Throughput benchmark (not a test): `cargo run -p article --release --example bench`.
//! Builds inputs of about 1 KB, 100 KB and 1 MB from the seed article's
//! paragraphs, parses each several times and prints time, MB/s and ns/byte;
//! first the pathological inputs of issue 10, each timed once.

use std::time::Instant;

const SEED: &str = include_str!("../../../stories/kursk-nordkorea/article.txt");

/// Paragraphs of the seed, rotated and with varied numbers, up to `target` bytes.
fn build(target: usize) -> String {
    let paras: Vec<&str> = SEED.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut out = String::with_capacity(target + 2048);
    let mut i = 0usize;
    while out.len() < target {
        let p = paras[i % paras.len()];
        let varied = p
            .replace("3.000", &format!("{}.000", 1 + i % 9))
            .replace("28. Oktober", &format!("{}. Oktober", 1 + i % 28));
        if out.len() + varied.len() > target && !out.is_empty() {
            // Trim to a sentence so the sizes stay close to the target.
            let room = target - out.len();
            let cut = varied
                .char_indices()
                .map(|(k, _)| k)
                .take_while(|&k| k <= room)
                .last()
                .unwrap_or(0);
            out.push_str(&varied[..cut]);
            break;
        }
        out.push_str(&varied);
        out.push('\n');
        i += 1;
    }
    out
}

/// Pathological inputs (issue 10): each must parse in well under a second.
/// The same generators are exercised (without timing) in `tests/props.rs`.
fn worst_cases() -> Vec<(&'static str, String)> {
    // Quotes nested three deep („ ‚ »), one after another in one endless sentence.
    let mut nested = String::new();
    while nested.len() < 72_000 {
        nested.push_str("„Wort ‚Wort »Wort« Wort‘ Wort“ ");
    }
    // Bare marks: pairs of every family glued together, no words, no sentence end.
    let mut bare = String::new();
    while bare.len() < 180_000 {
        bare.push_str("»«„“»«‚‘„\"«»");
    }
    // One sentence of role nouns with genitive complements before a quote.
    let np = |target: usize| {
        let mut s = String::from("Der Sprecher ");
        while s.len() < target {
            s.push_str("der Sprecher des Ministeriums ");
        }
        s.push_str("sagte: „Wir bleiben.“");
        s
    };
    vec![
        ("72 KB nested quote marks", nested),
        ("180 KB bare marks", bare),
        ("110 KB noun phrases", np(110_000)),
        ("1.1 MB noun phrases", np(1_100_000)),
    ]
}

fn main() {
    println!(
        "{:>28} {:>10} {:>12} {:>10}",
        "worst case", "bytes", "time", "ns/byte"
    );
    // BENCH_NO_WORST=1 skips the worst cases (the pre-v2 parser needs minutes on them).
    let worst = if std::env::var_os("BENCH_NO_WORST").is_some() {
        Vec::new()
    } else {
        worst_cases()
    };
    for (label, text) in worst {
        let start = Instant::now();
        std::hint::black_box(article::parse(std::hint::black_box(&text)));
        let t = start.elapsed().as_secs_f64();
        let ok = if t <= 0.25 { "ok" } else { "OVER 0.25 s" };
        println!(
            "{label:>28} {:>10} {:>9.3} s {:>10.1} {ok}",
            text.len(),
            t,
            t * 1e9 / text.len() as f64
        );
    }
    let sizes = [
        ("1 KB", 1_000usize, 2000usize),
        ("100 KB", 100_000, 40),
        ("1 MB", 1_000_000, 6),
    ];
    println!(
        "{:>8} {:>10} {:>14} {:>10} {:>10}",
        "size", "bytes", "time/parse", "MB/s", "ns/byte"
    );
    let mut ns_per_byte = Vec::new();
    for (label, target, runs) in sizes {
        let text = build(target);
        let warm = article::parse(&text);
        std::hint::black_box(&warm);
        let start = Instant::now();
        for _ in 0..runs {
            std::hint::black_box(article::parse(std::hint::black_box(&text)));
        }
        let per = start.elapsed().as_secs_f64() / runs as f64;
        let mbs = text.len() as f64 / per / 1e6;
        let nspb = per * 1e9 / text.len() as f64;
        ns_per_byte.push(nspb);
        println!(
            "{label:>8} {:>10} {:>11.3} ms {mbs:>10.1} {nspb:>10.1}",
            text.len(),
            per * 1e3
        );
    }
    let ratio = ns_per_byte[2] / ns_per_byte[0];
    let verdict = if ratio < 2.0 { "linear" } else { "NOT linear" };
    println!("ns/byte 1 MB vs 1 KB: {ratio:.2}x -> growth is {verdict}");
    let slowest = ns_per_byte.iter().copied().fold(0.0_f64, f64::max);
    let mbs = 1e3 / slowest;
    let ok = if mbs >= 20.0 && ratio < 2.0 {
        "ok  "
    } else {
        "OVER"
    };
    println!(
        "| {:<46} | {:>22} | {:<22} | {ok} |",
        "parser throughput (native, release; slowest size)",
        format!("{mbs:.1} MB/s, {verdict}"),
        "≥ 20 MB/s, linear"
    );
}
