"""Runs deploy/nginx-chorus.conf for real in front of a real chorus-server, as Debian's nginx would
(its own nginx.conf logs every request at the http level), and checks that nothing identifying
reaches any log or file: no client address, user agent, referrer or forwarded-for header, and no
answer in a temporary file, not even while a large body is still arriving. Standard library only.

    python3 scripts/deploy-check/check.py --bin .build/debug             (must pass)
    python3 scripts/deploy-check/check.py --bin .build/debug --unsafe    (Debian's defaults: must fail)
"""
import argparse
import http.client
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SURVEY = "agency-experience"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port, seconds=30):
    end = time.time() + seconds
    while time.time() < end:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    sys.exit(f"nothing answered on port {port}")


def site_config(tmp, http_port, https_port, upstream, unsafe):
    text = open(os.path.join(ROOT, "deploy", "nginx-chorus.conf")).read()
    text = "\n".join(line for line in text.splitlines() if "[::]" not in line)  # no IPv6 in test machines
    text = text.replace("/etc/letsencrypt/live/chorus.example.org/fullchain.pem", f"{tmp}/cert.pem")
    text = text.replace("/etc/letsencrypt/live/chorus.example.org/privkey.pem", f"{tmp}/key.pem")
    text = text.replace("/var/log/nginx/", f"{tmp}/log/").replace("/var/lib/chorus-nginx/", f"{tmp}/nginx/")
    text = text.replace("127.0.0.1:8080", f"127.0.0.1:{upstream}")
    text = re.sub(r"listen 80\b", f"listen {http_port}", text)
    text = re.sub(r"listen 443\b", f"listen {https_port}", text)
    if unsafe:
        # What a guide found on the web would have: logging and buffering left as nginx ships them.
        for directive in ["access_log", "error_log", "client_body_buffer_size", "proxy_max_temp_file_size",
                          "proxy_set_header X-Forwarded-For", "proxy_set_header X-Real-IP", "proxy_set_header User-Agent",
                          "proxy_set_header Referer", "proxy_buffer_size", "proxy_buffers", "proxy_busy_buffers_size"]:
            text = "\n".join(line for line in text.splitlines() if not line.strip().startswith(directive))
        text = text.replace("proxy_pass", "proxy_set_header X-Forwarded-For $remote_addr;\n        proxy_pass")
    return text


def main_config(tmp, site):
    # As Debian's /etc/nginx/nginx.conf: every request logged at the http level unless a site says otherwise.
    user = "user root;\n" if os.geteuid() == 0 else ""
    return f"""{user}worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/log/error.log;
events {{ worker_connections 64; }}
http {{
    access_log {tmp}/log/access.log;
    error_log {tmp}/log/error.log;
    client_body_temp_path {tmp}/nginx/default-body;
    proxy_temp_path {tmp}/nginx/default-proxy;
    include {site};
}}
"""


def sample_body(marker):
    fields = [
        "barriers=not_knowing_where", f"barriers_comment=Nobody+told+me+{marker}", "barriers_comment__quote=yes",
        "police_rating=negative", "court_rating=no_experience", "social_services_rating=positive",
        "housing_rating=very_negative", "gp_rating=positive", "maternity_rating=no_experience",
        "ae_rating=neutral", "mental_health_rating=no_experience", "justice_wanted=believed", "justice_got=none",
        "social_services_informed=agree", "overall_believed=agree", "overall_understood=neither",
        "overall_lottery=strongly_agree", "age_band=35_44", "gender=woman", "ethnic_group=white",
        "disability=no", "sexual_orientation=straight", "area=north", "_page=6", "_action=next",
    ]
    return "&".join(fields)


