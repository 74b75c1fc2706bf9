"""Making and editing items: the forms behind `a`, `v`, `c`, `m` and `e`, filled by keys
and saved through the core. Functions of the app's state."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from annotate.tag.tui import cursor, forms, hints, picking
from annotate.tag.tui.core import Actor, Claim, Event, Offsets, Suggestion
from annotate.tag.tui.screens import HelpScreen
from annotate.visible import counted, short

if TYPE_CHECKING:
    from annotate.tag.tui.app import WorkspaceApp

Sel = tuple[int, int]


def open_form(app: WorkspaceApp, what: str, span: Sel, values: dict[str, Any], start: str,
              suggestion: str | None = None, item_id: str | None = None,
              names: list[str] | None = None) -> None:
    core = app.core
    choices = {
        "actor_types": forms.letters(core.actor_types),
        "event_types": forms.letters(list(core.event_types)),
        "claim_kinds": forms.letters(core.claim_kinds),
        "verdicts": forms.letters(core.verdicts),
        "factualities": forms.letters(core.factualities),
    }
    app.form = forms.Form(what, span, values, choices, core.event_types,
                           item_id=item_id, suggestion=suggestion, names=names or [])
    app.form.go([n for n, _ in app.form.fields].index(start))
    form_hints(app)
    last = app.form.index == len(app.form.fields) - 1  # (an actor's form opens on its type)
    app.say(f"{'editing ' + item_id if item_id else 'new ' + what}: "
            + (f"a {app.form.current[0]} key saves it, Enter saves as shown, Esc drops it"
               if last else "Enter saves, Esc drops it, Tab moves on") + ", ? keys")
    app.update_panel()


def form_hints(app: WorkspaceApp) -> None:
    form = app.form
    app._form_places = {}
    if form is None or form.hinted is None:
        return
    # An actor (an item) keeps its letters while the form is open: after `=` made another
    # one, or back on the field, the letters a person has read still pick the same.
    kept = form.kept.setdefault(form.hinted, {})
    if form.hinted == "actors":
        table, places = picking.actor_hints(app, form.span, kept)
    elif form.hinted == "items":
        table, places = picking.item_hints(app, form.span, form.item_id, kept)
    else:
        table, places = picking.token_hints(app)
    kept.update((target, label) for label, target in table.items())
    form.hints = table
    app._form_places = places


def form_key(app: WorkspaceApp, key: str, character: str | None) -> None:
    form = app.form
    assert form is not None
    if key == "question_mark" or character == "?":
        app.push_screen(HelpScreen("form"))
        return
    if character == "/" and form.hinted == "actors":
        app.open_prompt("actor", "actor: type part of a name, Enter picks")
        return
    before = form.index
    outcome = form.key(key, character)
    if outcome.action == "cancel":
        app.form = None
        app._form_places = {}
        app.say(dropped(form))
    elif outcome.action == "save":
        save_form(app)
    elif outcome.action == "ask-name":
        # (said: the message line kept what the key before said, "the last field; Enter
        # saves", while the name was typed)
        app.open_prompt("name", "name: ", f"the {form.what}'s name: Enter takes it, Esc goes "
                        "back to the form")
    elif outcome.action == "ask-actor":
        who = "claimant" if form.current[0] == "claimant" else "participant"
        app.open_prompt("new-actor", f"{who}: the name as the article writes it",
                        f"Enter: the {who} of that name, made an actor if it is none yet; "
                        "Esc: back")
    elif outcome.action == "ignored" or outcome.message:
        app.say(outcome.message)
        form.said = outcome.message
    elif form.said and app.message == form.said:  # ("press one of u, i, m…" on the next
        app.say("")  # field, or "a digit picks another role" once it did)
    if app.form is not None and app.form.index != before:
        form_hints(app)
    app.update_panel()


def dropped(form: forms.Form) -> str:
    """What Esc on a form left: an edit leaves its item as it was (it is not deleted), and
    an actor `=` made from the form was saved at once and stays."""
    said = (f"closed; {form.item_id} is as it was (nothing of the edit was saved)"
            if form.item_id is not None else "dropped; nothing of it was saved")
    if form.made:
        said += (f"; the actor {', '.join(form.made)} made with = stays "
                 f"(u undoes it)" if len(form.made) == 1 else
                 f"; the actors {', '.join(form.made)} made with = stay (u undoes them)")
    return said


def save_form(app: WorkspaceApp) -> None:
    form = app.form
    assert form is not None
    v, core = form.values, app.core
    came_from = app.current if app.current and app.current.key == form.suggestion \
        else None
    if form.item_id is not None:
        ok = app.save_edit(form.item_id, edit_values(form))
    elif form.what == "actor":
        ok = app.change(lambda: core.add_actor(v["name"], v["type"], v["mentions"],
                                                v.get("aliases", [])))
    elif form.what == "mention":
        if v["actor"] is None:
            app.say("pick an actor by its letters")
            return
        ok = app.change(lambda: core.add_mentions(v["actor"], v["mentions"]))
    elif form.what == "event":
        ok = app.change(lambda: core.add_event(v["type"], form.span, v["participants"],
                                                v["factuality"]))
    else:
        ok = app.change(lambda: core.add_claim(form.span, v["kind"], v["claimant"],
                                                v["cue"], v["checkworthy"], v["verdict"],
                                                v["about"]))
    if not ok:
        return
    app.form = None
    app._form_places = {}
    if came_from is not None:
        app._after_decision(came_from)
    app.ask_metadata()  # a verdict given in the form: asked now that the form is gone

# -- normal-mode actions -------------------------------------------------------------------


def refused(app: WorkspaceApp) -> bool:
    """Say why no new span can be made here, before a form is filled in for nothing."""
    if app.core.read_only:
        app.say("opened read-only: nothing can be changed")
    elif not app.core.anchored:  # the save would be refused (`Workspace.check_anchored`)
        app.say("the article changed and the spans are not re-anchored yet, so no new span "
                "can be added: type :reanchor first")
    else:
        return False
    return True


def new_item(app: WorkspaceApp, what: str) -> None:
    if refused(app):
        return
    sel, text = app.sel, app.core.text[app.sel[0]:app.sel[1]]
    sug = app.current if app.current and cursor.overlap(app.current.span, sel) else None
    if what == "actor":
        owner = app.core.ann.actor_at(*sel)
        if owner is not None:  # said now, not after the form is filled in
            app.say(f"{short(text)!r} is already a mention of {owner.id}: `e` edits it, "
                    "or select other words")
            return
        # Its other occurrences too, where no other actor is mentioned already.
        mentions = _unclaimed(app, text, sel)
        names = [text]
        values = {"name": text, "type": app.core.actor_types[0], "mentions": mentions}
        sug = _suggested(app, sel)
        if sug is not None:
            names = list(dict.fromkeys([sug.name, *sug.aliases, text]))
            values.update(name=sug.name, type=sug.type, aliases=list(sug.aliases),
                          mentions=_with_selection(sug, sel, mentions))
        open_form(app, "actor", sel, values, "type", sug.key if sug else None, names=names)
        to_name(app)
    elif what == "event":
        etype = app.core.event_type_for(text) or next(iter(app.core.event_types))
        people: list[tuple[str, str]] = []
        told = "asserted"
        if sug is not None and sug.kind == "event" and sug.span == sel:
            etype, people, told = sug.type, list(sug.participants), sug.factuality
        known = app.core.event_type_for(text) is not None or bool(people)
        open_form(app, "event", sel, {"type": etype, "participants": people,
                                      "factuality": told},
                       "participants" if known else "type",
                       sug.key if sug and sug.kind == "event" else None)
    else:
        made = claim_having(app, sel)
        if made is not None:  # said now, as for an actor's mention: no second claim
            app.say(f"{short(text)!r} is already claim {made.id}: `e` edits it, or select "
                    "other words")
            return
        words = cursor.claim_words(app.t, sel)  # ("s" selects the sentence with its stop)
        if words != sel:
            app.select(words)
            sel = words
        claim: dict[str, Any] = {"kind": "factual", "claimant": None, "verdict": None,
                                  "about": _inside_events(app, sel), "cue": None,
                                  "checkworthy": True}
        key = None
        if sug is not None and sug.kind == "claim":
            claim.update(kind=sug.type, claimant=sug.claimant, cue=sug.cue,
                         checkworthy=sug.checkworthy)
            key = sug.key
        open_form(app, "claim", sel, claim, "kind", key)


def to_name(app: WorkspaceApp) -> None:
    """A new actor's mention is its name's words, as in the dialogue (which finds the name
    typed): "for Hamas" selected and named Hamas (by its suggestion or by `=`) is a mention
    "Hamas", selected so, with the name's other occurrences no actor holds; not a mention
    "for Hamas" kept as another name."""
    form = app.form
    if form is None or form.what != "actor" or form.item_id is not None:
        return
    sel, name = form.span, form.values["name"]
    span = next((m for m in cursor.occurrences(app.t, name)
                 if sel[0] <= m[0] and m[1] <= sel[1] and m != sel), None)
    if span is None:
        return
    kept = [m for m in form.values["mentions"] if not cursor.overlap(m, sel)]
    more = [m for m in _unclaimed(app, name, span)
            if not any(cursor.overlap(m, k) for k in [span, *kept])]
    form.span, form.values["mentions"] = span, sorted([span, *kept, *more])
    text = app.core.text[sel[0]:sel[1]]
    form.names = [n for n in form.names if n != text] or [name]
    app.select(span)


def claim_having(app: WorkspaceApp, sel: Sel) -> Claim | None:
    """The claim whose words the selection is, with or without its sentence's stop."""
    words = (sel, cursor.claim_words(app.t, sel))
    return next((c for c in app.core.ann.claims if (c.span.start, c.span.end) in words), None)


