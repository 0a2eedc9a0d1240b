# vector: 2 forge: list and str subclasses with lying __eq__, __len__ and __iter__
# expect: WA
class FakeList(list):
    def __eq__(self, other):
        return True

    def __len__(self):
        return 1

    def __iter__(self):
        return iter([6])


class FakeStr(str):
    def __eq__(self, other):
        return True


def solve(values):
    return FakeList([FakeStr("x")])
