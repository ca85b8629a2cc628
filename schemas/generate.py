#!/usr/bin/env python3
"""Writes the three published JSON Schemas (draft 2020-12). Run: python3 schemas/generate.py. SchemaTests keeps them in step with the DTOs."""
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
S = {"type": "string"}
ID = {"type": "string", "minLength": 1, "pattern": "\\S"}
DATE = {"$ref": "#/$defs/Date"}
def obj(props, required, desc=None):
    o = {"type": "object", "additionalProperties": False, "properties": props, "required": required}
    if desc: o["description"] = desc
    return o
def arr(items, min_items=0):
    a = {"type": "array", "items": items}
    if min_items: a["minItems"] = min_items
    return a
def enum(*values): return {"type": "string", "enum": list(values)}
REFUNDED_FEE = enum("Blocking", "Outstanding")
LEVEL = enum("VocationalCertificate", "LowerDivision", "UpperDivision", "Graduate")
UNIT = enum("SemesterHour", "QuarterHour")
CONVERSION = enum("Exact", "PolicyRounding")
SOURCE = enum("Transfer", "Exam", "Military", "PriorLearning", "LocalCourse")
# Institution.UsStates (Domain/Institutions/Institution.cs): the 50 states, DC and the territories.
US_STATES = ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
    "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
    "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "AS", "GU", "MP", "PR", "VI"]
EVIDENCE = enum("AceTranscriptCredly", "AceTranscriptAccredible", "AceTranscriptLegacy", "ProviderTranscript", "ProviderCertificate", "OpenBadge3", "Clr2")
# When a fact was recorded, and corrections (Domain/Learners/Corrections.cs): read by "as known on" decisions.
FACT = {
    "recordedAt": {"$ref": "#/$defs/OffsetDateTime", "description": "When this fact was recorded, if later than its own date (a result released after review, a refund entered later, a corrected score). Default: the fact's own date (an exam's startedAt, a fee's statusDate; an unpaid fee is always known). An as-known-on date D keeps the facts recorded on or before D in the institution's zone."},
    "id": {**ID, "description": "An id for this fact, unique among the learner's facts of this kind, so a correction can supersede it."},
    "supersedes": {**ID, "description": "The id of an earlier fact of this kind that this one corrects: once this fact is known (see recordedAt) the earlier one is ignored; before, the earlier one stands."},
}
# When a fact that has no corrections was recorded: read by "as known on" decisions.
RECORDED = {"recordedAt": {"$ref": "#/$defs/OffsetDateTime", "description": "When this fact was recorded, if later than its own date (entered after the fact). Default: the fact's own date (enrolledOn, recordedOn, issuedOn, date). An as-known-on date D keeps the facts recorded on or before D in the institution's zone."}}
common_defs = {
    "Date": {"type": "string", "pattern": "^(19|2[0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}$", "description": "An existing ISO calendar date, yyyy-MM-dd, from 1900-01-01 to 2999-12-31 (2023-02-30 and dates outside the supported range are refused)."},
    "RangeBound": {"type": "string", "pattern": "^(19[0-9]{2}|[2-9][0-9]{3})-[0-9]{2}-[0-9]{2}$", "description": "An existing ISO calendar date bounding a range that is only compared, from 1900-01-01 to 9999-12-31 (9999-12-31 reads as open-ended)."},
    "OffsetDateTime": {"type": "string", "pattern": "^(19|2[0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}(:[0-9]{2})?)$", "description": "An ISO date-time with an offset, such as 2013-05-20T10:00:00-04:00, dated (as written) from 1900-01-01 to 2999-12-31."},
    "TimeZoneId": {"type": "string", "minLength": 1, "description": "An IANA (TZDB) time zone id, such as America/New_York."},
    "DateRange": obj({"start": {"$ref": "#/$defs/RangeBound"}, "end": {"$ref": "#/$defs/RangeBound"}}, ["start", "end"], "Dates, both ends included; end must not be before start; from 1900-01-01 to 9999-12-31 (an end of 9999-12-31 reads as open-ended)."),
    "Score": obj({"value": {"type": "number"}, "scale": enum("percent", "scaled-20-80", "grade-points")}, ["value", "scale"], "A score within its scale: percent 0..100, scaled-20-80 20..80, grade-points 0..4 (C = 2.0)."),
}
header = lambda title, kind: {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://raw.githubusercontent.com/creditrules/creditrules/main/schemas/%s.schema.json" % kind,
    "title": title,
    "description": "Schema version 1. CreditRules also checks what a schema cannot: dates that exist, known zones and currencies, unique ids, references, non-overlapping versions. Limits: UTF-8 only, at most 16 MiB (16777216 bytes) and 32 levels of nesting; dates from 1900-01-01 to 2999-12-31 (range bounds to 9999-12-31); at most 100 errors are reported per document, then one TooManyErrors entry counts the rest.",
}
top = lambda props, required: {"type": "object", "additionalProperties": False,
    "properties": {"$schema": S, "schemaVersion": {"const": 1}, "notes": {"type": "string", "description": "Free text for people, e.g. which numbers are illustrative."}, **props},
    "required": ["schemaVersion", *required]}

