"""Which address goes into the QR code: the laptop's IPv4 addresses on its networks.

Read from Qt's network interface list (QtNetwork: no widgets, no traffic sent).
"""
from __future__ import annotations

from dataclasses import dataclass

DEFAULT_PORT = 8765
LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class Address:
    ip: str
    network: str  # the interface's name as the system shows it ("Wi-Fi", "wlan0")

    def label(self) -> str:
        return f"{self.ip} ({self.network})" if self.network else self.ip


def local_addresses() -> list[Address]:
    """IPv4 addresses of interfaces that are up, loopback excluded; Wi-Fi-like names first."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    flags = QNetworkInterface.InterfaceFlag
    found: list[Address] = []
    for iface in QNetworkInterface.allInterfaces():
        f = iface.flags()
        if not (f & flags.IsUp and f & flags.IsRunning) or f & flags.IsLoopBack:
            continue
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                text = ip.toString()
                if not text.startswith(("127.", "169.254.")):
                    found.append(Address(text, iface.humanReadableName()))
    wireless = ("wl", "wi-fi", "wifi", "wlan", "draadloos")
    found.sort(key=lambda a: (not a.network.lower().startswith(wireless), a.network))
    return found


def default_host() -> str:
    found = local_addresses()
    return found[0].ip if found else LOOPBACK
