#!/usr/bin/env python3
"""Time bare RTSP DESCRIBE requests: connect, send DESCRIBE, read the reply and its SDP.

    bench/rtsp-describe.py URL [COUNT=12]

Sends COUNT requests, one new connection each, at random moments (a random pause of up to 1 s
before each), prints every time and then `describe n=… min_ms=… median_ms=… max_ms=…`.
A reply other than 200 is printed and counts as a failure (exit status 1).
(`curl -X DESCRIBE rtsp://…` is no substitute: curl 7.88 returns at once without an SDP.)
"""
import random
import socket
import statistics
import sys
import time
import urllib.parse


def describe(url):
    parts = urllib.parse.urlsplit(url)
    started = time.monotonic()
    with socket.create_connection((parts.hostname, parts.port or 554), timeout=10) as sock:
        request = f"DESCRIBE {url} RTSP/1.0\r\nCSeq: 1\r\nAccept: application/sdp\r\n\r\n"
        sock.sendall(request.encode())
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        while len(body) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
    status = head.split(b"\r\n", 1)[0].decode(errors="replace")
    return time.monotonic() - started, status


def main():
    if len(sys.argv) < 2 or not sys.argv[1].startswith("rtsp://"):
        sys.exit(__doc__)
    url = sys.argv[1]
    try:
        count = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    except ValueError:
        sys.exit(f"rtsp-describe: COUNT must be a whole number, not {sys.argv[2]!r}")
    if count < 1:
        sys.exit("rtsp-describe: COUNT must be at least 1")
    times = []
    failed = False
    for _ in range(count):
        time.sleep(random.random())
        try:
            seconds, status = describe(url)
        except OSError as error:
            sys.exit(f"rtsp-describe: {url}: {error}")
        ok = " 200 " in status
        failed = failed or not ok
        print(f"{seconds * 1000:.1f} ms" + ("" if ok else f" ({status})"), flush=True)
        times.append(seconds * 1000)
    print(f"describe n={len(times)} min_ms={min(times):.0f} "
          f"median_ms={statistics.median(times):.0f} max_ms={max(times):.0f}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
