"""One parse boundary: the forms both faces fill in become integers here, with one wording."""

from __future__ import annotations

import pytest

from sortapp.cli import main
from sortapp.core import forms
from sortapp.core.errors import UserError
from sortapp.services import assortment, parcels
from tests.conftest import PASSWORD


def test_a_form_becomes_integers_and_blank_optionals_none():
    receipt = forms.parse(
        forms.Receipt, {"carats": " 12.5 ", "declared_carats": "", "stones": None, "value": "7"}
    )
    assert receipt == forms.Receipt(carats=12_500, declared_carats=None, stones=None, value=700)
    goods = forms.parse(forms.Goods, {"carats": "0.001", "stones": "3"})
    assert (goods.carats, goods.stones) == (1, 3)
    assert forms.parse(forms.Price, {"usd_per_ct": "0"}).usd_per_ct == 0
    assert forms.parse(forms.Valuation, {"usd": "1200.5"}).usd == 120_050


def test_every_bad_field_is_named_in_one_message():
    with pytest.raises(UserError) as err:
        forms.parse(forms.Receipt, {"carats": "1.2345", "stones": "x", "value": "-1"})
    text = str(err.value)
    assert text.startswith("weighed carats: '1.2345' has more than 3 decimals")
    assert "; stones: 'x' is not a whole number of stones" in text
    assert "; declared value USD: '-1' is negative" in text
    assert "declared carats" not in text


@pytest.mark.parametrize(
    ("form", "values", "message"),
    [
        (forms.Weighing, {"carats": ""}, "weighed carats: enter a number of carats"),
        (forms.Loss, {"carats": "0"}, "loss carats: enter a weight above 0.000 ct"),
        (forms.Valuation, {"usd": "0.00"}, "value USD: enter an amount above 0.00 USD"),
        (
            forms.Price,
            {"usd_per_ct": "1,5"},
            "USD per carat: '1,5' has a ','; this site writes decimals with '.'",
        ),
    ],
)
def test_required_and_zero_rules(form, values, message):
    with pytest.raises(UserError, match=message):
        forms.parse(form, values)


def test_services_take_integers_and_refuse_text_or_bad_amounts(db, who):
    with pytest.raises(UserError, match="USD per carat"):
        assortment.set_price(db, who.sam, "S1-SAW-Q1-W", "120.00")  # type: ignore[arg-type]
    with pytest.raises(UserError, match="USD per carat"):
        assortment.set_price(db, who.sam, "S1-SAW-Q1-W", -1)
    with pytest.raises(UserError, match=r"government value: enter an amount above 0\.00"):
        parcels.add_valuation(db, who.sam, "P1", "government", 0)


def test_the_cli_words_a_bad_field_as_the_form_does(db_path, monkeypatch, capsys):
    with pytest.raises(UserError) as expected:
        forms.parse(forms.Price, {"usd_per_ct": "12.345"})
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    code = main(["--db", str(db_path), "--user", "sam", "price", "set", "S1-SAW-Q1-W", "12.345"])
    assert code == 1
    assert str(expected.value) in capsys.readouterr().err
