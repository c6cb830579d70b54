"""The listing-admission decision of MedIPPolicy's standard rules, written for four peer engines
a platform might pick instead: Cedar policies (PyPI `cedarpy`), a JDM decision table (PyPI
`zen-engine`), one CEL expression (PyPI `common-expression-language`) and a Rego policy (PyPI
`opa-eval`, the regorus engine).

Every engine reads the same JSON Lines corpus as `medip screen`, parsed with orjson (the fastest
JSON parser available to Python here). Facts are computed from each case in plain Python (a port
of the library's predicates), then the engine decides the disposition. The question the peers
answer is the disposition's kind only — not its date, the cited measures, obligations,
consequences, flags or validation — so they are compared with `medip screen --verdicts` (kind,
date, concurrent disposition, consequences, flags, every case validated) and labelled as such.

Fairness: each engine runs on as many processes as `medip` has cores (`--jobs N`, one process per
core over a contiguous split of the corpus, each process parsing its own lines), timed end to end
from handing out the lines to having every answer back (engines compiled beforehand, as
`medip` compiles its rules before reading). The script checks that every engine agrees with the
Swift decisions (a JSON Lines file of `medip screen` output) and prints one JSON object.

Usage: peers.py CASES.jsonl AS_OF SWIFT_DECISIONS.jsonl [--repeat N] [--jobs N] [--engines a,b,…] [--pair-with ARGV]
  --repeat N runs each engine N times and reports the median time (default 1) and every run's;
  --jobs N   processes per engine (default 1);
  --pair-with ARGV  a command as a JSON array of strings (run.sh passes `medip screen --verdicts`),
             run and timed just before each of every engine's timed runs, so that a ratio can be
             taken within each pair, both sides measured back to back ("pairedSeconds", in the
             order of "runs"); a file the command writes with `--output` is removed after each
             run, untimed, so that every run writes where no file is;
  --engines  a subset of facts,cedar,zen,cel,rego (default all; `facts` is orjson + the facts
             in Python with no engine: the floor every peer pays).
"""
import datetime as dt
import json
import sys
import time

import multiprocessing
import os
import statistics
import subprocess
import tempfile

import orjson

# Dispositions, most restrictive first (the library's lattice).
ORDER = ["cancelSelection", "revokeListing", "refuseListing", "suspendNewListingReview", "deferUntil",
         "returnForCompletion", "awaitOpinion", "agencyDecides", "admitOnSelfCommitment", "greenChannel",
         "ordinaryProcedure"]
# The disposition when no rule decides: MedIPPolicy's ordinary procedure.
NONE = "ordinaryProcedure"
RANK = {kind: i for i, kind in enumerate(ORDER)}


def day(text):
    return dt.date.fromisoformat(text)


def add_years(date, years):
    try:
        return date.replace(year=date.year + years)
    except ValueError:  # 29 February in a common year
        return date.replace(year=date.year + years, day=28)


def add_months(date, months):
    total = date.year * 12 + date.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    import calendar
    return dt.date(year, month, min(date.day, calendar.monthrange(year, month)[1]))


TYPE_YEARS = {"invention": 20, "utilityModel": 10, "design": 15}
ENDING = {"terminated", "surrendered", "invalidatedWhole"}


def patent_type(patent):
    if "type" in patent:
        return patent["type"]
    digit = patent["number"].replace("ZL", "").replace("CN", "")[4]
    return {"1": "invention", "8": "invention", "2": "utilityModel", "9": "utilityModel", "3": "design"}.get(digit, "invention")


def patent_end(patent):
    """The first day the patent no longer protects, ignoring early ends (the library's PatentTerm)."""
    filed = day(patent["filingDate"])
    kind = patent_type(patent)
    years = TYPE_YEARS[kind]
    if kind == "design" and filed < dt.date(2021, 6, 1):
        years = 10
    end = add_years(filed, years)
    end += dt.timedelta(days=patent.get("termAdjustmentDays", 0) + patent.get("termCompensationDays", 0))
    return end