def _suggested(app: WorkspaceApp, sel: Sel) -> Suggestion | None:
    """The actor suggestion a new actor starts from: the one on show if a mention of it
    meets the selection, else a pending one that does (Kremlin selected while Putin is
    offered gets the Kremlin suggestion's type and mentions, not a blank form)."""
    def meets(s: Suggestion) -> bool:
        return any(cursor.overlap(m, sel) for m in s.mentions)
    if app.current is not None and app.current.kind == "actor" and meets(app.current):
        return app.current
    return next((s for s in app.queue["actors"] if meets(s)), None)


def _with_selection(sug: Suggestion, sel: Sel, found: list[Offsets]) -> list[Offsets]:
    """The mentions of a new actor that starts as a suggestion: the words selected, always
    (in place of the suggestion's mention they overlap: "United Nations" selected in its
    "United Nations Security Council"), its other mentions, and the selected words'
    other occurrences where none of those stands. No span is nested in another, so the
    form counts what the save keeps (it drops nested spans)."""
    theirs = [m for m in sug.mentions if not cursor.overlap(m, sel)]
    more = [m for m in found if not any(cursor.overlap(m, t) for t in [sel, *theirs])]
    return sorted([sel, *theirs, *more])


def _inside_events(app: WorkspaceApp, sel: Sel) -> list[str]:
    """Events triggered inside a claim's words: what it is most likely about."""
    return [e.id for e in app.core.ann.events
            if sel[0] <= e.trigger.start and e.trigger.end <= sel[1]]


