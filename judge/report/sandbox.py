"""`judge sandbox status`: the engine, the image and the local sandbox, a line each."""

from __future__ import annotations

from typing import Any


def render(report: dict[str, Any]) -> str:
    engine = report["engine"]
    lines = []
    if engine["reachable"]:
        lines.append(f"engine: up (Docker {engine['version']}, API {engine['api']})")
    else:
        lines.append(f"engine: not reachable ({engine.get('error', '?')})")
    found = report["image"]
    if found is not None:
        if found["present"]:
            numpy = f"numpy {found['numpy']}" if found.get("numpy") else "numpy unknown: rebuild it"
            lines.append(f"image:  {found['tag']} present (id {found['id']}, base {found['base']}, {numpy})")
        else:
            stale = f"; stale: {', '.join(found['stale_tags'])}" if found["stale_tags"] else ""
            lines.append(f"image:  {found['tag']} missing{stale}")
    lines.append(
        f"ready:  {'yes' if report['ready'] else 'no'}" + (f" — {report['fix']}" if "fix" in report else "")
    )
    lines.append(f"local:  numpy {report['local_numpy']} (this Python's)")
    lines.append(report["local"])
    return "\n".join(lines) + "\n"
