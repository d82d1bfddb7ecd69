#!/usr/bin/env python3
"""fake_openklant.py - a stateful stand-in for Open Klant's Klantinteracties API (and the
Notificaties API's delivery to one subscriber), for the integration tests.

It sits behind Prism (`prism proxy --errors`), which checks every request and every answer
against Open Klant's published OpenAPI file (tests/openklant/openapi.yaml): what this fake
answers must be valid there, or the test fails. It keeps its records in memory and in
--state FILE (JSON) so that a restarted test role finds the same API.

  fake_openklant.py --port P --public http://127.0.0.1:PRISM
                    --token TOKEN [--notify URL --notify-auth 'Bearer X'] [--state FILE]

Endpoints (a subset of the standard, enough for luisterloop):
  POST/GET /klantcontacten, GET /klantcontacten/{uuid}  (?expand=hadBetrokkenen[.x])
  POST /betrokkenen, POST /digitaleadressen, POST /actoren
  POST/GET /internetaken (?referentienummer=, ?aanleidinggevendKlantcontact__url=)
  GET /_calls      what was asked of it (test introspection, not part of the API)
  POST /_fail      {"path": "/klantcontacten", "status": 500, "times": 2} makes requests fail;
                   with "method": "POST" only those (a test polling GET is not the one failed)
After a created klantcontact it POSTs the Notificaties callback to --notify (in a thread).
"""
import argparse
import datetime
import json
import threading
import time
import urllib.parse
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# Prism serves the paths without the servers entry (/klantinteracties/api/v1), so do we.
PREFIX = ""
LOCK = threading.Lock()
STATE = {"klantcontacten": {}, "betrokkenen": {}, "digitaleadressen": {}, "actoren": {},
         "internetaken": {}}
CALLS = []
TOUCHED = {}  # klantcontact uuid -> when it or one of its parts was last written
FAIL = {}
ARGS = None


def now():
    return datetime.datetime.now(datetime.timezone.utc).isoformat().replace("+00:00", "Z")


def save():
    if ARGS.state:
        with open(ARGS.state, "w") as f:
            json.dump(STATE, f)


def url_of(kind, u):
    return f"{ARGS.public}/{kind}/{u}"


def fk(kind, u):
    return {"uuid": u, "url": url_of(kind, u)}


def klantcontact_view(kc, expand):
    v = dict(kc)
    v["hadBetrokkenen"] = [fk("betrokkenen", b) for b in kc["_betrokkenen"]]
    v["leiddeTotInterneTaken"] = [fk("internetaken", t) for t, it in STATE["internetaken"].items()
                                  if it["aanleidinggevendKlantcontact"]["uuid"] == kc["uuid"]]
    del v["_betrokkenen"]
    if expand:
        bs = []
        for b in kc["_betrokkenen"]:
            bv = betrokkene_view(STATE["betrokkenen"][b])
            if "hadBetrokkenen.digitaleAdressen" in expand:
                bv["_expand"] = {"digitaleAdressen": [
                    digitaaladres_view(a) for a in STATE["digitaleadressen"].values()
                    if a["_betrokkene"] == b]}
            bs.append(bv)
        v["_expand"] = {"hadBetrokkenen": bs} if any(e.startswith("hadBetrokkenen") for e in expand) else {}
    return v


def betrokkene_view(b):
    v = {k: x for k, x in b.items() if not k.startswith("_")}
    v["digitaleAdressen"] = [fk("digitaleadressen", a) for a, d in STATE["digitaleadressen"].items()
                             if d["_betrokkene"] == b["uuid"]]
    return v


def digitaaladres_view(a):
    return {k: x for k, x in a.items() if not k.startswith("_")}


def notify(kc):
    if not ARGS.notify:
        return
    # KISS adds the betrokkenen right after the klantcontact; the notification goes out
    # once the klantcontact has been left alone for notify_delay (as if in one transaction).
    while True:
        with LOCK:
            wait = TOUCHED[kc["uuid"]] + ARGS.notify_delay - time.monotonic()
        if wait <= 0:
            break
        time.sleep(wait)
    body = json.dumps({
        "kanaal": "klantcontacten", "hoofdObject": kc["url"], "resource": "klantcontact",
        "resourceUrl": kc["url"], "actie": "create", "aanmaakdatum": now(),
        "kenmerken": {"indicatieContactGelukt": "True", "verdereActieOndernomen": "False"}}).encode()
    req = urllib.request.Request(ARGS.notify, data=body, method="POST", headers={
        "Content-Type": "application/json", "Authorization": ARGS.notify_auth})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            CALLS.append({"notify": kc["url"], "status": r.status})
    except Exception as e:  # the test sees it in /_calls
        CALLS.append({"notify": kc["url"], "error": str(e)})


