"""Every view reaches data the one scoped way (docs/adr/0001-ccg-scoping.md), checked on the
source like NHS Digital's breast-screening service checks its provider-scoped queries: no view
touches a model's manager (`Model.objects`), because a manager sees every CCG; and no view calls
`scoped_queryset(...)` only to throw the rows away (`require_model_perm` says that honestly).
Rows come from the app's selectors, which filter with `visible_to` / `for_ccgs`."""

import ast
from pathlib import Path

from django.conf import settings

VIEW_GLOBS = ("*/views.py", "*/views/*.py")


def view_modules(root: Path) -> list[Path]:
    found = {path for pattern in VIEW_GLOBS for path in root.glob(pattern)}
    return sorted(path for path in found if not path.parts[len(root.parts)].startswith("."))


def _called_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _manager_owner(node: ast.Attribute) -> str:
    """`Contact` for `Contact.objects` (or `model.objects`: a variable holding a model) and
    `models.Contact.objects`; "" for anything else."""
    if node.attr != "objects":
        return ""
    if isinstance(node.value, ast.Name):
        return node.value.id
    if isinstance(node.value, ast.Attribute) and node.value.attr[:1].isupper():
        return node.value.attr
    return ""


def scoping_offences(source: str, filename: str) -> list[str]:
    """`file:line: what` for each unscoped read in one module's source, in line order."""
    offences = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Attribute) and _manager_owner(node):
            what = f"{_manager_owner(node)}.objects (read through a selector)"
        elif (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Call)
            and _called_name(node.value) == "scoped_queryset"
        ):
            what = "scoped_queryset(...) result discarded (use require_model_perm)"
        else:
            continue
        offences.append((node.lineno, node.col_offset, f"{filename}:{node.lineno}: {what}"))
    return [offence for *_, offence in sorted(offences)]


def test_every_views_module_of_every_app_is_checked():
    root = Path(settings.BASE_DIR)
    names = {str(path.relative_to(root)) for path in view_modules(root)}
    # One module of each shape, so a moved or renamed views package cannot drop out unseen.
    assert {
        "campaigns/views/awareness_days.py",
        "media_desk/views/items.py",
        "engagement/views/reports.py",
    } <= (names)
    assert len(names) >= 25


def test_no_view_reads_a_manager_or_discards_a_scoped_queryset():
    root = Path(settings.BASE_DIR)
    offences = [
        offence
        for path in view_modules(root)
        for offence in scoping_offences(path.read_text(), str(path.relative_to(root)))
    ]
    assert not offences, "Unscoped reads in views:\n" + "\n".join(offences)


def test_the_check_finds_a_manager_read_and_a_discarded_queryset():
    source = (
        "def a_view(request):\n"
        "    scoped_queryset(request, Contact)\n"
        "    access.scoped_queryset(request, Contact, 'add')\n"
        "    kept = scoped_queryset(request, Contact)\n"
        "    objects = request.session.objects  # not a model's manager\n"
        "    return Contact.objects.filter(ccg_id=1), kept, models.Ccg.objects.all()\n"
    )
    assert scoping_offences(source, "app/views.py") == [
        "app/views.py:2: scoped_queryset(...) result discarded (use require_model_perm)",
        "app/views.py:3: scoped_queryset(...) result discarded (use require_model_perm)",
        "app/views.py:6: Contact.objects (read through a selector)",
        "app/views.py:6: Ccg.objects (read through a selector)",
    ]
