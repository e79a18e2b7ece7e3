"""manage.py ingest and load_seeds: files, directories, bad files, idempotency."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from sources.models import Article

pytestmark = pytest.mark.django_db


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_directory_with_bad_files_still_ingests_the_good_ones(tmp_path: Path):
    write(tmp_path / "a.txt", "date 2022-10 La Russie a tiré 84 missiles lundi.".encode())
    write(tmp_path / "b.txt", "Le gouvernement a annoncé 2 milliards d'euros d'aide.".encode())
    write(tmp_path / "empty.txt", b"  \n")
    write(tmp_path / "latin1.txt", "Le député a déclaré qu'il était élu.".encode("latin-1"))
    write(tmp_path / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(tmp_path / "baddate.txt", b"date 2022-13 Texte.")
    with pytest.raises(CommandError, match="5 of 7 inputs failed"):
        run("ingest", str(tmp_path), str(tmp_path / "missing.txt"))
    assert Article.objects.count() == 2


def test_each_bad_file_gets_one_clear_line_naming_it(tmp_path: Path):
    files = {
        "empty.txt": (b"", "is empty"),
        "latin1.txt": ("député élu".encode("latin-1"), "is not UTF-8"),
        "binary.txt": (b"\x00\x01\x02abc", "binary"),
        "baddate.txt": (b"date 2022-13 Texte.", "not a valid date"),
    }
    for name, (data, _) in files.items():
        write(tmp_path / name, data)
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", str(tmp_path), stdout=io.StringIO(), stderr=err)
    lines = err.getvalue().strip().splitlines()
    assert len(lines) == len(files)
    for name, (_, expected) in files.items():
        [line] = [line for line in lines if name in line]
        assert line.startswith("error: ") and expected in line


def test_ingest_twice_is_idempotent(tmp_path: Path):
    write(tmp_path / "a.txt", "La Russie a tiré 84 missiles lundi sur Kyiv.".encode())
    out, _ = run("ingest", str(tmp_path))
    assert "1 new, 0 already known, 0 failed" in out
    out, _ = run("ingest", str(tmp_path))
    assert "0 new, 1 already known, 0 failed" in out
    assert Article.objects.count() == 1


def test_many_files_show_a_progress_bar(tmp_path: Path):
    for i in range(12):
        write(
            tmp_path / f"{i:02}.txt", f"Le budget {i} atteint {i + 1} milliards d'euros.".encode()
        )
    out, err = run("ingest", str(tmp_path))
    assert "12 new" in out
    assert "12/12" in err  # tqdm's counter


def test_load_seeds_loads_the_seed_article_once():
    out, _ = run("load_seeds")
    assert "1 new" in out
    article = Article.objects.get()
    assert article.published_display == "2022-10" and article.language == "fr"
    assert article.text.startswith("Le chef de l’OTAN, Jens Stoltenberg")
    out, _ = run("load_seeds")
    assert "1 already known" in out
