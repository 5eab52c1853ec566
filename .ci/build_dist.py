"""Build the self-contained Leidraad folder for this machine's OS: `python .ci/build_dist.py`.

Runs PyInstaller on .ci/leidraad.spec (one folder: dist/Leidraad-<version>-<os>-<arch>/),
adds the icon and, on Linux, a .desktop file with a script that installs it for the
user; then packs the folder as .tar.gz (Linux, macOS) or .zip (Windows) next to it.
Needs the ``dist`` extra: ``python -m pip install ".[dist]"``.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from app import __version__  # noqa: E402

DESKTOP = """[Desktop Entry]
Type=Application
Version=1.5
Name=Leidraad
GenericName=Groepsgesprekken leiden
GenericName[en]=Facilitating group sessions
Comment=Cirkel van invloed, marktplaats, plus-min-schema's, rondes op tijd en notulen
Comment[en]=Circle of influence, marketplace, plus-min schemas, timed rounds and minutes
Exec={exec}
Icon={icon}
Terminal=false
Categories=Office;Education;
StartupWMClass=leidraad
"""

INSTALL_SH = """#!/bin/sh
# Put Leidraad in this user's application menu (no root needed); run it again after moving
# this folder. Remove with: rm ~/.local/share/applications/leidraad.desktop
set -e
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/leidraad.png" "$icons/leidraad.png"
sed -e "s|^Exec=.*|Exec=\\"$here/leidraad\\"|" -e "s|^Icon=.*|Icon=leidraad|" \\
    "$here/leidraad.desktop" > "$apps/leidraad.desktop"
echo "Leidraad staat nu in het menu ($apps/leidraad.desktop)."
"""


def platform_tag() -> tuple[str, str]:
    import platform

    os_name = ("windows" if sys.platform.startswith("win")
               else "macos" if sys.platform == "darwin" else "linux")
    machine = platform.machine().lower()
    arch = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return os_name, arch


def main() -> int:
    os_name, arch = platform_tag()
    name = f"Leidraad-{__version__}-{os_name}-{arch}"
    dist, work = REPO / "dist", REPO / "build" / "pyinstaller"
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work),
                    str(REPO / ".ci" / "leidraad.spec")], check=True, cwd=REPO)
    folder = dist / name
    icon = REPO / "app" / "resources" / "icons" / "leidraad.png"
    shutil.copy2(icon, folder / "leidraad.png")
    if os_name == "linux":
        (folder / "leidraad.desktop").write_text(
            DESKTOP.format(exec="leidraad", icon="leidraad"), encoding="utf-8")
        script = folder / "install-desktop-entry.sh"
        script.write_text(INSTALL_SH, encoding="utf-8")
        script.chmod(0o755)
    if os_name == "windows":
        archive = Path(shutil.make_archive(str(folder), "zip", dist, name))
    else:
        archive = dist / f"{name}.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(folder, arcname=name)
    size = sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"{folder} ({size / 2**20:.0f} MiB on disk)")
    print(f"{archive} ({archive.stat().st_size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