def in_force(patent, on):
    if "grantDate" not in patent or on < day(patent["grantDate"]):
        return False
    if on >= patent_end(patent):
        return False
    alive = True
    for entry in sorted(patent.get("statusHistory", []), key=lambda e: e["date"]):
        if day(entry["date"]) <= on:
            if entry["event"] in ENDING:
                alive = False
            elif entry["event"] == "restored":
                alive = True
    return alive


def exclusivity_end(case, period):
    start = day(period["start"])
    length = period["length"]
    unit, value = length["unit"], length["value"]
    if unit == "days":
        end = start + dt.timedelta(days=value)
    elif unit == "weeks":
        end = start + dt.timedelta(days=7 * value)
    elif unit == "months":
        end = add_months(start, value)
    elif unit == "years":
        end = add_years(start, value)
    else:
        end = start
    if "endedOn" in period:
        end = min(end, day(period["endedOn"]))
    if period["kind"] == "patentChallenge" and "challengedPatent" in period:
        for patent in case.get("patents", []):
            if patent["number"] == period["challengedPatent"]:
                end = min(end, patent_end(patent))
    return end


def facts(case, on):
    """The predicates and regime flags the policies read."""
    beijing = case["jurisdiction"] == "CN-BJ"
    f = {
        "national": on >= dt.date(2022, 12, 5),
        "bj2024": beijing and on >= dt.date(2024, 4, 17),
        "bj2026_3": beijing and on >= dt.date(2026, 3, 27),
        "bj2026_4": beijing and on >= dt.date(2026, 4, 7),
    }
    # Procurement standing, as the library walks it: the history's events up to the date, with
    # the round as one more application event at its application date (after the history's
    # events of that date); a purchase transaction changes no standing.
    status = None
    listed = selected = False
    round_ = case.get("round")
    round_date = None
    if round_ is not None:
        round_date = day(round_["applicationDate"]) if "applicationDate" in round_ else on
    round_pending = round_date is not None and round_date <= on

    def record(event):
        nonlocal status, listed, selected
        if event == "listed": listed = True
        elif event == "delisted": listed = False
        elif event == "vbpSelected": selected = True
        elif event == "selectionCancelled": selected = False
        elif event == "purchaseTransaction": return
        status = event

    def record_round():
        nonlocal round_pending
        if round_pending:
            round_pending = False
            record("listingApplication" if round_["kind"] == "listing" else "vbpParticipation")
    for event in case.get("procurementHistory", []):
        if day(event["date"]) <= on:
            if round_date is not None and day(event["date"]) > round_date:
                record_round()
            record(event["status"])
    record_round()
    applying = status == "listingApplication"
    in_vbp = status == "vbpParticipation"
    f.update(applying=applying, listed=listed, selected=selected, seeking=applying or in_vbp)
    f["commit"] = any(c["kind"] == "listingSelfCommitment" and day(c["date"]) <= on for c in case.get("commitments", []))
    pending = set()
    risk = False
    for objection in case.get("objections", []):
        # On file from receipt until withdrawn or concluded (an outcome ends it either way).
        outcome = objection.get("outcome")
        withdrawn = day(objection["withdrawnOn"]) if "withdrawnOn" in objection else None
        if (day(objection["receivedOn"]) <= on and not (withdrawn and withdrawn <= on)
                and not (outcome and day(outcome["date"]) <= on)):
            pending.add(objection["id"])
        # A risk finding counts unless the objection was withdrawn before it.
        if (outcome and day(outcome["date"]) <= on and outcome["finding"] == "riskFound"
                and not (withdrawn and withdrawn <= day(outcome["date"]))):
            risk = True
    requested = received = overdue_seen = awaited = False
    for request in case.get("opinionRequests", []):
        if day(request["requestedOn"]) <= on and request["objection"] in pending:
            requested = True
            opinion = request.get("opinion")
            deadline = day(request["deadline"])
            if opinion and day(opinion["date"]) <= on and day(opinion["date"]) <= deadline:
                received = True
            elif on > deadline:
                overdue_seen = True
            else:
                awaited = True
    # Overdue (逾期未给出参考意见) only once no request is answered in time or still awaited; an
    # opinion in hand is the reference only once no other requested opinion is still awaited.
    f.update(requested=requested, received=received and not awaited,
             overdue=overdue_seen and not received and not awaited, risk=risk)
    f["dispute"] = any(day(d["filedOn"]) <= on and not ("resolution" in d and day(d["resolution"]["date"]) <= on)
                       for d in case.get("disputes", []))
    patents = {p["number"]: p for p in case.get("patents", [])}
    infringing = in_force_infringing = False
    for ruling in case.get("rulings", []):
        if day(ruling["effectiveOn"]) <= on and not ("setAsideOn" in ruling and day(ruling["setAsideOn"]) <= on):
            if ruling["finding"] == "infringes":
                infringing = True
                if any(n in patents and in_force(patents[n], on) for n in ruling.get("patents", [])):
                    in_force_infringing = True
    f.update(infringing=infringing, infringingInForce=in_force_infringing)
    drug_class = case["product"].get("drugClass")
    linkage = drug_class in ("generic", "biosimilar", "sameNameSameFormulaTCM")
    category3 = category3_in_force = False
    for declaration in case.get("declarations", []):
        if declaration["category"] == "3" and day(declaration["declaredOn"]) <= on:
            category3 = True
            patent = patents.get(declaration.get("patent"))
            if patent and in_force(patent, on):
                category3_in_force = True
    exclusivity = False
    holders = {case["enterprise"]["name"], case["product"]["marketingAuthorisationHolder"]}
    for period in case.get("exclusivities", []):
        if period.get("holder") in holders:
            continue
        if day(period["start"]) <= on < exclusivity_end(case, period):
            exclusivity = True
    f["linkageBar"] = linkage and category3 and (category3_in_force or exclusivity)
    qualified = case["product"].get("greenChannelQualified") is True
    f["green"] = qualified and drug_class == "innovative"
    # 创新医疗药械: an innovative device qualifies under the 2024 document only.
    f["greenDevice"] = qualified and case["product"]["category"] == "medicalConsumable" and case["product"].get("innovativeDevice") is True
    return f


