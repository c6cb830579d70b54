#!/usr/bin/env python3
"""HTTP tests of medip-service: a real server on a loopback port, a real client (the standard
library's http.client and raw sockets), every endpoint and every error status, each response
checked against Service/openapi.yaml, decisions compared byte for byte with `medip evaluate
--format json` and screenings with `medip screen`, bounded memory on a 1,000,000-line screening,
the decision log under SIGKILL (no lost decision, no partial line after restart), rotation and
graceful shutdown.

Usage: service_test.py --service PATH/medip-service --medip PATH/medip --repo REPO_ROOT
Prints one line per check and, last, "N passed, N failed". Exits 1 if any check failed.
Needs PyYAML, jsonschema and referencing (.ci/service.sh installs them when missing).
"""
import argparse
import http.client
import json
import os
import pathlib
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

PASSED = 0
FAILED = 0


def check(name, condition, detail=""):
    global PASSED, FAILED
    if condition:
        PASSED += 1
        print(f"ok    {name}")
    else:
        FAILED += 1
        print(f"FAIL  {name} {detail}")
    return condition


# --- the service process ----------------------------------------------------------------------

class Service:
    """medip-service on 127.0.0.1 with a port the system picks."""

    def __init__(self, binary, *args, env=None):
        self.stderr = tempfile.TemporaryFile()
        environment = dict(os.environ)
        environment.update(env or {})
        self.process = subprocess.Popen(
            [binary, "--host", "127.0.0.1", "--port", "0", *args],
            stdout=subprocess.PIPE, stderr=self.stderr, env=environment)
        line = self.process.stdout.readline().decode()
        if "listening on" not in line:
            self.stderr.seek(0)
            raise RuntimeError(f"service did not start: {line!r} {self.stderr.read().decode()[-2000:]}")
        self.port = int(line.rsplit(":", 1)[1])

    def request(self, method, path, body=None, headers=None, timeout=60):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        connection.close()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, data

    def stop(self, sig=signal.SIGTERM, timeout=30):
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()

    def log_text(self):
        self.stderr.seek(0)
        return self.stderr.read().decode(errors="replace")


# --- the OpenAPI document ---------------------------------------------------------------------

class OpenAPI:
    def __init__(self, path):
        self.spec = yaml.safe_load(pathlib.Path(path).read_text())
        resource = Resource.from_contents(self.spec, default_specification=DRAFT202012)
        self.registry = Registry().with_resource("urn:openapi", resource)

    @staticmethod
    def pointer(*parts):
        return "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)

    def validate(self, template, method, status, content_type, value):
        """Errors of `value` against the documented response, or a list with one message when the
        status or content type is not documented."""
        operation = self.spec["paths"][template][method]
        response = operation["responses"].get(str(status))
        if response is None:
            return [f"status {status} not documented for {method.upper()} {template}"]
        base = ["paths", template, method, "responses", str(status)]
        if "$ref" in response:
            base = response["$ref"].lstrip("#/").split("/")
            response = self.spec
            for part in base:
                response = response[part]
        media = content_type.split(";")[0].strip()
        if media not in response.get("content", {}):
            return [f"content type {media} not documented for {status}"]
        reference = "urn:openapi#/" + self.pointer(*base, "content", media, "schema")
        validator = Draft202012Validator({"$ref": reference}, registry=self.registry)
        return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(value)]


def checked_json(api, name, template, method, status, headers, data, expected_status):
    check(f"{name}: status {expected_status}", status == expected_status, f"got {status}: {data[:300]!r}")
    check(f"{name}: X-Request-Id", bool(headers.get("x-request-id")))
    try:
        value = json.loads(data)
    except ValueError as error:
        check(f"{name}: JSON body", False, str(error))
        return None
    errors = api.validate(template, method, status, headers.get("content-type", ""), value)
    check(f"{name}: matches openapi.yaml", not errors, "; ".join(errors[:5]))
    return value


# --- raw HTTP for streaming, slow bodies and false lengths ------------------------------------

