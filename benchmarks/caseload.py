"""Benchmark: the clinician caseload with 200 consented people, each with 30 days of journal,
check-ins and a taper plan. Server time of one caseload request (wall and CPU time), as
a ratio to /healthz measured in the same run.

Run:  python benchmarks/caseload.py [--all-checked-in]
Target: < 300 ms server time for 200 people (issue #15).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from decimal import Decimal

COMMAND = "python benchmarks/caseload.py"
PEOPLE = 200


def main() -> int:
    checked_in = "--all-checked-in" in sys.argv  # worst case: every taper plan is rebuilt
    os.environ["KRATOMWISE_DATA_DIR"] = tempfile.mkdtemp(prefix="kw-caseload-")
    from kratomwise.web.server import prepare

    prepare()
    from django.test import Client
    from django.utils import timezone
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from kratomwise.web.accounts.models import User
    from kratomwise.web.checkins.models import InstrumentResponse
    from kratomwise.web.journal.models import Entry
    from kratomwise.web.programs.models import Consent, ConsentRecipient, Program, RoleGrant
    from kratomwise.web.taper.models import TaperCheckIn, TaperPlan

    program = Program.objects.create(name="Bench Program")
    clinician = User.objects.create(username="clinician")
    RoleGrant.objects.create(user=clinician, role="clinician", program=program)
    device = TOTPDevice.objects.create(user=clinician, name="bench", confirmed=True)
    now = timezone.now()
    for n in range(PEOPLE):
        person = User.objects.create(username=f"person{n:03d}")
        Entry.objects.bulk_create(
            Entry(
                owner=person,
                taken_at=now - timedelta(days=d, hours=3),
                amount=Decimal(3),
                substance="alcohol" if n % 10 == 0 and d % 7 == 0 else "kratom",
            )
            for d in range(30)
        )
        InstrumentResponse.objects.create(
            owner=person,
            instrument="phq9",
            total=5,
            answers={},
            safety_flag=n % 25 == 0,
            taken_at=now - timedelta(days=n % 10),
        )
        TaperPlan.objects.create(
            owner=person,
            amount=Decimal(8),
            percent=Decimal(10),
            every_days=7,
            start=now.date() - timedelta(days=10),
        )
        if checked_in:
            TaperCheckIn.objects.create(owner=person, day=now.date(), withdrawal=3, craving=2)
        consent = Consent.objects.create(
            person=person,
            type="disclosure",
            person_name=f"Person {n}",
            discloser="kratomwise",
            categories=["journal", "checkins", "taper"],
            purpose="treatment",
            expires_at=now + timedelta(days=30),
            signer=f"Person {n}",
            relationship="self",
            signed_at=now,
            statements={},
            document_hash="0" * 64,
        )
        ConsentRecipient.objects.create(consent=consent, program=program)
    client = Client()
    client.force_login(clinician, backend="django.contrib.auth.backends.ModelBackend")
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()

    def timed(url: str, runs: int) -> tuple[float, float]:
        """Median wall time and median CPU time of this process (the test client serves the
        request in-process, so CPU time leaves out other programs sharing the machine)."""
        wall, cpu = [], []
        for _ in range(runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            response = client.get(url, HTTP_HOST="127.0.0.1")
            wall.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            assert response.status_code == 200, response.status_code
        return statistics.median(wall), statistics.median(cpu)

    timed("/clinic/", 1)  # warm caches and imports
    healthz, healthz_cpu = timed("/healthz", 50)
    caseload, caseload_cpu = timed("/clinic/", 5)
    print(
        f"{COMMAND}{' --all-checked-in' if checked_in else ''}: {PEOPLE} people, caseload "
        f"{caseload * 1000:.0f} ms median ({caseload / healthz:.0f}x /healthz at "
        f"{healthz * 1000:.2f} ms); CPU {caseload_cpu * 1000:.0f} ms "
        f"({caseload_cpu / healthz_cpu:.0f}x /healthz at {healthz_cpu * 1000:.2f} ms)"
    )
    return 0 if caseload < 0.3 else 1


if __name__ == "__main__":
    sys.exit(main())
