"""A legal notice's foot (The Beaver County News, 12 May 1916, page 5: each Notice of Publication
of the Land Office ends GOULD B. BLAKELY, / Register / First Pub. April 21, 1916. / Last Pub. May
19, 1916., set apart under the notice's text). The foot's name in capitals read as a head, and it
was an article of its own, twice on the page. A few lines under an article, its dates of
publication among them and each line a name, an office or such a date, are the article's last
lines; a story under a notice stays a story."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_oldpages import body, line, page

FOOT = ["GOULD B. BLAKELY,", "Register", "First Pub. April 21, 1916.", "Last Pub. May 19, 1916."]


def _page(foot=FOOT):
    lines = [line("Notice of Publication", 120, 60, h=34, step=13)]
    lines += [line("NOTICE is hereby given that John", 60, 110)] + body(60, 138, 10)
    y = 138 + 28 * 10 + 8
    lines.append(line(foot[0], 150, y, h=36, step=15))  # the name in capitals, measured as display type
    for k, said in enumerate(foot[1:]):
        lines.append(line(said, 60 if k else 250, y + 42 + 28 * k))
    lines += [line("MINING MAN DROWNED", 420, 60, h=40, step=14)] + body(420, 110, 12, start=5)
    return scanned_page(OcrPage(800, 900, lines), PageInfo(1), "en", page(lines, [(400, 40, 403, 860)], w=800, h=900))


def test_a_notices_name_office_and_dates_of_publication_are_its_last_lines():
    got = _page()
    assert [a.headline for a in got.articles] == ["Notice of Publication", "MINING MAN DROWNED"]
    assert "Last Pub. May 19, 1916." in got.articles[0].text()


def test_lines_with_no_date_of_publication_under_a_notice_stay_apart():
    got = _page(["GOULD B. BLAKELY,", "Register", "The land lies in the valley", "and the water is near."])
    assert len(got.articles) == 3