def stream_screening(port, path, lines_iterable, chunk_lines=500):
    """POSTs JSON Lines with chunked transfer encoding from a sender thread while this thread reads
    the response (the service streams both ways). Returns (status, headers, body bytes)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=600)
    head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
            "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").encode()
    sock.sendall(head)
    failure = []

    def send():
        try:
            batch = []
            for line in lines_iterable:
                batch.append(line)
                if len(batch) >= chunk_lines:
                    payload = b"".join(batch)
                    sock.sendall(b"%x\r\n" % len(payload) + payload + b"\r\n")
                    batch = []
            if batch:
                payload = b"".join(batch)
                sock.sendall(b"%x\r\n" % len(payload) + payload + b"\r\n")
            sock.sendall(b"0\r\n\r\n")
        except OSError as error:
            failure.append(error)

    sender = threading.Thread(target=send)
    sender.start()
    response = http.client.HTTPResponse(sock)
    response.begin()
    body = response.read()
    sender.join()
    sock.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


def raw_exchange(port, head, body_parts=(), pause=0.0):
    """Sends a request head and body parts (pausing between them), returns the status and body."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=60)
    sock.sendall(head)
    try:
        for part in body_parts:
            time.sleep(pause)
            sock.sendall(part)
    except OSError:
        pass
    response = http.client.HTTPResponse(sock)
    response.begin()
    data = response.read()
    sock.close()
    return response.status, data


def peak_rss_kib(pid):
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


# --- the checks -------------------------------------------------------------------------------

def examples(repo):
    folder = pathlib.Path(repo) / "Documentation" / "Examples"
    return sorted(p for p in folder.glob("*.json") if p.name != "expected-decisions.json")


def test_endpoints(service, api, repo, medip):
    print("\n# every endpoint, checked against openapi.yaml")
    status, headers, data = service.request("GET", "/health")
    health = checked_json(api, "GET /health", "/health", "get", status, headers, data, 200)
    status, headers, data = service.request("GET", "/v1/measures")
    value = checked_json(api, "GET /v1/measures", "/v1/measures", "get", status, headers, data, 200)
    check("87 measures", value is not None and len(value["measures"]) == 87)
    status, headers, data = service.request("GET", "/v1/measures?document=beijing-2026-3")
    value = checked_json(api, "GET /v1/measures?document=", "/v1/measures", "get", status, headers, data, 200)
    check("document filter", value is not None and all(m["id"].startswith("beijing-2026-3#") for m in value["measures"]))
    status, headers, data = service.request("GET", "/v1/measures/beijing-2026-3%238")
    value = checked_json(api, "GET /v1/measures/{id}", "/v1/measures/{id}", "get", status, headers, data, 200)
    check("measure id", value is not None and value["id"] == "beijing-2026-3#8")
    shown = subprocess.run([medip, "show", "beijing-2026-3#8", "--format", "json"], capture_output=True, check=True).stdout
    same = ["chapter", "heading", "kinds", "provisions", "summary", "targets", "timeLimits"]
    check("measure as medip show has it", value is not None and all(value[k] == json.loads(shown)[k] for k in same))
    status, headers, data = service.request("GET", "/v1/rules")
    value = checked_json(api, "GET /v1/rules", "/v1/rules", "get", status, headers, data, 200)
    rules = subprocess.run([medip, "rules", "--format", "json"], capture_output=True, check=True).stdout
    check("rules equal medip rules --format json", value is not None and value["rules"] == json.loads(rules))
    status, headers, data = service.request("GET", "/v1/rules?measure=beijing-2026-3%234")
    value = checked_json(api, "GET /v1/rules?measure=", "/v1/rules", "get", status, headers, data, 200)
    check("rules of one measure", value is not None and value["rules"] and all(r["measure"] == "beijing-2026-3#4" for r in value["rules"]))
    status, headers, data = service.request("GET", "/v1/documents")
    value = checked_json(api, "GET /v1/documents", "/v1/documents", "get", status, headers, data, 200)
    check("four documents", value is not None and len(value["documents"]) == 4)
    status, headers, data = service.request("GET", "/v1/regimes?jurisdiction=CN-BJ&on=2026-06-01")
    value = checked_json(api, "GET /v1/regimes", "/v1/regimes", "get", status, headers, data, 200)
    check("regime in Beijing", value is not None and value["jurisdiction"] == "CN-BJ" and "beijing-2026-3" in value["documents"])
    status, headers, data = service.request("GET", "/v1/calendar/working-days?from=2026-02-10&count=15")
    value = checked_json(api, "GET /v1/calendar/working-days", "/v1/calendar/working-days", "get", status, headers, data, 200)
    expected = subprocess.run([medip, "calendar", "add-working-days", "2026-02-10", "15"], capture_output=True, check=True).stdout.decode().strip()
    check("working days as medip calendar add-working-days", value is not None and value["date"] == expected, f"{value} vs {expected}")
    return health


def test_metrics(service):
    print("\n# GET /metrics after the requests above")
    status, headers, data = service.request("GET", "/metrics")
    check("GET /metrics: 200 text", status == 200 and headers.get("content-type", "").startswith("text/plain"))
    text = data.decode()
    for family in ["medip_http_requests_total", "medip_http_request_duration_seconds_bucket", "medip_decisions_total{",
                   'medip_errors_total{code="invalidCase",status="422"}', 'medip_errors_total{code="unsupportedMediaType",status="415"}']:
        check(f"metrics has {family}", family in text, "")


