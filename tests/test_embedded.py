"""Embedded material: tweets, captions, credits and links are told apart from prose."""

from __future__ import annotations

import datetime as dt

import pytest

from newscorpus import Tweet, classify_paragraph, is_photo_credit, parse_tweet


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kabul fell on Sunday.", "text"),
        ("Getty Images said it would not comment on the photographs.", "text"),
        ("https://t.co/93GPp25Qrh", "link"),
        ("https://example.com/a  www.example.org/b", "link"),
        ("Fears grow. pic.twitter.com/XSE1Mf7NaI", "tweet"),
        ("We are live. — Sky News (@SkyNews) August 13, 2021", "tweet"),
        ("Still here -- Jane Doe (@jane_doe) Sept. 1, 2020", "tweet"),
        ("- via Getty Images Taliban fighters are pictured in Kandahar.", "caption"),
        ("Afghans crowd the airport in Kabul. (AP Photo/Rahmat Gul)", "caption"),
        ("Photo: AFP", "caption"),
        ("REUTERS/Stringer", "caption"),
        ("Jonathan Brady - PA Images via Getty Images", "caption"),
    ],
)
def test_classify_paragraph(text: str, kind: str) -> None:
    assert classify_paragraph(text) == kind


@pytest.mark.parametrize(
    ("lede", "credit"),
    [
        ("Jonathan Brady - PA Images via Getty Images", True),
        ("AFP via Getty Images", True),
        ("(AP Photo/Rahmat Gul)", True),
        ("REUTERS/Stringer", True),
        ("UK Defense Minister Ben Wallace said on Wednesday", False),
        ("BAHIA COCOA REVIEW", False),
        ("Reuters reports record profits at AP rival", False),
        ("", False),
    ],
)
def test_is_photo_credit(lede: str, credit: bool) -> None:
    assert is_photo_credit(lede) is credit


def test_parse_tweet_from_the_seed_shape() -> None:
    said = (
        'Rory Stewart says refugee crisis brewing in Afghanistan is the "fault" of the UK and US.'
    )
    text = (
        said
        + "https://t.co/93GPp25Qrhpic.twitter.com/XSE1Mf7NaI — Sky News (@SkyNews) August 13, 2021"
    )
    assert parse_tweet(text) == Tweet(
        text=said,
        author="Sky News",
        handle="@SkyNews",
        date=dt.date(2021, 8, 13),
        urls=("https://t.co/93GPp25Qrh", "pic.twitter.com/XSE1Mf7NaI"),
    )


def test_parse_tweet_without_signature() -> None:
    t = parse_tweet("Breaking news pic.twitter.com/abcdefghij")
    assert t == Tweet(text="Breaking news", urls=("pic.twitter.com/abcdefghij",))


def test_tweet_with_impossible_date_keeps_the_rest() -> None:
    t = parse_tweet("Hi — A B (@ab) February 30, 2021")
    assert (t.author, t.handle, t.date) == ("A B", "@ab", None)