catalog = {**header("CreditRules catalog", "catalog"), **top({
    "evaluators": arr({"$ref": "#/$defs/Evaluator"}),
    "providers": arr({"$ref": "#/$defs/Provider"}),
    "courses": arr({"$ref": "#/$defs/Course"}),
    "sessions": arr({"$ref": "#/$defs/Session"}),
    "recommendations": arr({"$ref": "#/$defs/Recommendation"}),
}, ["evaluators", "providers", "courses", "recommendations"]), "$defs": {**common_defs,
    "Evaluator": obj({"id": ID, "name": ID, "referenceZone": {"$ref": "#/$defs/TimeZoneId"}}, ["id", "name", "referenceZone"]),
    "Provider": obj({"id": ID, "name": ID, "kind": {**enum("Unspecified", "Mooc", "College", "Corporate", "Military", "ExamBody"), "default": "Unspecified", "description": "What kind of organisation the provider is, for policies that refuse credit by provider type (refusedProviders.kinds). Default: Unspecified (never refused by kind)."}}, ["id", "name"]),
    "Course": obj({"id": ID, "title": ID, "providerId": ID, "partner": S}, ["id", "title", "providerId"]),
    "Session": obj({"id": ID, "courseId": ID, "dates": {"$ref": "#/$defs/DateRange"}, "verifiedTrackDeadline": {"$ref": "#/$defs/OffsetDateTime"}, "examWindow": {"$ref": "#/$defs/DateRange"}}, ["id", "courseId", "dates", "verifiedTrackDeadline"]),
    "Recommendation": obj({"exhibitId": ID, "evaluatorId": ID, "courseId": ID, "notes": S, "versions": arr({"$ref": "#/$defs/Version"}, 1)}, ["exhibitId", "evaluatorId", "courseId", "versions"]),
    "Version": obj({"number": {"type": "integer", "minimum": 1}, "validity": {"$ref": "#/$defs/DateRange"}, "minimumPassingScore": {"$ref": "#/$defs/Score"}, "conditional": {"type": "boolean"}, "lines": arr({"$ref": "#/$defs/Line"}, 1)}, ["number", "validity", "lines"]),
    "Line": obj({"credits": {"type": "number", "exclusiveMinimum": 0}, "unit": UNIT, "levels": {**arr(LEVEL, 1), "uniqueItems": True}, "subjects": arr({"$ref": "#/$defs/Subject"}, 1)}, ["credits", "levels", "subjects"]),
    "Subject": obj({"code": ID, "name": S}, ["code"]),
}}

