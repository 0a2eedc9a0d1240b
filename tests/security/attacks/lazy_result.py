# vector: 3 timing: return a lazy object (generator, map, iterator subclass) to be computed later
# expect: WA
def solve(values):
    return (value for value in [sum(values)])
