"""States a recurrent layer is given, made by ops whose result's rank is the number of sizes
they are given (`grn(static).expand(layers, -1, -1)`, `latent(z).unsqueeze(0).repeat(layers,
1, 1)`) from a tensor whose rank the walk does not know: tests/states11/ holds files from real
code and threads (each names its source); torch runs each probe() and must fail exactly where
the file is marked, and the linter must report the marked rule there, or nothing at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.marked_cases import assert_linter_agrees, assert_torch_agrees

CASES = sorted((Path(__file__).parent / "states11").glob("*.py"))


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_torch_agrees(path: Path) -> None:
    pytest.importorskip("torch")
    assert_torch_agrees(path.read_text(), f"states11_{path.stem}")


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_linter_agrees(path: Path) -> None:
    assert_linter_agrees(path.stem, path.read_text())


def test_shape_functions_agree_with_torch() -> None:
    """The pure functions give torch's dims wherever they claim one."""
    torch = pytest.importorskip("torch")
    from lstmcheck.lint.shapefns.views import expand_unranked, repeat_unranked
    from lstmcheck.sizes import Size

    def n(*values: int) -> tuple:
        return tuple(Size.number(v) for v in values)

    for shape, sizes in [((3, 16), (2, -1, -1)), ((1, 3, 16), (4, 3, -1)), ((16,), (2, 5, -1))]:
        got = torch.empty(shape, device="meta").expand(*sizes).shape
        claimed = expand_unranked(Size.number(shape[-1]), n(*sizes))
        assert claimed is not None and len(claimed) == len(got)
        assert all(c is None or c.value == g for c, g in zip(claimed, got))
    for shape, times in [((3, 16), (2, 1, 1)), ((1, 3, 16), (4, 1, 2)), ((16,), (2, 3))]:
        got = torch.empty(shape, device="meta").repeat(*times).shape
        claimed = repeat_unranked(Size.number(shape[-1]), n(*times))
        assert claimed is not None and len(claimed) == len(got)
        assert all(c is None or c.value == g for c, g in zip(claimed, got))
    assert expand_unranked(None, n(2, -2)) is None and repeat_unranked(None, ()) is None
