"""The words printed documents use, in the document's language: titles, labels, amounts in words, dates and
the covering e-mail.

Titles and labels exist in English, Russian, Persian and Arabic, in the terms each country's accountants use
(Persian: فاکتور فروش, پیش‌فاکتور, حواله خروج کالا; Arabic: فاتورة, عرض سعر, إشعار تسليم); another
language prints English words with the amount spelled in that language.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from num2words import num2words

from app.models import DocType
from app.models.documents import RTL_LANGUAGES
from app.services.calendars import JALALI, format_date

TITLES = {
    "en": {DocType.QUOTE: "Commercial proposal", DocType.ORDER: "Sales order", DocType.INVOICE: "Invoice for payment",
           DocType.WAYBILL: "Waybill", DocType.ACT: "Act of completed work", DocType.CONTRACT: "Contract",
           DocType.RETURN: "Customer return", DocType.PURCHASE_ORDER: "Purchase order",
           DocType.GOODS_RECEIPT: "Goods receipt", DocType.SUPPLIER_INVOICE: "Supplier invoice",
           DocType.SUPPLIER_RETURN: "Return to supplier", "statement": "Reconciliation statement"},
    "ru": {DocType.QUOTE: "Коммерческое предложение", DocType.ORDER: "Заказ покупателя",
           DocType.INVOICE: "Счёт на оплату", DocType.WAYBILL: "Товарная накладная",
           DocType.ACT: "Акт выполненных работ", DocType.CONTRACT: "Договор", DocType.RETURN: "Возврат от покупателя",
           DocType.PURCHASE_ORDER: "Заказ поставщику", DocType.GOODS_RECEIPT: "Приходная накладная",
           DocType.SUPPLIER_INVOICE: "Поступление от поставщика",
           DocType.SUPPLIER_RETURN: "Возврат поставщику", "statement": "Акт сверки взаимных расчётов"},
    "fa": {DocType.QUOTE: "پیش‌فاکتور", DocType.ORDER: "سفارش فروش", DocType.INVOICE: "فاکتور فروش",
           DocType.WAYBILL: "حواله خروج کالا", DocType.ACT: "صورت‌وضعیت خدمات انجام‌شده",
           DocType.CONTRACT: "قرارداد", DocType.RETURN: "برگشت از فروش", DocType.PURCHASE_ORDER: "سفارش خرید",
           DocType.GOODS_RECEIPT: "رسید ورود کالا", DocType.SUPPLIER_INVOICE: "فاکتور خرید",
           DocType.SUPPLIER_RETURN: "برگشت از خرید", "statement": "صورت تطبیق حساب"},
    "ar": {DocType.QUOTE: "عرض سعر", DocType.ORDER: "أمر بيع", DocType.INVOICE: "فاتورة",
           DocType.WAYBILL: "إشعار تسليم", DocType.ACT: "محضر إنجاز أعمال", DocType.CONTRACT: "عقد",
           DocType.RETURN: "مرتجع مبيعات", DocType.PURCHASE_ORDER: "أمر شراء", DocType.GOODS_RECEIPT: "إيصال استلام بضاعة",
           DocType.SUPPLIER_INVOICE: "فاتورة مشتريات", DocType.SUPPLIER_RETURN: "مرتجع مشتريات",
           "statement": "كشف مطابقة الحساب"},
}
WORDS = {
    "en": {"no": "No.", "of": "of", "dated": "dated", "seller": "Seller", "buyer": "Buyer", "sku": "SKU",
           "item": "Description", "qty": "Qty", "unit": "Unit", "price": "Price", "disc": "Disc. %", "vat": "VAT %",
           "amount": "Amount", "net": "Total before VAT", "vat_total": "VAT", "total": "Total", "vat_at": "VAT at",
           "in_words": "Amount in words", "director": "Director", "accountant": "Chief accountant",
           "received": "Received by", "page": "Page", "tax_id": "Tax ID", "reg": "Reg.", "bank": "Bank",
           "account": "Account", "code": "BIC/SWIFT", "due": "Payment due by", "terms": "Terms",
           "phone": "Phone", "period": "for the period", "opening": "Opening balance", "closing": "Closing balance",
           "debit": "Debit", "credit": "Credit", "date": "Date", "document": "Document", "turnover": "Turnover",
           "buyer_owes": "The buyer owes the seller at", "seller_owes": "The seller owes the buyer at",
           "inv": "Invoice", "pay": "Payment", "refund": "Our payment", "settled": "Balance is settled"},
    "ru": {"no": "№", "of": "из", "dated": "от", "seller": "Поставщик", "buyer": "Покупатель", "sku": "Артикул",
           "item": "Наименование", "qty": "Кол-во", "unit": "Ед.", "price": "Цена", "disc": "Скидка %",
           "vat": "НДС %", "amount": "Сумма", "net": "Итого без НДС", "vat_total": "НДС", "total": "Всего к оплате",
           "vat_at": "НДС", "in_words": "Сумма прописью", "director": "Руководитель",
           "accountant": "Главный бухгалтер", "received": "Получил", "page": "Страница", "tax_id": "ИНН",
           "reg": "ОГРН/КПП", "bank": "Банк", "account": "Р/с", "code": "БИК", "due": "Оплатить до",
           "terms": "Условия", "phone": "Тел.", "period": "за период", "opening": "Сальдо начальное",
           "closing": "Сальдо конечное", "debit": "Дебет", "credit": "Кредит", "date": "Дата",
           "document": "Документ", "turnover": "Обороты", "buyer_owes": "Задолженность покупателя на",
           "seller_owes": "Задолженность поставщика на", "inv": "Счёт",
           "pay": "Оплата", "refund": "Наша оплата", "settled": "Задолженности нет"},
    # Iranian invoices: فروشنده / خریدار, شرح کالا, مبلغ, جمع کل; شناسه ملی and کد اقتصادی are the company ids.
    "fa": {"no": "شماره", "of": "از", "dated": "تاریخ", "seller": "فروشنده", "buyer": "خریدار", "sku": "کد کالا",
           "item": "شرح کالا یا خدمات", "qty": "مقدار", "unit": "واحد", "price": "مبلغ واحد", "disc": "تخفیف %",
           "vat": "مالیات %", "amount": "مبلغ کل", "net": "جمع قبل از مالیات", "vat_total": "مالیات بر ارزش افزوده",
           "total": "جمع کل", "vat_at": "مالیات بر ارزش افزوده", "in_words": "مبلغ به حروف", "director": "مدیر عامل",
           "accountant": "مدیر مالی", "received": "تحویل گیرنده", "page": "صفحه", "tax_id": "شناسه ملی",
           "reg": "کد اقتصادی", "bank": "بانک", "account": "شماره حساب", "code": "کد شعبه", "due": "مهلت پرداخت",
           "terms": "شرایط", "phone": "تلفن", "period": "برای دوره", "opening": "مانده اول دوره",
           "closing": "مانده پایان دوره", "debit": "بدهکار", "credit": "بستانکار", "date": "تاریخ",
           "document": "سند", "turnover": "گردش", "buyer_owes": "بدهی خریدار به فروشنده در تاریخ",
           "seller_owes": "بدهی فروشنده به خریدار در تاریخ", "inv": "فاکتور", "pay": "دریافت",
           "refund": "پرداخت ما", "settled": "حساب تسویه است"},
    "ar": {"no": "رقم", "of": "من", "dated": "بتاريخ", "seller": "البائع", "buyer": "المشتري", "sku": "رمز الصنف",
           "item": "البيان", "qty": "الكمية", "unit": "الوحدة", "price": "سعر الوحدة", "disc": "الخصم %",
           "vat": "الضريبة %", "amount": "المبلغ", "net": "الإجمالي قبل الضريبة", "vat_total": "ضريبة القيمة المضافة",
           "total": "الإجمالي", "vat_at": "ضريبة القيمة المضافة", "in_words": "المبلغ بالحروف",
           "director": "المدير العام", "accountant": "رئيس الحسابات", "received": "المستلم", "page": "صفحة",
           "tax_id": "الرقم الضريبي", "reg": "السجل التجاري", "bank": "البنك", "account": "رقم الحساب",
           "code": "رمز السويفت", "due": "تاريخ الاستحقاق", "terms": "الشروط", "phone": "هاتف",
           "period": "عن الفترة", "opening": "الرصيد الافتتاحي", "closing": "الرصيد الختامي", "debit": "مدين",
           "credit": "دائن", "date": "التاريخ", "document": "المستند", "turnover": "الحركة",
           "buyer_owes": "المستحق على المشتري للبائع في", "seller_owes": "المستحق على البائع للمشتري في",
           "inv": "فاتورة", "pay": "دفعة", "refund": "دفعتنا", "settled": "الحساب مسدد"},
}
MAIL = {
    "en": "Hello,\n\nplease find attached {title} {number} dated {date}.\n\nBest regards,\n{sender}",
    "ru": "Здравствуйте!\n\nВо вложении {title} № {number} от {date}.\n\nС уважением,\n{sender}",
    "fa": "با سلام،\n\n{title} شماره {number} به تاریخ {date} پیوست است.\n\nبا احترام،\n{sender}",
    "ar": "السلام عليكم،\n\nمرفق {title} رقم {number} بتاريخ {date}.\n\nمع التحية،\n{sender}",
}


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["en"])


def title_of(doc_type: str, lang: str) -> str:
    return TITLES.get(lang, TITLES["en"]).get(doc_type) or TITLES["en"][doc_type]


def is_rtl(lang: str) -> bool:
    return lang in RTL_LANGUAGES


def date_text(day: date, lang: str, persian_calendar: str = JALALI) -> str:
    """A date as the document's readers write it: 03.12.2026; 1405/09/12 on a Persian document (Solar Hijri
    unless the company chose Gregorian, then 2026/12/03); 03/12/2026 on an Arabic one."""
    if lang == "fa":
        return format_date(day, JALALI) if persian_calendar == JALALI else day.strftime("%Y/%m/%d")
    if lang == "ar":
        return day.strftime("%d/%m/%Y")
    return day.strftime("%d.%m.%Y")


def mail_body(lang: str, *, title: str, number: str, day: date, sender: str, persian_calendar: str = JALALI) -> str:
    template = MAIL.get(lang, MAIL["en"])
    return template.format(title=title if lang in ("fa", "ar", "ru") else title.lower(), number=number,
                           date=date_text(day, lang, persian_calendar), sender=sender)


# -- amounts in words ---------------------------------------------------------------------------------------

# Persian: the unit and the hundredth; a counted noun stays singular ("سیصد ریال").
FA_CURRENCIES = {"IRR": ("ریال", ""), "IRT": ("تومان", ""), "USD": ("دلار", "سنت"), "EUR": ("یورو", "سنت"),
                 "RUB": ("روبل", "کوپک"), "AED": ("درهم", "فلس"), "SAR": ("ریال سعودی", "هلله"),
                 "TRY": ("لیر", "کوروش"), "CNY": ("یوان", "فن"), "GBP": ("پوند", "پنی")}
# Arabic: (one, two, three to ten, eleven to ninety-nine) for num2words' Arabic, which declines the noun. The
# accusative is written without its fathatan (درهما), as typed Arabic mostly does: text extraction (pdftotext)
# tears a mark off its letter.
AR_CURRENCIES = {
    "SAR": (("ريال", "ريالان", "ريالات", "ريالا"), ("هللة", "هللتان", "هللات", "هللة")),
    "AED": (("درهم", "درهمان", "دراهم", "درهما"), ("فلس", "فلسان", "فلوس", "فلسا")),
    "USD": (("دولار", "دولاران", "دولارات", "دولارا"), ("سنت", "سنتان", "سنتات", "سنتا")),
    "EUR": (("يورو", "يوروان", "يوروات", "يورو"), ("سنت", "سنتان", "سنتات", "سنتا")),
    "RUB": (("روبل", "روبلان", "روبلات", "روبلا"), ("كوبيك", "كوبيكان", "كوبيكات", "كوبيكا")),
    "IRR": (("ريال إيراني", "ريالان إيرانيان", "ريالات إيرانية", "ريالا إيرانيا"), ("", "", "", "")),
    "KWD": (("دينار", "ديناران", "دنانير", "دينارا"), ("فلس", "فلسان", "فلوس", "فلسا")),
    "EGP": (("جنيه", "جنيهان", "جنيهات", "جنيها"), ("قرش", "قرشان", "قروش", "قرشا")),
    "QAR": (("ريال", "ريالان", "ريالات", "ريالا"), ("درهم", "درهمان", "دراهم", "درهما")),
}

AR_FEMININE_MINOR = {"SAR"}  # هللة is feminine: إحدى هللة, but واحد فلس


def _split(amount: Decimal) -> tuple[int, int]:
    cents = int((abs(amount) * 100).to_integral_value()) % 100
    return int(abs(amount)), cents


def _persian(amount: Decimal, currency: str) -> str:
    whole, cents = _split(amount)
    unit, minor = FA_CURRENCIES.get(currency, (currency, ""))
    out = f"{num2words(whole, lang='fa')} {unit}"
    if cents and minor:
        out += f" و {num2words(cents, lang='fa')} {minor}"
    elif cents:
        out += f" و {cents:02d}/100"
    return ("منفی " if amount < 0 else "") + out


def _arabic(amount: Decimal, currency: str) -> str:
    from num2words.lang_AR import Num2Word_AR

    whole, cents = _split(amount)
    if currency not in AR_CURRENCIES:
        spelled = num2words(whole, lang="ar") if whole else "صفر"
        return f"{spelled} {currency}" + (f" و {cents:02d}/100" if cents else "")
    conv = Num2Word_AR()
    unit, minor = AR_CURRENCIES[currency]
    conv.set_currency_prefer = lambda _code: None  # keep the forms set below (it knows only SAR, EGP, KWD, TND)
    conv.currency_unit, conv.currency_subunit, conv.partPrecision = unit, minor, 2
    conv.isCurrencyPartNameFeminine = currency in AR_FEMININE_MINOR
    if not minor[0] and cents:
        return f"{_arabic(Decimal(whole), currency)} و {cents:02d}/100"
    if whole == 2 and not cents:
        return unit[1]  # the dual says "two" by itself: ديناران
    if whole == 0:
        # num2words leaves a zero whole part empty ("و خمسون هللة"); say it as a bookkeeper does.
        rest = conv.to_currency(Decimal(cents) / 100).strip(" و") if cents else ""
        return f"صفر {unit[0]}" + (f" و {rest}" if rest else "")
    return conv.to_currency(Decimal(whole) + Decimal(cents) / 100).strip()


def amount_in_words(amount: Decimal, currency: str, lang: str) -> str:
    """The amount spelled out in the language, with the currency's name where it is known, else its code and
    "N/100"."""
    if lang == "fa":
        return _persian(amount, currency)
    if lang == "ar":
        return _arabic(amount, currency)
    try:
        return num2words(amount, lang=lang, to="currency", currency=currency).capitalize()
    except (NotImplementedError, KeyError, TypeError, ValueError, OverflowError):
        pass
    whole = int(amount)
    cents = int((amount - whole) * 100)
    try:
        spelled = num2words(whole, lang=lang)
    except NotImplementedError:
        spelled = num2words(whole, lang="en")
    return f"{spelled[:1].upper()}{spelled[1:]} {currency} {cents:02d}/100"
