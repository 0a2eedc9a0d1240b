# vector: 2 forge: a class that lies to isinstance (__class__ property and a metaclass)
# expect: WA
class Meta(type):
    def __instancecheck__(cls, instance):
        return True


class Pretender(metaclass=Meta):
    @property
    def __class__(self):
        return int

    def __int__(self):
        return 6

    def __index__(self):
        return 6


def solve(values):
    return Pretender()
