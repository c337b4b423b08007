"""A nested structure tree for fpdf2 (ISO 32000-1 14.7, ISO 14289-1 7.1).

fpdf2's own builder (fpdf/structure_tree.py) hangs every element straight under /Document and
allows one marked-content sequence per element on one page. Ours nests (Table > TR > TD), lets
an element own several sequences on several pages (a paragraph broken by a page break), and
keeps the ParentTree: for each page, the element that owns each MCID, in MCID order.

It stands in for `FPDF.struct_builder`, so fpdf2's output code writes it: it iterates the
builder for the objects to write (the root first), and before writing sets `.pg` on every item
in `doc_struct_elem.k` from its `page_number()`; we hand it every element and marked-content
reference that has a page, so each gets its /Pg."""

from collections import defaultdict
from types import SimpleNamespace

from fpdf.structure_tree import StructTreeRoot
from fpdf.syntax import Name, PDFArray, PDFObject, PDFString


class StructElem(PDFObject):
    """One element; attributes not None are written under their CamelCase names."""

    def __init__(self, role: str, parent: PDFObject, *, alt=None, attributes=None) -> None:
        super().__init__()
        self.type = Name("StructElem")
        self.s = Name(role)
        self.p = parent
        self.k = PDFArray()
        self.alt = None if alt is None else PDFString(alt)
        # e.g. "<</O /Table /Scope /Column>>" (14.8.5.7) or a Layout BBox for a Figure.
        self.a = attributes
        self.pg = None
        self._page: int | None = None
        self._role = role

    def tag(self) -> str:
        """What BDC tags the element's content with (a method: properties would be written)."""
        return self._role

    def page_number(self) -> int | None:
        return self._page


class MarkedContentRef:
    """An MCID on another page than its element's /Pg (a sequence continued after a break)."""

    def __init__(self, page: int, mcid: int) -> None:
        self._page, self.mcid, self.pg = page, mcid, None

    def page_number(self) -> int:
        return self._page

    def serialize(self, **_) -> str:
        return f"<</Type /MCR /Pg {self.pg.ref} /MCID {self.mcid}>>"


class StructureTree:
    def __init__(self) -> None:
        self.struct_tree_root = StructTreeRoot()
        self.document = StructElem("Document", self.struct_tree_root)
        self.struct_tree_root.k.append(self.document)
        self._elements: list[StructElem] = [self.document]
        self._refs: list[MarkedContentRef] = []
        # page -> owners of its MCIDs 0, 1, 2…; page -> its /StructParents key
        self._owners: dict[int, list[StructElem]] = defaultdict(list)
        self._keys: dict[int, int] = {}

    def element(self, role: str, parent: StructElem, **kwargs) -> StructElem:
        elem = StructElem(role, parent, **kwargs)
        parent.k.append(elem)
        self._elements.append(elem)
        return elem

    def mark(self, elem: StructElem, page: int) -> tuple[int, int]:
        """A new MCID on `page` owned by `elem`: (mcid, the page's /StructParents key)."""
        mcid = len(self._owners[page])
        self._owners[page].append(elem)
        key = self._keys.setdefault(page, len(self._keys))
        self.struct_tree_root.parent_tree.nums[key] = self._owners[page]
        if elem._page is None:
            elem._page = page
        if elem._page == page:
            elem.k.append(mcid)
        else:
            ref = MarkedContentRef(page, mcid)
            self._refs.append(ref)
            elem.k.append(ref)
        return mcid, key

    # What fpdf2's output code asks of its builder:
    @property
    def doc_struct_elem(self) -> SimpleNamespace:
        paged = [e for e in self._elements if e.page_number() is not None]
        return SimpleNamespace(k=[*paged, *self._refs])

    def empty(self) -> bool:
        return not self.document.k

    def __iter__(self):
        yield self.struct_tree_root
        yield self.struct_tree_root.parent_tree
        yield from self._elements


__all__ = ["MarkedContentRef", "StructElem", "StructureTree"]