# The disposition rules in disjunctive normal form, most restrictive first: a rule fires when any
# of its conjunctions holds; a literal is a fact name, negated with a leading "!". Every engine's
# policy text is written from this one table.
RULES = [
    ("cancelSelection", [["national", "infringing", "selected"], ["bj2026_3", "infringing", "selected"]]),
    ("revokeListing", [["national", "infringing", "listed"], ["bj2026_3", "infringing", "listed"]]),
    ("refuseListing", [["applying", "national", "infringing"], ["applying", "bj2026_3", "infringingInForce"]]),
    ("suspendNewListingReview", [["bj2026_3", "applying", "risk", "dispute"]]),
    ("deferUntil", [["bj2026_3", "seeking", "linkageBar"]]),
    ("returnForCompletion", [[r, "seeking", "!commit"] for r in ("national", "bj2026_3", "bj2026_4")]),
    ("awaitOpinion", [[r, "seeking", "requested", "!received", last] for r in ("national", "bj2026_3")
                      for last in ("!overdue", "!commit")]),
    ("agencyDecides", [[r, "seeking", "received"] for r in ("national", "bj2026_3")]),
    ("admitOnSelfCommitment", [[r, "seeking", "overdue", "commit"] for r in ("national", "bj2026_3")]),
    ("greenChannel", [["applying", "green", r] for r in ("bj2024", "bj2026_3", "bj2026_4")]
                     + [["applying", "greenDevice", "bj2024"]]),
]


def condition(terms, var, conj, disj, neg):
    """One rule's condition in an engine's syntax."""
    def literal(name):
        return neg(var(name[1:])) if name.startswith("!") else var(name)
    return disj.join("(" + conj.join(literal(name) for name in term) + ")" for term in terms)


# Cedar: one permit policy per disposition rule; the satisfied policies name the candidate
# dispositions, and the lattice picks the most restrictive.
CEDAR = "\n".join(
    f'@id("{kind}") permit(principal, action, resource) when {{ '
    + condition(terms, lambda n: f"context.{n}", " && ", " || ", lambda v: f"!{v}") + " };"
    for kind, terms in RULES)
