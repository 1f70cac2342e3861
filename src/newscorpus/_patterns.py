"""Word lists and patterns shared by the parser, kept apart from the logic that uses them."""

from __future__ import annotations

import re
from types import MappingProxyType

MONTHS = MappingProxyType(
    {
        name: number
        for number, names in enumerate(
            (
                ("jan", "january"),
                ("feb", "february"),
                ("mar", "march"),
                ("apr", "april"),
                ("may",),
                ("jun", "june"),
                ("jul", "july"),
                ("aug", "august"),
                ("sep", "sept", "september"),
                ("oct", "october"),
                ("nov", "november"),
                ("dec", "december"),
            ),
            start=1,
        )
        for name in names
    }
)
"""Month names and abbreviations (lower case) to month numbers."""

MONTH_NAMES = MappingProxyType(
    {
        name[:3]: name
        for name in (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        )
    }
)
"""A month's three-letter abbreviation to its full name (lower case)."""

AGENCIES = frozenset(
    {
        "AA",
        "AAP",
        "AFP",
        "Anadolu",
        "ANI",
        "ANP",
        "ANSA",
        "Antara",
        "AP",
        "APA",
        "APP",
        "Belga",
        "Bernama",
        "Bloomberg",
        "BNA",
        "BSS",
        "CNA",
        "CNN",
        "DPA",
        "dpa",
        "EFE",
        "IANS",
        "Interfax",
        "IRNA",
        "ITAR-TASS",
        "KUNA",
        "Kyodo",
        "Lusa",
        "MENA",
        "MTI",
        "PA",
        "Pajhwok",
        "PAP",
        "PNA",
        "Prensa Latina",
        "PTI",
        "Reuter",
        "Reuters",
        "RIA Novosti",
        "SPA",
        "Sputnik",
        "Tanjug",
        "TASS",
        "UNB",
        "UNI",
        "UPI",
        "WAM",
        "Xinhua",
        "Yonhap",
    }
)
"""News agencies that may stand in a dateline without brackets (``ROME, March 13, Reuter -``),
or in brackets with no dash after them (``Washington (CNN) ...``)."""

# --- embedded material -------------------------------------------------------

#: A URL in running text (bounded, no nested quantifiers).
URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)[^\s<>\"“”]{1,2000}")

#: Twitter's short links and picture links, which sites paste glued to each other.
TWITTER_LINK = re.compile(r"https?://t\.co/[A-Za-z0-9]{1,10}|pic\.twitter\.com/[A-Za-z0-9]{1,12}")

#: The signature closing an embedded tweet: ``— Sky News (@SkyNews) August 13, 2021``.
TWEET_SIGNATURE = re.compile(
    r"(?:—|–|--|-|~)[ \t]*(?P<author>[^()\n—]{0,80}?)[ \t]*\(@(?P<handle>[A-Za-z0-9_]{1,20})\)"
    r"[ \t]*(?P<date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]*\d{4})[ \t]*$"
)

#: Who supplies news pictures; a short line ending in one of these is a credit.
PHOTO_SOURCES = (
    "Getty Images",
    "Getty",
    "Shutterstock",
    "AP Photo",
    "AP",
    "AFP",
    "Reuters",
    "REUTERS",
    "EPA",
    "EPA-EFE",
    "PA Images",
    "PA Wire",
    "PA",
    "Alamy",
    "Bloomberg",
    "NurPhoto",
    "SOPA Images",
    "LightRocket",
    "Anadolu Agency",
    "Xinhua",
    "Sipa USA",
    "Corbis",
    "iStock",
    "Wikimedia Commons",
    "WireImage",
    "Pool",
)

_SOURCES = "|".join(re.escape(s) for s in sorted(PHOTO_SOURCES, key=len, reverse=True))

#: A photo credit standing alone: ``Jonathan Brady - PA Images via Getty Images``,
#: ``(AP Photo/Rahmat Gul)``, ``REUTERS/Stringer``, ``Photo: AFP``.
PHOTO_CREDIT = re.compile(
    r"(?:[^\n]{0,100}?(?:\bvia[ \t]+|[-–—/|][ \t]*|\(|^)(?:" + _SOURCES + r")\)?"
    r"|(?:Photo|Image|Picture|Credit|Photograph)s?(?:[ \t]+credit)?[ \t]*:[^\n]{1,100}"
    r"|\(?(?:AP Photo|REUTERS|Reuters|AFP|EPA)[ \t]*/[^\n]{1,60})"
)

#: How a stand-alone credit that does not end with a picture source begins.
CREDIT_STARTS = (
    "Photo",
    "Image",
    "Picture",
    "Credit",
    "(AP Photo",
    "AP Photo",
    "(REUTERS",
    "REUTERS",
    "(Reuters",
    "Reuters",
    "(AFP",
    "AFP",
    "(EPA",
    "EPA",
)

#: How a caption paragraph that opens with its credit begins.
CAPTION_STARTS = (
    "-",
    "–",
    "—",
    "via",
    "Photo",
    "Image",
    "Picture",
    "(AP Photo",
    "AP Photo",
    "(REUTERS",
    "REUTERS",
    "(AFP",
    "AFP",
)

#: A credit that opens a caption paragraph: ``- via Getty Images Taliban fighters ...``.
CAPTION_OPENING = re.compile(
    r"(?:[-–—][ \t]*)?(?:via[ \t]+(?:" + _SOURCES + r")\b"
    r"|(?:Photo|Image|Picture)(?:[ \t]+credit)?[ \t]*:"
    r"|\(?(?:AP Photo|REUTERS|AFP)[ \t]*/)"
)

#: A caption that ends with its credit in brackets: ``... in Kabul. (AP Photo/Rahmat Gul)``.
CAPTION_CLOSING = re.compile(
    r"[(\[](?:(?:Photo|Image|Picture)(?:[ \t]+by)?[ \t:]+[^()\[\]\n]{1,80}"
    r"|(?:AP Photo|REUTERS|Reuters|AFP|EPA)[ \t]*/[^()\[\]\n]{1,60}"
    r"|[^()\[\]\n]{0,60}(?:" + _SOURCES + r"))[)\]][ \t]*$"
)
