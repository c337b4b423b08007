"""A governing body member opens the KPI dashboard after the demo's year of snapshots: every KPI
with its chart and figures, no accessibility violation of any impact, no console error, and
printed it fits one A4 landscape page."""

import re

import pytest
from django.core.management import call_command

from .test_csp import visit, watch
from .test_sign_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def all_axe_violations(page) -> list[dict]:
    from .fixtures import AXE

    page.evaluate(AXE.read_text(encoding="utf-8"))
    results = page.evaluate("async () => await axe.run(document)")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in results["violations"]
    ]


def test_the_governing_body_reads_the_dashboard_and_prints_it_on_one_page(browser, live_server):
    call_command("load_demo_data")
    page = browser.new_context().new_page()
    problems = watch(page)
    sign_in(page, live_server, "governing@demo.nhs.uk")
    assert visit(page, f"{live_server.url}/reporting/dashboard/", problems) == []
    assert page.get_by_role("heading", level=1).inner_text().startswith("All your CCGs")
    charts = page.get_by_role("img", name=re.compile("^Bar chart of "))
    assert charts.count() >= 27
    assert all_axe_violations(page) == []
    # The chart's figures, in a table, without JavaScript's help (a native details element).
    page.get_by_text("The figures of Overdue items").click()
    assert page.get_by_role("table", name="Overdue items by month").is_visible()
    assert all_axe_violations(page) == []
    # One CCG, another month, through the selector.
    page.get_by_label("CCG", exact=True).select_option(index=1)
    page.get_by_role("button", name="Show").click()
    assert "communications and engagement KPIs" in page.get_by_role("heading", level=1).inner_text()
    assert not page.get_by_role("heading", level=1).inner_text().startswith("All your CCGs")
    assert all_axe_violations(page) == []
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 1
    assert problems == []
