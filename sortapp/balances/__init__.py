"""Carat balances: reading weights straight off the instrument (Qt-free).

``reading`` holds what a balance said; ``protocols`` turns its lines into readings and builds the
commands; ``device`` talks to one balance through pyserial (``serial_for_url``: ``COM4``,
``/dev/ttyUSB0``, ``socket://host:port``, ``loop://``); ``sim`` is a balance simulator for tests
and for driving the real app without an instrument.
"""
