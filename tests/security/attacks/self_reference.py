# vector: 2 forge: a self-referencing structure
# expect: WA
def solve(values):
    loop = []
    loop.append(loop)
    return loop
