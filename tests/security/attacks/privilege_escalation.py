# vector: 5 reach out: become root, gain capabilities, or be able to gain privileges via setuid
# expect: WA
import os


def solve(values):
    gained = []
    for attempt in (lambda: os.setuid(0), lambda: os.setgid(0), lambda: os.seteuid(0)):
        try:
            attempt()
            gained.append("setuid")
        except OSError:
            pass
    for pid in ("self", "1"):
        try:
            with open(f"/proc/{pid}/status") as status:
                for line in status:
                    key, _, value = line.partition(":")
                    value = value.strip()
                    if key in ("CapEff", "CapPrm", "CapBnd", "CapAmb") and int(value, 16) != 0:
                        gained.append(f"{pid} {key} {value}")
                    if key == "NoNewPrivs" and value != "1":
                        gained.append(f"{pid} could gain privileges (NoNewPrivs {value})")
                    if key == "Uid" and "0" in value.split():
                        gained.append(f"{pid} uid {value}")
        except OSError:
            pass
    if os.geteuid() == 0:
        gained.append("euid 0")
    return "PWNED " + " | ".join(gained) if gained else -1
