"""A visitor posting Chorus's forms as a browser without JavaScript would: her own cookies, and the
CSRF token of the last page she read added to each form. Shared by scripts/forum-walkthrough.py and
the browser tests' forum set-up (BrowserTests/forum_http.py). Standard library only."""
import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request


class FormClient:
    def __init__(self, base, timeout=30):
        self.base = base
        self.timeout = timeout
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.token = None

    def open(self, path, fields=None):
        """GETs `path`, or POSTs `fields` (with the last page's CSRF token); returns (status, html, url)."""
        data = None
        if fields is not None:
            fields = list(fields)
            if self.token:
                fields.append(("_csrf", self.token))
            data = urllib.parse.urlencode(fields).encode()
        try:
            with self.opener.open(self.base + path, data, timeout=self.timeout) as response:
                status, html, url = response.status, response.read().decode(), response.url
        except urllib.error.HTTPError as error:
            status, html, url = error.code, error.read().decode(), error.url
        tokens = re.findall(r'name="_csrf" value="([0-9a-f]+)"', html)
        if tokens:
            self.token = tokens[-1]
        return status, html, url
