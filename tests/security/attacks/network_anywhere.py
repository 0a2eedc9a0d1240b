# vector: 5 reach out: the network, any address (DNS, the Docker bridge, the metadata service)
# expect: WA
import socket


def solve(values):
    reached = []
    for host, port in (("8.8.8.8", 53), ("172.17.0.1", 2375), ("169.254.169.254", 80), ("10.0.0.1", 80)):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.settimeout(0.3)
        try:
            sock.connect((host, port))
            reached.append(host)
        except OSError:
            pass
        finally:
            sock.close()
    try:
        socket.getaddrinfo("example.org", 80)
        reached.append("dns")
    except OSError:
        pass
    try:
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        udp.sendto(b"x", ("8.8.8.8", 53))
        reached.append("udp")
    except OSError:
        pass
    return "PWNED " + " ".join(reached) if reached else -1
