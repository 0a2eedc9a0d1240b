# vector: 5 reach out: devices (disks, kernel memory, the kernel log)
# expect: WA
def solve(values):
    opened = []
    for path in ("/dev/sda", "/dev/vda", "/dev/mem", "/dev/kmem", "/dev/kmsg", "/dev/port", "/dev/fuse"):
        try:
            with open(path, "rb") as handle:
                handle.read(1)
            opened.append(path)
        except OSError:
            pass
    return "PWNED " + " ".join(opened) if opened else -1
