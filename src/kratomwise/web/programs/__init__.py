"""Clinician and recovery-program mode: roles, programs, invitations, consent, audit, caseload."""
