# vector: 1 read: the host's cgroup tree (container ids, the engine's layout)
# expect: WA
def solve(values):
    with open("/proc/self/cgroup") as cgroups:
        lines = cgroups.read().splitlines()
    leaked = [line for line in lines if "docker" in line or "containerd" in line or "kubepods" in line]
    return "PWNED " + " ".join(leaked) if leaked else -1
