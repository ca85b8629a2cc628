#!/usr/bin/env python3
"""Writes the malformed-document corpus: valid base documents, each copied with exactly one defect.

Run from this directory (python3 generate.py). DocumentCorpusTests pins the one error each file must produce.
"""
import copy, json, os

def catalog():
    return {
        "$schema": "../../../../schemas/catalog.schema.json",
        "schemaVersion": 1,
        "notes": "Corpus base catalog; numbers are illustrative.",
        "evaluators": [{"id": "ace", "name": "American Council on Education", "referenceZone": "America/New_York"}],
        "providers": [{"id": "coursera", "name": "Coursera"}],
        "courses": [
            {"id": "uci-precalculus", "title": "Pre-Calculus", "providerId": "coursera", "partner": "UC Irvine"},
            {"id": "penn-calculus", "title": "Calculus: Single Variable", "providerId": "coursera", "partner": "Penn"},
        ],
        "sessions": [
            {"id": "uci-precalculus-2013s", "courseId": "uci-precalculus", "dates": {"start": "2013-03-04", "end": "2013-05-12"}, "verifiedTrackDeadline": "2013-03-24T12:00:00-04:00"},
            {"id": "penn-calculus-2013s", "courseId": "penn-calculus", "dates": {"start": "2013-03-04", "end": "2013-05-12"}, "verifiedTrackDeadline": "2013-03-24T12:00:00-04:00"},
        ],
        "recommendations": [
            {"exhibitId": "ACE-0001", "evaluatorId": "ace", "courseId": "uci-precalculus", "versions": [
                {"number": 1, "validity": {"start": "2013-02-01", "end": "2016-01-31"}, "minimumPassingScore": {"value": 60, "scale": "percent"},
                 "lines": [{"credits": 3, "levels": ["LowerDivision"], "subjects": [{"code": "mathematics", "name": "Mathematics"}]}]},
                {"number": 2, "validity": {"start": "2016-02-01", "end": "2019-01-31"},
                 "lines": [{"credits": 3, "levels": ["LowerDivision"], "subjects": [{"code": "mathematics"}]}]},
            ]},
            {"exhibitId": "ACE-0002", "evaluatorId": "ace", "courseId": "penn-calculus", "versions": [
                {"number": 1, "validity": {"start": "2013-02-01", "end": "2016-01-31"},
                 "lines": [{"credits": 4, "levels": ["LowerDivision"], "subjects": [{"code": "mathematics"}]}]},
            ]},
        ],
    }

def policies():
    return {
        "$schema": "../../../../schemas/policies.schema.json",
        "schemaVersion": 1,
        "institutions": [
            {"id": "eastern-state", "name": "Eastern State College", "creditUnit": "SemesterHour", "timeZone": "America/New_York",
             "policies": [
                 {"id": "eastern-2012", "appliesTo": {"start": "2000-01-01", "end": "2012-09-30"}, "acceptedEvaluators": ["ace"], "acceptedLevels": ["LowerDivision", "UpperDivision"]},
                 {"id": "eastern-2013", "appliesTo": {"start": "2012-10-01", "end": "2099-12-31"}, "acceptedEvaluators": ["ace"], "acceptedLevels": ["LowerDivision", "UpperDivision"],
                  "minimumScore": {"value": 70, "scale": "percent"}, "recency": {"maxAge": "P5Y", "anchor": "AsOfDate"},
                  "retakes": {"minimumWait": "P3M", "maxAttempts": 2},
                  "evidence": {"acceptedKinds": ["AceTranscriptCredly"], "requireOfficial": True, "requireVerified": True},
                  "qualifyingDateZone": "Evaluator", "rounding": {"mode": "Floor", "step": 1}, "requireProviderFees": True},
             ],
             "programs": [
                 {"id": "aa-general", "name": "Associate in Arts"},
                 {"id": "asn-nursing", "name": "Associate in Nursing", "overrides": [
                     {"id": "nursing-limit", "kind": "Restrict", "description": "at most 7 credits per course", "appliesTo": {"start": "2012-10-01", "end": "2099-12-31"}, "maxCreditsPerCourse": 7},
                 ]},
             ]},
        ],
    }

