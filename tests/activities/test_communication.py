"""Communication: events with attendance by sex and products (news items, leaflets, clips …) with channel and
count, recorded by a focal point for its own agency."""

from __future__ import annotations

from binhdang.activities.models import CommEvent, CommProduct
from tests.activities.conftest import duty_of


def test_events_and_products_are_recorded(client, plan, focal) -> None:  # type: ignore[no-untyped-def]
    client.force_login(focal)
    common = {"agency": str(focal.agency_id), "plan": str(plan.id), "duty": str(duty_of(focal, plan).id),
              "objective": "", "note": ""}
    response = client.post("/activities/su-kien/new/", {**common, "held_on": "15/11/2022", "kind": "launch",
                                                         "title": "Lễ phát động Tháng hành động", "place": "Thái Bình",
                                                         "attendance": "1.200", "attendance_female": "700"})
    assert response.status_code == 302, response.content.decode()[:2000]
    response = client.post("/activities/san-pham/new/", {**common, "held_on": "20/11/2022", "kind": "leaflet",
                                                          "title": "Tờ rơi phòng, chống bạo lực gia đình",
                                                          "channel": "Trạm y tế xã", "count": "2.000"})
    assert response.status_code == 302, response.content.decode()[:2000]
    event, product = CommEvent.objects.get(), CommProduct.objects.get()
    assert (event.attendance, event.attendance_female) == (1200, 700)
    assert (product.get_kind_display(), product.count) == ("Tờ rơi, tờ gấp", 2000)
    listing = client.get("/activities/san-pham/").content.decode()
    assert "Tờ rơi phòng, chống bạo lực gia đình" in listing and "Trạm y tế xã" in listing


def test_product_kinds_cover_the_plans_words(db) -> None:  # type: ignore[no-untyped-def]
    kinds = {str(label) for _v, label in CommProduct.Kind.choices}
    for word in ("Tin", "Bài viết", "Phóng sự", "Tờ rơi, tờ gấp", "Áp phích, pa nô", "Băng rôn, khẩu hiệu", "Video clip",
                 "Bài đăng mạng xã hội", "Chương trình phát thanh", "Chương trình truyền hình"):
        assert word in kinds
