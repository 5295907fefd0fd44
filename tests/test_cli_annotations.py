"""`triptych annotate`, `annotations` and `search` as a script would use them."""

from __future__ import annotations

import json

from tests.test_cli import triptych


def _ids(tmp_path):
    rows = json.loads(triptych("list", "--json", data_dir=tmp_path / "d").stdout)
    return {r["language"]: r["id"] for r in rows}


def test_annotate_list_and_search(tmp_path):
    ids = _ids(tmp_path)
    d = tmp_path / "d"
    made = triptych("annotate", ids["ar"], "--quote", "شرطًا أساسيًا", "--color", "green", "--tag", "شرط",
                    "--tag", "claim", "--note", "ملاحظة", data_dir=d)
    assert made.returncode == 0, made.stderr
    (annotation_id,) = made.stdout.split()
    listed = json.loads(triptych("annotations", "--json", data_dir=d).stdout)
    assert len(listed) == 1
    row = listed[0]
    assert row["id"] == annotation_id and row["color"] == "green" and row["state"] == "anchored"
    assert set(row["tags"]) == {"شرط", "claim"} and row["note"] == "ملاحظة"
    quote = row["selectors"]["TextQuoteSelector"]
    position = row["selectors"]["TextPositionSelector"]
    assert quote["exact"] == "شرطًا أساسيًا" and quote["prefix"] and quote["suffix"]
    assert position["end"] - position["start"] == len("شرطًا أساسيًا")
    assert json.loads(triptych("annotations", "--tag", "CLAIM", "--json", data_dir=d).stdout)[0]["id"] == annotation_id
    assert json.loads(triptych("annotations", "--doc", ids["ru"], "--json", data_dir=d).stdout) == []
    hits = json.loads(triptych("search", "شرطا اساسيا", "--json", data_dir=d).stdout)
    assert {h["kind"] for h in hits} == {"annotation", "paragraph"}
    assert all(h["document"] == ids["ar"] for h in hits)


def test_annotate_refuses_missing_and_ambiguous_quotes(tmp_path):
    ids = _ids(tmp_path)
    d = tmp_path / "d"
    missing = triptych("annotate", ids["de"], "--quote", "nicht im Text", data_dir=d)
    assert missing.returncode == 1 and "not in" in missing.stderr
    ambiguous = triptych("annotate", ids["de"], "--quote", "Baku", data_dir=d)
    assert ambiguous.returncode == 1 and "--occurrence" in ambiguous.stderr
    second = triptych("annotate", ids["de"], "--quote", "Baku", "--occurrence", "2", data_dir=d)
    assert second.returncode == 0
    too_far = triptych("annotate", ids["de"], "--quote", "Baku", "--occurrence", "99", data_dir=d)
    assert too_far.returncode == 1 and "no occurrence 99 of the quote" in too_far.stderr and "(s)" not in too_far.stderr
    bad_color = triptych("annotate", ids["de"], "--quote", "Gaza", "--occurrence", "1", "--color", "mauve", data_dir=d)
    assert bad_color.returncode == 1 and "colour" in bad_color.stderr
    rows = json.loads(triptych("annotations", "--json", data_dir=d).stdout)
    assert len(rows) == 1  # only the good one was written
    text = json.loads(triptych("list", "--json", data_dir=d).stdout)
    assert text  # the library is intact
