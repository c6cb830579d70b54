"""The listing-admission decision of MedIPPolicy's standard rules, written for two peer engines
a platform might pick instead: Cedar policies (PyPI `cedarpy`) and a JDM decision table (PyPI
`zen-engine`).

Both read the same JSON Lines corpus as `medip screen`. Facts are computed from each case in
plain Python (a port of the library's predicates), then the engine decides the disposition.
The script times each engine end to end (parse + facts + decide), checks that both agree with
the Swift decisions (a JSON Lines file of `medip screen` output), and prints one JSON object.

Usage: peers.py CASES.jsonl AS_OF SWIFT_DECISIONS.jsonl [--repeat N]
  --repeat N runs each engine N times and reports the median time (default 1).
"""
import datetime as dt
import json
import sys
import time

import cedarpy
import zen

# Dispositions, most restrictive first (the library's lattice).
ORDER = ["cancelSelection", "revokeListing", "refuseListing", "suspendNewListingReview", "deferUntil",
         "returnForCompletion", "awaitOpinion", "agencyDecides", "admitOnSelfCommitment", "greenChannel", "admit"]
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
    last = None
    listed = selected = False
    for event in case.get("procurementHistory", []):
        if day(event["date"]) <= on:
            last = event["status"]
            if last == "listed": listed = True
            if last == "delisted": listed = False
            if last == "vbpSelected": selected = True
            if last == "selectionCancelled": selected = False
    round_ = case.get("round")
    round_open = round_ is not None and day(round_.get("applicationDate", on.isoformat())) <= on
    applying = last == "listingApplication" or (round_open and round_["kind"] == "listing" and not listed)
    in_vbp = last == "vbpParticipation" or (round_open and round_["kind"] == "vbp" and not selected and last != "selectionCancelled")
    f.update(applying=applying, listed=listed, selected=selected, seeking=applying or in_vbp)
    f["commit"] = any(c["kind"] == "listingSelfCommitment" and day(c["date"]) <= on for c in case.get("commitments", []))
    pending = set()
    risk = False
    for objection in case.get("objections", []):
        if day(objection["receivedOn"]) <= on and not ("withdrawnOn" in objection and day(objection["withdrawnOn"]) <= on):
            pending.add(objection["id"])
            outcome = objection.get("outcome")
            if outcome and day(outcome["date"]) <= on and outcome["finding"] == "riskFound":
                risk = True
    requested = received = overdue_seen = False
    for request in case.get("opinionRequests", []):
        if day(request["requestedOn"]) <= on and request["objection"] in pending:
            requested = True
            opinion = request.get("opinion")
            deadline = day(request["deadline"])
            if opinion and day(opinion["date"]) <= on and day(opinion["date"]) <= deadline:
                received = True
            elif on > deadline:
                overdue_seen = True
    f.update(requested=requested, received=received, overdue=overdue_seen and not received, risk=risk)
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
    f["green"] = drug_class == "innovative" and case["product"].get("greenChannelQualified") is True
    return f


# Cedar: one permit policy per disposition rule; the satisfied policies name the candidate
# dispositions, and the lattice picks the most restrictive.
CEDAR = """
@id("cancelSelection") permit(principal, action, resource) when { (context.national || context.bj2026_3) && context.infringing && context.selected };
@id("revokeListing") permit(principal, action, resource) when { (context.national || context.bj2026_3) && context.infringing && context.listed };
@id("refuseListing") permit(principal, action, resource) when { context.applying && ((context.national && context.infringing) || (context.bj2026_3 && context.infringingInForce)) };
@id("suspendNewListingReview") permit(principal, action, resource) when { context.bj2026_3 && context.applying && context.risk && context.dispute };
@id("deferUntil") permit(principal, action, resource) when { context.bj2026_3 && context.seeking && context.linkageBar };
@id("returnForCompletion") permit(principal, action, resource) when { (context.national || context.bj2026_3 || context.bj2026_4) && context.seeking && !context.commit };
@id("awaitOpinion") permit(principal, action, resource) when { (context.national || context.bj2026_3) && context.seeking && context.requested && !context.received && !(context.overdue && context.commit) };
@id("agencyDecides") permit(principal, action, resource) when { (context.national || context.bj2026_3) && context.seeking && context.received };
@id("admitOnSelfCommitment") permit(principal, action, resource) when { (context.national || context.bj2026_3) && context.seeking && context.overdue && context.commit };
@id("greenChannel") permit(principal, action, resource) when { context.applying && context.green && (context.bj2024 || context.bj2026_3 || context.bj2026_4) };
"""

