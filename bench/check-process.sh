#!/usr/bin/env bash
# Whole-process timings of `draftcheck check` on sample (a), Release build: a cold run (the pack compiled, no cache)
# and runs with the compiled pack in a warm cache. Target (DESIGN.md): under 1 s wall with a cached pack.
# Usage: bench/check-process.sh [runs]   (prints wall, user and system seconds, and peak memory, per run)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
dotnet build src/DraftCheck.Cli -c Release -v q -nologo >/dev/null
cli=src/DraftCheck.Cli/bin/Release/net10.0/draftcheck.dll
cache="$(mktemp -d)"
trap 'rm -rf "$cache"' EXIT
timed() { /usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB max RSS" dotnet "$cli" check samples/draft-a.docx --rules rules/iipa-2020 "$@" >/dev/null 2>>"$cache/times" || true; tail -1 "$cache/times"; }
echo "cold (--no-cache, the pack compiled by Roslyn):"
for _ in $(seq "$runs"); do timed --no-cache; done
timed --cache-dir "$cache" >/dev/null   # fill the cache
echo "cached (the compiled pack loaded from the cache):"
for _ in $(seq "$runs"); do timed --cache-dir "$cache"; done
