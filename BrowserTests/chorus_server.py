"""A real `chorus-server serve` for the browser tests, as `Tests/EndToEndTests/Support/ServerProcess.swift`
starts one for the Swift tests: a free loopback port, a temporary data folder, a throwaway analysis
key, the shipped surveys plus the browser tests' own (surveys/), the example forum configuration and
the example public findings, invite codes, and staff accounts whose authenticator codes the tests
compute (RFC 6238, scripts/totp.py)."""
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass

import project_scripts

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.dirname(os.path.abspath(__file__))


totp = project_scripts.load("totp")
# Admins may do everything the staff pages offer (Sources/Forum/Moderation/Roles.swift). Several,
# because each authenticator code works once: a test that signs in takes the next account whose
# code for this 30-second step is unused, and waits for the next step only when none is left.
STAFF_ACCOUNTS = ("browser-admin-1", "browser-admin-2", "browser-admin-3", "browser-admin-4")
STAFF_PASSPHRASE = "browser tests staff heron meadow"


@dataclass
class StaffAccount:
    name: str
    passphrase: str
    secret: str
    last_step: int = -1


def free_port():
    """Asks the kernel for a free loopback port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bin_path():
    """Where `swift build` put chorus-server and chorus-analyst (CHORUS_BIN overrides it)."""
    if os.environ.get("CHORUS_BIN"):
        return os.environ["CHORUS_BIN"]
    return subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()


def run(args, **kwargs):
    """Runs a Chorus command and says what it printed if it fails."""
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return result.stdout


class ChorusServer:
    def __init__(self, workdir, exit_url):
        self.workdir = workdir
        self.exit_url = exit_url
        binaries = bin_path()
        self.server_binary = os.path.join(binaries, "chorus-server")
        self.analyst_binary = os.path.join(binaries, "chorus-analyst")
        for binary in (self.server_binary, self.analyst_binary):
            if not os.access(binary, os.X_OK):
                raise RuntimeError(f"{binary} is missing: run `swift build` first (make browser-test does).")
        self.data = os.path.join(workdir, "server")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None
        # Filled in by the tests as they go: the forum's content (forum_http.forum_world) and
        # session cookies to hand to later browsers (pages.restore_session).
        self.forum_world = None
        self.sessions = {}
        self.log_path = os.path.join(workdir, "server-output.txt")

    def prepare(self):
        key_dir = os.path.join(self.workdir, "analyst")
        os.makedirs(key_dir, mode=0o700)
        passphrase = os.path.join(key_dir, "TEST-ONLY-passphrase.txt")
        with open(passphrase, "w") as f:
            f.write("browser tests only, never a real key\n")
        run([self.analyst_binary, "keygen", "--out", key_dir, "--passphrase-file", passphrase, "--strength", "interactive"])
        self.public_key = os.path.join(key_dir, "analysis.pub")
        # The shipped surveys (so the home page is the real one) and the browser tests' own.
        self.surveys = os.path.join(self.workdir, "surveys")
        os.makedirs(self.surveys)
        for folder in (os.path.join(ROOT, "Surveys"), os.path.join(HERE, "surveys")):
            for name in os.listdir(folder):
                if name.endswith(".yaml"):
                    shutil.copy(os.path.join(folder, name), self.surveys)
        invites = run([self.server_binary, "invites", "create", "--data", self.data, "--count", "100", "--expires", "1", "--note", "browser tests"])
        # One code a line on standard output; the sentence about them goes to standard error.
        self.invite_codes = [line.strip() for line in invites.splitlines() if line.strip()]
        # After the invites, which create the database: publishing needs one to be there.
        run([self.server_binary, "findings", "publish", os.path.join(ROOT, "docs", "findings.example.json"), "--data", self.data])
        staff_passphrase = os.path.join(key_dir, "TEST-ONLY-staff-passphrase.txt")
        with open(staff_passphrase, "w") as f:
            f.write(STAFF_PASSPHRASE + "\n")
        self.staff = []
        for name in STAFF_ACCOUNTS:
            added = run([self.server_binary, "staff", "add", "--data", self.data, "--role", "admin",
                         "--passphrase-file", staff_passphrase, name])
            # It prints the secret once, in an otpauth:// address, as an authenticator app reads it.
            self.staff.append(StaffAccount(name, STAFF_PASSPHRASE, totp.secret_from(added)))

    def staff_code(self):
        """A staff account and an authenticator code it has not used yet."""
        while True:
            step = int(time.time() // 30)
            for account in self.staff:
                if account.last_step < step:
                    account.last_step = step
                    return account, totp.code(account.secret, at=step * 30 + 15)
            time.sleep(30 - time.time() % 30 + 0.5)

    def start(self):
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen([
            self.server_binary, "serve", "--data", self.data, "--surveys", self.surveys,
            "--public-key", self.public_key, "--forum", os.path.join(ROOT, "docs", "forum.example.yaml"),
            "--public", os.path.join(ROOT, "Public"), "--exit-url", self.exit_url,
            "--host", "127.0.0.1", "--port", str(self.port),
        ], cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"chorus-server exited early:\n{self.output()}")
            try:
                with urllib.request.urlopen(self.url + "/safety", timeout=1) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"chorus-server did not start listening within 30 seconds:\n{self.output()}")

    def output(self):
        with open(self.log_path) as f:
            return f.read()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process:
            self.log.close()

