# vector: 4 exhaust: a memory bomb
# expect: MLE
def solve(values):
    hoard = []
    while True:
        hoard.append(bytearray(16 << 20))
