"""`annotate agree` and `annotate merge` through the real entry point: formats, --min,
and one sentence for each bad input."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from conftest import ROOT, run_cli
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

from annotate import checks, sidecar
from annotate.agreement import report

TEAM = ROOT / "tests" / "data" / "team"
STEM = "putin-netanyahu-call"


@pytest.fixture
def team(tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    folder.mkdir()
    for name in ("txt", "alice.ann.yaml", "bob.ann.yaml", "carol.ann.yaml"):
        shutil.copy(TEAM / f"{STEM}.{name}", folder)
    return folder


def one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    assert result.code == 1, result
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.err, result
    return lines[0]


def test_text_output_is_a_table_of_every_pair_and_all(team: Path) -> None:
    result = run_cli("agree", team)
    assert result.code == 0, result
    out = result.out
    assert "Agreement over 1 article" in out
    header = next(line for line in out.splitlines() if line.startswith("measure"))
    assert all(g in header for g in ("alice/bob", "alice/carol", "bob/carol", "all"))
    assert "  type κ" in out and "verdict α (ordinal)" in out and "coref B³ F1" in out
    row = next(line for line in out.splitlines() if line.startswith("  exact F1"))
    assert "0.99 (79)" in row  # bob missed one of alice's 40 mentions


def test_the_table_is_unpadded_off_a_terminal_and_printed_at_width_zero(
        team: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "0")
    result = run_cli("agree", team)
    assert result.code == 0 and "Agreement" in result.out
    assert all(line == line.rstrip() for line in result.out.splitlines())


def test_a_symlink_loop_beside_the_sidecars_is_passed_over(team: Path) -> None:
    (team / "l1").symlink_to("l2")
    (team / "l2").symlink_to("l1")
    result = run_cli("agree", team)
    assert result.code == 0 and "Agreement" in result.out, result


@pytest.mark.parametrize("where", ["input", "output"])
def test_merge_names_a_sidecar_or_output_that_is_a_symlink_loop(team: Path, where: str) -> None:
    """Path.resolve raised RuntimeError on a link loop: an internal error in merge."""
    loop = team / f"{STEM}.loop.ann.yaml"
    loop.symlink_to(loop.name)
    sides = [team / f"{STEM}.alice.ann.yaml", team / f"{STEM}.bob.ann.yaml"]
    out = team / f"{STEM}.ann.yaml"
    result = (run_cli("merge", loop, *sides, "-o", out) if where == "input"
              else run_cli("merge", *sides, "-o", loop))
    assert result.code in (1, 2) and "internal error" not in result.err, result
    assert result.err.startswith(f"annotate: {loop}: "), result
    assert not out.exists()


def test_json_is_documented_shape_and_every_metric_is_known(team: Path) -> None:
    result = run_cli("agree", team, "--format", "json")
    assert result.code == 0, result
    data = json.loads(result.out)
    assert data["annotators"] == ["alice", "bob", "carol"]
    assert len(data["articles"]) == 1 and data["skipped"] == [] and data["below_min"] == []
    art = data["articles"][0]
    assert set(art["sidecars"]) == {"alice", "bob", "carol"}
    names = set(report.metric_names())
    for f in art["figures"] + data["corpus"]["figures"]:
        assert set(f) <= {"metric", "label", "annotators", "value", "n", "method"}
        assert f["metric"] in names
        assert f["value"] is None or -1.0 <= f["value"] <= 1.0 or "unitizing" in f["metric"]
    assert names <= {f["metric"] for f in data["corpus"]["figures"]}
    assert data["corpus"]["articles"] == {"alice+bob": 1, "alice+carol": 1,
                                          "alice+bob+carol": 1, "bob+carol": 1}


def test_json_has_no_blank_line(team: Path) -> None:
    """The corpus part follows the articles' closing bracket on the next line (there was
    a line holding one space between them)."""
    result = run_cli("agree", team, "--format", "json")
    assert result.code == 0, result
    lines = result.out.splitlines()
    assert all(line.strip() and line == line.rstrip() for line in lines)
    assert lines[3:5] == [" ],", ' "skipped": [],']


def test_csv_rows_match_the_json_figures(team: Path) -> None:
    as_json = json.loads(run_cli("agree", team, "--format", "json").out)
    result = run_cli("agree", team, "--format", "csv")
    assert result.code == 0, result
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert list(rows[0]) == report.CSV_COLUMNS
    corpus = [r for r in rows if r["scope"] == "corpus"]
    assert len(corpus) == len(as_json["corpus"]["figures"])
    for row, fig in zip(corpus, as_json["corpus"]["figures"], strict=True):
        assert row["metric"] == fig["metric"] and row["annotators"] == "+".join(fig["annotators"])
        assert (row["value"] == "n/a") == (fig["value"] is None)
        if fig["value"] is not None:
            assert float(row["value"]) == pytest.approx(fig["value"], abs=1e-6)


def test_min_exits_1_below_a_threshold_and_0_above(team: Path) -> None:
    ok = run_cli("agree", team, "--min", "claims.overlap.f1=0.99", "--min", "*.type.alpha=0.5")
    assert ok.code == 0, ok
    low = run_cli("agree", team, "--min", "events.factuality.kappa=0.8", "--format", "json")
    assert low.code == 1, low
    # Fleiss' kappa over the 7 events all three tagged (bob changed one factuality)
    events = [{e.trigger.start: e.factuality for e in sidecar.load(
        team / f"{STEM}.{n}.ann.yaml").events} for n in ("alice", "bob", "carol")]
    shared = sorted(set.intersection(*(set(e) for e in events)))
    table, _ = aggregate_raters(np.array([[e[k] for e in events] for k in shared]))
    want = fleiss_kappa(table)
    assert f"events.factuality.kappa is {want:.3f}, below the minimum 0.8 (over 7 items)" \
        in low.err
    assert json.loads(low.out)["below_min"] == [
        {"metric": "events.factuality.kappa", "value": pytest.approx(want, abs=1e-6),
         "min": 0.8}]


@pytest.mark.parametrize("arg, message", [
    ("kappa", "must be METRIC=VALUE"),
    ("claims.kappa=0.5", "no metric is called 'claims.kappa'"),
    ("claims.kind.kappa=high", "must be METRIC=VALUE"),
    # A percentage (or inf) could never be met: exit 1, "below the minimum 67", every run.
    ("claims.kind.kappa=67", "no figure is above 1, so this minimum is never met"),
    ("actors.exact.f1=inf", "no figure is above 1, so this minimum is never met"),
])
def test_bad_min_is_a_usage_error(team: Path, arg: str, message: str) -> None:
    result = run_cli("agree", team, "--min", arg)
    assert result.code == 2 and message in result.err, result


def test_annotators_option_selects_and_orders(team: Path) -> None:
    result = run_cli("agree", team, "--annotators", "carol,alice", "--format", "json")
    data = json.loads(result.out)
    assert data["annotators"] == ["carol", "alice"]
    assert {tuple(f["annotators"]) for f in data["corpus"]["figures"]} == {("carol", "alice")}
    unknown = run_cli("agree", team, "--annotators", "alice,zoe")
    assert unknown.code == 2 and "zoe, who annotated none of these" in unknown.err
    for empty in ("", " , "):  # (from `--annotators "$TEAM"` with TEAM unset: no one chosen)
        none = run_cli("agree", team, "--annotators", empty)
        assert none.code == 2 and "needs two annotators or more" in none.err, none.err


@pytest.mark.parametrize("given", ["", " ", ",", "alice"])
def test_annotators_naming_fewer_than_two_is_a_usage_error(team: Path, given: str) -> None:
    """An empty --annotators ("$WHO" unset in a script) compared everyone, exit 0."""
    result = run_cli("agree", team, "--annotators", given)
    assert (result.code, result.out, result.err) == (
        2, "", "annotate: --annotators needs two annotators or more: alice,bob\n")
    for twice_given in ("alice,bob,alice", "alice,alice"):  # (the slip said as it is)
        twice = run_cli("agree", team, "--annotators", twice_given)
        assert (twice.code, twice.out, twice.err) == (
            2, "", "annotate: --annotators names alice twice\n")


def test_plain_sidecar_counts_for_the_annotator_it_lists(team: Path) -> None:
    (team / f"{STEM}.bob.ann.yaml").rename(team / f"{STEM}.ann.yaml")
    data = json.loads(run_cli("agree", team, "--format", "json").out)
    assert data["articles"][0]["sidecars"]["bob"].endswith(f"{STEM}.ann.yaml")


def test_a_sidecar_naming_no_annotator_is_left_out_with_a_warning(team: Path) -> None:
    """`annotate tag` without --annotator writes `annotators: []`: beside the team's own
    sidecars it is left out and said (it refused the whole run); alone it is the error."""
    plain = sidecar.load(team / f"{STEM}.bob.ann.yaml")
    plain.annotators.clear()
    sidecar.save(team / f"{STEM}.ann.yaml", plain)
    result = run_cli("agree", team, "--format", "json")
    assert result.code == 0, result
    assert set(json.loads(result.out)["articles"][0]["sidecars"]) == {"alice", "bob", "carol"}
    assert f"warning: {team / STEM}.ann.yaml: left out: it names no annotator" in result.err
    line = one_line_error(run_cli("agree", team / f"{STEM}.ann.yaml"))
    assert "cannot tell whose sidecar this is" in line
    # (it said "name it STORY.ANNOTATOR.ann.yaml or list exactly one annotator": the
    # file to write and the option that writes it are said, with the article's own name)
    for said in (line, result.err):
        assert f"rename it {STEM}.NAME.ann.yaml" in said
        assert "`annotate tag --annotator NAME`" in said
    plain = team / f"{STEM}.ann.yaml"
    plain.rename(team / f"{STEM}.dave.ann.yaml")
    renamed = run_cli("agree", team, "--format", "json")
    assert "dave" in json.loads(renamed.out)["articles"][0]["sidecars"], renamed


def test_a_lone_sidecar_is_one_sentence(team: Path) -> None:
    line = one_line_error(run_cli("agree", team / f"{STEM}.alice.ann.yaml"))
    assert f"{STEM}.alice.ann.yaml is the only sidecar of" in line
    assert "agreement and merging need the sidecars of two annotators" in line
    merged = one_line_error(run_cli("merge", team / f"{STEM}.alice.ann.yaml", "-o",
                                    team / "m.ann.yaml"))
    assert "agreement and merging need" in merged  # a merge is no agreement, but both need two


def test_sidecars_of_different_articles_are_one_sentence(team: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(ROOT / "samples" / "port-alder-bridge.md", other)
    shutil.copy(ROOT / "samples" / "port-alder-bridge.ann.yaml",
                other / "port-alder-bridge.bob.ann.yaml")
    line = one_line_error(run_cli("agree", team / f"{STEM}.alice.ann.yaml",
                                  other / "port-alder-bridge.bob.ann.yaml"))
    assert "the sidecars are of different articles" in line
    assert "port-alder-bridge.md" in line and f"{STEM}.txt" in line


def test_an_article_changed_since_annotation_names_it_and_suggests_reanchor(
        team: Path) -> None:
    text = team / f"{STEM}.txt"
    text.write_text(text.read_text("utf-8").replace("Natanyahu", "Netanyahu"), "utf-8")
    line = one_line_error(run_cli("agree", team))
    assert f"{STEM}.txt changed since this sidecar was annotated" in line
    assert f"annotate reanchor {team / STEM}.txt --sidecar" in line


def test_two_sidecars_of_one_annotator_and_an_unreadable_one(team: Path) -> None:
    shutil.copy(team / f"{STEM}.alice.ann.yaml", team / f"{STEM}.ann.yaml")
    sidecar_ = sidecar.load(team / f"{STEM}.ann.yaml")
    assert [a.id for a in sidecar_.annotators] == ["alice"]
    line = one_line_error(run_cli("agree", team))
    assert "are both alice's sidecar" in line
    (team / f"{STEM}.ann.yaml").write_text("schema_version: [\n", "utf-8")
    line = one_line_error(run_cli("agree", team))
    assert f"{STEM}.ann.yaml:" in line and "invalid YAML" in line


def test_articles_with_one_annotator_are_skipped_with_a_warning(team: Path,
                                                                tmp_path: Path) -> None:
    shutil.copy(ROOT / "samples" / "port-alder-bridge.md", team)
    shutil.copy(ROOT / "samples" / "port-alder-bridge.ann.yaml",
                team / "port-alder-bridge.alice.ann.yaml")
    result = run_cli("agree", team, "--format", "json")
    assert result.code == 0, result
    assert "1 article has one annotator's sidecar only and was skipped" in result.err
    assert json.loads(result.out)["skipped"][0]["article"].endswith("port-alder-bridge.md")
    shutil.copy(ROOT / "samples" / "putin-netanyahu-call.txt", team / "second.txt")
    shutil.copy(ROOT / "samples" / "putin-netanyahu-call.ann.yaml", team / "second.bob.ann.yaml")
    two = run_cli("agree", team, "--format", "json")
    assert two.code == 0, two
    assert "2 articles have one annotator's sidecar only and were skipped" in two.err


# -- merge -------------------------------------------------------------------------------

def strip_provenance(data: dict) -> dict:
    data = json.loads(json.dumps(data))
    for key in ("annotators", "schema_version"):
        data.pop(key)
    for section in ("actors", "events", "claims"):
        for item in data[section]:
            item.pop("sources")
    return data


def test_merging_identical_sidecars_gives_the_same_sidecar_back(tmp_path: Path) -> None:
    for name in ("alice", "bob"):
        shutil.copy(TEAM / f"{STEM}.alice.ann.yaml", tmp_path / f"{STEM}.{name}.ann.yaml")
    shutil.copy(TEAM / f"{STEM}.txt", tmp_path)
    out = tmp_path / f"{STEM}.ann.yaml"
    result = run_cli("merge", tmp_path / f"{STEM}.alice.ann.yaml",
                     tmp_path / f"{STEM}.bob.ann.yaml", "-o", out)
    assert result.code == 0, result
    assert "40 items agreed, 0 open disagreements" in result.out
    merged = sidecar.load(out)
    assert [a.id for a in merged.annotators] == ["alice", "bob"]
    assert all(item.sources == ["alice", "bob"] for _, _, item in merged.items())
    original = sidecar.load(TEAM / f"{STEM}.alice.ann.yaml").to_dict()
    assert strip_provenance(merged.to_dict()) == strip_provenance(
        {**original, "actors": [{**a, "sources": []} for a in original["actors"]],
         "events": [{**e, "sources": []} for e in original["events"]],
         "claims": [{**c, "sources": []} for c in original["claims"]]})
    assert checks.check_file(out) == []


def test_merge_keeps_what_most_agree_on_with_provenance(team: Path) -> None:
    out = team / "gold.ann.yaml"
    result = run_cli("merge", team, "-o", out)
    assert result.code == 0, result
    merged = sidecar.load(out)
    assert merged.disagreements == []  # every change is one annotator's: two outvote it
    hamas = next(a for a in merged.actors if a.id == "hamas")
    assert (hamas.type, hamas.sources) == ("group", ["alice", "carol"])
    putin = next(a for a in merged.actors if a.id == "putin")  # carol called it vladimir-putin
    assert putin.sources == ["alice", "bob", "carol"]
    assert next(c for c in merged.claims if c.id == "us-voted-against").sources == \
        ["alice", "carol"]
    assert {a.id for a in merged.actors} >= {"palestine"}  # alice and bob tagged it
    assert checks.check_file(out) == []


def test_merge_with_all_three_required_keeps_each_difference_open(team: Path) -> None:
    out = team / "gold.ann.yaml"
    result = run_cli("merge", team, "-o", out, "--min-agree", "3")
    assert result.code == 0, result
    merged = sidecar.load(out)
    open_ = {(d.section, d.id): d for d in merged.disagreements}
    assert set(open_) == {
        ("actors", "netanyahu"), ("actors", "hamas"), ("actors", "palestine"),
        ("events", "condolences"), ("events", "putin-blames-us"),
        ("claims", "attack-toll"), ("claims", "us-voted-against"),
        ("claims", "nebenzia-counterfactual"), ("claims", "putin-offered-support")}
    hamas = open_["actors", "hamas"]
    assert hamas.fields == ["type"]
    assert [(v.annotators, v.item.type) for v in hamas.versions] == [  # type: ignore[union-attr]
        (["alice", "carol"], "group"), (["bob"], "organization")]
    palestine = open_["actors", "palestine"]
    assert palestine.versions[-1].annotators == ["carol"] and palestine.versions[-1].item is None
    # the most common version stands in, so references resolve and the file validates
    assert next(a for a in merged.actors if a.id == "hamas").type == "group"
    problems = checks.check_file(out)
    assert {p.rule for p in problems} == {"open-disagreement"}
    assert all(p.severity == checks.WARNING for p in problems) and len(problems) == 9


def test_merge_never_overwrites_without_force_nor_an_input(team: Path) -> None:
    out = team / "gold.ann.yaml"
    out.write_text("precious\n", "utf-8")
    result = run_cli("merge", team, "-o", out)
    assert result.code == 2 and "exists; use --force" in result.err
    assert out.read_text("utf-8") == "precious\n"
    assert run_cli("merge", team, "-o", out, "--force").code == 0
    alice = team / f"{STEM}.alice.ann.yaml"
    before = alice.read_bytes()
    result = run_cli("merge", team, "-o", alice, "--force")
    assert result.code == 2 and "is an annotator's sidecar" in result.err, result
    assert alice.read_bytes() == before
    # Named among the inputs, it was left out of them: "the only sidecar … by bob".
    bob = team / f"{STEM}.bob.ann.yaml"
    result = run_cli("merge", alice, bob, "-o", alice, "--force")
    assert (result.code, result.err) == (2, f"annotate: {alice}: is one of the sidecars being "
                                            "merged, and merge never writes over an input; "
                                            "name a new file, e.g. the article's own sidecar "
                                            "(story.ann.yaml)\n")
    assert alice.read_bytes() == before
    plain = team / f"{STEM}.ann.yaml"  # bob's, under the plain name
    (team / f"{STEM}.bob.ann.yaml").rename(plain)
    before = plain.read_bytes()
    result = run_cli("merge", team / f"{STEM}.alice.ann.yaml", team / f"{STEM}.carol.ann.yaml",
                     "-o", plain, "--force")
    assert result.code == 2 and "not a merged one" in result.err, result
    assert plain.read_bytes() == before


def test_merge_bad_input(team: Path) -> None:
    line = one_line_error(run_cli("merge", team / f"{STEM}.alice.ann.yaml", "-o",
                                  team / "gold.ann.yaml"))
    assert "is the only sidecar of" in line
    bad = run_cli("merge", team, "-o", team / "gold.ann.yaml", "--min-agree", "4")
    assert bad.code == 2 and "--min-agree must be between 1 and 3" in bad.err
    assert run_cli("merge", team, "-o", team / "gold.yaml").code == 2
    assert not (team / "gold.ann.yaml").exists()


def test_a_merged_sidecar_is_not_taken_for_an_annotator(team: Path) -> None:
    run_cli("merge", team, "-o", team / f"{STEM}.ann.yaml")
    result = run_cli("agree", team, "--format", "json")
    assert result.code == 0, result
    assert set(json.loads(result.out)["articles"][0]["sidecars"]) == {"alice", "bob", "carol"}


def test_articles_with_dots_in_their_names_and_same_stem_neighbours(tmp_path: Path) -> None:
    """story.v2.txt beside story.txt and story.md: each sidecar finds its own article."""
    for name in ("story.v2.txt", "story.txt", "story.md"):
        shutil.copy(TEAM / f"{STEM}.txt", tmp_path / name)
    for who in ("alice", "bob"):
        for article in ("story.v2.txt", "story.txt"):
            ann = sidecar.load(TEAM / f"{STEM}.{who}.ann.yaml")
            ann.document.path = article
            sidecar.save(sidecar.path_for(tmp_path / article, who), ann)
    data = json.loads(run_cli("agree", tmp_path, "--format", "json").out)
    assert sorted(Path(a["article"]).name for a in data["articles"]) == ["story.txt",
                                                                          "story.v2.txt"]
    v2 = next(a for a in data["articles"] if a["article"].endswith("story.v2.txt"))
    assert Path(v2["sidecars"]["bob"]).name == "story.v2.bob.ann.yaml"


def test_merge_an_empty_output_is_said_so(team: Path) -> None:
    """It was ".: the output must be a sidecar name ending in .ann.yaml"."""
    result = run_cli("merge", *sorted(team.glob("*.ann.yaml")), "-o", "")
    assert (result.code, result.err) == (
        2, "annotate: -o is empty; name the merged sidecar, e.g. story.ann.yaml\n")


def test_merge_refuses_an_output_validate_would_refuse(team: Path, tmp_path: Path) -> None:
    """A merge written outside the article's folder and project would name an article
    `validate` may not read: refused before anything is written."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    line = one_line_error(run_cli("merge", team, "-o", elsewhere / "gold.ann.yaml"))
    assert "is outside the merged sidecar's folder and project" in line
    assert f"{STEM}.ann.yaml" in line  # where to write it instead
    assert list(elsewhere.iterdir()) == []