def learners():
    return {
        "$schema": "../../../../schemas/learners.schema.json",
        "schemaVersion": 1,
        "asOf": "2014-06-30",
        "learners": [
            {"id": "ada", "claims": [{"courseId": "uci-precalculus", "institutionId": "eastern-state", "programId": "aa-general"}],
             "programEnrollments": [{"institutionId": "eastern-state", "programId": "aa-general", "enrolledOn": "2013-01-14"}],
             "courseEnrollments": [{"sessionId": "uci-precalculus-2013s", "track": "Verified", "joinedAt": "2013-03-08T14:00:00-05:00"}],
             "completions": [{"sessionId": "uci-precalculus-2013s", "status": "Completed", "recordedOn": "2013-05-12"}],
             "identityVerifications": [{"method": "TypingPattern", "status": "Verified", "recordedAt": "2013-03-10T09:00:00-05:00"}],
             "examAttempts": [{"courseId": "uci-precalculus", "startedAt": "2013-05-20T10:00:00", "candidateZone": "America/New_York", "outcome": "Passed", "score": {"value": 84, "scale": "percent"}}],
             "fees": [{"courseId": "uci-precalculus", "kind": "ProctoredExam", "amount": 90, "currency": "USD", "status": "Paid", "statusDate": "2013-05-01"}],
             "evidence": [{"kind": "AceTranscriptCredly", "issuedOn": "2013-07-01", "official": True, "verified": True, "courseId": "uci-precalculus"}]},
        ],
    }

cases = {}

def case(name, base, mutate=None, text=None):
    doc = base()
    if mutate:
        mutate(doc)
    s = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if text:
        s = text(s)
    cases[name] = s

def once(old, new):
    def f(s):
        assert s.count(old) >= 1, old
        return s.replace(old, new, 1)
    return f

R = lambda d: d["recommendations"][0]
V = lambda d, i=0: d["recommendations"][0]["versions"][i]
L = lambda d: d["recommendations"][0]["versions"][0]["lines"][0]
I = lambda d: d["institutions"][0]
P = lambda d, i=1: d["institutions"][0]["policies"][i]
X = lambda d: d["learners"][0]

def put(getter, key, value):
    def f(d):
        getter(d)[key] = value
    return f

def delete(getter, key):
    def f(d):
        del getter(d)[key]
    return f

