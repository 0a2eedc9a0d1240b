# vector: 6 break the judge: return a dict the judge would read as a malformed numpy array
# expect: WA
# sandboxes: docker, local
def solve(values):
    return {"__ndarray__": sum(values), "dtype": "PWNED"}