def test_merge_never_writes_over_a_merge_being_adjudicated(team: Path) -> None:
    from annotate import lock

    out = team / f"{STEM}.ann.yaml"
    assert run_cli("merge", team, "-o", out).code == 0
    before = out.read_bytes()
    with lock.acquire(out):  # `annotate adjudicate` holds it for its session
        line = one_line_error(run_cli("merge", team, "-o", out, "--force", "--min-agree", "1"))
    assert "is being edited by" in line
    assert out.read_bytes() == before


def test_merge_force_never_replaces_another_articles_merged_sidecar(team: Path) -> None:
    gold = team / f"{STEM}.ann.yaml"
    assert run_cli("merge", team, "-o", gold).code == 0
    before = gold.read_bytes()
    other = team / "other"
    other.mkdir()
    (other / "y.txt").write_text("Talks\n\nNetanyahu spoke on Monday.\n", "utf-8")
    for who in ("alice", "bob"):
        assert run_cli("add", "actor", other / "y.txt", "--name", "Netanyahu", "--type",
                       "person", "--annotator", who).code == 0
    result = run_cli("merge", other, "-o", gold, "--force")
    assert result.code == 1 and f"is the sidecar of {STEM}.txt" in result.err, result
    assert gold.read_bytes() == before


def test_merge_refuses_an_annotators_name_the_inventory_lacks(team: Path) -> None:
    """A verdict (type, role, kind) not in the inventory would go into the gold, or into a
    disagreement's version that adjudicating takes as it is: refused before anything is
    written, at its line and column in the annotator's file."""
    bob = team / f"{STEM}.bob.ann.yaml"
    text = bob.read_text("utf-8")
    bob.write_text(text.replace("verdict: unverified", "verdict: bogus", 1), "utf-8")
    line_no = next(i for i, line in enumerate(text.splitlines(), 1)
                   if "verdict: unverified" in line)
    gold = team / f"{STEM}.ann.yaml"
    line = one_line_error(run_cli("merge", team, "-o", gold))
    assert line.startswith(f"annotate: {bob}:{line_no}:")
    assert "verdict 'bogus' is not in the inventory (built-in)" in line
    assert "$.claims[" in line and "fix the sidecar before merging" in line
    assert not gold.exists()


@pytest.mark.parametrize("points_at", [f"{STEM}.txt", "make.py"])
def test_merge_force_never_writes_through_a_link_to_a_file_that_is_no_sidecar(
        team: Path, points_at: str) -> None:
    """`-o gold.ann.yaml --force`, gold.ann.yaml a link to the article (or any file not
    named like a sidecar): a file that does not load as a sidecar is replaced, and the
    merged YAML went over the article."""
    target = team / points_at
    if not target.exists():
        target.write_text("print('precious')\n", "utf-8")
    before = target.read_bytes()
    (team / "gold.ann.yaml").symlink_to(points_at)
    result = run_cli("merge", team, "-o", team / "gold.ann.yaml", "--force")
    assert result.code == 2 and result.out == ""
    assert result.err == (f"annotate: {team / 'gold.ann.yaml'}: is a link to {target}, which "
                          "is no sidecar (its name does not end in .ann.yaml); write the "
                          "sidecar elsewhere, or remove the link\n")
    assert target.read_bytes() == before
