"""JUnit XML, which every CI system can show: one test case per sidecar, failed by its
errors (warnings go to the case's system-out, and count only under --strict).

A case has one `failure`, whose message is its first error (with how many more) and
whose text lists every error: Jenkins' JUnit plugin reads only a case's first
`failure` element (CaseResult.java), so a second one would never be shown.

Valid against the Jenkins xunit plugin's junit-10.xsd, the strictest reader: the file
is the test case's `name` (that schema has no `file` attribute on a test case).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TextIO
from xml.etree import ElementTree as ET

from annotate.checks import ERROR, WARNING, Problem
from annotate.reporters import ascii_only
from annotate.validate import Report
from annotate.visible import undecodable

# Characters XML 1.0 cannot hold at all, even escaped; they could come from a file name.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _safe(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", undecodable(text))


def tree(report: Report) -> ET.Element:
    by_file: dict[str, list[Problem]] = defaultdict(list)
    for p in report.problems:
        by_file[p.file].append(p)
    failures = sum(1 for file in report.files
                   if any(p.severity == ERROR for p in by_file.get(file, [])))
    suites = ET.Element("testsuites", name="annotate validate", tests=str(len(report.files)),
                        failures=str(failures), errors="0")
    suite = ET.SubElement(suites, "testsuite", name="annotate validate",
                          tests=str(len(report.files)), failures=str(failures), errors="0",
                          skipped="0")
    for file in report.files:
        case = ET.SubElement(suite, "testcase", classname="annotate.validate",
                             name=_safe(file))
        problems = by_file.get(file, [])
        errors = [p for p in problems if p.severity == ERROR]
        if errors:
            first, more = errors[0], len(errors) - 1
            failure = ET.SubElement(
                case, "failure", type=", ".join(dict.fromkeys(p.rule for p in errors)),
                message=_safe(f"{first.line}:{first.column}: {first.message}"
                              + (f" (and {more} more error{'s' * (more > 1)})" if more else "")))
            failure.text = _safe("\n".join(f"{p}  ({p.path})" for p in errors))
        warnings = [p for p in problems if p.severity == WARNING]
        if warnings:
            ET.SubElement(case, "system-out").text = _safe("\n".join(map(str, warnings)))
    ET.indent(suites)
    return suites


def render(report: Report, out: TextIO) -> None:
    # The declaration names the encoding the stream really has: UTF-8, or ASCII with
    # character references where the stream cannot take every character.
    encoding = "us-ascii" if ascii_only(out) else "utf-8"
    out.write(ET.tostring(tree(report), encoding=encoding, xml_declaration=True)
              .decode(encoding))
    out.write("\n")
