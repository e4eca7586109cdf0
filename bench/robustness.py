"""Robustness of the loader to meaning-preserving layout noise: build a set's reports with one
kind of noise applied and score them beside the clean texts.

Not part of the test suite and never read by the loader: a measuring stick. Run from the
repository root::

    .venv/bin/python bench/robustness.py --set dev [--kinds softhyphen,indent2] [--seed 11]

For each noise kind the set's texts are copied into a temporary folder with the noise applied
(seeded, so a run is reproducible), built with ``psykgraf build --reports <tmp> --build-dir <tmp2>
--accept-shrink`` and scored with ``bench/score_loader.py --reports <the noisy texts> --eval <the
set's annotations>``: quotes are checked against the noisy texts, so a quote that is not a
verbatim span of the report as stored counts against the loader. It prints the named-thing F1
(ALL), each facet's F1 and the share of verbatim quotes per kind beside the clean build's.

Noise never adds or removes a line (the annotations' line numbers stay valid), except
``blank2``, which doubles every blank line and rewrites a copy of the annotations' line numbers
and section ranges to match.

Kinds (what a PDF/Word export or an editor may do to a report without changing what it says):

* ``bullets``    another bullet glyph for "•" (●, ▪, the private-use U+F0B7), one per report
* ``nbsp``       no-break spaces for 5 % of the spaces
* ``trail-add``  two trailing spaces on 10 % of the lines
* ``trail-strip``  trailing blanks stripped from every line
* ``softhyphen`` a soft hyphen (U+00AD) inside a long word on 3 % of the lines
* ``zwsp``       a zero-width space (U+200B) inside or after a word on 3 % of the lines
* ``tab``        a tab before 5 % of the non-blank lines
* ``indent2``    two spaces before 10 % of the non-blank lines
* ``crlf``       CRLF line ends
* ``bom``        a UTF-8 byte-order mark
* ``nfd``        decomposed letters (å = a + U+030A), Unicode NFD
* ``dash``       en and em dashes swapped
* ``quotes``     curly quotes made straight and straight ones curly
* ``blank2``     every blank line doubled (line numbers of the annotations remapped)
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_LONG_WORD = re.compile(r"[A-Za-zÅÄÖåäöéü]{8,}")
_WORD = re.compile(r"[A-Za-zÅÄÖåäöéü]{3,}")


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _per_line(text: str, rng: random.Random, share: float, change: Callable[[str], str], blank: bool = False) -> str:
    out = []
    for line in _lines(text):
        if (blank or line.strip()) and rng.random() < share:
            line = change(line)
        out.append(line)
    return "\n".join(out)


def _inside_word(line: str, rng: random.Random, char: str, pattern: re.Pattern[str]) -> str:
    words = list(pattern.finditer(line))
    if not words:
        return line
    m = rng.choice(words)
    cut = rng.randrange(m.start() + 2, m.end() - 1)
    return line[:cut] + char + line[cut:]


def noise_bullets(text: str, rng: random.Random) -> str:
    glyph = rng.choice(["●", "▪", "\uf0b7"])
    return "\n".join(re.sub(r"^(\s*)•", lambda m: m.group(1) + glyph, ln) for ln in _lines(text))


def noise_nbsp(text: str, rng: random.Random) -> str:
    return "".join("\u00a0" if c == " " and rng.random() < 0.05 else c for c in text)


def noise_trail_add(text: str, rng: random.Random) -> str:
    return _per_line(text, rng, 0.10, lambda ln: ln + "  ", blank=True)


def noise_trail_strip(text: str, rng: random.Random) -> str:
    return "\n".join(ln.rstrip(" \t") for ln in _lines(text))


def noise_softhyphen(text: str, rng: random.Random) -> str:
    return _per_line(text, rng, 0.03, lambda ln: _inside_word(ln, rng, "\u00ad", _LONG_WORD))


def noise_zwsp(text: str, rng: random.Random) -> str:
    def change(line: str) -> str:
        if rng.random() < 0.5:
            return _inside_word(line, rng, "\u200b", _LONG_WORD)
        spaces = [i for i, c in enumerate(line) if c == " "]
        if not spaces:
            return line
        i = rng.choice(spaces)
        return line[:i] + "\u200b" + line[i:]

    return _per_line(text, rng, 0.03, change)


def noise_tab(text: str, rng: random.Random) -> str:
    return _per_line(text, rng, 0.05, lambda ln: "\t" + ln)


def noise_indent2(text: str, rng: random.Random) -> str:
    return _per_line(text, rng, 0.10, lambda ln: "  " + ln)


def noise_crlf(text: str, rng: random.Random) -> str:
    return text.replace("\n", "\r\n")


def noise_bom(text: str, rng: random.Random) -> str:
    return "\ufeff" + text


def noise_nfd(text: str, rng: random.Random) -> str:
    return unicodedata.normalize("NFD", text)


def noise_dash(text: str, rng: random.Random) -> str:
    return text.translate({ord("–"): "—", ord("—"): "–"})


def noise_quotes(text: str, rng: random.Random) -> str:
    return text.translate({ord("”"): '"', ord("“"): '"', ord("’"): "'", ord('"'): "”", ord("'"): "’"})


def noise_blank2(text: str, rng: random.Random) -> str:
    return "\n".join(ln + "\n" if not ln.strip() else ln for ln in _lines(text))


NOISE: dict[str, Callable[[str, random.Random], str]] = {
    "bullets": noise_bullets,
    "nbsp": noise_nbsp,
    "trail-add": noise_trail_add,
    "trail-strip": noise_trail_strip,
    "softhyphen": noise_softhyphen,
    "zwsp": noise_zwsp,
    "tab": noise_tab,
    "indent2": noise_indent2,
    "crlf": noise_crlf,
    "bom": noise_bom,
    "nfd": noise_nfd,
    "dash": noise_dash,
    "quotes": noise_quotes,
    "blank2": noise_blank2,
}


def line_map(text: str) -> dict[int, int]:
    """Old line number -> new line number when every blank line is doubled (``blank2``)."""
    out, new = {}, 1
    for n, ln in enumerate(_lines(text), start=1):
        out[n] = new
        new += 1 if ln.strip() else 2
    return out


def _remap_eval(eval_dir: Path, target: Path, maps: dict[str, dict[int, int]]) -> None:
    """A copy of ``eval_dir`` with annotation lines and section ranges moved by ``maps``."""
    target.mkdir(parents=True)

    def moved(report: str, value: str) -> str:
        m = maps.get(report)
        if not m or not value.strip().isdigit():
            return value
        n = int(value)
        return str(m[n] if n in m else max(m.values()) + (n - max(m)))

    for path in sorted(eval_dir.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
        header = rows[0]
        if path.name == "sections.tsv":
            r, s, e = header.index("report"), header.index("start"), header.index("end")
            for row in rows[1:]:
                if len(row) > e:
                    row[s] = moved(row[r], row[s])
                    row[e] = moved(row[r], row[e])
        else:
            col = header.index("line")
            for row in rows[1:]:
                if len(row) > col:
                    row[col] = moved(path.stem, row[col])
        with (target / path.name).open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n").writerows(rows)


def set_dirs(name: str) -> tuple[Path, Path]:
    """(reports, eval) folders of a set: ``dev`` or a folder name under tests/fixtures."""
    if name == "dev":
        return ROOT / "data" / "reports", ROOT / "tests" / "eval"
    return ROOT / "tests" / "fixtures" / name, ROOT / "tests" / "eval" / name


def apply_noise(kind: str, reports: Path, target: Path, seed: int) -> dict[str, dict[int, int]]:
    """Write every report of ``reports`` with ``kind`` noise into ``target``; the line maps of ``blank2``."""
    target.mkdir(parents=True, exist_ok=True)
    maps: dict[str, dict[int, int]] = {}
    for path in sorted(reports.glob("*.txt")):
        text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
        rng = random.Random(f"{seed}:{kind}:{path.name}")
        noisy = NOISE[kind](text, rng) if kind != "clean" else text
        if kind == "blank2":
            maps[path.stem] = line_map(text)
        (target / path.name).write_bytes(noisy.encode("utf-8"))
    return maps


def build_and_score(reports: Path, eval_dir: Path, work: Path, python: str) -> dict[str, object]:
    build = work / "build"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [python, "-c", "from psykgraf.cli import app; app()", "build", "--quiet"]
    cmd += ["--reports", str(reports), "--build-dir", str(build), "--accept-shrink"]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode:
        raise RuntimeError(f"build failed: {done.stderr[-2000:]}")
    cmd = [python, str(ROOT / "bench" / "score_loader.py"), "--build", str(build / "current")]
    cmd += ["--reports", str(reports), "--eval", str(eval_dir), "--json"]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode:
        raise RuntimeError(f"scoring failed: {done.stderr[-2000:]}")
    result: dict[str, object] = json.loads(done.stdout)
    return result


def summary(result: dict[str, object]) -> dict[str, float | None]:
    overall = result["overall"]
    facets = result["facets"]
    quotes = result["quotes"]
    assert isinstance(overall, dict) and isinstance(facets, dict) and isinstance(quotes, dict)
    total = sum(s.get("quotes", 0) for s in quotes.values())
    verbatim = sum(s.get("verbatim", 0) for s in quotes.values())
    out: dict[str, float | None] = {"ALL": overall["f1"]}
    out |= {f: c["f1"] for f, c in facets.items()}
    out["verbatim"] = verbatim / total if total else None
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--set", default="dev", help="dev, heldout or a folder of tests/fixtures (blind7 …)")
    parser.add_argument("--kinds", default=",".join(NOISE), help="comma-separated noise kinds (default: all)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--no-clean", action="store_true", help="skip the clean build (deltas then unknown)")
    parser.add_argument("--keep", type=Path, help="keep each kind's noisy texts and score JSON in this folder")
    parser.add_argument("--python", default=sys.executable, help="the interpreter that runs psykgraf")
    args = parser.parse_args(argv)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in NOISE]
    if unknown:
        parser.error(f"unknown noise kinds: {', '.join(unknown)} (known: {', '.join(NOISE)})")
    reports, eval_dir = set_dirs(args.set)
    if not reports.is_dir() or not eval_dir.is_dir():
        parser.error(f"no such set: {args.set}")
    rows: dict[str, dict[str, float | None]] = {}
    for kind in ([] if args.no_clean else ["clean"]) + kinds:
        with tempfile.TemporaryDirectory(prefix=f"robust-{kind}-") as tmp:
            work = Path(tmp)
            maps = apply_noise(kind, reports, work / "reports", args.seed)
            evals = eval_dir
            if maps:
                evals = work / "eval"
                _remap_eval(eval_dir, evals, maps)
            result = build_and_score(work / "reports", evals, work, args.python)
            rows[kind] = summary(result)
            if args.keep:
                keep = args.keep / kind
                shutil.rmtree(keep, ignore_errors=True)
                shutil.copytree(work / "reports", keep / "reports")
                (keep / "score.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"  {kind:<12} ALL {rows[kind]['ALL']}", file=sys.stderr, flush=True)
    columns = sorted({c for r in rows.values() for c in r}, key=lambda c: (c != "ALL", c == "verbatim", c))
    clean = rows.get("clean", {})
    print(f"set {args.set}, seed {args.seed}")
    print(f"  {'kind':<12}" + "".join(f"{c[:11]:>12}" for c in columns))
    for kind, row in rows.items():
        cells = []
        for c in columns:
            value, base = row.get(c), clean.get(c)
            if value is None:
                cells.append(f"{'–':>12}")
            elif kind == "clean" or base is None:
                cells.append(f"{value:12.3f}")
            else:
                cells.append(f"{value:6.3f}{value - base:+6.3f}")
        print(f"  {kind:<12}" + "".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
