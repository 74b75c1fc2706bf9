"""Reading files: `document.path` stays in the project, and only regular files of a
sane size are read (issue 12, B5-B6)."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE_ARTICLE, SAMPLE_SIDECAR, run_cli

from annotate import checks, config, textfile

SECRET = "root:x:0:0:the secret first line of a file outside the project\n" * 20


class Hung(Exception):
    pass


@pytest.fixture
def deadline() -> Iterator[None]:
    """Fail (instead of hanging the suite) when a read blocks for more than 10 s."""
    def expire(signum: int, frame: object) -> None:
        raise Hung("the read blocked")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(10)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _project(tmp_path: Path, document_path: str, marker: str | None = ".git") -> Path:
    """project/articles/story.ann.yaml whose document.path is `document_path`."""
    project = tmp_path / "project"
    folder = project / "articles"
    folder.mkdir(parents=True)
    if marker:
        (project / marker).mkdir() if marker == ".git" else (project / marker).write_text("{}\n")
    shutil.copy(SAMPLE_ARTICLE, folder)
    text = SAMPLE_SIDECAR.read_text("utf-8").replace(
        "path: putin-netanyahu-call.txt", f"path: '{document_path}'")
    (folder / "story.ann.yaml").write_text(text, "utf-8")
    return folder / "story.ann.yaml"


def _only_problem(path: Path) -> checks.Problem:
    problems = checks.check_file(path)
    assert len(problems) == 1, problems
    return problems[0]


def test_an_absolute_document_path_is_refused_and_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    path = _project(tmp_path, str(secret))
    result = run_cli("validate", path)
    assert result.code == 1
    assert "is absolute; it must be relative to the sidecar's folder" in result.out
    assert "secret first line" not in result.out
    assert _only_problem(path).path == "$.document.path"


def test_a_document_path_escaping_the_project_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text(SECRET)
    path = _project(tmp_path, "../../secret.txt")
    problem = _only_problem(path)
    assert "leads outside the sidecar's folder or its project" in problem.message
    assert "secret" not in problem.message.replace("secret.txt", "")


def test_a_symlink_pointing_outside_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text(SECRET)
    path = _project(tmp_path, "link.txt")
    (path.parent / "link.txt").symlink_to(tmp_path / "secret.txt")
    assert "leads outside" in _only_problem(path).message


def test_without_a_project_only_the_sidecars_folder_is_allowed(tmp_path: Path) -> None:
    path = _project(tmp_path, "../putin-netanyahu-call.txt", marker=None)
    shutil.copy(SAMPLE_ARTICLE, path.parent.parent)
    assert "the sidecar's folder (no annotate.yaml or .git" in _only_problem(path).message


@pytest.mark.parametrize("marker", [".git", "annotate.yaml"])
def test_an_article_elsewhere_in_the_project_is_fine(tmp_path: Path, marker: str) -> None:
    path = _project(tmp_path, "../texts/putin-netanyahu-call.txt", marker=marker)
    texts = path.parent.parent / "texts"
    texts.mkdir()
    shutil.copy(SAMPLE_ARTICLE, texts)
    assert checks.check_file(path) == []


def test_an_article_that_is_a_fifo_is_refused_without_hanging(tmp_path: Path,
                                                             deadline: None) -> None:
    path = _project(tmp_path, "pipe.txt")
    os.mkfifo(path.parent / "pipe.txt")
    problem = _only_problem(path)
    assert "is a FIFO (named pipe), not an article; only regular files are read" \
        in problem.message


def test_an_article_that_is_a_device_is_refused(tmp_path: Path, deadline: None) -> None:
    path = _project(tmp_path, "null.txt")
    try:
        os.mknod(path.parent / "null.txt", stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError:
        pytest.skip("cannot make a device node here")
    assert "is a character device, not an article" in _only_problem(path).message


def test_dev_stdin_as_document_path_is_refused(tmp_path: Path, deadline: None) -> None:
    path = _project(tmp_path, "/dev/stdin")
    assert "is absolute" in _only_problem(path).message


@pytest.mark.slow
def test_a_sidecar_linked_to_dev_zero_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    link = tmp_path / "zero.ann.yaml"
    link.symlink_to("/dev/zero")

    def limit_memory() -> None:
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    proc = subprocess.run([sys.executable, "-m", "annotate", "validate", str(link)],
                          capture_output=True, text=True, timeout=60, preexec_fn=limit_memory,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 1, proc.stderr
    assert "is a character device, not a sidecar; only regular files are read" in proc.stdout


def test_a_sidecar_that_is_a_fifo_is_refused(tmp_path: Path, deadline: None) -> None:
    fifo = tmp_path / "pipe.ann.yaml"
    os.mkfifo(fifo)
    result = run_cli("validate", fifo)
    assert result.code == 1
    assert "is a FIFO (named pipe), not a sidecar" in result.out


def test_an_article_over_the_size_limit_says_what_the_limit_is(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(textfile.LIMITS["article"] + 1)  # sparse: costs no disk
    result = run_cli("add", "actor", big, "--name", "X", "--type", "person")
    assert result.code == 1
    assert f"{big}: is too large (64.0 MB; the limit for an article is 64 MB)" in result.err


def test_a_config_that_is_a_fifo_is_refused(tmp_path: Path, sample_dir: Path,
                                            deadline: None) -> None:
    fifo = tmp_path / "inventory.yaml"
    os.mkfifo(fifo)
    result = run_cli("validate", sample_dir, "--config", fifo)
    assert result.code == 2
    assert "is a FIFO (named pipe), not a config" in result.err


def test_an_import_file_that_is_a_fifo_is_refused(sample_dir: Path, tmp_path: Path,
                                                  deadline: None) -> None:
    fifo = tmp_path / "tasks.json"
    os.mkfifo(fifo)
    result = run_cli("import", fifo, "--from", "label-studio", "--article",
                     sample_dir / SAMPLE_ARTICLE.name, "--sidecar", tmp_path / "x.ann.yaml")
    assert result.code == 1
    assert "is a FIFO (named pipe)" in result.err


@pytest.mark.parametrize("command", [
    ("import", "{brat}", "--from", "brat", "--article", "{article}", "--force",
     "--sidecar", "{sidecar}"),
    ("merge", "{alice}", "{bob}", "--force", "-o", "{sidecar}")])
def test_a_forced_write_onto_a_sidecar_that_is_a_fifo_is_refused(
        tmp_path: Path, deadline: None, command: tuple[str, ...]) -> None:
    """import --force and merge --force pass over a sidecar that does not load (they
    replace it), then read its comment lines to keep them: a FIFO hung there."""
    shutil.copy(SAMPLE_ARTICLE, tmp_path)
    for name in ("alice", "bob"):
        shutil.copy(ROOT / "tests" / "data" / "team" / f"{SAMPLE_ARTICLE.stem}.{name}.ann.yaml",
                    tmp_path)
    (tmp_path / "story.ann").write_text("T1\tperson 0 5\tPutin\n", "utf-8")
    fifo = tmp_path / "pipe.ann.yaml"
    os.mkfifo(fifo)
    names = {"brat": tmp_path / "story.ann", "article": tmp_path / SAMPLE_ARTICLE.name,
             "sidecar": fifo, "alice": tmp_path / f"{SAMPLE_ARTICLE.stem}.alice.ann.yaml",
             "bob": tmp_path / f"{SAMPLE_ARTICLE.stem}.bob.ann.yaml"}
    result = run_cli(*[a.format(**names) for a in command])
    assert (result.code, result.err) == (1, f"annotate: {fifo}: is a FIFO (named pipe), not a "
                                            "sidecar; only regular files are read\n")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.slow
def test_a_forced_import_onto_a_sidecar_linked_to_dev_zero_is_refused(
        tmp_path: Path) -> None:
    """It read /dev/zero for the comment lines to keep until memory ran out (now the link
    to a file that is no sidecar is refused before anything is read)."""
    shutil.copy(SAMPLE_ARTICLE, tmp_path)
    (tmp_path / "story.ann").write_text("T1\tperson 0 5\tPutin\n", "utf-8")
    link = tmp_path / "zero.ann.yaml"
    link.symlink_to("/dev/zero")

    def limit_memory() -> None:
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    proc = subprocess.run([sys.executable, "-m", "annotate", "import", str(tmp_path / "story.ann"),
                           "--from", "brat", "--article", str(tmp_path / SAMPLE_ARTICLE.name),
                           "--force", "--sidecar", str(link)],
                          capture_output=True, text=True, timeout=60, preexec_fn=limit_memory,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert (proc.returncode, proc.stderr) == (
        2, f"annotate: {link}: is a link to /dev/zero, which is no sidecar (its name does not "
           "end in .ann.yaml); write the sidecar elsewhere, or remove the link\n")


def test_a_report_page_in_the_way_that_is_a_fifo_is_refused(sample_dir: Path,
                                                            deadline: None) -> None:
    """report reads the head of a page it would replace (is it one of its own?): a FIFO
    there hung it."""
    out = sample_dir / "out"
    out.mkdir()
    os.mkfifo(out / "index.html")
    result = run_cli("report", sample_dir, "-o", out)
    assert (result.code, result.err) == (
        2, f"annotate: {out / 'index.html'}: exists and was not written by annotate report; "
           "choose another output, or remove the file\n")
    assert sorted(os.listdir(out)) == ["index.html"]


def test_an_export_manifest_that_is_a_fifo_is_refused(sample_dir: Path, tmp_path: Path,
                                                      deadline: None) -> None:
    """A folder export reads the manifest of what earlier exports wrote there: a FIFO in
    its place hung it (and a link to /dev/zero filled the memory)."""
    out = tmp_path / "out"
    out.mkdir()
    os.mkfifo(out / ".annotate-export.json")
    result = run_cli("export", sample_dir, "--to", "brat", "-o", out)
    assert (result.code, result.err) == (
        1, f"annotate: {out / '.annotate-export.json'}: is a FIFO (named pipe), not an "
           "export manifest; only regular files are read\n")
    assert sorted(os.listdir(out)) == [".annotate-export.json"]


def test_ingest_force_onto_an_article_that_is_a_fifo_is_refused(tmp_path: Path,
                                                                deadline: None) -> None:
    """--force replaces the article: written through a FIFO in its place, it hung."""
    page = ROOT / "tests" / "data" / "pages" / "harbour-courier.html"
    out = tmp_path / "out"
    out.mkdir()
    fifo = out / "port-alder-council-approves-48m-bridge-despite-flood.txt"
    os.mkfifo(fifo)
    result = run_cli("ingest", page, "-o", out, "--force")
    assert (result.code, result.err) == (1, f"annotate: {fifo}: is a FIFO (named pipe), not an "
                                            "article; only regular files are read\n")
    assert sorted(os.listdir(out)) == [fifo.name]


def test_config_search_stops_at_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / "annotate.yaml").write_text("claim_kinds: [outside]\n")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "articles").mkdir()
    assert config.find(repo / "articles") is None
    assert config.for_path(repo / "articles" / "x.ann.yaml").source == "built-in"


def test_config_search_stops_at_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "annotate.yaml").write_text("claim_kinds: [outside]\n")
    home = tmp_path / "home"
    (home / "news").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    config.clear_caches()
    assert config.find(home / "news") is None
    (home / "annotate.yaml").write_text("claim_kinds: [mine]\n")
    config.clear_caches()
    assert config.find(home / "news") == (home / "annotate.yaml").resolve()


def test_config_search_never_uses_a_world_writable_folder(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "work").mkdir(parents=True)
    shared.chmod(0o1777)  # like /tmp
    (shared / "annotate.yaml").write_text("claim_kinds: [planted]\n")
    config.clear_caches()
    assert config.find(shared / "work") is None


def test_validate_says_which_config_is_in_force(tmp_path: Path) -> None:
    import json

    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    (project / "a").mkdir()
    (project / "b").mkdir()
    for sub in ("a", "b"):
        shutil.copy(SAMPLE_ARTICLE, project / sub)
        shutil.copy(SAMPLE_SIDECAR, project / sub)
    (project / "a" / "annotate.yaml").write_text("claim_kinds: [factual, quantity, quote, "
                                                 "causal, prediction, opinion, other]\n")
    inventory = (project / "a" / "annotate.yaml").resolve()
    one = run_cli("validate", project / "b")
    assert one.out.endswith("1 file checked with the built-in inventory: all valid\n"), one
    both = run_cli("validate", project)
    assert f"2 files checked with {inventory} (1), the built-in inventory (1): " in both.out
    data = json.loads(run_cli("validate", "--format", "json", project).out)
    assert data["configs"] == {"built-in": 1, str(inventory): 1}


def test_a_new_sidecar_whose_article_is_outside_its_project_is_refused(tmp_path: Path) -> None:
    article = Path(shutil.copy(SAMPLE_ARTICLE, tmp_path))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "story.ann.yaml"
    result = run_cli("add", "actor", article, "--name", "Vladimir Putin", "--type", "person",
                     "--sidecar", target)
    assert result.code == 1
    assert f"{target}: its article {article} is outside the sidecar's folder and project" \
        in result.err
    assert not target.exists()


def test_adjudicate_never_opens_an_article_outside_the_project(tmp_path: Path) -> None:
    """`annotate adjudicate` opens the article its merged sidecar names: through the same
    rule as validate, so a hand-edited document.path cannot make it show another file."""
    team = ROOT / "tests" / "data" / "team"
    stem = "putin-netanyahu-call"
    work = tmp_path / "work"
    work.mkdir()
    for name in ("txt", "alice.ann.yaml", "bob.ann.yaml"):
        shutil.copy(team / f"{stem}.{name}", work)
    merged = work / f"{stem}.ann.yaml"
    assert run_cli("merge", work / f"{stem}.alice.ann.yaml", work / f"{stem}.bob.ann.yaml",
                   "-o", merged).code == 0
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    text = merged.read_text("utf-8")
    merged.write_text(text.replace(f"path: {stem}.txt", f"path: {secret}", 1), "utf-8")
    result = run_cli("adjudicate", merged)
    assert result.code == 1
    assert "is absolute; it must be relative to the sidecar's folder" in result.err
    assert "secret first line" not in result.out + result.err


def _without_root_powers() -> list[str]:
    """A command prefix that cannot read past permissions: as root, setpriv drops the two
    capabilities that let root list a chmod 000 folder."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: a chmod 000 folder stays readable")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}", "--"]


