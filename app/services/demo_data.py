"""Made-up but plausible clients in five languages for the demo database (pure: no database here).

English (USA), Russian (Russia), Persian (Iran), Arabic (UAE and Saudi Arabia) and Armenian
(Armenia): names, legal forms, tax ids with valid check digits, phone numbers as people type them
in each country (sometimes in Persian or Arabic-Indic digits), addresses in each country's style,
IBANs with valid check digits. `generate_clients` is deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from app.models.clients import AddressKind, ChannelKind, ClientKind, ClientRole
from app.services.clients.forms import (
    AddressData,
    BankAccountData,
    ChannelData,
    ClientForm,
    ContactPersonData,
)

LANGUAGES = ("en", "ru", "fa", "ar", "hy")
# The language a client's documents print in: their own where documents have it; English and Armenian
# clients take the company's (English).
DOCUMENT_LANGUAGE = {"ru": "ru", "fa": "fa", "ar": "ar"}
LANGUAGE_WEIGHTS = (25, 25, 20, 15, 15)
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

POSITIONS: dict[str, tuple[str, ...]] = {
    "en": ("Director", "CEO", "Chief accountant", "Purchasing manager", "Sales manager", "Office manager",
           "Logistics manager", "Lawyer"),
    "ru": ("Генеральный директор", "Директор", "Главный бухгалтер", "Менеджер по закупкам",
           "Менеджер по продажам", "Офис-менеджер", "Логист", "Юрист"),
    "fa": ("مدیرعامل", "مدیر", "حسابدار ارشد", "مدیر خرید", "مدیر فروش", "مسئول دفتر", "مدیر لجستیک",
           "مشاور حقوقی"),
    "ar": ("المدير العام", "المدير", "رئيس الحسابات", "مدير المشتريات", "مدير المبيعات", "مدير المكتب",
           "مدير الخدمات اللوجستية", "المستشار القانوني"),
    "hy": ("Տնօրեն", "Գլխավոր տնօրեն", "Գլխավոր հաշվապահ", "Գնումների մենեջեր", "Վաճառքի մենեջեր",
           "Գրասենյակի մենեջեր", "Լոգիստ", "Իրավաբան"),
}
TAGS: tuple[str, ...] = (
    "VIP", "Wholesale", "Retail", "Distributor", "Partner", "Government", "Exhibition 2025", "Newsletter",
    "Key account", "Slow payer", "Дилер", "Опт", "نمایندگی", "موزع معتمد", "Գործընկեր",
)

# (native, latin) pairs; the latin form makes e-mail addresses.
_FIRST_M = {
    "en": [("James", "james"), ("Michael", "michael"), ("Robert", "robert"), ("David", "david"),
           ("William", "william"), ("Daniel", "daniel"), ("Thomas", "thomas"), ("Kevin", "kevin")],
    "ru": [("Иван", "ivan"), ("Алексей", "aleksey"), ("Сергей", "sergey"), ("Дмитрий", "dmitriy"),
           ("Андрей", "andrey"), ("Михаил", "mikhail"), ("Николай", "nikolay"), ("Павел", "pavel")],
    "fa": [("محمد", "mohammad"), ("علی", "ali"), ("رضا", "reza"), ("حسین", "hossein"), ("مهدی", "mahdi"),
           ("امیر", "amir"), ("کامران", "kamran"), ("بهرام", "bahram")],
    "ar": [("محمد", "mohammed"), ("أحمد", "ahmed"), ("خالد", "khaled"), ("عمر", "omar"), ("يوسف", "yousef"),
           ("عبدالله", "abdullah"), ("سلطان", "sultan"), ("فيصل", "faisal")],
    "hy": [("Արամ", "aram"), ("Դավիթ", "davit"), ("Տիգրան", "tigran"), ("Արմեն", "armen"),
           ("Գևորգ", "gevorg"), ("Հայկ", "hayk"), ("Վահե", "vahe"), ("Սամվել", "samvel")],
}
_FIRST_F = {
    "en": [("Mary", "mary"), ("Jennifer", "jennifer"), ("Linda", "linda"), ("Emily", "emily"),
           ("Sarah", "sarah"), ("Jessica", "jessica"), ("Laura", "laura"), ("Anna", "anna")],
    "ru": [("Анна", "anna"), ("Елена", "elena"), ("Ольга", "olga"), ("Наталья", "natalya"),
           ("Татьяна", "tatyana"), ("Мария", "mariya"), ("Светлана", "svetlana"), ("Ирина", "irina")],
    "fa": [("مریم", "maryam"), ("زهرا", "zahra"), ("فاطمه", "fatemeh"), ("سارا", "sara"),
           ("نازنین", "nazanin"), ("نیلوفر", "niloufar"), ("پریسا", "parisa"), ("شیرین", "shirin")],
    "ar": [("فاطمة", "fatima"), ("عائشة", "aisha"), ("مريم", "mariam"), ("نورة", "noura"), ("سارة", "sara"),
           ("ليلى", "layla"), ("هدى", "huda"), ("ريم", "reem")],
    "hy": [("Անահիտ", "anahit"), ("Լիլիթ", "lilit"), ("Նարե", "nare"), ("Մարիամ", "mariam"),
           ("Աննա", "anna"), ("Գայանե", "gayane"), ("Սոնա", "sona"), ("Արմինե", "armine")],
}
# (native male, native female, latin); Persian, Arabic and Armenian surnames have one form.
_LAST = {
    "en": [(n, n, n.lower()) for n in ("Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Wilson",
                                       "Anderson", "Taylor", "Moore", "Clark", "Walker")],
    "ru": [("Иванов", "Иванова", "ivanov"), ("Смирнов", "Смирнова", "smirnov"),
           ("Кузнецов", "Кузнецова", "kuznetsov"), ("Попов", "Попова", "popov"),
           ("Соколов", "Соколова", "sokolov"), ("Лебедев", "Лебедева", "lebedev"),
           ("Козлов", "Козлова", "kozlov"), ("Новиков", "Новикова", "novikov"),
           ("Морозов", "Морозова", "morozov"), ("Волков", "Волкова", "volkov")],
    "fa": [(n, n, lat) for n, lat in (("محمدی", "mohammadi"), ("حسینی", "hosseini"), ("احمدی", "ahmadi"),
                                      ("رضایی", "rezaei"), ("کریمی", "karimi"), ("موسوی", "mousavi"),
                                      ("جعفری", "jafari"), ("صادقی", "sadeghi"), ("رحیمی", "rahimi"),
                                      ("کاظمی", "kazemi"))],
    "ar": [(n, n, lat) for n, lat in (("الحربي", "alharbi"), ("العتيبي", "alotaibi"), ("القحطاني", "alqahtani"),
                                      ("الشمري", "alshammari"), ("المنصوري", "almansoori"),
                                      ("الهاشمي", "alhashimi"), ("الكعبي", "alkaabi"), ("الزهراني", "alzahrani"))],
    "hy": [(n, n, lat) for n, lat in (("Հովհաննիսյան", "hovhannisyan"), ("Գրիգորյան", "grigoryan"),
                                      ("Սարգսյան", "sargsyan"), ("Պետրոսյան", "petrosyan"),
                                      ("Հարությունյան", "harutyunyan"), ("Ավետիսյան", "avetisyan"),
                                      ("Մկրտչյան", "mkrtchyan"), ("Ղազարյան", "ghazaryan"))],
}
_PATRONYMIC = [("Иванович", "Ивановна"), ("Сергеевич", "Сергеевна"), ("Петрович", "Петровна"),
               ("Александрович", "Александровна"), ("Николаевич", "Николаевна"), ("Андреевич", "Андреевна")]

_STEMS = {
    "en": [(s, s) for s in ("Northwind", "Blue Ridge", "Summit", "Pioneer", "Evergreen", "Lakeside",
                            "Granite", "Harbor", "Silverline", "Redwood", "Keystone", "Atlas")],
    "ru": [("Техно", "tekhno"), ("Строй", "stroy"), ("Агро", "agro"), ("Электро", "elektro"), ("Транс", "trans"),
           ("Мега", "mega"), ("Эко", "eko"), ("Нефте", "nefte"), ("Медиа", "media"), ("Сибирь", "sibir")],
    "fa": [("پارس", "pars"), ("آریا", "arya"), ("البرز", "alborz"), ("سپاهان", "sepahan"), ("نوین", "novin"),
           ("کیان", "kian"), ("مهر", "mehr"), ("آسیا", "asia"), ("دماوند", "damavand"), ("زاگرس", "zagros")],
    "ar": [("الخليج", "alkhaleej"), ("النور", "alnoor"), ("الصحراء", "alsahra"), ("الفجر", "alfajr"),
           ("الرواد", "alrowad"), ("الأمل", "alamal"), ("الواحة", "alwaha"), ("النخبة", "alnukhba"),
           ("الريادة", "alriyada"), ("الشرق", "alsharq")],
    "hy": [("Արարատ", "ararat"), ("Մասիս", "masis"), ("Արագած", "aragats"), ("Սևան", "sevan"),
           ("Նաիրի", "nairi"), ("Վան", "van"), ("Զանգեզուր", "zangezur"), ("Երազ", "eraz")],
}
_INDUSTRIES = {
    "en": [(s, s) for s in ("Logistics", "Foods", "Textiles", "Building Supply", "Electric", "Packaging",
                            "Motors", "Furniture", "Pharma", "Trading", "Paper", "Systems")],
    "ru": [("Сервис", "servis"), ("Торг", "torg"), ("Снаб", "snab"), ("Инвест", "invest"), ("Лайн", "layn"),
           ("Пром", "prom"), ("Комплект", "komplekt"), ("Трейд", "treyd"), ("Маркет", "market")],
    "fa": [("صنعت", "sanat"), ("تجارت", "tejarat"), ("پخش", "pakhsh"), ("فولاد", "foulad"), ("شیمی", "shimi"),
           ("الکتریک", "electric"), ("بسپار", "baspar"), ("ساختمان", "sakhteman"), ("غذا", "ghaza")],
    "ar": [("للتجارة", "trading"), ("للمقاولات", "contracting"), ("للصناعات", "industries"),
           ("للخدمات اللوجستية", "logistics"), ("للأغذية", "foods"), ("للإلكترونيات", "electronics"),
           ("للاستثمار", "investment"), ("للتقنية", "tech")],
    "hy": [("Տեքս", "tex"), ("Շին", "shin"), ("Ագրո", "agro"), ("Տրանս", "trans"), ("Ֆարմ", "pharm"),
           ("Թրեյդ", "trade"), ("Էլեկտրո", "electro"), ("Մետալ", "metal")],
}
_SOURCES = {
    "en": ("Website", "Referral", "Exhibition", "Cold call", "LinkedIn"),
    "ru": ("Сайт", "Рекомендация", "Выставка", "Холодный звонок", "Тендер"),
    "fa": ("وب‌سایت", "معرفی", "نمایشگاه", "تماس تلفنی", "اینستاگرام"),
    "ar": ("الموقع الإلكتروني", "توصية", "معرض", "اتصال هاتفي"),
    "hy": ("Կայք", "Առաջարկ", "Ցուցահանդես", "Հեռախոսազանգ"),
}
_NOTES = {
    "en": ("Prefers calls after 2 pm.", "Pays by bank transfer within 30 days.", "Send price list every quarter."),
    "ru": ("Звонить после 14:00.", "Оплата по факту поставки.", "Отправлять прайс-лист раз в квартал."),
    "fa": ("ترجیحاً قبل از ظهر تماس بگیرید.", "پرداخت ۳۰ روزه.", "فهرست قیمت هر فصل ارسال شود."),
    "ar": ("يفضل التواصل عبر واتساب.", "الدفع خلال 30 يومًا.", "إرسال قائمة الأسعار كل ربع سنة."),
    "hy": ("Զանգահարել կեսօրից հետո։", "Վճարում 30 օրվա ընթացքում։", "Ուղարկել գնացուցակը ամեն եռամսյակ։"),
}
_PERSONAL_MAIL = {"en": ("gmail.com", "outlook.com", "yahoo.com"), "ru": ("yandex.ru", "mail.ru", "gmail.com"),
                  "fa": ("gmail.com", "yahoo.com"), "ar": ("gmail.com", "hotmail.com", "outlook.com"),
                  "hy": ("gmail.com", "mail.ru", "yandex.ru")}


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    tld: str
    cities: tuple[tuple[str, str, str], ...]  # (city, region, postcode pattern: # = digit)
    streets: tuple[str, ...]
    banks: tuple[tuple[str, str, str], ...]  # (bank name, BIC/SWIFT, bank code or corr. account)


COUNTRIES: dict[str, Country] = {c.code: c for c in (
    Country("US", "United States", "com",
            (("New York", "NY", "100##"), ("Chicago", "IL", "606##"), ("San Francisco", "CA", "941##"),
             ("Boston", "MA", "021##"), ("Houston", "TX", "770##"), ("Seattle", "WA", "981##"),
             ("Miami", "FL", "331##"), ("Atlanta", "GA", "303##")),
            ("Main Street", "Broadway", "Oak Avenue", "Market Street", "5th Avenue", "Washington Boulevard",
             "Elm Street", "Lake Shore Drive"),
            (("JPMorgan Chase Bank, N.A.", "CHASUS33", "021000021"), ("Bank of America, N.A.", "BOFAUS3N", "026009593"),
             ("Wells Fargo Bank, N.A.", "WFBIUS6S", "121000248"))),
    Country("RU", "Россия", "ru",
            (("Москва", "г. Москва", "1#####"), ("Санкт-Петербург", "г. Санкт-Петербург", "19####"),
             ("Екатеринбург", "Свердловская область", "620###"), ("Новосибирск", "Новосибирская область", "630###"),
             ("Казань", "Республика Татарстан", "420###"), ("Ростов-на-Дону", "Ростовская область", "344###"),
             ("Нижний Новгород", "Нижегородская область", "603###")),
            ("ул. Ленина", "пр-т Мира", "ул. Садовая", "Тверская ул.", "ул. Гагарина", "ул. Пушкина",
             "ш. Энтузиастов", "ул. Профсоюзная"),
            (("ПАО Сбербанк", "044525225", "30101810400000000225"),
             ("АО «Альфа-Банк»", "044525593", "30101810200000000593"),
             ("Банк ВТБ (ПАО)", "044525187", "30101810700000000187"))),
    Country("IR", "ایران", "ir",
            (("تهران", "استان تهران", "1####-#####"), ("اصفهان", "استان اصفهان", "81###-#####"),
             ("مشهد", "استان خراسان رضوی", "91###-#####"), ("شیراز", "استان فارس", "71###-#####"),
             ("تبریز", "استان آذربایجان شرقی", "51###-#####"), ("کرج", "استان البرز", "31###-#####")),
            ("خیابان ولیعصر", "خیابان انقلاب", "بلوار کشاورز", "خیابان آزادی", "خیابان شریعتی", "بلوار میرداماد"),
            (("بانک ملی ایران", "MELIIRTH", "017"), ("بانک ملت", "BKMTIRTH", "012"),
             ("بانک صادرات ایران", "BSIRIRTH", "019"), ("بانک پاسارگاد", "BKBPIRTH", "057"))),
    Country("AE", "الإمارات العربية المتحدة", "ae",
            (("دبي", "إمارة دبي", "ص.ب. #####"), ("أبوظبي", "إمارة أبوظبي", "ص.ب. ####"),
             ("الشارقة", "إمارة الشارقة", "ص.ب. ####")),
            ("شارع الشيخ زايد", "شارع الخليج", "شارع المطينة", "شارع الكورنيش", "شارع الوصل"),
            (("بنك الإمارات دبي الوطني", "EBILAEAD", "026"), ("بنك أبوظبي الأول", "NBADAEAA", "035"),
             ("بنك دبي الإسلامي", "DUIBAEAD", "024"))),
    Country("SA", "المملكة العربية السعودية", "sa",
            (("الرياض", "منطقة الرياض", "1####"), ("جدة", "منطقة مكة المكرمة", "2####"),
             ("الدمام", "المنطقة الشرقية", "3####")),
            ("طريق الملك فهد", "شارع التحلية", "طريق الملك عبدالعزيز", "شارع العليا", "شارع الأمير سلطان"),
            (("البنك الأهلي السعودي", "NCBKSAJE", "10"), ("مصرف الراجحي", "RJHISARI", "80"),
             ("بنك الرياض", "RIBLSARI", "20"))),
    Country("AM", "Հայաստան", "am",
            (("Երևան", "Երևան", "00##"), ("Գյումրի", "Շիրակի մարզ", "31##"), ("Վանաձոր", "Լոռու մարզ", "20##"),
             ("Վաղարշապատ", "Արմավիրի մարզ", "11##")),
            ("Աբովյան փող.", "Մաշտոցի պող.", "Տիգրան Մեծի պող.", "Կոմիտասի պող.", "Սայաթ-Նովայի պող.",
             "Բաղրամյան պող."),
            (("Ամերիաբանկ", "ARMIAM22", "1570"), ("Ակբա բանկ", "AGCAAM22", "2200"),
             ("Արդշինբանկ", "ASHBAM22", "2470"), ("Ինեկոբանկ", "INJSAM22", "2050"))),
)}

_AREA = {"US": ("212", "312", "415", "617", "713", "206", "305", "404"),
         "RU": ("495", "499", "812", "343", "383", "843", "863"), "IR": ("21", "31", "51", "71", "41", "26"),
         "AE": ("4", "2", "6"), "SA": ("11", "12", "13"), "AM": ("10", "312", "322")}
_MOBILE = {"US": _AREA["US"], "RU": ("903", "916", "926", "985", "921", "912"),
           "IR": ("912", "935", "919", "901"), "AE": ("50", "52", "55", "56"),
           "SA": ("50", "53", "55", "56", "59"), "AM": ("77", "91", "93", "94", "95", "98", "99")}


@dataclass(frozen=True, slots=True)
class DemoClient:
    """One generated client: the card's values plus what the card does not edit."""

    language: str
    form: ClientForm
    archived: bool
    age_days: float  # how long ago it was created


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randrange(10 ** n)).zfill(n)