# Catalog: syntax, structure, types, limits
case("catalog-syntax-trailing-comma", catalog, text=once('"Coursera"\n    }', '"Coursera",\n    }'))
case("catalog-syntax-unterminated-string", catalog, text=once('"Pre-Calculus"', '"Pre-Calculus'))
case("catalog-syntax-nan-literal", catalog, text=once('"credits": 4', '"credits": NaN'))
case("catalog-syntax-comment", catalog, text=once('"schemaVersion": 1,', '"schemaVersion": 1, // one'))
case("catalog-root-array", catalog, text=lambda s: "[]\n")
case("catalog-unknown-root-property", catalog, put(lambda d: d, "evaluater", []))
case("catalog-unknown-course-property", catalog, put(lambda d: d["courses"][0], "credits", 3))
case("catalog-duplicate-property", catalog, text=once('"title": "Pre-Calculus",', '"title": "Pre-Calculus",\n      "title": "Precalculus",'))
case("catalog-missing-evaluators", catalog, delete(lambda d: d, "evaluators"))
case("catalog-missing-course-title", catalog, delete(lambda d: d["courses"][1], "title"))
case("catalog-null-required-title", catalog, put(lambda d: d["courses"][0], "title", None))
case("catalog-null-array-entry", catalog, lambda d: d["providers"].append(None))
case("catalog-schema-version-string", catalog, put(lambda d: d, "schemaVersion", "1"))
case("catalog-schema-version-2", catalog, put(lambda d: d, "schemaVersion", 2))
case("catalog-credits-string", catalog, put(L, "credits", "3"))
case("catalog-credits-negative", catalog, put(L, "credits", -3))
case("catalog-credits-zero", catalog, put(L, "credits", 0))
case("catalog-credits-overflow", catalog, text=once('"credits": 4', '"credits": 1e400'))
case("catalog-credits-too-precise", catalog, text=once('"credits": 4', '"credits": 0.1234567890123456789'))
case("catalog-credits-too-large", catalog, put(L, "credits", 100000000000000000000))
case("catalog-version-number-fraction", catalog, put(lambda d: V(d, 1), "number", 2.5))
case("catalog-version-number-zero", catalog, put(lambda d: V(d, 1), "number", 0))
case("catalog-depth-exceeded", catalog, put(lambda d: d, "notes", None), text=once('"notes": null', '"notes": ' + "[" * 40 + "]" * 40))
# Catalog: values
case("catalog-impossible-date", catalog, put(lambda d: V(d, 1)["validity"], "end", "2023-02-30"))
case("catalog-day-month-swapped", catalog, put(lambda d: V(d)["validity"], "start", "2013-31-01"))
case("catalog-us-date-format", catalog, put(lambda d: d["sessions"][0]["dates"], "start", "03/04/2013"))
case("catalog-reversed-range", catalog, put(lambda d: d["sessions"][1]["dates"], "end", "2013-03-01"))
case("catalog-deadline-without-offset", catalog, put(lambda d: d["sessions"][0], "verifiedTrackDeadline", "2013-03-24T12:00:00"))
case("catalog-unknown-zone", catalog, put(lambda d: d["evaluators"][0], "referenceZone", "America/Atlantis"))
case("catalog-unknown-level", catalog, put(L, "levels", ["Doctoral"]))
case("catalog-numeric-level", catalog, put(L, "levels", ["1"]))
case("catalog-empty-levels", catalog, put(L, "levels", []))
case("catalog-empty-subjects", catalog, put(L, "subjects", []))
case("catalog-empty-versions", catalog, put(lambda d: d["recommendations"][1], "versions", []))
case("catalog-score-out-of-scale", catalog, put(lambda d: V(d)["minimumPassingScore"], "value", 120))
case("catalog-unknown-scale", catalog, put(lambda d: V(d)["minimumPassingScore"], "scale", "letter-grade"))
case("catalog-blank-id", catalog, put(lambda d: d["providers"][0], "name", "  "))
case("catalog-unknown-unit", catalog, put(L, "unit", "Trimester"))
# Catalog: ids and references
case("catalog-duplicate-course-id", catalog, lambda d: d["courses"].append({"id": "uci-precalculus", "title": "Precalculus", "providerId": "coursera"}))
case("catalog-duplicate-version-number", catalog, put(lambda d: V(d, 1), "number", 1))
case("catalog-unknown-provider", catalog, put(lambda d: d["courses"][1], "providerId", "edx"))
case("catalog-unknown-evaluator", catalog, put(lambda d: d["recommendations"][1], "evaluatorId", "nccrs"))
case("catalog-unknown-session-course", catalog, put(lambda d: d["sessions"][1], "courseId", "penn-calculus-2"))
case("catalog-overlapping-versions", catalog, put(lambda d: V(d, 1)["validity"], "start", "2015-06-01"))

