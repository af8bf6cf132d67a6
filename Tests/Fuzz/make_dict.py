#!/usr/bin/env python3
"""Writes the libFuzzer dictionary for `make fuzz` to standard output.

Tests/Fuzz/tokens.dict (written for the project), then every piece of every
bundled lexicon pattern and every entity name and acronym: the words the cue,
figure and name readers branch on, which random byte mutations rarely
assemble. libFuzzer takes only printable ASCII between the quotes, so every
other byte is written as \\xNN.
"""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parents[2]
lexicons = root / "Sources" / "RontenAnalysis" / "Lexicons"


def quoted(piece: str) -> str:
    out = []
    for byte in piece.encode("utf-8"):
        if byte in (0x22, 0x5C) or not 0x20 <= byte < 0x7F:
            out.append("\\x%02x" % byte)
        else:
            out.append(chr(byte))
    return '"' + "".join(out) + '"'


def rows(path: pathlib.Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


pieces = set()
for path in sorted(lexicons.glob("*/*.tsv")):  # ja/ and en/: id, pattern, options
    for columns in rows(path):
        if len(columns) >= 2:
            pieces.update(re.split(r"[|*#…〜]", columns[1]))
for name in ("entities.tsv", "acronyms.tsv"):  # a name, and aliases in column 3
    for columns in rows(lexicons / name):
        pieces.add(columns[0])
        if len(columns) >= 3:
            pieces.update(columns[2].split("|"))

sys.stdout.write((root / "Tests" / "Fuzz" / "tokens.dict").read_text(encoding="utf-8"))
sys.stdout.write("\n# From the bundled lexicons\n")
for piece in sorted(p.strip() for p in pieces):
    if len(piece.encode("utf-8")) > 1:
        sys.stdout.write(quoted(piece) + "\n")