def edit_here(app: WorkspaceApp) -> None:
    """Edit the current suggestion, else the annotation under the cursor."""
    sug = app.current
    if sug is not None and cursor.overlap(sug.span, app.sel):
        if sug.kind == "claim":
            app.select(sug.span)
            app.trimming = sug
            app.say("trim the claim with [ ] < > or F, then Enter or c makes it "
                    "(y takes it as suggested)")
            return
        app.select(sug.span)
        new_item(app, sug.kind)
        return
    item = app.item_here()
    if item is None:
        app.say("no annotation under the cursor")
        return
    form_for(app, item)


def form_for(app: WorkspaceApp, item: Actor | Event | Claim) -> None:
    """The form of an item as it is, to change its fields."""
    span = next((s for _, s in item.spans() if not s.orphaned), None)
    where = (span.start, span.end) if span else app.sel
    if isinstance(item, Actor):
        open_form(app, "actor", where, {"name": item.name, "type": item.type,
                                        "mentions": []}, "type", item_id=item.id,
                       names=list(dict.fromkeys([item.name, *item.aliases])))
    elif isinstance(item, Event):
        open_form(app, "event", where, {"type": item.type, "participants": [
            (p.actor, p.role) for p in item.participants], "factuality": item.factuality},
            "type", item_id=item.id)
    elif isinstance(item, Claim):
        open_form(app, "claim", where, {
            "kind": item.kind, "claimant": item.claimant, "verdict": item.verdict,
            "about": list(item.about), "checkworthy": item.checkworthy,
            "cue": (item.cue.start, item.cue.end) if item.cue else None}, "kind",
            item_id=item.id)
    assert app.form is not None
    app.form.before = edit_values(app.form)  # what Enter compares: only changes are saved


def _unclaimed(app: WorkspaceApp, text: str, sel: Offsets | None = None) -> list[Offsets]:
    """Where `text` stands in the article with no actor's mention on it (and `sel`, the
    words selected, whatever stands there)."""
    taken = [(m.start, m.end) for a in app.core.ann.actors for m in a.mentions]
    found = [m for m in cursor.occurrences(app.t, text)
             if m == sel or not any(cursor.overlap(m, t) for t in taken)]
    return found if sel is None or sel in found else [*found, sel]


