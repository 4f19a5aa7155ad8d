#!/usr/bin/env python3
"""A webhook receiver for Sinoscope watches that verifies every delivery (standard library only).

    python3 receiver.py --secret whsec_... [--port 9099]

For each POST it checks X-Sinoscope-Signature (t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>"> with the
watch's secret), refuses a timestamp more than five minutes away (a replayed request), answers 200 and prints the
notice; a notice whose Idempotency-Key it has seen already is acknowledged and not printed again, since delivery is
at least once. A bad signature gets a 401, which Sinoscope retries and finally marks dead.
"""
import argparse
import hashlib
import hmac
import json
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOLERANCE_SECONDS = 300


def verify(secret: str, header: str, body: bytes, now: float) -> bool:
    """Whether the signature header is valid for this body and recent."""
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        timestamp = int(parts["t"])
        given = parts["v1"]
    except (KeyError, ValueError):
        return False
    if abs(now - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = str(timestamp).encode() + b"." + body
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, given)


def handler(secret: str):
    seen = set()

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if not verify(secret, self.headers.get("X-Sinoscope-Signature", ""), body, time.time()):
                self.send_response(401)
                self.end_headers()
                print("refused: bad or stale signature", flush=True)
                return
            key = self.headers.get("Idempotency-Key")
            self.send_response(200)
            self.end_headers()
            if key in seen:
                return
            seen.add(key)
            notice = json.loads(body)
            print(f"{notice['kind']:<10} {notice['articleId']} v{notice['version']} {notice.get('title') or ''}"
                  f"  [{'; '.join(notice.get('matchedBecause') or [])}]", flush=True)

        def log_message(self, *args):
            pass

    return Receiver


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--secret", required=True, help="the watch's secret, as returned at its creation")
    parser.add_argument("--port", type=int, default=9099)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), handler(args.secret))
    print(f"listening on http://127.0.0.1:{args.port}/ (Ctrl-C to stop)", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
