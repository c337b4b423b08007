"""Read a tagged PDF as a screen reader would need it (pikepdf): its structure tree, which
structure element or artifact each text-showing operator belongs to, its catalog, metadata
and fonts. `assert_tagged` runs every check the tagged PDFs must pass (docs/adr/0017)."""

import io
from dataclasses import dataclass, field

import pikepdf

TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}
PDFUAID = "{http://www.aiim.org/pdfua/ns/id/}part"


@dataclass
class Elem:
    role: str
    attributes: dict
    alt: str | None
    objgen: tuple[int, int]
    kids: list["Elem"] = field(default_factory=list)
    mcids: list[tuple[int, int]] = field(default_factory=list)  # (page number, MCID)

    def walk(self):
        yield self
        for kid in self.kids:
            yield from kid.walk()

    def roles(self) -> list[str]:
        return [kid.role for kid in self.kids]

    def find(self, role: str) -> list["Elem"]:
        return [e for e in self.walk() if e.role == role]


@dataclass(frozen=True)
class TextRun:
    page: int
    operator: str
    marks: tuple[tuple[str, int | None], ...]  # enclosing sequences, outermost first: (tag, MCID)
    x: float  # where the line starts (the last Td or Tm; fpdf2 starts each line with BT x y Td)

    def owner(self) -> tuple[str, int | None] | None:
        """The innermost sequence that is an artifact or has an MCID; None if there is none."""
        for tag, mcid in reversed(self.marks):
            if tag == "Artifact" or mcid is not None:
                return tag, mcid
        return None


def open_pdf(data: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data))


def _page_numbers(pdf: pikepdf.Pdf) -> dict[tuple[int, int], int]:
    return {page.obj.objgen: n for n, page in enumerate(pdf.pages, start=1)}


def structure(pdf: pikepdf.Pdf) -> Elem:
    """The tree under StructTreeRoot (a root Elem whose kids are its /K)."""
    pages = _page_numbers(pdf)
    root = pdf.Root.StructTreeRoot
    tree = Elem("StructTreeRoot", {}, None, root.objgen)
    _kids(tree, root.get("/K"), None, pages)
    return tree


def _kids(parent: Elem, k, page: int | None, pages) -> None:
    if k is None:
        return
    for kid in k if isinstance(k, pikepdf.Array) else [k]:
        if isinstance(kid, int):
            parent.mcids.append((page, int(kid)))
        elif kid.get("/Type") == "/MCR":
            parent.mcids.append((pages[kid.Pg.objgen], int(kid.MCID)))
        else:
            attributes = kid.get("/A")
            elem = Elem(
                role=str(kid.S)[1:],
                attributes={str(k)[1:]: str(v) for k, v in attributes.items()}
                if attributes is not None
                else {},
                alt=str(kid.Alt) if kid.get("/Alt") is not None else None,
                objgen=kid.objgen,
            )
            parent.kids.append(elem)
            own = pages[kid.Pg.objgen] if kid.get("/Pg") is not None else page
            _kids(elem, kid.get("/K"), own, pages)


def parent_tree(pdf: pikepdf.Pdf) -> dict[tuple[int, int], tuple[int, int]]:
    """(page number, MCID) -> the objgen of the element the ParentTree gives for it."""
    nums = list(pdf.Root.StructTreeRoot.ParentTree.Nums)
    owners = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    mapped = {}
    for n, page in enumerate(pdf.pages, start=1):
        key = page.obj.get("/StructParents")
        if key is None:
            continue
        for mcid, elem in enumerate(owners[int(key)]):
            mapped[(n, mcid)] = elem.objgen
    return mapped


def text_runs(pdf: pikepdf.Pdf) -> list[TextRun]:
    runs = []
    for n, page in enumerate(pdf.pages, start=1):
        marks: list[tuple[str, int | None]] = []
        x = 0.0
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in {"Td", "Tm"}:
                x = float(operands[0 if op == "Td" else 4])
            if op in {"BDC", "BMC"}:
                props = operands[1] if op == "BDC" else None
                mcid = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
                marks.append((str(operands[0])[1:], None if mcid is None else int(mcid)))
            elif op == "EMC":
                marks.pop()
            elif op in TEXT_OPERATORS:
                runs.append(TextRun(n, op, tuple(marks), x))
    return runs


def fonts(pdf: pikepdf.Pdf) -> dict[str, bool]:
    """Each font of the pages by its base name: whether its program is embedded."""
    found = {}
    for page in pdf.pages:
        for font in page.Resources.get("/Font", {}).values():
            descendants = font.get("/DescendantFonts")
            described = descendants[0] if descendants is not None else font
            descriptor = described.get("/FontDescriptor")
            found[str(font.BaseFont)] = descriptor is not None and any(
                descriptor.get(key) is not None for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    return found


def assert_tagged(data: bytes) -> Elem:
    """Every check of docs/adr/0017; the document's structure tree, for more."""
    pdf = open_pdf(data)
    root = pdf.Root
    assert root.MarkInfo.Marked is True
    assert str(root.Lang) == "en-GB"
    assert root.ViewerPreferences.DisplayDocTitle is True
    assert str(pdf.docinfo.Title)
    xmp = pdf.open_metadata()
    assert xmp.get("dc:title") == str(pdf.docinfo.Title)
    assert xmp.get(PDFUAID) == "1"
    assert all(page.obj.get("/Tabs") == "/S" for page in pdf.pages)
    assert fonts(pdf) and all(fonts(pdf).values()), fonts(pdf)
    tree = structure(pdf)
    assert tree.roles() == ["Document"]
    owners = {mcid: elem.objgen for elem in tree.walk() for mcid in elem.mcids}
    assert parent_tree(pdf) == owners
    for run in text_runs(pdf):
        owner = run.owner()
        assert owner is not None, f"text outside any marked content on page {run.page}"
        tag, mcid = owner
        assert tag == "Artifact" or (run.page, mcid) in owners, (run, "not in the tree")
    return tree.kids[0]
