"""Clinician-mode pages, one module per audience: mfa, person, clinic, invitations."""
