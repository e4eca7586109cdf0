"""Bad input gets one clear error naming the file (and line); good input decodes exactly."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from loader.read import MAX_BYTES, ReportError, decode, read_report

REPORTS = Path(__file__).parent.parent.parent / "data" / "reports"


def test_real_reports_decode_with_their_line_count() -> None:
    for path in sorted(REPORTS.glob("*.txt")):
        doc = read_report(path)
        assert doc.report == path.stem
        assert len(doc.lines) == path.read_text(encoding="utf-8").count("\n") + 1


def test_inventory_first_line_is_its_title() -> None:
    # 2020-inventering-metod-och-kunskapsstod.txt:1 " Inventering av metod- och "
    doc = read_report(REPORTS / "2020-inventering-metod-och-kunskapsstod.txt")
    assert doc.lines[0].text.strip() == "Inventering av metod- och"
    assert doc.lines[0].number == 1


def test_empty_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "tom.txt"
    f.write_bytes(b"  \n\n")
    with pytest.raises(ReportError, match=r"tom\.txt: empty file"):
        read_report(f)


def test_binary_file_names_file_and_line(tmp_path: Path) -> None:
    f = tmp_path / "bild.txt"
    f.write_bytes(b"rad ett\nrad tv\x00a\n")
    with pytest.raises(ReportError, match=r"bild\.txt:2: binary content"):
        read_report(f)


def test_latin1_is_refused_with_line_and_hint(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("Första raden\nAndra raden med å\n".encode("latin-1"))
    with pytest.raises(ReportError, match=r"latin\.txt:1: not valid UTF-8 .*Latin-1"):
        read_report(f)


def test_utf16_with_bom_decodes_correctly() -> None:
    data = codecs.BOM_UTF16_LE + "Första linjen\nBUP\n".encode("utf-16-le")
    doc = decode("u16", data)
    assert [line.text for line in doc.lines[:2]] == ["Första linjen", "BUP"]


def test_truncated_utf8_is_refused() -> None:
    data = "Vänd dig hit".encode()[:2]  # cut inside the two-byte "ä"
    with pytest.raises(ReportError, match=r"u:1: .*truncated"):
        decode("u", data)


def test_oversized_file_is_refused_before_decoding() -> None:
    with pytest.raises(ReportError, match="too large"):
        decode("big", b"a" * (MAX_BYTES + 1))


def test_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match=r"saknas\.txt: cannot read file"):
        read_report(tmp_path / "saknas.txt")


def test_symlink_is_refused_naming_the_link(tmp_path: Path) -> None:
    target = tmp_path / "riktig.txt"
    target.write_text("Rubrik\nText\n", encoding="utf-8")
    link = tmp_path / "lank.txt"
    link.symlink_to(target)
    with pytest.raises(ReportError, match=r"lank\.txt: is a symbolic link"):
        read_report(link)


def test_fifo_is_refused_without_opening_it(tmp_path: Path) -> None:
    # Opening a FIFO with no writer blocks forever; the check must happen before open().
    fifo = tmp_path / "ror.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReportError, match=r"ror\.txt: not a regular file"):
        read_report(fifo)


def test_oversized_file_is_refused_by_its_size_on_disk(tmp_path: Path) -> None:
    # A sparse file: stat reports the size without writing 10 MB to disk.
    big = tmp_path / "stor.txt"
    with big.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(ReportError, match=r"stor\.txt: file too large"):
        read_report(big)


def test_directory_named_like_a_report_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "mapp.txt"
    folder.mkdir()
    with pytest.raises(ReportError, match=r"mapp\.txt: not a regular file"):
        read_report(folder)


def test_every_line_of_every_report_has_a_page() -> None:
    for path in sorted(REPORTS.glob("*.txt")):
        doc = read_report(path)
        assert all(line.page is not None for line in doc.lines), path.name
