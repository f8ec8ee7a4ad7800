"""Each command offers only the options it uses (issue 11: ``synth`` accepted ``--data`` and
``--endpoint``, ``push`` accepted ``--endpoint``, and did nothing with them)."""

from __future__ import annotations

import pytest

from govgraph.cli import main


@pytest.mark.parametrize(
    ("command", "absent", "present"),
    [
        ("synth", ("--data", "--endpoint"), ("--output",)),
        ("push", ("--endpoint",), ("--data", "--store")),
        ("info", (), ("--data", "--endpoint")),
    ],
)
def test_help_offers_only_the_options_a_command_uses(
    capsys: pytest.CaptureFixture[str],
    command: str,
    absent: tuple[str, ...],
    present: tuple[str, ...],
) -> None:
    with pytest.raises(SystemExit) as stop:
        main([command, "--help"])
    assert stop.value.code == 0
    text = capsys.readouterr().out
    for option in absent:
        assert option not in text
    for option in present:
        assert option in text


@pytest.mark.parametrize(
    "argv",
    [
        ["synth", "-n", "1", "--endpoint", "http://127.0.0.1:1/query"],
        ["synth", "-n", "1", "--data", "x.ttl"],
        ["push", "--store", "http://127.0.0.1:1/store", "--endpoint", "http://127.0.0.1:1/q"],
    ],
)
def test_an_option_a_command_does_not_use_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments" in err and "Traceback" not in err


def test_data_before_a_command_that_reads_none_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--data", "x.ttl", "synth", "-n", "1"]) == 2
    assert "govgraph synth: error: it takes no --data" in capsys.readouterr().err
