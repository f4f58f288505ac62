"""Writes the seed CSV files under db/data/ (deterministic: run it again, get the same files).

    python3 tests/cap/make_seed.py

The tests rely on the counts and on a few fixed rows (see README.md); they do not depend
on the random values beyond that.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
import uuid
from collections.abc import Sequence
from pathlib import Path

DATA = Path(__file__).resolve().parent / "db" / "data"
NS = "odatagen.cap"
SEEDED = "2024-01-01T00:00:00.000Z"  # createdAt/modifiedAt of every seeded row

GENRES = [
    "Fiction",
    "Poetry",
    "Drama",
    "Science",
    "History",
    "Travel",
    "Children",
    "Cooking",
]
FIRST = [
    "Ada",
    "Boris",
    "Clara",
    "Dmitri",
    "Elena",
    "Farid",
    "Greta",
    "Hiro",
    "Ines",
    "Jonas",
]
LAST = [
    "Lovelace",
    "Pasternak",
    "Schumann",
    "Mendeleev",
    "Ferrante",
    "Ahmadi",
    "Thunberg",
]
WORDS = [
    "river",
    "night",
    "glass",
    "winter",
    "garden",
    "silent",
    "north",
    "paper",
    "stone",
    "summer",
    "letters",
    "island",
    "shadow",
    "city",
    "salt",
    "orchard",
    "harbour",
    "ember",
]
CITIES = ["Berlin", "Lisbon", "Kyoto", "Montréal", "Oslo", "Zürich", "Tbilisi", "Lima"]


def author_id(n: int) -> str:
    return f"a0000000-0000-4000-8000-{n:012d}"


def book_id(n: int) -> str:
    return f"b0000000-0000-4000-8000-{n:012d}"


def order_id(n: int) -> str:
    return f"0d000000-0000-4000-8000-{n:012d}"


def write(name: str, header: list[str], rows: Sequence[Sequence[object]]) -> None:
    with (DATA / f"{NS}-{name}.csv").open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(["" if v is None else v for v in row] for row in rows)


def main() -> None:
    rng = random.Random(20240101)
    DATA.mkdir(parents=True, exist_ok=True)
    write("Genres", ["ID", "name"], [[i + 1, g] for i, g in enumerate(GENRES)])

    authors: list[list[object]] = []
    for n in range(1, 26):
        born = dt.date(1800, 1, 1) + dt.timedelta(days=rng.randrange(60000))
        died = born + dt.timedelta(days=rng.randrange(9000, 33000)) if n % 3 else None
        authors.append(
            [
                author_id(n),
                f"{FIRST[n % len(FIRST)]} {LAST[n % len(LAST)]} {n}",
                born.isoformat(),
                died.isoformat() if died else None,
                rng.choice(CITIES),
                f"{rng.randrange(1, 200)} {rng.choice(WORDS).title()} Street",
                rng.choice(CITIES),
                f"{rng.randrange(10000, 99999)}",
                rng.choice(["DE", "PT", "JP", "CA", "NO"]),
                SEEDED,
                "seed",
                SEEDED,
                "seed",
            ]
        )
    write(
        "Authors",
        [
            "ID",
            "name",
            "born",
            "died",
            "placeOfBirth",
            "address_street",
            "address_city",
            "address_zip",
            "address_country",
            "createdAt",
            "createdBy",
            "modifiedAt",
            "modifiedBy",
        ],
        authors,
    )

    books: list[list[object]] = []
    for n in range(1, 251):
        title = " ".join(
            rng.choice(WORDS) for _ in range(rng.randrange(1, 4))
        ).capitalize()
        sold = dt.datetime(2020, 1, 1, tzinfo=dt.UTC) + dt.timedelta(
            seconds=rng.randrange(10**8)
        )
        books.append(
            [
                book_id(n),
                f"{title} {n}",
                f"Book number {n}: {title.lower()}.",
                author_id((n - 1) % 25 + 1),
                (n - 1) % len(GENRES) + 1,
                rng.randrange(0, 500),
                f"{rng.randrange(500, 9999) / 100:.2f}",
                rng.choice(["EUR", "USD", "GBP"]),
                "true" if n % 7 else "false",
                (
                    dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(27000))
                ).isoformat(),
                sold.strftime("%Y-%m-%dT%H:%M:%SZ") if n % 5 else None,
                rng.randrange(40, 1200),
                rng.randrange(0, 5 * 10**9),
                round(rng.uniform(1, 5), 3),
                f"{rng.randrange(0, 24):02d}:{rng.randrange(0, 60):02d}:00",
                f"978-{rng.randrange(10**9):09d}",
                "NUD"[n % 3],
                (n % 3) + 1 if n % 4 else None,
                json.dumps(rng.sample(WORDS, rng.randrange(0, 3))),
                SEEDED,
                "seed",
                SEEDED,
                "seed",
            ]
        )
    write(
        "Books",
        [
            "ID",
            "title",
            "descr",
            "author_ID",
            "genre_ID",
            "stock",
            "price",
            "currency",
            "available",
            "published",
            "lastSold",
            "pages",
            "copiesSold",
            "rating",
            "readingTime",
            "isbn",
            "condition",
            "priority",
            "tags",
            "createdAt",
            "createdBy",
            "modifiedAt",
            "modifiedBy",
        ],
        books,
    )

    orders: list[list[object]] = []
    items: list[list[object]] = []
    for n in range(1, 4):
        total = 0.0
        for pos in range(1, n + 2):
            book = books[(n * 17 + pos * 5) % len(books)]
            quantity = pos
            amount = round(float(str(book[6])) * quantity, 2)
            total += amount
            items.append([order_id(n), pos, book[0], quantity, f"{amount:.2f}"])
        orders.append(
            [
                order_id(n),
                n,
                f"Buyer {n}",
                f"2024-0{n}-15T10:30:00.000Z",
                f"{total:.2f}",
                f"{n} Main Street",
                "Berlin",
                "10115",
                "DE",
                SEEDED,
                "seed",
                SEEDED,
                "seed",
            ]
        )
    write(
        "Orders",
        [
            "ID",
            "orderNo",
            "buyer",
            "placedAt",
            "total",
            "shipTo_street",
            "shipTo_city",
            "shipTo_zip",
            "shipTo_country",
            "createdAt",
            "createdBy",
            "modifiedAt",
            "modifiedBy",
        ],
        orders,
    )
    write("OrderItems", ["parent_ID", "pos", "book_ID", "quantity", "amount"], items)
    assert uuid.UUID(book_id(1)).version == 4


if __name__ == "__main__":
    main()