def new_actor_in_form(app: WorkspaceApp, name: str) -> None:
    """`=` on the claim form's claimant or the event form's participants: the actor of that
    name, made (saved at once) with every mention of the name no other actor holds when
    it is no actor yet, becomes the claimant (the form goes on) or the next participant.
    A name the recommenders suggest brings what they found: its type, its other names and
    their mentions ("Çelik said…" with "Elif Çelik"), as accepting that suggestion would."""
    form = app.form
    if form is None or not name.strip():
        return
    field = form.current[0]
    as_what = "the claimant" if field == "claimant" else "a participant"
    actor = _actor_named(app, name)
    said = f"{actor.id} is {as_what}" if actor is not None else ""
    if actor is None:
        actor = _make_actor(app, name)
        if actor is None:
            return
        form.made.append(actor.id)
        said = (f"✓ added actor {actor.id} ({actor.type}, "
                f"{counted(len(actor.mentions), 'mention')}; `e` on it changes the type) "
                f"as {as_what}; saved")
    actor_id = actor.id
    if field == "claimant":
        form.values["claimant"] = actor_id
        form.go(form.index + 1)
    else:
        role = form.add_participant(actor_id).message
        said += f" ({role})" if role else ""
    form_hints(app)
    app.say(said)


def _actor_named(app: WorkspaceApp, name: str) -> Actor | None:
    """The actor that has `name` as its name or another name of it: typing a name already
    tagged picks that actor."""
    return next((a for a in app.core.ann.actors if _names(name, (a.name, *a.aliases))), None)


def _names(name: str, names: Sequence[str]) -> bool:
    """Whether `name` is one of `names`, case and spacing aside."""
    key = " ".join(name.split()).casefold()
    return key in (" ".join(n.split()).casefold() for n in names)


def _make_actor(app: WorkspaceApp, name: str) -> Actor | None:
    """A new actor named `name` with its unclaimed mentions (and a suggestion's type and
    other names when one is named so); None when it could not be made (said why)."""
    mentions = _unclaimed(app, name)
    sug = _suggestion_named(app, name)
    kind, aliases = app.core.actor_types[0], []  # (the inventory's first when unsuggested)
    if sug is not None:
        kind, aliases = sug.type, [n for n in (sug.name, *sug.aliases) if n != name]
        theirs = _free(app, sug.mentions)
        mentions = sorted([*theirs, *(m for m in mentions
                                      if not any(cursor.overlap(m, t) for t in theirs))])
    if not mentions:
        app.say(f"{short(name)!r} is not in the article's words (or is another actor's "
                "mention): pick an actor, or Esc, select the name and press a")
        return None
    if not app.change(lambda: app.core.add_actor(name, kind, mentions, aliases)):
        return None
    made = app.core.item(str(app.core.last_id))
    return made if isinstance(made, Actor) else None


def _suggestion_named(app: WorkspaceApp, name: str) -> Suggestion | None:
    """The pending actor suggestion that has `name` as its name or another name of it."""
    return next((sug for sug in app.queue.get("actors", [])
                 if _names(name, (sug.name, *sug.aliases))), None)


def _free(app: WorkspaceApp, spans: Sequence[Offsets]) -> list[Offsets]:
    """The spans no actor has a mention on (the queue may be a change behind)."""
    taken = [(m.start, m.end) for a in app.core.ann.actors for m in a.mentions]
    return [s for s in spans if not any(cursor.overlap(s, t) for t in taken)]


def pick_actor(app: WorkspaceApp, query: str) -> None:
    """An actor by part of its name: as if its hint letters had been typed."""
    names = {a.id: [a.id, a.name, *a.aliases] for a in app.core.ann.actors}
    found = hints.fuzzy(query, names)
    if found is None:
        app.say(f"no actor like {query!r}")
        app.hint = None
        app.update_panel()
        return
    if app.hint is not None:
        purpose, app.hint = app.hint.purpose, None
        picking.hint_done(app, purpose, found)
    elif app.form is not None:
        label = next((lb for lb, v in app.form.hints.items() if v == found), None)
        if label is not None:
            for letter in label:
                form_key(app, letter, letter)
    app.update_panel()


def edit_values(form: forms.Form) -> dict[str, Any]:
    """The fields a form edits, as typed values for `Core.edit`."""
    v = form.values
    if form.what == "actor":
        return {"name": v["name"], "type": v["type"]}
    if form.what == "event":
        return {"type": v["type"], "factuality": v["factuality"],
                "participant": tuple(v["participants"])}
    return {"kind": v["kind"], "claimant": v["claimant"] or None,
            "verdict": v["verdict"] or None, "about": tuple(v["about"]),
            "checkworthy": bool(v["checkworthy"]), "cue": v["cue"]}
