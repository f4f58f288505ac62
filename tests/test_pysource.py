"""The renderer's layouts must be exactly what black writes (fmt skips black for them)."""

from __future__ import annotations

import random

import black
import pytest

from odatagen.fmt import MODE
from odatagen.pysource import assignment, call_assignment, class_header, docstring
from odatagen.pysource import py_str, signature


def black_format(source: str) -> str:
    return black.format_str(source, mode=MODE)


@pytest.mark.parametrize("seed", range(4))
def test_field_layouts_match_black(seed: int) -> None:
    rng = random.Random(seed)
    checked = 0
    for _ in range(400):
        name = "a" * rng.randint(1, 90)
        cls = "B" * rng.randint(1, 60)
        many = rng.random() < 0.6
        annotation = f"list[{cls}]" if many else f"{cls} | None"
        args = [py_str("W" * rng.randint(1, 70)), py_str(cls)] + (
            ["many=True"] if many else []
        )
        lines = call_assignment("    ", f"{name}: {annotation}", "_m.nav", args)
        if lines is None:
            continue
        source = "class A:\n" + "\n".join(lines) + "\n"
        assert black_format(source) == source
        checked += 1
    assert checked > 200


@pytest.mark.parametrize("seed", range(3))
def test_query_field_layouts_match_black(seed: int) -> None:
    """Fields classes: plain annotations, wrapped in parentheses when too long."""
    rng = random.Random(seed)
    checked = 0
    for _ in range(400):
        name = "a" * rng.randint(1, 80)
        annotation = "B" * rng.randint(1, 70) + "Fields"
        args = [py_str("m" * rng.randint(1, 90)), py_str("N" * rng.randint(1, 60))]
        args += ["many=True"] if rng.random() < 0.5 else []
        lines = call_assignment("    ", f"{name}: {annotation}", "_q.nav", args)
        if lines is None:
            continue
        source = "class A:\n" + "\n".join(lines) + "\n"
        assert black_format(source) == source
        checked += 1
    assert checked > 300


@pytest.mark.parametrize("seed", range(3))
def test_signatures_and_class_headers_match_black(seed: int) -> None:
    rng = random.Random(seed)
    checked = 0
    for _ in range(300):
        count = rng.randint(0, 12)
        params = ["self"] + (["key: uuid.UUID | C", "/"] if rng.random() < 0.5 else [])
        params += ["*"] if count else []
        params += [
            f"{'x' * rng.randint(1, 20)}{i}: str = _m.UNSET" for i in range(count)
        ]
        if rng.random() < 0.3:
            params = params[:1]
        head = rng.choice(
            ["def update", "async def create", "def " + "y" * rng.randint(1, 70)]
        )
        returns = rng.choice(
            ["None", "Contact", "list[" + "Z" * rng.randint(1, 50) + "]"]
        )
        lines = signature("    ", head, params, returns)
        if lines is not None:
            source = "class A:\n" + "\n".join(lines) + "\n        pass\n"
            assert black_format(source) == source
            checked += 1
        base = f"_c.EntitySet[{'M' * rng.randint(1, 40)}, {'F' * rng.randint(1, 40)}]"
        header = class_header("S" * rng.randint(1, 50), base)
        if header is not None:
            source = "\n".join(header) + "\n    pass\n"
            assert black_format(source) == source
            checked += 1
    assert checked > 300


def test_classvar_layouts_match_black() -> None:
    for length in range(40, 100):
        lines = assignment("    ", "__odata_type__", py_str("T" * length))
        if lines is not None:
            source = "class A:\n" + "\n".join(lines) + "\n"
            assert black_format(source) == source


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        'ends with a quote"',
        "back\\slash at the end\\",
        'has """ triple quotes',
        "multi\nline\r\ntext with\ttabs",
        "bidi \u202e override and zero\u200bwidth",
        "x" * 300,
        "word " * 60,
    ],
)
def test_docstrings_are_black_stable_and_safe(text: str) -> None:
    lines = docstring([text, "Second paragraph."], "    ")
    source = "class A:\n" + "\n".join(lines) + "\n\n    x = 1\n"
    compile(source, "<test>", "exec")
    assert "\u202e" not in source and "\u200b" not in source
    if all(len(line) <= 88 for line in lines):
        assert black_format(source) == source


def test_py_str_round_trips_any_text() -> None:
    rng = random.Random(7)
    for _ in range(500):
        text = "".join(chr(rng.randint(0, 0x2FFFF)) for _ in range(rng.randint(0, 20)))
        text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
        literal = py_str(text)
        assert eval(literal) == text  # noqa: S307 - the literal is what we test
        assert black_format(f"x = {literal}\n") == f"x = {literal}\n"
