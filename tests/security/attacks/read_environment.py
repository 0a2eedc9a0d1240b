# vector: 1 read: the judge's environment variables
# expect: WA
import os


def solve(values):
    found = [f"{k}={v}" for k, v in os.environ.items()]
    for pid in ("1", "self", "thread-self"):
        try:
            with open(f"/proc/{pid}/environ", "rb") as handle:
                found.append(handle.read().decode("utf-8", "replace"))
        except OSError:
            pass
    print("\n".join(found))  # public tests show what was printed: the secret must not be in it
    return -1
