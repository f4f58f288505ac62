"""Identifier rules: examples from real metadata, hostile input, and properties over any text."""

from __future__ import annotations

import ast
import builtins
import keyword
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from odatagen.identifiers import (
    BUILTINS,
    KEYWORDS,
    SOFT_KEYWORDS,
    NameAllocator,
    Rename,
    escape_reserved,
    identifier_key,
    pascal_case,
    sanitize,
    snake_case,
    split_words,
)


def assert_safe_identifier(name: str) -> None:
    assert name.isidentifier(), repr(name)
    assert unicodedata.normalize("NFKC", name) == name, repr(name)
    assert not keyword.iskeyword(name), repr(name)
    assert all(unicodedata.category(char) != "Cf" for char in name), repr(name)
    # The parser must see exactly this name, both as a global and as a class attribute.
    module = ast.parse(f"{name} = 1\nclass C:\n    {name}: int = 1\n")
    target = module.body[0]
    assert isinstance(target, ast.Assign) and isinstance(target.targets[0], ast.Name)
    assert target.targets[0].id == name


# --- constants -----------------------------------------------------------------------


def test_keyword_sets() -> None:
    assert KEYWORDS == frozenset(keyword.kwlist)
    assert {"class", "from", "None", "True", "async", "await"} <= KEYWORDS
    assert SOFT_KEYWORDS == frozenset(keyword.softkwlist)
    assert {"_", "case", "match"} <= SOFT_KEYWORDS
    assert {"list", "id", "type", "print", "object"} <= BUILTINS
    assert all(not name.startswith("_") for name in BUILTINS)
    assert BUILTINS <= set(dir(builtins))


# --- split_words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("AccountId", ["Account", "Id"]),
        ("UsrPriceUSD", ["Usr", "Price", "USD"]),
        ("HTTPResponseCode", ["HTTP", "Response", "Code"]),
        ("userPrincipalName", ["user", "Principal", "Name"]),
        ("_parentaccountid_value", ["parentaccountid", "value"]),
        ("Ref_Key", ["Ref", "Key"]),
        ("ContactCollectionByAccount", ["Contact", "Collection", "By", "Account"]),
        ("Address2Line", ["Address2", "Line"]),
        ("IPv4Address", ["IPv4", "Address"]),
        ("UUIDv7", ["UUIDv7"]),
        ("HTTPversion", ["HTT", "Pversion"]),  # "v" is a version only before digits
        ("3DModel", ["3D", "Model"]),
        ("1stName", ["1st", "Name"]),
        ("ДатаНачала", ["Дата", "Начала"]),
        ("Справочник_Контрагенты", ["Справочник", "Контрагенты"]),
        ("GPSN", ["GPSN"]),
        ("Account Id", ["Account", "Id"]),
        ("a--b", ["a", "b"]),
        # Python accepts the middle dot in identifiers, but it is punctuation.
        ("Ref·Key", ["Ref", "Key"]),
        ("数据Value", ["数据", "Value"]),
        ("", []),
        ("___", []),
        ("\u0301abc", ["abc"]),  # a mark without a base letter is dropped
    ],
)
def test_split_words(name: str, words: list[str]) -> None:
    assert split_words(name) == words


# --- snake_case / pascal_case / sanitize ---------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("AccountId", "account_id"),
        ("UsrPriceUSD", "usr_price_usd"),
        ("Id", "id"),
        ("ProcessListeners", "process_listeners"),
        ("_parentaccountid_value", "parentaccountid_value"),
        ("Ref_Key", "ref_key"),
        ("ДатаНачала", "дата_начала"),
        ("Справочник_Контрагенты", "справочник_контрагенты"),
        ("GPSN", "gpsn"),
        ("Address2Line", "address2_line"),
        ("IPv4Address", "ipv4_address"),
        ("HTTPResponseCode", "http_response_code"),
        ("", "field"),
        ("!!!", "field"),
        ("1stName", "n_1st_name"),
        ("Class", "class_"),
        ("From", "from_"),
        ("ﬁeld", "field"),
        ("Ａｃｃｏｕｎｔ", "account"),
    ],
)
def test_snake_case(name: str, expected: str) -> None:
    assert snake_case(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("contact", "Contact"),
        ("UsrRealty", "UsrRealty"),
        ("UsrPriceUSD", "UsrPriceUSD"),
        ("sales_order_item", "SalesOrderItem"),
        ("userPrincipal", "UserPrincipal"),
        ("Справочник_Контрагенты", "СправочникКонтрагенты"),
        # SCREAMING_SNAKE would otherwise lose every boundary.
        ("HTTP_CODE", "HttpCode"),
        ("", "Model"),
        ("-", "Model"),
        ("3DModel", "T3DModel"),
        ("none", "None_"),
        ("true", "True_"),
    ],
)
def test_pascal_case(name: str, expected: str) -> None:
    assert pascal_case(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Account Id", "Account_Id"),
        ("a-b", "a_b"),
        ("a--b", "a__b"),
        ("ﬁeld", "field"),
        ("1x", "_1x"),
        ("", "_"),
        ("class", "class_"),
        # Soft keywords are valid names; callers reserve them where needed.
        ("match", "match"),
        ("Справочник_Контрагенты", "Справочник_Контрагенты"),
        ("\u0301x", "_\u0301x"),
    ],
)
def test_sanitize(name: str, expected: str) -> None:
    assert sanitize(name) == expected


