"""One check for every JUnit file the tests produce: valid against the Jenkins junit-10.xsd
(tests/schemas, from jenkinsci/xunit-plugin, MIT) and readable by ElementTree and junitparser, as
CI reporters read it."""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import junitparser
import xmlschema

SCHEMA = Path(__file__).parent / "schemas" / "junit-10.xsd"


@functools.cache
def _schema() -> xmlschema.XMLSchema10:
    return xmlschema.XMLSchema10(SCHEMA)


def assert_valid_junit(text: str, family: str = "xunit2") -> None:
    """``text`` encodes as UTF-8, ElementTree and junitparser read it, and it is valid against
    junit-10.xsd. ``xunit1`` output adds ``file`` and ``line`` to each testcase, which that schema
    does not allow: it is validated with exactly those two attributes taken out."""
    root = ElementTree.fromstring(text.encode("utf-8"))
    if family == "xunit1":
        for case in root.iter("testcase"):
            case.attrib.pop("file", None)
            case.attrib.pop("line", None)
    errors = [str(error) for error in _schema().iter_errors(root)]
    assert not errors, "not valid against junit-10.xsd:\n" + "\n".join(errors)
    suites = list(junitparser.JUnitXml.fromstring(text))
    assert len(suites) == len(root.findall("testsuite"))
    for suite in suites:
        read_cases = list(suite)
        assert len(read_cases) == int(suite.tests)
        for read in read_cases:
            assert read.name and read.time >= 0
            for result in read.result:
                assert isinstance(result, junitparser.Failure | junitparser.Error | junitparser.Skipped)
                assert result.message is not None