def test_decisions(service, api, repo, medip):
    print("\n# POST /v1/decisions: byte-identical to medip evaluate --format json")
    for path in examples(repo):
        for as_of in ["2026-11-23", "2025-03-01"]:
            expected = subprocess.run([medip, "evaluate", str(path), "--as-of", as_of, "--format", "json"], capture_output=True)
            for lang in ["en", "zh"]:
                status, headers, data = service.request(
                    "POST", f"/v1/decisions?asOf={as_of}&detail=full&lang={lang}", body=path.read_bytes(),
                    headers={"Content-Type": "application/json", "X-Request-Id": f"example-{path.stem}-{as_of}-{lang}"})
                if expected.returncode == 0:
                    check(f"{path.name} {as_of} {lang}: same bytes as medip evaluate", status == 200 and data == expected.stdout,
                          f"status {status}")
                    check(f"{path.name} {as_of} {lang}: echoes X-Request-Id", headers.get("x-request-id") == f"example-{path.stem}-{as_of}-{lang}")
                    check(f"{path.name} {as_of} {lang}: X-Rule-Set-Digest", headers.get("x-rule-set-digest") == json.loads(data)["ruleSetDigest"])
                    errors = api.validate("/v1/decisions", "post", status, headers["content-type"], json.loads(data))
                    check(f"{path.name} {as_of} {lang}: matches openapi.yaml", not errors, "; ".join(errors[:3]))
                else:
                    check(f"{path.name} {as_of}: medip refuses, the service too", status >= 400, f"{status}")
        status, headers, data = service.request(
            "POST", "/v1/decisions?asOf=2026-11-23&detail=summary", body=path.read_bytes(), headers={"Content-Type": "application/json"})
        value = checked_json(api, f"{path.name} summary", "/v1/decisions", "post", status, headers, data, 200)
        check(f"{path.name} summary has no trace", value is not None and "trace" not in value)


