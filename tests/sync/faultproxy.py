"""A fault-injecting HTTP proxy between a workstation and the central (loopback only).

One request per connection (`Connection: close` both ways), so every request meets
exactly one planned fault. Faults:
- `pass`: forward, answer;
- `drop`: close the connection without forwarding;
- `delay:S`: wait S seconds, then forward;
- `500`, `503`: answer that status without forwarding;
- `cut`: forward (the central commits), then close without answering: the
  acknowledgement is lost;
- `cut_partial`: forward, send half of the answer, close;
- `garbage`: forward, then answer 200 with bytes that are not JSON;
- `nochunks`: forward, then answer with the JSON body's `chunks` emptied (a replica
  answer whose signed head promises chunks that never come);
- `hold:S`: forward, then wait S seconds before answering (to kill a process while it
  waits for an acknowledgement the central already committed).

`plan(path_prefix, faults)` queues faults for requests whose path starts with the prefix;
unmatched requests pass. `on_forward` is called (method, path) right after a request has
been sent to the central, before its answer is read.
"""

from __future__ import annotations

import collections
import contextlib
import socket
import socketserver
import threading
import time
from collections.abc import Callable


def _read_request(sock: socket.socket) -> tuple[bytes, bytes] | None:
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buf += chunk
    head, body = buf.split(b"\r\n\r\n", 1)
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        body += chunk
    return head, body


def _with_close(head: bytes) -> bytes:
    lines = [
        line
        for line in head.split(b"\r\n")
        if line.split(b":", 1)[0].strip().lower() not in (b"connection", b"keep-alive")
    ]
    return b"\r\n".join([*lines, b"Connection: close"])


def _without_chunks(response: bytes) -> bytes:
    import json

    head, _, body = response.partition(b"\r\n\r\n")
    try:
        doc = json.loads(body)
        doc["chunks"] = []
    except (ValueError, TypeError):
        return response
    body = json.dumps(doc).encode()
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"content-length")]
    return b"\r\n".join([*lines, b"Content-Length: %d" % len(body)]) + b"\r\n\r\n" + body


class FaultProxy:
    def __init__(self, upstream_port: int, upstream_host: str = "127.0.0.1") -> None:
        self.upstream = (upstream_host, upstream_port)
        self._plans: list[tuple[str, collections.deque[str]]] = []
        self._lock = threading.Lock()
        self.counts: collections.Counter[str] = collections.Counter()
        self.on_forward: Callable[[str, str], None] | None = None
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._handle(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def plan(self, path_prefix: str, faults: list[str]) -> None:
        with self._lock:
            self._plans.append((path_prefix, collections.deque(faults)))

    def clear(self) -> None:
        with self._lock:
            self._plans.clear()

    def _next_fault(self, path: str) -> str:
        with self._lock:
            for prefix, queue in self._plans:
                if path.startswith(prefix) and queue:
                    return queue.popleft()
        return "pass"

    def _handle(self, client: socket.socket) -> None:
        try:
            got = _read_request(client)
        except OSError:
            return
        if got is None:
            return
        head, body = got
        request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
        method, path = request_line.split(" ")[:2]
        fault = self._next_fault(path)
        with self._lock:
            self.counts[fault.split(":")[0]] += 1
        try:
            if fault == "drop":
                return
            if fault in ("500", "503"):
                text = b'{"detail":"injected"}'
                client.sendall(
                    f"HTTP/1.1 {fault} Injected\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(text)}\r\nConnection: close\r\n\r\n".encode()
                    + text
                )
                return
            if fault.startswith("delay:"):
                time.sleep(float(fault.split(":")[1]))
            response = self._forward(method, path, head, body)
            if response is None:
                return
            if fault == "cut":
                return
            if fault == "cut_partial":
                client.sendall(response[: len(response) // 2])
                return
            if fault == "garbage":
                junk = b"\x00\xffnot json at all{{{" * 10
                client.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + str(len(junk)).encode()
                    + b"\r\nConnection: close\r\n\r\n"
                    + junk
                )
                return
            if fault == "nochunks":
                response = _without_chunks(response)
            if fault.startswith("hold:"):
                time.sleep(float(fault.split(":")[1]))
            client.sendall(response)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                client.shutdown(socket.SHUT_RDWR)
            client.close()

    def _forward(self, method: str, path: str, head: bytes, body: bytes) -> bytes | None:
        try:
            up = socket.create_connection(self.upstream, timeout=60)
        except OSError:
            return None
        with up:
            up.sendall(_with_close(head) + b"\r\n\r\n" + body)
            if self.on_forward is not None:
                self.on_forward(method, path)
            chunks = []
            try:
                while True:
                    chunk = up.recv(65536)
                    if not chunk:
                        break
                    chunks.append(chunk)
            except OSError:
                return None
        data = b"".join(chunks)
        return data or None
