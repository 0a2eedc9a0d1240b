"""The attack suite's catalogue and harness: each attack file says its vector and the verdicts
it must get; running one checks the side conditions every attack must meet."""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from judge.backends.base import Sandbox
from judge.models import GrowthMode, Report, Verdict
from judge.pipeline.submit import SubmitOptions
from judge.pipeline.submit import submit as run_submission
from judge.report import to_json as json_report
from tests.conftest import own_containers, own_temp_entries

HERE = Path(__file__).parent
ATTACKS = HERE / "attacks"
PROBLEMS = HERE / "problems"
CONTROL = "def solve(values):\n    return sum(values)\n"
SECRET_VARIABLE = "JUDGE_ATTACK_SECRET"
SECRET = "s3cr3t-" + secrets.token_hex(8)


@dataclass(frozen=True)
class Attack:
    name: str
    vector: int
    description: str
    expect: frozenset[Verdict]
    control_after: bool
    source: str
    sandboxes: frozenset[str] = frozenset({"docker"})  # `# sandboxes: docker, local` adds the local one


def catalogue() -> list[Attack]:
    found = []
    for path in sorted(ATTACKS.glob("*.py")):
        source = path.read_text()
        vector = re.search(r"^# vector: (\d) (.+)$", source, re.MULTILINE)
        expect = re.search(r"^# expect: (.+)$", source, re.MULTILINE)
        assert vector and expect, f"{path.name}: needs '# vector: N ...' and '# expect: ...' lines"
        verdicts = frozenset(Verdict(word.strip()) for word in expect.group(1).split(","))
        control = re.search(r"^# then: control$", source, re.MULTILINE) is not None
        where = re.search(r"^# sandboxes: (.+)$", source, re.MULTILINE)
        sandboxes = frozenset(word.strip() for word in (where.group(1) if where else "docker").split(","))
        assert sandboxes <= {"docker", "local"}, f"{path.name}: unknown sandbox in {sandboxes}"
        found.append(
            Attack(path.stem, int(vector.group(1)), vector.group(2), verdicts, control, source, sandboxes)
        )
    return found


def submit(
    sandbox: Sandbox, source: str, folder: Path, slug: str = "attack-sum", **options: object
) -> Report:
    path = folder / "solution.py"
    path.write_text(source)
    chosen = SubmitOptions(
        slug=slug,
        solution=path,
        problems_root=cast(Path | None, options.pop("problems_root", PROBLEMS)),
        growth=GrowthMode(str(options.pop("complexity", "off"))),
    )
    return run_submission(chosen, sandbox=sandbox)


def host_temp_entries() -> set[str]:
    """This suite's temp dirs (another judge on the machine has its own, and is none of ours)."""
    return own_temp_entries()


def leaks(report: Report) -> list[str]:
    """What a report must never carry: an attack's success marker, the host's secret."""
    text = json_report.render(report)
    found = []
    if "PWNED" in text:
        found.append("an attack succeeded: " + text[text.index("PWNED") :][:300])
    if SECRET in text:
        found.append("the host's secret is in the report")
    return found


def defended(sandbox: Sandbox, attack: Attack, folder: Path) -> list[str]:
    """Every way the judge failed against ``attack`` (empty: it held)."""
    failures = []
    before = host_temp_entries()
    report = submit(sandbox, attack.source, folder)
    got = {result.verdict for result in report.results}
    if not got or not got <= attack.expect:
        failures.append(f"verdicts {verdicts(report)}, expected {sorted(v.value for v in attack.expect)}")
    if Verdict.IE in got or Verdict.SKIPPED in got:
        failures.append(f"the judge was harmed: {verdicts(report)}")
    failures.extend(leaks(report))
    for result in report.results:
        # Defended, an attack returns -1; its string marker (PWNED ...) means it got through.
        if "got a string" in result.message:
            failures.append(f"an attack got through on {result.id}: it returned its marker string")
        if SECRET in result.stdout_tail or "PWNED" in result.stdout_tail:
            failures.append(f"{result.id} printed a secret or a marker: {result.stdout_tail[:200]}")
        if result.visibility.value == "hidden" and ("4242" in result.message or "4243" in result.message):
            failures.append(f"a hidden input or output was echoed: {result.message[:200]}")
    if not host_temp_entries() <= before:
        failures.append("a temp dir was left on the host")
    client = getattr(sandbox, "client", None)
    if client is not None:
        left = own_containers(client)
        if left:
            failures.append(f"{len(left)} container(s) left behind")
    if attack.control_after:
        control = submit(sandbox, CONTROL, folder)
        if {result.verdict for result in control.results} != {Verdict.AC}:
            failures.append(f"the next submission was not graded normally: {verdicts(control)}")
    return failures


def verdicts(report: Report) -> dict[str, str]:
    return {result.id: f"{result.verdict.value}: {result.message[:200]}" for result in report.results}


__all__ = [
    "CONTROL",
    "SECRET",
    "SECRET_VARIABLE",
    "catalogue",
    "host_temp_entries",
    "json",
    "leaks",
    "submit",
]