def test_errors(service, api, repo, medip, workdir):
    print("\n# every error status")
    example = examples(repo)[0].read_bytes()

    def error(name, method, path, template, expected, body=None, headers=None, code=None):
        status, response_headers, data = service.request(method, path, body=body, headers=headers)
        value = checked_json(api, name, template, method.lower(), status, response_headers, data, expected)
        if value is not None and code is not None:
            check(f"{name}: code {code}", value.get("code") == code, f"got {value.get('code')}")
        return value

    json_type = {"Content-Type": "application/json"}
    value = error("malformed JSON", "POST", "/v1/decisions?asOf=2026-11-23", "/v1/decisions", 400, b'{"schemaVersion": 1,', json_type, "malformedJSON")
    check("malformed JSON: line and column", value is not None and value.get("line") == 1 and value.get("column") is not None)
    check("malformed JSON: incomplete list", value is not None and value.get("complete") is False and len(value["problems"]) == 1)
    case = json.loads(example)
    case["unexpectedKey"] = 1
    error("unknown key", "POST", "/v1/decisions?asOf=2026-11-23", "/v1/decisions", 400, json.dumps(case).encode(), json_type, "unknownKey")
    status, _, _ = service.request("POST", "/v1/decisions?asOf=2026-11-23&allowUnknownKeys=true", body=json.dumps(case).encode(), headers=json_type)
    check("allowUnknownKeys=true decides it", status == 200, f"{status}")
    error("unknown query parameter", "POST", "/v1/decisions?asof=2026-11-23", "/v1/decisions", 400, example, json_type, "unknownParameter")
    error("repeated query parameter", "POST", "/v1/decisions?asOf=2026-11-23&asOf=2026-11-24", "/v1/decisions", 400, example, json_type, "repeatedParameter")
    error("impossible asOf", "POST", "/v1/decisions?asOf=2026-02-30", "/v1/decisions", 400, example, json_type, "invalidQuery")
    error("unknown detail", "POST", "/v1/decisions?asOf=2026-11-23&detail=some", "/v1/decisions", 400, example, json_type, "invalidQuery")
    error("wrong content type", "POST", "/v1/decisions?asOf=2026-11-23", "/v1/decisions", 415, example, {"Content-Type": "text/plain"}, "unsupportedMediaType")
    error("no content type", "POST", "/v1/decisions?asOf=2026-11-23", "/v1/decisions", 415, example, {}, "unsupportedMediaType")
    error("body over the limit", "POST", "/v1/decisions?asOf=2026-11-23", "/v1/decisions", 413, b" " * (1_048_576 + 10), json_type, "tooLarge")
    status, data = raw_exchange(service.port, b"POST /v1/decisions?asOf=2026-11-23 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
                                [b"%x\r\n" % 600_000 + b" " * 600_000 + b"\r\n"] * 2 + [b"0\r\n\r\n"])
    check("chunked body over the limit: 413", status == 413, f"{status}")
    status, headers, data = service.request("GET", "/v1/nothing")
    check("unknown route: 404 notFound", status == 404 and json.loads(data)["code"] == "notFound", f"{status} {data[:200]!r}")
    check("unknown route: matches the Error schema", not api.validate("/v1/measures", "get", 404, headers["content-type"], json.loads(data)))
    error("unknown measure", "GET", "/v1/measures/beijing-2026-3%2399", "/v1/measures/{id}", 404, code="unknownMeasure")
    error("unknown document", "GET", "/v1/measures?document=nowhere", "/v1/measures", 404, code="unknownDocument")
    error("jurisdiction missing", "GET", "/v1/regimes", "/v1/regimes", 400, code="invalidQuery")
    error("count not an integer", "GET", "/v1/calendar/working-days?from=2026-01-05&count=1.5", "/v1/calendar/working-days", 400, code="invalidQuery")
    error("year without a schedule", "GET", "/v1/calendar/working-days?from=2031-01-05&count=3", "/v1/calendar/working-days", 422, code="calendar")
    error("health takes no parameters", "GET", "/health?verbose=1", "/health", 400, code="unknownParameter")

    # 422: invalid facts, every problem listed, the same problems as medip evaluate reports.
    generated = workdir / "invalid.jsonl"
    subprocess.run([medip, "generate", "--count", "60", "--seed", "7", "--invalid", "100", "--output", str(generated)], check=True)
    seen = {}
    for number, line in enumerate(generated.read_bytes().splitlines(), 1):
        case_file = workdir / f"invalid-{number}.json"
        case_file.write_bytes(line)
        for lang in ["en", "zh"]:
            status, headers, data = service.request("POST", f"/v1/decisions?asOf=2026-06-01&lang={lang}", body=line, headers=json_type)
            expected = subprocess.run([medip, "evaluate", str(case_file), "--as-of", "2026-06-01", "--format", "json", "--lang", lang], capture_output=True)
            value = json.loads(data)
            if expected.returncode == 0:
                check(f"generated case {number} {lang} is valid after all: same decision", status == 200 and data == expected.stdout)
                continue
            report = json.loads(expected.stderr.decode().strip().splitlines()[-1])
            kind = (status, lang)
            if kind in seen and seen[kind] >= 3:
                continue
            seen[kind] = seen.get(kind, 0) + 1
            errors = api.validate("/v1/decisions", "post", status, headers["content-type"], value)
            check(f"invalid case {number} {lang}: status {status} documented and schema", not errors, "; ".join(errors[:3]))
            # medip says nothing of completeness for a file it did not read (too large).
            same = ["code", "path", "line", "column"] + (["complete"] if "complete" in report else []) \
                + (["problems"] if report["code"] == "invalidCase" else [])
            check(f"invalid case {number} {lang}: same {', '.join(same)} as medip evaluate",
                  all(value.get(k) == report.get(k) for k in same), f"{[(k, value.get(k), report.get(k)) for k in same]}")
            if report["code"] != "invalidCase":
                check(f"invalid case {number} {lang}: the one problem listed", len(value["problems"]) == 1 and value["problems"][0]["code"] == report["code"])
            expected_status = 422 if report["code"] == "invalidCase" else 413 if report["code"] == "tooLarge" else 400
            check(f"invalid case {number} {lang}: {expected_status} for {report['code']}", status == expected_status, f"got {status}")
    check("invalid cases reached 422 (invalid facts) and 400 (unreadable)", (422, "en") in seen and (400, "en") in seen, f"{sorted(seen)}")
    zh = [s for s in seen if s[1] == "zh" and s[0] == 422]
    check("lang=zh gives Chinese messages", bool(zh))
    # An unreadable case under lang=zh: the reader's message in Chinese, code and path as in English.
    bad = json.dumps({**json.loads(example), "ruling": []}).encode()
    replies = {lang: service.request("POST", f"/v1/decisions?asOf=2026-06-01&lang={lang}", body=bad, headers=json_type)
               for lang in ["en", "zh"]}
    en_value, zh_value = (json.loads(replies[lang][2]) for lang in ["en", "zh"])
    check("unknown key, lang=zh: 400 with the same code and path as in English",
          replies["zh"][0] == 400 and all(zh_value.get(k) == en_value.get(k) for k in ["code", "path", "line", "column"]),
          f"{zh_value}")
    check("unknown key, lang=zh: message and problem in Chinese",
          re.search("[\u4e00-\u9fff]", zh_value["message"]) is not None
          and re.search("[\u4e00-\u9fff]", zh_value["problems"][0]["message"]) is not None
          and "unknown key" in en_value["message"], f"{zh_value['message']!r} / {en_value['message']!r}")

    # The service's own errors under lang=zh: the message (and a problem repeating it) in
    # Chinese, with no English prose; code, path and status as in English. lang=zh is honoured
    # even when another parameter is wrong.
    own = [
        ("unknown parameter", "POST", "/v1/decisions?asOf=2026-11-23&asof=1", example, json_type, 400, "unknownParameter"),
        ("repeated parameter", "POST", "/v1/decisions?asOf=2026-11-23&asOf=2026-11-24", example, json_type, 400, "repeatedParameter"),
        ("impossible asOf", "POST", "/v1/decisions?asOf=2026-02-30", example, json_type, 400, "invalidQuery"),
        ("unknown detail", "POST", "/v1/decisions?asOf=2026-11-23&detail=some", example, json_type, 400, "invalidQuery"),
        ("allowUnknownKeys not a boolean", "POST", "/v1/decisions?asOf=2026-11-23&allowUnknownKeys=1", example, json_type, 400, "invalidQuery"),
        ("wrong content type", "POST", "/v1/decisions?asOf=2026-11-23", example, {"Content-Type": "text/plain"}, 415, "unsupportedMediaType"),
        ("body over the limit", "POST", "/v1/decisions?asOf=2026-11-23", b" " * (1_048_576 + 10), json_type, 413, "tooLarge"),
        ("count missing", "GET", "/v1/calendar/working-days?from=2026-01-05", None, None, 400, "invalidQuery"),
        ("count not an integer", "GET", "/v1/calendar/working-days?from=2026-01-05&count=x", None, None, 400, "invalidQuery"),
        ("from missing", "GET", "/v1/calendar/working-days?count=3", None, None, 400, "invalidQuery"),
        ("unknown route", "GET", "/v1/nothing?", None, None, 404, "notFound"),
    ]
    for name, method, path, body, headers, expected, code in own:
        replies = {}
        for lang in ["en", "zh"]:
            joined = path + ("&" if "?" in path else "?") + f"lang={lang}"
            status, _, data = service.request(method, joined, body=body, headers=headers)
            replies[lang] = (status, json.loads(data))
        (en_status, en_value), (zh_status, zh_value) = replies["en"], replies["zh"]
        check(f"{name}, lang=zh: status {expected} and code {code} as in English",
              en_status == zh_status == expected and en_value.get("code") == zh_value.get("code") == code
              and en_value.get("path") == zh_value.get("path"), f"{en_status} {zh_status} {en_value} {zh_value}")
        english_prose = re.search(r"\b(?:must|missing|unknown|given|limit|bytes|endpoint|not)\b", zh_value.get("message", ""))
        check(f"{name}, lang=zh: message in Chinese",
              re.search("[\u4e00-\u9fff]", zh_value.get("message", "")) is not None and english_prose is None
              and zh_value.get("message") != en_value.get("message"), f"{zh_value.get('message')!r}")
        check(f"{name}, lang=zh: problems in Chinese too",
              all(re.search("[\u4e00-\u9fff]", p["message"]) for p in zh_value.get("problems", [])), f"{zh_value.get('problems')}")

    # Screenings refused before any output.
    ndjson = {"Content-Type": "application/x-ndjson"}
    error("screening without asOf", "POST", "/v1/screenings", "/v1/screenings", 400, example, ndjson, "invalidQuery")
    error("screening as application/json", "POST", "/v1/screenings?asOf=2026-06-01", "/v1/screenings", 415, example, json_type, "unsupportedMediaType")
    pretty = json.dumps(case, indent=2).encode()
    value = error("screening a pretty-printed document", "POST", "/v1/screenings?asOf=2026-06-01", "/v1/screenings", 400, pretty, ndjson, "notJSONLines")
    check("notJSONLines names the line", value is not None and value.get("line") == 1)
    error("screening an array", "POST", "/v1/screenings?asOf=2026-06-01", "/v1/screenings", 400, b"\n[" + example + b"]\n", ndjson, "notJSONLines")
    status, data = raw_exchange(service.port, b"POST /v1/screenings?asOf=2026-06-01 HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\n"
                                b"Content-Length: 60000000\r\nConnection: close\r\n\r\n")
    value = json.loads(data)
    check("screening declared over --max-screening-bytes: 413 tooLarge", status == 413 and value["code"] == "tooLarge", f"{status} {data[:200]!r}")
    check("413 matches openapi.yaml", not api.validate("/v1/screenings", "post", 413, "application/json", value))

    # 503: a body sent slower than the time limit (this service runs with --request-timeout 2).
    body = example
    status, data = raw_exchange(service.port, b"POST /v1/decisions?asOf=2026-11-23 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                + b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body), [body[:10], body[10:]], pause=3.5)
    value = json.loads(data) if data else {}
    check("request slower than the time limit: 503 timeLimit", status == 503 and value.get("code") == "timeLimit", f"{status} {data[:200]!r}")
    check("503 matches openapi.yaml", not api.validate("/v1/decisions", "post", 503, "application/json", value))


def test_screenings(service, api, medip, workdir):
    print("\n# POST /v1/screenings: streamed, byte-identical to medip screen")
    cases = workdir / "cases.jsonl"
    subprocess.run([medip, "generate", "--count", "3000", "--seed", "3", "--as-of", "2026-06-01", "--invalid", "5", "--output", str(cases)], check=True)
    with cases.open("ab") as handle:
        handle.write(b"\n   \n" + b"x" * (1_048_576 + 5) + b"\n{}\r\n")
    lines = cases.read_bytes().splitlines(keepends=True)
    expected = subprocess.run([medip, "screen", str(cases), "--as-of", "2026-06-01", "--jobs", "2"], capture_output=True, check=True).stdout
    for detail, flag in [("summary", []), ("full", ["--trace"])]:
        if flag:
            expected = subprocess.run([medip, "screen", str(cases), "--as-of", "2026-06-01", "--jobs", "2", *flag], capture_output=True, check=True).stdout
        status, headers, body = stream_screening(service.port, f"/v1/screenings?asOf=2026-06-01&detail={detail}", iter(lines))
        check(f"screening ({detail}): 200 application/x-ndjson", status == 200 and headers.get("content-type") == "application/x-ndjson")
        check(f"screening ({detail}): same bytes as medip screen{' --trace' if flag else ''}", body == expected,
              f"{len(body)} vs {len(expected)} bytes")
        bad = []
        for number, line in enumerate(body.splitlines()[:400] + body.splitlines()[-5:], 1):
            errors = api.validate("/v1/screenings", "post", 200, "application/x-ndjson", json.loads(line))
            if errors:
                bad.append(errors[0])
        check(f"screening ({detail}): lines match openapi.yaml", not bad, "; ".join(bad[:3]))



def test_million_lines(binary, medip, workdir):
    print("\n# a 1,000,000-line screening is streamed with bounded memory")
    service = Service(binary)
    cases = workdir / "cases.jsonl"
    lines = cases.read_bytes().splitlines(keepends=True)
    sample = [l for l in lines[:200] if l.strip()]
    padding = b" " * 150 + b"\n"

    def million():
        for number in range(1, 1_000_001):
            yield sample[number % len(sample)] if number % 1000 == 0 else padding

    started = time.time()
    status, headers, body = stream_screening(service.port, "/v1/screenings?asOf=2026-06-01", million(), chunk_lines=5000)
    elapsed = time.time() - started
    peak = peak_rss_kib(service.process.pid)
    service.stop()
    output = body.splitlines()
    check("1,000,000 lines (about 150 MB): 1,000 decisions, numbered to line 1,000,000", status == 200 and len(output) == 1000
          and json.loads(output[-1])["line"] == 1_000_000, f"{status} {len(output)}")
    check(f"peak memory of the service {peak // 1024} MiB (< 128 MiB) for a 150 MB body, in {elapsed:.1f} s",
          peak < 128 * 1024, f"{peak} KiB")


def test_kill_under_load(binary, api, repo, workdir):
    print("\n# SIGKILL under load: no lost decision, no partial line after restart")
    log = workdir / "kill" / "decisions.jsonl"
    log.parent.mkdir()
    service = Service(binary, "--decision-log", str(log), "--durable")
    bodies = [p.read_bytes() for p in examples(repo)]
    received = set()
    lock = threading.Lock()
    stop = threading.Event()

    def client(worker):
        number = 0
        while not stop.is_set():
            number += 1
            request_id = f"kill-{worker}-{number}"
            try:
                status, headers, data = service.request(
                    "POST", "/v1/decisions?asOf=2026-11-23&detail=summary", body=bodies[number % len(bodies)],
                    headers={"Content-Type": "application/json", "X-Request-Id": request_id}, timeout=10)
                if status == 200 and json.loads(data)["caseID"]:
                    with lock:
                        received.add(request_id)
            except (OSError, http.client.HTTPException, ValueError):
                return

    threads = [threading.Thread(target=client, args=(worker,)) for worker in range(8)]
    for thread in threads:
        thread.start()
    time.sleep(3)
    service.process.send_signal(signal.SIGKILL)
    service.process.wait()
    stop.set()
    for thread in threads:
        thread.join()
    raw = log.read_bytes()
    lines = raw.split(b"\n")
    whole = lines[:-1]
    logged = set()
    unreadable = 0
    for line in whole:
        try:
            logged.add(json.loads(line)["requestId"])
        except ValueError:
            unreadable += 1
    check(f"{len(received)} decisions received under load", len(received) > 50, f"{len(received)}")
    check("every received decision is in the log", received <= logged, f"missing {sorted(received - logged)[:5]}")
    check("every whole line of the log is JSON", unreadable == 0, f"{unreadable}")
    ending = "with a whole line" if raw.endswith(b"\n") else "with a partial line"
    print(f"      the log ended {ending} after the kill")

    # A crash torn in the middle of a write: the next start moves the partial line aside.
    with log.open("ab") as handle:
        handle.write(b'{"asOf":"2026-11-23","caseDigest":"sha256:0')
    before = log.stat().st_size
    service = Service(binary, "--decision-log", str(log), "--durable")
    status, headers, data = service.request(
        "POST", "/v1/decisions?asOf=2026-11-23", body=bodies[0], headers={"Content-Type": "application/json", "X-Request-Id": "after-restart"})
    check("decides after restart", status == 200)
    check("graceful stop exits 0", service.stop() == 0, service.log_text()[-500:])
    raw = log.read_bytes()
    quarantined = list(log.parent.glob("decisions.jsonl.partial-*"))
    check("restart: the log ends with a whole line", raw.endswith(b"\n"))
    check("restart: every line is JSON", all(json.loads(line) for line in raw.splitlines()))
    check("restart: the partial line was moved aside whole", len(quarantined) == 1 and quarantined[0].read_bytes().endswith(b'"sha256:0'),
          f"{quarantined}")
    check("restart: the decision after restart is logged", json.loads(raw.splitlines()[-1])["requestId"] == "after-restart")
    check("restart: nothing before the partial line was lost", len(raw) >= before - len(b'{"asOf":"2026-11-23","caseDigest":"sha256:0'))
    entry = json.loads(raw.splitlines()[-1])
    import hashlib
    check("log entry: case digest is the SHA-256 of the body", entry["caseDigest"] == "sha256:" + hashlib.sha256(bodies[0]).hexdigest())
    check("log entry: fields", sorted(entry) == ["asOf", "caseDigest", "decision", "endpoint", "requestId", "ruleSetDigest", "time"], f"{sorted(entry)}")


def test_rotation_and_shutdown(binary, repo, workdir):
    print("\n# rotation by size, and a graceful shutdown that finishes requests in flight")
    log = workdir / "rotate" / "decisions.jsonl"
    log.parent.mkdir()
    service = Service(binary, "--decision-log", str(log), "--rotate-bytes", "6000")
    body = examples(repo)[0].read_bytes()
    for number in range(12):
        status, _, _ = service.request("POST", "/v1/decisions?asOf=2026-11-23", body=body, headers={"Content-Type": "application/json"})
    files = sorted(log.parent.glob("decisions.jsonl*"))
    total = sum(len(f.read_bytes().splitlines()) for f in files)
    check(f"rotated into {len(files)} files", len(files) >= 3 and (log.parent / "decisions.jsonl.1").exists(), f"{[f.name for f in files]}")
    check("rotation keeps every decision, in whole lines", total == 12 and all(f.read_bytes().endswith(b"\n") for f in files if f.stat().st_size))

    # A screening in flight when SIGTERM arrives is finished before the process exits.
    sock = socket.create_connection(("127.0.0.1", service.port), timeout=60)
    sock.sendall(b"POST /v1/screenings?asOf=2026-06-01 HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\n"
                 b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
    line = body.replace(b"\n", b"") + b"\n"
    sock.sendall(b"%x\r\n" % len(line) + line + b"\r\n")
    time.sleep(0.5)
    service.process.send_signal(signal.SIGTERM)
    time.sleep(1)
    still_running = service.process.poll() is None
    sock.sendall(b"%x\r\n" % len(line) + line + b"\r\n0\r\n\r\n")
    response = http.client.HTTPResponse(sock)
    response.begin()
    data = response.read()
    sock.close()
    check("SIGTERM waits for the screening in flight", still_running)
    check("the screening in flight completes (2 lines)", response.status == 200 and len(data.splitlines()) == 2, f"{data[:200]!r}")
    check("then the service exits 0", service.process.wait(timeout=30) == 0)


def test_configuration(binary, medip, repo, workdir):
    print("\n# configuration by environment: extra schedules, strict dates, a bad schedule refused")
    schedule = str(pathlib.Path(repo) / "Tests" / "Fixtures" / "synthetic-2027-schedule.csv")
    service = Service(binary, env={"MEDIP_SCHEDULES": schedule, "MEDIP_SERVICE_STRICT_DATES": "true",
                                   "MEDIP_SERVICE_MAX_CASE_BYTES": "1000"})
    try:
        status, _, data = service.request("GET", "/health")
        check("MEDIP_SCHEDULES: the calendar covers 2027", status == 200 and json.loads(data)["calendarYears"] == [2022, 2027], f"{data[:200]!r}")
        status, _, data = service.request("GET", "/v1/calendar/working-days?from=2027-03-01&count=5")
        expected = subprocess.run([medip, "calendar", "add-working-days", "2027-03-01", "5", "--schedule", schedule],
                                  capture_output=True, check=True).stdout.decode().strip()
        check("a 2027 deadline as medip --schedule counts it", status == 200 and json.loads(data)["date"] == expected, f"{data[:200]!r} {expected}")
        status, _, data = service.request("POST", "/v1/decisions?asOf=2026-11-23", body=b" " * 1001, headers={"Content-Type": "application/json"})
        check("MEDIP_SERVICE_MAX_CASE_BYTES=1000: 1001 bytes are 413", status == 413, f"{status}")
    finally:
        service.stop()
    bad = workdir / "bad.csv"
    bad.write_text("date,status,festival\n2031-02-30,rest,x\n")
    process = subprocess.run([binary, "--port", "0", "--schedule", str(bad)], capture_output=True, timeout=60)
    check("an invalid --schedule stops the start with a message naming the file",
          process.returncode != 0 and str(bad).encode() in process.stderr, process.stderr.decode()[-300:])
    process = subprocess.run([binary], capture_output=True, timeout=60, env={**os.environ, "MEDIP_SERVICE_PORT": "x"})
    check("an invalid MEDIP_SERVICE_PORT is refused", process.returncode != 0 and b"MEDIP_SERVICE_PORT" in process.stderr,
          process.stderr.decode()[-300:])


def test_java(service, repo, workdir):
    print("\n# the Java example of Service/README.md")
    source = pathlib.Path(repo) / "Service" / "Examples" / "MedipClient.java"
    if not source.exists() or subprocess.run(["which", "javac"], capture_output=True).returncode != 0:
        print("      skipped: no javac")
        return
    out = workdir / "java"
    compiled = subprocess.run(["javac", "-d", str(out), str(source)], capture_output=True)
    check("MedipClient.java compiles", compiled.returncode == 0, compiled.stderr.decode()[-500:])
    case = examples(repo)[0]
    run = subprocess.run(["java", "-cp", str(out), "MedipClient", f"http://127.0.0.1:{service.port}", str(case), "2026-11-23"], capture_output=True)
    check("MedipClient gets a decision", run.returncode == 0 and b"200" in run.stdout, (run.stdout + run.stderr).decode()[-500:])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--service", required=True)
    parser.add_argument("--medip", required=True)
    parser.add_argument("--repo", required=True)
    arguments = parser.parse_args()
    api = OpenAPI(pathlib.Path(arguments.repo) / "Service" / "openapi.yaml")
    with tempfile.TemporaryDirectory() as directory:
        workdir = pathlib.Path(directory)
        service = Service(arguments.service, "--request-timeout", "2", "--max-screening-bytes", "50000000",
                          "--decision-log", str(workdir / "main.jsonl"))
        try:
            test_endpoints(service, api, arguments.repo, arguments.medip)
            test_decisions(service, api, arguments.repo, arguments.medip)
            test_errors(service, api, arguments.repo, arguments.medip, workdir)
            test_java(service, arguments.repo, workdir)
            test_metrics(service)
        finally:
            code = service.stop()
        check("graceful stop exits 0", code == 0, service.log_text()[-1000:])
        # Screenings with the default limits (no decision log: the memory check measures the stream).
        service = Service(arguments.service)
        try:
            test_screenings(service, api, arguments.medip, workdir)
        finally:
            service.stop()
        test_million_lines(arguments.service, arguments.medip, workdir)
        test_configuration(arguments.service, arguments.medip, arguments.repo, workdir)
        test_kill_under_load(arguments.service, api, arguments.repo, workdir)
        test_rotation_and_shutdown(arguments.service, arguments.repo, workdir)
    print(f"\n{PASSED} passed, {FAILED} failed")
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