# --- hostile input -------------------------------------------------------------------

CONVERTERS = [snake_case, pascal_case, sanitize]


@pytest.mark.parametrize("convert", CONVERTERS)
@pytest.mark.parametrize(
    "invisible",
    ["\u202e", "\u2066", "\u2069", "\u200b", "\u200d", "\ufeff", "\u00ad", "\u3164"],
)
def test_invisible_characters_removed(convert: object, invisible: str) -> None:
    assert callable(convert)
    plain = convert("AccountId")
    assert convert(f"Account{invisible}Id") == plain
    assert convert(f"{invisible}Account{invisible}Id{invisible}") == plain


def test_confusables_are_normalised() -> None:
    assert sanitize("ｆｉｅｌｄ") == "field"  # fullwidth letters
    assert sanitize("ﬁeld") == sanitize("field")  # ligature
    assert sanitize("ℌ") == "H"  # mathematical letterlike
    assert sanitize("x²") == "x2"
    # Deleting a joiner must not leave a decomposed pair behind: NFKC composes it again.
    assert sanitize("e\u200d\u0301") == "é"


@pytest.mark.parametrize("convert", CONVERTERS)
@pytest.mark.parametrize(
    "hostile",
    ['"', "'", "\\", "\n", "\r\n", "{{", "}}", "#", "'''", '"""', "\\n", "\x00", "@"],
)
def test_code_breaking_characters_become_underscores(
    convert: object, hostile: str
) -> None:
    assert callable(convert)
    for name in (hostile, f"a{hostile}b", f"{hostile}Name", f"Name{hostile}"):
        result = convert(name)
        assert isinstance(result, str)
        assert_safe_identifier(result)
        assert not set(result) & set("\"'\\\n\r{}#@.\x00")


@pytest.mark.parametrize("convert", CONVERTERS)
def test_punctuation_only_names(convert: object) -> None:
    assert callable(convert)
    for name in ("---", "...", "!?", "()", "  ", "\t"):
        result = convert(name)
        assert isinstance(result, str)
        assert_safe_identifier(result)


def test_long_names_are_kept() -> None:
    name = "Field" * 60
    assert len(name) == 300
    assert sanitize(name) == name
    assert pascal_case(name) == name
    assert snake_case(name) == "_".join(["field"] * 60)
    cyrillic = "Поле" * 75
    assert sanitize(cyrillic) == cyrillic
    for result in (sanitize(name), snake_case(name), pascal_case(cyrillic)):
        assert_safe_identifier(result)


# --- escape_reserved -----------------------------------------------------------------


def test_escape_reserved() -> None:
    assert escape_reserved("class", frozenset()) == "class_"
    assert escape_reserved("from", frozenset()) == "from_"
    assert escape_reserved("match", frozenset({"match"})) == "match_"
    assert escape_reserved("match", frozenset()) == "match"
    assert escape_reserved("class", frozenset({"class_"})) == "class__"
    assert escape_reserved("list", BUILTINS) == "list_"
    assert escape_reserved("name", frozenset()) == "name"


# --- NameAllocator -------------------------------------------------------------------


