"""Fixtures for the balance layer: simulated balances served on loopback TCP or a pty.

``balance_sim("sbi", weight=Decimal("2.345"))`` starts a ``BalanceSim`` served over TCP and
returns ``(sim, url)`` (``url`` is ``socket://127.0.0.1:PORT`` for ``serial_for_url``);
``balance_sim_pty`` does the same on a pty (``url`` the device path). Everything a test starts is
stopped at its teardown: server threads joined, sockets and ptys closed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from sortapp.balances.sim import BalanceSim, serve_pty, serve_tcp

SimFactory = Callable[..., tuple[BalanceSim, str]]


def _factory(stack: contextlib.ExitStack, serve: Any) -> SimFactory:
    def start(protocol: str = "mt-sics", **state: Any) -> tuple[BalanceSim, str]:
        sim = BalanceSim(protocol, **state)
        return sim, stack.enter_context(serve(sim))

    return start


@pytest.fixture
def balance_sim() -> Iterator[SimFactory]:
    """A factory: ``balance_sim(protocol, **state) -> (sim, "socket://127.0.0.1:PORT")``."""
    with contextlib.ExitStack() as stack:
        yield _factory(stack, serve_tcp)


@pytest.fixture
def balance_sim_pty() -> Iterator[SimFactory]:
    """A factory: ``balance_sim_pty(protocol, **state) -> (sim, "/dev/pts/N")`` (POSIX)."""
    with contextlib.ExitStack() as stack:
        yield _factory(stack, serve_pty)
