# vector: 2 forge: rebind isinstance, issubclass and type at import, then return a liar
# expect: WA
# sandboxes: docker, local
import builtins


class Liar:
    def __eq__(self, other):
        return True

    def __int__(self):
        return 6

    def __index__(self):
        return 6


builtins.isinstance = lambda value, kind: True
builtins.issubclass = lambda kind, base: True
builtins.type = lambda *args: int
builtins.callable = lambda value: True


def solve(values):
    return Liar()