class H(BaseHTTPRequestHandler):
    # One request per connection: Prism (node-fetch) reused a kept-alive socket the moment
    # this server closed it ("socket hang up").
    protocol_version = "HTTP/1.0"

    def log_message(self, fmt, *a):
        pass

    def send(self, code, obj=None):
        body = b"" if obj is None else json.dumps(obj).encode()
        self.send_response(code)
        self.send_header("API-version", "0.9.0")
        if obj is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def route(self, method):
        u = urllib.parse.urlsplit(self.path)
        q = urllib.parse.parse_qs(u.query)
        n = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(n) if n else b""
        path = u.path
        with LOCK:
            if path == "/_calls":
                return self.send(200, CALLS)
            if path == "/_fail":
                f = json.loads(raw)
                FAIL[(f["path"], f.get("method", ""))] = [f["status"], f["times"]]
                return self.send(200, {})
            if not path.startswith(PREFIX):
                return self.send(404, {"detail": "not found"})
            path = path[len(PREFIX):]
            CALLS.append({"method": method, "path": path, "query": u.query,
                          "body": json.loads(raw) if raw else None})
            for (p, m), f in FAIL.items():
                if path.startswith(p) and m in ("", method) and f[1] > 0:
                    f[1] -= 1
                    return self.send(f[0], {"title": "injected failure"})
            if self.headers.get("Authorization") != "Token " + ARGS.token:
                return self.send(403, {"detail": "Ongeldige token."})
            body = json.loads(raw) if raw else None
            parts = [p for p in path.split("/") if p]
            expand = ",".join(q.get("expand", [])).split(",") if "expand" in q else []
            kind = parts[0] if parts else ""
            if method == "POST" and len(parts) == 1 and kind in STATE:
                return self.create(kind, body)
            if method == "GET" and kind == "klantcontacten" and len(parts) == 2:
                kc = STATE["klantcontacten"].get(parts[1])
                return self.send(200, klantcontact_view(kc, expand)) if kc else self.send(404, {"detail": "Niet gevonden."})
            if method == "GET" and kind in ("klantcontacten", "internetaken") and len(parts) == 1:
                return self.listing(kind, q, expand)
            return self.send(405 if kind in STATE else 404, {"detail": "not here"})

    def create(self, kind, b):
        u = str(uuid.uuid4())
        if kind == "klantcontacten":
            r = dict(b, uuid=u, url=url_of(kind, u), gingOverOnderwerpobjecten=[],
                     hadBetrokkenActoren=[], omvatteBijlagen=[], _betrokkenen=[])
            r.setdefault("inhoud", "")
            r.setdefault("plaatsgevondenOp", now())
            r.setdefault("vertrouwelijk", False)
            STATE[kind][u] = r
            TOUCHED[u] = time.monotonic()
            out = klantcontact_view(r, [])
            threading.Thread(target=notify, args=(out,), daemon=True).start()
        elif kind == "betrokkenen":
            kcu = b["hadKlantcontact"]["uuid"]
            r = dict(b, uuid=u, url=url_of(kind, u), hadKlantcontact=fk("klantcontacten", kcu),
                     wasPartij=None)
            r.setdefault("volledigeNaam", "")
            STATE["klantcontacten"][kcu]["_betrokkenen"].append(u)
            TOUCHED[kcu] = time.monotonic()
            STATE[kind][u] = r
            out = betrokkene_view(r)
        elif kind == "digitaleadressen":
            bu = b["verstrektDoorBetrokkene"]["uuid"]
            r = dict(b, uuid=u, url=url_of(kind, u), verstrektDoorBetrokkene=fk("betrokkenen", bu),
                     verstrektDoorPartij=None, _betrokkene=bu)
            TOUCHED[STATE["betrokkenen"][bu]["hadKlantcontact"]["uuid"]] = time.monotonic()
            STATE[kind][u] = r
            out = digitaaladres_view(r)
        elif kind == "actoren":
            r = dict(b, uuid=u, url=url_of(kind, u))
            STATE[kind][u] = r
            out = r
        else:  # internetaken
            kcu = b["aanleidinggevendKlantcontact"]["uuid"]
            if kcu not in STATE["klantcontacten"]:
                return self.send(400, {"title": "Invalid input.", "invalidParams": [
                    {"name": "aanleidinggevendKlantcontact", "code": "does_not_exist"}]})
            actors = [fk("actoren", a["uuid"]) for a in b.get("toegewezenAanActoren", [])]
            r = dict(b, uuid=u, url=url_of(kind, u), toegewezenOp=now(),
                     aanleidinggevendKlantcontact=fk("klantcontacten", kcu),
                     toegewezenAanActoren=actors, afgehandeldOp=None)
            if actors:
                r["toegewezenAanActor"] = actors[0]
            STATE[kind][u] = r
            out = r
        save()
        return self.send(201, out)

    def listing(self, kind, q, expand):
        items = list(STATE[kind].values())
        if kind == "klantcontacten":
            items.sort(key=lambda k: k["plaatsgevondenOp"], reverse=True)
            items = [klantcontact_view(k, expand) for k in items]
        for f in ("referentienummer",):
            if f in q:
                items = [i for i in items if i.get(f) == q[f][0]]
        if "aanleidinggevendKlantcontact__url" in q:
            items = [i for i in items if i["aanleidinggevendKlantcontact"]["url"] == q["aanleidinggevendKlantcontact__url"][0]]
        size = int(q.get("pageSize", ["100"])[0])
        page = int(q.get("page", ["1"])[0])
        chunk = items[(page - 1) * size: page * size]
        nxt = None
        if page * size < len(items):
            qq = {k: v[0] for k, v in q.items()}
            qq["page"] = str(page + 1)
            nxt = f"{ARGS.public}/{kind}?" + urllib.parse.urlencode(qq)
        return self.send(200, {"count": len(items), "next": nxt, "previous": None, "results": chunk})

    def do_GET(self):
        self.route("GET")

    def do_POST(self):
        self.route("POST")

    def do_PUT(self):
        self.route("PUT")

    def do_DELETE(self):
        self.route("DELETE")


def main():
    global ARGS
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--public", required=True)
    ap.add_argument("--token", required=True)
    ap.add_argument("--notify")
    ap.add_argument("--notify-auth", default="")
    ap.add_argument("--notify-delay", type=float, default=3.0)
    ap.add_argument("--state")
    ARGS = ap.parse_args()
    if ARGS.state:
        try:
            with open(ARGS.state) as f:
                STATE.update(json.load(f))
        except FileNotFoundError:
            pass
    ThreadingHTTPServer(("127.0.0.1", ARGS.port), H).serve_forever()


if __name__ == "__main__":
    main()
