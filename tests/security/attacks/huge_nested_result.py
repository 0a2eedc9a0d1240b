# vector: 4 exhaust: a result nested deep and wide over shared large strings (gigabytes as JSON)
# expect: OLE
# sandboxes: docker, local
def solve(values):
    text = "x" * 10_000
    row = [text] * 1_000
    grid = [row] * 1_000
    for _ in range(40):
        grid = [grid, grid]
    return grid
