"""`judge verify --mutants`: the kill rate per problem and every surviving mutant with its diff."""

from __future__ import annotations

import json

from judge.models import SCHEMA_VERSION
from judge.pipeline.records import MutationCheck
from judge.report.safe_text import for_terminal


def render_text(checks: list[MutationCheck]) -> str:
    lines = []
    for check in checks:
        equivalent = len(check.mutants) - check.counted
        lines.append(
            f"{check.slug}: {check.killed}/{check.counted} mutants killed ({check.kill_rate:.0%})"
            + (f", {equivalent} equivalent" if equivalent else "")
            + f" in {check.seconds:.0f} s"
        )
        for mutant in check.mutants:
            if mutant.survived:
                lines.append(f"  survived {mutant.id}")
                lines.append(f"    - {mutant.before}")
                lines.append(f"    + {mutant.after}")
        for name in check.stale:
            lines.append(f"  mutants.toml lists {name!r}, which is no longer a mutant: remove it")
    total = sum(check.counted for check in checks)
    killed = sum(check.killed for check in checks)
    lines.append(f"{killed}/{total} mutants killed over {len(checks)} problems")
    return for_terminal("\n".join(lines)) + "\n"


def render_json(checks: list[MutationCheck]) -> str:
    document = {
        "schema_version": SCHEMA_VERSION,
        "kind": "mutants",
        "problems": [
            {
                "slug": check.slug,
                "killed": check.killed,
                "counted": check.counted,
                "kill_rate": round(check.kill_rate, 4),
                "seconds": check.seconds,
                "stale": list(check.stale),
                "mutants": [
                    {
                        "id": mutant.id,
                        "before": mutant.before,
                        "after": mutant.after,
                        "killed_by": mutant.killed_by,
                        "verdict": mutant.verdict,
                        "equivalent": mutant.equivalent,
                    }
                    for mutant in check.mutants
                ],
            }
            for check in checks
        ],
    }
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
