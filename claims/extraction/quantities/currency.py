"""Currencies: symbols and codes before the figure, names after it, French money abbreviations."""

from __future__ import annotations

import re

# Currencies written before the number; codes and words after it are read as units.
# Letter codes only in capitals ("le 12 mars" is no sum of Egyptian pounds).
CURRENCY_BEFORE = (
    # "$US46 million" and "$A5 billion" (Australian and New Zealand copy) name the dollar after
    r"\$US|\$A(?=\d)|\$NZ|US\$|C\$|A\$|R\$|HK\$|\$|€|£|¥|₹|₦|₱|"
    r"(?-i:LE(?=\d)|EGP|CHF|EUR|USD|GBP|JPY|Rs\.?|KSh|Ksh|RM(?=\s?\d)|Rp\.?(?=\s?\d))"
)
CURRENCY_UNITS = {"US$": "$", "$US": "$", "$A": "AUD", "$NZ": "NZD", "C$": "CAD", "A$": "AUD", "R$": "BRL", "HK$": "HKD", "LE": "EGP",
                  "¥": "JPY", "₹": "INR", "RS": "INR", "RS.": "INR", "USD": "$", "EUR": "€",
                  "GBP": "£", "KSH": "KES", "₦": "NGN", "₱": "PHP", "RM": "MYR", "RP": "IDR",
                  "RP.": "IDR"}  # fmt: skip


CURRENCY_WORDS = {"euro": "€", "euros": "€", "dollar": "$", "dollars": "$"}


# Currencies named after the number with a word that says which: "80 million CFA francs",
# "2 million Swiss franc payment", "LE 5 Egyptian pounds", "50 000 francs suisses".
_CURRENCY_AFTER = re.compile(
    r"\s*(?:(?:de|d')\s*)?(?P<name>swiss\s+francs?|francs?\s+suisses?|cfa\s+francs?"
    r"|francs?\s+cfa|egyptian\s+pounds?|livres?\s+[ée]gyptiennes?|yuans?|yens?|roubles?|"
    r"rubles?|rupees?|roupies?|pounds?\s+sterling|livres?\s+sterling)\b",
    re.IGNORECASE,
)
_CURRENCY_NAMES = {"swiss": "CHF", "suisse": "CHF", "cfa": "CFA francs", "egypt": "EGP",
                   "gypt": "EGP", "yuan": "CNY", "yen": "JPY", "roubl": "RUB", "rubl": "RUB",
                   "rupee": "INR", "roupie": "INR", "sterling": "£"}  # fmt: skip


def currency_after(segment: str, at: int) -> tuple[str, int] | None:
    m = _CURRENCY_AFTER.match(segment, at)
    if m is None:
        return None
    name = m.group("name").lower()
    code = next(c for key, c in _CURRENCY_NAMES.items() if key in name)
    return code, m.end()


ABBREVIATED_SCALES = {"m": 1e6, "md": 1e9, "mrd": 1e9, "k": 1e3}
# Case matters: "ME" and "MdE" are millions and billions of euros only in capitals.
MONEY_ABBREVIATION = re.compile(r"\s?(?P<scale>Mds?|Mrds?|M|k)\s?(?P<cur>€|E(?:UR)?|\$)(?![\w€$])")
