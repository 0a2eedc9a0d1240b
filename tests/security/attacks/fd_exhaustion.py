# vector: 4 exhaust: open file descriptors until none are left
# expect: RE
def solve(values):
    keep = []
    while True:
        keep.append(open("/dev/null"))
