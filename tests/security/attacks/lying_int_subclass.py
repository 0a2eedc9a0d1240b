# vector: 2 forge: an int subclass that claims to equal everything
# expect: WA
class Liar(int):
    def __eq__(self, other):
        return True

    __hash__ = int.__hash__


def solve(values):
    return Liar(sum(values) + 1)
