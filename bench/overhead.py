"""How much the judge adds on top of starting a container, measured side by side in one run.

(a) a bare container: `docker run --rm --network none IMAGE python3 -c pass`
(b) `judge submit top-k-products <reference> --no-complexity` in the Docker sandbox (the whole CLI process)
(c) the same in the local sandbox
(d) `judge --version`: the CLI's own start-up, a fixed cost of every command

Each is run REPEAT times, interleaved (a, b, c, a, b, c, ...) so drift hits all three alike. Prints
medians, the ratio b/a (target: under 2.0) and the per-test overhead: (b - a - the tests' own CPU
time) / number of tests. Usage: python bench/overhead.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.backends import docker, image  # noqa: E402

PROBLEM = "top-k-products"
REFERENCE = ROOT / "problems" / PROBLEM / "reference.py"


def timed(command: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}): {result.stderr.strip()}")
    return elapsed, result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=7)
    options = parser.parse_args()
    client = docker.connect()
    tag = image.require_current(client)
    if shutil.which("docker") is None:
        raise SystemExit("the docker CLI is needed for (a), the bare `docker run`")
    bare = ["docker", "run", "--rm", "--network", "none", "--entrypoint", "python3", tag, "-c", "pass"]
    judge = [sys.executable, "-m", "judge", "submit", PROBLEM, str(REFERENCE), "--json", "--no-complexity"]
    # Warm-up: expected outputs cached, image layers and Python files in the page cache.
    timed(bare)
    timed([*judge, "--sandbox", "docker"])
    timed([*judge, "--sandbox", "local"])
    samples: dict[str, list[float]] = {"a": [], "b": [], "c": [], "d": []}
    test_cpu: list[float] = []
    tests = 0
    for _ in range(options.repeat):
        samples["a"].append(timed(bare)[0])
        elapsed, out = timed([*judge, "--sandbox", "docker"])
        samples["b"].append(elapsed)
        report = json.loads(out)
        tests = report["total"]
        test_cpu.append(sum(test["cpu_seconds"] or 0.0 for test in report["tests"]))
        samples["c"].append(timed([*judge, "--sandbox", "local"])[0])
        samples["d"].append(timed([sys.executable, "-m", "judge", "--version"])[0])
    a, b, c, d = (statistics.median(samples[key]) for key in "abcd")
    cpu = statistics.median(test_cpu)
    print(f"image {tag}; {options.repeat} interleaved repetitions; {tests} tests")
    print(f"(a) bare docker run, python3 -c pass   median {a:.3f} s")
    print(f"(b) judge submit, docker sandbox       median {b:.3f} s")
    print(f"(c) judge submit, local sandbox        median {c:.3f} s")
    print(f"(d) judge --version (CLI start-up)     median {d:.3f} s")
    print(f"b/a = {b / a:.2f}   (target < 2.0)")
    print(f"tests' own CPU time (median sum)       {cpu:.3f} s")
    print(f"overhead per test, docker: (b - a - d - cpu) / tests = {(b - a - d - cpu) / tests * 1000:.1f} ms")
    print(f"overhead per test, local:  (c - d - cpu) / tests     = {(c - d - cpu) / tests * 1000:.1f} ms")
    marginal(client, tag, options.repeat)
    layers(client, tag, options.repeat)


def marginal(client, tag: str, repeat: int) -> None:  # type: ignore[no-untyped-def]
    """What one more test costs: the same small public case run 10 and 70 times in one job, in
    each sandbox; (wall(70) - wall(10) - the 60 extra calls' own CPU) / 60 is the judge's cost
    per test (fork, limits, pipes, start and end frames, the scrub, the host's decoding), with
    every fixed cost (CLI, container, runner start) cancelled out."""
    from judge.backends.docker import DockerSandbox
    from judge.backends.local import LocalSandbox
    from judge.package import cases, problems
    from judge.pipeline.jobs import job_for

    problem = problems.load(PROBLEM)
    case = cases.prepare(problem)[0]
    source = REFERENCE.read_text(encoding="utf-8")

    def run(sandbox, copies: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
        prepared = [replace(case, id=f"copy-{index}") for index in range(copies)]
        began = time.perf_counter()
        events = sandbox.run(job_for(problem, source, prepared))
        cpu = sum(event.observation.cpu_seconds or 0.0 for event in events)
        return time.perf_counter() - began, cpu

    print("marginal cost of one test (the same small case 10 and 70 times per job, medians):")
    for sandbox in (DockerSandbox(client, tag), LocalSandbox()):
        costs = []
        for _ in range(repeat):
            few, few_cpu = run(sandbox, 10)
            many, many_cpu = run(sandbox, 70)
            costs.append((many - few - (many_cpu - few_cpu)) / 60)
        figure = statistics.median(costs) * 1000
        print(f"  {sandbox.name:6s} sandbox                           {figure:.2f} ms per test")


def layers(client, tag: str, repeat: int) -> None:  # type: ignore[no-untyped-def]
    """What each isolation layer costs, side by side: a container with the judge's options
    against a plain one and against the same without the seccomp profile, the fail-closed
    inspect, the uid lease, the scrub between tests and the process-tree CPU watch."""
    from judge.backends import seccomp, uids
    from judge.backends.docker import DockerSandbox
    from judge.backends.protocol import Job
    from judge.models import Limits

    limits = Limits(cpu_seconds=1.0, memory_bytes=64 << 20, wall_seconds=4.0)
    options = DockerSandbox(client, tag).container_options(Job("", {}, (), limits, ()))
    options.update(stdin_open=False, auto_remove=False)
    command = ["-c", "pass"]

    without_seccomp = {
        **options,
        "security_opt": [opt for opt in options["security_opt"] if opt != seccomp.security_opt()],
    }

    def start(hardened: bool, profile: bool = True) -> tuple[float, float]:
        began = time.perf_counter()
        chosen = (options if profile else without_seccomp) if hardened else {"network_mode": "none"}
        container = client.containers.create(tag, entrypoint="python3", command=command, **chosen)
        inspected = time.perf_counter()
        client.api.inspect_container(container.id)
        inspect_seconds = time.perf_counter() - inspected
        container.start()
        container.wait()
        elapsed = time.perf_counter() - began - inspect_seconds
        container.remove(force=True)
        return elapsed, inspect_seconds

    plain, hardened, unprofiled, inspects = [], [], [], []
    for _ in range(repeat):
        plain.append(start(False)[0])
        unprofiled.append(start(True, profile=False)[0])
        seconds, inspect_seconds = start(True)
        hardened.append(seconds)
        inspects.append(inspect_seconds)
    began = time.perf_counter()
    for _ in range(1000):
        uids.lease().release()
    lease_seconds = (time.perf_counter() - began) / 1000
    tree_probe = (
        "import subprocess, sys, time; sys.path.insert(0, '/opt/mljudge/sandbox'); import supervise; "
        "kids = [subprocess.Popen(['sleep', '30']) for _ in range(16)]; "
        "t = time.perf_counter(); [supervise.tree_cpu_seconds(1) for _ in range(200)]; "
        "print((time.perf_counter() - t) / 200); [kid.kill() for kid in kids]"
    )
    tree_out = client.containers.run(
        tag,
        entrypoint="python3",
        command=["-c", tree_probe],
        remove=True,
        **{key: options[key] for key in ("network_mode", "read_only", "tmpfs", "ipc_mode", "user")},
    )
    scrub_probe = (
        "import sys, time; sys.path.insert(0, '/opt/mljudge/sandbox'); import scrub; "
        "t = time.perf_counter(); [scrub.scrub() for _ in range(200)]; "
        "print((time.perf_counter() - t) / 200)"
    )
    out = client.containers.run(
        tag,
        entrypoint="python3",
        command=["-c", scrub_probe],
        remove=True,
        **{key: options[key] for key in ("network_mode", "read_only", "tmpfs", "ipc_mode", "user")},
    )
    print("layers (side by side, medians):")
    print(f"  container create+start+wait, plain       {statistics.median(plain):.3f} s")
    print(f"  every isolation flag but seccomp         {statistics.median(unprofiled):.3f} s")
    print(f"  the same with every isolation flag       {statistics.median(hardened):.3f} s")
    print(f"  uid lease + release                      {lease_seconds * 1e6:.0f} us per run")
    print(f"  process-tree CPU watch, 16 processes     {float(tree_out) * 1e6:.0f} us per 20 ms poll")
    print(f"  fail-closed inspect before start         {statistics.median(inspects) * 1000:.1f} ms per run")
    print(f"  scrub between tests (empty /tmp)         {float(out) * 1e6:.0f} us per test")


if __name__ == "__main__":
    main()