def worker_open_files(nginx_dir):
    """Files under nginx's temporary folders that any nginx process holds open (deleted ones too)."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            if "nginx" not in open(f"/proc/{pid}/comm").read():
                continue
            for fd in os.listdir(f"/proc/{pid}/fd"):
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
                if target.startswith(nginx_dir):
                    found.append(target)
        except OSError:
            continue
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "debug"))
    parser.add_argument("--unsafe", action="store_true", help="nginx's defaults instead of deploy/'s settings: must fail")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="chorus-deploy-")
    os.chmod(tmp, 0o755)
    for folder in ["log", "nginx"]:
        os.makedirs(os.path.join(tmp, folder))
    processes = []
    problems = []
    try:
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=chorus.example.org",
                        "-keyout", f"{tmp}/key.pem", "-out", f"{tmp}/cert.pem"], check=True, capture_output=True)
        with open(f"{tmp}/passphrase", "w") as f:
            f.write(uuid.uuid4().hex + "\n")
        subprocess.run([f"{args.bin}/chorus-analyst", "keygen", "--out", f"{tmp}/keys", "--passphrase-file", f"{tmp}/passphrase",
                        "--strength", "interactive"], check=True, capture_output=True)
        upstream, http_port, https_port = free_port(), free_port(), free_port()
        output = open(f"{tmp}/server-output.txt", "w")
        processes.append(subprocess.Popen([f"{args.bin}/chorus-server", "serve", "--data", f"{tmp}/data", "--surveys", f"{ROOT}/Surveys",
                                           "--public-key", f"{tmp}/keys/analysis.pub", "--port", str(upstream), "--public", f"{ROOT}/Public"],
                                          stdout=output, stderr=output))
        wait_for(upstream)
        site = f"{tmp}/site.conf"
        with open(site, "w") as f:
            f.write(site_config(tmp, http_port, https_port, upstream, args.unsafe))
        with open(f"{tmp}/nginx.conf", "w") as f:
            f.write(main_config(tmp, site))
        test = subprocess.run(["nginx", "-t", "-p", tmp, "-c", f"{tmp}/nginx.conf"], capture_output=True, text=True)
        if test.returncode != 0:
            sys.exit(f"nginx refused the configuration:\n{test.stderr}")
        processes.append(subprocess.Popen(["nginx", "-p", tmp, "-c", f"{tmp}/nginx.conf", "-g", "daemon off;"],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_for(https_port)

        markers = {
            "user agent": f"DeployCheckBrowser/{uuid.uuid4().hex}",
            "referrer": f"https://referrer-{uuid.uuid4().hex[:12]}.example/",
            "forwarded address": "198.51.100.77",
            "answer": f"ANSWER{uuid.uuid4().hex}",
            "large answer": f"LARGE{uuid.uuid4().hex}",
        }
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE

        def request(method, path, body=None, host="chorus.example.org"):
            connection = http.client.HTTPSConnection("127.0.0.1", https_port, context=context, timeout=30)
            headers = {"Host": host, "User-Agent": markers["user agent"], "Referer": markers["referrer"],
                       "X-Forwarded-For": markers["forwarded address"]}
            if body is not None:
                headers["Content-Type"] = "application/x-www-form-urlencoded"
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")

        status, headers, html = request("GET", f"/s/{SURVEY}")
        if status != 200 or "Content-Security-Policy" not in headers:
            problems.append(f"the survey page through the proxy answered {status} without the safety headers")
        status, _, html = request("POST", f"/s/{SURVEY}", sample_body(markers["answer"]))
        if status != 200 or "withdrawal-code" not in html:
            problems.append(f"a complete submission through the proxy answered {status}, not the thank-you page")
        try:
            status, _, _ = request("GET", "/", host="203.0.113.9")
            problems.append(f"a request for another name was answered ({status}) instead of dropped")
        except (http.client.HTTPException, OSError):
            pass
        plain = http.client.HTTPConnection("127.0.0.1", http_port, timeout=10)
        plain.request("GET", f"/s/{SURVEY}", headers={"Host": "chorus.example.org", "User-Agent": markers["user agent"]})
        redirect = plain.getresponse()
        if redirect.status != 301 or not redirect.getheader("Location", "").startswith("https://"):
            problems.append(f"plain http answered {redirect.status}, not a redirect to https")

        # A large body, sent slowly: while nginx is still receiving it, no temporary file may be open.
        body = ("barriers_comment=" + (markers["large answer"] + "+") * 20000).encode()[:600_000]
        raw = context.wrap_socket(socket.create_connection(("127.0.0.1", https_port)), server_hostname="chorus.example.org")
        raw.sendall((f"POST /s/{SURVEY} HTTP/1.1\r\nHost: chorus.example.org\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     f"User-Agent: {markers['user agent']}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode())
        raw.sendall(body[:400_000])
        time.sleep(1.0)
        spilled = worker_open_files(f"{tmp}/nginx")
        if spilled:
            problems.append(f"while the body arrived, nginx held temporary files open: {spilled[:3]}")
        raw.sendall(body[400_000:])
        raw.settimeout(30)
        while raw.recv(65536):
            pass
        raw.close()
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()

    # Every file nginx and the server wrote: logs, temporary folders, the data folder, the output.
    places = []
    for folder in ["log", "nginx", "data"]:
        for base, _, names in os.walk(os.path.join(tmp, folder)):
            places += [os.path.join(base, name) for name in names]
    places.append(f"{tmp}/server-output.txt")
    for path in places:
        data = open(path, "rb").read()
        secrets = dict(markers)
        # The client came from 127.0.0.1; the server's own output names that address as where it
        # listens, so only nginx's files and the data folder are searched for it.
        if not path.endswith("server-output.txt"):
            secrets["client address"] = "127.0.0.1"
        for what, secret in secrets.items():
            if secret.encode() in data:
                problems.append(f"the {what} is in {os.path.relpath(path, tmp)}")
    print(f"Checked {len(places)} files nginx and chorus-server wrote, {'with nginx defaults' if args.unsafe else 'with deploy/nginx-chorus.conf'}.")
    shutil.rmtree(tmp, ignore_errors=True)
    if problems:
        print("FOUND:\n  " + "\n  ".join(problems))
        sys.exit(1)
    print("Nothing identifying in any log or file; no body in a temporary file; other names dropped; http redirected.")


if __name__ == "__main__":
    main()
