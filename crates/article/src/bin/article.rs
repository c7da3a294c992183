//! `article FILE [YYYY-MM-DD] [--gazetteer PATH]`: prints the parsed article
//! as JSON. The optional story date resolves relative dates ("am
//! Mittwoch"); the optional world gazetteer (`data/world/gazetteer.bin`)
//! finds every place the text names, not only the small table's.
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str =
    "usage: article FILE [YYYY-MM-DD] [--gazetteer PATH] [--time]  (prints the parsed article as JSON)";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (mut path, mut date, mut gazetteer, mut time) = (None, None, None, false);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--gazetteer" => gazetteer = args.next(),
            "--time" => time = true,
            _ if path.is_none() => path = Some(a),
            _ if date.is_none() => date = Some(a),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(path) = path else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("article: cannot read {path}: {err}");
            return ExitCode::from(1);
        }
    };
    let published = date.as_deref().and_then(article::dates::parse_iso);
    let world = match gazetteer.as_deref().map(read_gazetteer).transpose() {
        Ok(world) => world,
        Err(err) => {
            eprintln!("article: {err}");
            return ExitCode::from(1);
        }
    };
    let options = article::Options {
        published,
        gazetteer: world.as_ref(),
    };
    let started = Instant::now();
    let parsed = article::parse_with(&text, &options);
    if time {
        // The parse only, as a mean over repeated runs.
        let runs = 20;
        let t = Instant::now();
        for _ in 0..runs {
            std::hint::black_box(article::parse_with(&text, &options));
        }
        eprintln!(
            "article: first parse {:.2} ms, mean of {runs} {:.2} ms",
            started.elapsed().as_secs_f64() * 1e3 - t.elapsed().as_secs_f64() * 1e3,
            t.elapsed().as_secs_f64() * 1e3 / f64::from(runs)
        );
    }
    match serde_json::to_string_pretty(&parsed) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("article: cannot serialise: {err}");
            ExitCode::from(1)
        }
    }
}

fn read_gazetteer(path: &str) -> Result<article::WorldGazetteer, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let started = Instant::now();
    let g = article::WorldGazetteer::from_bytes(&bytes).map_err(|e| format!("{path}: {e}"))?;
    eprintln!(
        "article: gazetteer indexed in {:.0} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    Ok(g)
}
