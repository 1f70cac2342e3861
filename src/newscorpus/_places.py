"""Countries, by the last word of their names as news copy writes them.

A country that speaks (``Brazil said``) is no person: ``he`` never points back
to it.

A possessive before a company's name is part of it (``Moody's Investors Service
Inc``, ``Claire's Stores Inc``) unless it names the company's country
(``Sweden's Stora Kopparbergs Bergslags AB``, ``Japan's Nissan Motor Co Ltd``).
A many-word name is known by its last word (``New Zealand`` by ``zealand``),
which is enough for a word right before a possessive's ``'s``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

__all__ = ["is_country", "is_country_name"]

_COUNTRIES: Final = frozenset(
    """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    herzegovina botswana brazil brunei bulgaria burma burundi cambodia cameroon canada chad
    chile china colombia comoros congo croatia cuba cyprus czechia czechoslovakia denmark
    djibouti dominica ecuador egypt salvador eritrea estonia eswatini ethiopia fiji finland
    france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
    honduras kong hungary iceland india indonesia iran iraq ireland israel italy jamaica japan
    jordan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon
    lesotho liberia libya liechtenstein lithuania luxembourg macedonia madagascar malawi
    malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco
    mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands holland
    zealand nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru
    philippines poland portugal qatar romania russia rwanda samoa marino arabia senegal serbia
    seychelles singapore slovakia slovenia somalia africa spain lanka sudan suriname sweden
    switzerland syria taiwan tajikistan tanzania thailand togo tonga tobago tunisia turkey
    turkmenistan tuvalu uganda ukraine emirates britain kingdom england scotland wales u.k. uk
    u.s. us america states uruguay uzbekistan vanuatu venezuela vietnam yemen yugoslavia
    zambia zimbabwe union europe asia macau gaza
    """.split()
)


def is_country(word: str) -> bool:
    """True when ``word`` (any case, possessive or not) ends a country's name.

    >>> is_country("Sweden's"), is_country("Zealand"), is_country("Moody's")
    (True, True, False)
    """
    low = word.lower()
    if low.endswith(("'s", "’s")):
        low = low[:-2]
    return low.rstrip("’'") in _COUNTRIES


# Words that open a country's name of more than one word ("West Germany", "Hong Kong").
_OPENERS: Final = frozenset(
    """
    west east north south new united arab saudi hong sri el costa ivory papua czech dominican
    central sierra puerto soviet great trinidad antigua sao cape burkina equatorial
    """.split()
)


def is_country_name(words: Sequence[str]) -> bool:
    """True when ``words`` name a country: its last word, after words that open one.

    >>> is_country_name(["West", "Germany's"]), is_country_name(["David", "M.", "Holland"])
    (True, False)
    """
    return bool(words) and is_country(words[-1]) and all(w.lower() in _OPENERS for w in words[:-1])
