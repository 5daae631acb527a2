"""The rule that gives a target its status (README): achieved, on track, at risk, off track, no data."""

from __future__ import annotations

from decimal import Decimal as D

from binhdang.indicators.selectors import ACHIEVED, AT_RISK, NO_DATA, OFF_TRACK, ON_TRACK, target_status


def test_higher_is_better() -> None:
    assert target_status(">=", D(30), 2030, {}, False)[0] == NO_DATA
    assert target_status(">=", D(30), 2030, {2026: D(31)}, False)[0] == ACHIEVED
    assert target_status(">=", D(30), 2030, {2026: D(20)}, False)[0] == AT_RISK  # one year, short of it
    # From 20 in 2020 towards 30 in 2030, the path is at 26 in 2026:
    assert target_status(">=", D(30), 2030, {2020: D(20), 2026: D(27)}, False)[0] == ON_TRACK
    assert target_status(">=", D(30), 2030, {2020: D(20), 2026: D(24)}, False)[0] == AT_RISK
    assert target_status(">=", D(30), 2030, {2020: D(20), 2026: D(21)}, False)[0] == OFF_TRACK
    assert target_status(">=", D(30), 2030, {2020: D(20), 2026: D(18)}, False)[0] == OFF_TRACK  # going back
    assert target_status(">=", D(30), 2025, {2020: D(20), 2025: D(29)}, False)[0] == OFF_TRACK  # year came


def test_lower_is_better_and_relative_targets() -> None:
    # Sex ratio at birth: from 118 in 2016 to at most 116 by 2020.
    assert target_status("<=", D(116), 2020, {2016: D(118), 2019: D(117)}, True)[0] == AT_RISK
    assert target_status("<=", D(116), 2020, {2016: D(118), 2019: D("116.4")}, True)[0] == ON_TRACK
    assert target_status("<=", D(116), 2020, {2016: D(118), 2019: D(115)}, True)[0] == ACHIEVED
    # "Giảm 70%": from 100 products, the goal is 30.
    status, goal = target_status("reduce_by", D(70), 2020, {2016: D(100), 2019: D(25)}, True)
    assert (status, goal) == (ACHIEVED, D(30))
    assert target_status("reduce_by", D(70), 2020, {2016: D(100)}, True)[0] == AT_RISK  # no change measured yet