# Cedar names the policies of a text policy0, policy1, … in order; the @id annotations say which
# disposition each one is.
CEDAR_KINDS = [line.split('"')[1] for line in CEDAR.strip().splitlines()]

# zen-engine: a decision table, first hit wins, rows ordered most restrictive first.
ROWS = [
    ("cancelSelection", "(national or bj2026_3) and infringing and selected"),
    ("revokeListing", "(national or bj2026_3) and infringing and listed"),
    ("refuseListing", "applying and ((national and infringing) or (bj2026_3 and infringingInForce))"),
    ("suspendNewListingReview", "bj2026_3 and applying and risk and dispute"),
    ("deferUntil", "bj2026_3 and seeking and linkageBar"),
    ("returnForCompletion", "(national or bj2026_3 or bj2026_4) and seeking and not commit"),
    ("awaitOpinion", "(national or bj2026_3) and seeking and requested and not received and not (overdue and commit)"),
    ("agencyDecides", "(national or bj2026_3) and seeking and received"),
    ("admitOnSelfCommitment", "(national or bj2026_3) and seeking and overdue and commit"),
    ("greenChannel", "applying and green and (bj2024 or bj2026_3 or bj2026_4)"),
    ("admit", "true"),
]


def zen_model():
    rules = [{"_id": f"r{i}", "c": condition, "o": f'"{kind}"'} for i, (kind, condition) in enumerate(ROWS)]
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


def run_cedar(lines, on):
    policies = cedarpy.PolicySet.from_str(CEDAR)
    entities = cedarpy.Entities.from_json_str("[]")
    out = []
    start = time.perf_counter()
    batch = []
    def flush():
        results = cedarpy.is_authorized_batch(batch, policies, entities)
        for result in results:
            kinds = [CEDAR_KINDS[int(reason.removeprefix("policy"))] for reason in result.diagnostics.reasons]
            out.append(min(kinds, key=lambda k: RANK[k]) if kinds else "admit")
        batch.clear()
    for line in lines:
        case = json.loads(line)
        batch.append({"principal": 'Platform::"p"', "action": 'Action::"list"',
                      "resource": f'Case::"{len(out) + len(batch)}"', "context": facts(case, on)})
        if len(batch) == 1000:
            flush()
    if batch:
        flush()
    return out, time.perf_counter() - start


def run_zen(lines, on):
    engine = zen.ZenEngine()
    decision = engine.create_decision(json.dumps(zen_model()))
    out = []
    start = time.perf_counter()
    for line in lines:
        case = json.loads(line)
        result = decision.evaluate(facts(case, on))
        out.append(result["result"]["disposition"])
    return out, time.perf_counter() - start


def main():
    cases_path, as_of, swift_path = sys.argv[1], day(sys.argv[2]), sys.argv[3]
    with open(cases_path, "rb") as handle:
        lines = [line for line in handle.read().split(b"\n") if line.strip()]
    swift = []
    with open(swift_path, "rb") as handle:
        for line in handle:
            record = json.loads(line)
            swift.append(record["decision"]["disposition"]["kind"] if "decision" in record else None)
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 1

    def median_run(run):
        results = [run(lines, as_of) for _ in range(max(1, repeat))]
        seconds = sorted(result[1] for result in results)[len(results) // 2]
        return results[0][0], seconds

    cedar, cedar_seconds = median_run(run_cedar)
    zen_out, zen_seconds = median_run(run_zen)
    disagreements = [i for i, (a, b, c) in enumerate(zip(swift, cedar, zen_out)) if not (a == b == c)]
    print(json.dumps({
        "cases": len(lines),
        "cedar": {"seconds": cedar_seconds, "casesPerSecond": len(lines) / cedar_seconds},
        "zen": {"seconds": zen_seconds, "casesPerSecond": len(lines) / zen_seconds},
        "agree": not disagreements and len(swift) == len(cedar) == len(zen_out),
        "disagreements": [{"line": i + 1, "swift": swift[i], "cedar": cedar[i], "zen": zen_out[i]} for i in disagreements[:10]],
    }))
    return 0 if not disagreements else 1


if __name__ == "__main__":
    sys.exit(main())
