# Sourced by the scripts: puts cargo- and npm-installed tools on PATH.
export PATH="$HOME/.cargo/bin:$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/node_modules/.bin:$PATH"
export CHROMIUM=/usr/bin/chromium
