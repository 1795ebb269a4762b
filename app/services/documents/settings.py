"""Company settings that documents print (requisites, VAT mode, currency, numbering, terms) and the
currency rates table."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.models import CompanyImage, CurrencyRate
from app.models.documents import PRINT_LANGUAGES
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import open_to_all, requires
from app.services.calendars import GREGORIAN, JALALI
from app.services.catalog.common import check_version, parse_decimal, raise_if
from app.services.documents.editing import company
from app.services.documents.numbering import format_error
from app.services.i18n import msg
from app.services.uow import UnitOfWork

IMAGE_KINDS = ("logo", "stamp", "signature")
IMAGE_LIMIT = 2 * 1024 * 1024


@dataclass
class CompanySettings:
    name: str = ""
    legal_name: str = ""
    tax_id: str = ""
    registration_ids: str = ""
    legal_address: str = ""
    actual_address: str = ""
    bank_name: str = ""
    bank_account: str = ""
    bank_code: str = ""
    director_name: str = ""
    accountant_name: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    default_vat_mode: str = "exclusive"
    currency: str = "USD"
    document_language: str = "en"
    persian_calendar: str = "jalali"  # Persian documents are dated in it: jalali or gregorian
    number_format: str = "{prefix}{series}-{year}-{seq:06d}"
    document_terms: str = ""
    contract_template: str = ""
    document_footer: str = ""
    payment_days: int = 10
    version: int = 0


LIMITS = {"name": 300, "legal_name": 500, "tax_id": 40, "registration_ids": 300, "legal_address": 500,
          "actual_address": 500, "bank_name": 300, "bank_account": 60, "bank_code": 40, "director_name": 200,
          "accountant_name": 200, "phone": 60, "email": 200, "website": 200}
LANGUAGES = PRINT_LANGUAGES
CALENDARS = (JALALI, GREGORIAN)


def require_admin(s, user_id: int | None, action: str) -> None:
    """Company-wide settings are changed by administrators (a call without a user — the CLI, the demo —
    acts for the administrator who runs it)."""
    from app.models import User
    from app.services.errors import PermissionDenied

    if user_id is None:
        return
    user = s.get(User, user_id)
    if user is None or not user.is_admin:
        raise PermissionDenied(action)


@open_to_all
def company_settings(uow: UnitOfWork) -> CompanySettings:
    with uow:
        c = company(uow.session)
        return CompanySettings(**{f.name: getattr(c, f.name) for f in fields(CompanySettings)})


@requires(Area.SETTINGS, Action.EDIT)
def save_company_settings(uow: UnitOfWork, form: CompanySettings) -> CompanySettings:
    """Save the settings; raises ValidationError, ConcurrentEdit (another admin saved meanwhile)."""
    with uow:
        s = uow.session
        require_admin(s, uow.user_id, "change the company settings")
        c = company(s)
        check_version(s, c, form.version, "company settings")
        errors: dict[str, str] = {}
        values = asdict(form)
        values.pop("version")
        for key, limit in LIMITS.items():
            values[key] = v.clean(values[key])
            if len(values[key]) > limit:
                errors[key] = msg("is longer than {limit} characters", limit=limit)
        if not values["name"]:
            errors["name"] = msg("is required")
        if values["email"] and v.email_error(values["email"]):
            errors["email"] = v.email_error(values["email"])
        if values["default_vat_mode"] not in ("exclusive", "inclusive"):
            errors["default_vat_mode"] = msg("choose whether prices include VAT")
        values["currency"] = v.clean(values["currency"]).upper()
        if len(values["currency"]) != 3 or not values["currency"].isalpha():
            errors["currency"] = msg("is a three-letter code such as USD")
        if values["document_language"] not in LANGUAGES:
            errors["document_language"] = msg("choose one of {choices}", choices=", ".join(LANGUAGES))
        if values["persian_calendar"] not in CALENDARS:
            errors["persian_calendar"] = msg("choose jalali or gregorian")
        from app.services.documents.pdf import template_error

        if err := template_error(values["contract_template"]):
            errors["contract_template"] = err
        err = format_error(values["number_format"])
        if err:
            errors["number_format"] = err
        if not 0 <= int(values["payment_days"]) <= 365:
            errors["payment_days"] = msg("must be between 0 and 365 days")
        raise_if(errors)
        for key, value in values.items():
            setattr(c, key, value)
        s.flush()
        out = CompanySettings(**{f.name: getattr(c, f.name) for f in fields(CompanySettings)})
        uow.commit()
        return out


@requires(Area.SETTINGS, Action.EDIT)
def set_company_image(uow: UnitOfWork, kind: str, data: bytes | None, mime: str = "image/png") -> None:
    """Store (or with `data` None, remove) the logo, stamp or signature printed on documents."""
    if kind not in IMAGE_KINDS:
        raise_if({"kind": msg("is logo, stamp or signature")})
    if data is not None and (len(data) > IMAGE_LIMIT or mime not in ("image/png", "image/jpeg")):
        raise_if({kind: msg("must be a PNG or JPEG image of at most 2 MB")})
    with uow:
        s = uow.session
        require_admin(s, uow.user_id, "change the company's images")
        row = s.get(CompanyImage, kind)
        if data is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(CompanyImage(kind=kind, mime=mime, data=data))
        else:
            row.mime, row.data = mime, data
        uow.commit()


@open_to_all
def company_image(uow: UnitOfWork, kind: str) -> bytes | None:
    with uow:
        row = uow.session.get(CompanyImage, kind)
        return row.data if row else None


@requires(Area.SETTINGS, Action.EDIT)
def set_currency_rate(uow: UnitOfWork, currency: str, rate_date: date, rate: Decimal | str) -> None:
    """Company-currency units per unit of `currency` from `rate_date` on (replacing that day's rate)."""
    errors: dict[str, str] = {}
    currency = v.clean(currency).upper()
    if len(currency) != 3 or not currency.isalpha():
        errors["currency"] = msg("is a three-letter code such as EUR")
    value = parse_decimal(rate, "rate", errors)
    if value is not None and value <= 0:
        errors["rate"] = msg("must be more than zero")
    raise_if(errors)
    with uow:
        s = uow.session
        require_admin(s, uow.user_id, "change the currency rates")
        if currency == company(s).currency:
            raise_if({"currency": msg("is the company currency (its rate is always 1)")})
        row = s.scalar(select(CurrencyRate).where(CurrencyRate.currency == currency,
                                                  CurrencyRate.rate_date == rate_date))
        if row is None:
            s.add(CurrencyRate(currency=currency, rate_date=rate_date, rate=value))
        else:
            row.rate = value
        uow.commit()


@open_to_all
def list_currency_rates(uow: UnitOfWork) -> list[tuple[str, date, Decimal]]:
    with uow:
        return [tuple(r) for r in uow.session.execute(
            select(CurrencyRate.currency, CurrencyRate.rate_date, CurrencyRate.rate)
            .order_by(CurrencyRate.currency, CurrencyRate.rate_date.desc())).all()]
