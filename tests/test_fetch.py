"""`odatagen fetch` against a real HTTP server on 127.0.0.1 (`fake_creatio.py`): forms
login on both Creatio layouts, OAuth2, bearer, ETags, retries, timeouts and the
failures that must be explained instead of written into the file.

The command is driven with CliRunner and, where the process itself matters (exit
code, no traceback, the password never printed), in a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from odatagen import sources
from odatagen.diagnostics import GenerationError
from odatagen.fetch import Auth, Secret, derive_identity_url, fetch, locate
from odatagen.fetch_command import (
    auth_from_env,
    default_auth_kind,
    fetch_command,
    resolve_url,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fake_creatio import ACME, LOGIN, LOGOUT, FakeCreatio  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
VARIABLES = (
    "ODATAGEN_USERNAME",
    "ODATAGEN_PASSWORD",
    "ODATAGEN_CLIENT_ID",
    "ODATAGEN_CLIENT_SECRET",
    "ODATAGEN_IDENTITY_URL",
    "ODATAGEN_TOKEN",
)
PASSWORD = "Pa55-w0rd-8c1f"  # distinctive, so its absence from output means something


@pytest.fixture(autouse=True)
def clean_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def site() -> Iterator[FakeCreatio]:
    with FakeCreatio(password=PASSWORD) as running:
        yield running


def forms_env(monkeypatch: pytest.MonkeyPatch, password: str = PASSWORD) -> None:
    monkeypatch.setenv("ODATAGEN_USERNAME", "Supervisor")
    monkeypatch.setenv("ODATAGEN_PASSWORD", password)


def run(*args: str) -> Result:
    return CliRunner().invoke(fetch_command, list(args))


def metadata_gets(site: FakeCreatio) -> list[str]:
    return [r.path for r in site.requests if r.path.endswith("/$metadata")]


def only_error(result: Result) -> str:
    """The one error line of a failed run (exit 2, no traceback)."""
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    return lines[0]


# -- forms ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "layout, root, name",
    [("framework", "/0/odata", ".NET Framework"), ("core", "/odata", ".NET Core")],
)
def test_forms_detects_the_layout(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, layout: str, root: str, name: str
) -> None:
    forms_env(monkeypatch)
    out = tmp_path / "meta" / "acme.xml"
    with FakeCreatio(layout=layout, password=PASSWORD) as site:
        result = run(site.url, "-o", str(out))
        assert result.exit_code == 0, result.output
        assert f"found the OData root {site.url}{root} ({name})" in result.stderr
        assert out.read_bytes() == ACME.read_bytes()
        [login] = site.calls("POST", LOGIN)
        assert login.headers["forceusesession"] == "true"
        get = site.calls("GET", root + "/$metadata")[0]
        assert get.headers["accept"] == "application/xml"
        assert len(site.calls("POST", LOGOUT)) == 1  # licences are per session
        assert not site.sessions  # the logout ended it
        expected = ["/0/odata/$metadata"] + (
            ["/odata/$metadata"] if root == "/odata" else []
        )
        assert metadata_gets(site) == expected
        assert PASSWORD not in result.output


def test_csrf_header_and_cookies_are_both_required(site: FakeCreatio) -> None:
    auth = Auth("forms", username="Supervisor", password=Secret(PASSWORD))
    assert fetch(site.url, auth).data == ACME.read_bytes()
    get = site.calls("GET", "/0/odata/$metadata")[0]
    assert ".ASPXAUTH=" in get.headers["cookie"] and "BPMCSRF=" in get.headers["cookie"]
    assert get.headers["bpmcsrf"] in get.headers["cookie"]


@pytest.mark.parametrize("suffix", ["/0/odata/$metadata", "/0/odata", "/0/odata/"])
def test_a_metadata_url_or_service_root(
    site: FakeCreatio, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, suffix: str
) -> None:
    forms_env(monkeypatch)
    result = run(site.url + suffix, "-o", str(tmp_path / "m.xml"))
    assert result.exit_code == 0, result.output
    assert "found the OData root" not in result.stderr  # nothing to detect
    assert metadata_gets(site) == ["/0/odata/$metadata"]
    assert len(site.calls("POST", LOGIN)) == 1  # the login is at the site root


def test_odata_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    forms_env(monkeypatch)
    with FakeCreatio(layout="core", password=PASSWORD) as site:
        result = run(site.url, "-o", str(tmp_path / "m.xml"), "--odata-path", "odata")
        assert result.exit_code == 0, result.output
        assert metadata_gets(site) == ["/odata/$metadata"]
        wrong = run(site.url, "-o", str(tmp_path / "w.xml"), "--odata-path", "x/odata")
        line = only_error(wrong)
        assert "not found (404 Not Found): wrong OData root? give --odata-path" in line
        assert not (tmp_path / "w.xml").exists()


def test_no_odata_root_at_all(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    forms_env(monkeypatch)
    with FakeCreatio(layout="elsewhere", password=PASSWORD) as site:
        line = only_error(run(site.url, "-o", str(tmp_path / "m.xml")))
        assert "no OData $metadata found (tried " in line
        assert f"{site.url}/0/odata/$metadata, {site.url}/odata/$metadata" in line
        assert len(site.calls("POST", LOGOUT)) == 1


def test_wrong_password(
    site: FakeCreatio, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    forms_env(monkeypatch, password="not-" + PASSWORD)
    out = tmp_path / "m.xml"
    line = only_error(run(site.url, "-o", str(out)))
    assert line == (
        f"{site.url}/ServiceModel/AuthService.svc/Login: error: Creatio login failed: "
        "Either the user name or password is not specified or is incorrect "
        "(login-failed)"
    )
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    assert metadata_gets(site) == []  # nothing after a failed login
    assert not site.calls("POST", LOGOUT)


def test_login_is_never_retried(
    site: FakeCreatio, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    forms_env(monkeypatch, password="wrong")
    only_error(run(site.url, "-o", str(tmp_path / "m.xml"), "--retries", "5"))
    assert len(site.calls("POST", LOGIN)) == 1


def test_no_credentials_meets_the_login_redirect(
    site: FakeCreatio, tmp_path: Path
) -> None:
    line = only_error(run(site.url, "-o", str(tmp_path / "m.xml")))
    assert "redirected to the login page (/Login/NuiLogin.aspx)" in line
    assert "set ODATAGEN_USERNAME and ODATAGEN_PASSWORD" in line
    assert not site.calls("GET", "/Login/NuiLogin.aspx")  # redirects to it not followed


def test_missing_credentials_without_a_terminal(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = str(tmp_path / "m.xml")
    # nothing is contacted: the URL does not even have to answer
    line = only_error(run("https://acme.creatio.com", "-o", out, "--auth", "forms"))
    assert "ODATAGEN_USERNAME is not set (--auth forms needs it)" in line
    monkeypatch.setenv("ODATAGEN_USERNAME", "Supervisor")
    line = only_error(run("https://acme.creatio.com", "-o", out))
    assert "ODATAGEN_PASSWORD is not set" in line and "no terminal" in line
    line = only_error(run("https://acme.creatio.com", "-o", out, "--auth", "bearer"))
    assert "ODATAGEN_TOKEN is not set" in line


def test_the_prompt_asks_for_what_is_missing() -> None:
    asked: list[tuple[str, bool]] = []

    def prompt(label: str, hidden: bool) -> str:
        asked.append((label, hidden))
        return "typed"

    auth = auth_from_env("forms", {"ODATAGEN_USERNAME": "Ann"}, prompt)
    assert (auth.username, auth.password.reveal()) == ("Ann", "typed")
    assert asked == [("Password", True)]  # hidden input
    auth = auth_from_env("oauth2", {}, prompt, identity_url="https://id")
    assert auth.client_id == "typed" and auth.identity_url == "https://id"
    assert asked[1:] == [("OAuth2 client id", False), ("OAuth2 client secret", True)]


def test_default_auth_kind() -> None:
    assert default_auth_kind({}) == "none"
    assert default_auth_kind({"ODATAGEN_TOKEN": "t"}) == "bearer"
    assert default_auth_kind({"ODATAGEN_CLIENT_ID": "c", "ODATAGEN_TOKEN": "t"}) == (
        "oauth2"
    )
    both = {"ODATAGEN_USERNAME": "u", "ODATAGEN_PASSWORD": "p", "ODATAGEN_TOKEN": "t"}
    assert default_auth_kind(both) == "forms"


# -- OAuth2 and bearer --------------------------------------------------------------
def test_oauth2(
    site: FakeCreatio, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ODATAGEN_CLIENT_ID", site.client_id)
    monkeypatch.setenv("ODATAGEN_CLIENT_SECRET", site.client_secret)
    out = tmp_path / "m.xml"
    result = run(site.url, "-o", str(out), "--identity-url", site.url)
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == ACME.read_bytes()
    [token] = site.calls("POST", "/connect/token")
    assert token.headers["content-type"] == "application/x-www-form-urlencoded"
    assert b"grant_type=client_credentials" in token.body
    get = site.calls("GET", "/0/odata/$metadata")[0]
    assert get.headers["authorization"].startswith("Bearer ")
    assert "bpmcsrf" not in get.headers and not site.calls("POST", LOGIN)
    assert site.client_secret not in result.output
    # the identity URL can come from the environment too
    monkeypatch.setenv("ODATAGEN_IDENTITY_URL", site.url)
    assert run(site.url, "-o", str(out), "--auth", "oauth2").exit_code == 0


def test_oauth2_wrong_secret(
    site: FakeCreatio, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ODATAGEN_CLIENT_ID", site.client_id)
    monkeypatch.setenv("ODATAGEN_CLIENT_SECRET", "wrong-secret-77")
    result = run(site.url, "-o", str(tmp_path / "m.xml"), "--identity-url", site.url)
    line = only_error(result)
    assert "OAuth2 token request failed (400 Bad Request) invalid_client" in line
    assert "wrong-secret-77" not in result.output


def test_oauth2_needs_a_host_name_to_derive_the_identity_url(
    site: FakeCreatio, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ODATAGEN_CLIENT_ID", site.client_id)
    monkeypatch.setenv("ODATAGEN_CLIENT_SECRET", site.client_secret)
    line = only_error(run(site.url, "-o", str(tmp_path / "m.xml")))
    assert "cannot derive the identity service URL (127.0.0.1 is an IP address)" in line


def test_derive_identity_url() -> None:
    assert (
        derive_identity_url("https://acme.creatio.com") == "https://acme-is.creatio.com"
    )
    assert derive_identity_url("https://acme.creatio.com/0/odata/") == (
        "https://acme-is.creatio.com"
    )
    assert derive_identity_url("http://dev.corp.local:8080") == (
        "http://dev-is.corp.local:8080"
    )
    for bad in ("http://localhost:5000", "http://10.0.0.7", "http://[::1]:80"):
        with pytest.raises(ValueError):
            derive_identity_url(bad)


def test_bearer(
    site: FakeCreatio, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    site.bearer_tokens.add("token-abc-123")
    monkeypatch.setenv("ODATAGEN_TOKEN", "token-abc-123")
    result = run(site.url, "-o", str(tmp_path / "m.xml"))
    assert result.exit_code == 0, result.output
    get = site.calls("GET", "/0/odata/$metadata")[0]
    assert get.headers["authorization"] == "Bearer token-abc-123"
    monkeypatch.setenv("ODATAGEN_TOKEN", "token-expired-9")
    result = run(site.url, "-o", str(tmp_path / "x.xml"))
    line = only_error(result)
    assert "access refused (401 Unauthorized): check the credentials / --auth" in line
    assert "token-expired-9" not in result.output and not (tmp_path / "x.xml").exists()


# -- caching ------------------------------------------------------------------------
def test_not_modified_leaves_the_file_untouched(
    site: FakeCreatio, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    forms_env(monkeypatch)
    out = tmp_path / "m.xml"
    assert run(site.url, "-o", str(out)).exit_code == 0
    assert "if-none-match" not in site.calls("GET", "/0/odata/$metadata")[0].headers
    os.utime(out, (1_000_000_000, 1_000_000_000))
    result = run(site.url, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert f'{out}: not modified (ETag "acme-1")' in result.stderr
    assert out.stat().st_mtime == 1_000_000_000
    assert site.calls("GET", "/0/odata/$metadata")[-1].headers["if-none-match"] == (
        '"acme-1"'
    )
    # the ETag is only trusted while the file still holds what was fetched
    out.write_bytes(b"edited by hand")
    result = run(site.url, "-o", str(out))
    assert "written" in result.stderr and out.read_bytes() == ACME.read_bytes()
    assert "if-none-match" not in site.calls("GET", "/0/odata/$metadata")[-1].headers
    cache = tmp_path / "cache" / "odatagen" / "fetch" / "etags.json"
    assert f"{site.url}/0/odata/$metadata" in cache.read_text()


def test_same_content_without_etag_is_not_rewritten(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    forms_env(monkeypatch)
    out = tmp_path / "m.xml"
    with FakeCreatio(password=PASSWORD, etag=None) as site:
        assert run(site.url, "-o", str(out)).exit_code == 0
        os.utime(out, (1_000_000_000, 1_000_000_000))
        result = run(site.url, "-o", str(out))
        assert f"{out}: unchanged from" in result.stderr
        assert out.stat().st_mtime == 1_000_000_000


# -- failures -----------------------------------------------------------------------
def test_retries_on_503(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    forms_env(monkeypatch)
    with FakeCreatio(password=PASSWORD, fail_first=2) as site:
        result = run(site.url, "-o", str(tmp_path / "m.xml"), "--retries", "2")
        assert result.exit_code == 0, result.output
        assert "HTTP 503 Service Unavailable; retry 1 in 0 s" in result.stderr
        assert len(site.calls("GET", "/0/odata/$metadata")) == 3
        assert len(site.calls("POST", LOGIN)) == 1
    with FakeCreatio(password=PASSWORD, fail_first=10) as site:
        line = only_error(
            run(site.url, "-o", str(tmp_path / "x.xml"), "--retries", "1")
        )
        assert "HTTP 503 Service Unavailable (2 attempts)" in line
        assert len(site.calls("POST", LOGOUT)) == 1
        assert not (tmp_path / "x.xml").exists()


def test_timeout(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    forms_env(monkeypatch)
    with FakeCreatio(password=PASSWORD, delay=5) as site:
        started = time.monotonic()
        args = ["--timeout", "0.3", "--retries", "1"]
        line = only_error(run(site.url, "-o", str(tmp_path / "m.xml"), *args))
        assert time.monotonic() - started < 4
        assert (
            "timed out after 0.3 s (2 attempts); raise --timeout or --retries" in line
        )
        assert len(site.calls("GET", "/0/odata/$metadata")) == 2


def test_connection_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with FakeCreatio() as site:
        url = site.url  # a port that was free and is closed again
    line = only_error(
        run(url + "/odata", "-o", str(tmp_path / "m.xml"), "--retries", "0")
    )
    assert "cannot connect" in line


def test_html_instead_of_xml(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    forms_env(monkeypatch)
    out = tmp_path / "m.xml"
    out.write_bytes(b"previous")
    with FakeCreatio(password=PASSWORD, html=True) as site:
        line = only_error(run(site.url, "-o", str(out)))
        assert (
            "the server answered with an HTML page (a login page?): check the "
            "credentials / --auth (html)" in line
        )
        assert len(site.calls("POST", LOGOUT)) == 1
    assert out.read_bytes() == b"previous"  # never an HTML body in the file
    assert [p.name for p in tmp_path.iterdir()] == ["m.xml"]  # no temporary left


@pytest.mark.parametrize(
    "body, message",
    [
        (b'{"value": []}', "is not $metadata: not an XML document"),
        (b"<feed/>", "the answer is XML with root <feed>, not edmx:Edmx"),
        (b"<Edmx><unclosed></Edmx>", "not well-formed XML"),
        (b'<!DOCTYPE x [<!ENTITY a "b">]><x/>', "has a DTD"),
    ],
)
def test_not_metadata(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, body: bytes, message: str
) -> None:
    forms_env(monkeypatch)
    with FakeCreatio(password=PASSWORD, metadata=body, etag=None) as site:
        line = only_error(run(f"{site.url}/0/odata", "-o", str(tmp_path / "m.xml")))
        assert message in line
    assert not (tmp_path / "m.xml").exists()


def test_urls_that_are_refused(tmp_path: Path) -> None:
    assert "not an http:// or https:// URL" in only_error(
        run("ftp://example.com/x", "-o", str(tmp_path / "m.xml"))
    )
    line = only_error(run("https://bob:hunter2@x.com", "-o", str(tmp_path / "m.xml")))
    assert "credentials in the URL are not accepted" in line and "hunter2" not in line


def test_locate() -> None:
    site = locate("https://acme.creatio.com/")
    assert site.site == "https://acme.creatio.com"
    assert [url for url, _ in site.candidates] == [
        "https://acme.creatio.com/0/odata/$metadata",
        "https://acme.creatio.com/odata/$metadata",
    ]
    sub = locate("https://host/crm")  # a site in a virtual directory, or a service
    assert [u for u, _ in sub.candidates][-1] == "https://host/crm/$metadata"
    v3 = locate("https://host/0/ServiceModel/EntityDataService.svc")
    assert v3.site == "https://host"
    assert (
        v3.candidates[0][0]
        == "https://host/0/ServiceModel/EntityDataService.svc/$metadata"
    )
    sap = locate("https://sap/sap/opu/odata/sap/API_BP/$metadata?sap-client=100")
    assert sap.candidates[0][0].endswith("/API_BP/$metadata?sap-client=100")


# -- secrets ------------------------------------------------------------------------
def test_secrets_never_show(site: FakeCreatio) -> None:
    auth = Auth("forms", username="Supervisor", password=Secret("not-" + PASSWORD))
    assert PASSWORD not in repr(auth) and PASSWORD not in str(auth.password)
    with pytest.raises(GenerationError) as caught:
        fetch(site.url, auth)
    assert PASSWORD not in repr(caught.value) and PASSWORD not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__context__ is None


# -- the resolver -------------------------------------------------------------------
def test_resolve_url(
    site: FakeCreatio, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert resolve_url("fixtures/creatio/acme-small.xml") is None
    assert resolve_url("tenant-name") is None
    forms_env(monkeypatch)
    data, label = resolve_url(site.url)  # type: ignore[misc]
    assert data == ACME.read_bytes() and label == site.url
    assert "odatagen.fetch_command:resolve_url" in sources.RESOLVERS  # registered
    monkeypatch.setattr(sources, "RESOLVERS", ["odatagen.fetch_command:resolve_url"])
    schema, label = sources.load_schema(site.url)
    assert label == site.url and schema is not None
    monkeypatch.delenv("ODATAGEN_PASSWORD")  # no prompting: a clear error
    with pytest.raises(GenerationError, match="ODATAGEN_PASSWORD is not set"):
        resolve_url(site.url)


# -- real processes -----------------------------------------------------------------
def run_process(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    code = "from odatagen.fetch_command import fetch_command; fetch_command()"
    environment = {k: v for k, v in os.environ.items() if k not in VARIABLES}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env={**environment, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


def test_process_forms(site: FakeCreatio, tmp_path: Path) -> None:
    out = tmp_path / "acme.xml"
    done = run_process(
        site.url,
        "-o",
        str(out),
        ODATAGEN_USERNAME="Supervisor",
        ODATAGEN_PASSWORD=PASSWORD,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == ACME.read_bytes()
    assert PASSWORD not in done.stdout + done.stderr
    assert len(site.calls("POST", LOGOUT)) == 1
    quiet = run_process(
        site.url,
        "-o",
        str(out),
        "-q",
        ODATAGEN_USERNAME="Supervisor",
        ODATAGEN_PASSWORD=PASSWORD,
    )
    assert quiet.returncode == 0 and quiet.stdout == quiet.stderr == ""


def test_process_wrong_password(site: FakeCreatio, tmp_path: Path) -> None:
    wrong = "Wr0ng-" + PASSWORD
    done = run_process(
        site.url,
        "-o",
        str(tmp_path / "m.xml"),
        ODATAGEN_USERNAME="Supervisor",
        ODATAGEN_PASSWORD=wrong,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Creatio login failed: " in done.stderr
    assert wrong not in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "m.xml").exists()


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_process_prompts_on_a_terminal(site: FakeCreatio, tmp_path: Path) -> None:
    """With stdin a terminal, a missing password is asked for (on stderr)."""
    out = tmp_path / "m.xml"
    code = "from odatagen.fetch_command import fetch_command; fetch_command()"
    environment = {k: v for k, v in os.environ.items() if k not in VARIABLES}
    terminal, child_end = os.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-c", code, site.url, "-o", str(out)],
            env={**environment, "ODATAGEN_USERNAME": "Supervisor"},
            cwd=ROOT,
            stdin=child_end,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        assert process.stderr is not None
        # click writes "Password:", getpass turns echo off (flushing what was typed
        # ahead), then writes " ": type only after that
        prompt = process.stderr.read(len(b"Password: "))
        os.write(terminal, PASSWORD.encode() + b"\n")
        stdout, stderr = process.communicate(timeout=60)
        stderr = prompt + stderr
    finally:
        os.close(child_end)
        os.close(terminal)
    assert process.returncode == 0, stderr
    assert stderr.startswith(b"Password: ") and PASSWORD.encode() not in stdout + stderr
    assert out.read_bytes() == ACME.read_bytes()
