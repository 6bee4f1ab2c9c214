"""The "neutral site" the quick exit goes to, served on loopback by the tests themselves, so that no
test ever touches the internet. Every path answers with a plain page titled "Neutral"."""
import http.server
import threading

PAGE = b"<!DOCTYPE html><html lang=\"en\"><head><title>Neutral</title></head><body><h1>Weather</h1></body></html>"


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args):
        pass


class NeutralSite:
    def __init__(self):
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self):
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
