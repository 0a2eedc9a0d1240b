# vector: 6 break the judge: an integer too long to write as text, after lifting the cap
# expect: WA
# sandboxes: docker, local
import sys


def solve(values):
    sys.set_int_max_str_digits(0)
    return 10**6000 + sum(values)