# Cedar names the policies of a text policy0, policy1, … in order.
CEDAR_KINDS = [kind for kind, _ in RULES]

# zen-engine: a decision table, first hit wins, rows ordered most restrictive first.
ZEN_ROWS = [(kind, condition(terms, lambda n: n, " and ", " or ", lambda v: f"not {v}")) for kind, terms in RULES]
ZEN_ROWS.append((NONE, "true"))

# CEL: one expression, a chain of conditionals in lattice order.
CEL = "".join(
    "(" + condition(terms, lambda n: n, " && ", " || ", lambda v: f"!{v}") + f') ? "{kind}" : '
    for kind, terms in RULES) + f'"{NONE}"'


def rego_policy():
    """Rego: an else-chain, one body per conjunction, in lattice order."""
    bodies = []
    for kind, terms in RULES:
        for term in terms:
            literals = "; ".join(f"not input.{n[1:]}" if n.startswith("!") else f"input.{n}" for n in term)
            bodies.append(f'"{kind}" if {{ {literals} }}')
    return ("package medip\nimport rego.v1\n\ndisposition := " + "\nelse := ".join(bodies)
            + f'\nelse := "{NONE}"\n')


def zen_model():
    rules = [{"_id": f"r{i}", "c": cond, "o": f'"{kind}"'} for i, (kind, cond) in enumerate(ZEN_ROWS)]
    return {
        "nodes": [
            {"id": "in", "type": "inputNode", "name": "facts", "position": {"x": 0, "y": 0}},
            {"id": "table", "type": "decisionTableNode", "name": "listing", "position": {"x": 1, "y": 0},
             "content": {"hitPolicy": "first",
                         "inputs": [{"id": "c", "name": "when", "field": ""}],
                         "outputs": [{"id": "o", "name": "disposition", "field": "disposition"}],
                         "rules": rules}},
            {"id": "out", "type": "outputNode", "name": "result", "position": {"x": 2, "y": 0}},
        ],
        "edges": [{"id": "e1", "sourceId": "in", "targetId": "table", "type": "edge"},
                  {"id": "e2", "sourceId": "table", "targetId": "out", "type": "edge"}],
    }


# Each engine: a set-up (compiling its policy, outside the timing) returning a function from the
# lines of one worker's share to their dispositions.

def setup_facts():
    def run(lines, on):
        out = []
        for line in lines:
            facts(orjson.loads(line), on)
            out.append(None)
        return out
    return run


def setup_cedar():
    import cedarpy
    policies = cedarpy.PolicySet.from_str(CEDAR)
    entities = cedarpy.Entities.from_json_str("[]")

    def run(lines, on):
        out = []
        batch = []

        def flush():
            for result in cedarpy.is_authorized_batch(batch, policies, entities):
                kinds = [CEDAR_KINDS[int(reason.removeprefix("policy"))] for reason in result.diagnostics.reasons]
                out.append(min(kinds, key=lambda k: RANK[k]) if kinds else NONE)
            batch.clear()
        for line in lines:
            batch.append({"principal": 'Platform::"p"', "action": 'Action::"list"',
                          "resource": f'Case::"{len(out) + len(batch)}"', "context": facts(orjson.loads(line), on)})
            if len(batch) == 1000:
                flush()
        if batch:
            flush()
        return out
    return run


def setup_zen():
    import zen
    decision = zen.ZenEngine().create_decision(json.dumps(zen_model()))

    def run(lines, on):
        return [decision.evaluate(facts(orjson.loads(line), on))["result"]["disposition"] for line in lines]
    return run


def setup_cel():
    import cel
    program = cel.compile(CEL)

    def run(lines, on):
        return [program.execute(facts(orjson.loads(line), on)) for line in lines]
    return run


def setup_rego():
    import opa_eval
    handle = tempfile.NamedTemporaryFile("w", suffix=".rego", delete=False)
    handle.write(rego_policy())
    handle.close()
    policy = opa_eval.OpaEval(handle.name, query="data.medip.disposition")
    os.unlink(handle.name)

    def run(lines, on):
        return [policy.evaluate_parsed(orjson.dumps(facts(orjson.loads(line), on)).decode()) for line in lines]
    return run


