"""`--output-format junit`: JUnit XML, which CI servers (GitLab, Jenkins, Azure) show as a
test report: one test suite per checked file, one failing test case per finding, and a passing
case for a file with none, so that the count of checked files shows."""

from __future__ import annotations

import re
import sys
from typing import Any, TextIO
from xml.etree import ElementTree

from lstmcheck.records import FileResult
from lstmcheck.report.locations import cell_prefix, relative_path
from lstmcheck.report.notebook_lines import NotebookLines

# Characters XML 1.0 cannot hold at all, even escaped: replaced so the report stays readable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def tree(results: list[FileResult]) -> ElementTree.Element:
    findings = sum(len(r.findings) for r in results)
    root = ElementTree.Element("testsuites", name="lstmcheck", tests=str(
        sum(max(len(r.findings), 1) for r in results)), failures=str(findings), errors="0")
    notebooks = NotebookLines()
    for result in results:
        path = _clean(relative_path(result.path))
        suite = ElementTree.SubElement(root, "testsuite", name=path, tests=str(
            max(len(result.findings), 1)), failures=str(len(result.findings)), errors="0")
        if not result.findings:
            ElementTree.SubElement(suite, "testcase", name=f"{path}: no findings",
                                   classname=path)
            continue
        for finding in result.findings:
            loc = finding.location
            where = f"{cell_prefix(finding.cell)}line {loc.line}, column {loc.column}"
            case = ElementTree.SubElement(
                suite, "testcase", name=f"{finding.code} {finding.name}", classname=path,
                file=path, line=str(_file_line(finding, notebooks)))
            failure = ElementTree.SubElement(case, "failure", message=_clean(finding.message),
                                             type=finding.severity)
            failure.text = _clean(f"{where}: {finding.code} {finding.message}")
    return root


def _file_line(finding, notebooks: NotebookLines) -> int:
    """The line of the file itself, where a CI server links: in a notebook, the `.ipynb`
    line that holds the cell's line (the failure text names the cell and its line)."""
    in_file = notebooks.location(finding.path, finding.location, finding.cell)
    return (in_file or finding.location).line


def write(results: list[FileResult], stream: TextIO = sys.stdout, **_: Any) -> None:
    root = tree(results)
    ElementTree.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ElementTree.tostring(root, encoding="unicode") + "\n")
