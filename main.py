"""Thin launcher: `python main.py` is the same as the `leidraad` command."""
from app.main import run

if __name__ == "__main__":
    run()
