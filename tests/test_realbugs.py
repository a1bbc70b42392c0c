"""Real reported bugs, rebuilt as small files that keep their authors' structure.

Each `tests/realbugs/bug_NNN_*.py` names its source thread, the rule that should report it,
the first line torch raises (or warns) when its `probe()` runs, and marks the line to fix with
`# fix:`. Each `ok_NNN_*.py` is correct code that looks like a bug. torch is the oracle for both;
the linter is measured by recall at the fix line and must stay silent (no error) on look-alikes.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest

from lstmcheck.lint.engine import check_source

HERE = Path(__file__).parent / "realbugs"
ROOT = Path(__file__).parent.parent

# Recall at the fix line that the linter reaches on this set (33/61 = 0.54 after issue 11's second
# round; 4/61 when the set was built; 37/81 = 0.45 once the held-out bugs 062-081 joined it;
# 54/102 = 0.53 once the second held-out part, 083-102, joined it, with main at 88fd5f6;
# 75/122 = 0.61 once the third held-out part, 103-122, joined it, with main at fcb88b8;
# 85/132 = 0.64 once the fourth, 123-132, joined it, on branch newbugs4 from main at b066f3e;
# 92/142 = 0.65 once its second half, 133-142, joined it, on branch newbugs4b from main at 7e2512a;
# 94/155 = 0.61 once the fifth, 143-152 and 155-157, joined it, on branches newbugs5a/5b from
# main at 98ad80f; 99/155 = 0.64 at the end of round 7; 104/165 = 0.63 once the sixth, 158-167,
# joined it, on branch newbugs6a from main at 40f8a8b; 111/176 = 0.63 at the end of round 8; 114/185 = 0.62
# once the first half of the seventh, 182-190, joined it, on branch newbugs7a from main at 980a9ca;
# 119/190 = 0.63 at the end of round 9; 123/205 = 0.60 once the eighth, 206-210 and 220-229, joined
# it, on main at c09e3ab; 135/205 = 0.66 at the end of round 10; 141/223 = 0.63 once the ninth,
# 230-247, joined it, on main at 47d6799; 146/223 = 0.65 at the end of round 11).
# Issue 11's target is 0.90; this floor only ever ratchets up, never down: raise it when the
# linter catches more, never lower it to make a change pass (a new held-out part is the one
# time it is set again, to what the enlarged set measures).
RECALL_FLOOR = 0.65

# bug_062 on (and ok_026 on) were collected after the linter's issue 11 rounds, from threads its
# authors had not seen: recall on them says how well the work generalizes. bug_062-082 were then
# used in a round of development, so bug_083 on (and ok_035 on) are a second held-out part,
# collected while that round ran and kept out of its developers' sight. Held out 2 became development
# material in issue 11's fifth round; bug_103 on (and ok_043 on) are the third held-out part, collected
# during that round from threads and repositories none of the earlier files use. Held out 3 became
# development material in round 6; bug_123 on (and ok_053 on) are the fourth held-out part, collected
# during that round, again from threads, fix commits and repositories no earlier file uses;
# bug_133-142 (and ok_063-067) complete it, from fix commits in repositories no earlier file uses.
# Held out 4 became development material in round 7; bug_143 on (and ok_068 on) are the fifth
# held-out part, collected during that round from fix commits and repositories no earlier file uses.
# Held out 5 became development material in round 8; bug_158 on (and ok_084 on) are the sixth
# held-out part, collected during that round from fix commits and published code in repositories no
# earlier file uses, without reading the linter. Held out 6 became development material in round 9;
# bug_182 on (and ok_100 on) are the seventh held-out part, collected during that round by two
# collectors (owners a-m and n-z), again from fix commits and published code in repositories no
# earlier file uses, without reading the linter. Held out 7 became development material in round 10;
# bug_206 on (and ok_116 on) are the eighth held-out part, collected during that round the same way
# (bug_206-210 and ok_116-117 from owners a-m, bug_220-229 and ok_126-132 from owners n-z); five of
# its rule headers were set by the lead to the rule that reports that kind of mistake (LC002 for an
# unknown keyword, LC005 for a value torch rejects, LC007 for a final state read with the wrong
# layer or direction count) before it was measured. Held out 8 became development material in
# round 11; bug_230 on (and ok_133 on) are the ninth held-out part, collected during that round
# the same way (bug_230-239 and ok_133-137 from owners a-m, bug_240-247 and ok_138-142 from
# owners n-z); bug_239's header was set by the lead from LC004 to LC005 (a float in the bias
# slot is a value torch rejects, not one argument too many) before it was measured.
HELD_OUT_FROM = 62
HELD_OUT_2_FROM = 83
HELD_OUT_3_FROM = 103
HELD_OUT_4_FROM = 123
HELD_OUT_5_FROM = 143
HELD_OUT_6_FROM = 158
HELD_OUT_7_FROM = 182
HELD_OUT_8_FROM = 206
HELD_OUT_9_FROM = 230

_HEADER = re.compile(r"^#\s*(source|rule|torch):\s*(.*?)\s*$")


@dataclass(frozen=True)
class Case:
    """One file of the set and what its header says."""

    path: Path
    source: str
    rule: str | None
    torch: str | None
    fix_line: int | None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def relative(self) -> str:
        return self.path.relative_to(ROOT).as_posix()

    @property
    def is_bug(self) -> bool:
        return self.name.startswith("bug_")

    @property
    def number(self) -> int:
        return int(self.name.split("_")[1])

    @property
    def held_out(self) -> bool:
        return self.number >= HELD_OUT_FROM

    @property
    def part(self) -> str:
        """Which part of the set a bug belongs to: the figures are printed for each."""
        if self.number >= HELD_OUT_9_FROM:
            return "held out 9"
        if self.number >= HELD_OUT_8_FROM:
            return "held out 8"
        if self.number >= HELD_OUT_7_FROM:
            return "held out 7"
        if self.number >= HELD_OUT_6_FROM:
            return "held out 6"
        if self.number >= HELD_OUT_5_FROM:
            return "held out 5"
        if self.number >= HELD_OUT_4_FROM:
            return "held out 4"
        if self.number >= HELD_OUT_3_FROM:
            return "held out 3"
        if self.number >= HELD_OUT_2_FROM:
            return "held out 2"
        return "held out 1" if self.held_out else "development"


def _read(path: Path) -> Case:
    text = path.read_text(encoding="utf-8")
    header: dict[str, str] = {}
    fix_line = None
    for number, line in enumerate(text.splitlines(), start=1):
        match = _HEADER.match(line)
        if match and match.group(1) not in header:
            header[match.group(1)] = match.group(2)
        if "# fix:" in line and not line.lstrip().startswith("#"):
            assert fix_line is None, f"{path.name}: more than one '# fix:' line"
            fix_line = number
    return Case(path, text, header.get("rule"), header.get("torch"), fix_line)


BUGS = [_read(p) for p in sorted(HERE.glob("bug_*.py"))]
LOOKALIKES = [_read(p) for p in sorted(HERE.glob("ok_*.py"))]


def _run_probe(case: Case):
    """Run the file's probe() without importing it as a module (no bytecode is written).

    Returns (exception or None, warning messages).
    """
    if "\ndef probe(" not in case.source:
        return None, [], False  # other frameworks' look-alikes: nothing to run
    namespace = {"__name__": f"realbugs_{case.path.stem}", "__file__": str(case.path)}
    exec(compile(case.source, str(case.path), "exec"), namespace)
    probe = namespace["probe"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            probe()
        except Exception as exc:  # the oracle's verdict is the point
            return exc, [w for w in caught], True
    return None, [w for w in caught], True


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0].strip() if text.strip() else ""


def _torch_verdict(exc, caught) -> str:
    if exc is not None:
        return f"{type(exc).__name__}: {_first_line(str(exc))}"
    for w in caught:
        if "torch/nn/" in w.filename.replace("\\", "/"):
            return f"{w.category.__name__}: {_first_line(str(w.message))}"
    return ""


def test_the_set_is_well_formed():
    assert len(BUGS) >= 1
    for case in BUGS:
        assert case.source.startswith("# source: http"), case.name
        assert case.rule and re.fullmatch(r"LC0\d\d", case.rule), case.name
        assert case.torch, case.name
        assert case.fix_line is not None, f"{case.name}: no '# fix:' line"
        assert "\ndef probe(" in case.source, case.name
        assert 'if __name__ == "__main__":' in case.source, case.name
    for case in LOOKALIKES:
        assert case.fix_line is None, f"{case.name}: a look-alike has nothing to fix"


def test_torch_agrees_with_every_header():
    """The oracle: every bug's probe raises (or warns) what its header says; look-alikes run clean."""
    import torch

    torch.manual_seed(0)
    wrong = []
    for case in BUGS:
        exc, caught, _ = _run_probe(case)
        verdict = _torch_verdict(exc, caught)
        if verdict != case.torch:
            wrong.append(f"{case.name}: header says {case.torch!r}, torch says {verdict!r}")
    for case in LOOKALIKES:
        exc, caught, probed = _run_probe(case)
        torch_warnings = [w for w in caught if "torch/nn/" in w.filename.replace("\\", "/")
                          and "dropout" in str(w.message)]
        if exc is not None or torch_warnings:
            wrong.append(f"{case.name}: should run cleanly, torch says {_torch_verdict(exc, caught)!r}")
        if not probed and ("import torch" in case.source or "from torch" in case.source):
            wrong.append(f"{case.name}: a torch look-alike needs a probe()")
    assert not wrong, "\n".join(wrong)


