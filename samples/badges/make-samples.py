#!/usr/bin/env python3
"""Regenerates the sample badges: a fresh ES256 key signs cal's Pre-Calculus credential as a VC-JWT; the public key goes
to keys.jwks.json and the private key is thrown away. The tampered copy changes one payload byte after signing.
Illustrative data only (the issuer, key and dates are invented). Needs python3-cryptography."""
import base64, json
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

issuer = "https://credly.example/issuers/ace-transcripts"
credential = {
    "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
    "id": "urn:uuid:6f1d2c3b-8e4a-4b7f-9c2d-3a5e7f9b1c20",
    "type": ["VerifiableCredential", "AchievementCredential"],
    "issuer": {"id": issuer, "type": ["Profile"], "name": "ACE transcripts via Credly (illustrative)"},
    "validFrom": "2013-06-15T12:00:00Z",
    "awardedDate": "2013-06-15T12:00:00Z",
    "name": "Pre-Calculus: ACE credit recommendation (illustrative)",
    "credentialSubject": {
        "type": ["AchievementSubject"],
        "identifier": [{"type": "IdentityObject", "identityType": "emailAddress", "hashed": False, "identityHash": "cal@example.edu"}],
        "creditsEarned": 3,
        "achievement": {
            "id": "https://credly.example/achievements/ace-cour-0001",
            "type": ["Achievement"],
            "name": "Pre-Calculus",
            "criteria": {"narrative": "Completed the course on the verified track and passed the proctored credit exam."},
            "creditsAvailable": 3,
            "alignment": [{"type": ["Alignment"], "targetCode": "ACE-COUR-0001", "targetName": "ACE exhibit ACE-COUR-0001"}],
        },
    },
}
payload = dict(credential, iss=issuer, jti=credential["id"], nbf=1371297600)  # nbf = validFrom
key = ec.generate_private_key(ec.SECP256R1())
header = {"alg": "ES256", "kid": "credly-2013", "typ": "JWT"}
signing_input = b64(json.dumps(header, separators=(",", ":")).encode()) + "." + b64(json.dumps(payload, separators=(",", ":")).encode())
r, s = decode_dss_signature(key.sign(signing_input.encode(), ec.ECDSA(hashes.SHA256())))
jwt = signing_input + "." + b64(r.to_bytes(32, "big") + s.to_bytes(32, "big"))
open("cal-precalculus.jwt", "w").write(jwt + "\n")

tampered_payload = json.dumps(dict(payload, credentialSubject=dict(credential["credentialSubject"], creditsEarned=6)), separators=(",", ":"))
open("cal-precalculus-tampered.jwt", "w").write(jwt.split(".")[0] + "." + b64(tampered_payload.encode()) + "." + jwt.split(".")[2] + "\n")

numbers = key.public_key().public_numbers()
jwks = {"keys": [{"kty": "EC", "crv": "P-256", "kid": "credly-2013", "x": b64(numbers.x.to_bytes(32, "big")), "y": b64(numbers.y.to_bytes(32, "big"))}]}
open("keys.jwks.json", "w").write(json.dumps(jwks, indent=2) + "\n")
open("issuers.json", "w").write(json.dumps({issuer: {"evidenceKind": "AceTranscriptCredly", "official": True, "attestsResults": False}}, indent=2) + "\n")
