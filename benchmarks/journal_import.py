"""Cost of the largest journal import, to set the import limit (issue 14: ≤ 10 s on one core).

Run:  python benchmarks/journal_import.py [--rows 5000 10000 20000]

For each row count, builds a journal CSV where every row has a note (each note is encrypted on
import) and posts it to /journal/import/ through the Django test client into an empty journal:
parse, duplicate check, encryption and save in one request. Prints wall and CPU seconds
(``time.process_time``: one core). ``--distinct`` gives every row its own substance name, the
costliest names for the analysis that the next page view runs (also timed, cold cache).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from typing import Any

COMMAND = "python benchmarks/journal_import.py"


def journal_csv(rows: int, distinct: bool) -> str:
    start = dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC)
    lines = ["taken_at,substance,form,amount,unit,craving,mood,note"]
    for k in range(rows):
        when = (start - dt.timedelta(minutes=97 * k)).isoformat()
        substance = f"substance {k}" if distinct else "kratom"
        form = "other" if distinct else "leaf_powder"
        lines.append(f"{when},{substance},{form},2.5,g,4,6,felt tired after work on day {k}")
    return "\n".join(lines) + "\n"


def _timed(call: Any) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = call()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[5000, 10000, 20000])
    parser.add_argument("--distinct", action="store_true")
    args = parser.parse_args()
    os.environ["KRATOMWISE_DATA_DIR"] = tempfile.mkdtemp(prefix="kw-journal-import-")
    os.environ.pop("DATABASE_URL", None)
    from kratomwise.web.server import prepare

    prepare()
    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test import Client

    from kratomwise.web.journal import services
    from kratomwise.web.journal.models import Entry

    services.MAX_IMPORT_ENTRIES = max(args.rows)  # measure beyond today's limit
    services.usage.formats.MAX_ENTRIES = max(args.rows)
    services.usage.formats.MAX_CHARS = 10**8
    services.MAX_IMPORT_BYTES = 4 * 10**8
    from kratomwise.web.journal import views_data

    views_data.MAX_IMPORT_ENTRIES = services.MAX_IMPORT_ENTRIES
    views_data.MAX_IMPORT_BYTES = services.MAX_IMPORT_BYTES
    results = []
    for rows in args.rows:
        user = get_user_model().objects.create_user(f"import{rows}")
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        client.get("/journal/")  # imports loaded
        text = journal_csv(rows, args.distinct)
        upload = SimpleUploadedFile("journal.csv", text.encode())
        response, wall, cpu = _timed(
            lambda u=upload, c=client: c.post("/journal/import/", {"file": u})
        )
        assert response.status_code == 302, response.content[:300]
        assert Entry.objects.filter(owner=user).count() == rows
        page, page_wall, page_cpu = _timed(lambda c=client: c.get("/journal/"))
        assert page.status_code == 200
        results.append(
            {
                "rows": rows,
                "characters": len(text),
                "import_wall_s": round(wall, 2),
                "import_cpu_s": round(cpu, 2),
                "next_page_wall_s": round(page_wall, 2),
                "next_page_cpu_s": round(page_cpu, 2),
            }
        )
    print(json.dumps({"command": COMMAND, "distinct": args.distinct, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
