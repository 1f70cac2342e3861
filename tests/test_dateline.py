"""Datelines: the shapes real wire copy prints, dates without years, and no false positives."""

from __future__ import annotations

import datetime as dt
import json
import zipfile

import pytest

from newscorpus import Dateline, parse_article, parse_dateline, split_dateline

from .conftest import shared_file

AUG = dt.date(2021, 8, 16)


@pytest.mark.parametrize(
    ("paragraph", "text", "place", "region", "agencies", "date", "rest"),
    [
        (
            "LONDON (UrduPoint News / Sputnik - 14th July, 2021) UK Defense Minister said",
            "LONDON (UrduPoint News / Sputnik - 14th July, 2021)",
            "LONDON",
            None,
            ("UrduPoint News", "Sputnik"),
            dt.date(2021, 7, 14),
            "UK Defense Minister said",
        ),
        (
            "WASHINGTON (Reuters) - The Senate voted.",
            "WASHINGTON (Reuters) -",
            "WASHINGTON",
            None,
            ("Reuters",),
            None,
            "The Senate voted.",
        ),
        (
            "NEW YORK, Aug 16 (Reuters) - Stocks fell.",
            "NEW YORK, Aug 16 (Reuters) -",
            "NEW YORK",
            None,
            ("Reuters",),
            AUG,
            "Stocks fell.",
        ),
        (
            "KABUL, Afghanistan (AP) — Taliban fighters entered the city.",
            "KABUL, Afghanistan (AP) —",
            "KABUL",
            "Afghanistan",
            ("AP",),
            None,
            "Taliban fighters entered the city.",
        ),
        (
            "LONDON, March 3 - Shares rose.",
            "LONDON, March 3 -",
            "LONDON",
            None,
            (),
            dt.date(2021, 3, 3),
            "Shares rose.",
        ),
        (
            "PARIS (AFP) -- France said.",
            "PARIS (AFP) --",
            "PARIS",
            None,
            ("AFP",),
            None,
            "France said.",
        ),
        (
            "UNITED NATIONS, Oct. 5 (Xinhua) -- The UN chief said.",
            "UNITED NATIONS, Oct. 5 (Xinhua) --",
            "UNITED NATIONS",
            None,
            ("Xinhua",),
            dt.date(2021, 10, 5),
            "The UN chief said.",
        ),
        (
            "BRUSSELS, Belgium — NATO ministers met.",
            "BRUSSELS, Belgium —",
            "BRUSSELS",
            "Belgium",
            (),
            None,
            "NATO ministers met.",
        ),
        (
            "PORTLAND, Ore., Feb 26 - Oper shr loss.",
            "PORTLAND, Ore., Feb 26 -",
            "PORTLAND",
            "Ore.",
            (),
            dt.date(2021, 2, 26),
            "Oper shr loss.",
        ),
        (
            "Detroit, March 4 - Ford said.",
            "Detroit, March 4 -",
            "Detroit",
            None,
            (),
            dt.date(2021, 3, 4),
            "Ford said.",
        ),
        (
            "MONTREAL, Feb 26- Shr 1.11 dlrs",
            "MONTREAL, Feb 26-",
            "MONTREAL",
            None,
            (),
            dt.date(2021, 2, 26),
            "Shr 1.11 dlrs",
        ),
        (
            "RICHMOND, Va. Feb 26 - Qtly div",
            "RICHMOND, Va. Feb 26 -",
            "RICHMOND",
            "Va.",
            (),
            dt.date(2021, 2, 26),
            "Qtly div",
        ),
        (
            "ROME, March 13, Reuter - Italy's rate rose.",
            "ROME, March 13, Reuter -",
            "ROME",
            None,
            ("Reuter",),
            dt.date(2021, 3, 13),
            "Italy's rate rose.",
        ),
        (
            "WASHINGTON, Aug. 16, 2021 (AP) — Officials said.",
            "WASHINGTON, Aug. 16, 2021 (AP) —",
            "WASHINGTON",
            None,
            ("AP",),
            AUG,
            "Officials said.",
        ),
        (
            "ISLAMABAD, Aug 16 (APP): Pakistan said.",
            "ISLAMABAD, Aug 16 (APP):",
            "ISLAMABAD",
            None,
            ("APP",),
            AUG,
            "Pakistan said.",
        ),
        (
            "KABUL (Pajhwok): Afghan forces said.",
            "KABUL (Pajhwok):",
            "KABUL",
            None,
            ("Pajhwok",),
            None,
            "Afghan forces said.",
        ),
        (
            "Washington, DC (CNN)The president said.",
            "Washington, DC (CNN)",
            "Washington",
            "DC",
            ("CNN",),
            None,
            "The president said.",
        ),
        (
            "SAN FRANCISCO (CNN Business) The company said.",
            "SAN FRANCISCO (CNN Business)",
            "SAN FRANCISCO",
            None,
            ("CNN Business",),
            None,
            "The company said.",
        ),
        (
            "NEW YORK--(BUSINESS WIRE)--Acme Corp announced a dividend.",
            "NEW YORK--(BUSINESS WIRE)--",
            "NEW YORK",
            None,
            ("BUSINESS WIRE",),
            None,
            "Acme Corp announced a dividend.",
        ),
        (
            "MOSCOW, August 16. /TASS/. Russia said.",
            "MOSCOW, August 16. /TASS/.",
            "MOSCOW",
            None,
            ("TASS",),
            AUG,
            "Russia said.",
        ),
        (
            "CHICAGO, Aug. 16, 2021 /PRNewswire/ -- Acme Corp announced.",
            "CHICAGO, Aug. 16, 2021 /PRNewswire/ --",
            "CHICAGO",
            None,
            ("PRNewswire",),
            AUG,
            "Acme Corp announced.",
        ),
    ],
)
def test_dateline_shapes(
    paragraph: str,
    text: str,
    place: str,
    region: str | None,
    agencies: tuple[str, ...],
    date: dt.date | None,
    rest: str,
) -> None:
    found = split_dateline(paragraph, AUG)
    assert found is not None
    dateline, after = found
    assert dateline == Dateline(text=text, place=place, region=region, agencies=agencies, date=date)
    assert after == rest


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Taliban advance in Afghanistan is “our fault”, former development secretary said.",
        "US President Joe Biden said on Monday that troops would leave.",
        "UK Prime Minister Boris Johnson announced last week that troops have withdrawn.",
        "Last week, the radical movement claimed control - a statement refuted by Kabul.",
        "In Kabul (the capital) people queued.",
        "According to the news outlet, Wallace admitted it.",
        '"You have to be a partner for peace," Wallace stressed.',
        "- via Getty Images Taliban fighters are pictured.",
        "Shr 1.11 dlrs vs 1.04 dlrs",
        "Oper shr loss 1.08 dlrs vs loss 84 cts",
        "Analysts said - and traders agreed - that prices rose.",
        "The company (NYSE: ABC) - a maker of chips - said.",
        'Rep. Trey Gowdy (R-S.C.): "I have not heard anyone say that."',
        "Sens. Rand Paul (Ky.) and Marco Rubio (Fla.) debated tax credits.",
        "The bound, 104-page document was released on Friday.",
        "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - a pollster writes.",
        # Brackets with a colon or nothing after them: names, party labels, captions.
        'Sen. Rand Paul (Ky.): "I have not heard that."',
        "Donald Trump (R): We will win this state.",
        "Taliban fighters patrol in Kabul (AFP) on Monday.",
        "Crowds At Kabul Airport (AP Photo) Families waited.",
        "Apple (AAPL) said on Monday that sales rose.",
        "He is on call 24/7 /NOW/ and says so.",
    ],
)
def test_prose_is_not_a_dateline(paragraph: str) -> None:
    assert split_dateline(paragraph, AUG) is None