def test_allocator_suffixes_collisions() -> None:
    names = NameAllocator()
    assert [
        names.claim(w, f"p{i}") for i, w in enumerate(["a", "a", "a_2", "a", "b"])
    ] == [
        "a",
        "a_2",
        "a_2_2",
        "a_3",
        "b",
    ]
    assert names.renames == [
        Rename("p1", "a", "a_2", "collision"),
        Rename("p2", "a_2", "a_2_2", "collision"),
        Rename("p3", "a", "a_3", "collision"),
    ]


def test_allocator_reserved_and_keywords() -> None:
    names = NameAllocator(reserved=frozenset({"match", "model_config"}))
    assert names.claim("class", "x") == "class_"
    assert names.claim("class", "y") == "class_2"
    assert names.claim("match", "z") == "match_"
    assert names.claim("model_config", "w") == "model_config_"
    assert names.renames == [
        Rename("x", "class", "class_", "reserved"),
        Rename("y", "class", "class_2", "collision"),
        Rename("z", "match", "match_", "reserved"),
        Rename("w", "model_config", "model_config_", "reserved"),
    ]


def test_allocator_skips_reserved_suffixes() -> None:
    names = NameAllocator(reserved=frozenset({"a_2"}))
    assert names.claim("a", "x") == "a"
    assert names.claim("a", "y") == "a_3"


def test_allocator_sanitizes_invalid_wanted() -> None:
    names = NameAllocator()
    assert names.claim("a b", "x") == "a_b"
    assert names.renames == [Rename("x", "a b", "a_b", "invalid")]


def test_allocator_casefold() -> None:
    files = NameAllocator(casefold=True)
    assert files.claim("Account", "EntityType Account") == "Account"
    assert files.claim("account", "EntityType account") == "account_2"
    assert files.claim("ACCOUNT", "EntityType ACCOUNT") == "ACCOUNT_3"
    assert files.renames[0] == Rename(
        "EntityType account", "account", "account_2", "collision"
    )
    assert identifier_key("Straße") == identifier_key("STRASSE")
    assert NameAllocator(reserved=frozenset({"Models"}), casefold=True).claim(
        "models", "x"
    ) == ("models_")
    case_sensitive = NameAllocator()
    assert case_sensitive.claim("Account", "a") == "Account"
    assert case_sensitive.claim("account", "b") == "account"


def test_allocator_is_deterministic() -> None:
    wanted = ["x", "X", "x", "x_2", "class", "", "x"] * 3
    first, second = NameAllocator(casefold=True), NameAllocator(casefold=True)
    assert [first.claim(w, "s") for w in wanted] == [
        second.claim(w, "s") for w in wanted
    ]
    assert first.renames == second.renames


# --- properties ----------------------------------------------------------------------

# Characters that stress the rules: invisibles, marks, jamo, ligatures, fullwidth,
# Cyrillic, digits from other scripts, and Python-accepted punctuation.
TRICKY = st.sampled_from(
    list("\u200b\u200d\u202e\u2066\ufeff\u00ad\u3164\u0301\u0308\u1100\u1161\u11a8")
    + list("ﬁＡａ１ДдΣςİı٣·‿_ -.1aAvV²ℌ¨ǅß")
)
NAMES = (
    st.text() | st.text(alphabet=TRICKY) | st.lists(st.text(max_size=3)).map("".join)
)
PROPERTY = settings(max_examples=300, deadline=None)


@PROPERTY
@given(NAMES)
def test_converters_always_return_safe_identifiers(name: str) -> None:
    for convert in CONVERTERS:
        assert_safe_identifier(convert(name))


@PROPERTY
@given(NAMES)
def test_converters_are_idempotent(name: str) -> None:
    assert sanitize(sanitize(name)) == sanitize(name)
    assert snake_case(snake_case(name)) == snake_case(name)


@PROPERTY
@given(st.lists(NAMES, max_size=30), st.booleans())
def test_allocator_returns_unique_safe_names(wanted: list[str], casefold: bool) -> None:
    names = NameAllocator(reserved=frozenset({"match", "a"}), casefold=casefold)
    given_names = [names.claim(w, str(i)) for i, w in enumerate(wanted)]
    keys = [identifier_key(n) if casefold else n for n in given_names]
    assert len(set(keys)) == len(keys)
    for name in given_names:
        assert_safe_identifier(name)
        assert name not in {"match", "a"}
    assert all(r.reason in {"collision", "reserved", "invalid"} for r in names.renames)
    assert len(names.renames) == sum(g != w for g, w in zip(given_names, wanted))