# Policies
case("policies-unknown-zone", policies, put(I, "timeZone", "US/Eastern Standard"))
case("policies-unknown-credit-unit", policies, put(I, "creditUnit", "Trimester"))
case("policies-invalid-period", policies, put(lambda d: P(d)["recency"], "maxAge", "5 years"))
case("policies-negative-period", policies, put(lambda d: P(d)["recency"], "maxAge", "P-5Y"))
case("policies-period-beyond-a-century", policies, put(lambda d: P(d)["retakes"], "minimumWait", "P999999Y"))
case("policies-unknown-anchor", policies, put(lambda d: P(d)["recency"], "anchor", "CourseEnd"))
case("policies-unknown-recency-property", policies, put(lambda d: P(d)["recency"], "maxAgeYears", 5))
case("policies-overlapping-versions", policies, put(lambda d: P(d)["appliesTo"], "start", "2012-09-01"))
case("policies-floor-without-step", policies, put(P, "rounding", {"mode": "Floor"}))
case("policies-truncate-too-many-decimals", policies, put(P, "rounding", {"mode": "Truncate", "decimals": 9}))
case("policies-max-attempts-zero", policies, put(lambda d: P(d)["retakes"], "maxAttempts", 0))
case("policies-duplicate-program", policies, put(lambda d: I(d)["programs"][1], "id", "aa-general"))
case("policies-refuse-with-limit", policies, put(lambda d: I(d)["programs"][1]["overrides"][0], "kind", "Refuse"))
case("policies-negative-override-credits", policies, put(lambda d: I(d)["programs"][1]["overrides"][0], "maxCreditsPerCourse", -7))
case("policies-unknown-evidence-kind", policies, put(lambda d: P(d)["evidence"], "acceptedKinds", ["AceTranscriptEmail"]))
case("policies-empty-programs", policies, put(I, "programs", []))
case("policies-wrong-type-bool", policies, put(P, "requireProviderFees", "yes"))

# Learners
case("learners-unknown-currency", learners, put(lambda d: X(d)["fees"][0], "currency", "US$"))
case("learners-negative-fee", learners, put(lambda d: X(d)["fees"][0], "amount", -90))
case("policies-record-cap-negative", policies, put(P, "recordPolicy", {"id": "eastern-record", "caps": [{"id": "external-45", "hours": -45}]}))
case("policies-record-cap-percent-over-100", policies, put(P, "recordPolicy", {"id": "eastern-record", "caps": [{"id": "half", "percentOfProgram": 150}]}))
case("policies-record-percent-cap-without-total", policies, put(P, "recordPolicy", {"id": "eastern-record", "caps": [{"id": "half", "percentOfProgram": 50}]}))
case("learners-prior-credit-negative", learners, put(X, "priorCredits", [{"id": "tr-calculus", "source": "Transfer", "credits": -4, "level": "LowerDivision", "date": "2012-12-14", "posted": True}]))
case("learners-prior-credit-unknown-institution", learners, put(X, "priorCredits", [{"id": "tr-calculus", "source": "Transfer", "credits": 4, "level": "LowerDivision", "date": "2012-12-14", "posted": True, "institutionId": "western-state"}]))
case("learners-exam-in-dst-gap", learners, put(lambda d: X(d)["examAttempts"][0], "startedAt", "2013-03-10T02:30:00"))
case("learners-exam-in-dst-overlap", learners, put(lambda d: X(d)["examAttempts"][0], "startedAt", "2013-11-03T01:30:00"))
case("learners-joined-without-offset", learners, put(lambda d: X(d)["courseEnrollments"][0], "joinedAt", "2013-03-08T14:00:00"))
case("learners-impossible-leap-day", learners, put(lambda d: X(d)["completions"][0], "recordedOn", "2013-02-29"))
case("learners-unknown-session", learners, put(lambda d: X(d)["courseEnrollments"][0], "sessionId", "uci-precalculus-2012f"))
case("learners-unknown-program", learners, put(lambda d: X(d)["claims"][0], "programId", "bsn"))
case("learners-duplicate-learner", learners, lambda d: d["learners"].append(copy.deepcopy(d["learners"][0])))
case("learners-duplicate-enrollment", learners, lambda d: X(d)["courseEnrollments"].append(copy.deepcopy(X(d)["courseEnrollments"][0])))
case("learners-waived-without-reason", learners, lambda d: X(d)["fees"][0].update({"status": "Waived"}))
case("learners-unknown-track", learners, put(lambda d: X(d)["courseEnrollments"][0], "track", "Signature"))
case("learners-passed-without-score", learners, delete(lambda d: X(d)["examAttempts"][0], "score"))
case("learners-veteran-string", learners, put(X, "veteran", "yes"))
case("learners-reason-on-paid-fee", learners, put(lambda d: X(d)["fees"][0], "waiverReason", "financial aid"))
case("learners-unknown-candidate-zone", learners, put(lambda d: X(d)["examAttempts"][0], "candidateZone", "Eastern Time"))

