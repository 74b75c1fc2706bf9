"""Writing files: atomic replace only for regular files, symlinks written through, read-only
files refused, and an export never writes onto its own inputs (issue 12, A1-A3)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import SAMPLE_ARTICLE, SAMPLE_SIDECAR, SAMPLES, run_cli

from annotate import sidecar, yamlio
from annotate.errors import AnnotateError
from annotate.exporters import EXPORTERS


def _null_device(folder: Path) -> Path:
    """A stand-in for /dev/null made in a temp folder (the real one is never touched)."""
    path = folder / "null"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError, OSError):
        pytest.skip("cannot make a device node here (needs root or CAP_MKNOD)")
    return path


def test_export_onto_a_device_writes_through_and_keeps_the_device(sample_dir: Path) -> None:
    null = _null_device(sample_dir)
    result = run_cli("export", sample_dir, "--to", "jsonl", "-o", null)
    assert result.code == 0, result
    assert stat.S_ISCHR(null.lstat().st_mode)  # still the device, not a regular file
    assert sorted(p.name for p in sample_dir.iterdir() if p.name.startswith(".")) == []


def test_atomic_write_onto_a_fifo_writes_through(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    try:
        yamlio.atomic_write(fifo, "through the pipe\n")
    finally:
        reader.join(5)
        if reader.is_alive():  # nothing was written through: let the reader go
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            reader.join(5)
    assert got == [b"through the pipe\n"]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert os.listdir(tmp_path) == ["pipe"]


def test_export_to_dash_is_stdout(sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(sample_dir)
    result = run_cli("export", sample_dir, "--to", "jsonl", "-o", "-")
    assert result.code == 0, result
    assert '"putin-netanyahu-call.txt"' in result.out
    assert not Path("-").exists()
    assert result.err.endswith("exported 1 sidecar to standard output\n")


@pytest.mark.parametrize("fmt", ["jsonl", "w3c", "conll"])
def test_a_failed_export_to_stdout_prints_nothing(sample_dir: Path, fmt: str) -> None:
    """The first story renders, the second is broken: a pipe gets no half export."""
    shutil.copy(sample_dir / SAMPLE_ARTICLE.name, sample_dir / "zz-broken.txt")
    (sample_dir / "zz-broken.ann.yaml").write_text("version: 2\nactors: [\n")
    result = run_cli("export", sample_dir, "--to", fmt)
    assert result.code == 1 and "zz-broken.ann.yaml:3:1: invalid YAML" in result.err
    assert result.out == ""
    (sample_dir / "zz-broken.ann.yaml").unlink()
    assert run_cli("export", sample_dir, "--to", fmt).out.startswith(("{", "-DOCSTART-", "["))


def test_export_to_dev_stdout_does_not_replace_it(sample_dir: Path) -> None:
    # /dev/stdout names an open descriptor: written through, never renamed over.
    target = sample_dir / "stdout-link"
    target.symlink_to("/dev/stdout")
    with yamlio.atomic_open(target) as handle:
        handle.write(b"")
    assert target.is_symlink() and os.readlink(target) == "/dev/stdout"


def test_a_symlinked_sidecar_is_written_through_to_its_target(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    work = tmp_path / "work"
    shared.mkdir()
    work.mkdir()
    shutil.copy(SAMPLE_ARTICLE, shared)
    shutil.copy(SAMPLE_SIDECAR, shared)
    shutil.copy(SAMPLE_ARTICLE, work)
    link = work / SAMPLE_SIDECAR.name
    link.symlink_to(Path("..") / "shared" / SAMPLE_SIDECAR.name)
    result = run_cli("edit", work / SAMPLE_ARTICLE.name, "putin", "--note", "shared note")
    assert result.code == 0, result
    assert link.is_symlink()
    assert "shared note" in (shared / SAMPLE_SIDECAR.name).read_text("utf-8")
    assert sorted(os.listdir(work)) == sorted([SAMPLE_ARTICLE.name, SAMPLE_SIDECAR.name])
    assert sorted(os.listdir(shared)) == sorted([SAMPLE_ARTICLE.name, SAMPLE_SIDECAR.name])


def test_two_links_to_one_sidecar_share_one_lock(tmp_path: Path) -> None:
    from annotate import lock

    real = tmp_path / "real.ann.yaml"
    real.write_text("x")
    one, two = tmp_path / "a", tmp_path / "b"
    one.mkdir()
    two.mkdir()
    (one / "s.ann.yaml").symlink_to(real)
    (two / "s.ann.yaml").symlink_to(real)
    with lock.acquire(one / "s.ann.yaml"), pytest.raises(AnnotateError) as info:
        lock.acquire(two / "s.ann.yaml")
    assert "is being edited" in str(info.value)


@pytest.mark.parametrize("command", [
    ["edit", "{article}", "putin", "--note", "x"],
    ["add", "actor", "{article}", "--name", "Hamas", "--type", "organization"],
    ["tag", "{article}"],
])
def test_a_read_only_sidecar_is_refused_with_a_sentence(sample_dir: Path,
                                                        command: list[str]) -> None:
    path = sample_dir / SAMPLE_SIDECAR.name
    before = path.read_bytes()
    path.chmod(0o444)
    article = sample_dir / SAMPLE_ARTICLE.name
    result = run_cli(*[c.format(article=article) for c in command])
    assert result.code == 1, result
    assert f"{path}: is read-only" in result.err
    assert "Traceback" not in result.err and "internal error" not in result.err
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


def test_atomic_write_refuses_a_read_only_file_even_as_root(tmp_path: Path) -> None:
    path = tmp_path / "x.ann.yaml"
    path.write_text("keep\n")
    path.chmod(0o444)
    with pytest.raises(AnnotateError, match="is read-only"):
        yamlio.atomic_write(path, "new\n")
    assert path.read_text() == "keep\n"
    assert os.listdir(tmp_path) == ["x.ann.yaml"]


def test_a_sidecar_that_can_be_neither_read_nor_written_asks_for_both(
        sample_dir: Path) -> None:
    """Mode 000: "make it writable (chmod u+w)" left it unreadable."""
    path = sample_dir / SAMPLE_SIDECAR.name
    path.chmod(0o000)
    try:
        result = run_cli("edit", sample_dir / SAMPLE_ARTICLE.name, "putin", "--note", "x")
    finally:
        path.chmod(0o644)
    assert (result.code, result.err) == (1, f"annotate: {path}: can be neither read nor "
                                            "written (mode 000); make it readable and "
                                            "writable (chmod u+rw) to work on it\n")


# -- A3: an export never writes onto its inputs ---------------------------------------

def test_export_onto_its_own_sidecar_is_refused(sample_dir: Path) -> None:
    path = sample_dir / SAMPLE_SIDECAR.name
    before = path.read_bytes()
    result = run_cli("export", path, "--to", "jsonl", "-o", path)
    assert result.code == 2, result
    assert f"{path}: is an input of this export" in result.err
    assert path.read_bytes() == before


def test_export_onto_an_article_is_refused(sample_dir: Path) -> None:
    article = sample_dir / SAMPLE_ARTICLE.name
    before = article.read_bytes()
    result = run_cli("export", sample_dir, "--to", "csv", "-o", article)
    assert result.code == 2, result
    assert f"{article}: is a sidecar or an annotated article; choose another output" \
        in result.err
    assert article.read_bytes() == before
    assert sorted(os.listdir(sample_dir)) == sorted([SAMPLE_ARTICLE.name, SAMPLE_SIDECAR.name])


def test_a_folder_export_does_not_overwrite_a_file_it_did_not_make(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    shutil.copy(SAMPLE_ARTICLE, source)
    shutil.copy(SAMPLE_SIDECAR, source)
    out = tmp_path / "out"
    out.mkdir()
    unrelated = out / "putin-netanyahu-call.txt"
    unrelated.write_text("my own notes, not an export\n")
    result = run_cli("export", source, "--to", "brat", "-o", out)
    assert result.code == 2, result
    assert f"{unrelated}: exists and was not written by annotate export" in result.err
    assert unrelated.read_text() == "my own notes, not an export\n"


@pytest.mark.parametrize(("fmt", "taken"), [
    ("brat", "putin-netanyahu-call.txt"), ("brat", "putin-netanyahu-call.ann"),
    ("brat", "annotation.conf"), ("label-studio", "tasks.json"),
    ("label-studio", "config.xml")])
def test_a_folder_export_refused_for_one_file_writes_none(tmp_path: Path, fmt: str,
                                                         taken: str) -> None:
    """Every file is checked before the first is written: brat wrote the other article's
    files, and Label Studio tasks.json, before it met the file that was not its own."""
    source = tmp_path / "source"
    shutil.copytree(SAMPLES, source)  # two articles; port-alder-bridge is exported first
    out = tmp_path / "out"
    out.mkdir()
    unrelated = out / taken
    unrelated.write_text("my own notes, not an export\n")
    result = run_cli("export", source, "--to", fmt, "-o", out)
    assert (result.code, result.err) == (
        2, f"annotate: {unrelated}: exists and was not written by annotate export; export "
        "into an empty folder, or remove the file\n"), result
    assert sorted(p.name for p in out.iterdir()) == [taken]  # (no manifest either)
    assert unrelated.read_text() == "my own notes, not an export\n"
    unrelated.unlink()  # ... and with it gone, the export and its re-run write everything
    assert run_cli("export", source, "--to", fmt, "-o", out).code == 0
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    assert taken in first and len(first) > 2
    again = run_cli("export", source, "--to", fmt, "-o", out)
    assert again.code == 0, again
    assert {p.name: p.read_bytes() for p in out.iterdir()} == first


def _snapshot(folder: Path) -> dict[str, tuple[int, bytes]] | None:
    """Each file's inode and bytes (a file replaced by the same bytes is a new inode)."""
    if not folder.exists():
        return None
    return {p.name: (p.stat().st_ino, p.read_bytes()) for p in folder.iterdir()}


