"""Every page of one's own area, as every role at every level: open to those the policy lets in, refused to the
others; a GET changes nothing; a POST of every real form changes only what the role may change, and only in
the writer's area."""

from __future__ import annotations

import pytest

from tests.access.conftest import LEVELS, ROLES, app_patterns, changed, harvest, rows, untouchable, url_of

pytestmark = pytest.mark.django_db

# Pages every role reaches: the home page and the reference data (units, agencies) forms choose from.
REFERENCE = {"home", "unit_list", "unit_detail", "agency_list", "agency_detail"}
# Pages that change a unit's plans, rounds and figures: coordinators (and the admin).
MANAGERS = {"plan_import", "plan_new", "plan_edit", "round_new", "data_import"}
# Pages that record an agency's work: its focal point and the coordinators, not the leader.
RECORDERS = {"activity_new", "activity_import", "activity_edit"}
# The consolidated report gathers every agency's words: those who run the round read it, not each agency.
COORDINATORS_READ = {"consolidated_page", "consolidated_docx", "consolidated_xlsx"}


# The case register: its list (codes for those handling cases, counts for the others) opens to every role; intake
# and the export of one's cases are the case workers'; a case's own pages only to those handling it, and nobody the
# walk logs in handles the sample case (its commune's police does).
CASE_REGISTER = {"case_register"}
CASE_WORKERS = {"case_intake", "cases_export"}
CASE_HANDLERS = {"case_page", "case_edit", "case_log"}


def opens(name: str, role: str) -> bool:
    if name == "case_commune_form":  # the counts of one's own unit; the admin, placed nowhere, names one (?don-vi=)
        return role != "admin"
    if name in CASE_REGISTER | CASE_WORKERS | CASE_HANDLERS:
        return name in CASE_REGISTER or (name in CASE_WORKERS and role == "case_worker")
    if role in ("admin", "coordinator"):
        return True
    if role == "case_worker":  # the case register only, and the reference data its forms need
        return name in REFERENCE
    if name in MANAGERS or (role == "leader" and name in RECORDERS):
        return False
    return not (role == "focal_point" and name in COORDINATORS_READ)


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("role", ROLES)
def test_each_role_opens_what_the_policy_says(client, world, level, role) -> None:  # type: ignore[no-untyped-def]
    place = world[level]
    client.force_login(place.users[role])
    before = rows()
    for route, pattern in app_patterns():
        response = client.get(url_of(route, place.samples))
        if response.status_code == 405:  # a POST-only action
            continue
        if opens(pattern.name or "", role):
            assert response.status_code == 200, (role, route, response.status_code)
        else:
            assert response.status_code in (403, 404), (role, route, response.status_code)
    assert changed(before, rows()) == {}, "a GET wrote"


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("role", ROLES)
def test_each_write_stays_where_the_role_may_write(client, world, level, role) -> None:  # type: ignore[no-untyped-def]
    """The coordinator's real forms of every page, posted by each role: whatever the policy does not let the role
    change (another area's rows; for a focal point every other agency's; for a leader everything) is unchanged."""
    place = world[level]
    forms = harvest(client, place.users["coordinator"], place.samples)
    user = place.users[role]
    before, inside = untouchable(user), rows([place.unit.path], outside=False)
    client.force_login(user)
    for route, _pattern in app_patterns():
        url = url_of(route, place.samples)
        if url in forms:
            response = client.post(url, forms[url])
            assert response.status_code < 500, (role, url, response.status_code)
    assert changed(before, untouchable(user)) == {}, "a write reached what the role may not change"
    if role in ("coordinator", "admin"):
        assert changed(inside, rows([place.unit.path], outside=False)), "the real forms changed nothing"
