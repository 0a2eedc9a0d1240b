# vector: 1 read: expected outputs and other tests' inputs anywhere on the filesystem
# expect: WA, TLE
import os


def solve(values):
    hits = []
    for root, dirs, files in os.walk("/", onerror=lambda error: None):
        if root.startswith(("/proc", "/sys", "/usr/lib", "/usr/share")):
            dirs[:] = []
            continue
        for name in files:
            if name.endswith((".json", ".toml", ".args")) or "expected" in name or name == "reference.py":
                try:
                    with open(os.path.join(root, name), "rb") as handle:
                        data = handle.read(100000)
                except OSError:
                    continue
                if b"4243" in data or b"4242" in data or b"expected" in data:
                    hits.append(os.path.join(root, name))
    return "PWNED " + " ".join(hits) if hits else -1
