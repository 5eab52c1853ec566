"""Dutch UI labels for model codes (roles, rings, boards...), translatable."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def role_label(role: str) -> str:
    return {
        "older_teacher": QCoreApplication.translate("Labels", "Oudere docent (45+)"),
        "younger_teacher": QCoreApplication.translate("Labels", "Jongere docent"),
        "leadership": QCoreApplication.translate("Labels", "Leidinggevende"),
        "other": QCoreApplication.translate("Labels", "Anders"),
    }.get(role, role)


def role_short(role: str) -> str:
    return {
        "older_teacher": QCoreApplication.translate("Labels", "Ouder (45+)"),
        "younger_teacher": QCoreApplication.translate("Labels", "Jonger"),
        "leadership": QCoreApplication.translate("Labels", "Leiding"),
        "other": QCoreApplication.translate("Labels", "Anders"),
    }.get(role, role)


def template_label(key: str) -> str:
    return {
        "circle": QCoreApplication.translate("Labels", "Cirkel van invloed en betrokkenheid"),
        "market": QCoreApplication.translate("Labels", "Marktplaats interne deskundigheid"),
        "plusmin": QCoreApplication.translate("Labels", "Plus-min-gesprek over de kernthema's"),
        "blank": QCoreApplication.translate("Labels", "Lege bijeenkomst"),
    }.get(key, key)


def template_hint(key: str) -> str:
    return {
        "circle": QCoreApplication.translate("Labels", "Verhalen (30), plaatsen in de cirkel (10), dialoog (30), afsluiting (5)."),
        "market": QCoreApplication.translate("Labels", "Aanbod en vraag in subgroepen (20), plenair verbindingen leggen (30), actie."),
        "plusmin": QCoreApplication.translate("Labels", "De vier kernthema's: positieve punten, aandachtspunten, koppelen, actie."),
        "blank": QCoreApplication.translate("Labels", "Geen agenda: stel zelf de rondes samen."),
    }.get(key, "")


def board_label(board: str | None) -> str:
    return {
        "circle": QCoreApplication.translate("Labels", "Cirkel van invloed"),
        "market": QCoreApplication.translate("Labels", "Marktplaats"),
        "plusmin": QCoreApplication.translate("Labels", "Plus-min-schema"),
        None: QCoreApplication.translate("Labels", "Geen bord"),
    }.get(board, board or "")


def ring_label(ring: str | None) -> str:
    return {
        "self": QCoreApplication.translate("Labels", "Zelf"),
        "class": QCoreApplication.translate("Labels", "Klas"),
        "section": QCoreApplication.translate("Labels", "Sectie of andere eenheid"),
        "school": QCoreApplication.translate("Labels", "School"),
        "society": QCoreApplication.translate("Labels", "Omgeving/maatschappij"),
        None: QCoreApplication.translate("Labels", "Niet geplaatst"),
    }.get(ring, ring or "")


def composition_hint(code: str, value: object) -> str:
    if code == "too_small":
        return QCoreApplication.translate("Labels", "Een kleine groep ({n}): de methode raadt zo'n 8 tot 10 deelnemers aan.").format(n=value)
    if code == "too_large":
        return QCoreApplication.translate("Labels", "Een grote groep ({n}): boven de 10 komt niet iedereen aan het woord.").format(n=value)
    if code == "missing":
        return QCoreApplication.translate("Labels", "Er is nog geen {role} bij: de methode vraagt om alle stemmen.").format(
            role=role_label(str(value)).lower())
    if code == "older_not_most":
        return QCoreApplication.translate("Labels", "Oudere docenten zijn bij voorkeur iets oververtegenwoordigd; "
                  "nu zijn ze niet de grootste groep.")
    return code


def shown_as_typed(text: str) -> str:
    """``text`` for a Qt message box or tooltip, which guess rich text: shown as typed.

    A title like ``<b>x</b>`` would otherwise be drawn bold (or ``<img src=...>`` as
    an image). When Qt would take the text for HTML it is escaped (and its line
    breaks kept), which Qt then renders as exactly the characters typed.
    """
    from PySide6.QtGui import Qt as QtGuiNamespace

    if not QtGuiNamespace.mightBeRichText(text):
        return text
    import html

    return html.escape(text, quote=False).replace("\n", "<br>")


def planned_minutes_text(minutes: int, extra_minutes: int = 0, *, suffix: bool = True) -> str:
    """"5 min gepland (−4)": the plan, with the minutes added or taken off in brackets."""
    if suffix:
        text = QCoreApplication.translate("Labels", "{m} min gepland").format(m=minutes)
    else:
        text = QCoreApplication.translate("Labels", "{m} min").format(m=minutes)
    if extra_minutes:
        sign = "+" if extra_minutes > 0 else "\u2212"
        text += f" ({sign}{abs(extra_minutes)})"
    return text


def board_short(board: str | None) -> str:
    """A board in a narrow column ("Cirkel"); the full name goes in the tooltip."""
    return {
        "circle": QCoreApplication.translate("Labels", "Cirkel"),
        "market": QCoreApplication.translate("Labels", "Markt"),
        "plusmin": QCoreApplication.translate("Labels", "Plus-min"),
        None: "–",
    }.get(board, board or "")