def _findings(case: Case):
    return check_source(case.source.encode("utf-8"), case.relative).findings


def _at_fix_line(finding, case: Case) -> bool:
    return finding.location.line <= case.fix_line <= finding.location.end_line


def _right_rule(finding, case: Case) -> bool:
    return finding.code == case.rule and finding.severity in ("error", "warning")


def test_recall_on_real_bugs():
    caught_at_fix, caught_anywhere, missed = set(), set(), []
    for case in BUGS:
        findings = [f for f in _findings(case) if _right_rule(f, case)]
        if any(_at_fix_line(f, case) for f in findings):
            caught_at_fix.add(case.name)
        else:
            missed.append(f"{case.name} ({case.rule})")
        if findings:
            caught_anywhere.add(case.name)
    total = len(BUGS)
    recall = len(caught_at_fix) / total
    print(f"\nrealbugs recall at the fix line: {len(caught_at_fix)}/{total} = {recall:.2f}")
    print(f"realbugs caught anywhere in the file with the right rule: "
          f"{len(caught_anywhere)}/{total} = {len(caught_anywhere) / total:.2f}")
    last = max(case.number for case in BUGS)
    spans = {"development": (1, HELD_OUT_FROM - 1), "held out 1": (HELD_OUT_FROM, HELD_OUT_2_FROM - 1),
             "held out 2": (HELD_OUT_2_FROM, HELD_OUT_3_FROM - 1),
             "held out 3": (HELD_OUT_3_FROM, HELD_OUT_4_FROM - 1), "held out 4": (HELD_OUT_4_FROM, HELD_OUT_5_FROM - 1),
             "held out 5": (HELD_OUT_5_FROM, HELD_OUT_6_FROM - 1),
             "held out 6": (HELD_OUT_6_FROM, HELD_OUT_7_FROM - 1),
             "held out 7": (HELD_OUT_7_FROM, HELD_OUT_8_FROM - 1),
             "held out 8": (HELD_OUT_8_FROM, HELD_OUT_9_FROM - 1), "held out 9": (HELD_OUT_9_FROM, last)}
    for part, (first, final) in spans.items():
        names = [case.name for case in BUGS if case.part == part]
        if not names:
            continue
        at_fix = len(caught_at_fix.intersection(names))
        anywhere = len(caught_anywhere.intersection(names))
        print(f"{part} (bug_{first:03d}-{final:03d}): at the fix line {at_fix}/{len(names)}"
              f" = {at_fix / len(names):.2f}, anywhere {anywhere}/{len(names)}"
              f" = {anywhere / len(names):.2f}")
    print("missed at the fix line:\n  " + "\n  ".join(missed))
    assert recall >= RECALL_FLOOR


@pytest.mark.parametrize("case", LOOKALIKES, ids=lambda case: case.name)
def test_no_error_on_lookalikes(case):
    errors = [f"{f.code} line {f.location.line}: {f.message}"
              for f in _findings(case) if f.severity == "error"]
    assert not errors, "\n".join(errors)
