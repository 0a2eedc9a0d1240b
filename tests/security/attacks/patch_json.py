# vector: 2 forge: json.dumps and the encoder answer for the submission, which returns a wrong value
# expect: WA
# sandboxes: docker, local
import json
import json.encoder

ANSWER = [None]


def forged(value, *args, **kwargs):
    if isinstance(value, dict) and value.get("frame") == "end":
        value = {**value, "status": "returned", "output": ANSWER[0]}
    return json.encoder.JSONEncoder(allow_nan=True).encode(value)


json.dumps = forged
json.encoder.c_make_encoder = None
json.encoder.JSONEncoder.encode = lambda self, value: '{"frame": "end", "status": "returned", "output": %d}' % ANSWER[0]


def solve(values):
    ANSWER[0] = sum(values)
    return sum(values) + 1