@pytest.mark.parametrize("fmt", ["brat", "label-studio", "jsonl"])
@pytest.mark.parametrize("before", ["new", "empty", "exported"])
def test_an_export_with_a_sidecar_it_cannot_export_leaves_its_folder_as_it_was(
        tmp_path: Path, fmt: str, before: str) -> None:
    """All or nothing: brat had written the first article's files (and the manifest)
    before it met the second, whose article changed, and exited 1 with them left; a new
    folder for a one-file format stayed behind, empty."""
    source = tmp_path / "source"
    shutil.copytree(SAMPLES, source)  # two articles; port-alder-bridge is exported first
    out = tmp_path / "out" / "sub"
    target = out / "x.jsonl" if fmt == "jsonl" else out
    if before != "new":
        out.mkdir(parents=True)
    if before == "exported":  # an earlier export's files stay as they were, every inode
        assert run_cli("export", source, "--to", fmt, "-o", target).code == 0
    was = _snapshot(out)
    with (source / SAMPLE_ARTICLE.name).open("a") as article:
        article.write("x\n")
    result = run_cli("export", source, "--to", fmt, "-o", target)
    assert (result.code, result.err) == (
        1, f"annotate: {source / SAMPLE_SIDECAR.name}: its article {SAMPLE_ARTICLE.name} "
        "changed since it was annotated; run `annotate validate` (or `annotate reanchor`) "
        "first\n"), result
    assert _snapshot(out) == was  # (a folder it made for the export is gone again)
    assert (tmp_path / "out").exists() == (before != "new")


