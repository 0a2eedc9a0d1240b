# vector: 2 forge: an object whose __eq__, __hash__ and __repr__ lie
# expect: WA
class Always:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return "6"


def solve(values):
    return Always()
