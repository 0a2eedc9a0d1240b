# vector: 2 forge: a structure nested a million deep (recursion in the converter)
# expect: WA, OLE, RE, MLE
def solve(values):
    deep = []
    for _ in range(1_000_000):
        deep = [deep]
    return deep
