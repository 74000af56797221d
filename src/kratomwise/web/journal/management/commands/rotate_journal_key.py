from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "New encryption key; every encrypted value (notes, instrument answers, saved names) "
        "re-encrypted with it; old keys dropped."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        from kratomwise.web.journal.crypto import key_path, rotate

        count = rotate()
        self.stdout.write(f"Re-encrypted {count} value(s); key file {key_path()}")