def _pattern(rng: random.Random, pattern: str) -> str:
    digits = iter(_digits(rng, pattern.count("#")))
    return "".join(next(digits) if ch == "#" else ch for ch in pattern)


def inn(rng: random.Random, length: int) -> str:
    """A Russian tax id (ИНН) of 10 (company) or 12 (person) digits with valid check digits."""
    def check(digits: str, weights: Sequence[int]) -> str:
        return str(sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10)

    if length == 10:
        body = str(rng.randint(1, 9)) + _digits(rng, 8)
        return body + check(body, (2, 4, 10, 3, 5, 9, 4, 6, 8))
    body = str(rng.randint(1, 9)) + _digits(rng, 9)
    body += check(body, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
    return body + check(body, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8))


def iban(country: str, bban: str) -> str:
    """An IBAN with valid check digits, grouped by four as printed on invoices."""
    rearranged = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    raw = f"{country}{98 - int(rearranged) % 97:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def phone(rng: random.Random, country: str, *, mobile: bool) -> str:
    """A number written the way people in `country` usually write it (formats vary on purpose)."""
    area = rng.choice(_MOBILE[country] if mobile else _AREA[country])
    style = rng.random()
    if country == "US":
        a, b = str(rng.randint(201, 989)), _digits(rng, 4)
        return (f"+1 ({area}) {a}-{b}" if style < 0.5 else f"+1 {area}-{a}-{b}" if style < 0.8
                else f"({area}) {a}-{b}")
    if country == "RU":
        a, b, c = _digits(rng, 3), _digits(rng, 2), _digits(rng, 2)
        return (f"+7 ({area}) {a}-{b}-{c}" if style < 0.6 else f"+7 {area} {a}-{b}-{c}" if style < 0.8
                else f"8 ({area}) {a}-{b}-{c}")
    if country == "IR":
        if mobile:
            a, b = _digits(rng, 3), _digits(rng, 4)
            text = f"+98 {area} {a} {b}" if style < 0.5 else f"0{area} {a} {b}"
        else:
            a, b = _digits(rng, 4), _digits(rng, 4)
            text = f"+98 {area} {a} {b}" if style < 0.6 else f"0{area}-{a}{b}"
        return text.translate(PERSIAN_DIGITS) if rng.random() < 0.2 else text
    if country in ("AE", "SA"):
        code = "971" if country == "AE" else "966"
        a, b = _digits(rng, 3), _digits(rng, 4)
        text = f"+{code} {area} {a} {b}" if style < 0.75 else f"0{area} {a} {b}"
        return text.translate(ARABIC_DIGITS) if rng.random() < 0.1 else text
    local = _digits(rng, 6 if len(area) == 2 else 5)  # Armenia: 8 digits after +374
    return f"+374 {area} {local}" if style < 0.7 else f"(0{area}) {local[:-4]}-{local[-4:-2]}-{local[-2:]}"


