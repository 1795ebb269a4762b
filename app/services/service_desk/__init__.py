"""Service desk: clients' complaints, questions and repairs, numbered SR-000001, worked through to closed."""

from app.services.service_desk.forms import (
    ACTIVE_STATUSES,
    CLOSED,
    IN_PROGRESS,
    KINDS,
    NEW,
    PRIORITIES,
    RESOLVED,
    SORT_KEYS,
    STATUSES,
    WAITING,
    ProductChoice,
    RequestCard,
    RequestForm,
    RequestQuery,
    RequestRow,
)
from app.services.service_desk.requests import (
    TRANSITIONS,
    change_status,
    client_requests,
    close_request,
    contact_persons,
    count_requests,
    create_request,
    find_products,
    first_page,
    is_overdue,
    load_request,
    next_statuses,
    put_waiting,
    reopen_request,
    request_page,
    resolve_request,
    resume_work,
    start_work,
    update_request,
)

__all__ = [
    "ACTIVE_STATUSES", "CLOSED", "IN_PROGRESS", "KINDS", "NEW", "PRIORITIES", "RESOLVED", "SORT_KEYS", "STATUSES",
    "WAITING", "ProductChoice", "RequestCard", "RequestForm", "RequestQuery", "RequestRow", "TRANSITIONS", "change_status",
    "client_requests", "close_request", "contact_persons", "count_requests", "create_request", "find_products", "first_page",
    "is_overdue", "load_request", "next_statuses", "put_waiting", "reopen_request", "request_page",
    "resolve_request", "resume_work", "start_work", "update_request",
]
