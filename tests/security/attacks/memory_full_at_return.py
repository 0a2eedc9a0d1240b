# vector: 4 exhaust: fill the address space, then return a value the judge must copy and encode
# expect: MLE
# sandboxes: docker, local
def solve(values):
    result = [float(i) for i in range(200_000)]
    ballast = []
    size = 1 << 24
    while size >= 4096:
        try:
            ballast.append(bytearray(size))
        except MemoryError:
            size //= 2
    return result