def test_a_batch_renames_its_files_at_the_commit_and_discard_leaves_none(
        tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    old.write_text("before\n")
    for ends in ("discard", "commit"):
        batch = yamlio.Batch()
        batch.make_folder(tmp_path / "new" / "deeper")
        yamlio.atomic_write(old, "after\n", batch=batch)
        yamlio.atomic_write(tmp_path / "new" / "deeper" / "a.txt", "a\n", durable=False,
                            batch=batch)
        assert old.read_text() == "before\n"  # (staged: not there yet)
        assert not (tmp_path / "new" / "deeper" / "a.txt").exists()
        if ends == "discard":
            batch.discard()
            assert sorted(os.listdir(tmp_path)) == ["old.txt"]  # no temp file, no folder
            continue
        batch.commit()
        batch.discard()  # (after a commit: nothing left to remove)
        assert old.read_text() == "after\n"
        assert (tmp_path / "new" / "deeper" / "a.txt").read_text() == "a\n"
        assert sorted(p.name for p in tmp_path.rglob("*")) == [
            "a.txt", "deeper", "new", "old.txt"]


ONE_FILE = sorted(name for name, exporter in EXPORTERS.items() if not exporter.folder)


@pytest.mark.parametrize("fmt", ONE_FILE)
@pytest.mark.parametrize("how", ["slash", "existing"])
def test_a_one_file_export_into_a_folder_does_not_overwrite_a_file_it_did_not_make(
        sample_dir: Path, tmp_path: Path, fmt: str, how: str) -> None:
    """`-o DIR/` names the format's file for the user, who may have one of that name:
    `mine` in annotations.jsonl was replaced without a word."""
    out = tmp_path / "out"
    out.mkdir()
    name = EXPORTERS[fmt].file_name
    assert name
    unrelated = out / name
    unrelated.write_text("mine\n")
    given = f"{out}/" if how == "slash" else out
    result = run_cli("export", sample_dir, "--to", fmt, "-o", given)
    assert (result.code, result.err) == (
        2, f"annotate: {unrelated}: exists and was not written by annotate export; name it "
        "with -o to replace it, or export into another folder\n"), result
    assert sorted(os.listdir(out)) == [name]
    assert unrelated.read_text() == "mine\n"
    # Named by the user, it is replaced, as asked; then the folder's manifest does not list
    # it (annotate did not choose the name), so `-o DIR/` still refuses it.
    assert run_cli("export", sample_dir, "--to", fmt, "-o", unrelated).code == 0
    assert unrelated.read_text() != "mine\n"
    assert run_cli("export", sample_dir, "--to", fmt, "-o", given).code == 2
    unrelated.unlink()  # ... and with it gone, the export and its re-run write it
    first = run_cli("export", sample_dir, "--to", fmt, "-o", given)
    assert first.code == 0, first
    made = unrelated.read_bytes()
    again = run_cli("export", sample_dir, "--to", fmt, "-o", given)
    assert again.code == 0, again
    assert unrelated.read_bytes() == made
    assert sorted(os.listdir(out)) == [".annotate-export.json", name]


def test_one_file_and_folder_exports_share_a_folder(sample_dir: Path, tmp_path: Path) -> None:
    """Each export adds its files to the folder's manifest; none forgets another's."""
    out = tmp_path / "out"
    for _ in range(2):
        for fmt in ("jsonl", "brat", "csv"):
            result = run_cli("export", sample_dir, "--to", fmt, "-o", f"{out}/")
            assert result.code == 0, result
    listed = json.loads((out / ".annotate-export.json").read_text())
    assert listed == sorted(["annotations.jsonl", "annotations.csv", "annotation.conf",
                             "putin-netanyahu-call.txt", "putin-netanyahu-call.ann"])


def test_brat_export_into_the_articles_own_folder_is_refused(sample_dir: Path) -> None:
    article = sample_dir / SAMPLE_ARTICLE.name
    before = article.read_bytes()
    result = run_cli("export", sample_dir, "--to", "brat", "-o", sample_dir)
    assert result.code == 2, result
    assert str(article) in result.err
    assert article.read_bytes() == before


def test_a_folder_export_may_replace_what_it_made_before(sample_dir: Path,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "out"
    for fmt in ("brat", "label-studio"):
        first = run_cli("export", sample_dir, "--to", fmt, "-o", out / fmt)
        assert first.code == 0, first
        again = run_cli("export", sample_dir, "--to", fmt, "-o", out / fmt)
        assert again.code == 0, again
    made = sorted(p.name for p in (out / "brat").iterdir())
    assert "putin-netanyahu-call.ann" in made and "annotation.conf" in made


def test_sidecar_save_keeps_working_for_a_new_file(tmp_path: Path) -> None:
    # The write-through rules must not get in the way of the common case.
    ann = sidecar.load(SAMPLE_SIDECAR)
    target = tmp_path / "new.ann.yaml"
    sidecar.save(target, ann)
    assert sidecar.load(target) == ann


def test_an_article_with_a_long_name_can_be_tagged(tmp_path: Path) -> None:
    """A 244-character name: its sidecar (253 bytes) fits in a file name, and so must the
    lock and the temporary file beside it, which add to the name."""
    article = tmp_path / ("é" * 120 + "abcd.txt")  # 248 bytes in UTF-8
    shutil.copy(SAMPLE_ARTICLE, article)
    result = run_cli("add", "actor", article, "--name", "Vladimir Putin", "--type", "person")
    assert result.code == 0, result.err
    assert sidecar.load(sidecar.path_for(article)).actors[0].name == "Vladimir Putin"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [article.name, sidecar.path_for(article).name])  # no lock or temp file left
    again = run_cli("add", "actor", article, "--name", "Benjamin Netanyahu", "--type", "person")
    assert again.code == 0, again.err


def test_names_beside_a_long_name_stay_within_name_max_and_apart() -> None:
    short = yamlio.beside("story.ann.yaml", 14)
    assert short == "story.ann.yaml"
    one, two = (yamlio.beside("é" * 124 + tail, 14) for tail in ("a.ann.yaml", "b.ann.yaml"))
    assert one != two
    assert all(len(name.encode()) + 14 <= yamlio.NAME_MAX for name in (one, two))


def test_comments_at_the_top_are_kept_and_one_below_is_said_to_go(sample_dir: Path) -> None:
    """A save writes the file from the model: the comment lines a person put at its top
    are kept through every save; one further down cannot be, and the command says so,
    naming its line, instead of dropping it in silence."""
    side = sample_dir / SAMPLE_SIDECAR.name
    top = "# Reviewed by the desk, 2026-11-30.\n# Second pass pending.\n\n"
    side.write_text(top + side.read_text("utf-8").replace(
        "\nactors:\n", "\n# checked twice\nactors:\n", 1), "utf-8")
    below = top.count("\n") + side.read_text("utf-8")[len(top):].split(
        "# checked twice")[0].count("\n") + 1
    story = sample_dir / SAMPLE_ARTICLE.name
    first = run_cli("edit", story, "putin", "--note", "checked")
    assert first.code == 0, first
    assert first.err.splitlines()[0] == (
        f"annotate: warning: {side}:{below}: a comment below the top of the file is not kept "
        "when annotate saves it (those at the top are); an item's note: field keeps a remark")
    assert side.read_text("utf-8").startswith(top + "schema_version: ")
    assert "# checked twice" not in side.read_text("utf-8")
    second = run_cli("edit", story, "putin", "--note", "checked again")
    assert second.code == 0 and "warning" not in second.err  # nothing more is dropped
    assert side.read_text("utf-8").startswith(top + "schema_version: ")
    assert sidecar.load(side).actors[0].note == "checked again"


@pytest.mark.parametrize("fmt, target", [("csv", "out/sub/x.csv"), ("brat", "out/brat"),
                                         ("report", "out/r.html")])
def test_an_output_folder_that_cannot_be_made_is_named_in_a_sentence(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, target: str) -> None:
    # (A folder made read-only stops only non-root users: the refusal is simulated.)
    def refused(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))
    monkeypatch.setattr(Path, "mkdir", refused)
    sidecar_path = sample_dir / SAMPLE_SIDECAR.name
    args = (["report", sidecar_path] if fmt == "report"
            else ["export", sidecar_path, "--to", fmt])
    result = run_cli(*args, "-o", sample_dir / target)
    assert result.code == 1
    folder = (sample_dir / target).parent if fmt != "brat" else sample_dir / target
    assert result.err.strip().endswith(
        f"{folder}: cannot create this folder: Permission denied; write somewhere you may "
        "write, or make its parent folder writable"), result.err
    assert "Traceback" not in result.err