class _Maker:
    """Builds one client after another from a single random stream (hence deterministic)."""

    def __init__(self, seed: int, managers: Mapping[str, Sequence[int]]):
        self.rng = random.Random(seed)
        self.managers = managers

    def person_name(self, lang: str, *, formal: bool = False) -> tuple[str, str, str]:
        """(full name, latin first, latin last)."""
        rng = self.rng
        female = rng.random() < 0.45
        first, first_lat = rng.choice(_FIRST_F[lang] if female else _FIRST_M[lang])
        last_m, last_f, last_lat = rng.choice(_LAST[lang])
        last = last_f if female else last_m
        if lang == "ru" and formal:
            return f"{last} {first} {rng.choice(_PATRONYMIC)[1 if female else 0]}", first_lat, last_lat
        if lang == "ru" and rng.random() < 0.5:
            return f"{last} {first}", first_lat, last_lat
        return f"{first} {last}", first_lat, last_lat

    def country(self, lang: str) -> Country:
        code = {"en": "US", "ru": "RU", "fa": "IR", "hy": "AM"}.get(lang) or self.rng.choice(("AE", "SA"))
        return COUNTRIES[code]

    def company_names(self, lang: str, country: Country) -> tuple[str, str, str]:
        """(display name, legal name, domain)."""
        rng = self.rng
        stem, stem_lat = rng.choice(_STEMS[lang])
        ind, ind_lat = rng.choice(_INDUSTRIES[lang])
        slug = f"{stem_lat}{ind_lat}".lower().replace(" ", "")
        if lang == "en":
            name = f"{stem} {ind}" + rng.choice(("", "", "", " Group", " International", " & Co"))
            legal = name + rng.choice((" LLC", ", Inc.", " Corp."))
        elif lang == "ru":
            name = stem + ind + rng.choice(("", "", "", "-Плюс", " Групп"))
            legal = f"{rng.choice(('ООО', 'ООО', 'ООО', 'АО'))} «{name}»"
        elif lang == "fa":
            name = f"{stem} {ind}" if rng.random() < 0.5 else f"{ind} {stem}"
            legal = f"شرکت {name} ({rng.choice(('سهامی خاص', 'با مسئولیت محدود'))})"
        elif lang == "ar":
            name = f"{stem} {ind}"
            slug = f"{stem_lat}-{ind_lat}"
            legal = f"شركة {name} " + ("ذ.م.م" if country.code == "AE" else "المحدودة")
        else:
            name = f"{stem} {ind}"
            legal = f"«{name}» {rng.choice(('ՍՊԸ', 'ՍՊԸ', 'ՓԲԸ'))}"
        return name, legal, f"{slug}.{country.tld}"

    def tax_ids(self, country: Country, company: bool) -> tuple[str, str]:
        """(tax id, registration ids) as written in that country; persons often have none."""
        rng = self.rng
        if not company and rng.random() < (0.7 if country.code == "RU" else 0.9):
            return "", ""
        if rng.random() < 0.08:
            return "", ""
        c = country.code
        if c == "US":
            return f"{_digits(rng, 2)}-{_digits(rng, 7)}", ""
        if c == "RU":
            if not company:
                return inn(rng, 12), f"ОГРНИП 3{_digits(rng, 14)}"
            tax = inn(rng, 10)
            return tax, f"КПП {tax[:4]}01001, ОГРН 1{_digits(rng, 12)}"
        if c == "IR":
            return (_digits(rng, 11), f"شماره ثبت {_digits(rng, 6)}") if company else (_digits(rng, 10), "")
        if c == "AE":
            return f"100{_digits(rng, 12)}", f"رخصة تجارية {_digits(rng, 6)}"
        if c == "SA":
            return f"3{_digits(rng, 13)}3", f"سجل تجاري {rng.choice(('1010', '4030', '2050'))}{_digits(rng, 6)}"
        return _digits(rng, 8), f"{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 5)}"

    def address(self, country: Country, kind: str, city: tuple[str, str, str]) -> AddressData:
        rng = self.rng
        name, region, postcode = city
        c = country.code
        building, office = str(rng.randint(1, 180)), ""
        if c == "US":
            building = str(rng.randint(1, 9900))
            office = f"Suite {rng.randint(1, 30)}{rng.randint(0, 9)}0" if rng.random() < 0.5 else ""
        elif c == "RU":
            building = f"д. {rng.randint(1, 120)}" + rng.choice(("", "", f", корп. {rng.randint(1, 5)}",
                                                                 f", стр. {rng.randint(1, 9)}"))
            office = rng.choice(("", f"оф. {rng.randint(1, 999)}", f"пом. {rng.choice('IVX')}"))
        elif c == "IR":
            building = f"پلاک {rng.randint(1, 400)}".translate(PERSIAN_DIGITS)
            office = rng.choice(("", f"طبقه {rng.randint(1, 9)}", f"واحد {rng.randint(1, 40)}")).translate(PERSIAN_DIGITS)
        elif c in ("AE", "SA"):
            building = f"مبنى {rng.randint(1, 90)}" if c == "AE" else str(rng.randint(1000, 9999))
            office = rng.choice(("", f"مكتب {rng.randint(101, 2405)}"))
        else:
            office = rng.choice(("", f"գրասենյակ {rng.randint(1, 60)}"))
        return AddressData(kind=kind, country=country.name, region=region, city=name,
                           street=rng.choice(country.streets), building=building, office=office,
                           postcode=_pattern(rng, postcode))

    def bank_account(self, country: Country, company: bool) -> BankAccountData:
        rng = self.rng
        bank, bic, code = rng.choice(country.banks)
        c = country.code
        if c == "US":
            return BankAccountData(bank_name=bank, bic=bic, account_number=_digits(rng, rng.choice((10, 12))),
                                   comment=f"ABA {code}")
        if c == "RU":
            prefix = "40702810" if company else "40802810"
            return BankAccountData(bank_name=bank, bic=bic, account_number=prefix + _digits(rng, 12),
                                   corr_account=code)
        if c == "IR":
            number = iban("IR", "0" + code + _digits(rng, 18))
        elif c == "AE":
            number = iban("AE", code + _digits(rng, 16))
        elif c == "SA":
            number = iban("SA", code + _digits(rng, 18))
        else:
            number = code + _digits(rng, 12)
        return BankAccountData(bank_name=bank, bic=bic, account_number=number)

    def channels_of_person(self, lang: str, country: Country, first: str, last: str, domain: str | None
                           ) -> tuple[ChannelData, ...]:
        rng = self.rng
        out = []
        if rng.random() < 0.9:
            out.append(ChannelData(kind=ChannelKind.MOBILE, value=phone(rng, country.code, mobile=True)))
        if rng.random() < 0.7:
            mail = domain or rng.choice(_PERSONAL_MAIL[lang])
            local = f"{first}.{last}" if domain or rng.random() < 0.5 else f"{first}{last[:1]}{rng.randint(1, 99)}"
            out.append(ChannelData(kind=ChannelKind.EMAIL, value=f"{local}@{mail}"))
        if lang == "ru" and rng.random() < 0.2:
            out.append(ChannelData(kind=ChannelKind.TELEGRAM, value=f"@{first}_{last}"))
        if lang in ("fa", "ar") and rng.random() < 0.3:
            out.append(ChannelData(kind=ChannelKind.WHATSAPP, value=phone(rng, country.code, mobile=True)))
        return tuple(out)

    def client(self, index: int, count: int) -> DemoClient:
        rng = self.rng
        lang = rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0]
        country = self.country(lang)
        company = rng.random() < 0.75
        city = rng.choice(country.cities)
        channels: list[ChannelData] = []
        contacts: list[ContactPersonData] = []
        addresses = []
        if company:
            name, legal, domain = self.company_names(lang, country)
            channels.append(ChannelData(kind=ChannelKind.PHONE, value=phone(rng, country.code, mobile=False)))
            if rng.random() < 0.3:
                channels.append(ChannelData(kind=ChannelKind.PHONE, value=phone(rng, country.code, mobile=False),
                                            comment={"en": "accounting", "ru": "бухгалтерия"}.get(lang, "")))
            if rng.random() < 0.9:
                box = rng.choice(("info", "office", "sales", "mail"))
                channels.append(ChannelData(kind=ChannelKind.EMAIL, value=f"{box}@{domain}"))
            if rng.random() < 0.7:
                channels.append(ChannelData(kind=ChannelKind.WEBSITE,
                                            value=rng.choice(("www.", "https://", "")) + domain))
            for _ in range(rng.choices((0, 1, 2, 3), (10, 40, 35, 15))[0]):
                full, first, last = self.person_name(lang, formal=True)
                contacts.append(ContactPersonData(
                    full_name=full, position=rng.choice(POSITIONS[lang]),
                    birthday=date(rng.randint(1958, 2000), rng.randint(1, 12), rng.randint(1, 28))
                    if rng.random() < 0.2 else None,
                    channels=self.channels_of_person(lang, country, first, last, domain)))
            addresses.append(self.address(country, AddressKind.LEGAL, city))
            if rng.random() < 0.4:
                addresses.append(self.address(country, AddressKind.ACTUAL, city))
            if rng.random() < 0.1:
                addresses.append(self.address(country, AddressKind.DELIVERY, rng.choice(country.cities)))
        else:
            name, first, last = self.person_name(lang, formal=lang == "ru")
            legal = f"ИП {name}" if lang == "ru" and rng.random() < 0.3 else ""
            channels.extend(self.channels_of_person(lang, country, first, last, None))
            if not channels:
                channels.append(ChannelData(kind=ChannelKind.MOBILE, value=phone(rng, country.code, mobile=True)))
            if rng.random() < 0.5:
                addresses.append(self.address(country, AddressKind.ACTUAL, city))
        tax_id, reg_ids = self.tax_ids(country, company)
        banks = []
        if rng.random() < (0.6 if company else 0.1):
            banks = [self.bank_account(country, company) for _ in range(1 if rng.random() < 0.85 else 2)]
        roles = rng.choices(((ClientRole.CUSTOMER,), (ClientRole.LEAD,), (ClientRole.SUPPLIER,),
                             (ClientRole.CUSTOMER, ClientRole.SUPPLIER)), (60, 25, 10, 5))[0]
        tags = tuple(sorted(set(rng.sample(TAGS, rng.choices((0, 1, 2, 3), (45, 35, 15, 5))[0]))))
        # Two draws whatever the pool holds, so that who exists changes the managers and nothing else.
        has_manager, slot = rng.random() < 0.9, rng.random()
        pool = self.managers.get(lang) or ()
        manager = pool[int(slot * len(pool))] if pool and has_manager else None
        form = ClientForm(
            kind=ClientKind.COMPANY if company else ClientKind.PERSON, display_name=name, legal_name=legal,
            tax_id=tax_id, registration_ids=reg_ids, source=rng.choice(_SOURCES[lang]) if rng.random() < 0.6 else "",
            manager_id=manager, roles=frozenset(roles), tags=tags,
            notes=rng.choice(_NOTES[lang]) if rng.random() < 0.15 else "",
            language=DOCUMENT_LANGUAGE.get(lang, ""), channels=tuple(channels), contacts=tuple(contacts), addresses=tuple(addresses), bank_accounts=tuple(banks))
        age = 3 * 365 * (1 - (index + rng.random()) / max(count, 1))
        return DemoClient(language=lang, form=form, archived=rng.random() < 0.06, age_days=age)


def generate_clients(count: int, *, seed: int = 42, managers: Mapping[str, Sequence[int]] | None = None
                     ) -> Iterator[DemoClient]:
    """`count` clients, the same ones for the same seed and count; `managers` maps a language to the
    user ids that may manage such clients (it changes `manager_id` only, never the rest)."""
    maker = _Maker(seed, managers or {})
    for i in range(count):
        yield maker.client(i, count)
