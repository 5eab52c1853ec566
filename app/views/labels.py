"""Dutch UI labels for model codes (roles, rings, boards...), translatable."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_label(role: str) -> str:
    return {
        "older_teacher": _t("Oudere docent (45+)"),
        "younger_teacher": _t("Jongere docent"),
        "leadership": _t("Leidinggevende"),
        "other": _t("Anders"),
    }.get(role, role)


def role_short(role: str) -> str:
    return {
        "older_teacher": _t("Ouder (45+)"),
        "younger_teacher": _t("Jonger"),
        "leadership": _t("Leiding"),
        "other": _t("Anders"),
    }.get(role, role)


def template_label(key: str) -> str:
    return {
        "circle": _t("Cirkel van invloed en betrokkenheid"),
        "market": _t("Marktplaats interne deskundigheid"),
        "plusmin": _t("Plus-min-gesprek over de kernthema's"),
        "blank": _t("Lege bijeenkomst"),
    }.get(key, key)


def template_hint(key: str) -> str:
    return {
        "circle": _t("Verhalen (30), plaatsen in de cirkel (10), dialoog (30), afsluiting (5)."),
        "market": _t("Aanbod en vraag in subgroepen (20), plenair verbindingen leggen (30), actie."),
        "plusmin": _t("De vier kernthema's: positieve punten, aandachtspunten, koppelen, actie."),
        "blank": _t("Geen agenda: stel zelf de rondes samen."),
    }.get(key, "")


def board_label(board: str | None) -> str:
    return {
        "circle": _t("Cirkel van invloed"),
        "market": _t("Marktplaats"),
        "plusmin": _t("Plus-min-schema"),
        None: _t("Geen bord"),
    }.get(board, board or "")


def ring_label(ring: str | None) -> str:
    return {
        "self": _t("Zelf"),
        "class": _t("Klas"),
        "section": _t("Sectie of andere eenheid"),
        "school": _t("School"),
        "society": _t("Omgeving/maatschappij"),
        None: _t("Niet geplaatst"),
    }.get(ring, ring or "")


def composition_hint(code: str, value: object) -> str:
    if code == "too_small":
        return _t("Een kleine groep ({n}): de methode raadt zo'n 8 tot 10 deelnemers aan.").format(n=value)
    if code == "too_large":
        return _t("Een grote groep ({n}): boven de 10 komt niet iedereen aan het woord.").format(n=value)
    if code == "missing":
        return _t("Er is nog geen {role} bij: de methode vraagt om alle stemmen.").format(
            role=role_label(str(value)).lower())
    if code == "older_not_most":
        return _t("Oudere docenten zijn bij voorkeur iets oververtegenwoordigd; "
                  "nu zijn ze niet de grootste groep.")
    return code
