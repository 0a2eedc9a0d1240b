"""The Celery app both sides share: its configuration from the broker URL, and the checks that
turn a broker that cannot be reached into one line (exit 4) within seconds.

Delivery (docs/grading.md): a task is acknowledged only after it ends (acks_late), a worker
takes one task at a time per slot (prefetch 1), and a task whose worker died is delivered again
once the visibility timeout has passed, so that timeout must exceed the longest task (a task
still running past it is delivered a second time: harmless, results are idempotent, but it
costs a second grading). Only JSON crosses the wire, never pickle.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from celery import Celery

from judge.errors import InternalError, UsageError

TASK_NAME = "mljudge.grade_repo"
DEFAULT_QUEUE = "mljudge"
VISIBILITY_TIMEOUT = 6 * 3600.0  # seconds; a repo of many problems with growth and counts: < 1 h
RESULT_EXPIRES = 7 * 24 * 3600  # seconds a result stays in Redis: a course re-reads a batch for days
CONNECT_SECONDS = 3.0  # a broker that does not answer within this is reported, not waited for
SOCKET_SECONDS = 15.0  # a blocking command on a dead connection (the worker's BRPOP waits 1 s)
SCHEMES = ("redis", "rediss")


@dataclass(frozen=True)
class Broker:
    url: str
    queue: str = DEFAULT_QUEUE

    @property
    def shown(self) -> str:
        """The URL without its password, for messages and logs."""
        return masked(self.url)


def parse_broker(url: str, queue: str = DEFAULT_QUEUE) -> Broker:
    """A Broker, or UsageError (exit 2) naming the flag and the fix."""
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES or not parts.hostname:
        raise UsageError(f"--broker {masked(url)}: expected redis://HOST:PORT/DB (or rediss:// for TLS)")
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise UsageError(f"--broker {masked(url)}: the port is not a number") from None
    if parts.scheme == "rediss" and "ssl_cert_reqs=" not in parts.query:
        raise UsageError(
            f"--broker {masked(url)}: a rediss:// URL needs ?ssl_cert_reqs=required (or optional, none)"
        )
    if not queue or not all(char.isalnum() or char in "-_." for char in queue):
        raise UsageError(f"--queue {queue!r}: use letters, digits, '-', '_' and '.'")
    return Broker(url, queue)


def masked(url: str) -> str:
    """``url`` with its password replaced by ``**`` (a URL is shown in messages and logs)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    userinfo, host = parts.netloc.rsplit("@", 1)
    return urlunsplit(parts._replace(netloc=f"{userinfo.split(':', 1)[0]}:**@{host}"))


def make_app(broker: Broker, visibility_timeout: float = VISIBILITY_TIMEOUT) -> Celery:
    app = Celery("mljudge", broker=broker.url, backend=broker.url, set_as_current=False)
    restore = max(1.0, min(60.0, visibility_timeout / 4))
    app.conf.update(
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        result_accept_content=["json"],
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_track_started=False,  # the task stores STARTED itself, after its checks (tasks.py)
        worker_prefetch_multiplier=1,
        task_default_queue=broker.queue,
        result_expires=RESULT_EXPIRES,
        result_extended=False,
        worker_hijack_root_logger=False,
        broker_connection_retry_on_startup=True,
        broker_connection_timeout=CONNECT_SECONDS,
        broker_transport_options={
            "visibility_timeout": visibility_timeout,
            # kombu sweeps the unacknowledged tasks every interval x throttle seconds: with the
            # default 10 x 10 a dead worker's task waited 100 s past a short timeout
            "unacked_restore_interval": restore,
            "unacked_restore_throttle": 1,
            "socket_timeout": SOCKET_SECONDS,
            "socket_connect_timeout": CONNECT_SECONDS,
        },
        redis_socket_timeout=SOCKET_SECONDS,
        redis_socket_connect_timeout=CONNECT_SECONDS,
        result_backend_transport_options={
            "retry_policy": {
                "max_retries": 2,
                "interval_start": 0.2,
                "interval_step": 0.5,
                "interval_max": 1.0,
            }
        },
        task_publish_retry_policy={
            "max_retries": 2,
            "interval_start": 0.2,
            "interval_step": 0.5,
            "interval_max": 1.0,
        },
    )
    return app


def check_reachable(app: Celery, broker: Broker) -> None:
    """InternalError (exit 4, one line) when the broker does not answer within seconds."""
    try:
        with app.connection_for_write() as connection:
            connection.ensure_connection(max_retries=1, interval_start=0.2, timeout=CONNECT_SECONDS)
        app.backend.client.ping()
    except Exception as error:  # kombu, redis-py and socket errors alike: the broker is not there
        raise InternalError(unreachable(broker, error)) from None


def unreachable(broker: Broker, error: BaseException) -> str:
    first = " ".join(str(error).split())[:200] or type(error).__name__
    return (
        f"the broker {broker.shown} cannot be reached ({first}); start redis there "
        "(`redis-server`) or fix --broker"
    )


def connection_errors() -> tuple[type[Exception], ...]:
    """What a lost broker raises, from kombu's publish and redis-py's commands."""
    from kombu.exceptions import OperationalError
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    return (OperationalError, RedisConnectionError, RedisTimeoutError, OSError)