ENGINES = {"facts": setup_facts, "cedar": setup_cedar, "zen": setup_zen, "cel": setup_cel, "rego": setup_rego}

# The worker processes' state (set before the pool forks, and by the pool's initializer).
_LINES = []
_RUN = None


def _init_worker(engine):
    global _RUN
    _RUN = ENGINES[engine]()


def _work(task):
    start, end, on = task
    return _RUN(_LINES[start:end], on)


def timed(command):
    """The wall-clock seconds of running `command` (an argument list) to completion. A file it
    writes with `--output` is removed afterwards, untimed, so that the next run writes where no
    file is (replacing one makes `medip`'s final `rename` free the old file's blocks)."""
    begin = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - begin
    if "--output" in command[:-1]:
        os.remove(command[command.index("--output") + 1])
    return seconds


def run_engine(engine, lines, on, jobs, repeat, pair=None):
    """The engine's answers, its wall-clock seconds for each of `repeat` runs on `jobs` processes, and
    those of `pair` (a command) run just before each of them (empty without `pair`)."""
    global _LINES
    _LINES = lines
    share = (len(lines) + jobs - 1) // jobs
    tasks = [(i * share, min(len(lines), (i + 1) * share), on) for i in range(jobs)]
    context = multiprocessing.get_context("fork")
    times, paired = [], []
    answers = None
    with context.Pool(jobs, initializer=_init_worker, initargs=(engine,)) as pool:
        pool.map(_work, [(0, min(len(lines), 50), on)] * jobs)  # warm every process up
        for _ in range(max(1, repeat)):
            if pair:
                paired.append(timed(pair))
            begin = time.perf_counter()
            parts = pool.map(_work, tasks, chunksize=1)
            times.append(time.perf_counter() - begin)
            answers = [answer for part in parts for answer in part]
    return answers, times, paired


def main():
    cases_path, as_of, swift_path = sys.argv[1], day(sys.argv[2]), sys.argv[3]
    with open(cases_path, "rb") as handle:
        lines = [line for line in handle.read().split(b"\n") if line.strip()]
    swift = []
    with open(swift_path, "rb") as handle:
        for line in handle:
            record = orjson.loads(line)
            if "decision" in record:
                swift.append(record["decision"]["disposition"]["kind"])
            elif "verdict" in record:
                swift.append(record["verdict"]["disposition"])
            else:
                swift.append(None)

    def flag(name, default):
        return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default
    repeat = int(flag("--repeat", "1"))
    jobs = int(flag("--jobs", "1"))
    engines = flag("--engines", ",".join(ENGINES)).split(",")
    pair = json.loads(flag("--pair-with", "null"))
    report = {"cases": len(lines), "jobs": jobs, "engines": {}, "agree": True, "disagreements": {}}
    for engine in engines:
        try:
            answers, times, paired = run_engine(engine, lines, as_of, jobs, repeat, pair)
        except subprocess.CalledProcessError:
            raise  # the paired command failed: not the engine's fault, and no figure to give
        except Exception as error:  # an engine that does not run here is reported, not hidden
            report["engines"][engine] = {"error": f"{type(error).__name__}: {error}"}
            continue
        seconds = statistics.median(times)
        entry = {"seconds": seconds, "casesPerSecond": len(lines) / seconds, "runs": times}
        if pair:
            entry["pairedSeconds"] = paired
        if engine != "facts":
            wrong = [i for i, (a, b) in enumerate(zip(swift, answers)) if a != b]
            if wrong or len(answers) != len(swift):
                report["agree"] = False
                report["disagreements"][engine] = {
                    "count": len(wrong) + abs(len(answers) - len(swift)),
                    "first": [{"line": i + 1, "swift": swift[i], engine: answers[i]} for i in wrong[:5]]}
        report["engines"][engine] = entry
    print(json.dumps(report))
    return 0 if report["agree"] else 1


if __name__ == "__main__":
    sys.exit(main())