def test_a_file_in_the_way_of_an_output_folder_is_named(sample_dir: Path) -> None:
    (sample_dir / "out").write_text("not a folder")
    result = run_cli("export", sample_dir / SAMPLE_SIDECAR.name, "--to", "csv",
                     "-o", sample_dir / "out" / "x.csv")
    assert result.code == 1
    assert result.err.strip().endswith(
        f"{sample_dir / 'out'}: cannot be made a folder: a file of that name is in its way")


def test_a_replaced_file_keeps_its_group_and_mode(tmp_path: Path) -> None:
    import grp

    target = tmp_path / "story.ann.yaml"
    target.write_text("old\n")
    other = next((g.gr_gid for g in grp.getgrall() if g.gr_gid != os.getgid()), None)
    if other is None:
        pytest.skip("no second group on this machine")
    try:
        os.chown(target, -1, other)
    except PermissionError:
        pytest.skip("this user may not give the file another group")
    target.chmod(0o664)
    yamlio.atomic_write(target, "new\n")
    info = target.stat()
    assert target.read_text() == "new\n" and info.st_gid == other and info.st_mode & 0o777 == 0o664


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664, 0o2664])
def test_edit_keeps_the_sidecars_mode(sample_dir: Path, mode: int) -> None:
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    side.chmod(mode)
    result = run_cli("edit", sample_dir / "putin-netanyahu-call.txt", "putin", "--note", "x")
    assert result.code == 0, result
    assert "note: x" in side.read_text("utf-8")
    assert stat.S_IMODE(side.stat().st_mode) == mode


