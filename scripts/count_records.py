"""Run the parser for the scorer and log the records each input got (`make eval`'s exact count).

    python scripts/count_records.py LOG -- CMD... parse --now ISO FILE...

`scripts/eval.py` gives the scorer this as its `--cmd`, so the counts come from the
very runs the scorer scores, at no extra cost. The command's output, standard error
and exit status pass through unchanged; one JSON line per call is appended to LOG:
`{"inputs": [FILE...], "records": {FILE: [first line of each record...]}}`, paths
resolved, a record without `source.lines` given as null, and `records` null when
the scorer rejects the call's output (not JSON Lines, an exit status above 1, or no
records with a failure status), as it then parses each file alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def accepted_records(stdout: str, returncode: int) -> dict[str, list[int | None]] | None:
    """The first line of each record per resolved `source.path`, or None where the
    scorer would reject the output."""
    records: list[object] = []
    for line in stdout.splitlines():
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError:
            return None
        records.extend(value if isinstance(value, list) else [value])
    if returncode not in (0, 1) or (not records and returncode):
        return None
    found: dict[str, list[int | None]] = {}
    for record in records:
        source = record.get("source") if isinstance(record, dict) else None
        if not isinstance(source, dict):
            continue
        path, lines = source.get("path"), source.get("lines")
        if isinstance(path, str) and path:
            first = lines[0] if isinstance(lines, list) and lines and isinstance(lines[0], int) else None
            found.setdefault(str(Path(path).resolve()), []).append(first)
    return found


def inputs_of(command: list[str]) -> list[str]:
    """The files after the scorer's `--now ISO`."""
    if "--now" not in command:
        return []
    at = len(command) - 1 - command[::-1].index("--now")
    return [str(Path(arg).resolve()) for arg in command[at + 2 :]]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 3 or args[1] != "--":
        print("usage: count_records.py LOG -- CMD...", file=sys.stderr)
        return 2
    log, command = Path(args[0]), args[2:]
    run = subprocess.run(command, capture_output=True, check=False)
    # Bytes pass through as they came, whatever this process's own encoding.
    sys.stdout.buffer.write(run.stdout)
    sys.stderr.buffer.write(run.stderr)
    records = accepted_records(run.stdout.decode("utf-8", errors="replace"), run.returncode)
    entry = {"inputs": inputs_of(command), "records": records}
    with log.open("a", encoding="utf-8") as out:
        out.write(json.dumps(entry) + "\n")
    return run.returncode if run.returncode >= 0 else 128 - run.returncode  # killed by a signal


if __name__ == "__main__":
    sys.exit(main())
