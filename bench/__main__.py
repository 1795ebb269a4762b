"""`python -m bench [--only AREA]`: run the benchmark areas, one JSON line per figure."""

from __future__ import annotations

import argparse
import importlib

AREAS = ("clients", "startup", "funnel", "stock", "documents", "production", "dashboard", "exports",
         "reports", "imports", "audit", "backup", "live", "automation", "goals", "i18n")


def main() -> None:
    parser = argparse.ArgumentParser(prog="bench")
    parser.add_argument("--only", choices=AREAS, help="run one area")
    args = parser.parse_args()
    for area in [args.only] if args.only else AREAS:
        importlib.import_module(f"bench.{area}").main()


if __name__ == "__main__":
    main()
