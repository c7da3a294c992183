//! `article FILE`: prints the parsed article as JSON.
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: article FILE  (prints the parsed article as JSON)");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("article: cannot read {path}: {err}");
            return ExitCode::from(1);
        }
    };
    match serde_json::to_string_pretty(&article::parse(&text)) {
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