def test_missing_year_comes_from_the_header_date() -> None:
    jan = dt.date(2022, 1, 2)
    found = split_dateline("MOSCOW, Dec 30 (Reuters) - Markets were closed.", jan)
    assert found is not None
    assert found[0].date == dt.date(2021, 12, 30)
    found = split_dateline("MOSCOW, Jan 1 - Markets were closed.", dt.date(2021, 12, 31))
    assert found is not None
    assert found[0].date == dt.date(2022, 1, 1)


def test_a_far_dateline_date_is_kept_and_flagged() -> None:
    a = parse_article(" date 2021-08-16 Lede\n\nLONDON, 3 May 2019 (Reuters) - Old news.")
    assert a.dateline is not None
    assert a.dateline.date == dt.date(2019, 5, 3)
    assert a.warnings == ("dateline date 2019-05-03 is 836 days before the header date 2021-08-16",)
    near = parse_article(" date 2021-08-16 Lede\n\nLONDON, Aug 15 - Yesterday's news.")
    assert near.warnings == ()


def test_month_typos_of_wire_copy_still_read() -> None:
    found = split_dateline("ALBANY, N.Y., Marc 3 - KeyCorp said.", dt.date(1987, 3, 3))
    assert found is not None
    assert found[0].date == dt.date(1987, 3, 3)
    assert split_dateline("NEW YORK, Narch 2 - Text.", dt.date(1987, 3, 2)) is None


