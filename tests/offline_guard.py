"""Run the CLI with every network connection refused: `python offline_guard.py ARGS...`.

Any attempt to resolve a host or connect a socket (other than a local Unix socket) raises, so a
hidden download or telemetry call makes the command fail loudly.
"""

import atexit
import os
import socket
import sys

ATTEMPTS: list[str] = []


class NetworkBlocked(RuntimeError):
    pass


def _refuse(*args: object, **kwargs: object) -> None:
    ATTEMPTS.append(repr(args))
    raise NetworkBlocked(f"network access attempted: {args!r}")


@atexit.register
def _fail_if_attempted() -> None:
    # A caller may have swallowed NetworkBlocked: the attempt still fails the run.
    if ATTEMPTS:
        print(f"offline_guard: {len(ATTEMPTS)} network attempt(s): {ATTEMPTS[:3]}", file=sys.stderr)
        sys.stderr.flush()
        os._exit(3)


_real_connect = socket.socket.connect


def _connect(self: socket.socket, address: object) -> None:
    if self.family == socket.AF_UNIX:
        return _real_connect(self, address)  # type: ignore[arg-type]
    _refuse(address)


socket.socket.connect = _connect  # type: ignore[assignment,method-assign]
socket.socket.connect_ex = _connect  # type: ignore[assignment,method-assign]
socket.getaddrinfo = _refuse  # type: ignore[assignment]
socket.create_connection = _refuse  # type: ignore[assignment]

if __name__ == "__main__":
    from ui.cli import main

    sys.exit(main(sys.argv[1:]))