@pytest.mark.slow
def test_a_folder_validate_cannot_list_is_one_error_and_the_rest_is_checked(
        tmp_path: Path) -> None:
    shutil.copy(SAMPLE_ARTICLE, tmp_path)
    shutil.copy(SAMPLE_SIDECAR, tmp_path)
    closed = tmp_path / "closed"
    closed.mkdir()
    shutil.copy(SAMPLE_SIDECAR, closed / "hidden.ann.yaml")  # never seen: counted nowhere
    closed.chmod(0)
    try:
        result = subprocess.run(
            [*_without_root_powers(), sys.executable, "-m", "annotate", "validate", ".",
             "--format", "github"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    finally:
        closed.chmod(0o755)
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines()[0] == (
        "::error file=closed,line=1,col=1,title=annotate read::cannot read the folder: "
        "Permission denied; the sidecars in it were not checked ($)")
    assert len(result.stdout.splitlines()) == 2  # the sample itself is valid


@pytest.mark.parametrize("command", [
    ("validate",), ("export", "--to", "json"), ("report", "-o", "report"), ("adjudicate",)])
def test_a_document_path_holding_nul_is_one_sentence(tmp_path: Path,
                                                     command: tuple[str, ...]) -> None:
    """The OS cannot look up a name with NUL in it (Python raises ValueError, no OSError):
    every command that follows document.path says so instead of an internal error."""
    path = _project(tmp_path, "placeholder")
    path.write_text(path.read_text("utf-8").replace(
        "path: 'placeholder'", 'path: "putin\\0.txt"'), "utf-8")
    result = run_cli(command[0], path, *command[1:])
    assert result.code == 1, result
    said = result.out if command[0] == "validate" else result.err
    assert "internal error" not in result.out + result.err
    assert "holds a NUL character" in said


def test_suggest_skips_project_sidecars_that_are_no_regular_file(tmp_path: Path,
                                                                 deadline: None) -> None:
    """The project recommender reads the other sidecars as validate does: a link to
    /dev/zero filled memory, a FIFO hung, a link loop was an internal error."""
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    (project / "d").mkdir()
    shutil.copy(SAMPLE_ARTICLE, project)
    (project / "d" / "z.ann.yaml").symlink_to("/dev/zero")
    os.mkfifo(project / "d" / "f.ann.yaml")
    (project / "d" / "a.ann.yaml").symlink_to("b.ann.yaml")
    (project / "d" / "b.ann.yaml").symlink_to("a.ann.yaml")
    result = run_cli("suggest", project / SAMPLE_ARTICLE.name, "--format", "json")
    assert result.code == 0, result
    assert "Vladimir Putin" in result.out


def test_a_relative_xdg_data_home_is_ignored(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The XDG spec: a relative $XDG_DATA_HOME is invalid and ignored (it made annotate's
    state a folder of whatever folder the command ran in); an absolute one is used."""
    from annotate import store

    monkeypatch.delenv("ANNOTATE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", "data")
    assert store.home() == tmp_path / "home" / ".local" / "share" / "annotate"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert store.home() == tmp_path / "xdg" / "annotate"
