# vector: 4 exhaust: a flat result of four million floats (a copy and its JSON pass the memory budget)
# expect: OLE
# sandboxes: docker, local
def solve(values):
    return [0.123456789] * 4_000_000
