#!/usr/bin/env python3
"""A small loopback HTTP/1.1 fault proxy for the sync fault tests (docs/api.md, "Faults the
sync survives").

It listens on 127.0.0.1, forwards every request to the upstream server and answers the
client, one request per connection: the request is read whole (headers, then Content-Length
bytes), sent upstream with `Connection: close`, the whole response is read back and passed
on with `Connection: close`. Between those steps it can inject a fault, chosen by its mode,
which can be switched at any time:

  pass               forward, answer
  drop-request       read the request, close the client's connection; nothing is forwarded
  drop-response      forward, wait for the server's whole answer (it has committed), then
                     close the client's connection without sending it
  duplicate          send the request to the server twice (at once, or one after the
                     other), answer with one of the two answers
  delay              wait 0.5-2 s before forwarding, or after the answer came back
  reset              RST the client's connection (SO_LINGER 0), before forwarding or after
                     the server's answer came back
  truncate-request   send the server the headers and part of the body, then close
                     upstream and client (the server must not apply half a request)
  truncate-response  forward, then send the client the headers and part of the answer,
                     then close (the client must not take half an answer)
  bad-gateway        answer 502 itself, without forwarding or after the server's answer
                     came back (as a reverse proxy in front of the server may)
  partition          reset every connection at once, open ones included; new ones are
                     reset as soon as they come (as if the network were cut)

When the server cannot be reached the client gets 502, as from nginx.

A mode applies to each request with a probability (1: every request), and optionally only
to requests whose path starts with a prefix; other requests pass. `heal` is `pass`.

Use it from Python (FaultProxy, or ProxyThread to drive it from synchronous code), or run it:

  fault_proxy.py --upstream 127.0.0.1:8443 [--listen PORT] [--control PORT]

which prints "listening PORT control PORT" and takes lines on the control port:
  mode NAME [PROBABILITY [PATH-PREFIX]]   -> ok
  heal                                     -> ok
  upstream HOST:PORT                       -> ok
  stats                                    -> one line of JSON
It stops when its standard input closes (so it never outlives the test that started it).
"""
import argparse
import asyncio
import collections
import json
import random
import socket
import struct
import sys
import threading

MODES = ("pass", "drop-request", "drop-response", "duplicate", "delay", "reset",
         "truncate-request", "truncate-response", "bad-gateway", "partition")
MAX_HEADER = 64 * 1024
UPSTREAM_TIMEOUT = 120.0
BAD_GATEWAY = (b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n"
               b"Connection: close\r\n\r\nbad gateway\n")


class HttpError(Exception):
    pass


async def read_message(reader, *, response=False):
    """One HTTP/1.1 message: (head bytes without the blank line, body bytes)."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as e:
        raise HttpError(f"connection closed in the headers ({len(e.partial)} bytes)")
    except asyncio.LimitOverrunError:
        raise HttpError("headers too long")
    head = head[:-4]
    length = None
    chunked = False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value.strip())
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        if not response:
            raise HttpError("chunked requests are not supported")
        return head, await reader.read()  # upstream was asked to close: read to the end
    if length is None:
        if response and not head.startswith(b"HTTP/1.1 204") and b" 304 " not in head[:16]:
            return head, await reader.read()
        length = 0
    try:
        body = await reader.readexactly(length)
    except asyncio.IncompleteReadError as e:
        raise HttpError(f"connection closed in the body ({len(e.partial)} of {length} bytes)")
    return head, body


def with_close(head):
    """The head with `Connection: close` (and no keep-alive header) in place of its own."""
    lines = [l for l in head.split(b"\r\n")
             if l.split(b":", 1)[0].strip().lower() not in (b"connection", b"keep-alive")]
    return b"\r\n".join(lines + [b"Connection: close"]) + b"\r\n\r\n"


def path_of(head):
    parts = head.split(b"\r\n", 1)[0].split(b" ")
    return parts[1].decode("latin-1") if len(parts) > 1 else ""


def status_of(head):
    parts = head.split(b"\r\n", 1)[0].split(b" ")
    try:
        return int(parts[1])
    except (IndexError, ValueError):
        return 0


def reset(writer):
    """Close with RST instead of FIN."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
    writer.transport.abort()


