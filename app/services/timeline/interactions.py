"""Logged interactions: calls, meetings, e-mails and notes with their result.

They are editable notes, not posted documents: they can be changed and deleted, always against the
version the user saw.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Client, ContactPerson, Deal, Interaction, Task, User
from app.models.base import utcnow
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from app.services.i18n import msg
from app.services.timeline.forms import (
    DIRECTIONS,
    INTERACTION_KINDS,
    InteractionChoices,
    InteractionForm,
    InteractionRow,
    PickItem,
)
from app.services.uow import UnitOfWork

# Clocks of two PCs and time zones differ a little; anything further ahead was mistyped.
MAX_AHEAD = timedelta(days=1)
MAX_DURATION_MINUTES = 24 * 60
SUBJECT_MAX = 300


def _validate(s: Session, form: InteractionForm, *, now: datetime, saved: Interaction | None = None) -> dict:
    """The cleaned column values of `form`; raises ValidationError naming every bad field.

    Editing `saved` checks only the links the user changed: one that became stale since (its deal given
    to another client, say) must not block fixing a typo in the result."""
    errors: dict[str, str] = {}

    def changed(name: str) -> bool:
        return saved is None or getattr(saved, name) != getattr(form, name)
    client = s.get(Client, form.client_id) if form.client_id is not None else None
    if client is None:
        errors["client_id"] = msg("choose a client")
    if form.kind not in INTERACTION_KINDS:
        errors["kind"] = msg("must be a call, meeting, e-mail or note")
    if form.direction not in DIRECTIONS:
        errors["direction"] = msg("must be incoming, outgoing or none")
    if form.occurred_at is None:
        errors["occurred_at"] = msg("is required")
    elif form.occurred_at > now + MAX_AHEAD:
        errors["occurred_at"] = msg("is in the future: log what already happened")
    if form.contact_person_id is not None and changed("contact_person_id"):
        person = s.get(ContactPerson, form.contact_person_id)
        if person is None or (client is not None and person.client_id != client.id):
            errors["contact_person_id"] = msg("is not a contact person of this client")
    if form.deal_id is not None and changed("deal_id"):
        deal = s.get(Deal, form.deal_id)
        if deal is None or (client is not None and deal.client_id != client.id):
            errors["deal_id"] = msg("is not a deal of this client")
    if form.task_id is not None and changed("task_id"):
        task = s.get(Task, form.task_id)
        if task is None or (client is not None and task.client_id not in (None, client.id)):
            errors["task_id"] = msg("is not a task of this client")
    subject = v.clean(form.subject)
    if len(subject) > SUBJECT_MAX:
        errors["subject"] = msg("is longer than {limit} characters", limit=SUBJECT_MAX)
    result = (form.result or "").strip()
    if not subject and not result:
        errors["result"] = msg("write what happened")
    if form.duration_minutes is not None and not 0 <= form.duration_minutes <= MAX_DURATION_MINUTES:
        errors["duration_minutes"] = msg("must be between 0 and {limit} minutes", limit=MAX_DURATION_MINUTES)
    if errors:
        raise ValidationError(errors)
    return dict(client_id=form.client_id, kind=form.kind, direction=form.direction,
                occurred_at=form.occurred_at, contact_person_id=form.contact_person_id, deal_id=form.deal_id,
                task_id=form.task_id, subject=subject, result=result, duration_minutes=form.duration_minutes)


def _name(s: Session, model, ident: int | None, attr: str) -> str:
    obj = s.get(model, ident) if ident is not None else None
    return getattr(obj, attr) if obj is not None else ""


def row_of(s: Session, item: Interaction) -> InteractionRow:
    return InteractionRow(
        id=item.id, version=item.version,
        form=InteractionForm(client_id=item.client_id, kind=item.kind, direction=item.direction,
                             occurred_at=item.occurred_at, contact_person_id=item.contact_person_id,
                             deal_id=item.deal_id, task_id=item.task_id, subject=item.subject,
                             result=item.result, duration_minutes=item.duration_minutes),
        user_name=_name(s, User, item.user_id, "full_name"),
        contact_name=_name(s, ContactPerson, item.contact_person_id, "full_name"),
        deal_title=_name(s, Deal, item.deal_id, "title"),
        updated_at=item.updated_at,
        updated_by=_name(s, User, item.updated_by_id, "full_name"),
    )


def _load(s: Session, interaction_id: int) -> Interaction:
    item = s.get(Interaction, interaction_id)
    if item is None:
        raise NotFound("interaction", interaction_id)
    return item


def _check_version(s: Session, item: Interaction, expected_version: int) -> None:
    if item.version != expected_version:
        raise ConcurrentEdit("interaction", item.id, changed_by=_name(s, User, item.updated_by_id, "full_name"),
                             changed_at=item.updated_at, current=row_of(s, item))


@requires(Area.TASKS, Action.CREATE)
def log_interaction(uow: UnitOfWork, *, form: InteractionForm) -> InteractionRow:
    """Record a call, meeting, e-mail or note as done by the acting user; raises ValidationError."""
    with uow:
        s = uow.session
        item = Interaction(**_validate(s, form, now=utcnow()), user_id=uow.user_id)
        s.add(item)
        s.flush()
        row = row_of(s, item)
        uow.commit()
        return row


@requires(Area.TASKS, Action.VIEW)
def load_interaction(uow: UnitOfWork, interaction_id: int) -> InteractionRow:
    """The interaction as saved; raises NotFound."""
    with uow:
        return row_of(uow.session, _load(uow.session, interaction_id))


@requires(Area.TASKS, Action.EDIT)
def update_interaction(uow: UnitOfWork, interaction_id: int, *, form: InteractionForm,
                       expected_version: int) -> InteractionRow:
    """Save an edited interaction (who logged it stays); raises NotFound, ValidationError or ConcurrentEdit."""
    with uow:
        s = uow.session
        item = _load(s, interaction_id)
        _check_version(s, item, expected_version)
        values = _validate(s, form, now=utcnow(), saved=item)
        if values["client_id"] != item.client_id:
            raise ValidationError({"client_id": msg("an interaction stays with its client")})
        for name, value in values.items():
            setattr(item, name, value)
        s.flush()
        row = row_of(s, item)
        uow.commit()
        return row


@requires(Area.TASKS, Action.DELETE)
def delete_interaction(uow: UnitOfWork, interaction_id: int, *, expected_version: int) -> None:
    """Delete a logged interaction; raises NotFound or ConcurrentEdit."""
    with uow:
        s = uow.session
        item = _load(s, interaction_id)
        _check_version(s, item, expected_version)
        s.delete(item)
        uow.commit()


@requires(Area.TASKS, Action.VIEW)
def interaction_choices(uow: UnitOfWork, client_id: int) -> InteractionChoices:
    """The client's name, contact persons and deals (open ones first), for the log dialog; raises NotFound."""
    with uow:
        s = uow.session
        client = s.get(Client, client_id)
        if client is None:
            raise NotFound("client", client_id)
        contacts = s.execute(select(ContactPerson.id, ContactPerson.full_name)
                             .where(ContactPerson.client_id == client_id)
                             .order_by(ContactPerson.sort_order, ContactPerson.id)).all()
        deals = s.execute(select(Deal.id, Deal.title)
                          .where(Deal.client_id == client_id)
                          .order_by((Deal.status == "open").desc(), Deal.stage_entered_at.desc(), Deal.id.desc())
                          ).all()
        return InteractionChoices(client_id=client.id, client_name=client.display_name,
                                  contacts=tuple(PickItem(i, n) for i, n in contacts),
                                  deals=tuple(PickItem(i, t) for i, t in deals))
