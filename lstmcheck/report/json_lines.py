"""`--output-format json-lines`: one JSON object per finding per line, the same objects as
`--output-format json`, for tools that read a stream (jq -c, log shippers)."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from lstmcheck.records import FileResult
from lstmcheck.report.json import finding_object


def write(results: list[FileResult], stream: TextIO = sys.stdout, **_: Any) -> None:
    for result in results:
        for finding in result.findings:
            stream.write(json.dumps(finding_object(finding)) + "\n")
