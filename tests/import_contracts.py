"""A contract type for import-linter (.importlinter): a feature app reaches another only
through its public surface.

Import-linter's own contracts name the modules they protect, so an internal module added later
(a new `presenters.py`, a `views/` package) would be open until someone listed it. This one
states the rule the other way round: of another app, only the listed parts may be imported
(`services`, `selectors`, `models` for foreign keys). The project package (its URLconf wires
every app's views) and the tests (they walk the whole portal) are exempt."""

import grimp
from importlinter import Contract, ContractCheck, fields, output
from importlinter.domain.helpers import module_expressions_to_modules


class PublicSurfaceContract(Contract):
    type_name = "public_surface"

    apps = fields.ListField(subfield=fields.StringField())
    public = fields.ListField(subfield=fields.StringField())
    exempt = fields.ListField(subfield=fields.ModuleExpressionField())

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        apps, public = set(self.apps), tuple(self.public)
        exempt = {m.name for m in module_expressions_to_modules(graph, self.exempt)}
        offences = []
        for importer in sorted(graph.modules - exempt):
            for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                app, _, part = imported.partition(".")
                if app not in apps or importer.split(".")[0] == app:
                    continue
                if part and not any(part == p or part.startswith(f"{p}.") for p in public):
                    offences.append(f"{importer} -> {imported}")
        return ContractCheck(kept=not offences, metadata={"offences": offences})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for offence in check.metadata["offences"]:
            output.print_error(offence)
        output.new_line()
        output.print(f"Import only these parts of another app: {', '.join(self.public)}.")
