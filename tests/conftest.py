"""Shared test configuration: every test runs offline against the built boundary pack."""