@pytest.mark.skipif(os.geteuid() != 0, reason="only root may give a file to another user")
def test_edit_as_root_keeps_another_users_sidecar_theirs(sample_dir: Path) -> None:
    """Root's edit replaced the file with a temp file root owned: the user who owned the
    sidecar could no longer write it."""
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    os.chown(side, 4321, 4322)
    side.chmod(0o640)
    result = run_cli("edit", sample_dir / "putin-netanyahu-call.txt", "putin", "--note", "x")
    assert result.code == 0, result
    info = side.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (4321, 4322, 0o640)
    assert "note: x" in side.read_text("utf-8")


@contextmanager
def _wakeup() -> Iterator[socket.socket]:
    """A socket that receives the number of each signal as the process takes it, in
    whichever thread (Python's C handler writes it to the wakeup fd): a test waits on it
    until a signal has certainly been taken, not for a while."""
    read, write = socket.socketpair()
    write.setblocking(False)
    old = signal.set_wakeup_fd(write.fileno())
    try:
        yield read
    finally:
        signal.set_wakeup_fd(old)
        read.close()
        write.close()


@pytest.mark.parametrize("to", ["the process", "another thread"])
def test_signals_held_wait_for_the_block_to_end(to: str) -> None:
    """A Ctrl-C during an export's writing of one document's files (brat's .txt, then its
    .ann) stops it after both, never between.

    This failed now and then, after other tests: a signal sent to the process goes to any
    thread that does not block it, and the hold was a mask on the main thread alone; once
    a test had imported numpy (its OpenBLAS pool: threads that block nothing), the kernel
    could hand the signal to one of them, whose handler then ran in the main thread inside
    the block. Now the signal is sent to such a thread too, and each case waits until the
    signal has been taken (not for a while) before going on in the block."""
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)  # (it blocks no signal)
    other.start()
    reached = False
    try:
        with _wakeup() as taken, pytest.raises(KeyboardInterrupt), yamlio.signals_held():
            if to == "the process":
                os.kill(os.getpid(), signal.SIGINT)
            else:
                assert other.ident is not None
                signal.pthread_kill(other.ident, signal.SIGINT)
            assert taken.recv(1) == bytes([signal.SIGINT])
            reached = True  # still running: the signal waits
    finally:
        stop.set()
        other.join()
    assert reached


def test_an_export_removes_the_temp_files_a_killed_export_left(tmp_path: Path) -> None:
    """kill -9 mid-export leaves `.out.json.XXXX.tmp`; the next export of that file removes
    it once no live writer can be writing it (untouched for ten minutes), not before."""
    folder = tmp_path / "s"
    shutil.copytree(SAMPLE_ARTICLE.parent, folder)
    out, brat = tmp_path / "out.json", tmp_path / "b"
    brat.mkdir()
    old, fresh = tmp_path / ".out.json.dead1234.tmp", tmp_path / ".out.json.live5678.tmp"
    dead_ann = brat / ".putin-netanyahu-call.ann.dead1234.tmp"
    for stale in (old, fresh, dead_ann):
        stale.write_text("half")
    for stale in (old, dead_ann):
        os.utime(stale, (1_000_000_000, 1_000_000_000))
    assert run_cli("export", folder, "--to", "json", "-o", out).code == 0
    assert run_cli("export", folder, "--to", "brat", "-o", brat).code == 0
    assert not old.exists() and not dead_ann.exists() and fresh.exists()