policies = {**header("CreditRules institution policies", "policies"), **top({
    "institutions": arr({"$ref": "#/$defs/Institution"}),
}, ["institutions"]), "$defs": {**common_defs,
    "Institution": obj({"id": ID, "name": ID, "creditUnit": UNIT, "timeZone": {"$ref": "#/$defs/TimeZoneId"}, "notes": S,
        "policies": arr({"$ref": "#/$defs/PolicyVersion"}, 1), "programs": arr({"$ref": "#/$defs/Program"}, 1),
        "state": {"type": "string", "pattern": "^(" + "|".join(US_STATES) + ")$", "description": "The US state, district or territory the institution is in (two-letter USPS code). Optional; read only by filters (creditrules where --state), never by the rules."},
        "policySelection": {**enum("EnrollmentDate", "CatalogYear"), "default": "EnrollmentDate", "description": "Which fact of the learner's program enrolment selects the policy version: EnrollmentDate (the version whose appliesTo contains enrolledOn) or CatalogYear (the version in effect on the first day of the enrolment's catalogYear; an enrolment without one falls back to enrolledOn). Without an enrolment the as-of date selects. Default: EnrollmentDate."},
        "catalogYearStart": {"type": "string", "pattern": "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "default": "07-01", "description": "The first day of a catalog year, MM-dd (29 February is refused): catalog year 2013-2014 then starts on 2013-07-01. Read under policySelection CatalogYear. Default: 07-01."}},
        ["id", "name", "creditUnit", "timeZone", "policies", "programs"]),
    "PolicyVersion": obj({"id": ID, "appliesTo": {"$ref": "#/$defs/DateRange"}, "acceptedEvaluators": arr(ID), "acceptedLevels": {**arr(LEVEL), "uniqueItems": True},
        "minimumScore": {"$ref": "#/$defs/Score"}, "recency": {"$ref": "#/$defs/Recency"}, "retakes": {"$ref": "#/$defs/Retakes"}, "evidence": {"$ref": "#/$defs/EvidenceRequirement"},
        "qualifyingDateZone": {**enum("Evaluator", "Institution", "Candidate"), "default": "Evaluator", "description": "Which zone fixes the qualifying date. Default: Evaluator (the evaluator's reference zone)."},
        "rounding": {"$ref": "#/$defs/Rounding", "description": "Rounding of credit converted to the institution's unit. Default (left out): Exact."},
        "requireProviderFees": {"type": "boolean", "default": True, "description": "Whether the provider's fees must be paid or waived. Default: true."}, "recordPolicy": {"$ref": "#/$defs/RecordPolicy"}, "notes": S,
        "levelMappings": {**arr({"$ref": "#/$defs/LevelMapping"}), "description": "Levels counted as other levels, at most one per from-level. Default: none (every level counts as itself)."},
        "refusedProviders": {"$ref": "#/$defs/RefusedProviders", "description": "Providers and provider kinds whose courses get no credit (ProviderRefused, blocking). Default: none refused."},
        "refundedFee": {**REFUNDED_FEE, "default": "Blocking", "description": "What a refunded (or partly refunded) provider fee means: Blocking (FeeRefunded, NotEligible) or Outstanding (FeeRefundedPayAgain, Incomplete with a next step to pay it again). Default: Blocking."}},
        ["id", "acceptedEvaluators", "acceptedLevels"]),
    "RefusedProviders": obj({"providerIds": {**arr(ID), "uniqueItems": True, "description": "Provider ids (catalog providers[].id) refused. Default: none."},
        "kinds": {**arr(enum("Unspecified", "Mooc", "College", "Corporate", "Military", "ExamBody")), "uniqueItems": True, "description": "Provider kinds (catalog providers[].kind) refused; Unspecified is refused by the loader (it names no kind). Default: none."}}, [],
        "Courses refused because of who delivers them: a course is refused when its provider's id or kind is listed. An empty object refuses nothing (a program accepting every provider its institution refuses)."),
    "LevelMapping": obj({"from": LEVEL, "to": LEVEL}, ["from", "to"], "A recommendation level (from) counted as another level (to), e.g. Graduate as UpperDivision; from and to differ."),
    "Recency": obj({"maxAge": {"type": "string", "pattern": "^P", "description": "A positive ISO period, such as P5Y."},
        "anchor": {**enum("AsOfDate", "ProgramEnrollmentDate"), "description": "What the age is measured to: the as-of date, or the program enrolment date (which also stands for program start / term start: no term-start fact is recorded). Without an enrolment, the as-of date."},
        "from": {**enum("QualifyingDate", "CourseCompletion"), "default": "QualifyingDate", "description": "What the age is measured from: the qualifying date (the exam-pass date) or the course completion date. Default: QualifyingDate."},
        "subjects": {**arr(ID, 1), "uniqueItems": True, "description": "Subject area codes (recommendation lines' subjects[].code) the window is limited to: it applies only when the recommendation names one; credit in other subjects never expires. Default: every subject."}}, ["maxAge", "anchor"],
        "How old credit may be, inclusive: the start date plus maxAge (calendar arithmetic; 29 February plus a year is 28 February) is the last recent day."),
    "Retakes": obj({"minimumWait": {"type": "string", "pattern": "^P"}, "maxAttempts": {"type": "integer", "minimum": 1}}, []),
    "EvidenceRequirement": obj({"acceptedKinds": {**arr(EVIDENCE, 1), "uniqueItems": True},
        "requireOfficial": {"type": "boolean", "default": True, "description": "Whether the document must be sent officially. Default: true."},
        "requireVerified": {"type": "boolean", "default": True, "description": "Whether the document must be verified. Default: true."}}, ["acceptedKinds"]),
    "Rounding": obj({"mode": enum("Exact", "Floor", "HalfUp", "Truncate"), "step": {"type": "number", "exclusiveMinimum": 0}, "decimals": {"type": "integer", "minimum": 0, "maximum": 6}}, ["mode"],
        "Floor and HalfUp take a step; Truncate takes decimals; Exact takes neither."),
    "RecordPolicy": obj({"id": ID, "caps": arr({"$ref": "#/$defs/Cap"}), "allocationOrder": enum("Chronological", "MaximiseCredits", "RequirementPriority"),
        "requirementPriority": {**arr(ID), "uniqueItems": True, "description": "For RequirementPriority: course ids or equivalence keys, most needed first."},
        "allowPartialAwards": {"type": "boolean"}, "overflowToElectives": {"type": "boolean"}, "equivalences": arr({"$ref": "#/$defs/Equivalence"}),
        "blockingMinimumGrade": {"$ref": "#/$defs/Score"}, "precedence": arr({"$ref": "#/$defs/PrecedenceChain"}),
        "localCreditsBeforePosting": {"type": "number", "minimum": 0, "description": "In the institution's credit unit."}, "postingFee": {"$ref": "#/$defs/PostingFee"}, "examCreditsPerAcademicYear": {"$ref": "#/$defs/ExamCreditYearLimit"},
        "areaLimits": {**arr({"$ref": "#/$defs/AreaLimit"}), "description": "Institution-scope area settings, one per area id: they apply to every program listing an area of that id, unless the program states its own. Default: none."},
        "programs": {**arr({"$ref": "#/$defs/ProgramRecordPolicy"}), "description": "Program-scope record settings, one per program of the institution. Default: none (no requirement areas)."}, "notes": S,
        "priorCreditConversion": {**CONVERSION, "default": "Exact", "description": "How prior credit stated in the other unit (quarter-hour transfer credit at a semester-hour institution) is converted before it counts against caps, areas, residency and local credits. Exact (default): 1 QH = 2/3 SH exactly, as the domain guide recommends. PolicyRounding: each such credit is converted, then rounded with the program's settings.rounding, else the policy version's rounding."}}, ["id"],
        "Rules over a learner's whole record: caps, allocation order, duplicates, precedence, credit by exam per academic year, local credits before posting, posting fee, requirement areas."),
    "ProgramRecordPolicy": obj({"programId": ID, "areas": {**arr({"$ref": "#/$defs/RequirementArea"}), "description": "The program's requirement areas, in matching order: a course lands in the first naming its course id or equivalence key, else the first naming one of its subjects; otherwise in none."},
        "areaLimits": {**arr({"$ref": "#/$defs/AreaLimit"}), "description": "The program's area settings; each replaces the institution's setting for the same area. areaId and redirectTo name areas of this program."},
        "residencyOfLast": {"$ref": "#/$defs/ResidencyWindow", "description": "Residency over the end of the record, besides the program's residencyRequired total. Default: none."}, "notes": S,
        "caps": {**arr({"$ref": "#/$defs/Cap"}), "description": "The program's caps: a cap with the id of a recordPolicy cap replaces it for this program (it may widen as well as narrow); a new id adds to them. Default: none (the program inherits every recordPolicy cap). A percentOfProgram cap uses this program's totalCredits."},
        "allowPartialAwards": {"type": "boolean", "description": "Whether a course may get part of its credit in this program. Default: inherited from recordPolicy.allowPartialAwards."},
        "overflowToElectives": {"type": "boolean", "description": "Whether credit over a source or level cap is granted as elective credit in this program. Default: inherited from recordPolicy.overflowToElectives."},
        "priorCreditConversion": {**CONVERSION, "description": "How this program converts prior credit stated in the other unit. Default: inherited from recordPolicy.priorCreditConversion."}}, ["programId"],
        "One program's requirement areas, area settings, caps and record settings; what it does not state it inherits from the record policy."),
    "ResidencyWindow": obj({"hours": {"type": "number", "exclusiveMinimum": 0, "description": "Credit to earn in residence within the window, in the institution's credit unit."},
        "ofLast": {"type": "number", "exclusiveMinimum": 0, "description": "The window: the last credits of the record (at least hours). Credit by evaluation granted now counts as the newest; a credit straddling the window counts for its part inside."}}, ["hours", "ofLast"],
        "Residency as 'hours of the last ofLast credits', such as 30 of the last 36."),
    "RequirementArea": obj({"id": ID, "hours": {"type": "number", "exclusiveMinimum": 0, "description": "The area's size, in the institution's credit unit; without a setting it is the most credit by evaluation the area takes."},
        "subjects": {**arr(ID), "uniqueItems": True, "description": "Subject area codes whose credit counts here. Default: none."}, "courses": {**arr(ID), "uniqueItems": True, "description": "Course ids or equivalence keys whose credit counts here (checked before subjects). Default: none."}}, ["id", "hours"],
        "A requirement area of a program (core, general education, electives)."),
    "AreaLimit": obj({"areaId": ID, "hours": {"type": "number", "minimum": 0, "description": "An absolute cap on credit by evaluation in the area, in the institution's credit unit. Default: the area's size."},
        "percentOfArea": {"type": "number", "exclusiveMinimum": 0, "maximum": 100, "description": "A cap as a percentage of the area's size (give hours or this, not both)."},
        "rounding": {"$ref": "#/$defs/Rounding", "description": "How a percentOfArea cap is rounded in the institution's unit. Default: Exact."},
        "excludedSources": {**arr(SOURCE), "uniqueItems": True, "description": "Sources whose credit may not land in the area; credit by evaluation is PriorLearning. Default: none."},
        "redirectTo": {**ID, "description": "The area that takes excluded or overflowing credit (one hop). Default: none; excluded credit is refused (AreaSourceExcluded, blocking), credit over the cap limited (AreaCapReached)."}, "notes": S}, ["areaId"],
        "A requirement area's setting: cap (never more than the area's size), excluded sources, redirect."),
    "ExamCreditYearLimit": obj({"hours": {"type": "number", "exclusiveMinimum": 0, "description": "The most credit by exam in one academic year, in the institution's credit unit."},
        "academicYearStart": {"type": "string", "pattern": "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "description": "The first day of an academic year, MM-dd (29 February is refused). Default: 07-01."}}, ["hours"],
        "At most hours of credit by exam per academic year: prior exam credit dated in the year counts first, then claims in allocation order."),
    "Cap": obj({"id": ID, "hours": {"type": "number", "minimum": 0, "description": "An absolute limit in the institution's credit unit."},
        "percentOfProgram": {"type": "number", "exclusiveMinimum": 0, "maximum": 100, "description": "A percentage of the program's totalCredits (every program must give one)."},
        "scope": enum("All", "Source", "Level"), "source": {**SOURCE, "description": "The source limited (scope Source). LocalCourse is refused: a local course never counts against a cap."}, "level": LEVEL}, ["id"],
        "Exactly one of hours and percentOfProgram; scope Source takes source, scope Level takes level."),
    "Equivalence": obj({"courseId": ID, "key": ID}, ["courseId", "key"], "A claimed course and the local course (equivalence key) it duplicates."),
    "PrecedenceChain": obj({"id": ID, "keysFromLowest": {**arr(ID, 2), "uniqueItems": True}}, ["id", "keysFromLowest"]),
    "PostingFee": obj({"oneTime": {"type": "number", "minimum": 0}, "perCredit": {"type": "number", "minimum": 0}, "currency": {"type": "string", "pattern": "^[A-Z]{3}$"}, "waivedForVeterans": {"type": "boolean"}},
        ["oneTime", "perCredit", "currency"]),
    "Program": obj({"id": ID, "name": ID, "totalCredits": {"type": "number", "exclusiveMinimum": 0, "description": "In the institution's credit unit."},
        "residencyRequired": {"type": "number", "minimum": 0, "description": "Credit to earn at the institution, in its unit; at most totalCredits."}, "notes": S, "overrides": arr({"$ref": "#/$defs/Override"}),
        "settings": {"$ref": "#/$defs/ProgramSettings"},
        "kind": {**enum("Certificate", "Associate", "Bachelor", "Master", "Doctorate"), "description": "The kind of credential the program leads to. Optional; read only by filters (creditrules where --program-kind), never by the rules."}}, ["id", "name"]),
    "ProgramSettings": obj({"acceptedEvaluators": {**arr(ID, 1), "uniqueItems": True}, "acceptedLevels": {**arr(LEVEL, 1), "uniqueItems": True},
        "minimumScore": {"$ref": "#/$defs/Score"}, "recency": {"$ref": "#/$defs/Recency"}, "retakes": {"$ref": "#/$defs/Retakes"}, "evidence": {"$ref": "#/$defs/EvidenceRequirement"},
        "qualifyingDateZone": enum("Evaluator", "Institution", "Candidate"), "rounding": {"$ref": "#/$defs/Rounding"}, "requireProviderFees": {"type": "boolean"}, "notes": S, "levelMappings": arr({"$ref": "#/$defs/LevelMapping"}),
        "refusedProviders": {"$ref": "#/$defs/RefusedProviders", "description": "Replaces the institution's refusal ({} accepts every provider). Default: inherited."}, "refundedFee": {**REFUNDED_FEE, "description": "Replaces the institution's. Default: inherited."}}, [],
        "The program's own per-claim settings: each one stated replaces the institution policy version's (widening as well as narrowing); each one left out is inherited. At least one."),
    "Override": obj({"id": ID, "kind": enum("Refuse", "Restrict"), "description": ID, "appliesTo": {"$ref": "#/$defs/DateRange"}, "evaluatorIds": arr(ID),
        "acceptedLevels": {**arr(LEVEL, 1), "uniqueItems": True}, "minimumScore": {"$ref": "#/$defs/Score"}, "maxCreditsPerCourse": {"type": "number", "minimum": 0, "description": "In the institution's credit unit."}, "notes": S},
        ["id", "kind", "description"]),
}}

learners = {**header("CreditRules learner records", "learners"), **top({
    "asOf": {**DATE, "description": "The as-of date the document is written for."},
    "learners": arr({"$ref": "#/$defs/Learner"}),
}, ["learners"]), "$defs": {**common_defs,
    "Learner": obj({"id": ID, "veteran": {"type": "boolean"}, "emails": arr({"type": "string", "pattern": "^[^@\\s]+@\\S+$"}), "notes": S, "claims": arr({"$ref": "#/$defs/Claim"}),
        "programEnrollments": arr({"$ref": "#/$defs/ProgramEnrollment"}), "courseEnrollments": arr({"$ref": "#/$defs/CourseEnrollment"}),
        "completions": arr({"$ref": "#/$defs/Completion"}), "identityVerifications": arr({"$ref": "#/$defs/IdentityVerification"}),
        "examAttempts": arr({"$ref": "#/$defs/ExamAttempt"}), "fees": arr({"$ref": "#/$defs/Fee"}), "evidence": arr({"$ref": "#/$defs/EvidenceDocument"}),
        "priorCredits": arr({"$ref": "#/$defs/PriorCredit"}), "exceptions": arr({"$ref": "#/$defs/Exception"}),
        "postingFeePayments": {**arr({"$ref": "#/$defs/PostingFeePayment"}), "description": "Posting fees the learner has paid (recordPolicy.postingFee). Default: none."}}, ["id"]),
    "PostingFeePayment": obj({"institutionId": {**ID, "description": "The institution whose posting fee was paid."}, "paidOn": {**DATE, "description": "The date paid: on or before the as-of date, the record shows no posting fee due (PostingFeePaid) and no step to pay it; after it, the fee is still due."}, **RECORDED},
        ["institutionId", "paidOn"], "A recorded fact: the learner paid the institution's posting fee. Amounts are not compared: the registrar records it once the fee assessed is paid."),
    "PriorCredit": obj({"id": ID, "source": {**SOURCE, "description": "Where the credit came from. LocalCourse: a course taken at the institution itself (institutionId, or whichever is evaluated): in residence whatever inResidence says, so it counts toward residency and local credits before posting, never toward a cap; at another institution it is credit posted elsewhere (duplicates and precedence only)."}, "credits": {"type": "number", "exclusiveMinimum": 0}, "unit": UNIT, "level": LEVEL,
        "date": DATE, "posted": {"type": "boolean"}, "inResidence": {"type": "boolean", "default": False, "description": "Whether it was earned at the institution itself. Default: false (true for source LocalCourse)."}, "equivalenceKey": ID, "grade": {"$ref": "#/$defs/Score"},
        "institutionId": {**ID, "description": "The institution whose transcript posted and inResidence refer to; omitted: whichever is evaluated."}, **RECORDED},
        ["id", "source", "credits", "level", "date"], "Credit the learner already holds; posted credit counts first against caps, credit in residence toward residency."),
    "Claim": obj({"courseId": ID, "institutionId": ID, "programId": ID, "story": S}, ["courseId", "institutionId", "programId"]),
    "ProgramEnrollment": obj({"institutionId": ID, "programId": ID, "enrolledOn": DATE, **RECORDED,
        "catalogYear": {"type": "string", "pattern": "^(19[0-9]{2}|2[0-9]{3})-(19[0-9]{2}|2[0-9]{3})$", "description": "The catalog year the learner is bound to in the program, yyyy-yyyy with consecutive years, such as 2013-2014 (from 1900-1901 to 2998-2999). It selects the policy version where the institution's policySelection is CatalogYear. Default: none (the enrolment date selects)."}},
        ["institutionId", "programId", "enrolledOn"]),
    "CourseEnrollment": obj({"sessionId": ID, "track": enum("Free", "Verified"), "joinedAt": {"$ref": "#/$defs/OffsetDateTime"}}, ["sessionId", "track", "joinedAt"]),
    "Completion": obj({"sessionId": ID, "status": enum("InProgress", "Completed", "Failed", "Withdrew"), "recordedOn": DATE, "grade": {"$ref": "#/$defs/Score"}, **RECORDED}, ["sessionId", "status", "recordedOn"]),
    "IdentityVerification": obj({"method": enum("TypingPattern", "WebcamPhoto", "PhotoId", "ProctorCheck"), "status": enum("Pending", "Verified", "Failed", "Expired"),
        "recordedAt": {"$ref": "#/$defs/OffsetDateTime"}, "fallbackMethod": enum("TypingPattern", "WebcamPhoto", "PhotoId", "ProctorCheck")}, ["method", "status", "recordedAt"]),
    "ExamAttempt": obj({**FACT, "courseId": ID, "startedAt": {"type": "string", "pattern": "^(19|2[0-9])[0-9]{2}-", "description": "An offset date-time, or a local date-time read in candidateZone (refused in a daylight-saving gap or overlap), dated (as written) from 1900-01-01 to 2999-12-31."},
        "candidateZone": {"$ref": "#/$defs/TimeZoneId"}, "outcome": enum("Pending", "Passed", "Failed"), "score": {"$ref": "#/$defs/Score"},
        "proctoring": enum("LiveOnline", "RecordAndReview", "InPerson"), "idCheck": enum("NotPerformed", "Passed", "Failed"),
        "integrity": enum("Clean", "Pending", "Flagged", "Invalidated"), "invalidation": enum("Administrative", "IntegrityViolation")},
        ["courseId", "startedAt", "candidateZone", "outcome"]),
    "Fee": obj({**FACT, "courseId": ID, "kind": enum("VerifiedTrack", "ProctoredExam", "Transcript"), "amount": {"type": "number", "minimum": 0}, "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
        "status": enum("Unpaid", "Paid", "Waived", "Refunded", "PartiallyRefunded"), "statusDate": DATE, "waiverReason": S}, ["courseId", "kind", "amount", "currency", "status"]) | {
        # The loader's rules (FeeObligation): every status but Unpaid needs statusDate; waiverReason exactly when Waived.
        "allOf": [
            {"if": {"properties": {"status": {"const": "Unpaid"}}}, "else": {"required": ["statusDate"]}},
            {"if": {"properties": {"status": {"const": "Waived"}}}, "then": {"required": ["waiverReason"]}, "else": {"not": {"required": ["waiverReason"]}}},
        ]},
    "Exception": obj({"reference": {**ID, "description": "The petition or case reference, such as PET-2014-017; unique among the learner's exceptions."},
        "kind": enum("WaiveRule", "ExtendDeadline", "ForceAccept", "AdjustCap", "SubstituteCourse"),
        "effective": {"$ref": "#/$defs/DateRange", "description": "The as-of dates the exception applies to, both ends included."},
        "approvedBy": ID, "approvedOn": {**DATE, "description": "When it was approved; an as-known-on decision before this date does not apply it."}, "reason": ID,
        "courseId": {**ID, "description": "The course claimed it applies to; omitted: any (ForceAccept and SubstituteCourse need it)."}, "institutionId": ID, "programId": ID,
        "ruleId": {**ID, "description": "WaiveRule only, required: the built-in rule whose reasons no longer block or hold the claim, such as institution.minimum-score (docs/reason-codes.md)."},
        "capId": {**ID, "description": "AdjustCap only, required: the record-level cap whose limit this learner gets instead."},
        "credits": {"type": "number", "minimum": 0, "description": "ForceAccept: the credits granted; AdjustCap: the cap's limit. Required for those kinds only."},
        "unit": UNIT, "deadline": {**DATE, "description": "ExtendDeadline only, required: the extended deadline, inclusive."},
        "substituteCourseId": {**ID, "description": "SubstituteCourse only, required, not courseId: the course (a retired version, a sibling course) whose completion, verified-track enrolment, exam attempts and evidence count for courseId where the learner's own do not; fees are not substituted."}},
        ["reference", "kind", "effective", "approvedBy", "approvedOn", "reason"], "An exception approved for the learner (a petition granted), applied as a rule of the engine and stated in every decision it changes with its provenance."),
    "EvidenceDocument": obj({"kind": EVIDENCE, "issuedOn": DATE, "official": {"type": "boolean"}, "verified": {"type": "boolean"}, "courseId": ID, **RECORDED}, ["kind", "issuedOn", "official", "verified"]),
}}
# Stated defaults (issue 11): what leaving out each optional setting means, added to its description ("Default: ...") and,
# where it is a value, as the "default" keyword. SchemaDefaultsDocsTests checks every optional setting states one and
# generates the defaults table of docs/documents.md from these schemas.
INHERITED = "Default: inherited from the policy version (the program states only what it changes)."
DEFAULTS = {
    ("PolicyVersion", "appliesTo"): (None, "Default: always (every enrolment date)."),
    ("PolicyVersion", "minimumScore"): (None, "Default: none (no institution minimum; the evaluator's minimum passing score still applies)."),
    ("PolicyVersion", "recency"): (None, "Default: none (no recency limit)."),
    ("PolicyVersion", "retakes"): (None, "Default: none (no wait, no attempt limit)."),
    ("PolicyVersion", "evidence"): (None, "Default: none (no evidence document required)."),
    ("PolicyVersion", "recordPolicy"): (None, "Default: none (no record-level rules)."),
    ("Retakes", "minimumWait"): (None, "Default: none (no wait between attempts)."),
    ("Retakes", "maxAttempts"): (None, "Default: none (no attempt limit)."),
    ("RecordPolicy", "caps"): (None, "Default: none (no cap)."),
    ("RecordPolicy", "allocationOrder"): ("Chronological", "Default: Chronological (posted credit first, then by qualifying date, ties by course id)."),
    ("RecordPolicy", "requirementPriority"): (None, "Default: none (read only with allocationOrder RequirementPriority, which needs it)."),
    ("RecordPolicy", "allowPartialAwards"): (False, "Default: false (a course over a cap is not granted in part)."),
    ("RecordPolicy", "overflowToElectives"): (False, "Default: false (credit over a source or level cap is not granted as elective credit)."),
    ("RecordPolicy", "equivalences"): (None, "Default: none (no course duplicates a local course)."),
    ("RecordPolicy", "blockingMinimumGrade"): (None, "Default: none (any prior grade in an equivalent course blocks the duplicate)."),
    ("RecordPolicy", "precedence"): (None, "Default: none (no more-advanced-than chains)."),
    ("RecordPolicy", "localCreditsBeforePosting"): (None, "Default: none (credit is posted without local credit first)."),
    ("RecordPolicy", "postingFee"): (None, "Default: none (no posting fee)."),
    ("RecordPolicy", "examCreditsPerAcademicYear"): (None, "Default: none (no limit per academic year)."),
    ("PostingFee", "waivedForVeterans"): (False, "Default: false."),
    ("ProgramRecordPolicy", "areas"): (None, "Default: none (credit lands in no area)."),
    ("ProgramRecordPolicy", "areaLimits"): (None, "Default: none (the institution's areaLimits apply)."),
    ("AreaLimit", "percentOfArea"): (None, "Default: none (hours, else the area's size, bounds the area)."),
    ("Cap", "hours"): (None, "Default: none; give exactly one of hours and percentOfProgram."),
    ("Cap", "percentOfProgram"): (None, "Default: none; give exactly one of hours and percentOfProgram."),
    ("Cap", "scope"): ("All", "Default: All (every source and level)."),
    ("Cap", "source"): (None, "Default: none (required with scope Source)."),
    ("Cap", "level"): (None, "Default: none (required with scope Level)."),
    ("Program", "totalCredits"): (None, "Default: none (percentOfProgram caps cannot apply to the program)."),
    ("Program", "residencyRequired"): (None, "Default: none (no residency total)."),
    ("Program", "overrides"): (None, "Default: none."),
    ("Program", "settings"): (None, "Default: none (every setting inherited from the policy version)."),
    **{("ProgramSettings", k): (None, INHERITED) for k in ("acceptedEvaluators", "acceptedLevels", "minimumScore", "recency", "retakes", "evidence", "qualifyingDateZone", "rounding", "requireProviderFees", "levelMappings")},
    ("Override", "appliesTo"): (None, "Default: always (every enrolment date)."),
    ("Override", "evaluatorIds"): (None, "Default: every evaluator."),
    ("Override", "acceptedLevels"): (None, "Default: no level restriction."),
    ("Override", "minimumScore"): (None, "Default: none (no program minimum)."),
    ("Override", "maxCreditsPerCourse"): (None, "Default: none (no per-course limit)."),
    ("Institution", "state"): (None, "Default: none (the institution matches no state filter)."),
    ("Program", "kind"): (None, "Default: none (the program matches no program-kind filter)."),
    ("RecordPolicy", "priorCreditConversion"): ("Exact", "Default: Exact (1 QH = 2/3 SH, 1 SH = 1.5 QH, no rounding)."),
}
for (definition, prop), (value, text) in DEFAULTS.items():
    target = policies["$defs"][definition]["properties"]
    entry = dict(target[prop])
    if "$ref" in entry and "description" not in entry:
        entry = {"$ref": entry["$ref"]}
    entry["description"] = (entry.get("description", "") + " " + text).strip()
    if value is not None:
        entry["default"] = value
    target[prop] = entry
for name, doc in (("catalog", catalog), ("policies", policies), ("learners", learners)):
    with open(name + ".schema.json", "w") as f:
        f.write(json.dumps(doc, indent=2) + "\n")
