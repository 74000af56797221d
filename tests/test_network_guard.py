"""The suite runs with outbound connections blocked, so nothing can phone home unnoticed."""

from __future__ import annotations

import socket

import pytest_socket


def test_connect_is_guarded_by_pytest_socket() -> None:
    # pytest-socket replaces socket.connect when --allow-hosts is given (see pyproject addopts).
    assert socket.socket.connect is not pytest_socket._true_connect


def test_only_loopback_hosts_are_allowed(pytestconfig) -> None:
    allowed = {h.strip() for h in pytestconfig.getoption("--allow-hosts").split(",")}
    assert allowed <= {"127.0.0.1", "::1", "localhost"}
