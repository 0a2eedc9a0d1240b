# vector: 5 reach out: the Docker socket
# expect: WA
import socket


def solve(values):
    for path in ("/var/run/docker.sock", "/run/docker.sock", "/run/containerd/containerd.sock"):
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            client.settimeout(1)
            client.connect(path)
            return f"PWNED connected to {path}"
        except OSError:
            pass
        finally:
            client.close()
    return -1
