# vector: 5 reach out: drop an executable into the writable /tmp and run it
# expect: WA
import os
import shutil
import subprocess


def solve(values):
    target = "/tmp/dropped"
    try:
        shutil.copy("/bin/true", target)
        os.chmod(target, 0o755)
        subprocess.run([target], check=True, timeout=5)
        return "PWNED executed a file written to /tmp"
    except (OSError, subprocess.SubprocessError):
        return -1