async def close(writer):
    try:
        writer.close()
        await writer.wait_closed()
    except (ConnectionError, OSError):
        pass


class FaultProxy:
    def __init__(self, upstream, seed=None, log=None):
        self.upstream = upstream  # (host, port)
        self.mode = "pass"
        self.probability = 1.0
        self.prefix = ""
        self.rng = random.Random(seed)
        self.stats = collections.Counter()
        self.log = log
        self.port = None
        self._server = None
        self._open = set()  # client writers of connections in progress

    async def start(self, port=0):
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", port,
                                                  limit=MAX_HEADER, backlog=256)
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def stop(self):
        if self._server:
            self._server.close()
            for w in list(self._open):
                reset(w)
            await self._server.wait_closed()

    def set_mode(self, mode, probability=1.0, prefix=""):
        if mode == "heal":
            mode = "pass"
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode}")
        self.mode, self.probability, self.prefix = mode, float(probability), prefix
        self.stats["mode:" + mode] += 1
        if mode == "partition" and self.probability >= 1.0:
            # The network is cut: what is in flight is lost too, answers included.
            for w in list(self._open):
                reset(w)
                self.stats["partition-cut"] += 1

    def _note(self, what):
        self.stats[what] += 1
        if self.log:
            self.log(what)

    def _applies(self, path):
        return (self.mode != "pass" and path.startswith(self.prefix)
                and self.rng.random() < self.probability)

    async def _exchange(self, head, body):
        """Sends one request upstream and returns its response (head, body)."""
        reader, writer = await asyncio.open_connection(*self.upstream, limit=MAX_HEADER)
        try:
            writer.write(with_close(head) + body)
            await writer.drain()
            return await asyncio.wait_for(read_message(reader, response=True), UPSTREAM_TIMEOUT)
        finally:
            await close(writer)

    async def _handle(self, reader, writer):
        self._open.add(writer)
        try:
            if self.mode == "partition" and self.rng.random() < self.probability:
                self._note("partition-refused")
                reset(writer)
                return
            try:
                head, body = await read_message(reader)
            except HttpError as e:
                self._note("client-gone: " + str(e).split(" (")[0])
                return
            await self._serve(head, body, writer)
        except (ConnectionError, OSError, HttpError, asyncio.TimeoutError) as e:
            self._note(f"error {type(e).__name__}")
            reset(writer)
        finally:
            self._open.discard(writer)
            if not writer.transport.is_closing():
                await close(writer)

    async def _serve(self, head, body, writer):
        path = path_of(head)
        self.stats["requests"] += 1
        mode = self.mode if self._applies(path) else "pass"
        push = path.startswith("/api/v1/push")
        if mode == "partition":  # switched on while this request was being read
            self._note("partition-refused")
            reset(writer)
            return
        if mode == "drop-request":
            self._note("dropped request" + (" (push)" if push else ""))
            return
        if mode == "reset" and self.rng.random() < 0.5:
            self._note("reset before forwarding")
            reset(writer)
            return
        if mode == "truncate-request":
            reader_up, writer_up = await asyncio.open_connection(*self.upstream)
            cut = self.rng.randrange(0, max(1, len(body)))
            writer_up.write(with_close(head) + body[:cut])
            await writer_up.drain()
            await asyncio.sleep(0.05)
            reset(writer_up)
            self._note("truncated request")
            reset(writer)
            return
        if mode == "delay" and self.rng.random() < 0.5:
            await asyncio.sleep(self.rng.uniform(0.5, 2.0))
            self._note("delayed request")
        if mode == "bad-gateway" and self.rng.random() < 0.5:
            self._note("bad gateway before forwarding")
            writer.write(BAD_GATEWAY)
            await writer.drain()
            return
        if mode == "duplicate":
            if self.rng.random() < 0.5:
                answers = await asyncio.gather(self._exchange(head, body),
                                               self._exchange(head, body),
                                               return_exceptions=True)
                self._note("duplicated at once" + (" (push)" if push else ""))
            else:
                answers = [await self._exchange(head, body)]
                answers.append(await self._exchange(head, body))
                self._note("duplicated in turn" + (" (push)" if push else ""))
            good = [a for a in answers if not isinstance(a, BaseException)]
            if not good:
                raise answers[0]
            answer = self.rng.choice(good)
        else:
            try:
                answer = await self._exchange(head, body)
            except OSError as e:  # refused, reset: the server is down
                self._note(f"upstream down ({type(e).__name__}): 502")
                writer.write(BAD_GATEWAY)
                await writer.drain()
                return
        rhead, rbody = answer
        committed = push and status_of(rhead) == 200
        if self.mode == "partition" and self.probability >= 1.0:
            self._note("partition-cut answer")
            reset(writer)
            return
        if mode == "drop-response":
            self._note("dropped response" + (" after a push was applied" if committed else ""))
            return
        if mode == "reset":
            self._note("reset after the answer" + (" (push applied)" if committed else ""))
            reset(writer)
            return
        if mode == "bad-gateway":
            self._note("bad gateway after the answer" + (" (push applied)" if committed else ""))
            writer.write(BAD_GATEWAY)
            await writer.drain()
            return
        if mode == "delay":
            await asyncio.sleep(self.rng.uniform(0.5, 2.0))
            self._note("delayed response")
        out = with_close(rhead) + rbody
        if mode == "truncate-response":
            cut = self.rng.randrange(len(rhead), max(len(rhead) + 1, len(out) - 1))
            writer.write(out[:cut])
            await writer.drain()
            self._note("truncated response" + (" (push applied)" if committed else ""))
            return
        writer.write(out)
        await writer.drain()
        self.stats["answered"] += 1


