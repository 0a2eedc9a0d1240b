# vector: 4 exhaust: an infinite loop
# expect: TLE
def solve(values):
    while True:
        pass