# Linter fixtures: one failing and one passing document per check (Lint/<check>-fails.json, -passes.json).
lint = {}

def lint_case(name, base, mutate=None):
    doc = base()
    if mutate:
        mutate(doc)
    lint[name] = json.dumps(doc, indent=2) + "\n"

O = lambda d: d["institutions"][0]["programs"][1]["overrides"][0]
lint_case("version-gap-fails", catalog, put(lambda d: V(d, 1)["validity"], "start", "2016-03-01"))
lint_case("version-gap-passes", catalog)
lint_case("version-overlap-fails", catalog, put(lambda d: V(d, 1)["validity"], "start", "2016-01-31"))
lint_case("version-overlap-passes", catalog, put(lambda d: V(d, 1)["validity"], "start", "2016-02-01"))
lint_case("override-never-applies-fails", policies, put(O, "appliesTo", {"start": "1990-01-01", "end": "1999-12-31"}))
lint_case("override-never-applies-passes", policies, put(O, "appliesTo", {"start": "1990-01-01", "end": "2000-01-01"}))
lint_case("cap-zero-fails", policies, put(O, "maxCreditsPerCourse", 0))
lint_case("cap-below-smallest-award-fails", policies, put(O, "maxCreditsPerCourse", 2.5))
lint_case("cap-below-smallest-award-passes", policies, put(O, "maxCreditsPerCourse", 3))
lint_case("minimum-score-above-scale-fails", policies, put(lambda d: P(d)["minimumScore"], "value", 101))
lint_case("minimum-score-above-scale-passes", policies, put(lambda d: P(d)["minimumScore"], "value", 100))
lint_case("level-never-accepted-fails", policies, put(O, "acceptedLevels", ["LowerDivision", "Graduate"]))
lint_case("level-never-accepted-passes", policies, put(O, "acceptedLevels", ["LowerDivision"]))
lint_case("evaluator-never-accepted-fails", policies, put(O, "evaluatorIds", ["nccrs"]))
lint_case("evaluator-never-accepted-passes", policies, put(O, "evaluatorIds", ["ace"]))
lint_case("evaluator-not-in-catalog-fails", policies, put(lambda d: P(d, 0), "acceptedEvaluators", ["ace", "nccrs"]))
lint_case("contradictory-overrides-fails", policies, lambda d: I(d)["programs"][1]["overrides"].append(
    {"id": "nursing-refuse", "kind": "Refuse", "description": "no ACE credit", "appliesTo": {"start": "2013-01-01", "end": "2013-12-31"}}))
lint_case("contradictory-overrides-passes", policies, lambda d: I(d)["programs"][1]["overrides"].append(
    {"id": "nursing-refuse", "kind": "Refuse", "description": "no ACE credit before the limit", "appliesTo": {"start": "2000-01-01", "end": "2012-09-30"}}))
lint_case("restrictions-differ-fails", policies, lambda d: I(d)["programs"][1]["overrides"].append(
    {"id": "nursing-limit-2013", "kind": "Restrict", "description": "at most 5 credits per course in 2013", "appliesTo": {"start": "2013-01-01", "end": "2013-12-31"}, "maxCreditsPerCourse": 5}))

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for old in os.listdir(here):
        if old.endswith(".json"):
            os.remove(os.path.join(here, old))
    for name, text in cases.items():
        with open(os.path.join(here, name + ".json"), "w", encoding="utf-8") as f:
            f.write(text)
    for name, base in (("valid-catalog", catalog), ("valid-policies", policies), ("valid-learners", learners)):
        with open(os.path.join(here, "..", "Fixtures", name + ".json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(base(), indent=2) + "\n")
    lint_dir = os.path.join(here, "..", "Lint")
    os.makedirs(lint_dir, exist_ok=True)
    for name, text in lint.items():
        with open(os.path.join(lint_dir, name + ".json"), "w", encoding="utf-8") as f:
            f.write(text)
    print(len(cases), "malformed documents,", len(lint), "lint fixtures")