class ProxyThread:
    """Runs FaultProxy instances on an event loop of their own, for synchronous callers."""

    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def call(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(30)

    def run(self, function, *args):
        async def wrapped():
            return function(*args)
        return self.call(wrapped())

    def proxy(self, upstream, seed=None):
        p = FaultProxy(upstream, seed)
        self.call(p.start())
        return p

    def set_mode(self, proxy, mode, probability=1.0, prefix=""):
        self.run(proxy.set_mode, mode, probability, prefix)

    def set_upstream(self, proxy, upstream):
        def assign():
            proxy.upstream = upstream
        self.run(assign)

    def stop(self, proxy):
        self.call(proxy.stop())

    def close(self):
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


async def control(proxy, reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        words = line.decode().split()
        try:
            if words and words[0] == "mode":
                proxy.set_mode(words[1], *(words[2:4]))
                answer = "ok"
            elif words == ["heal"]:
                proxy.set_mode("pass")
                answer = "ok"
            elif words and words[0] == "upstream":
                host, _, port = words[1].rpartition(":")
                proxy.upstream = (host, int(port))
                answer = "ok"
            elif words == ["stats"]:
                answer = json.dumps(dict(proxy.stats, mode=proxy.mode), ensure_ascii=False)
            else:
                answer = "error: mode NAME [P [PREFIX]] | heal | upstream HOST:PORT | stats"
        except (ValueError, IndexError) as e:
            answer = f"error: {e}"
        writer.write(answer.encode() + b"\n")
        await writer.drain()
    await close(writer)


async def main_async(args):
    host, _, port = args.upstream.rpartition(":")
    proxy = FaultProxy((host or "127.0.0.1", int(port)), args.seed)
    await proxy.start(args.listen)
    ctl = await asyncio.start_server(lambda r, w: control(proxy, r, w), "127.0.0.1",
                                     args.control)
    print(f"listening {proxy.port} control {ctl.sockets[0].getsockname()[1]}", flush=True)
    loop = asyncio.get_running_loop()
    stdin_closed = loop.run_in_executor(None, sys.stdin.read)
    await stdin_closed
    await proxy.stop()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--upstream", required=True, help="HOST:PORT of the server")
    ap.add_argument("--listen", type=int, default=0)
    ap.add_argument("--control", type=int, default=0)
    ap.add_argument("--seed", type=int, default=None)
    asyncio.run(main_async(ap.parse_args()))


if __name__ == "__main__":
    main()
