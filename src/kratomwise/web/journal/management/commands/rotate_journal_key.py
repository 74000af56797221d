from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create a new journal encryption key, re-encrypt every note with it, drop old keys."

    def handle(self, *args: Any, **options: Any) -> None:
        from kratomwise.web.journal.crypto import key_path, rotate

        count = rotate()
        self.stdout.write(f"Re-encrypted {count} note(s); key file {key_path()}")