def test_dates_in_longer_shapes_and_prose_pulled_in_by_a_bracket() -> None:
    # dateutil reads the shapes the fast path does not know ...
    found = split_dateline("LONDON, Tuesday 3rd of March 1987 - Text.", dt.date(1987, 3, 5))
    assert found is not None
    assert found[0].date == dt.date(1987, 3, 3)
    # ... but a bracket further on does not make a dateline of the prose before it.
    found = split_dateline(
        "BRUSSELS, March 3 - The European Community (EC) said it would act.", dt.date(1987, 3, 5)
    )
    assert found is not None
    assert (found[0].text, found[0].agencies) == ("BRUSSELS, March 3 -", ())
    assert found[1] == "The European Community (EC) said it would act."


def test_a_dateline_alone_in_its_paragraph_stays_prose() -> None:
    a = parse_article(" date 2021-08-16 Lede\n\nLONDON, Aug 16 -\n\nBody.")
    assert a.dateline is None
    assert a.paragraphs[0].text == "LONDON, Aug 16 -"


def test_parse_dateline_reads_a_whole_dateline_only() -> None:
    d = parse_dateline("KABUL, Afghanistan (AP) —", AUG)
    assert d is not None
    assert (d.place, d.region, d.agencies) == ("KABUL", "Afghanistan", ("AP",))
    assert parse_dateline("KABUL, Afghanistan (AP) — more", AUG) is None
    assert parse_dateline("not a dateline", AUG) is None


def test_long_first_paragraph_costs_bounded_work() -> None:
    assert split_dateline("A" * 1_000_000 + " - x", AUG) is None
    assert split_dateline("LONDON, " + "(" * 100_000, AUG) is None


def test_reuters_dateline_accuracy() -> None:
    """Place and date accuracy on 10,051 Reuters-21578 articles with hand-checked datelines."""
    archive = shared_file("eval", "datelines", "reuters-dev.zip")
    gold_path = shared_file("eval", "datelines", "reuters-dev-datelines.jsonl")
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    rows = [g for g in gold if g["dateline_date"]]
    place_ok = date_ok = 0
    with zipfile.ZipFile(archive) as zf:
        for g in rows:
            article = parse_article(zf.read(g["file"]).decode("utf-8"), id=g["file"][:-4])
            dl = article.dateline
            if dl is None:
                continue
            place_ok += (dl.place or "").upper() == g["place"].upper()
            date_ok += dl.date == dt.date.fromisoformat(g["dateline_date"])
    assert place_ok / len(rows) >= 0.99
    assert date_ok / len(rows) >= 0.99
