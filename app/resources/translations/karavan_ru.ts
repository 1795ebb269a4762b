<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>(type a name)</source>
        <translation>(введите наименование)</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Головной офис</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Min stock</source>
        <translation>Мин. остаток</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>(no branch)</source>
        <translation>(без филиала)</translation>
    </message>
    <message>
        <source> (head office)</source>
        <translation> (головной офис)</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (закрыт)</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(без отдела)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Your changes to {what} are not saved. Discard them?</source>
        <translation>Изменения («{what}») не сохранены. Отменить их?</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Смотреть</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Провести</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Выгрузить</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Свои</translation>
    </message>
    <message>
        <source>Team (branch)</source>
        <translation>Команда (филиал)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Own: the user&apos;s records; Team: their branch&apos;s; All: every branch&apos;s</source>
        <translation>Свои: записи пользователя; Команда: записи его филиала; Все: записи всех филиалов</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Messages from automation rules</source>
        <translation>Сообщения правил автоматизации</translation>
    </message>
    <message>
        <source>Automation rules could not run: {0}</source>
        <translation>Не удалось выполнить правила автоматизации: {0}</translation>
    </message>
    <message>
        <source>Messages: {0}</source>
        <translation>Сообщения: {0}</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Double-click a message to open its record</source>
        <translation>Дважды щёлкните сообщение, чтобы открыть его запись</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Сообщений нет.</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Отметить все как прочитанные</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Automation rules</source>
        <translation>Правила автоматизации</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <source>Add from template</source>
        <translation>Добавить из шаблона</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Run log…</source>
        <translation>Журнал запусков…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активно</translation>
    </message>
    <message>
        <source>Won deal → order and a task for the warehouse</source>
        <translation>Выигранная сделка → заказ и задача для склада</translation>
    </message>
    <message>
        <source>Invoice overdue 3 days → call task for the manager</source>
        <translation>Счёт просрочен на 3 дня → задача позвонить для менеджера</translation>
    </message>
    <message>
        <source>Stock below minimum → draft purchase order</source>
        <translation>Остаток ниже минимума → черновик заказа поставщику</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Вошло</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Перешло дальше</translation>
    </message>
    <message>
        <source>Conversion %</source>
        <translation>Конверсия, %</translation>
    </message>
    <message>
        <source>Lost because: {reason}</source>
        <translation>Причина проигрыша: {reason}</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(без причины)</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Conversion: {pipeline}, {date_from} – {date_to}</source>
        <translation>Конверсия: {pipeline}, {date_from} – {date_to}</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Weighted forecast of open deals, {currency}</source>
        <translation>Взвешенный прогноз по открытым сделкам, {currency}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Из этапа</translation>
    </message>
    <message>
        <source>To</source>
        <translation>В этап</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Дней на этапе</translation>
    </message>
    <message>
        <source>Still there</source>
        <translation>Ещё на этапе</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(создана)</translation>
    </message>
    <message>
        <source>Only if (all of these hold)</source>
        <translation>Только если (выполнены все условия)</translation>
    </message>
    <message>
        <source>No conditions: the rule runs on every such change.</source>
        <translation>Условий нет: правило срабатывает при каждом таком изменении.</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Добавить условие</translation>
    </message>
    <message>
        <source>Then do</source>
        <translation>Затем выполнить</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Добавить действие</translation>
    </message>
    <message>
        <source>In a subject or message, {record} is the record&apos;s name or number and {rule} the rule&apos;s name.</source>
        <translation>В теме или тексте сообщения {record} — наименование или номер записи, {rule} — название правила.</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Сохранить правило</translation>
    </message>
    <message>
        <source>You may look at the rules; changing them needs the Settings edit right.</source>
        <translation>Вы можете просматривать правила; для их изменения нужно право на изменение настроек.</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (выкл.)</translation>
    </message>
    <message>
        <source>A schedule has no record whose fields a condition could test.</source>
        <translation>У расписания нет записи, поля которой могло бы проверить условие.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Удалить правило</translation>
    </message>
    <message>
        <source>Delete the rule “{0}” and its run log?</source>
        <translation>Удалить правило «{0}» и его журнал запусков?</translation>
    </message>
    <message>
        <source>Condition {0}</source>
        <translation>Условие {0}</translation>
    </message>
    <message>
        <source>Action {0}</source>
        <translation>Действие {0}</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Воскресенье</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(любой)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>The record&apos;s manager</source>
        <translation>Менеджер записи</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Администраторы</translation>
    </message>
    <message>
        <source>Role: {0}</source>
        <translation>Роль: {0}</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>Ошибка, будет повтор</translation>
    </message>
    <message>
        <source>Failed, reported</source>
        <translation>Ошибка, сообщено</translation>
    </message>
    <message>
        <source>Stopped: loop</source>
        <translation>Остановлено: зацикливание</translation>
    </message>
    <message>
        <source>Failed, retried</source>
        <translation>Ошибка, повторено</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Попытка</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>(schedule)</source>
        <translation>(расписание)</translation>
    </message>
    <message>
        <source>Automation rule-run log</source>
        <translation>Журнал запусков правил автоматизации</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Все запуски</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Только с ошибками</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>С сообщением</translation>
    </message>
    <message>
        <source>Stopped loops</source>
        <translation>Прерванные циклы</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>Все правила</translation>
    </message>
    <message>
        <source>This rule</source>
        <translation>Это правило</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Run the rule on this record again (after fixing the rule or the data)</source>
        <translation>Запустить правило для этой записи ещё раз (после исправления правила или данных)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), {problems} with a problem</source>
        <translation>
            <numerusform>%n запуск, с проблемой: {problems}</numerusform>
            <numerusform>%n запуска, с проблемой: {problems}</numerusform>
            <numerusform>%n запусков, с проблемой: {problems}</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued again: the rule runs in a moment.</source>
        <translation>Снова в очереди: правило сработает через несколько секунд.</translation>
    </message>
    <message>
        <source>The password does not open {file}. Only the password the backup was made with opens it.</source>
        <translation>Пароль не подходит к файлу {file}. Копию открывает только пароль, с которым она была создана.</translation>
    </message>
    <message>
        <source>{file} is encrypted: type its password.</source>
        <translation>Файл {file} зашифрован: введите его пароль.</translation>
    </message>
    <message>
        <source>{file} is damaged: {detail}</source>
        <translation>Файл {file} повреждён: {detail}</translation>
    </message>
    <message>
        <source>{tool} was not found. Install the PostgreSQL client tools (the server&apos;s major version or newer) or set KARAVAN_PG_BIN to the folder that holds {tool}.</source>
        <translation>Не найдена программа {tool}. Установите клиентские утилиты PostgreSQL (той же основной версии, что и сервер, или новее) или укажите в KARAVAN_PG_BIN папку, где лежит {tool}.</translation>
    </message>
    <message>
        <source>Cannot write: {reason}</source>
        <translation>Не удалось записать: {reason}</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} МБ</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} КБ</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>По расписанию</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Unreadable: {0}</source>
        <translation>Не читается: {0}</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Не проверена</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Повреждена</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Bytes OK (contents need the password)</source>
        <translation>Файл цел (для проверки содержимого нужен пароль)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Общая себестоимость</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Production output by month</source>
        <translation>Выпуск продукции по месяцам</translation>
    </message>
    <message>
        <source>Production output by product</source>
        <translation>Выпуск продукции по товарам</translation>
    </message>
    <message>
        <source>Completions of production orders by completion date; cost at moving average.</source>
        <translation>Выпуск по заказам на производство по дате выпуска; себестоимость — по скользящей средней.</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Приход</translation>
    </message>
    <message>
        <source>In value</source>
        <translation>Приход, сумма</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>Out value</source>
        <translation>Расход, сумма</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>Изменение, сумма</translation>
    </message>
    <message>
        <source>Ledger moves dated in the period; value at cost.</source>
        <translation>Движения запасов с датой в периоде; оценка по себестоимости.</translation>
    </message>
    <message>
        <source>Stock valuation at {day}</source>
        <translation>Оценка запасов на {day}</translation>
    </message>
    <message>
        <source>Product — warehouse</source>
        <translation>Товар — склад</translation>
    </message>
    <message>
        <source>Stock and its cost value at the end of the period&apos;s last day.</source>
        <translation>Остатки и их себестоимость на конец последнего дня периода.</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 дней</translation>
    </message>
    <message>
        <source>Payables aging at {day}</source>
        <translation>Кредиторская задолженность по срокам на {day}</translation>
    </message>
    <message>
        <source>Receivables aging at {day}</source>
        <translation>Дебиторская задолженность по срокам на {day}</translation>
    </message>
    <message>
        <source>Open confirmed invoices by days past their due date, in the company currency.</source>
        <translation>Неоплаченные подтверждённые счета по дням просрочки, в валюте организации.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Зашифрована</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>{tables} tables, {rows} rows; schema {rev}; Karavan {version}</source>
        <translation>Таблиц: {tables}, строк: {rows}; схема {rev}; Karavan {version}</translation>
    </message>
    <message>
        <source>Restore a Karavan backup</source>
        <translation>Восстановление резервной копии Karavan</translation>
    </message>
    <message>
        <source>{file} is encrypted. Its password:</source>
        <translation>Файл {file} зашифрован. Его пароль:</translation>
    </message>
    <message>
        <source>Restore the backup of {source} made {when} ({rows} rows) into the new database
{target}?

The database in use is not changed.</source>
        <translation>Восстановить резервную копию базы {source} от {when} (строк: {rows}) в новую базу данных
{target}?

Текущая база данных не изменится.</translation>
    </message>
    <message>
        <source>Restoring {file}…</source>
        <translation>Восстановление {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelled: nothing was restored.</source>
        <translation>Отменено: ничего не восстановлено.</translation>
    </message>
    <message>
        <source>Restored and verified: {tables} tables, {rows} rows in
{target}</source>
        <translation>Восстановлено и проверено: таблиц — {tables}, строк — {rows} в
{target}</translation>
    </message>
    <message>
        <source>Switch the connection to it? Karavan then opens the restored database; the old one is kept.</source>
        <translation>Переключить подключение на неё? Karavan откроет восстановленную базу данных; прежняя сохранится.</translation>
    </message>
    <message>
        <source>Scheduled backup made: {name}</source>
        <translation>Резервная копия по расписанию создана: {name}</translation>
    </message>
    <message numerus="yes">
        <source>(%n old backup(s) removed by rotation)</source>
        <translation>
            <numerusform>(удалено старых копий при ротации: %n)</numerusform>
            <numerusform>(удалено старых копий при ротации: %n)</numerusform>
            <numerusform>(удалено старых копий при ротации: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled backup not made: encrypted backups need the password kept on this computer (Settings → Backups…).</source>
        <translation>Резервная копия по расписанию не создана: для зашифрованных копий пароль должен храниться на этом компьютере (Настройки → Резервные копии…).</translation>
    </message>
    <message>
        <source>Scheduled backup failed: {reason}</source>
        <translation>Не удалось создать резервную копию по расписанию: {reason}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Registration numbers</source>
        <translation>Регистрационные номера</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>Ответственный менеджер</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы связи</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Банковские счета</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без наименования)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Добавить лицо</translation>
    </message>
    <message>
        <source>Edit the list of positions</source>
        <translation>Изменить список должностей</translation>
    </message>
    <message>
        <source>No birthday</source>
        <translation>Без даты рождения</translation>
    </message>
    <message>
        <source>Full name*</source>
        <translation>ФИО*</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Please check: {names}</source>
        <translation>Проверьте: {names}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Skype</source>
        <translation>Skype</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Соцсеть</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Юридический</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Фактический</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Для доставки</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Дом</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>One line</source>
        <translation>Одной строкой</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>BIC / SWIFT</source>
        <translation>БИК / SWIFT</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Correspondent account</source>
        <translation>Корр. счёт</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>Строка {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>Karavan ran into an unexpected problem. Nothing you had saved was lost: the step that failed was not saved.</source>
        <translation>В Karavan возникла непредвиденная ошибка. Ничего из сохранённого не потеряно: сбойный шаг не был сохранён.</translation>
    </message>
    <message>
        <source>You can go on working. If something looks wrong, save your work and restart Karavan.</source>
        <translation>Можно продолжать работу. Если что-то выглядит неправильно, сохраните работу и перезапустите Karavan.</translation>
    </message>
    <message>
        <source>The problem keeps coming back, so Karavan has to close. Open cards with unsaved changes will ask first.</source>
        <translation>Ошибка повторяется, поэтому Karavan будет закрыт. Открытые карточки с несохранёнными изменениями сначала спросят о сохранении.</translation>
    </message>
    <message>
        <source>Open report folder</source>
        <translation>Открыть папку отчётов</translation>
    </message>
    <message>
        <source>Close Karavan</source>
        <translation>Закрыть Karavan</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>на этой неделе</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>на прошлой неделе</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>в этом месяце</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>в прошлом месяце</translation>
    </message>
    <message>
        <source>No sales yet {0}</source>
        <translation>Продаж пока нет {0}</translation>
    </message>
    <message>
        <source>Nothing sold {0} ({1})</source>
        <translation>Ничего не продано {0} ({1})</translation>
    </message>
    <message>
        <source>{0} {1} % against {2}: {3} ({4})</source>
        <translation>{0} {1} % к продажам {2}: {3} ({4})</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed invoice(s) {0}</source>
        <translation>
            <numerusform>%n подтверждённый счёт {0}</numerusform>
            <numerusform>%n подтверждённых счёта {0}</numerusform>
            <numerusform>%n подтверждённых счетов {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) confirmed today</source>
        <translation>
            <numerusform>%n заказ подтверждён сегодня</numerusform>
            <numerusform>%n заказа подтверждено сегодня</numerusform>
            <numerusform>%n заказов подтверждено сегодня</numerusform>
        </translation>
    </message>
    <message>
        <source>vs plan: {0}&#xa0;% of {1}</source>
        <translation>к плану: {0} % от {1}</translation>
    </message>
    <message>
        <source>net sales {0}; {1}&#xa0;% expected by today</source>
        <translation>чистые продажи {0}; к сегодняшнему дню ожидается {1} %</translation>
    </message>
    <message>
        <source>No pipeline yet: set one up in the Sales funnel.</source>
        <translation>Воронки пока нет: настройте её в разделе «Воронка продаж».</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n open deal(s)</source>
        <translation>
            <numerusform>{0}: %n открытая сделка</numerusform>
            <numerusform>{0}: %n открытые сделки</numerusform>
            <numerusform>{0}: %n открытых сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deals</source>
        <translation>Нет открытых сделок</translation>
    </message>
    <message>
        <source>Not summed (no rate): {0}</source>
        <translation>Не учтено (нет курса): {0}</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Available / minimum</source>
        <translation>Доступно / минимум</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товара</numerusform>
            <numerusform>%n товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is above its minimum.</source>
        <translation>Все остатки выше минимальных.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more on the reorder list</source>
        <translation>
            <numerusform>и ещё %n в списке пополнения</numerusform>
            <numerusform>и ещё %n в списке пополнения</numerusform>
            <numerusform>и ещё %n в списке пополнения</numerusform>
        </translation>
    </message>
    <message>
        <source>below their minimum stock</source>
        <translation>ниже минимального остатка</translation>
    </message>
    <message>
        <source>of yours are overdue</source>
        <translation>из ваших просрочены</translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>Просроченных задач нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue in the whole team</source>
        <translation>
            <numerusform>%n просрочена по всей команде</numerusform>
            <numerusform>%n просрочены по всей команде</numerusform>
            <numerusform>%n просрочено по всей команде</numerusform>
        </translation>
    </message>
    <message>
        <source>owed by clients</source>
        <translation>долг клиентов</translation>
    </message>
    <message>
        <source>Nobody owes anything.</source>
        <translation>Задолженности нет.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: {0} in %n invoice(s)</source>
        <translation>
            <numerusform>Просрочено: {0} по %n счёту</numerusform>
            <numerusform>Просрочено: {0} по %n счетам</numerusform>
            <numerusform>Просрочено: {0} по %n счетам</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice is past due.</source>
        <translation>Просроченных счетов нет.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <source>released</source>
        <translation>запущен</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>No production orders in progress.</source>
        <translation>Нет заказов на производство в работе.</translation>
    </message>
    <message numerus="yes">
        <source>{0} units made {1} (%n completion(s))</source>
        <translation>
            <numerusform>{0} ед. выпущено {1} (%n выпуск)</numerusform>
            <numerusform>{0} ед. выпущено {1} (%n выпуска)</numerusform>
            <numerusform>{0} ед. выпущено {1} (%n выпусков)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing made yet {0}.</source>
        <translation>Пока ничего не выпущено {0}.</translation>
    </message>
    <message>
        <source>{0} — {1} % (expected {2} %)</source>
        <translation>{0} — {1} % (ожидалось {2} %)</translation>
    </message>
    <message>
        <source>No objective runs today: set some in Goals.</source>
        <translation>Сегодня нет активных целей: задайте их в разделе «Цели».</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in Goals</source>
        <translation>
            <numerusform>и ещё %n в разделе «Цели»</numerusform>
            <numerusform>и ещё %n в разделе «Цели»</numerusform>
            <numerusform>и ещё %n в разделе «Цели»</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see the confirmed invoices of the period</source>
        <translation>Щёлкните, чтобы увидеть подтверждённые счета за период</translation>
    </message>
    <message>
        <source>Funnel by stage</source>
        <translation>Воронка по этапам</translation>
    </message>
    <message>
        <source>Click to open the Sales funnel board</source>
        <translation>Щёлкните, чтобы открыть доску воронки продаж</translation>
    </message>
    <message>
        <source>Top clients</source>
        <translation>Лучшие клиенты</translation>
    </message>
    <message>
        <source>Click a client to open it, elsewhere for the period&apos;s invoices</source>
        <translation>Щёлкните клиента, чтобы открыть его, или в другом месте — для счетов за период</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Лучшие товары</translation>
    </message>
    <message>
        <source>Click a product to open it, elsewhere for the period&apos;s invoices</source>
        <translation>Щёлкните товар, чтобы открыть его, или в другом месте — для счетов за период</translation>
    </message>
    <message>
        <source>Stock below minimum</source>
        <translation>Остатки ниже минимума</translation>
    </message>
    <message>
        <source>Click to open the Warehouse reorder list</source>
        <translation>Щёлкните, чтобы открыть список пополнения склада</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <source>Click to open My day in Tasks</source>
        <translation>Щёлкните, чтобы открыть «Мой день» в разделе «Задачи»</translation>
    </message>
    <message>
        <source>is not an invoice of this client</source>
        <translation>не является счётом этого клиента</translation>
    </message>
    <message>
        <source>is not an invoice of this supplier</source>
        <translation>не является счётом этого поставщика</translation>
    </message>
    <message>
        <source>{number} is not confirmed</source>
        <translation>{number} не подтверждён</translation>
    </message>
    <message>
        <source>the invoice is not confirmed</source>
        <translation>счёт не подтверждён</translation>
    </message>
    <message>
        <source>{number} is listed twice</source>
        <translation>{number} указан дважды</translation>
    </message>
    <message>
        <source>{number} is in {currency}, the payment in {payment_currency}</source>
        <translation>{number} — в валюте {currency}, а платёж — в {payment_currency}</translation>
    </message>
    <message>
        <source>has more decimals than the currency</source>
        <translation>содержит больше знаков после запятой, чем допускает валюта</translation>
    </message>
    <message>
        <source>is more than {number} has open ({open_})</source>
        <translation>больше, чем остаток к оплате по {number} ({open_})</translation>
    </message>
    <message>
        <source>is more than the payment has left to allocate ({free})</source>
        <translation>больше, чем осталось распределить по платежу ({free})</translation>
    </message>
    <message>
        <source>is incoming or outgoing</source>
        <translation>должно быть: входящий или исходящий</translation>
    </message>
    <message>
        <source>is bank or cash</source>
        <translation>должно быть: банк или касса</translation>
    </message>
    <message>
        <source>no {currency} rate on or before {day}</source>
        <translation>нет курса {currency} на {day} или ранее</translation>
    </message>
    <message>
        <source>is longer than 100 characters</source>
        <translation>длиннее 100 символов</translation>
    </message>
    <message>
        <source>a cancelled payment is not allocated</source>
        <translation>отменённый платёж не распределяется</translation>
    </message>
    <message>
        <source>{number} is already cancelled</source>
        <translation>{number} уже отменён</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Дебиторская задолженность</translation>
    </message>
    <message>
        <source>Payables</source>
        <translation>Кредиторская задолженность</translation>
    </message>
    <message>
        <source>Payables at {day}, {currency}</source>
        <translation>Кредиторская задолженность на {day}, {currency}</translation>
    </message>
    <message>
        <source>Receivables at {day}, {currency}</source>
        <translation>Дебиторская задолженность на {day}, {currency}</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Срок не наступил</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 дней</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 дней</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 дней</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Более 90 дней</translation>
    </message>
    <message>
        <source>is before the start of the period</source>
        <translation>раньше начала периода</translation>
    </message>
    <message>
        <source>must be zero or more, in cents at most</source>
        <translation>должно быть не меньше нуля, с точностью до копеек</translation>
    </message>
    <message>
        <source>Click to open Debts by age in Payments</source>
        <translation>Щёлкните, чтобы открыть «Долги по срокам» в разделе «Платежи»</translation>
    </message>
    <message>
        <source>Production in progress</source>
        <translation>Производство в работе</translation>
    </message>
    <message>
        <source>Click to open the Production plan</source>
        <translation>Щёлкните, чтобы открыть план производства</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Click to open Goals</source>
        <translation>Щёлкните, чтобы открыть цели</translation>
    </message>
    <message>
        <source>Confirming this document takes {client} over the credit limit.

Credit limit: {limit}
Owed now: {owed}
This document: {document}
Over the limit by: {over}</source>
        <translation>Подтверждение этого документа превысит кредитный лимит клиента {client}.

Кредитный лимит: {limit}
Долг сейчас: {owed}
Этот документ: {document}
Превышение лимита: {over}</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Кредитный лимит</translation>
    </message>
    <message>
        <source>Confirm anyway</source>
        <translation>Всё равно подтвердить</translation>
    </message>
    <message>
        <source>This waybill is dated before {n} posted stock documents ({numbers}). Confirm anyway and recompute their costs?</source>
        <translation>Эта накладная датирована раньше проведённых складских документов ({n}: {numbers}). Всё равно подтвердить и пересчитать их себестоимость?</translation>
    </message>
    <message>
        <source>Back-dated shipment</source>
        <translation>Отгрузка задним числом</translation>
    </message>
    <message>
        <source>You may not confirm beyond the client&apos;s credit limit: ask a user with that right.</source>
        <translation>Вам нельзя подтверждать сверх кредитного лимита клиента: обратитесь к пользователю с таким правом.</translation>
    </message>
    <message>
        <source>The most the client may owe, in the company currency (empty: no limit):</source>
        <translation>Наибольший допустимый долг клиента в валюте организации (пусто — без лимита):</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Supplier return</source>
        <translation>Возврат поставщику</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Paid state</source>
        <translation>Состояние оплаты</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>частично</translation>
    </message>
    <message>
        <source>fully</source>
        <translation>полностью</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Новое коммерческое предложение</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Новый счёт</translation>
    </message>
    <message>
        <source>New waybill</source>
        <translation>Новая накладная</translation>
    </message>
    <message>
        <source>New act</source>
        <translation>Новый акт</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Новый договор</translation>
    </message>
    <message>
        <source>New return</source>
        <translation>Новый возврат</translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation>Новый заказ поставщику</translation>
    </message>
    <message>
        <source>New goods receipt</source>
        <translation>Новое поступление товаров</translation>
    </message>
    <message>
        <source>New supplier invoice</source>
        <translation>Новый счёт поставщика</translation>
    </message>
    <message>
        <source>New supplier return</source>
        <translation>Новый возврат поставщику</translation>
    </message>
    <message>
        <source>New document: {kind}</source>
        <translation>Новый документ: {kind}</translation>
    </message>
    <message>
        <source>received {0}</source>
        <translation>получено {0}</translation>
    </message>
    <message>
        <source>invoiced {0}</source>
        <translation>выставлено счетов {0}</translation>
    </message>
    <message>
        <source>paid {0}</source>
        <translation>оплачено {0}</translation>
    </message>
    <message>
        <source>shipped {0}</source>
        <translation>отгружено {0}</translation>
    </message>
    <message>
        <source>received {0} · invoiced {1}</source>
        <translation>получено {0} · выставлено счетов {1}</translation>
    </message>
    <message>
        <source>shipped {0} · invoiced {1}</source>
        <translation>отгружено {0} · выставлено счетов {1}</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>Товар или услуга</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>НДС, %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>авто</translation>
    </message>
    <message>
        <source>Proposed (price list, the client&apos;s discount, the product&apos;s VAT rate); type to change</source>
        <translation>Предложено (прайс-лист, скидка клиента, ставка НДС товара); введите, чтобы изменить</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(черновик)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Shipped / paid</source>
        <translation>Отгружено / оплачено</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочен</translation>
    </message>
    <message>
        <source>Paid {paid} of {total}; due {due}</source>
        <translation>Оплачено {paid} из {total}; срок {due}</translation>
    </message>
    <message>
        <source>Make to order</source>
        <translation>Произвести под заказ</translation>
    </message>
    <message>
        <source>The order has unsaved changes. Save it now and make the line to order?</source>
        <translation>В заказе есть несохранённые изменения. Сохранить его сейчас и произвести строку под заказ?</translation>
    </message>
    <message>
        <source>Save the order first: a production order is made for a saved line</source>
        <translation>Сначала сохраните заказ: заказ на производство создаётся для сохранённой строки</translation>
    </message>
    <message>
        <source>Choose the line to make</source>
        <translation>Выберите строку для производства</translation>
    </message>
    <message>
        <source>Only a product&apos;s line can be made to order</source>
        <translation>Под заказ можно произвести только строку с товаром</translation>
    </message>
    <message>
        <source>Plan a production order for what this line lacks (the stock and open production are taken into account)</source>
        <translation>Запланировать заказ на производство на недостающее по этой строке количество (с учётом остатков и текущего производства)</translation>
    </message>
    <message>
        <source>Production order {number} planned for {quantity} {unit} of {product}</source>
        <translation>Заказ на производство {number} запланирован: {quantity} {unit} товара {product}</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Распределить</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>Просрочено дней: {n}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>Страниц: %n</numerusform>
            <numerusform>Страниц: %n</numerusform>
            <numerusform>Страниц: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Сохранено в {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer</source>
        <translation>
            <numerusform>На принтер отправлено страниц: %n</numerusform>
            <numerusform>На принтер отправлено страниц: %n</numerusform>
            <numerusform>На принтер отправлено страниц: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote (commercial proposal)</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>Заказ клиента</translation>
    </message>
    <message>
        <source>Invoice for payment</source>
        <translation>Счёт на оплату</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>Товарная накладная</translation>
    </message>
    <message>
        <source>Act of completed work</source>
        <translation>Акт выполненных работ</translation>
    </message>
    <message>
        <source>Goods receipt</source>
        <translation>Поступление товаров</translation>
    </message>
    <message>
        <source>Press Reload to see their version; what you typed stays until then.</source>
        <translation>Нажмите «Перезагрузить», чтобы увидеть их версию; введённое вами сохранится до этого момента.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>Другой пользователь</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Выгрузить в Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>1 row written to {path}</source>
        <translation>1 строка записана в {path}</translation>
    </message>
    <message>
        <source>{n} rows written to {path}</source>
        <translation>Записано строк: {n} в {path}</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Расчёт</translation>
    </message>
    <message>
        <source>Exporting {what} to {file}…</source>
        <translation>Выгрузка: {what} в {file}…</translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation>{done} из {total} строк</translation>
    </message>
    <message>
        <source>{done} rows</source>
        <translation>Строк: {done}</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Выгрузка отменена: файл не записан.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>Дней: {0}</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} д {h} ч</translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d} д</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} ч {m} мин</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} ч</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} мин</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>меньше минуты</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Отметить прогресс</translation>
    </message>
    <message>
        <source>{0}: now {1}, target {2}</source>
        <translation>{0}: сейчас {1}, цель {2}</translation>
    </message>
    <message>
        <source>What moved, what is in the way</source>
        <translation>Что продвинулось, что мешает</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Текущее значение</translation>
    </message>
    <message>
        <source>{0} checked in on this key result after you opened it; nothing was saved. Close this and check in again to see their value.</source>
        <translation>{0} отметил(а) прогресс по этому ключевому результату после того, как вы его открыли; ничего не сохранено. Закройте окно и отметьте прогресс снова, чтобы увидеть новое значение.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Отстаёт</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <translation>Цель / ключевой результат</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Expected by today</source>
        <translation>Ожидается к сегодняшнему дню</translation>
    </message>
    <message>
        <source>Checked in by hand</source>
        <translation>Отмечается вручную</translation>
    </message>
    <message>
        <source>e.g. Sign 10 new distributors</source>
        <translation>напр. Подписать 10 новых дистрибьюторов</translation>
    </message>
    <message>
        <source>Counted from the data</source>
        <translation>Считается по данным</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(никто конкретно)</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Ключевой результат</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation>Отметил(а)</translation>
    </message>
    <message>
        <source>Start value</source>
        <translation>Начальное значение</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Новая цель</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Почему это важно</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Чья</translation>
    </message>
    <message>
        <source>Overdue (due before {day})</source>
        <translation>Просрочено (срок до {day})</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Неоплаченные счета</translation>
    </message>
    <message>
        <source>Weighted deals</source>
        <translation>Взвешенные сделки</translation>
    </message>
    <message>
        <source>Expected income</source>
        <translation>Ожидаемые поступления</translation>
    </message>
    <message>
        <source>Supplier invoices</source>
        <translation>Счета поставщиков</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Нарастающим итогом</translation>
    </message>
    <message>
        <source>Open invoices and supplier invoices by due date; open deals by expected close, weighted.</source>
        <translation>Неоплаченные счета клиентов и поставщиков — по сроку оплаты; открытые сделки — по ожидаемой дате закрытия, с учётом вероятности.</translation>
    </message>
    <message>
        <source>Deals in {currencies} are left out: no exchange rate.</source>
        <translation>Сделки в {currencies} не учтены: нет курса валюты.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Cash-flow forecast by week</source>
        <translation>Прогноз движения денежных средств по неделям</translation>
    </message>
    <message>
        <source>Cash-flow forecast by month</source>
        <translation>Прогноз движения денежных средств по месяцам</translation>
    </message>
    <message>
        <source>Add key result</source>
        <translation>Добавить ключевой результат</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Ключевые результаты</translation>
    </message>
    <message>
        <source>{0} changed this objective after you opened it; nothing was saved. Close this, and edit it again to see their changes.</source>
        <translation>{0} изменил(а) эту цель после того, как вы её открыли; ничего не сохранено. Закройте окно и откройте цель снова, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation>Исправьте выделенные поля.</translation>
    </message>
    <message>
        <source>Year&apos;s plan</source>
        <translation>План на год</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Sold: {0}</source>
        <translation>Продано: {0}</translation>
    </message>
    <message>
        <source>Sales plans</source>
        <translation>Планы продаж</translation>
    </message>
    <message>
        <source>Net sales a manager should invoice each month, in {0}. Hover a cell for what was sold.</source>
        <translation>Чистые продажи, которые менеджер должен выставить в счетах за месяц, в {0}. Наведите на ячейку, чтобы увидеть продажи.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Save plans</source>
        <translation>Сохранить планы</translation>
    </message>
    <message>
        <source>Net sales each manager should invoice per month, in {0}. Hover a cell for what was sold; an empty cell has no plan.</source>
        <translation>Чистые продажи, которые каждый менеджер должен выставить в счетах за месяц, в {0}. Наведите на ячейку, чтобы увидеть продажи; пустая ячейка — без плана.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Some plans are not sums of zero or more (marked red); nothing was saved.</source>
        <translation>Некоторые планы — не суммы от нуля и выше (выделены красным); ничего не сохранено.</translation>
    </message>
    <message>
        <source>Quarter review {0} – {1}</source>
        <translation>Итоги квартала {0} – {1}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Objective / key result / check-in</source>
        <translation>Цель / ключевой результат / отметка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>{0} objective(s), {1} key result(s): {2} done, {3} behind; average progress {4}</source>
        <translation>Целей: {0}, ключевых результатов: {1}: выполнено {2}, отстают {3}; средний прогресс {4}</translation>
    </message>
    <message>
        <source>counted from the data: {0}</source>
        <translation>считается по данным: {0}</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Произвольные даты</translation>
    </message>
    <message>
        <source>New objective…</source>
        <translation>Новая цель…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>Отметить прогресс…</translation>
    </message>
    <message>
        <source>Sales plans…</source>
        <translation>Планы продаж…</translation>
    </message>
    <message>
        <source>Quarter review…</source>
        <translation>Итоги квартала…</translation>
    </message>
    <message>
        <source>Refresh goals</source>
        <translation>Обновить цели</translation>
    </message>
    <message>
        <source>No objectives in this period. New objective… sets one.</source>
        <translation>В этом периоде нет целей. Задайте цель командой «Новая цель…».</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Отметки прогресса</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>{0} objective(s), {1} key result(s), {2} behind the pace</source>
        <translation>Целей: {0}, ключевых результатов: {1}, отстают от темпа: {2}</translation>
    </message>
    <message>
        <source>Check-ins: choose a key result to see its history</source>
        <translation>Отметки прогресса: выберите ключевой результат, чтобы увидеть его историю</translation>
    </message>
    <message>
        <source>Check-ins of “{0}”</source>
        <translation>Отметки прогресса «{0}»</translation>
    </message>
    <message>
        <source>“{0}” is counted from the data ({1}); it takes no check-ins</source>
        <translation>«{0}» считается по данным ({1}); отметки прогресса для него не вносятся</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Удалить цель</translation>
    </message>
    <message>
        <source>Delete “{0}” with its key results and their check-ins?</source>
        <translation>Удалить «{0}» вместе с ключевыми результатами и их отметками прогресса?</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>Сервисная служба</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Маркетинг</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Распределено</translation>
    </message>
    <message>
        <source>Credit left</source>
        <translation>Остаток аванса</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Проведён</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Done today</source>
        <translation>Выполнено сегодня</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Мой день</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Запущена</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлена</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Рассылки</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Отписался</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Время отправки</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Campaign: {name}</source>
        <translation>Рассылка: {name}</translation>
    </message>
    <message>
        <source>Source / campaign</source>
        <translation>Источник / рассылка</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Won amount {currency}</source>
        <translation>Сумма выигранных, {currency}</translation>
    </message>
    <message>
        <source>Campaign cost</source>
        <translation>Стоимость рассылки</translation>
    </message>
    <message>
        <source>Cost currency</source>
        <translation>Валюта затрат</translation>
    </message>
    <message>
        <source>Cost per won deal</source>
        <translation>Стоимость выигранной сделки</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(без источника)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Sources of leads and deals, {date_from} – {date_to}</source>
        <translation>Источники лидов и сделок, {date_from} – {date_to}</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Finished product</source>
        <translation>Готовая продукция</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Scrap %</source>
        <translation>Потери, %</translation>
    </message>
    <message>
        <source>Service · cost line</source>
        <translation>Услуга · строка затрат</translation>
    </message>
    <message>
        <source>Sub-assembly</source>
        <translation>Полуфабрикат</translation>
    </message>
    <message>
        <source>A service is not taken from stock: its purchase price adds to the cost</source>
        <translation>Услуга не списывается со склада: её закупочная цена добавляется к себестоимости</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>What is calculated below to an Excel workbook</source>
        <translation>Выгрузить приведённый ниже расчёт в книгу Excel</translation>
    </message>
    <message>
        <source>Save the bill to see this.</source>
        <translation>Сохраните спецификацию, чтобы увидеть это.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>the calculation</source>
        <translation>расчёт</translation>
    </message>
    <message>
        <source>Type how many to make (more than zero).</source>
        <translation>Введите, сколько произвести (больше нуля).</translation>
    </message>
    <message>
        <source>Explode</source>
        <translation>Разузловать</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>average</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>purchase price</source>
        <translation>закупочная цена</translation>
    </message>
    <message>
        <source>rolled up</source>
        <translation>свёрнутая</translation>
    </message>
    <message>
        <source>service</source>
        <translation>услуга</translation>
    </message>
    <message>
        <source>made by its bill</source>
        <translation>по своей спецификации</translation>
    </message>
    <message>
        <source>from stock</source>
        <translation>со склада</translation>
    </message>
    <message>
        <source>Material or service</source>
        <translation>Материал или услуга</translation>
    </message>
    <message>
        <source>material</source>
        <translation>материал</translation>
    </message>
    <message>
        <source>Structure, level by level (scrap included, each level rounded up to its unit)</source>
        <translation>Структура по уровням (с учётом потерь, каждый уровень округлён вверх до своей единицы)</translation>
    </message>
    <message>
        <source>Raw materials and services in all</source>
        <translation>Всего сырья, материалов и услуг</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>Рассчитать</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Себестоимость единицы</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Makes</source>
        <translation>Производит</translation>
    </message>
    <message>
        <source>Bills of materials</source>
        <translation>Спецификации</translation>
    </message>
    <message>
        <source>Net requirement</source>
        <translation>Чистая потребность</translation>
    </message>
    <message>
        <source>Need by</source>
        <translation>Нужно к</translation>
    </message>
    <message>
        <source>Order by</source>
        <translation>Заказать до</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Брутто</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Резерв</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Draft POs</source>
        <translation>Черновики заказов поставщику</translation>
    </message>
    <message>
        <source>Planned output</source>
        <translation>Плановый выпуск</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Страховой запас</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Производство</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Закупка</translation>
    </message>
    <message>
        <source>MRP proposals</source>
        <translation>Предложения MRP</translation>
    </message>
    <message>
        <source>Requirements up to {day}: proposals</source>
        <translation>Потребности до {day}: предложения</translation>
    </message>
    <message>
        <source>MRP netting</source>
        <translation>Нетто-потребность MRP</translation>
    </message>
    <message>
        <source>Requirements up to {day}: netting per product</source>
        <translation>Потребности до {day}: нетто-потребность по товарам</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основа</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>Средняя себестоимость</translation>
    </message>
    <message>
        <source>Rolled up</source>
        <translation>По спецификации</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Структура</translation>
    </message>
    <message>
        <source>Made by its bill</source>
        <translation>Производится по спецификации</translation>
    </message>
    <message>
        <source>From stock</source>
        <translation>Со склада</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Explosion</source>
        <translation>Разузлование</translation>
    </message>
    <message>
        <source>Explosion for {quantity}</source>
        <translation>Разузлование на {quantity}</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Cost of {quantity}</source>
        <translation>Себестоимость на {quantity}</translation>
    </message>
    <message>
        <source>Where used</source>
        <translation>Где используется</translation>
    </message>
    <message>
        <source>Materials at their average cost in stock (their purchase price when none is in stock), sub-assemblies rolled up from their bills, services at their purchase price</source>
        <translation>Материалы — по средней себестоимости на складе (по закупочной цене, если их нет в наличии), полуфабрикаты — по их спецификациям, услуги — по закупочной цене</translation>
    </message>
    <message>
        <source>The bills below to an Excel workbook</source>
        <translation>Выгрузить приведённые ниже спецификации в книгу Excel</translation>
    </message>
    <message>
        <source>1: uses it directly; 2: uses a product that uses it; …</source>
        <translation>1: используется напрямую; 2: используется в товаре, который его использует; …</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>Quantity per batch</source>
        <translation>Количество на партию</translation>
    </message>
    <message>
        <source>Double-click a bill to open it. Levels above 1 follow active bills only.</source>
        <translation>Дважды щёлкните спецификацию, чтобы открыть её. Уровни выше 1 учитывают только активные спецификации.</translation>
    </message>
    <message>
        <source>Choose a component to see which bills use it.</source>
        <translation>Выберите компонент, чтобы увидеть, в каких спецификациях он используется.</translation>
    </message>
    <message>
        <source>{what}: used directly in {n} bill(s), {m} through other products</source>
        <translation>{what}: напрямую в спецификациях — {n}, через другие товары — {m}</translation>
    </message>
    <message>
        <source>No bill of materials uses {what}.</source>
        <translation>Ни одна спецификация не использует {what}.</translation>
    </message>
    <message>
        <source>where used</source>
        <translation>где используется</translation>
    </message>
    <message>
        <source>Where {component} is used</source>
        <translation>Где используется {component}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Запущен</translation>
    </message>
    <message>
        <source>{n} short</source>
        <translation>не хватает {n}</translation>
    </message>
    <message>
        <source>in stock</source>
        <translation>в наличии</translation>
    </message>
    <message>
        <source>{n} component short</source>
        <translation>не хватает {n} компонента</translation>
    </message>
    <message>
        <source>{n} components short</source>
        <translation>не хватает {n} компонентов</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Компоненты</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Не распределено</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Cost of what was made</source>
        <translation>Себестоимость выпущенного</translation>
    </message>
    <message>
        <source>Production orders</source>
        <translation>Заказы на производство</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Вероятность, %</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Взвешенная</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Overdue task</source>
        <translation>Просроченная задача</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Приёмка</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Отгрузка</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перемещение</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Списание</translation>
    </message>
    <message>
        <source>Inventory count</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <source>Production consumption</source>
        <translation>Расход в производство</translation>
    </message>
    <message>
        <source>Production output</source>
        <translation>Выпуск продукции</translation>
    </message>
    <message>
        <source>Stock documents</source>
        <translation>Складские документы</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>{short}: the component warehouse cannot cover them now</source>
        <translation>{short}: склад компонентов сейчас не может их обеспечить</translation>
    </message>
    <message>
        <source>Overdue: planned to end on {day}</source>
        <translation>Просрочено: плановое окончание {day}</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создание</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>проведение</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>печать</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>выгрузка</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>вход в систему</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>неверный пароль</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>блокировка</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Запись №</translation>
    </message>
    <message>
        <source>system</source>
        <translation>система</translation>
    </message>
    <message>
        <source>History — {0}</source>
        <translation>История — {0}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), oldest first</source>
        <translation>
            <numerusform>%n изменение, сначала старые</numerusform>
            <numerusform>%n изменения, сначала старые</numerusform>
            <numerusform>%n изменений, сначала старые</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been recorded for this record yet.</source>
        <translation>Для этой записи пока ничего не зарегистрировано.</translation>
    </message>
    <message>
        <source>Nothing to chart for this period</source>
        <translation>Нет данных для графика за этот период</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Предыдущий</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Сравнить с предыдущим периодом</translation>
    </message>
    <message>
        <source>Previous: {title}</source>
        <translation>Предыдущий: {title}</translation>
    </message>
    <message>
        <source>Previous period: {title}</source>
        <translation>Предыдущий период: {title}</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Изменение, %</translation>
    </message>
    <message>
        <source>(compared with {period})</source>
        <translation>(для сравнения: {period})</translation>
    </message>
    <message>
        <source>Compared with {period}</source>
        <translation>Для сравнения: {period}</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>За этот период данных нет.</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Валовая маржа</translation>
    </message>
    <message>
        <source>Cash-flow forecast</source>
        <translation>Прогноз движения денег</translation>
    </message>
    <message>
        <source>Production output and cost</source>
        <translation>Выпуск продукции и себестоимость</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Движение товаров</translation>
    </message>
    <message>
        <source>Stock valuation</source>
        <translation>Стоимость запасов</translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation>Дебиторская задолженность по срокам</translation>
    </message>
    <message>
        <source>Payables aging</source>
        <translation>Кредиторская задолженность по срокам</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Выполнено задач</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Сумма выигранных</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Проиграно сделок</translation>
    </message>
    <message>
        <source>Deals in {currencies} have no exchange rate: counted, not summed.</source>
        <translation>Сделки в {currencies} без курса валюты: учтены в количестве, но не в сумме.</translation>
    </message>
    <message>
        <source>Manager activity</source>
        <translation>Активность менеджеров</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(причина не указана)</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Доля, %</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Причины проигрыша</translation>
    </message>
    <message>
        <source>Funnel conversion</source>
        <translation>Конверсия воронки</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Выгрузить отчёт</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Название шаблона:</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Все склады</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Все воронки</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Все филиалы</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Группировать по:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Save preset…</source>
        <translation>Сохранить шаблон…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Удалить шаблон</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>Выгрузить в &amp;Excel…</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>Выгрузить в &amp;PDF…</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>At the end of:</source>
        <translation>На конец:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>(vs {period})</source>
        <translation>(к {period})</translation>
    </message>
    <message>
        <source>{what}: nothing between {start} and {end}.</source>
        <translation>{what}: ничего с {start} по {end}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>Строк: %n</numerusform>
            <numerusform>Строк: %n</numerusform>
            <numerusform>Строк: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation>(выберите шаблон)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Tasks and calendar</source>
        <translation>Задачи и календарь</translation>
    </message>
    <message>
        <source>Products and prices</source>
        <translation>Товары и цены</translation>
    </message>
    <message>
        <source>Production and purchasing</source>
        <translation>Производство и закупки</translation>
    </message>
    <message>
        <source>Dashboard and reports</source>
        <translation>Сводка и отчёты</translation>
    </message>
    <message>
        <source>Company settings</source>
        <translation>Настройки организации</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Read only — your role does not allow changes</source>
        <translation>Только чтение — ваша роль не разрешает изменения</translation>
    </message>
    <message>
        <source>Your role does not allow you to see {area}.</source>
        <translation>Ваша роль не позволяет просматривать раздел «{area}».</translation>
    </message>
    <message>
        <source>Your role does not allow you to create records in {area}.</source>
        <translation>Ваша роль не позволяет создавать записи в разделе «{area}».</translation>
    </message>
    <message>
        <source>Your role does not allow you to change records in {area}.</source>
        <translation>Ваша роль не позволяет изменять записи в разделе «{area}».</translation>
    </message>
    <message>
        <source>Your role does not allow you to delete records in {area}.</source>
        <translation>Ваша роль не позволяет удалять записи в разделе «{area}».</translation>
    </message>
    <message>
        <source>Your role does not allow you to post or confirm in {area}.</source>
        <translation>Ваша роль не позволяет проводить или подтверждать документы в разделе «{area}».</translation>
    </message>
    <message>
        <source>Your role does not allow you to print from {area}.</source>
        <translation>Ваша роль не позволяет печатать из раздела «{area}».</translation>
    </message>
    <message>
        <source>Your role does not allow you to export from {area}.</source>
        <translation>Ваша роль не позволяет выгружать данные из раздела «{area}».</translation>
    </message>
    <message>
        <source>Your role does not allow this ({action} in {area}).</source>
        <translation>Ваша роль не позволяет это сделать ({action} в разделе «{area}»).</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Вам не разрешено это действие.</translation>
    </message>
    <message>
        <source>Ask an administrator if you need it; roles may have changed since you logged in.</source>
        <translation>Если это нужно, обратитесь к администратору; роли могли измениться после вашего входа.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Ремонт</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнена</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>коммерческое предложение</translation>
    </message>
    <message>
        <source>order</source>
        <translation>заказ</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>счёт</translation>
    </message>
    <message>
        <source>waybill</source>
        <translation>накладная</translation>
    </message>
    <message>
        <source>act</source>
        <translation>акт</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>договор</translation>
    </message>
    <message>
        <source>return</source>
        <translation>возврат</translation>
    </message>
    <message>
        <source>purchase order</source>
        <translation>заказ поставщику</translation>
    </message>
    <message>
        <source>goods receipt</source>
        <translation>поступление товаров</translation>
    </message>
    <message>
        <source>supplier invoice</source>
        <translation>счёт поставщика</translation>
    </message>
    <message>
        <source>supplier return</source>
        <translation>возврат поставщику</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлена</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлена</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решена</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>жалоба</translation>
    </message>
    <message>
        <source>question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>ремонт</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкий</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>обычный</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокий</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>срочный</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>won</source>
        <translation>выиграна</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>проиграна</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>срок {when}</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Act of work</source>
        <translation>Акт выполненных работ</translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation>Возврат от покупателя</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Заказ поставщику</translation>
    </message>
    <message>
        <source>Supplier invoice</source>
        <translation>Счёт поставщика</translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation>Возврат поставщику</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <source>Incoming e-mail</source>
        <translation>Входящее письмо</translation>
    </message>
    <message>
        <source>Outgoing e-mail</source>
        <translation>Исходящее письмо</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Товары получены</translation>
    </message>
    <message>
        <source>Goods shipped</source>
        <translation>Товары отгружены</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Client created</source>
        <translation>Создан клиент</translation>
    </message>
    <message>
        <source>Deal moved to a stage</source>
        <translation>Сделка перешла на этап</translation>
    </message>
    <message>
        <source>Document created</source>
        <translation>Создан документ</translation>
    </message>
    <message>
        <source>Document confirmed</source>
        <translation>Документ подтверждён</translation>
    </message>
    <message>
        <source>Document posted to stock</source>
        <translation>Документ проведён по складу</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Платёж получен</translation>
    </message>
    <message>
        <source>Invoice paid in full</source>
        <translation>Счёт оплачен полностью</translation>
    </message>
    <message>
        <source>Invoice overdue</source>
        <translation>Счёт просрочен</translation>
    </message>
    <message>
        <source>Stock of a product below its minimum</source>
        <translation>Остаток товара ниже минимума</translation>
    </message>
    <message>
        <source>Task overdue</source>
        <translation>Задача просрочена</translation>
    </message>
    <message>
        <source>Production order completed</source>
        <translation>Производственный заказ выполнен</translation>
    </message>
    <message>
        <source>On a schedule</source>
        <translation>По расписанию</translation>
    </message>
    <message>
        <source>Stage kind</source>
        <translation>Тип этапа</translation>
    </message>
    <message>
        <source>Days after the due date</source>
        <translation>Дней после срока оплаты</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Каждый</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>At (HH:MM)</source>
        <translation>В (ЧЧ:ММ)</translation>
    </message>
    <message>
        <source>Due in days</source>
        <translation>Срок через, дней</translation>
    </message>
    <message>
        <source>and hours</source>
        <translation>и часов</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>сделка</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>платёж</translation>
    </message>
    <message>
        <source>product</source>
        <translation>товар</translation>
    </message>
    <message>
        <source>task</source>
        <translation>задача</translation>
    </message>
    <message>
        <source>production order</source>
        <translation>заказ на производство</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>расписание</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Client&apos;s tags</source>
        <translation>Метки клиента</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>Минимальный остаток</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Probability, %</source>
        <translation>Вероятность, %</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>is</source>
        <translation>равно</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>не равно</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Создать задачу</translation>
    </message>
    <message>
        <source>Notify in the app</source>
        <translation>Уведомить в программе</translation>
    </message>
    <message>
        <source>Move the deal to a stage</source>
        <translation>Перевести сделку на этап</translation>
    </message>
    <message>
        <source>Create a document from it</source>
        <translation>Создать из него документ</translation>
    </message>
    <message>
        <source>Set a field</source>
        <translation>Заполнить поле</translation>
    </message>
    <message>
        <source>Add a tag to the client</source>
        <translation>Добавить клиенту метку</translation>
    </message>
    <message>
        <source>Draft a purchase order for the product</source>
        <translation>Подготовить заказ поставщику на товар</translation>
    </message>
    <message>
        <source>Revenue invoiced</source>
        <translation>Выручка по счетам</translation>
    </message>
    <message>
        <source>Revenue paid</source>
        <translation>Оплаченная выручка</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <source>Calls made</source>
        <translation>Совершённые звонки</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Средний размер сделки</translation>
    </message>
    <message>
        <source>Conversion rate %</source>
        <translation>Конверсия, %</translation>
    </message>
    <message>
        <source>Overdue receivables</source>
        <translation>Просроченная дебиторская задолженность</translation>
    </message>
    <message>
        <source>Stock accuracy after counts %</source>
        <translation>Точность остатков после инвентаризаций, %</translation>
    </message>
    <message>
        <source>Units produced</source>
        <translation>Произведено единиц</translation>
    </message>
    <message>
        <source>is not a metric Karavan counts</source>
        <translation>не является показателем, который считает Karavan</translation>
    </message>
    <message>
        <source>does not apply to {metric}</source>
        <translation>не применяется к показателю «{metric}»</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Contact position</source>
        <translation>Должность контакта</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Телефон контакта</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>E-mail контакта</translation>
    </message>
    <message>
        <source>the required column “{label}” is not mapped (no such column in the file)</source>
        <translation>обязательный столбец «{label}» не сопоставлен (в файле нет такого столбца)</translation>
    </message>
    <message>
        <source>the file has no column “{header}”</source>
        <translation>в файле нет столбца «{header}»</translation>
    </message>
    <message>
        <source>column “{header}” is already mapped to {field}</source>
        <translation>столбец «{header}» уже сопоставлен с полем {field}</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>Закупочная цена</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Цена продажи</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Срок годности</translation>
    </message>
    <message>
        <source>Payment made</source>
        <translation>Платёж отправлен</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>Базовая цена</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>Базовая валюта</translation>
    </message>
    <message>
        <source>Explicit price</source>
        <translation>Явная цена</translation>
    </message>
    <message>
        <source>Price on this list</source>
        <translation>Цена в этом прайс-листе</translation>
    </message>
    <message>
        <source>Explicit</source>
        <translation>Явная</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <source>Price list: {name} ({currency})</source>
        <translation>Прайс-лист: {name} ({currency})</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Задача выполнена</translation>
    </message>
    <message>
        <source>is one of all, {choices}</source>
        <translation>должно быть одним из значений: all, {choices}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Лента событий</translation>
    </message>
    <message>
        <source>Timeline: {name}</source>
        <translation>Лента событий: {name}</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>Сделка создана</translation>
    </message>
    <message>
        <source>Deal moved</source>
        <translation>Сделка перемещена</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Сделка выиграна</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Campaign e-mail</source>
        <translation>Письмо рассылки</translation>
    </message>
    <message>
        <source>Stock document</source>
        <translation>Складской документ</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>Clerk screen</source>
        <translation>Экран кладовщика</translation>
    </message>
    <message>
        <source>Not enough stock of {product} in {warehouse}: available {available}{unit}, requested {requested}{unit}.</source>
        <translation>Недостаточно остатка товара {product} на складе {warehouse}: доступно {available}{unit}, запрошено {requested}{unit}.</translation>
    </message>
    <message>
        <source>Unknown barcode: {code}</source>
        <translation>Неизвестный штрихкод: {code}</translation>
    </message>
    <message numerus="yes">
        <source>This document is dated before %n posted document(s): {numbers}.</source>
        <translation>
            <numerusform>Этот документ датирован раньше проведённых документов (%n): {numbers}.</numerusform>
            <numerusform>Этот документ датирован раньше проведённых документов (%n): {numbers}.</numerusform>
            <numerusform>Этот документ датирован раньше проведённых документов (%n): {numbers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Book</source>
        <translation>По учёту</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Фактически</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Годен до</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Остатки</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Движения</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>Suggested order</source>
        <translation>Рекомендуемый заказ</translation>
    </message>
    <message>
        <source>Preferred supplier</source>
        <translation>Основной поставщик</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Пополнение</translation>
    </message>
    <message>
        <source>{platform}, Python {version} (bundle)</source>
        <translation>{platform}, Python {version} (сборка)</translation>
    </message>
    <message>
        <source>{platform}, Python {version}</source>
        <translation>{platform}, Python {version}</translation>
    </message>
    <message>
        <source>An on-premises CRM for small companies.</source>
        <translation>CRM для небольших компаний, работающая на ваших компьютерах.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>Работает на:</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Компоненты и их лицензии</translation>
    </message>
    <message>
        <source>component</source>
        <translation>компонент</translation>
    </message>
    <message>
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>лицензия</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалён</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Выгружено</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Неверный пароль</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>unknown permission {area}/{action}/{scope}</source>
        <translation>неизвестное право {area}/{action}/{scope}</translation>
    </message>
    <message>
        <source>{trigger} has no {action} action</source>
        <translation>в области {trigger} нет действия {action}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно для заполнения</translation>
    </message>
    <message>
        <source>the administrator role cannot be deleted</source>
        <translation>роль администратора нельзя удалить</translation>
    </message>
    <message>
        <source>users still hold this role; give them another one first</source>
        <translation>эту роль ещё имеют пользователи; сначала назначьте им другую</translation>
    </message>
    <message>
        <source>is not a known role</source>
        <translation>неизвестная роль</translation>
    </message>
    <message>
        <source>is not a known department</source>
        <translation>неизвестный отдел</translation>
    </message>
    <message>
        <source>belongs to another branch</source>
        <translation>относится к другому филиалу</translation>
    </message>
    <message>
        <source>this is the last administrator; make another one first</source>
        <translation>это последний администратор; сначала назначьте другого</translation>
    </message>
    <message>
        <source>another branch has this name</source>
        <translation>филиал с таким названием уже есть</translation>
    </message>
    <message>
        <source>this branch already has a department with this name</source>
        <translation>в этом филиале уже есть отдел с таким названием</translation>
    </message>
    <message>
        <source>entry {number} is missing</source>
        <translation>запись {number} отсутствует</translation>
    </message>
    <message>
        <source>its link to the entry before does not match</source>
        <translation>её связь с предыдущей записью не совпадает</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>её содержимое изменено после записи</translation>
    </message>
    <message>
        <source>must be at least {limit} characters</source>
        <translation>должно содержать не менее {limit} символов</translation>
    </message>
    <message>
        <source>must not start or end with a space</source>
        <translation>не должно начинаться или заканчиваться пробелом</translation>
    </message>
    <message>
        <source>must contain both letters and digits</source>
        <translation>должно содержать и буквы, и цифры</translation>
    </message>
    <message>
        <source>must not be the login</source>
        <translation>не должно совпадать с логином</translation>
    </message>
    <message>
        <source>cannot name a database role {name!r}</source>
        <translation>нельзя назвать роль базы данных {name!r}</translation>
    </message>
    <message>
        <source>database roles exist only on PostgreSQL</source>
        <translation>роли базы данных есть только в PostgreSQL</translation>
    </message>
    <message>
        <source>this database already has users; log in instead</source>
        <translation>в этой базе данных уже есть пользователи; войдите в систему</translation>
    </message>
    <message>
        <source>must differ from the old one</source>
        <translation>должно отличаться от старого</translation>
    </message>
    <message>
        <source>enter a value</source>
        <translation>введите значение</translation>
    </message>
    <message>
        <source>enter a number</source>
        <translation>введите число</translation>
    </message>
    <message>
        <source>choose who gets it</source>
        <translation>выберите получателя</translation>
    </message>
    <message>
        <source>enter a whole number</source>
        <translation>введите целое число</translation>
    </message>
    <message>
        <source>enter a number from {low} to {high}</source>
        <translation>введите число от {low} до {high}</translation>
    </message>
    <message>
        <source>enter a name</source>
        <translation>введите название</translation>
    </message>
    <message>
        <source>choose a trigger</source>
        <translation>выберите событие</translation>
    </message>
    <message>
        <source>choose open, won or lost</source>
        <translation>выберите: открытый, выигрыш или проигрыш</translation>
    </message>
    <message>
        <source>the stage does not exist</source>
        <translation>этап не существует</translation>
    </message>
    <message>
        <source>choose daily or weekly</source>
        <translation>выберите: ежедневно или еженедельно</translation>
    </message>
    <message>
        <source>enter a time as HH:MM, e.g. 09:00</source>
        <translation>введите время в формате ЧЧ:ММ, например 09:00</translation>
    </message>
    <message>
        <source>a {record} has no such field</source>
        <translation>у записи «{record}» нет такого поля</translation>
    </message>
    <message>
        <source>choose a comparison</source>
        <translation>выберите сравнение</translation>
    </message>
    <message>
        <source>“{field}” is not a number: use is, is not or contains</source>
        <translation>«{field}» — не число: используйте «равно», «не равно» или «содержит»</translation>
    </message>
    <message>
        <source>add at least one action</source>
        <translation>добавьте хотя бы одно действие</translation>
    </message>
    <message>
        <source>choose an action</source>
        <translation>выберите действие</translation>
    </message>
    <message>
        <source>“{title}” does not work on a {record}</source>
        <translation>«{title}» не применяется к записи «{record}»</translation>
    </message>
    <message>
        <source>a schedule has no record whose manager it could be: choose a user or a role</source>
        <translation>у расписания нет записи, чей менеджер мог бы стать получателем: выберите пользователя или роль</translation>
    </message>
    <message>
        <source>choose a document type</source>
        <translation>выберите тип документа</translation>
    </message>
    <message>
        <source>choose a stage</source>
        <translation>выберите этап</translation>
    </message>
    <message>
        <source>choose a task kind</source>
        <translation>выберите вид задачи</translation>
    </message>
    <message>
        <source>choose a field</source>
        <translation>выберите поле</translation>
    </message>
    <message>
        <source>enter the text</source>
        <translation>введите текст</translation>
    </message>
    <message>
        <source>use one of: {choices}</source>
        <translation>используйте одно из значений: {choices}</translation>
    </message>
    <message>
        <source>enter a user id</source>
        <translation>введите ID пользователя</translation>
    </message>
    <message>
        <source>choose a template</source>
        <translation>выберите шаблон</translation>
    </message>
    <message>
        <source>only a failed run is retried (a stopped loop needs the rules changed; a run that went well has nothing to redo)</source>
        <translation>повторить можно только неудачный запуск (для остановленного цикла нужно изменить правила, а у успешного запуска нечего повторять)</translation>
    </message>
    <message>
        <source>{file}: table {table} {detail}</source>
        <translation>{file}: таблица {table} {detail}</translation>
    </message>
    <message>
        <source>{tool} failed: {detail}</source>
        <translation>ошибка {tool}: {detail}</translation>
    </message>
    <message>
        <source>{file} cannot be restored here: {detail}</source>
        <translation>{file} нельзя восстановить здесь: {detail}</translation>
    </message>
    <message>
        <source>header</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>блок</translation>
    </message>
    <message>
        <source>the file ends too early ({part}); it was cut short</source>
        <translation>файл обрывается раньше времени ({part}); он обрезан</translation>
    </message>
    <message>
        <source>this is not a Karavan backup file</source>
        <translation>это не файл резервной копии Karavan</translation>
    </message>
    <message>
        <source>the header is unreadable</source>
        <translation>заголовок не читается</translation>
    </message>
    <message>
        <source>it was written by a newer Karavan (format {format_version})</source>
        <translation>он создан более новой версией Karavan (формат {format_version})</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>его невозможно прочитать ({reason})</translation>
    </message>
    <message>
        <source>its encryption parameters are unreadable</source>
        <translation>его параметры шифрования не читаются</translation>
    </message>
    <message>
        <source>a frame length is impossible</source>
        <translation>недопустимая длина блока</translation>
    </message>
    <message>
        <source>its checksum does not match: bytes were changed or lost</source>
        <translation>контрольная сумма не совпадает: байты изменены или потеряны</translation>
    </message>
    <message>
        <source>frame {frame} does not decrypt: bytes were changed</source>
        <translation>блок {frame} не расшифровывается: байты изменены</translation>
    </message>
    <message>
        <source>frame {frame} does not decompress</source>
        <translation>блок {frame} не распаковывается</translation>
    </message>
    <message>
        <source>the compressed data is incomplete</source>
        <translation>сжатые данные неполные</translation>
    </message>
    <message>
        <source>pg_restore cannot read the dump ({detail})</source>
        <translation>pg_restore не может прочитать дамп ({detail})</translation>
    </message>
    <message>
        <source>the database inside fails the integrity check ({problem})</source>
        <translation>база данных внутри не проходит проверку целостности ({problem})</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <source>it does not give back the database that was copied</source>
        <translation>она не возвращает скопированную базу данных</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Запись резервной копии…</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Копирование базы данных…</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Подсчёт строк…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
    <message>
        <source>it is a {backup} backup and this is a {database} database</source>
        <translation>это резервная копия {backup}, а база данных — {database}</translation>
    </message>
    <message>
        <source>its schema ({rev}) is newer than this Karavan knows; install the newer Karavan to restore it</source>
        <translation>её схема ({rev}) новее, чем известно этой версии Karavan; установите новую версию Karavan, чтобы восстановить её</translation>
    </message>
    <message>
        <source>{target} already exists: choose a new file</source>
        <translation>{target} уже существует: выберите другой файл</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>Verifying the restored database…</source>
        <translation>Проверка восстановленной базы данных…</translation>
    </message>
    <message>
        <source>the restored database fails the integrity check ({problem})</source>
        <translation>восстановленная база данных не проходит проверку целостности ({problem})</translation>
    </message>
    <message>
        <source>give a name for the new database</source>
        <translation>укажите имя новой базы данных</translation>
    </message>
    <message>
        <source>a database called {name} already exists on the server: choose a new name</source>
        <translation>база данных {name} уже есть на сервере: выберите другое имя</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>код выхода {code}</translation>
    </message>
    <message>
        <source>choose a folder for the backups</source>
        <translation>выберите папку для резервных копий</translation>
    </message>
    <message>
        <source>is one of {choices}</source>
        <translation>одно из значений: {choices}</translation>
    </message>
    <message>
        <source>keep 1 to 366 daily backups</source>
        <translation>допустимо от 1 до 366 ежедневных копий</translation>
    </message>
    <message>
        <source>keep 0 to 240 monthly backups</source>
        <translation>допустимо от 0 до 240 ежемесячных копий</translation>
    </message>
    <message>
        <source>is in the database but not in the backup&apos;s manifest</source>
        <translation>есть в базе данных, но отсутствует в манифесте резервной копии</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>has {found:,} rows instead of {expected:,}</source>
        <translation>строк: {found:,} вместо {expected:,}</translation>
    </message>
    <message>
        <source>has the right number of rows but different contents</source>
        <translation>число строк совпадает, но содержимое отличается</translation>
    </message>
    <message>
        <source>an EAN-13 has only digits</source>
        <translation>EAN-13 состоит только из цифр</translation>
    </message>
    <message>
        <source>an EAN-13 has 13 digits, this one has {count}</source>
        <translation>в EAN-13 13 цифр, а здесь — {count}</translation>
    </message>
    <message>
        <source>the check digit is wrong: it should be {expected}</source>
        <translation>неверная контрольная цифра: должна быть {expected}</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>длиннее {limit} символов</translation>
    </message>
    <message>
        <source>Code 128 takes only Latin letters, digits and ASCII punctuation</source>
        <translation>Code 128 допускает только латинские буквы, цифры и знаки препинания ASCII</translation>
    </message>
    <message>
        <source>“{name}” already exists here</source>
        <translation>«{name}» здесь уже есть</translation>
    </message>
    <message>
        <source>a category cannot be moved under itself or its subcategory</source>
        <translation>категорию нельзя переместить в саму себя или в её подкатегорию</translation>
    </message>
    <message>
        <source>the target already has a category “{name}”</source>
        <translation>в целевой категории уже есть категория «{name}»</translation>
    </message>
    <message>
        <source>“{name}” has subcategories</source>
        <translation>у «{name}» есть подкатегории</translation>
    </message>
    <message>
        <source>“{name}” still holds {products} product(s)</source>
        <translation>в «{name}» ещё есть товары: {products}</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>не является числом</translation>
    </message>
    <message>
        <source>must be between 1 and {limit}</source>
        <translation>должно быть от 1 до {limit}</translation>
    </message>
    <message>
        <source>choose at least one product</source>
        <translation>выберите хотя бы один товар</translation>
    </message>
    <message>
        <source>cannot sort by {sort}</source>
        <translation>нельзя сортировать по {sort}</translation>
    </message>
    <message>
        <source>is {size:.1f} MB; the limit is 2 MB</source>
        <translation>размер {size:.1f} МБ; предел — 2 МБ</translation>
    </message>
    <message>
        <source>only PNG and JPEG pictures are accepted</source>
        <translation>принимаются только изображения PNG и JPEG</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Базовый</translation>
    </message>
    <message>
        <source>must be between −100 % and +1000 %</source>
        <translation>должно быть от −100 % до +1000 %</translation>
    </message>
    <message>
        <source>has more than two decimals</source>
        <translation>содержит больше двух знаков после запятой</translation>
    </message>
    <message>
        <source>is a three-letter code such as USD</source>
        <translation>должно быть трёхбуквенным кодом, например USD</translation>
    </message>
    <message>
        <source>a price list “{name}” already exists</source>
        <translation>прайс-лист «{name}» уже существует</translation>
    </message>
    <message>
        <source>the base list holds explicit prices only</source>
        <translation>в базовом прайс-листе только явные цены</translation>
    </message>
    <message>
        <source>the base list cannot be archived</source>
        <translation>базовый прайс-лист нельзя отправить в архив</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>не может быть отрицательным</translation>
    </message>
    <message>
        <source>must be between 0 and 100 %, at most two decimals</source>
        <translation>должно быть от 0 до 100 %, не более двух знаков после запятой</translation>
    </message>
    <message>
        <source>this price list is not available</source>
        <translation>этот прайс-лист недоступен</translation>
    </message>
    <message>
        <source>unknown barcode kind {kind!r}</source>
        <translation>неизвестный тип штрихкода {kind!r}</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>указан дважды</translation>
    </message>
    <message>
        <source>already belongs to {sku} “{name}”</source>
        <translation>уже принадлежит товару {sku} «{name}»</translation>
    </message>
    <message>
        <source>is already used by “{name}” ({sku})</source>
        <translation>уже используется товаром «{name}» ({sku})</translation>
    </message>
    <message>
        <source>choose goods, service, material or finished product</source>
        <translation>выберите: товар, услуга, материал или готовая продукция</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>больше не существует</translation>
    </message>
    <message>
        <source>must be between 0 and 100 %</source>
        <translation>должно быть от 0 до 100 %</translation>
    </message>
    <message>
        <source>“{name}” is counted in whole numbers</source>
        <translation>«{name}» учитывается в целых числах</translation>
    </message>
    <message>
        <source>“{name}” allows at most {decimals} decimals</source>
        <translation>«{name}»: знаков после запятой — не более {decimals}</translation>
    </message>
    <message>
        <source>a service is not kept in stock</source>
        <translation>услуга не хранится на складе</translation>
    </message>
    <message>
        <source>must be zero or more, with at most three decimals</source>
        <translation>должно быть не меньше нуля, не более трёх знаков после запятой</translation>
    </message>
    <message>
        <source>a service has no lots</source>
        <translation>у услуги нет партий</translation>
    </message>
    <message>
        <source>could not find a free internal barcode; try again</source>
        <translation>не удалось подобрать свободный внутренний штрихкод; повторите попытку</translation>
    </message>
    <message>
        <source>must be between 0 and {limit}</source>
        <translation>должно быть от 0 до {limit}</translation>
    </message>
    <message>
        <source>a unit “{name}” already exists</source>
        <translation>единица «{name}» уже существует</translation>
    </message>
    <message>
        <source>product {offending} has a minimum stock with more than {decimals} decimals</source>
        <translation>минимальный остаток товара {offending} содержит больше знаков после запятой, чем допустимо ({decimals})</translation>
    </message>
    <message>
        <source>{used} product(s) use “{name}”</source>
        <translation>«{name}» используется в товарах: {used}</translation>
    </message>
    <message>
        <source>“{name}” is already in the list</source>
        <translation>«{name}» уже есть в списке</translation>
    </message>
    <message>
        <source>“{name}” is held by {used} contact person(s); rename it instead</source>
        <translation>«{name}» указано у контактных лиц: {used}; лучше переименуйте</translation>
    </message>
    <message>
        <source>is not an active user</source>
        <translation>не является активным пользователем</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>неизвестная роль</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>не должно быть отрицательным</translation>
    </message>
    <message>
        <source>a client cannot be merged with itself</source>
        <translation>клиента нельзя объединить с самим собой</translation>
    </message>
    <message>
        <source>cannot take {choices}</source>
        <translation>нельзя перенести поля: {choices}</translation>
    </message>
    <message>
        <source>unknown channel type</source>
        <translation>неизвестный тип канала связи</translation>
    </message>
    <message>
        <source>is not a web address (example.com)</source>
        <translation>не является веб-адресом (example.com)</translation>
    </message>
    <message>
        <source>must be company or person</source>
        <translation>должно быть: организация или физическое лицо</translation>
    </message>
    <message>
        <source>is longer than 300 characters</source>
        <translation>длиннее 300 символов</translation>
    </message>
    <message>
        <source>is longer than 500 characters</source>
        <translation>длиннее 500 символов</translation>
    </message>
    <message>
        <source>unknown roles: {choices}</source>
        <translation>неизвестные роли: {choices}</translation>
    </message>
    <message>
        <source>choose the company&apos;s default or one of {choices}</source>
        <translation>выберите вариант по умолчанию для организации или одно из значений: {choices}</translation>
    </message>
    <message>
        <source>a tag is longer than 100 characters</source>
        <translation>метка длиннее 100 символов</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>дата в будущем</translation>
    </message>
    <message>
        <source>must be legal, actual or delivery</source>
        <translation>должно быть: юридический, фактический или адрес доставки</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>адрес не заполнен</translation>
    </message>
    <message>
        <source>is longer than 20 characters</source>
        <translation>длиннее 20 символов</translation>
    </message>
    <message>
        <source>may contain only letters and digits (5–40)</source>
        <translation>может содержать только буквы и цифры (5–40)</translation>
    </message>
    <message>
        <source>must be 8 to 11 letters or digits</source>
        <translation>должно содержать от 8 до 11 букв или цифр</translation>
    </message>
    <message>
        <source>is today, week or month</source>
        <translation>должно быть: сегодня, неделя или месяц</translation>
    </message>
    <message>
        <source>is not a dashboard choice</source>
        <translation>недопустимое значение для сводки</translation>
    </message>
    <message>
        <source>the company is not set up yet</source>
        <translation>организация ещё не настроена</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>выберите одно из значений: {choices}</translation>
    </message>
    <message>
        <source>add at least one line</source>
        <translation>добавьте хотя бы одну строку</translation>
    </message>
    <message>
        <source>is not a product</source>
        <translation>не является товаром</translation>
    </message>
    <message>
        <source>name the product or service</source>
        <translation>укажите товар или услугу</translation>
    </message>
    <message>
        <source>{value} is not kept in stock: a {doc_type} holds goods only</source>
        <translation>{value} не хранится на складе: в документе «{doc_type}» могут быть только товары</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>должно быть больше нуля</translation>
    </message>
    <message>
        <source>no {source_currency} rate to convert the list price; enter a price</source>
        <translation>нет курса {source_currency} для пересчёта цены из прайс-листа; введите цену</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>слишком большое значение</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>должно быть от 0 до 100</translation>
    </message>
    <message>
        <source>must be between 0 and 99.99</source>
        <translation>должно быть от 0 до 99,99</translation>
    </message>
    <message>
        <source>is not a document type</source>
        <translation>не является типом документа</translation>
    </message>
    <message>
        <source>choose the client</source>
        <translation>выберите клиента</translation>
    </message>
    <message>
        <source>is before the document date</source>
        <translation>раньше даты документа</translation>
    </message>
    <message>
        <source>is longer than 10 characters</source>
        <translation>длиннее 10 символов</translation>
    </message>
    <message>
        <source>no {currency} rate on or before {day}: enter it or add it to the rates</source>
        <translation>нет курса {currency} на {day} или ранее: введите его или добавьте в курсы валют</translation>
    </message>
    <message>
        <source>choose whether prices include VAT</source>
        <translation>укажите, включают ли цены НДС</translation>
    </message>
    <message>
        <source>choose an active warehouse</source>
        <translation>выберите активный склад</translation>
    </message>
    <message>
        <source>is not a contact of this client</source>
        <translation>не является контактом этого клиента</translation>
    </message>
    <message>
        <source>is not a deal</source>
        <translation>не является сделкой</translation>
    </message>
    <message>
        <source>the {doc_type} is {status}: cancel it and make a new one</source>
        <translation>документ «{doc_type}» в статусе «{status}»: отмените его и создайте новый</translation>
    </message>
    <message>
        <source>the {doc_type} was printed and sent on {value}: cancel it and make a new one</source>
        <translation>документ «{doc_type}» был распечатан и отправлен {value}: отмените его и создайте новый</translation>
    </message>
    <message>
        <source>a document keeps its type</source>
        <translation>тип документа изменить нельзя</translation>
    </message>
    <message>
        <source>a {doc_type} is not made from a {source}</source>
        <translation>документ «{doc_type}» не создаётся на основании документа «{source}»</translation>
    </message>
    <message>
        <source>confirm the {doc_type} first</source>
        <translation>сначала подтвердите документ «{doc_type}»</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>выставлено в счетах</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>отгружено</translation>
    </message>
    <message>
        <source>done on acts</source>
        <translation>оформлено актами</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возвращено</translation>
    </message>
    <message>
        <source>received</source>
        <translation>получено</translation>
    </message>
    <message>
        <source>returned to the supplier</source>
        <translation>возвращено поставщику</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>скопировано</translation>
    </message>
    <message>
        <source>everything on {number} is already {what}</source>
        <translation>всё по {number} уже {what}</translation>
    </message>
    <message>
        <source>a deal makes a quote, an order, an invoice or a contract</source>
        <translation>на основании сделки создаются коммерческое предложение, заказ, счёт или договор</translation>
    </message>
    <message>
        <source>the deal has no client</source>
        <translation>в сделке не указан клиент</translation>
    </message>
    <message>
        <source>the deal has no product lines: add them on the deal&apos;s Products tab</source>
        <translation>в сделке нет строк товаров: добавьте их на вкладке «Товары» сделки</translation>
    </message>
    <message>
        <source>choose the warehouse the goods leave</source>
        <translation>выберите склад отгрузки</translation>
    </message>
    <message>
        <source>{description} is not kept in stock: services go on an act</source>
        <translation>{description} не хранится на складе: услуги оформляются актом</translation>
    </message>
    <message>
        <source>a return is made from a confirmed waybill</source>
        <translation>возврат создаётся на основании подтверждённой накладной</translation>
    </message>
    <message>
        <source>{description} was not on {number}</source>
        <translation>{description} отсутствует в {number}</translation>
    </message>
    <message>
        <source>choose the warehouse the goods arrive in</source>
        <translation>выберите склад поступления</translation>
    </message>
    <message>
        <source>a return to a supplier is made from a confirmed supplier invoice</source>
        <translation>возврат поставщику создаётся на основании подтверждённого счёта поставщика</translation>
    </message>
    <message>
        <source>the {doc_type} is already {status}</source>
        <translation>документ «{doc_type}» уже {status}</translation>
    </message>
    <message>
        <source>choose the warehouse the goods are reserved in</source>
        <translation>выберите склад резервирования</translation>
    </message>
    <message>
        <source>choose the warehouse the goods will arrive in</source>
        <translation>выберите склад, на который поступят товары</translation>
    </message>
    <message>
        <source>the {doc_type} is already cancelled</source>
        <translation>документ «{doc_type}» уже отменён</translation>
    </message>
    <message>
        <source>cancel the documents made from it first: {numbers}</source>
        <translation>сначала отмените документы, созданные на его основании: {numbers}</translation>
    </message>
    <message>
        <source>{number} has payments allocated; take them off the invoice first</source>
        <translation>по {number} распределены платежи; сначала снимите их со счёта</translation>
    </message>
    <message>
        <source>is left or right</source>
        <translation>должно быть: слева или справа</translation>
    </message>
    <message>
        <source>must be between {margin_min} and {margin_max} mm</source>
        <translation>должно быть от {margin_min} до {margin_max} мм</translation>
    </message>
    <message>
        <source>{number} is cancelled: it cannot be sent</source>
        <translation>{number} отменён: его нельзя отправить</translation>
    </message>
    <message>
        <source>confirm the {doc_type} first: a draft has no number to send</source>
        <translation>сначала подтвердите документ «{doc_type}»: у черновика нет номера для отправки</translation>
    </message>
    <message>
        <source>outgoing mail is not set up: fill in the SMTP settings (Marketing → SMTP settings) first</source>
        <translation>исходящая почта не настроена: сначала заполните настройки SMTP (Маркетинг → Настройки SMTP)</translation>
    </message>
    <message>
        <source>is not an e-mail address (name@example.com)</source>
        <translation>не является адресом эл. почты (name@example.com)</translation>
    </message>
    <message>
        <source>must contain {seq} (the running number), e.g. {example}</source>
        <translation>должно содержать {seq} (порядковый номер), например {example}</translation>
    </message>
    <message>
        <source>is not a valid format ({exc}); use {{prefix}}, {{series}}, {{year}} and {{seq}}</source>
        <translation>недопустимый формат ({exc}); используйте {{prefix}}, {{series}}, {{year}} и {{seq}}</translation>
    </message>
    <message>
        <source>makes numbers longer than 40 characters</source>
        <translation>номера получаются длиннее 40 символов</translation>
    </message>
    <message>
        <source>has unbalanced braces or a bad field ({exc}); fields are written like {{client}}</source>
        <translation>несбалансированные фигурные скобки или ошибочное поле ({exc}); поля записываются так: {{client}}</translation>
    </message>
    <message>
        <source>a goods receipt is made from a confirmed purchase order</source>
        <translation>поступление товаров создаётся на основании подтверждённого заказа поставщику</translation>
    </message>
    <message>
        <source>{description} is not on {number}</source>
        <translation>{description} отсутствует в {number}</translation>
    </message>
    <message>
        <source>goods receipt {number} is {status}: make the supplier invoice from a confirmed receipt</source>
        <translation>поступление товаров {number} в статусе «{status}»: счёт поставщика создаётся на основании подтверждённого поступления</translation>
    </message>
    <message>
        <source>choose jalali or gregorian</source>
        <translation>выберите: иранский (джалали) или григорианский</translation>
    </message>
    <message>
        <source>must be between 0 and 365 days</source>
        <translation>должно быть от 0 до 365 дней</translation>
    </message>
    <message>
        <source>is logo, stamp or signature</source>
        <translation>должно быть: логотип, печать или подпись</translation>
    </message>
    <message>
        <source>must be a PNG or JPEG image of at most 2 MB</source>
        <translation>должно быть изображением PNG или JPEG не больше 2 МБ</translation>
    </message>
    <message>
        <source>is a three-letter code such as EUR</source>
        <translation>должно быть трёхбуквенным кодом, например EUR</translation>
    </message>
    <message>
        <source>is the company currency (its rate is always 1)</source>
        <translation>это валюта организации (её курс всегда 1)</translation>
    </message>
    <message>
        <source>not enough {product} ({sku}) in {warehouse}: available {available}, requested {requested}</source>
        <translation>недостаточно товара «{product}» ({sku}) на складе «{warehouse}»: доступно {available}, требуется {requested}</translation>
    </message>
    <message>
        <source>no product has the barcode or SKU {code!r}</source>
        <translation>нет товара со штрихкодом или артикулом {code!r}</translation>
    </message>
    <message>
        <source>the document is dated before posted documents {numbers}; their costs will be recomputed</source>
        <translation>документ датирован раньше проведённых документов {numbers}; их себестоимость будет пересчитана</translation>
    </message>
    <message>
        <source>{client} would owe {total} {currency} (owes {owed}, this document {document}), over the credit limit of {limit} {currency}</source>
        <translation>задолженность {client} составит {total} {currency} (сейчас {owed}, этот документ {document}) — больше кредитного лимита {limit} {currency}</translation>
    </message>
    <message>
        <source>{name} short {short}</source>
        <translation>{name}: не хватает {short}</translation>
    </message>
    <message>
        <source>{order}: not enough components in stock ({short})</source>
        <translation>{order}: недостаточно компонентов на складе ({short})</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>Папка не найдена</translation>
    </message>
    <message>
        <source>choose a product</source>
        <translation>выберите товар</translation>
    </message>
    <message>
        <source>is archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>is too large or has more than three decimals</source>
        <translation>слишком большое значение или больше трёх знаков после запятой</translation>
    </message>
    <message>
        <source>choose a client</source>
        <translation>выберите клиента</translation>
    </message>
    <message>
        <source>is not a contact person of this client</source>
        <translation>не является контактным лицом этого клиента</translation>
    </message>
    <message>
        <source>must be a three-letter code (USD, EUR, RUB…)</source>
        <translation>должно быть трёхбуквенным кодом (USD, EUR, RUB…)</translation>
    </message>
    <message>
        <source>is not a campaign</source>
        <translation>не является рассылкой</translation>
    </message>
    <message>
        <source>is not a user</source>
        <translation>не является пользователем</translation>
    </message>
    <message>
        <source>choose a pipeline</source>
        <translation>выберите воронку</translation>
    </message>
    <message>
        <source>is not a stage of this pipeline</source>
        <translation>не является этапом этой воронки</translation>
    </message>
    <message>
        <source>say why the deal was lost</source>
        <translation>укажите причину проигрыша сделки</translation>
    </message>
    <message>
        <source>choose the stage in the new pipeline</source>
        <translation>выберите этап в новой воронке</translation>
    </message>
    <message>
        <source>is not a stage of the deal&apos;s pipeline</source>
        <translation>не является этапом воронки сделки</translation>
    </message>
    <message>
        <source>is longer than 150 characters</source>
        <translation>длиннее 150 символов</translation>
    </message>
    <message>
        <source>a pipeline needs at least one open stage</source>
        <translation>в воронке должен быть хотя бы один открытый этап</translation>
    </message>
    <message>
        <source>two stages have the same name</source>
        <translation>у двух этапов одинаковое название</translation>
    </message>
    <message>
        <source>a pipeline “{name}” already exists</source>
        <translation>воронка «{name}» уже существует</translation>
    </message>
    <message>
        <source>this pipeline already has a stage “{name}”</source>
        <translation>в этой воронке уже есть этап «{name}»</translation>
    </message>
    <message>
        <source>Won is always 100 % and Lost 0 %</source>
        <translation>у этапа «Выиграно» всегда 100 %, у «Проиграно» — 0 %</translation>
    </message>
    <message>
        <source>Won and Lost always end the pipeline</source>
        <translation>«Выиграно» и «Проиграно» всегда завершают воронку</translation>
    </message>
    <message>
        <source>Won and Lost cannot be deleted</source>
        <translation>«Выиграно» и «Проиграно» нельзя удалить</translation>
    </message>
    <message>
        <source>“{name}” holds or held deals (their history refers to it); rename it instead</source>
        <translation>на этапе «{name}» есть или были сделки (их история ссылается на него); лучше переименуйте его</translation>
    </message>
    <message>
        <source>is company, branch, department or person</source>
        <translation>должно быть: организация, филиал, отдел или сотрудник</translation>
    </message>
    <message>
        <source>is before the start</source>
        <translation>раньше начала</translation>
    </message>
    <message>
        <source>is too far from the start</source>
        <translation>слишком далеко от начала</translation>
    </message>
    <message>
        <source>is required for this objective</source>
        <translation>обязательно для этой цели</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>не существует</translation>
    </message>
    <message>
        <source>needs at least one key result</source>
        <translation>нужен хотя бы один ключевой результат</translation>
    </message>
    <message>
        <source>are at most {limit}</source>
        <translation>не более {limit}</translation>
    </message>
    <message>
        <source>is metric or manual</source>
        <translation>должно быть: показатель или вручную</translation>
    </message>
    <message>
        <source>is counted from the data for this key result</source>
        <translation>считается по данным для этого ключевого результата</translation>
    </message>
    <message>
        <source>is a sum of zero or more</source>
        <translation>должно быть суммой не меньше нуля</translation>
    </message>
    <message>
        <source>there is no unit “{unit}” (add it under Products → Units)</source>
        <translation>нет единицы «{unit}» (добавьте её в разделе Товары → Единицы)</translation>
    </message>
    <message>
        <source>there is no category “{category}”</source>
        <translation>нет категории «{category}»</translation>
    </message>
    <message>
        <source>there is no active price list “{list_name}”</source>
        <translation>нет активного прайс-листа «{list_name}»</translation>
    </message>
    <message>
        <source>there is no base price list</source>
        <translation>нет базового прайс-листа</translation>
    </message>
    <message>
        <source>there is no product with SKU “{sku}”</source>
        <translation>нет товара с артикулом «{sku}»</translation>
    </message>
    <message>
        <source>is not a date (write it year first: 2030-05-31, or 1409/03/10 in the Solar Hijri calendar)</source>
        <translation>не является датой (пишите сначала год: 2030-05-31, или 1409/03/10 по солнечной хиджре)</translation>
    </message>
    <message>
        <source>the existing client cannot be saved: {reason}</source>
        <translation>существующего клиента нельзя сохранить: {reason}</translation>
    </message>
    <message>
        <source>repeats row {row} (the same {column})</source>
        <translation>повторяет строку {row} (то же значение в столбце {column})</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>{sheet} errors</source>
        <translation>Ошибки — {sheet}</translation>
    </message>
    <message>
        <source>{rows:,} rows</source>
        <translation>строк: {rows:,}</translation>
    </message>
    <message>
        <source>more than {limit:,} rows</source>
        <translation>более {limit:,} строк</translation>
    </message>
    <message>
        <source>sheet “{sheet}” has {found}; at most {limit:,} data rows are imported at once — split the file</source>
        <translation>лист «{sheet}»: {found}; за один раз импортируется не более {limit:,} строк данных — разделите файл</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>файл {path} не найден</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx): {exc}</source>
        <translation>{name} не является книгой Excel (.xlsx): {exc}</translation>
    </message>
    <message>
        <source>the workbook has no sheet “{name}” (it has: {choices})</source>
        <translation>в книге нет листа «{name}» (есть: {choices})</translation>
    </message>
    <message>
        <source>sheet “{name}” is empty: the first row should hold the column titles</source>
        <translation>лист «{name}» пуст: в первой строке должны быть заголовки столбцов</translation>
    </message>
    <message>
        <source>is a formula with no saved result: open the file in Excel, save it, and import again</source>
        <translation>формула без сохранённого результата: откройте файл в Excel, сохраните его и импортируйте снова</translation>
    </message>
    <message>
        <source>{name} is a service; services are not kept in stock</source>
        <translation>{name} — услуга; услуги не хранятся на складе</translation>
    </message>
    <message>
        <source>there is no warehouse “{wh_name}”</source>
        <translation>нет склада «{wh_name}»</translation>
    </message>
    <message>
        <source>warehouse “{name}” is archived</source>
        <translation>склад «{name}» в архиве</translation>
    </message>
    <message>
        <source>enter the lot of {name}</source>
        <translation>укажите партию товара «{name}»</translation>
    </message>
    <message>
        <source>is longer than 200 characters</source>
        <translation>длиннее 200 символов</translation>
    </message>
    <message>
        <source>a campaign with this name already exists</source>
        <translation>рассылка с таким названием уже существует</translation>
    </message>
    <message>
        <source>choose a segment</source>
        <translation>выберите сегмент</translation>
    </message>
    <message>
        <source>unknown placeholder {names}; use {known}</source>
        <translation>неизвестная подстановка {names}; используйте {known}</translation>
    </message>
    <message>
        <source>cannot change once sending has started</source>
        <translation>нельзя изменить после начала отправки</translation>
    </message>
    <message>
        <source>only a draft campaign can be deleted</source>
        <translation>удалить можно только черновик рассылки</translation>
    </message>
    <message>
        <source>recipients are fixed once sending has started</source>
        <translation>получатели фиксируются после начала отправки</translation>
    </message>
    <message>
        <source>a {status} campaign cannot become {to}</source>
        <translation>рассылка в статусе «{status}» не может перейти в статус «{to}»</translation>
    </message>
    <message>
        <source>start or resume the campaign first</source>
        <translation>сначала запустите или возобновите рассылку</translation>
    </message>
    <message>
        <source>cannot send mail: {detail}</source>
        <translation>не удаётся отправить письмо: {detail}</translation>
    </message>
    <message>
        <source>is not a server name</source>
        <translation>не является именем сервера</translation>
    </message>
    <message>
        <source>must be between 1 and 65535</source>
        <translation>должно быть от 1 до 65535</translation>
    </message>
    <message>
        <source>must be STARTTLS, SSL or none</source>
        <translation>должно быть: STARTTLS, SSL или без шифрования</translation>
    </message>
    <message>
        <source>the server refused the login ({smtp_code})</source>
        <translation>сервер отклонил вход ({smtp_code})</translation>
    </message>
    <message>
        <source>{host}:{port}: {exc}</source>
        <translation>{host}:{port}: {exc}</translation>
    </message>
    <message>
        <source>Karavan: test e-mail from {company}</source>
        <translation>Karavan: тестовое письмо от {company}</translation>
    </message>
    <message>
        <source>This is a test e-mail sent from Karavan&apos;s SMTP settings. Outgoing mail works.</source>
        <translation>Это тестовое письмо, отправленное из настроек SMTP Karavan. Исходящая почта работает.</translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation>должно быть позже начала</translation>
    </message>
    <message>
        <source>is not lead, customer or supplier</source>
        <translation>должно быть: лид, покупатель или поставщик</translation>
    </message>
    <message>
        <source>must be zero or more</source>
        <translation>должно быть не меньше нуля</translation>
    </message>
    <message>
        <source>is less than the minimum</source>
        <translation>меньше минимума</translation>
    </message>
    <message>
        <source>is before the start date</source>
        <translation>раньше даты начала</translation>
    </message>
    <message>
        <source>a segment with this name already exists</source>
        <translation>сегмент с таким названием уже существует</translation>
    </message>
    <message>
        <source>the task is closed</source>
        <translation>задача закрыта</translation>
    </message>
    <message>
        <source>is not a kind of task</source>
        <translation>не является видом задачи</translation>
    </message>
    <message>
        <source>is not a priority</source>
        <translation>не является приоритетом</translation>
    </message>
    <message>
        <source>must be between 0 minutes and 7 days</source>
        <translation>должно быть от 0 минут до 7 дней</translation>
    </message>
    <message>
        <source>is not a deal of this client</source>
        <translation>не является сделкой этого клиента</translation>
    </message>
    <message>
        <source>must be between 0 minutes and 30 days</source>
        <translation>должно быть от 0 минут до 30 дней</translation>
    </message>
    <message>
        <source>choose an active user</source>
        <translation>выберите активного пользователя</translation>
    </message>
    <message>
        <source>is not a repetition rule</source>
        <translation>не является правилом повторения</translation>
    </message>
    <message>
        <source>choose at least one day of the week</source>
        <translation>выберите хотя бы один день недели</translation>
    </message>
    <message>
        <source>must not be before the task&apos;s date</source>
        <translation>не должно быть раньше даты задачи</translation>
    </message>
    <message>
        <source>a {status} task cannot become {to}</source>
        <translation>задача в статусе «{status}» не может перейти в статус «{to}»</translation>
    </message>
    <message>
        <source>a closed task cannot be moved</source>
        <translation>закрытую задачу нельзя перенести</translation>
    </message>
    <message>
        <source>is 1 to {limit} characters</source>
        <translation>должно быть от 1 до {limit} символов</translation>
    </message>
    <message>
        <source>is too large to keep as a setting</source>
        <translation>слишком большое значение для настройки</translation>
    </message>
    <message>
        <source>choose the product this bill makes</source>
        <translation>выберите товар, который производится по этой спецификации</translation>
    </message>
    <message>
        <source>{name} is a service: only goods kept in stock are made</source>
        <translation>{name} — услуга: производятся только складские товары</translation>
    </message>
    <message>
        <source>add at least one component</source>
        <translation>добавьте хотя бы один компонент</translation>
    </message>
    <message>
        <source>choose a component</source>
        <translation>выберите компонент</translation>
    </message>
    <message>
        <source>{name} cannot be a component of itself</source>
        <translation>{name} не может быть компонентом самого себя</translation>
    </message>
    <message>
        <source>{name} is already on line {line}</source>
        <translation>{name} уже есть в строке {line}</translation>
    </message>
    <message>
        <source>may have at most 6 decimals</source>
        <translation>не более 6 знаков после запятой</translation>
    </message>
    <message>
        <source>must be from 0 to 99.99</source>
        <translation>должно быть от 0 до 99,99</translation>
    </message>
    <message>
        <source>this would make a cycle: {chain}</source>
        <translation>получится цикл: {chain}</translation>
    </message>
    <message>
        <source>a bill&apos;s product cannot change; make a bill for the other product</source>
        <translation>товар спецификации изменить нельзя; создайте спецификацию для другого товара</translation>
    </message>
    <message>
        <source>the active version cannot be deleted; activate another one first</source>
        <translation>активную версию нельзя удалить; сначала активируйте другую</translation>
    </message>
    <message>
        <source>{used} production order(s) were made from this version; it is kept</source>
        <translation>по этой версии созданы заказы на производство ({used}); она сохраняется</translation>
    </message>
    <message>
        <source>{name} has no active bill of materials</source>
        <translation>у {name} нет активной спецификации</translation>
    </message>
    <message>
        <source>must not be in the past</source>
        <translation>не должно быть в прошлом</translation>
    </message>
    <message>
        <source>choose at least one proposal</source>
        <translation>выберите хотя бы одно предложение</translation>
    </message>
    <message>
        <source>a {status} order cannot become {to}</source>
        <translation>заказ в статусе «{status}» не может перейти в статус «{to}»</translation>
    </message>
    <message>
        <source>choose the product to make</source>
        <translation>выберите товар для производства</translation>
    </message>
    <message>
        <source>is not a bill of materials of {name}</source>
        <translation>не является спецификацией товара «{name}»</translation>
    </message>
    <message>
        <source>{name} has no active bill of materials; make one first</source>
        <translation>у {name} нет активной спецификации; сначала создайте её</translation>
    </message>
    <message>
        <source>choose a warehouse</source>
        <translation>выберите склад</translation>
    </message>
    <message>
        <source>this warehouse is archived</source>
        <translation>этот склад в архиве</translation>
    </message>
    <message>
        <source>must not be before the start</source>
        <translation>не должно быть раньше начала</translation>
    </message>
    <message>
        <source>{done_quantity} are already made</source>
        <translation>уже произведено: {done_quantity}</translation>
    </message>
    <message>
        <source>the order is {status}; it cannot change</source>
        <translation>заказ в статусе «{status}»; изменить его нельзя</translation>
    </message>
    <message>
        <source>cannot change once the order is released</source>
        <translation>нельзя изменить после запуска заказа в производство</translation>
    </message>
    <message>
        <source>release the order before completing it</source>
        <translation>запустите заказ в производство перед выпуском</translation>
    </message>
    <message>
        <source>the order is {status}</source>
        <translation>заказ в статусе «{status}»</translation>
    </message>
    <message>
        <source>only {quantity} {unit} are left to make</source>
        <translation>осталось произвести только {quantity} {unit}</translation>
    </message>
    <message>
        <source>nothing was made yet: cancel the order instead</source>
        <translation>ещё ничего не произведено: вместо этого отмените заказ</translation>
    </message>
    <message>
        <source>part of the order was made: close it instead</source>
        <translation>часть заказа уже произведена: вместо этого закройте его</translation>
    </message>
    <message>
        <source>production is made for the lines of a sales order</source>
        <translation>производство выполняется под строки заказа клиента</translation>
    </message>
    <message>
        <source>{description} is not a product kept in stock</source>
        <translation>{description} не является складским товаром</translation>
    </message>
    <message>
        <source>{name}: the stock and open production cover this line</source>
        <translation>{name}: эту строку покрывают остатки и открытое производство</translation>
    </message>
    <message>
        <source>choose a supplier</source>
        <translation>выберите поставщика</translation>
    </message>
    <message>
        <source>{display_name} is not marked as a supplier (tick the role on the client card)</source>
        <translation>{display_name} не отмечен как поставщик (отметьте роль в карточке клиента)</translation>
    </message>
    <message>
        <source>{display_name} is already a supplier of {name}</source>
        <translation>{display_name} уже является поставщиком товара «{name}»</translation>
    </message>
    <message>
        <source>is a whole number of days from 0 to 3650</source>
        <translation>должно быть целым числом дней от 0 до 3650</translation>
    </message>
    <message>
        <source>may have at most {decimals} decimals ({name})</source>
        <translation>знаков после запятой — не более {decimals} ({name})</translation>
    </message>
    <message>
        <source>is a whole number from 1 (preferred) to 99</source>
        <translation>должно быть целым числом от 1 (основной) до 99</translation>
    </message>
    <message>
        <source>is longer than 60 characters</source>
        <translation>длиннее 60 символов</translation>
    </message>
    <message>
        <source>{name} is a service: it is not bought into stock</source>
        <translation>{name} — услуга: её не закупают на склад</translation>
    </message>
    <message>
        <source>make a warehouse first</source>
        <translation>сначала создайте склад</translation>
    </message>
    <message>
        <source>no supplier is set for it (Product → Suppliers)</source>
        <translation>для него не указан поставщик (Товар → Поставщики)</translation>
    </message>
    <message>
        <source>nothing on the reorder list</source>
        <translation>список пополнения пуст</translation>
    </message>
    <message>
        <source>is already on a draft purchase order</source>
        <translation>уже есть в черновике заказа поставщику</translation>
    </message>
    <message>
        <source>(no manager)</source>
        <translation>(без менеджера)</translation>
    </message>
    <message>
        <source>Win rate %</source>
        <translation>Доля выигранных, %</translation>
    </message>
    <message>
        <source>Won of deals %</source>
        <translation>Выиграно от сделок, %</translation>
    </message>
    <message>
        <source>Entered: deals that moved into the stage in the period; moved on: of them, the ones that later reached a stage further along or Won; won and lost: of them, within the period. Win rate = won / (won + lost). The total counts each deal once.</source>
        <translation>Вошло: сделки, перешедшие на этап в периоде; перешло дальше: те из них, что затем дошли до следующего этапа или до «Выиграно»; выиграно и проиграно: из них — в пределах периода. Доля выигранных = выиграно / (выиграно + проиграно). В итоге каждая сделка учитывается один раз.</translation>
    </message>
    <message>
        <source>Deals: deals that moved into any stage in the period; won and lost: deals that moved into Won or Lost in it. Win rate = won / (won + lost).</source>
        <translation>Сделки: сделки, перешедшие на любой этап в периоде; выиграно и проиграно: сделки, перешедшие в нём на «Выиграно» или «Проиграно». Доля выигранных = выиграно / (выиграно + проиграно).</translation>
    </message>
    <message>
        <source>a custom period needs both dates</source>
        <translation>для произвольного периода нужны обе даты</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>is at most 20 years long</source>
        <translation>не может быть длиннее 20 лет</translation>
    </message>
    <message>
        <source>give the preset a name</source>
        <translation>задайте название шаблона</translation>
    </message>
    <message>
        <source>is at most {limit} characters</source>
        <translation>не более {limit} символов</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(без клиента)</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>(без товара)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(без категории)</translation>
    </message>
    <message>
        <source>(no deal)</source>
        <translation>(без сделки)</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Чистые продажи</translation>
    </message>
    <message>
        <source>Sales by {group}</source>
        <translation>Продажи: {group}</translation>
    </message>
    <message>
        <source>Confirmed invoices less customer returns, net of VAT, by document date.</source>
        <translation>Подтверждённые счета за вычетом возвратов от покупателей, без НДС, по дате документа.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>Себестоимость товаров</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Маржа, %</translation>
    </message>
    <message>
        <source>Gross margin by {group}</source>
        <translation>Валовая маржа: {group}</translation>
    </message>
    <message>
        <source>Confirmed waybills and acts less customer returns, by document date; cost at the moving average each shipment carried.</source>
        <translation>Подтверждённые накладные и акты за вычетом возвратов от покупателей, по дате документа; себестоимость — по скользящей средней на момент каждой отгрузки.</translation>
    </message>
    <message>
        <source>is not a complaint, question or repair</source>
        <translation>должно быть: жалоба, вопрос или ремонт</translation>
    </message>
    <message>
        <source>is not low, normal, high or urgent</source>
        <translation>должно быть: низкий, обычный, высокий или срочный</translation>
    </message>
    <message>
        <source>is not a product of the catalog</source>
        <translation>не является товаром из каталога</translation>
    </message>
    <message>
        <source>a {value} request cannot become {value2}</source>
        <translation>обращение в статусе «{value}» не может перейти в статус «{value2}»</translation>
    </message>
    <message>
        <source>say how the request was resolved</source>
        <translation>укажите, как решено обращение</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>должно быть одним из: {choices}</translation>
    </message>
    <message>
        <source>must be 4 to 8 digits</source>
        <translation>должно состоять из 4–8 цифр</translation>
    </message>
    <message>
        <source>the document is {status}; only a draft can be changed</source>
        <translation>документ в статусе «{status}»; изменить можно только черновик</translation>
    </message>
    <message>
        <source>must be a whole number of {unit}</source>
        <translation>должно быть целым числом ({unit})</translation>
    </message>
    <message>
        <source>may have at most {decimals} decimals ({unit})</source>
        <translation>знаков после запятой — не более {decimals} ({unit})</translation>
    </message>
    <message>
        <source>is not a stock document kind</source>
        <translation>не является видом складского документа</translation>
    </message>
    <message>
        <source>is posted by production orders only</source>
        <translation>проводится только заказами на производство</translation>
    </message>
    <message>
        <source>choose the warehouse the goods go to</source>
        <translation>выберите склад-получатель</translation>
    </message>
    <message>
        <source>must differ from the warehouse the goods leave</source>
        <translation>должен отличаться от склада-отправителя</translation>
    </message>
    <message>
        <source>say why the goods are written off</source>
        <translation>укажите причину списания</translation>
    </message>
    <message>
        <source>only a shipment consumes a reservation</source>
        <translation>резерв снимается только отгрузкой</translation>
    </message>
    <message>
        <source>is not a client</source>
        <translation>не является клиентом</translation>
    </message>
    <message>
        <source>is not a lot of this product</source>
        <translation>не является партией этого товара</translation>
    </message>
    <message>
        <source>a document&apos;s kind cannot change</source>
        <translation>вид документа изменить нельзя</translation>
    </message>
    <message>
        <source>Stock valuation at {at:%Y-%m-%d %H:%M} UTC</source>
        <translation>Оценка запасов на {at:%Y-%m-%d %H:%M} UTC</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Оценка запасов</translation>
    </message>
    <message>
        <source>a {status} document cannot become {to}</source>
        <translation>документ в статусе «{status}» не может перейти в статус «{to}»</translation>
    </message>
    <message>
        <source>{name} has no lot {lot_code}</source>
        <translation>у товара «{name}» нет партии {lot_code}</translation>
    </message>
    <message>
        <source>choose the lot of {name}</source>
        <translation>выберите партию товара «{name}»</translation>
    </message>
    <message>
        <source>nothing was picked</source>
        <translation>ничего не отобрано</translation>
    </message>
    <message>
        <source>only a posted document can be un-posted</source>
        <translation>отменить проведение можно только у проведённого документа</translation>
    </message>
    <message>
        <source>production posted this document; it cannot be un-posted by hand</source>
        <translation>документ проведён производством; вручную отменить его проведение нельзя</translation>
    </message>
    <message>
        <source>name the order the stock is held for (at most 60 characters)</source>
        <translation>укажите заказ, под который резервируется товар (не более 60 символов)</translation>
    </message>
    <message>
        <source>choose a product kept in stock</source>
        <translation>выберите складской товар</translation>
    </message>
    <message>
        <source>{name} ({sku}) is not on this shipment</source>
        <translation>{name} ({sku}) нет в этой отгрузке</translation>
    </message>
    <message>
        <source>only {quantity:f} {unit} of {product} are left to pick</source>
        <translation>осталось отобрать только {quantity:f} {unit} товара «{product}»</translation>
    </message>
    <message>
        <source>that lot is not a lot of {name}</source>
        <translation>эта партия не относится к товару «{name}»</translation>
    </message>
    <message>
        <source>{name} ({sku}) is lot-tracked: enter its lot</source>
        <translation>{name} ({sku}) учитывается по партиям: укажите партию</translation>
    </message>
    <message>
        <source>a lot code is at most 60 characters</source>
        <translation>код партии — не более 60 символов</translation>
    </message>
    <message>
        <source>another warehouse has this name</source>
        <translation>склад с таким названием уже есть</translation>
    </message>
    <message>
        <source>must be a call, meeting, e-mail or note</source>
        <translation>должно быть: звонок, встреча, письмо или заметка</translation>
    </message>
    <message>
        <source>must be incoming, outgoing or none</source>
        <translation>должно быть: входящий, исходящий или нет</translation>
    </message>
    <message>
        <source>is in the future: log what already happened</source>
        <translation>дата в будущем: записывайте то, что уже произошло</translation>
    </message>
    <message>
        <source>is not a task of this client</source>
        <translation>не является задачей этого клиента</translation>
    </message>
    <message>
        <source>write what happened</source>
        <translation>опишите, что произошло</translation>
    </message>
    <message>
        <source>must be between 0 and {limit} minutes</source>
        <translation>должно быть от 0 до {limit} мин.</translation>
    </message>
    <message>
        <source>an interaction stays with its client</source>
        <translation>взаимодействие остаётся у своего клиента</translation>
    </message>
    <message>
        <source>unknown entry kinds: {choices}</source>
        <translation>неизвестные виды записей: {choices}</translation>
    </message>
    <message>
        <source>must be one word of at most 60 characters</source>
        <translation>должно быть одним словом не длиннее 60 символов</translation>
    </message>
    <message>
        <source>is already taken</source>
        <translation>уже занято</translation>
    </message>
    <message>
        <source>may contain only digits, spaces, + ( ) - . /</source>
        <translation>может содержать только цифры, пробелы и + ( ) - . /</translation>
    </message>
    <message>
        <source>is too short: at least {count} digits</source>
        <translation>слишком коротко: цифр должно быть не менее {count}</translation>
    </message>
    <message>
        <source>is too long: at most {count} digits</source>
        <translation>слишком длинно: цифр должно быть не более {count}</translation>
    </message>
    <message>
        <source>may have + only at the start</source>
        <translation>+ допускается только в начале</translation>
    </message>
    <message>
        <source>must be 8 to 15 digits, optionally after a two-letter country prefix</source>
        <translation>должно содержать от 8 до 15 цифр, можно с двухбуквенным префиксом страны впереди</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>The log files and crash reports are in:</source>
        <translation>Файлы журналов и отчёты о сбоях находятся в:</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Karavan</source>
        <translation>О программе Karavan</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <source>Users and roles…</source>
        <translation>Пользователи и роли…</translation>
    </message>
    <message>
        <source>Branches and departments…</source>
        <translation>Филиалы и отделы…</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Журнал аудита…</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>The first user; they will add the others. Keep the password safe.</source>
        <translation>Первый пользователь; он добавит остальных. Храните пароль в надёжном месте.</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Не менее 8 символов.</translation>
    </message>
    <message>
        <source>The password {0}.</source>
        <translation>Пароль: {0}.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>The login must be one word.</source>
        <translation>Логин должен быть одним словом.</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation>Все виды записей</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Из этапа</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Запись:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(система)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Load &amp;older</source>
        <translation>Загрузить &amp;более ранние</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>&amp;Проверить цепочку</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash: shows whether any was changed, removed or inserted after it was written</source>
        <translation>Пересчитать хеш каждой записи: показывает, была ли какая-либо запись изменена, удалена или вставлена после её создания</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>1 entry shown</source>
        <translation>Показана 1 запись</translation>
    </message>
    <message>
        <source>{n} entries shown</source>
        <translation>Показано записей: {n}</translation>
    </message>
    <message>
        <source>; older ones remain</source>
        <translation>; более ранние остаются</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Проверка цепочки…</translation>
    </message>
    <message>
        <source>The chain is intact: {n} entries checked, none changed, removed or inserted.</source>
        <translation>Цепочка цела: проверено записей — {n}, ни одна не изменена, не удалена и не вставлена.</translation>
    </message>
    <message>
        <source>No entry before it could be trusted.</source>
        <translation>Ни одной предшествующей записи доверять нельзя.</translation>
    </message>
    <message>
        <source>The entry before it is intact.</source>
        <translation>Предшествующая запись цела.</translation>
    </message>
    <message>
        <source>The {n} entries before it are intact.</source>
        <translation>Предшествующие записи ({n}) целы.</translation>
    </message>
    <message>
        <source>The chain is broken at entry {n}: {reason}.</source>
        <translation>Цепочка нарушена на записи {n}: {reason}.</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>журнал аудита</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Automation rule</source>
        <translation>Правило автоматизации</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Банковский счёт</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>Спецификация</translation>
    </message>
    <message>
        <source>Bill of materials line</source>
        <translation>Строка спецификации</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Отметка о прогрессе</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Client merge</source>
        <translation>Объединение клиентов</translation>
    </message>
    <message>
        <source>Client price terms</source>
        <translation>Ценовые условия клиента</translation>
    </message>
    <message>
        <source>Client tag</source>
        <translation>Метка клиента</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Contact channel</source>
        <translation>Канал связи</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Курс валюты</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Deal line</source>
        <translation>Строка сделки</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Document layout</source>
        <translation>Макет документа</translation>
    </message>
    <message>
        <source>Document line</source>
        <translation>Строка документа</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Ключевой результат</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Payment allocation</source>
        <translation>Разнесение платежа</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Production order</source>
        <translation>Заказ на производство</translation>
    </message>
    <message>
        <source>Production order line</source>
        <translation>Строка производственного заказа</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Role permission</source>
        <translation>Право роли</translation>
    </message>
    <message>
        <source>Sales plan</source>
        <translation>План продаж</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Stock document line</source>
        <translation>Строка складского документа</translation>
    </message>
    <message>
        <source>Stock document</source>
        <translation>Складской документ</translation>
    </message>
    <message>
        <source>Supplier&apos;s product</source>
        <translation>Товар поставщика</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активно</translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation>Фактический адрес</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Кредитный лимит</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Сумма без НДС</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родительская категория</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Дата платежа</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Проведён</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>Закупочная цена</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Цена продажи</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Запущена</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>To warehouse</source>
        <translation>Склад-получатель</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Себестоимость единицы</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Отписан от рассылок</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>VAT mode</source>
        <translation>Режим НДС</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>Вес, кг</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The connection “{0}” now opens {1}. Start Karavan again to work in it.</source>
        <translation>Подключение «{0}» теперь открывает {1}. Перезапустите Karavan, чтобы работать в ней.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Every day (at start when the last one is older)</source>
        <translation>Каждый день (при запуске, если последняя копия старше)</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Каждую неделю</translation>
    </message>
    <message>
        <source>Off: only on demand</source>
        <translation>Выкл.: только вручную</translation>
    </message>
    <message>
        <source>Encrypt backups with a password</source>
        <translation>Шифровать резервные копии паролем</translation>
    </message>
    <message>
        <source>Remember the password on this computer (system keyring), so scheduled backups can be encrypted</source>
        <translation>Запомнить пароль на этом компьютере (системное хранилище ключей), чтобы копии по расписанию можно было шифровать</translation>
    </message>
    <message>
        <source>Keep the password somewhere safe: a lost password means a lost backup. Nobody, not even Karavan&apos;s makers, can open it without the password.</source>
        <translation>Храните пароль в надёжном месте: потерянный пароль — потерянная копия. Никто, даже разработчики Karavan, не откроет её без пароля.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Расписание:</translation>
    </message>
    <message>
        <source>Keep daily:</source>
        <translation>Хранить ежедневные копии:</translation>
    </message>
    <message>
        <source>Keep monthly:</source>
        <translation>Хранить ежемесячные копии:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <source>Settings of this computer for {db}</source>
        <translation>Настройки этого компьютера для {db}</translation>
    </message>
    <message>
        <source>Backups of this server need the PostgreSQL client tools: </source>
        <translation>Для резервного копирования этого сервера нужны клиентские утилиты PostgreSQL: </translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>Восстановить из файла…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password is asked each time, and scheduled backups wait while encryption is on</source>
        <translation>На этом компьютере нет системного хранилища ключей: пароль запрашивается каждый раз, а копии по расписанию ждут, пока включено шифрование</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>Пароль должен содержать не менее {n} символов.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Settings saved. Scheduled backups wait until the password is kept on this computer; Back up now uses the password typed here.</source>
        <translation>Настройки сохранены. Копии по расписанию ждут, пока пароль не будет сохранён на этом компьютере; «Создать копию сейчас» использует введённый здесь пароль.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>Type the password (twice) to make an encrypted backup.</source>
        <translation>Введите пароль (дважды), чтобы создать зашифрованную копию.</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Пароль резервной копии</translation>
    </message>
    <message>
        <source>The password of {file}:</source>
        <translation>Пароль файла {file}:</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>Выберите папку для резервных копий.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <source>Backup made and checked: {file} ({size}, {rows} rows).</source>
        <translation>Резервная копия создана и проверена: {file} ({size}, строк: {rows}).</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Проверка {file}…</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать {file}: {reason}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <source>Karavan backups (*{ext})</source>
        <translation>Резервные копии Karavan (*{ext})</translation>
    </message>
    <message>
        <source>a new file {0}</source>
        <translation>новый файл {0}</translation>
    </message>
    <message>
        <source>a new database {0} on the server</source>
        <translation>новую базу данных {0} на сервере</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restore the backup made {when} ({rows} rows) into {where}?

The database you work in now is not changed; the restored one is checked against the backup first.</source>
        <translation>Восстановить резервную копию от {when} (строк: {rows}) в {where}?

База данных, в которой вы сейчас работаете, не изменится; восстановленная база сначала сверяется с копией.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>Restored and verified into {target}: {tables} tables, {rows} rows.</source>
        <translation>Восстановлено и проверено в {target}: таблиц — {tables}, строк — {rows}.</translation>
    </message>
    <message>
        <source>The restored database is ready and checked:
{target}

Switch this connection to it? Karavan then closes; start it again to work in the restored database. The old one is kept as it is.</source>
        <translation>Восстановленная база данных готова и проверена:
{target}

Переключить это подключение на неё? Karavan закроется; запустите его снова, чтобы работать в восстановленной базе. Прежняя база останется без изменений.</translation>
    </message>
</context>
<context>
    <name>BarcodeLine</name>
    <message>
        <source>Scan or type a barcode</source>
        <translation>Отсканируйте или введите штрихкод</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>BomEditor</name>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Scrap %</source>
        <translation>Потери, %</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>e.g. standard, with oak legs</source>
        <translation>напр. стандарт, с дубовыми ножками</translation>
    </message>
    <message>
        <source>How many units of the product one batch of these lines makes</source>
        <translation>Сколько единиц товара даёт одна партия по этим строкам</translation>
    </message>
    <message>
        <source>Add a component, material or service: type its SKU or name</source>
        <translation>Добавьте компонент, материал или услугу: введите артикул или наименование</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Where used…</source>
        <translation>Где используется…</translation>
    </message>
    <message>
        <source>Which bills use the component of the chosen line</source>
        <translation>В каких спецификациях используется компонент выбранной строки</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Show the bill as it is saved now (your unsaved edits are dropped)</source>
        <translation>Показать спецификацию в сохранённом виде (несохранённые правки будут потеряны)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the bill (Ctrl+S)</source>
        <translation>Сохранить спецификацию (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Наименование</translation>
    </message>
    <message>
        <source>&amp;Makes</source>
        <translation>&amp;Производит</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>New bill for {name}</source>
        <translation>Новая спецификация для {name}</translation>
    </message>
    <message>
        <source>not saved yet: a new version, not active until you activate it</source>
        <translation>ещё не сохранена: новая версия, неактивна, пока вы её не активируете</translation>
    </message>
    <message>
        <source>not saved yet: add its lines and press Save</source>
        <translation>ещё не сохранена: добавьте строки и нажмите «Сохранить»</translation>
    </message>
    <message>
        <source>Version {no}</source>
        <translation>Версия {no}</translation>
    </message>
    <message>
        <source>active: production orders use it</source>
        <translation>активна: используется заказами на производство</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>неактивна</translation>
    </message>
    <message>
        <source>{unit} per batch</source>
        <translation>{unit} на партию</translation>
    </message>
    <message>
        <source>It is already on line {n}: change its quantity there.</source>
        <translation>Этот компонент уже есть в строке {n}: измените количество там.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно для заполнения</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>не является числом</translation>
    </message>
    <message>
        <source>Line {n} ({what}) · {field}: {message}</source>
        <translation>Строка {n} ({what}) · {field}: {message}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
</context>
<context>
    <name>BomLinesModel</name>
    <message>
        <source>is not a number</source>
        <translation>не является числом</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно для заполнения</translation>
    </message>
</context>
<context>
    <name>BomsView</name>
    <message>
        <source>Search products with bills (SKU or name)</source>
        <translation>Поиск товаров со спецификациями (артикул или наименование)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активная</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Only the first {n} are listed: type part of a name or SKU to find the others.</source>
        <translation>Показаны только первые {n}: введите часть наименования или артикула, чтобы найти остальные.</translation>
    </message>
    <message>
        <source>Product to make: SKU or name</source>
        <translation>Товар для производства: артикул или наименование</translation>
    </message>
    <message>
        <source>New bill</source>
        <translation>Новая спецификация</translation>
    </message>
    <message>
        <source>Start a bill of materials for the product chosen beside</source>
        <translation>Создать спецификацию для товара, выбранного рядом</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>Every version of the bills the list shows (its search) to an Excel workbook</source>
        <translation>Выгрузить все версии спецификаций из списка (с учётом поиска) в книгу Excel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Makes</source>
        <translation>Производит</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Новая версия</translation>
    </message>
    <message>
        <source>A copy of the chosen version, not active, to change</source>
        <translation>Неактивная копия выбранной версии для изменения</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Активировать</translation>
    </message>
    <message>
        <source>Production orders and MRP use the active version</source>
        <translation>Заказы на производство и MRP используют активную версию</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Удалить версию</translation>
    </message>
    <message>
        <source>Delete a version that is not active and no order was made from</source>
        <translation>Удалить неактивную версию, по которой не создавалось заказов</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Спецификация</translation>
    </message>
    <message>
        <source>Explosion</source>
        <translation>Разузлование</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Where used</source>
        <translation>Где используется</translation>
    </message>
    <message>
        <source>A bill of materials says what one batch of a product takes: materials, sub-assemblies made by their own bills, and labour or other services as cost lines.

Choose a product on the left to see its bill, or type a product to make under “Make a bill for a product” and press New bill.</source>
        <translation>Спецификация описывает, что нужно для одной партии товара: материалы, полуфабрикаты, изготавливаемые по своим спецификациям, а также работы и другие услуги как строки затрат.

Выберите товар слева, чтобы увидеть его спецификацию, или введите товар в поле «Создать спецификацию для товара» и нажмите «Новая спецификация».</translation>
    </message>
    <message>
        <source>Make a bill for a product:</source>
        <translation>Создать спецификацию для товара:</translation>
    </message>
    <message>
        <source>bills of materials</source>
        <translation>спецификации</translation>
    </message>
    <message>
        <source>No product with a bill matches “{text}”.</source>
        <translation>Нет товара со спецификацией, соответствующего «{text}».</translation>
    </message>
    <message>
        <source>No bills of materials yet — choose a product below and press New bill.</source>
        <translation>Спецификаций пока нет — выберите товар ниже и нажмите «Новая спецификация».</translation>
    </message>
    <message>
        <source>Unsaved bill</source>
        <translation>Несохранённая спецификация</translation>
    </message>
    <message>
        <source>The open bill has changes that are not saved. Drop them?</source>
        <translation>В открытой спецификации есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message>
        <source>version {no}</source>
        <translation>версия {no}</translation>
    </message>
    <message>
        <source>(not active; the sub-assemblies by their active bills)</source>
        <translation>(неактивна; полуфабрикаты — по их активным спецификациям)</translation>
    </message>
    <message>
        <source>Choose the product to make first: type its SKU or name.</source>
        <translation>Сначала выберите товар для производства: введите артикул или наименование.</translation>
    </message>
    <message>
        <source>{name} is a service: only goods kept in stock are made.</source>
        <translation>{name} — услуга: производятся только товары, хранящиеся на складе.</translation>
    </message>
    <message>
        <source>Delete version {no} of this bill? This cannot be undone.</source>
        <translation>Удалить версию {no} этой спецификации? Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>BranchesDialog</name>
    <message>
        <source>Branches and departments</source>
        <translation>Филиалы и отделы</translation>
    </message>
    <message>
        <source>Add &amp;branch</source>
        <translation>Добавить &amp;филиал</translation>
    </message>
    <message>
        <source>Add &amp;department</source>
        <translation>Добавить &amp;отдел</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Филиалы</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <source>Double-click a name (or press F2) to rename it. One branch is the head office: its people&apos;s “team” is every branch.</source>
        <translation>Дважды щёлкните наименование (или нажмите F2), чтобы переименовать. Один филиал — головной офис: «команда» его сотрудников — все филиалы.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Show the lists as they are saved now</source>
        <translation>Показать списки в сохранённом виде</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The departments of {0}, and those of no branch.</source>
        <translation>Отделы филиала {0} и отделы без филиала.</translation>
    </message>
    <message>
        <source>The departments of {0}.</source>
        <translation>Отделы филиала {0}.</translation>
    </message>
    <message>
        <source>Departments that belong to no branch.</source>
        <translation>Отделы, не относящиеся ни к одному филиалу.</translation>
    </message>
    <message>
        <source>Branch “{0}” saved.</source>
        <translation>Филиал «{0}» сохранён.</translation>
    </message>
    <message>
        <source>Department “{0}” saved.</source>
        <translation>Отдел «{0}» сохранён.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+ещё %n</numerusform>
            <numerusform>+ещё %n</numerusform>
            <numerusform>+ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлена</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Новая рассылка</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>Every campaign with its recipients&apos; counts and cost, to an Excel workbook</source>
        <translation>Выгрузить все рассылки с числом получателей и стоимостью в книгу Excel</translation>
    </message>
    <message>
        <source>Placeholders: {0}</source>
        <translation>Подстановки: {0}</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>Название*</translation>
    </message>
    <message>
        <source>Segment*</source>
        <translation>Сегмент*</translation>
    </message>
    <message>
        <source>Subject*</source>
        <translation>Тема*</translation>
    </message>
    <message>
        <source>Body*</source>
        <translation>Текст*</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Test send…</source>
        <translation>Тестовая отправка…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Время отправки</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Export recipients…</source>
        <translation>Выгрузить получателей…</translation>
    </message>
    <message>
        <source>Every recipient of this campaign and what became of their e-mail, to an Excel workbook</source>
        <translation>Выгрузить всех получателей этой рассылки и судьбу их писем в книгу Excel</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>рассылки</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>получатели</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>Этой рассылки больше нет.</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Статус: {0}</translation>
    </message>
    <message>
        <source>Recipients: {0} sent, {1} failed, {2} skipped, {3} pending</source>
        <translation>Получатели: отправлено {0}, ошибок {1}, пропущено {2}, ожидают {3}</translation>
    </message>
    <message>
        <source>Recipients are taken from the segment when sending starts.</source>
        <translation>Получатели берутся из сегмента в момент начала отправки.</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>не является числом</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Пароль SMTP</translation>
    </message>
    <message>
        <source>Password of {0} on {1}:</source>
        <translation>Пароль {0} на {1}:</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Тестовая отправка</translation>
    </message>
    <message>
        <source>Send a test e-mail to:</source>
        <translation>Отправить тестовое письмо на адрес:</translation>
    </message>
    <message>
        <source>Test e-mail sent to {0}: {1}</source>
        <translation>Тестовое письмо отправлено на {0}: {1}</translation>
    </message>
    <message>
        <source>Sent: {0} delivered, {1} refused.</source>
        <translation>Отправлено: доставлено {0}, отклонено {1}.</translation>
    </message>
    <message>
        <source>Paused: {0} delivered, {1} refused so far.</source>
        <translation>Приостановлено: пока доставлено {0}, отклонено {1}.</translation>
    </message>
</context>
<context>
    <name>CancelTaskDialog</name>
    <message>
        <source>Cancel task</source>
        <translation>Отменить задачу</translation>
    </message>
    <message>
        <source>Cancel “{0}” due {1}?</source>
        <translation>Отменить «{0}» со сроком {1}?</translation>
    </message>
    <message>
        <source>This task repeats: cancelling this occurrence creates the next one of the series.</source>
        <translation>Эта задача повторяется: отмена этого повторения создаёт следующее в серии.</translation>
    </message>
    <message>
        <source>Optional, kept as the task&apos;s result</source>
        <translation>Необязательно, сохраняется как результат задачи</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Не отменять</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Задайте новый пароль</translation>
    </message>
    <message>
        <source>Choose a new password: at least 8 characters, with letters and digits, and not your login.</source>
        <translation>Задайте новый пароль: не менее 8 символов, с буквами и цифрами, не совпадающий с логином.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Текущий пароль:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>Повторите новый пароль:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>does not match the new password</source>
        <translation>не совпадает с новым паролем</translation>
    </message>
    <message>
        <source>is not your current password</source>
        <translation>не ваш текущий пароль</translation>
    </message>
    <message>
        <source>Could not change the password: {0}</source>
        <translation>Не удалось сменить пароль: {0}</translation>
    </message>
</context>
<context>
    <name>ChangedBar</name>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Show their version; what you typed here is discarded</source>
        <translation>Показать их версию; введённое здесь будет отменено</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мою</translation>
    </message>
    <message>
        <source>Go on editing; saving will show both versions to choose from</source>
        <translation>Продолжить редактирование; при сохранении будут показаны обе версии для выбора</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <source>Changed by {who} at {when} while you were editing — reload their version, or keep yours?</source>
        <translation>Изменено пользователем {who} в {when}, пока вы редактировали, — загрузить его версию или оставить вашу?</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Проверка строк</translation>
    </message>
    <message>
        <source>Nothing is saved yet. Correct rejected rows in the lower grid and check again, or save them as an Excel file with the reason in an Error column.</source>
        <translation>Пока ничего не сохранено. Исправьте отклонённые строки в нижней таблице и проверьте снова или сохраните их в файл Excel с причиной в столбце «Ошибка».</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>Сохранить отчёт об ошибках…</translation>
    </message>
    <message>
        <source>Rejected rows: double-click a cell to correct it, then Check again.</source>
        <translation>Отклонённые строки: дважды щёлкните ячейку, чтобы исправить её, затем нажмите «Проверить снова».</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>{valid} of {rows} rows can be imported: {created} new {what}, {updated} updated.</source>
        <translation>Можно импортировать {valid} из {rows} строк: новых ({what}) — {created}, обновлённых — {updated}.</translation>
    </message>
    <message>
        <source>Rows with errors: {bad} (listed below, numbered as in Excel).</source>
        <translation>Строк с ошибками: {bad} (перечислены ниже, нумерация как в Excel).</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Ошибок нет.</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>Сохранить отчёт об ошибках</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Rejected rows saved ({n}) to {path}.</source>
        <translation>Отклонённые строки ({n}) сохранены в {path}.</translation>
    </message>
</context>
<context>
    <name>ClerkPinsDialog</name>
    <message>
        <source>Clerk PINs</source>
        <translation>PIN-коды кладовщиков</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Задан</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задан</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>New &amp;PIN (4–8 digits):</source>
        <translation>Новый &amp;PIN-код (4–8 цифр):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите его:</translation>
    </message>
    <message>
        <source>Set &amp;PIN</source>
        <translation>Задать &amp;PIN-код</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>Сначала выберите пользователя в списке.</translation>
    </message>
    <message>
        <source>the two PINs differ</source>
        <translation>PIN-коды не совпадают</translation>
    </message>
    <message>
        <source>The PIN of {name} is set.</source>
        <translation>PIN-код пользователя {name} задан.</translation>
    </message>
</context>
<context>
    <name>ClerkScreen</name>
    <message>
        <source>F5 Receipt · F6 Shipment picking · F7 Inventory count · F8 Next warehouse · F2 Switch clerk · F10 Post · Esc Leave.   Quantity: type 5* and then scan.</source>
        <translation>F5 Приёмка · F6 Сборка отгрузки · F7 Инвентаризация · F8 Следующий склад · F2 Сменить кладовщика · F10 Провести · Esc Выход.   Количество: введите 5* и отсканируйте.</translation>
    </message>
    <message>
        <source>Scan a barcode (5* before it for 5 pieces)</source>
        <translation>Отсканируйте штрихкод (5* перед ним — 5 штук)</translation>
    </message>
    <message>
        <source>Wait: the last scans are still being saved.</source>
        <translation>Подождите: последние сканирования ещё сохраняются.</translation>
    </message>
    <message>
        <source>No draft shipment {number} in this warehouse.</source>
        <translation>На этом складе нет черновика отгрузки {number}.</translation>
    </message>
    <message>
        <source>“{text}” is not a quantity and a code. Type 5* and then scan.</source>
        <translation>«{text}» — это не количество с кодом. Введите 5* и отсканируйте.</translation>
    </message>
    <message>
        <source>Choose what you are doing first: F5 Receipt, F6 Shipment picking, F7 Inventory count. Not saved: {code}</source>
        <translation>Сначала выберите операцию: F5 Приёмка, F6 Сборка отгрузки, F7 Инвентаризация. Не сохранено: {code}</translation>
    </message>
    <message>
        <source>Not saved: {code}</source>
        <translation>Не сохранено: {code}</translation>
    </message>
    <message>
        <source>There is no warehouse. Not saved: {code}</source>
        <translation>Нет ни одного склада. Не сохранено: {code}</translation>
    </message>
    <message>
        <source>Clerk: {name}</source>
        <translation>Кладовщик: {name}</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>Собрать</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Собрано</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Отгрузка</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>По учёту</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Фактически</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>{code} · exp. {date}</source>
        <translation>{code} · годен до {date}</translation>
    </message>
    <message>
        <source>RECEIPT</source>
        <translation>ПРИЁМКА</translation>
    </message>
    <message>
        <source>SHIPMENT PICKING</source>
        <translation>СБОРКА ОТГРУЗКИ</translation>
    </message>
    <message>
        <source>INVENTORY COUNT</source>
        <translation>ИНВЕНТАРИЗАЦИЯ</translation>
    </message>
    <message>
        <source>Warehouse: {name}</source>
        <translation>Склад: {name}</translation>
    </message>
    <message>
        <source>Choose a mode: F5 / F6 / F7</source>
        <translation>Выберите режим: F5 / F6 / F7</translation>
    </message>
    <message>
        <source>Document {number} · draft saved at every scan</source>
        <translation>Документ {number} · черновик сохраняется при каждом сканировании</translation>
    </message>
    <message>
        <source>Scan or type the shipment number</source>
        <translation>Отсканируйте или введите номер отгрузки</translation>
    </message>
    <message>
        <source>A new draft starts with the first scan</source>
        <translation>Новый черновик создаётся при первом сканировании</translation>
    </message>
    <message>
        <source>F5 Receipt   ·   F6 Shipment picking   ·   F7 Inventory count</source>
        <translation>F5 Приёмка   ·   F6 Сборка отгрузки   ·   F7 Инвентаризация</translation>
    </message>
    <message>
        <source>No draft shipments to pick in this warehouse.</source>
        <translation>На этом складе нет черновиков отгрузки для сборки.</translation>
    </message>
    <message>
        <source>Nothing scanned yet.</source>
        <translation>Пока ничего не отсканировано.</translation>
    </message>
    <message>
        <source>{name} is scanning now.</source>
        <translation>Сейчас сканирует {name}.</translation>
    </message>
    <message>
        <source>There is nothing to post yet.</source>
        <translation>Пока нечего проводить.</translation>
    </message>
    <message>
        <source>Post {number} now? Stock will change.</source>
        <translation>Провести {number} сейчас? Остатки изменятся.</translation>
    </message>
    <message>
        <source>Posted {number}.</source>
        <translation>Проведён {number}.</translation>
    </message>
    <message>
        <source>Leave the clerk screen? Everything scanned is saved in the draft.</source>
        <translation>Выйти с экрана кладовщика? Всё отсканированное сохранено в черновике.</translation>
    </message>
    <message>
        <source>Some scans are still being saved. Leave anyway?</source>
        <translation>Некоторые сканирования ещё сохраняются. Всё равно выйти?</translation>
    </message>
</context>
<context>
    <name>ClerkSwitchDialog</name>
    <message>
        <source>Switch clerk</source>
        <translation>Сменить кладовщика</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN-код:</translation>
    </message>
</context>
<context>
    <name>ClientCardWidget</name>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Who changed this client, when, and what</source>
        <translation>Кто, когда и что изменил в этом клиенте</translation>
    </message>
    <message>
        <source>e.g. OGRN, KPP, trade register number</source>
        <translation>напр. ОГРН, КПП, номер в торговом реестре</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Холодный звонок</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Returning client</source>
        <translation>Повторный клиент</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>The language quotes, invoices and other documents for this client print in</source>
        <translation>Язык, на котором печатаются предложения, счета и другие документы этого клиента</translation>
    </message>
    <message>
        <source>Company default</source>
        <translation>Как в настройках компании</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>Название*</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Registration numbers</source>
        <translation>Регистрационные номера</translation>
    </message>
    <message>
        <source>Documents language</source>
        <translation>Язык документов</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>Ответственный менеджер</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Contacts &amp;&amp; channels</source>
        <translation>Контакты &amp;&amp; каналы связи</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Банковские счета</translation>
    </message>
    <message>
        <source>Save the client to start its timeline.</source>
        <translation>Сохраните клиента, чтобы начать его ленту событий.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Лента событий</translation>
    </message>
    <message>
        <source>Calls, meetings, notes, tasks, deals and requests (Ctrl+L logs a call)</source>
        <translation>Звонки, встречи, заметки, задачи, сделки и обращения (Ctrl+L — записать звонок)</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Не загружено</translation>
    </message>
    <message>
        <source>The client could not be loaded.</source>
        <translation>Не удалось загрузить клиента.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>— not saved yet</source>
        <translation>— ещё не сохранён</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>changed by {who} at {when}</source>
        <translation>изменён: {who}, {when}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Bring the client back to everyday lists</source>
        <translation>Вернуть клиента в повседневные списки</translation>
    </message>
    <message>
        <source>Hide the client from everyday lists; history is kept</source>
        <translation>Скрыть клиента из повседневных списков; история сохраняется</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>Клиент: {name}</translation>
    </message>
    <message>
        <source>New client: {name}</source>
        <translation>Новый клиент: {name}</translation>
    </message>
    <message>
        <source>Client #{id}</source>
        <translation>Клиент №{id}</translation>
    </message>
    <message>
        <source>Your role does not show the timeline.</source>
        <translation>Ваша роль не позволяет просматривать ленту событий.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Маркетинг</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалён</translation>
    </message>
    <message>
        <source>· this client no longer exists (it was merged or deleted)</source>
        <translation>· этого клиента больше нет (он объединён с другим или удалён)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes. Save them before closing?</source>
        <translation>В «{name}» есть несохранённые изменения. Сохранить их перед закрытием?</translation>
    </message>
</context>
<context>
    <name>ClientDocumentsPanel</name>
    <message>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Выставлено счетов</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Unallocated credit</source>
        <translation>Нераспределённый аванс</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Кредитный лимит</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Новый счёт</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
    <message>
        <source>Register payment…</source>
        <translation>Зарегистрировать платёж…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Credit limit…</source>
        <translation>Кредитный лимит…</translation>
    </message>
    <message>
        <source>The most this client may owe (empty: no limit); set by users who may confirm beyond it</source>
        <translation>Наибольший допустимый долг клиента (пусто — без лимита); задают пользователи с правом подтверждать сверх лимита</translation>
    </message>
    <message>
        <source>Reconciliation statement…</source>
        <translation>Акт сверки…</translation>
    </message>
    <message>
        <source>The statement of mutual settlements for the period, as PDF</source>
        <translation>Акт сверки взаиморасчётов за период в PDF</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>No documents for this client yet.</source>
        <translation>Для этого клиента пока нет документов.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The balance is over the credit limit by {0}.</source>
        <translation>Сальдо превышает кредитный лимит на {0}.</translation>
    </message>
    <message>
        <source>Reconciliation statement: {0}</source>
        <translation>Акт сверки: {0}</translation>
    </message>
</context>
<context>
    <name>ClientMarketingPanel</name>
    <message>
        <source>Does not want campaign e-mails (unsubscribed)</source>
        <translation>Не хочет получать рассылки (отписан)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Время отправки</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>No campaigns were sent to this client yet.</source>
        <translation>Этому клиенту пока не отправлялось рассылок.</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>campaign «{0}»</source>
        <translation>рассылка «{0}»</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Type to search suppliers…</source>
        <translation>Введите для поиска поставщиков…</translation>
    </message>
    <message>
        <source>Type to search clients…</source>
        <translation>Введите для поиска клиентов…</translation>
    </message>
</context>
<context>
    <name>ClientPricingPanel</name>
    <message>
        <source>explicit price</source>
        <translation>заданная цена</translation>
    </message>
    <message>
        <source>list rule</source>
        <translation>правило прайс-листа</translation>
    </message>
    <message>
        <source>product&apos;s sale price</source>
        <translation>цена продажи товара</translation>
    </message>
    <message>
        <source>Save pricing</source>
        <translation>Сохранить цены</translation>
    </message>
    <message>
        <source>SKU, then Enter</source>
        <translation>Артикул, затем Enter</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <source>Personal discount, %</source>
        <translation>Персональная скидка, %</translation>
    </message>
    <message>
        <source>Sample price</source>
        <translation>Пример цены</translation>
    </message>
    <message>
        <source>{name} (base)</source>
        <translation>{name} (базовый)</translation>
    </message>
    <message>
        <source>{name} (archived: base prices apply)</source>
        <translation>{name} (в архиве: действуют базовые цены)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>No product with this SKU.</source>
        <translation>Нет товара с таким артикулом.</translation>
    </message>
    <message>
        <source>{name}: {price}&#xa0;{cur} on “{list}” ({source}) −&#xa0;{discount}&#xa0;% = {final}&#xa0;{cur}</source>
        <translation>{name}: {price} {cur} по «{list}» ({source}) − {discount} % = {final} {cur}</translation>
    </message>
</context>
<context>
    <name>ClientRequestsPanel</name>
    <message>
        <source>New request</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>Every request of this client to an Excel workbook</source>
        <translation>Выгрузить все обращения этого клиента в книгу Excel</translation>
    </message>
    <message>
        <source>No service requests from this client.</source>
        <translation>От этого клиента нет обращений.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n обращение</numerusform>
            <numerusform>%n обращения</numerusform>
            <numerusform>%n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>service requests</source>
        <translation>обращения</translation>
    </message>
</context>
<context>
    <name>ClientsWorkspace</name>
    <message>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>New client (Ctrl+N)</source>
        <translation>Новый клиент (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the selected client (Enter)</source>
        <translation>Открыть выбранного клиента (Enter)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <source>Positions…</source>
        <translation>Должности…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>Search by name, phone, e-mail, tax ID…</source>
        <translation>Поиск по наименованию, телефону, эл. почте, ИНН…</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <source>Clients: {0}</source>
        <translation>Клиентов: {0}</translation>
    </message>
    <message>
        <source>Nothing matches “{0}”.</source>
        <translation>Ничего не найдено по запросу «{0}».</translation>
    </message>
    <message>
        <source>No clients match these filters.</source>
        <translation>Нет клиентов, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <source>No clients yet.
Press Ctrl+N to add the first one.</source>
        <translation>Клиентов пока нет.
Нажмите Ctrl+N, чтобы добавить первого.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>клиенты</translation>
    </message>
</context>
<context>
    <name>ComingLaterPage</name>
    <message>
        <source>This area is coming in a later version of Karavan.</source>
        <translation>Этот раздел появится в одной из следующих версий Karavan.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Welcome to Karavan</source>
        <translation>Добро пожаловать в Karavan</translation>
    </message>
    <message>
        <source>This database is new. Tell Karavan whose it is; you can change it later.</source>
        <translation>Это новая база данных. Укажите Karavan, чья она; это можно изменить позже.</translation>
    </message>
    <message>
        <source>e.g. Caravan Trading LLC</source>
        <translation>напр. ООО «Караван Трейдинг»</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Название организации:</translation>
    </message>
</context>
<context>
    <name>CompanySettingsDialog</name>
    <message>
        <source>Company settings</source>
        <translation>Настройки организации</translation>
    </message>
    <message>
        <source>Prices exclude VAT (VAT is added on top)</source>
        <translation>Цены без НДС (НДС начисляется сверху)</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Цены включают НДС</translation>
    </message>
    <message>
        <source>Solar Hijri (1405/09/12)</source>
        <translation>Солнечная хиджра (1405/09/12)</translation>
    </message>
    <message>
        <source>Gregorian (2026/12/03)</source>
        <translation>Григорианский (2026/12/03)</translation>
    </message>
    <message>
        <source>The calendar documents printed in Persian are dated in</source>
        <translation>Календарь, в котором датируются документы на фарси</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Empty: the standard contract text. Fields: {number}, {date}, {company}, {company_tax_id}, {company_address}, {director}, {client}, {client_tax_id}, {total}, {currency}, {total_words}, {payment_days}</source>
        <translation>Пусто — стандартный текст договора. Поля: {number}, {date}, {company}, {company_tax_id}, {company_address}, {director}, {client}, {client_tax_id}, {total}, {currency}, {total_words}, {payment_days}</translation>
    </message>
    <message>
        <source>{prefix} (INV, ORD…), {series}, {year} and {seq} (the running number; {seq:06d} pads it to six digits)</source>
        <translation>{prefix} (INV, ORD…), {series}, {year} и {seq} (порядковый номер; {seq:06d} дополняет его нулями до шести цифр)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>Название*</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Registration numbers</source>
        <translation>Регистрационные номера</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation>Фактический адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Requisites</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>BIC / SWIFT</source>
        <translation>БИК / SWIFT</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation>Главный бухгалтер</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Ответственные лица</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Persian documents dated in</source>
        <translation>Календарь документов на фарси</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Формат номера</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>Пример номера</translation>
    </message>
    <message>
        <source>Payment within</source>
        <translation>Оплата в течение</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Нижний колонтитул</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>The text a contract prints, with fields in braces filled in for the client; a blank line starts a new paragraph. An unknown field prints as typed.</source>
        <translation>Текст, который печатается в договоре; поля в фигурных скобках заполняются данными клиента; пустая строка начинает новый абзац. Неизвестное поле печатается как введено.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Cannot be used: {0}</source>
        <translation>Нельзя использовать: {0}</translation>
    </message>
</context>
<context>
    <name>CompleteQuantityDialog</name>
    <message>
        <source>Complete {number}</source>
        <translation>Выпуск {number}</translation>
    </message>
    <message>
        <source>Left to make: {left} {unit}. Completing posts the components&apos; consumption and the output into stock; a part leaves the order in progress.</source>
        <translation>Осталось произвести: {left} {unit}. Выпуск проводит списание компонентов и оприходование продукции на склад; при частичном выпуске заказ остаётся в работе.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Выпустить</translation>
    </message>
    <message>
        <source>Made now:</source>
        <translation>Выпущено сейчас:</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete: {0}</source>
        <translation>Выполнить: {0}</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Как всё прошло?</translation>
    </message>
    <message>
        <source>Create follow-up</source>
        <translation>Создать следующую задачу</translation>
    </message>
    <message>
        <source>Follow-up: {0}</source>
        <translation>Следующая задача: {0}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Выполнить</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The client was changed by someone else</source>
        <translation>Клиента изменил другой пользователь</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <source>Changed by {who} at {when}. Choose which value to keep for each field.</source>
        <translation>Изменено пользователем {who} в {when}. Выберите, какое значение оставить для каждого поля.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Их значение</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>Моё значение</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Оставить их</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Your values are the same as theirs.</source>
        <translation>Ваши значения совпадают с их значениями.</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>Сохранить с этим выбором</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Загрузить их версию</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection to the server lost — reconnecting… What you type is kept; nothing is saved until the connection is back.</source>
        <translation>Соединение с сервером потеряно — переподключение… Введённое сохраняется; ничего не будет записано, пока соединение не восстановится.</translation>
    </message>
    <message>
        <source>Reconnected. Lists are being refreshed; save again anything that was not saved.</source>
        <translation>Соединение восстановлено. Списки обновляются; сохраните ещё раз всё, что не было сохранено.</translation>
    </message>
</context>
<context>
    <name>ConversionView</name>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>The stages and the lost reasons of this period to an Excel workbook</source>
        <translation>Выгрузить этапы и причины проигрыша за этот период в книгу Excel</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>the conversion</source>
        <translation>конверсия</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Вошло</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Перешло дальше</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(без причины)</translation>
    </message>
    <message>
        <source>Deals entering each stage</source>
        <translation>Сделки, вошедшие в каждый этап</translation>
    </message>
</context>
<context>
    <name>CurrencyRatesDialog</name>
    <message>
        <source>Currency rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>e.g. 1.0845</source>
        <translation>напр. 1.0845</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Добавить курс</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>Units of {0} for one unit of the currency, from the date on (a document takes the latest rate on or before its date).</source>
        <translation>Сколько единиц {0} стоит одна единица валюты начиная с этой даты (документ берёт последний курс на свою дату или ранее).</translation>
    </message>
    <message>
        <source>Replace that day&apos;s rate</source>
        <translation>Заменить курс за этот день</translation>
    </message>
</context>
<context>
    <name>CustomiseDialog</name>
    <message>
        <source>Customise dashboard</source>
        <translation>Настройка сводки</translation>
    </message>
    <message>
        <source>Tick the tiles to show; drag them, or use Up and Down, to change their order.</source>
        <translation>Отметьте плитки для показа; перетаскивайте их или используйте «Вверх» и «Вниз», чтобы изменить порядок.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
</context>
<context>
    <name>DashboardWorkspace</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Refresh every tile (F5)</source>
        <translation>Обновить все плитки (F5)</translation>
    </message>
    <message>
        <source>Customise…</source>
        <translation>Настроить…</translation>
    </message>
    <message>
        <source>Refresh dashboard</source>
        <translation>Обновить сводку</translation>
    </message>
    <message>
        <source>No tiles chosen. Use Customise… to pick what the dashboard shows.</source>
        <translation>Плитки не выбраны. Выберите командой «Настроить…», что показывать на сводке.</translation>
    </message>
    <message>
        <source>Could not read your dashboard layout; showing every tile.</source>
        <translation>Не удалось прочитать макет вашей сводки; показываются все плитки.</translation>
    </message>
</context>
<context>
    <name>DealCardModel</name>
    <message>
        <source>In this stage: {0}</source>
        <translation>На этом этапе: {0}</translation>
    </message>
    <message>
        <source>The expected close date has passed</source>
        <translation>Ожидаемая дата закрытия прошла</translation>
    </message>
    <message>
        <source>A task for this deal is overdue</source>
        <translation>Задача по этой сделке просрочена</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>Title*</source>
        <translation>Название*</translation>
    </message>
    <message>
        <source>Client*</source>
        <translation>Клиент*</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Probability, %</source>
        <translation>Вероятность, %</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Записать взаимодействие…</translation>
    </message>
    <message>
        <source>Record a call, meeting, e-mail or note about this deal</source>
        <translation>Записать звонок, встречу, письмо или заметку по этой сделке</translation>
    </message>
    <message>
        <source>Create quote</source>
        <translation>Создать КП</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>Создать заказ</translation>
    </message>
    <message>
        <source>A draft from the saved deal&apos;s client and product lines</source>
        <translation>Черновик по клиенту и товарным строкам сохранённой сделки</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>История изменений…</translation>
    </message>
    <message>
        <source>Every change to this deal: who, when and what</source>
        <translation>Все изменения этой сделки: кто, когда и что</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>SKU or barcode, then Enter</source>
        <translation>Артикул или штрихкод, затем Enter</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>No products: the deal&apos;s amount is typed on the Deal tab. Type a SKU and press Enter to add a line priced for the client.</source>
        <translation>Нет товаров: сумма сделки вводится на вкладке «Сделка». Введите артикул и нажмите Enter, чтобы добавить строку с ценой для клиента.</translation>
    </message>
    <message>
        <source>Type a product&apos;s SKU or barcode first.</source>
        <translation>Сначала введите артикул или штрихкод товара.</translation>
    </message>
    <message>
        <source>No product with the SKU or barcode “{0}”.</source>
        <translation>Нет товара с артикулом или штрихкодом «{0}».</translation>
    </message>
    <message>
        <source>The sum of the product lines</source>
        <translation>Сумма товарных строк</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>Итого: {0}</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Deal: {0}</source>
        <translation>Сделка: {0}</translation>
    </message>
    <message>
        <source>Stage default: {0} %</source>
        <translation>По умолчанию для этапа: {0} %</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>не является числом</translation>
    </message>
    <message>
        <source>Documents made from this deal and from each other; Create quote or Create order starts the chain.</source>
        <translation>Документы, созданные из этой сделки и друг из друга; цепочку начинают «Создать КП» или «Создать заказ».</translation>
    </message>
    <message>
        <source>Their changes are filled in where you had not changed a field. Check, then save again.</source>
        <translation>Их изменения подставлены там, где вы не меняли поле. Проверьте и сохраните ещё раз.</translation>
    </message>
    <message>
        <source>Products: see the Products tab</source>
        <translation>Товары: см. вкладку «Товары»</translation>
    </message>
    <message>
        <source>product</source>
        <translation>товар</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>скидка</translation>
    </message>
    <message>
        <source>Line {0}, {1}: {2}</source>
        <translation>Строка {0}, {1}: {2}</translation>
    </message>
</context>
<context>
    <name>DealHistoryView</name>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>The stage changes to an Excel workbook</source>
        <translation>Выгрузить смены этапов в книгу Excel</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Смены этапов</translation>
    </message>
    <message>
        <source>Time in each stage</source>
        <translation>Время на каждом этапе</translation>
    </message>
    <message>
        <source>the deal&apos;s history</source>
        <translation>история сделки</translation>
    </message>
</context>
<context>
    <name>DealLinesModel</name>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>не является числом</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно для заполнения</translation>
    </message>
</context>
<context>
    <name>DealListView</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Взвешенная</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Дней на этапе</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>An open task is past due</source>
        <translation>Открытая задача просрочена</translation>
    </message>
    <message>
        <source>No deals match the filters.</source>
        <translation>Нет сделок, соответствующих фильтрам.</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>The deals the list shows (its filters and sort), to an Excel workbook</source>
        <translation>Выгрузить сделки из списка (с его фильтрами и сортировкой) в книгу Excel</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>сделки</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>By payment terms</source>
        <translation>По условиям оплаты</translation>
    </message>
    <message>
        <source>The document date plus the company&apos;s payment days</source>
        <translation>Дата документа плюс срок оплаты организации в днях</translation>
    </message>
    <message>
        <source>from the rates table</source>
        <translation>из таблицы курсов</translation>
    </message>
    <message>
        <source>Prices exclude VAT</source>
        <translation>Цены без НДС</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Цены включают НДС</translation>
    </message>
    <message>
        <source>The language the document prints in</source>
        <translation>Язык, на котором печатается документ</translation>
    </message>
    <message>
        <source>The client&apos;s language</source>
        <translation>Язык клиента</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Курс:</translation>
    </message>
    <message>
        <source>Client*</source>
        <translation>Клиент*</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Warehouse*</source>
        <translation>Склад*</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Prints in</source>
        <translation>Язык печати</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Цепочка</translation>
    </message>
    <message>
        <source>Add a product or service: type its SKU or name, Enter</source>
        <translation>Добавьте товар или услугу: введите артикул или наименование, Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Line without product</source>
        <translation>Строка без товара</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Cancel document</source>
        <translation>Отменить документ</translation>
    </message>
    <message>
        <source>Create from…</source>
        <translation>Создать на основании…</translation>
    </message>
    <message>
        <source>Register payment…</source>
        <translation>Зарегистрировать платёж…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Show the document as it is saved now (your unsaved edits are dropped)</source>
        <translation>Показать документ в сохранённом виде (несохранённые правки будут потеряны)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Отправить по эл. почте…</translation>
    </message>
    <message>
        <source>E-mail the PDF to the client; logged on the client&apos;s timeline</source>
        <translation>Отправить PDF клиенту по эл. почте; записывается в ленту событий клиента</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Отметить как отправленный</translation>
    </message>
    <message>
        <source>Printed and handed over: from now on the document is locked</source>
        <translation>Напечатан и передан: с этого момента документ заблокирован</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>The document as saved</source>
        <translation>Документ в сохранённом виде</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Сохранить черновик (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save, take the number and make it count (Ctrl+Enter)</source>
        <translation>Сохранить, присвоить номер и учесть (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Supplier*</source>
        <translation>Поставщик*</translation>
    </message>
    <message>
        <source>Receive into*</source>
        <translation>Принять на склад*</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>outstanding {0}</source>
        <translation>к оплате {0}</translation>
    </message>
    <message>
        <source>sent {0}</source>
        <translation>отправлен {0}</translation>
    </message>
    <message>
        <source>deal: {0}</source>
        <translation>сделка: {0}</translation>
    </message>
    <message>
        <source>Not linked to other documents yet; those made from it appear here.</source>
        <translation>Пока не связан с другими документами; созданные на его основании появятся здесь.</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <source>on</source>
        <translation>с</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>VAT {0} %</source>
        <translation>НДС {0} %</translation>
    </message>
    <message>
        <source>Lines without a price are left out until saved.</source>
        <translation>Строки без цены не учитываются, пока документ не сохранён.</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode “{code}”.</source>
        <translation>Нет товара с артикулом или штрихкодом «{code}».</translation>
    </message>
    <message>
        <source>choose a client from the list</source>
        <translation>выберите клиента из списка</translation>
    </message>
    <message>
        <source>Line {n} ({what}): {message}</source>
        <translation>Строка {n} ({what}): {message}</translation>
    </message>
    <message>
        <source>Cancel {kind} {number}? It keeps its number and stays in the list as cancelled; what confirming did is undone.</source>
        <translation>Отменить {kind} {number}? Документ сохранит номер и останется в списке как отменённый; результаты подтверждения будут отменены.</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(черновик)</translation>
    </message>
    <message>
        <source>{title} · not saved yet</source>
        <translation>{title} · ещё не сохранено</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Сохранено в {0}</translation>
    </message>
</context>
<context>
    <name>DocumentLayoutsDialog</name>
    <message>
        <source>Document layouts</source>
        <translation>Макеты документов</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Stamp and signature</source>
        <translation>Печать и подпись</translation>
    </message>
    <message>
        <source>SKU column</source>
        <translation>Столбец «Артикул»</translation>
    </message>
    <message>
        <source>Discount column</source>
        <translation>Столбец «Скидка»</translation>
    </message>
    <message>
        <source>VAT column and VAT totals</source>
        <translation>Столбец НДС и итоги по НДС</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Банковские реквизиты</translation>
    </message>
    <message>
        <source>Left of the company block</source>
        <translation>Слева от блока организации</translation>
    </message>
    <message>
        <source>Right of the company block</source>
        <translation>Справа от блока организации</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <source>empty: the type&apos;s usual title</source>
        <translation>пусто — обычный заголовок этого типа</translation>
    </message>
    <message>
        <source>empty: the company&apos;s document footer</source>
        <translation>пусто — нижний колонтитул документов организации</translation>
    </message>
    <message>
        <source>What prints</source>
        <translation>Что печатать</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Нижний колонтитул</translation>
    </message>
    <message>
        <source>The preview uses the latest document of the type, or a sample one; Save stores the layouts of every type you changed.</source>
        <translation>Предпросмотр использует последний документ этого типа или образец; «Сохранить» сохраняет макеты всех изменённых типов.</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Формирование предпросмотра…</translation>
    </message>
    <message numerus="yes">
        <source>Preview — {0}, %n page(s)</source>
        <translation>
            <numerusform>Предпросмотр — {0}, страниц: %n</numerusform>
            <numerusform>Предпросмотр — {0}, страниц: %n</numerusform>
            <numerusform>Предпросмотр — {0}, страниц: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: correct the highlighted fields.</source>
        <translation>Предпросмотра нет: исправьте выделенные поля.</translation>
    </message>
</context>
<context>
    <name>DocumentLinesModel</name>
    <message>
        <source>is not a number</source>
        <translation>не является числом</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно для заполнения</translation>
    </message>
</context>
<context>
    <name>DocumentsWorkspace</name>
    <message>
        <source>Save PDFs into</source>
        <translation>Сохранить PDF в</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Create from</source>
        <translation>Создать на основании</translation>
    </message>
    <message>
        <source>Register payment</source>
        <translation>Зарегистрировать платёж</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Открыть клиента</translation>
    </message>
    <message>
        <source>Save PDFs…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save the selected documents as PDF files into a folder (Ctrl or Shift + click selects several)</source>
        <translation>Сохранить выбранные документы в PDF-файлы в папку (Ctrl или Shift + щелчок выбирает несколько)</translation>
    </message>
    <message>
        <source>Print selected…</source>
        <translation>Печать выбранных…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>Export the documents the list shows to Excel (Ctrl+E)</source>
        <translation>Выгрузить документы из списка в Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Из этапа</translation>
    </message>
    <message>
        <source>Search number or client…</source>
        <translation>Поиск по номеру или клиенту…</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>No documents match the filters. Make one with New, or from a deal (Create quote / Create order).</source>
        <translation>Нет документов, соответствующих фильтрам. Создайте документ кнопкой «Создать» или из сделки («Создать КП» / «Создать заказ»).</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved or printed</source>
        <translation>Отменено: ничего не сохранено и не напечатано</translation>
    </message>
    <message numerus="yes">
        <source>Saved {n} of %n document(s) to {folder}</source>
        <translation>
            <numerusform>Сохранено документов: {n} из %n в {folder}</numerusform>
            <numerusform>Сохранено документов: {n} из %n в {folder}</numerusform>
            <numerusform>Сохранено документов: {n} из %n в {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n document(s) as PDF…</source>
        <translation>
            <numerusform>Сохранение документов в PDF (%n)…</numerusform>
            <numerusform>Сохранение документов в PDF (%n)…</numerusform>
            <numerusform>Сохранение документов в PDF (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n document(s), {p} page(s)</source>
        <translation>
            <numerusform>Напечатано документов: %n, страниц: {p}</numerusform>
            <numerusform>Напечатано документов: %n, страниц: {p}</numerusform>
            <numerusform>Напечатано документов: %n, страниц: {p}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n document(s) for printing…</source>
        <translation>
            <numerusform>Подготовка документов к печати (%n)…</numerusform>
            <numerusform>Подготовка документов к печати (%n)…</numerusform>
            <numerusform>Подготовка документов к печати (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>documents</source>
        <translation>документы</translation>
    </message>
    <message>
        <source>Cancel {kind} {number}? It keeps its number and stays in the list as cancelled.</source>
        <translation>Отменить {kind} {number}? Документ сохранит номер и останется в списке как отменённый.</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(черновик)</translation>
    </message>
    <message>
        <source>Cancel document</source>
        <translation>Отменить документ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Same phone</source>
        <translation>Тот же телефон</translation>
    </message>
    <message>
        <source>Same e-mail</source>
        <translation>Тот же e-mail</translation>
    </message>
    <message>
        <source>Same tax ID</source>
        <translation>Тот же ИНН</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <source>Clients with the same phone, e-mail or tax ID already exist. Open one of them, or save this card anyway.</source>
        <translation>Клиенты с таким же телефоном, эл. почтой или ИНН уже существуют. Откройте один из них или всё равно сохраните эту карточку.</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>Открыть существующего</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>Ответственный менеджер</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Банковский счёт</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Номер счёта</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <source>Correspondent account</source>
        <translation>Корр. счёт</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Цена продажи</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>Закупочная цена</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <source>Rule, %</source>
        <translation>Правило, %</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>VAT, %</source>
        <translation>НДС, %</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Кредитный лимит</translation>
    </message>
    <message>
        <source>Payment days</source>
        <translation>Отсрочка платежа, дн.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Знаков после запятой</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родительская категория</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>Минимальный остаток</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>Вес, кг</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Партии</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Копий</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Себестоимость единицы</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <source>To warehouse</source>
        <translation>Склад-получатель</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Нумерация</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>To</source>
        <translation>В этап</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>End of period</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Горизонт планирования</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Повторять каждые</translation>
    </message>
    <message>
        <source>Repeat until</source>
        <translation>Повторять до</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Дни недели</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Нижний колонтитул</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Reason for losing</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Test address</source>
        <translation>Тестовый адрес</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Из этапа</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Почтовый сервер</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Ключевые результаты</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Supplier&apos;s SKU</source>
        <translation>Артикул поставщика</translation>
    </message>
    <message>
        <source>Lead time, days</source>
        <translation>Срок поставки, дн.</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Минимальный заказ</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>Спецификация</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Contract template</source>
        <translation>Шаблон договора</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>Documents language</source>
        <translation>Язык документов</translation>
    </message>
    <message>
        <source>Persian documents dated in</source>
        <translation>Календарь документов на фарси</translation>
    </message>
    <message>
        <source>Logo position</source>
        <translation>Положение логотипа</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Место сохранения</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Хранить ежедневных копий</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Хранить ежемесячных копий</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Database role</source>
        <translation>Роль базы данных</translation>
    </message>
    <message>
        <source>Merged client</source>
        <translation>Объединяемый клиент</translation>
    </message>
    <message>
        <source>Taken from the merged client</source>
        <translation>Взято у объединяемого клиента</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Группировка</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Права</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Виды</translation>
    </message>
    <message>
        <source>Last purchase up to</source>
        <translation>Последняя покупка до</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Позиция в списке</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Срок годности</translation>
    </message>
    <message>
        <source>{field} (line {n})</source>
        <translation>{field} (строка {n})</translation>
    </message>
    <message>
        <source>This account is locked until {time} after too many wrong passwords; ask an administrator to unlock it.</source>
        <translation>Учётная запись заблокирована до {time} после слишком многих неверных паролей; попросите администратора разблокировать её.</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields:</source>
        <translation>Исправьте выделенные поля:</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <source>This record was changed by {who} at {when} after you opened it.</source>
        <translation>Эту запись изменил {who} в {when} после того, как вы её открыли.</translation>
    </message>
    <message>
        <source>The record no longer exists — it may have been deleted or merged by another user.</source>
        <translation>Записи больше нет — возможно, другой пользователь удалил её или объединил с другой.</translation>
    </message>
    <message>
        <source>A client with the same phone, e-mail or tax ID already exists: {names}</source>
        <translation>Клиент с таким же телефоном, эл. почтой или ИНН уже существует: {names}</translation>
    </message>
    <message>
        <source>The login or password is incorrect.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {n} seconds.</source>
        <translation>Слишком много неудачных попыток. Повторите через {n} с.</translation>
    </message>
    <message>
        <source>This database was upgraded by a newer version of Karavan ({db}). Install the newer version to open it; nothing was changed.</source>
        <translation>Эта база данных обновлена более новой версией Karavan ({db}). Установите новую версию, чтобы открыть её; ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot connect to the database {target}.
{detail}</source>
        <translation>Не удаётся подключиться к базе данных {target}.
{detail}</translation>
    </message>
    <message>
        <source>The connection to the database was lost before this was done, so nothing was saved. What you entered is kept: try again once the connection is back — Karavan reconnects by itself.</source>
        <translation>Соединение с базой данных прервалось до завершения операции, поэтому ничего не сохранено. Введённые данные остались: повторите, когда соединение восстановится, — Karavan переподключится сам.</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, so Karavan cannot tell whether the save reached the server. What you entered is kept. Reload the record (or look for it in the list) before saving again, so that nothing is saved twice.</source>
        <translation>Соединение с базой данных прервалось во время сохранения, поэтому Karavan не может определить, дошло ли сохранение до сервера. Введённые данные остались. Перед повторным сохранением обновите запись (или найдите её в списке), чтобы ничего не сохранилось дважды.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Nothing was saved by this action; Karavan reconnects on the next try — check the network and try again.</source>
        <translation>Соединение с базой данных прервалось. Это действие ничего не сохранило; Karavan переподключится при следующей попытке — проверьте сеть и повторите.</translation>
    </message>
    <message>
        <source>{who} changed this {what} at {when} after you opened it. Your changes were not saved; Reload shows theirs.</source>
        <translation>{who} изменил(а) {what} в {when} после того, как вы открыли запись. Ваши изменения не сохранены; «Перезагрузить» покажет их версию.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>Другой пользователь</translation>
    </message>
    <message>
        <source>Karavan</source>
        <translation>Karavan</translation>
    </message>
    <message>
        <source>What happened: {what}</source>
        <translation>Что произошло: {what}</translation>
    </message>
    <message>
        <source>A report for the administrator was saved to:
{path}</source>
        <translation>Отчёт для администратора сохранён в:
{path}</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe: the action was not saved.</source>
        <translation>Что-то пошло не так. Ваши данные в сохранности: действие не было сохранено.</translation>
    </message>
</context>
<context>
    <name>ErrorsModel</name>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>The table below (weighted amounts by month and manager, this currency) to an Excel workbook</source>
        <translation>Выгрузить приведённую ниже таблицу (взвешенные суммы по месяцам и менеджерам, в этой валюте) в книгу Excel</translation>
    </message>
    <message>
        <source>No open deals to forecast.</source>
        <translation>Нет открытых сделок для прогноза.</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>{n} open deals · amount {amount} · weighted {weighted}</source>
        <translation>Открытых сделок: {n} · сумма {amount} · взвешенная {weighted}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>the forecast</source>
        <translation>прогноз</translation>
    </message>
    <message>
        <source>Weighted amount by expected close, {0}</source>
        <translation>Взвешенная сумма по ожидаемому закрытию, {0}</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Взвешенная</translation>
    </message>
</context>
<context>
    <name>FunnelWorkspace</name>
    <message>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Pipelines…</source>
        <translation>Воронки…</translation>
    </message>
    <message>
        <source>Edit pipelines, stages and lost reasons</source>
        <translation>Изменить воронки, этапы и причины проигрыша</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Открыть клиента</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Следующий месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Произвольный период…</translation>
    </message>
    <message>
        <source>Search deals and clients…</source>
        <translation>Поиск сделок и клиентов…</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Воронка:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Метка:</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>Закрытие:</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <source>No pipelines yet. Use “Pipelines…” to create one.</source>
        <translation>Воронок пока нет. Создайте её командой «Воронки…».</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>must be a PNG or JPEG image of at most {0} MB</source>
        <translation>должно быть изображением PNG или JPEG размером не более {0} МБ</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Everything is saved in one go: the import is never left half-done.</source>
        <translation>Всё сохраняется за один раз: импорт никогда не остаётся выполненным наполовину.</translation>
    </message>
    <message>
        <source>All or nothing: import only if every row is valid</source>
        <translation>Всё или ничего: импортировать, только если все строки верны</translation>
    </message>
    <message>
        <source>Only the valid rows: leave the rejected rows out</source>
        <translation>Только верные строки: пропустить отклонённые</translation>
    </message>
    <message>
        <source>Rejected rows left out: {bad}; rows imported: {valid}.</source>
        <translation>Пропущено отклонённых строк: {bad}; импортировано строк: {valid}.</translation>
    </message>
    <message>
        <source>All {rows} rows are valid.</source>
        <translation>Все строки ({rows}) верны.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from Excel</source>
        <translation>Импорт из Excel</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <source>products</source>
        <translation>товары</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>цены</translation>
    </message>
    <message>
        <source>stock lines</source>
        <translation>строки остатков</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Print labels</source>
        <translation>Печать этикеток</translation>
    </message>
    <message>
        <source>A4, 3 × 8 labels (70 × 37 mm)</source>
        <translation>A4, 3 × 8 этикеток (70 × 37 мм)</translation>
    </message>
    <message>
        <source>A4, 4 × 10 labels (52.5 × 29.7 mm)</source>
        <translation>A4, 4 × 10 этикеток (52,5 × 29,7 мм)</translation>
    </message>
    <message>
        <source>Single label 58 × 40 mm (label printer)</source>
        <translation>Одна этикетка 58 × 40 мм (принтер этикеток)</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) selected</source>
        <translation>
            <numerusform>Выбрано товаров: %n</numerusform>
            <numerusform>Выбрано товаров: %n</numerusform>
            <numerusform>Выбрано товаров: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <source>Copies of each</source>
        <translation>Копий каждой</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language and formats</source>
        <translation>Язык и форматы</translation>
    </message>
    <message>
        <source>System default ({0})</source>
        <translation>Как в системе ({0})</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Григорианский</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>Солнечная хиджра (иранский)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Календарь:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Образец:</translation>
    </message>
    <message>
        <source>Save and &amp;restart</source>
        <translation>Сохранить и &amp;перезапустить</translation>
    </message>
    <message>
        <source>Karavan changes its language, formats and calendar the next time it starts: save, then close Karavan and open it again.</source>
        <translation>Karavan сменит язык, форматы и календарь при следующем запуске: сохраните, затем закройте Karavan и откройте снова.</translation>
    </message>
    <message>
        <source>The settings could not be saved: {0}. Fix or delete the file and save again.</source>
        <translation>Не удалось сохранить настройки: {0}. Исправьте или удалите файл и сохраните ещё раз.</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>is not a number</source>
        <translation>не является числом</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно для заполнения</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>не дата (ГГГГ-ММ-ДД)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Karavan — locked</source>
        <translation>Karavan — заблокировано</translation>
    </message>
    <message>
        <source>Karavan is locked</source>
        <translation>Karavan заблокирован</translation>
    </message>
    <message>
        <source>Signed in as {name} ({login}). Nothing you typed is lost: enter your password to go on.</source>
        <translation>Вход выполнен как {name} ({login}). Ничего из введённого не потеряно: введите пароль, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Close Karavan</source>
        <translation>Закрыть Karavan</translation>
    </message>
    <message>
        <source>Someone else? Close Karavan here (unsaved changes are asked about) and sign in as yourself.</source>
        <translation>Другой пользователь? Закройте здесь Karavan (о несохранённых изменениях будет задан вопрос) и войдите под своим именем.</translation>
    </message>
    <message>
        <source>That is not the password of {login}.</source>
        <translation>Это не пароль пользователя {login}.</translation>
    </message>
    <message>
        <source>Could not check the password: {0}</source>
        <translation>Не удалось проверить пароль: {0}</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>What happened? Enter saves, Shift+Enter starts a new line</source>
        <translation>Что произошло? Enter — сохранить, Shift+Enter — новая строка</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Result*</source>
        <translation>Результат*</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Сохранить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>Клиент: {name}</translation>
    </message>
    <message>
        <source>#{id}</source>
        <translation>№{id}</translation>
    </message>
    <message>
        <source>Log: {kind}</source>
        <translation>Запись: {kind}</translation>
    </message>
    <message>
        <source>{kind} (logged by {who})</source>
        <translation>{kind} (записал(а) {who})</translation>
    </message>
    <message>
        <source>Their changes are filled in where you had not changed a field. Check, then save again.</source>
        <translation>Их изменения подставлены там, где вы не меняли поле. Проверьте и сохраните ещё раз.</translation>
    </message>
    <message>
        <source>Delete this logged interaction?</source>
        <translation>Удалить эту запись о взаимодействии?</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Karavan — log in</source>
        <translation>Karavan — вход</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>Подключения…</translation>
    </message>
    <message>
        <source>Remember the server password on this computer</source>
        <translation>Запомнить пароль сервера на этом компьютере</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer.</source>
        <translation>На этом компьютере нет системного хранилища ключей.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>Server password:</source>
        <translation>Пароль сервера:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>Подключение к {0}…</translation>
    </message>
    <message>
        <source>Could not log in: {0}</source>
        <translation>Не удалось войти: {0}</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Теперь можно повторить попытку.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {0} s.</source>
        <translation>Слишком много неудачных попыток. Повторите через {0} с.</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <source>Deal lost</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Что произошло (необязательно)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
</context>
<context>
    <name>LotPrompt</name>
    <message>
        <source>Lot:</source>
        <translation>Партия:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Годен до:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or Enter for none</source>
        <translation>ГГГГ-ММ-ДД или Enter — без срока</translation>
    </message>
    <message>
        <source>{product} is kept by lot: type its lot number and press Enter.</source>
        <translation>{product} учитывается по партиям: введите номер партии и нажмите Enter.</translation>
    </message>
    <message>
        <source>Enter: next · Esc: do not save this scan</source>
        <translation>Enter: далее · Esc: не сохранять это сканирование</translation>
    </message>
    <message>
        <source>{product} is kept by lot: which lot is it?</source>
        <translation>{product} учитывается по партиям: какая это партия?</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter: confirm · Esc: do not save this scan</source>
        <translation>↑ ↓ выбор · Enter: подтвердить · Esc: не сохранять это сканирование</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>без срока годности</translation>
    </message>
    <message>
        <source>{code} · expires {expires} · {qty} on hand</source>
        <translation>{code} · годен до {expires} · в наличии {qty}</translation>
    </message>
    <message>
        <source>Type the lot number first.</source>
        <translation>Сначала введите номер партии.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as 2030-05-31.</source>
        <translation>«{text}» — не дата: введите её в виде 2030-05-31.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <source>Pipelines and stages, a kanban board of deals, forecast and conversion.</source>
        <translation>Воронки и этапы, канбан-доска сделок, прогноз и конверсия.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Calls, meetings and to-dos, “My day” and a calendar planner.</source>
        <translation>Звонки, встречи и дела, «Мой день» и календарь-планировщик.</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>Сервисная служба</translation>
    </message>
    <message>
        <source>Complaints, questions and repairs worked through to closed.</source>
        <translation>Жалобы, вопросы и ремонты — до закрытия.</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Маркетинг</translation>
    </message>
    <message>
        <source>Client segments, e-mail campaigns and lead sources.</source>
        <translation>Сегменты клиентов, e-mail-рассылки и источники лидов.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>The catalog: goods and services, units, barcodes and price lists.</source>
        <translation>Каталог: товары и услуги, единицы измерения, штрихкоды и прайс-листы.</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <source>Receipts, shipments, transfers, inventory counts and balances.</source>
        <translation>Приёмка, отгрузка, перемещения, инвентаризация и остатки.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Производство</translation>
    </message>
    <message>
        <source>Bills of materials, production orders and cost roll-up.</source>
        <translation>Спецификации, заказы на производство и расчёт себестоимости.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Quotes, orders, invoices, waybills, acts and contracts, printed as PDF.</source>
        <translation>КП, заказы, счета, накладные, акты и договоры с печатью в PDF.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Incoming and outgoing payments, debts and reconciliation statements.</source>
        <translation>Входящие и исходящие платежи, задолженность и акты сверки.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Dashboard and period reports with charts and Excel export.</source>
        <translation>Сводка и отчёты за период с графиками и выгрузкой в Excel.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Objectives and key results, progress against the pace, sales plans.</source>
        <translation>Цели и ключевые результаты, прогресс относительно темпа, планы продаж.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Company details, users and roles, language and backups.</source>
        <translation>Реквизиты организации, пользователи и роли, язык и резервные копии.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search everywhere (Ctrl+K)…</source>
        <translation>Искать везде (Ctrl+K)…</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>Искать везде</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Закрыть вкладку</translation>
    </message>
    <message>
        <source>Warehouse clerk screen</source>
        <translation>Экран кладовщика</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Импорт из Excel…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Открыть папку журналов</translation>
    </message>
    <message>
        <source>About Karavan</source>
        <translation>О программе Karavan</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>Language and formats…</source>
        <translation>Язык и форматы…</translation>
    </message>
    <message>
        <source>Company…</source>
        <translation>Организация…</translation>
    </message>
    <message>
        <source>Document layouts…</source>
        <translation>Макеты документов…</translation>
    </message>
    <message>
        <source>Currency rates…</source>
        <translation>Курсы валют…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Резервные копии…</translation>
    </message>
    <message>
        <source>Automation rules…</source>
        <translation>Правила автоматизации…</translation>
    </message>
    <message>
        <source>User: {0}</source>
        <translation>Пользователь: {0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message numerus="yes">
        <source>%n open card(s) have unsaved changes. Quit and discard them?</source>
        <translation>
            <numerusform>В %n открытой карточке есть несохранённые изменения. Выйти и отменить их?</numerusform>
            <numerusform>В %n открытых карточках есть несохранённые изменения. Выйти и отменить их?</numerusform>
            <numerusform>В %n открытых карточках есть несохранённые изменения. Выйти и отменить их?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Which column of the file fills each field; fields marked * are required. Your choice is remembered for the next file.</source>
        <translation>Какой столбец файла заполняет каждое поле; поля со знаком * обязательны. Ваш выбор запоминается для следующего файла.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
</context>
<context>
    <name>MarketingWorkspace</name>
    <message>
        <source>SMTP settings…</source>
        <translation>Настройки SMTP…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Рассылки</translation>
    </message>
    <message>
        <source>Sources report</source>
        <translation>Отчёт по источникам</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge clients</source>
        <translation>Объединение клиентов</translation>
    </message>
    <message>
        <source>The surviving card keeps its code and history and receives everything of the other card, which is then deleted.</source>
        <translation>Сохраняемая карточка сохраняет свой код и историю и получает всё из другой карточки, которая затем удаляется.</translation>
    </message>
    <message>
        <source>⇄ Swap</source>
        <translation>⇄ Поменять местами</translation>
    </message>
    <message>
        <source>Keep the other card instead</source>
        <translation>Сохранить другую карточку</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Сохраняется</translation>
    </message>
    <message>
        <source>Is merged in and deleted</source>
        <translation>Присоединяется и удаляется</translation>
    </message>
    <message>
        <source>Moved to “{survivor}”: contact persons — {contacts}, channels — {channels}, addresses — {addresses}, bank accounts — {accounts}, tags — {tags}, and all later records. Notes are appended and roles added.</source>
        <translation>Перенесено в «{survivor}»: контактные лица — {contacts}, каналы связи — {channels}, адреса — {addresses}, банковские счета — {accounts}, метки — {tags}, а также все последующие записи. Примечания дописаны, роли добавлены.</translation>
    </message>
</context>
<context>
    <name>MrpView</name>
    <message>
        <source>Make</source>
        <translation>Производство</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Закупка</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Все склады</translation>
    </message>
    <message>
        <source>Net one warehouse only; the drafts are made for it too</source>
        <translation>Учитывать только один склад; черновики тоже создаются для него</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>Рассчитать</translation>
    </message>
    <message>
        <source>Calculating requirements…</source>
        <translation>Расчёт потребностей…</translation>
    </message>
    <message>
        <source>Needs up to:</source>
        <translation>Потребности до:</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>Склад:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Брутто</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Резерв</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Draft POs</source>
        <translation>Черновики заказов поставщику</translation>
    </message>
    <message>
        <source>Planned output</source>
        <translation>Плановый выпуск</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Страховой запас</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Нетто</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Net = gross + safety − (on hand − reserved for other needs + incoming + on draft purchase orders + planned output)</source>
        <translation>Нетто = брутто + страховой запас − (в наличии − резерв под другие нужды + ожидаемое поступление + черновики заказов поставщику + плановый выпуск)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Need by</source>
        <translation>Нужно к</translation>
    </message>
    <message>
        <source>Order by</source>
        <translation>Заказать до</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>No supplier terms for this product: Create drafts skips it. Add them on the product&apos;s Suppliers tab.</source>
        <translation>Для этого товара нет условий поставщика: «Создать черновики» его пропустит. Добавьте их на вкладке «Поставщики» товара.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation>Снять все отметки</translation>
    </message>
    <message>
        <source>Create drafts</source>
        <translation>Создать черновики</translation>
    </message>
    <message>
        <source>Planned production orders for the checked “make” lines and draft purchase orders, one per supplier, for the checked “buy” lines</source>
        <translation>Запланированные заказы на производство для отмеченных строк «произвести» и черновики заказов поставщику — по одному на поставщика — для отмеченных строк «закупить»</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>The proposals of this calculation to an Excel workbook</source>
        <translation>Выгрузить предложения этого расчёта в книгу Excel</translation>
    </message>
    <message>
        <source>The netting per product of this calculation to an Excel workbook</source>
        <translation>Выгрузить расчёт нетто-потребности по товарам в книгу Excel</translation>
    </message>
    <message>
        <source>Orders or stock changed since this calculation: Calculate again to see the current needs.</source>
        <translation>После этого расчёта изменились заказы или остатки: нажмите «Рассчитать» ещё раз, чтобы увидеть текущие потребности.</translation>
    </message>
    <message>
        <source>Netting per product</source>
        <translation>Нетто-потребность по товарам</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Choose how far ahead to look and press Calculate: the confirmed sales orders and the open production orders up to that day are netted against stock, incoming purchases and planned output.</source>
        <translation>Выберите горизонт планирования и нажмите «Рассчитать»: подтверждённые заказы клиентов и открытые заказы на производство до этой даты сопоставляются с остатками, ожидаемыми закупками и плановым выпуском.</translation>
    </message>
    <message>
        <source>none: will be skipped</source>
        <translation>нет: будет пропущен</translation>
    </message>
    <message>
        <source>Nothing to make or buy up to {day}.</source>
        <translation>До {day} ничего не нужно производить или закупать.</translation>
    </message>
    <message>
        <source>No confirmed sales order, open production order or minimum stock needs anything by then.</source>
        <translation>К этой дате ни подтверждённые заказы клиентов, ни открытые заказы на производство, ни минимальные остатки ничего не требуют.</translation>
    </message>
    <message>
        <source>Stock, incoming purchases and planned output cover every need.</source>
        <translation>Остатки, ожидаемые закупки и плановый выпуск покрывают все потребности.</translation>
    </message>
    <message>
        <source>MRP proposals</source>
        <translation>Предложения MRP</translation>
    </message>
    <message>
        <source>MRP netting</source>
        <translation>Нетто-потребность MRP</translation>
    </message>
    <message>
        <source>{n} production order</source>
        <translation>{n} заказ на производство</translation>
    </message>
    <message>
        <source>{n} production orders</source>
        <translation>заказы на производство ({n})</translation>
    </message>
    <message>
        <source>{n} purchase order</source>
        <translation>{n} заказ поставщику</translation>
    </message>
    <message>
        <source>{n} purchase orders</source>
        <translation>заказы поставщику ({n})</translation>
    </message>
    <message>
        <source>{made} created</source>
        <translation>Создано: {made}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>Nothing was created</source>
        <translation>Ничего не создано</translation>
    </message>
    <message>
        <source>{n} item has no supplier: </source>
        <translation>у {n} позиции нет поставщика: </translation>
    </message>
    <message>
        <source>{n} items have no supplier: </source>
        <translation>позиций без поставщика — {n}: </translation>
    </message>
    <message>
        <source>(set one on the product&apos;s Suppliers tab)</source>
        <translation>(укажите его на вкладке «Поставщики» товара)</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>Must change the password at first sign-in</source>
        <translation>Требовать смену пароля при первом входе</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Филиал:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Повторите его:</translation>
    </message>
    <message>
        <source>At least 8 characters with letters and digits, not the login.</source>
        <translation>Не менее 8 символов с буквами и цифрами, не совпадающий с логином.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>пароли не совпадают</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Register payment</source>
        <translation>Зарегистрировать платёж</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Bank statement or receipt number</source>
        <translation>Номер банковской выписки или квитанции</translation>
    </message>
    <message>
        <source>Client*</source>
        <translation>Клиент*</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount*</source>
        <translation>Сумма*</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>The client has no open invoices: the whole payment stays as credit.</source>
        <translation>У клиента нет неоплаченных счетов: весь платёж остаётся авансом.</translation>
    </message>
    <message>
        <source>Fill oldest first</source>
        <translation>Сначала самые старые</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Open invoices, oldest due first</source>
        <translation>Неоплаченные счета, сначала с самым ранним сроком</translation>
    </message>
    <message>
        <source>Allocated {0} more than the payment</source>
        <translation>Распределено на {0} больше суммы платежа</translation>
    </message>
    <message>
        <source>Allocated {0} · left as the client&apos;s credit: {1}</source>
        <translation>Распределено {0} · остаётся авансом клиента: {1}</translation>
    </message>
    <message>
        <source>choose a client from the list</source>
        <translation>выберите клиента из списка</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>не является числом</translation>
    </message>
</context>
<context>
    <name>PaymentsWorkspace</name>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Debts by age</source>
        <translation>Долги по срокам</translation>
    </message>
    <message>
        <source>Register payment</source>
        <translation>Зарегистрировать платёж</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Отменить платёж</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Открыть клиента</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>The payments the list shows, to an Excel workbook</source>
        <translation>Выгрузить платежи из списка в книгу Excel</translation>
    </message>
    <message>
        <source>Received and paid out</source>
        <translation>Полученные и выплаченные</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Number, reference or client</source>
        <translation>Номер, основание или клиент</translation>
    </message>
    <message>
        <source>No payments yet. Register one with “Register payment”, or from an invoice.</source>
        <translation>Платежей пока нет. Зарегистрируйте платёж кнопкой «Зарегистрировать платёж» или из счёта.</translation>
    </message>
    <message>
        <source>What clients owe us</source>
        <translation>Долг клиентов перед нами</translation>
    </message>
    <message>
        <source>What we owe suppliers</source>
        <translation>Наш долг поставщикам</translation>
    </message>
    <message>
        <source>At</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>платежи</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n платёж</numerusform>
            <numerusform>%n платежа</numerusform>
            <numerusform>%n платежей</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel {number} of {amount} from {client}? Its allocations come off the invoices and the client owes them again.</source>
        <translation>Отменить платёж {number} на сумму {amount} от {client}? Его распределения будут сняты со счетов, и клиент снова будет их должен.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n client(s) to {path}</source>
        <translation>
            <numerusform>Сохранено клиентов: %n в {path}</numerusform>
            <numerusform>Сохранено клиентов: %n в {path}</numerusform>
            <numerusform>Сохранено клиентов: %n в {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Срок не наступил</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 дней</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 дней</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 дней</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Более 90 дней</translation>
    </message>
    <message>
        <source>what we owe suppliers</source>
        <translation>наш долг поставщикам</translation>
    </message>
    <message>
        <source>what clients owe us</source>
        <translation>долг клиентов перед нами</translation>
    </message>
    <message>
        <source>Open invoices by days past their due date: {what}. Double-click a client to open its card.</source>
        <translation>Неоплаченные счета по дням просрочки: {what}. Дважды щёлкните клиента, чтобы открыть его карточку.</translation>
    </message>
    <message>
        <source>Nothing is owed: every confirmed invoice is paid.</source>
        <translation>Задолженности нет: все подтверждённые счета оплачены.</translation>
    </message>
</context>
<context>
    <name>PipelinesDialog</name>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Pipelines and lost reasons</source>
        <translation>Воронки и причины проигрыша</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Воронки</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Причины проигрыша</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показать архивные</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Default probability, %:</source>
        <translation>Вероятность по умолчанию, %:</translation>
    </message>
    <message>
        <source>Add as new stage</source>
        <translation>Добавить как новый этап</translation>
    </message>
    <message>
        <source>Save stage</source>
        <translation>Сохранить этап</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Won and Lost always end a pipeline. A stage that holds or held deals cannot be deleted; rename it instead.</source>
        <translation>Этапы «Выиграна» и «Проиграна» всегда завершают воронку. Этап, на котором есть или были сделки, удалить нельзя — переименуйте его.</translation>
    </message>
    <message>
        <source>Stages, in order</source>
        <translation>Этапы по порядку</translation>
    </message>
    <message>
        <source>A new reason, e.g. “Price too high”</source>
        <translation>Новая причина, напр. «Слишком высокая цена»</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Why deals are lost (asked when a deal is moved to Lost)</source>
        <translation>Почему сделки проигрываются (спрашивается при переносе сделки в «Проиграна»)</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(в архиве)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Новая воронка</translation>
    </message>
    <message>
        <source>Name of the pipeline:</source>
        <translation>Название воронки:</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Переименовать воронку</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>не является числом</translation>
    </message>
    <message>
        <source>Rename lost reason</source>
        <translation>Переименовать причину проигрыша</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
    <message>
        <source>Plan a new production order (Ctrl+N)</source>
        <translation>Запланировать новый заказ на производство (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the selected order (Enter or double-click)</source>
        <translation>Открыть выбранный заказ (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>The orders the plan shows, to an Excel workbook</source>
        <translation>Выгрузить заказы из плана в книгу Excel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Open (planned, released, in progress)</source>
        <translation>Открытые (запланированные, переданные в работу, выполняемые)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Из этапа</translation>
    </message>
    <message>
        <source>Only orders whose planned days fall in this period</source>
        <translation>Только заказы, плановые даты которых попадают в этот период</translation>
    </message>
    <message>
        <source>Search order number, product SKU or name…</source>
        <translation>Поиск по номеру заказа, артикулу или наименованию товара…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:{amber}&apos;&gt;&amp;nbsp;Amber&amp;nbsp;&lt;/span&gt; rows lack components in their warehouse now · &lt;span style=&apos;color:{red}&apos;&gt;red text&lt;/span&gt;: past the planned end</source>
        <translation>&lt;span style=&apos;background:{amber}&apos;&gt;&amp;nbsp;Жёлтым&amp;nbsp;&lt;/span&gt; выделены строки, для которых сейчас не хватает компонентов на складе · &lt;span style=&apos;color:{red}&apos;&gt;красный текст&lt;/span&gt;: плановое окончание прошло</translation>
    </message>
    <message>
        <source>production orders</source>
        <translation>заказы на производство</translation>
    </message>
    <message>
        <source>Press Ctrl+N to plan one, or let the Requirements (MRP) tab propose what to make.</source>
        <translation>Нажмите Ctrl+N, чтобы запланировать заказ, или воспользуйтесь предложениями вкладки «Потребности (MRP)».</translation>
    </message>
    <message>
        <source>No production orders match the filters.</source>
        <translation>Нет заказов на производство, соответствующих фильтрам.</translation>
    </message>
    <message>
        <source>No open production orders.</source>
        <translation>Нет открытых заказов на производство.</translation>
    </message>
    <message>
        <source>No production orders yet.</source>
        <translation>Заказов на производство пока нет.</translation>
    </message>
    <message>
        <source>{n} order</source>
        <translation>{n} заказ</translation>
    </message>
    <message>
        <source>{n} orders</source>
        <translation>Заказов: {n}</translation>
    </message>
</context>
<context>
    <name>PlannerWorkspace</name>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>The tasks the tab shows (My day, or the calendar&apos;s period for the people checked) to an Excel workbook</source>
        <translation>Выгрузить задачи вкладки («Мой день» или период календаря для отмеченных сотрудников) в книгу Excel</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Мой день</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Whose day to show: yours or a colleague&apos;s</source>
        <translation>Чей день показать: ваш или коллеги</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Nothing due today and nothing overdue.</source>
        <translation>На сегодня ничего не запланировано и ничего не просрочено.</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Выполнить…</translation>
    </message>
    <message>
        <source>Cancel task…</source>
        <translation>Отменить задачу…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Client card</source>
        <translation>Карточка клиента</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>{0} (me)</source>
        <translation>{0} (я)</translation>
    </message>
    <message>
        <source>{0} has nothing due today and nothing overdue.</source>
        <translation>У {0} на сегодня ничего не запланировано и ничего не просрочено.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Предыдущий</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>задачи</translation>
    </message>
</context>
<context>
    <name>PositionsDialog</name>
    <message>
        <source>Positions</source>
        <translation>Должности</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>Новая должность</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Rename position</source>
        <translation>Переименовать должность</translation>
    </message>
    <message>
        <source>Delete position</source>
        <translation>Удалить должность</translation>
    </message>
    <message>
        <source>Delete the position “{name}”?</source>
        <translation>Удалить должность «{name}»?</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {file}.</source>
        <translation>Лист «{sheet}» файла {file}.</translation>
    </message>
    <message>
        <source>{rows} data rows (empty rows skipped); the first {n} are shown, numbered as in Excel.</source>
        <translation>Строк данных: {rows} (пустые пропущены); показаны первые {n}, нумерация как в Excel.</translation>
    </message>
</context>
<context>
    <name>PriceListsDialog</name>
    <message>
        <source>Price lists</source>
        <translation>Прайс-листы</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показать архивные</translation>
    </message>
    <message>
        <source>empty: explicit prices only</source>
        <translation>пусто — только явно заданные цены</translation>
    </message>
    <message>
        <source>Products without an explicit price cost the base price ± this percent (−10 gives 90 % of the base price)</source>
        <translation>Товары без явно заданной цены стоят базовую цену ± этот процент (−10 даёт 90 % базовой цены)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Rule, % of base</source>
        <translation>Правило, % от базовой</translation>
    </message>
    <message>
        <source>Find a product by SKU or name, then Enter</source>
        <translation>Найдите товар по артикулу или наименованию, затем Enter</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>Базовая цена</translation>
    </message>
    <message>
        <source>Explicit price</source>
        <translation>Явная цена</translation>
    </message>
    <message>
        <source>Price on this list</source>
        <translation>Цена в этом прайс-листе</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Показать ещё</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>Every product matching the search (not only the ones shown) with its price on this list, to an Excel workbook</source>
        <translation>Выгрузить все товары, найденные поиском (не только показанные), с ценой в этом прайс-листе в книгу Excel</translation>
    </message>
    <message>
        <source>e.g. 1250.50</source>
        <translation>напр. 1250.50</translation>
    </message>
    <message>
        <source>Set price</source>
        <translation>Задать цену</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>Удалить цену</translation>
    </message>
    <message>
        <source>base list</source>
        <translation>базовый прайс-лист</translation>
    </message>
    <message>
        <source>explicit, else base</source>
        <translation>явная, иначе базовая</translation>
    </message>
    <message>
        <source>base {percent} %</source>
        <translation>базовая {percent} %</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (в архиве)</translation>
    </message>
    <message>
        <source>Prices on “{name}” — {rule}</source>
        <translation>Цены в «{name}» — {rule}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>цены</translation>
    </message>
    <message>
        <source>No products match. Change the search.</source>
        <translation>Нет подходящих товаров. Измените условия поиска.</translation>
    </message>
    <message>
        <source>No products in the catalog yet.</source>
        <translation>В каталоге пока нет товаров.</translation>
    </message>
    <message>
        <source>First {n} products — narrow the search or show more</source>
        <translation>Первые {n} товаров — уточните поиск или покажите ещё</translation>
    </message>
    <message>
        <source>{n} products</source>
        <translation>Товаров: {n}</translation>
    </message>
    <message>
        <source>Select a product to set its price on this list.</source>
        <translation>Выберите товар, чтобы задать его цену в этом прайс-листе.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Product photo</source>
        <translation>Фото товара</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(без категории)</translation>
    </message>
    <message>
        <source>Tracks lots (expiry dates)</source>
        <translation>Учёт по партиям (сроки годности)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>Закупочная цена</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Цена продажи</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>VAT, %</source>
        <translation>НДС, %</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>Минимальный остаток</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>Вес, кг</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Add barcode</source>
        <translation>Добавить штрихкод</translation>
    </message>
    <message>
        <source>Generate EAN-13</source>
        <translation>Сгенерировать EAN-13</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Штрихкоды</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <source>Clear photo</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Prices by list</source>
        <translation>Цены по прайс-листам</translation>
    </message>
    <message>
        <source>Save the product first; then set prices per list here.</source>
        <translation>Сначала сохраните товар, затем задайте здесь цены по прайс-листам.</translation>
    </message>
    <message>
        <source>rule {p:+} %: {v}</source>
        <translation>правило {p:+} %: {v}</translation>
    </message>
    <message>
        <source>sale price: {v}</source>
        <translation>цена продажи: {v}</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Основное</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Поставщики</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Someone saved this product after you opened it. Your values are kept; Save again to overwrite theirs, or Cancel.</source>
        <translation>Кто-то сохранил этот товар после того, как вы его открыли. Ваши значения сохранены; нажмите «Сохранить» ещё раз, чтобы перезаписать их версию, или «Отмена».</translation>
    </message>
    <message>
        <source>Product {0}</source>
        <translation>Товар {0}</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Type a SKU, name or barcode…</source>
        <translation>Введите артикул, наименование или штрихкод…</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(в архиве)</translation>
    </message>
</context>
<context>
    <name>ProductionOrderDialog</name>
    <message>
        <source>Choose the product first</source>
        <translation>Сначала выберите товар</translation>
    </message>
    <message>
        <source>Product*</source>
        <translation>Товар*</translation>
    </message>
    <message>
        <source>Bill of materials*</source>
        <translation>Спецификация*</translation>
    </message>
    <message>
        <source>Quantity*</source>
        <translation>Количество*</translation>
    </message>
    <message>
        <source>Components from*</source>
        <translation>Компоненты со склада*</translation>
    </message>
    <message>
        <source>Output into*</source>
        <translation>Выпуск на склад*</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>Заказ клиента</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>(service)</source>
        <translation>(услуга)</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>На единицу</translation>
    </message>
    <message>
        <source>Scrap %</source>
        <translation>Потери, %</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Требуется</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Израсходовано</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Short now</source>
        <translation>Не хватает сейчас</translation>
    </message>
    <message>
        <source>The components are copied from the bill of materials when the order is saved.</source>
        <translation>Компоненты копируются из спецификации при сохранении заказа.</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Нужно</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Не хватает</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Выпуски</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <source>Components value</source>
        <translation>Стоимость компонентов</translation>
    </message>
    <message>
        <source>Services value</source>
        <translation>Стоимость услуг</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Себестоимость единицы</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the order (Ctrl+S)</source>
        <translation>Сохранить заказ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Передать в работу</translation>
    </message>
    <message>
        <source>Hand the order to the floor; checks the components in stock</source>
        <translation>Передать заказ в цех; проверяет наличие компонентов на складе</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Work on the order has begun</source>
        <translation>Работа по заказу началась</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Выпустить…</translation>
    </message>
    <message>
        <source>Post what was made: all that is left or a part</source>
        <translation>Провести выпущенное: весь остаток или часть</translation>
    </message>
    <message>
        <source>Close order…</source>
        <translation>Закрыть заказ…</translation>
    </message>
    <message>
        <source>Finish a partly made order without making the rest</source>
        <translation>Завершить частично выполненный заказ, не производя остальное</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Отменить заказ…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Show the order as it is saved now (your unsaved edits are dropped)</source>
        <translation>Показать заказ в сохранённом виде (несохранённые правки будут потеряны)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Компоненты</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <source>Short in {warehouse} now (needed is what the order still takes):</source>
        <translation>Не хватает на складе {warehouse} сейчас (нужно — то, что ещё требуется заказу):</translation>
    </message>
    <message>
        <source>Everything the order still needs is in {warehouse}.</source>
        <translation>Всё, что ещё нужно заказу, есть на складе {warehouse}.</translation>
    </message>
    <message>
        <source>(active)</source>
        <translation>(активна)</translation>
    </message>
    <message>
        <source>this product has no bill of materials yet; make one first</source>
        <translation>у этого товара ещё нет спецификации; сначала создайте её</translation>
    </message>
    <message>
        <source>New production order</source>
        <translation>Новый заказ на производство</translation>
    </message>
    <message>
        <source>New production order · not saved yet</source>
        <translation>Новый заказ на производство · ещё не сохранён</translation>
    </message>
    <message>
        <source>Production order {number}</source>
        <translation>Заказ на производство {number}</translation>
    </message>
    <message>
        <source>{done} of {total} {unit} made</source>
        <translation>Выпущено {done} из {total} {unit}</translation>
    </message>
    <message>
        <source>BOM {label}</source>
        <translation>Спецификация {label}</translation>
    </message>
    <message>
        <source>Total cost of the {done} {unit} made: {total} ({each} each)</source>
        <translation>Общая себестоимость {done} {unit}: {total} ({each} за единицу)</translation>
    </message>
    <message>
        <source>choose a product from the list</source>
        <translation>выберите товар из списка</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>не является числом</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно для заполнения</translation>
    </message>
    <message>
        <source>Made now: {message}</source>
        <translation>Выпущено сейчас: {message}</translation>
    </message>
    <message>
        <source>Close {number} with {done} of {total} {unit} made? The rest will not be made.</source>
        <translation>Закрыть {number}, выпустив {done} из {total} {unit}? Остальное не будет произведено.</translation>
    </message>
    <message>
        <source>Cancel {number}? It stays in the plan as cancelled.</source>
        <translation>Отменить {number}? Заказ останется в плане как отменённый.</translation>
    </message>
</context>
<context>
    <name>ProductionWorkspace</name>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Bills of materials</source>
        <translation>Спецификации</translation>
    </message>
    <message>
        <source>Requirements (MRP)</source>
        <translation>Потребности (MRP)</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>Goods</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Finished product</source>
        <translation>Готовая продукция</translation>
    </message>
</context>
<context>
    <name>ProductsWorkspace</name>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>Поиск по артикулу, наименованию или штрихкоду</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Цена продажи</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>НДС, %</translation>
    </message>
    <message>
        <source>Min stock</source>
        <translation>Мин. остаток</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>{n} products</source>
        <translation>Товаров: {n}</translation>
    </message>
    <message>
        <source>No products match. Change the search or filters, or add one with New.</source>
        <translation>Нет подходящих товаров. Измените поиск или фильтры либо добавьте товар кнопкой «Создать».</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation>Сохранить этикетки</translation>
    </message>
    <message>
        <source>Labels saved</source>
        <translation>Этикетки сохранены</translation>
    </message>
    <message>
        <source>Labels saved to {path}. Open the file now?</source>
        <translation>Этикетки сохранены в {path}. Открыть файл сейчас?</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>Действующие и архивные</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Archive / restore</source>
        <translation>В архив / восстановить</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Печать этикеток…</translation>
    </message>
    <message>
        <source>Units…</source>
        <translation>Единицы…</translation>
    </message>
    <message>
        <source>Price lists…</source>
        <translation>Прайс-листы…</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Все товары</translation>
    </message>
    <message>
        <source>Add subcategory…</source>
        <translation>Добавить подкатегорию…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Move to top level</source>
        <translation>Переместить на верхний уровень</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Новая категория</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Переименовать категорию</translation>
    </message>
    <message>
        <source>products</source>
        <translation>товары</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Печать этикеток</translation>
    </message>
    <message>
        <source>Select the products first.</source>
        <translation>Сначала выберите товары.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connections</source>
        <translation>Подключения</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>Добавить сервер…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>File on this computer (SQLite)</source>
        <translation>Файл на этом компьютере (SQLite)</translation>
    </message>
    <message>
        <source>PostgreSQL server in the office network</source>
        <translation>Сервер PostgreSQL в сети офиса</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>Karavan database (*.db)</source>
        <translation>База данных Karavan (*.db)</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Задайте название подключения.</translation>
    </message>
    <message>
        <source>Another connection already has this name.</source>
        <translation>Подключение с таким названием уже есть.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Выберите файл базы данных.</translation>
    </message>
    <message>
        <source>A database file on a network share would be corrupted when several computers use it. Install PostgreSQL on the server and add it here instead.</source>
        <translation>Файл базы данных в сетевой папке будет повреждён, если с ним работают несколько компьютеров. Установите PostgreSQL на сервер и добавьте здесь его.</translation>
    </message>
    <message>
        <source>Server, database and user are required.</source>
        <translation>Сервер, база данных и пользователь обязательны.</translation>
    </message>
    <message>
        <source>Office server</source>
        <translation>Сервер офиса</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Production order</source>
        <translation>Заказ на производство</translation>
    </message>
    <message>
        <source>Components short</source>
        <translation>Не хватает компонентов</translation>
    </message>
    <message>
        <source>1 component is short</source>
        <translation>Не хватает 1 компонента</translation>
    </message>
    <message>
        <source>{n} components are short</source>
        <translation>Не хватает компонентов: {n}</translation>
    </message>
    <message>
        <source>{number} cannot be covered from {warehouse} now: {short}.</source>
        <translation>{number} сейчас нельзя обеспечить со склада {warehouse}: {short}.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Нужно</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Не хватает</translation>
    </message>
    <message>
        <source>Release anyway when the goods are on their way; completing needs them in the warehouse.</source>
        <translation>Передайте в работу, если товары уже в пути; для выпуска они должны быть на складе.</translation>
    </message>
    <message>
        <source>Release anyway</source>
        <translation>Всё равно передать в работу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>This document is dated before {n} posted documents ({numbers}). Post anyway and recompute their costs?</source>
        <translation>Этот документ датирован раньше проведённых документов ({n}: {numbers}). Всё равно провести и пересчитать их себестоимость?</translation>
    </message>
    <message>
        <source>Back-dated posting</source>
        <translation>Проведение задним числом</translation>
    </message>
    <message>
        <source>Stock document</source>
        <translation>Складской документ</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <source>Karavan reminders</source>
        <translation>Напоминания Karavan</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Reminders: {0}</source>
        <translation>Напоминания: {0}</translation>
    </message>
    <message>
        <source>No reminders due</source>
        <translation>Нет напоминаний</translation>
    </message>
    <message>
        <source>Open: {0}</source>
        <translation>Открыть: {0}</translation>
    </message>
    <message>
        <source>Snooze all</source>
        <translation>Отложить все</translation>
    </message>
    <message>
        <source>Show reminders</source>
        <translation>Показать напоминания</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} мин</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Due now or missed: {0}</source>
        <translation>Наступил срок или пропущено: {0}</translation>
    </message>
</context>
<context>
    <name>ReorderView</name>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>Suggested order</source>
        <translation>Рекомендуемый заказ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Preferred supplier</source>
        <translation>Основной поставщик</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>No supplier: set one on the product&apos;s Suppliers tab</source>
        <translation>Нет поставщика: укажите его на вкладке «Поставщики» товара</translation>
    </message>
    <message>
        <source>Nothing is below its minimum stock.</source>
        <translation>Все остатки не ниже минимальных.</translation>
    </message>
    <message>
        <source>Uses the warehouse chosen on the Balances tab.</source>
        <translation>Используется склад, выбранный на вкладке «Остатки».</translation>
    </message>
    <message>
        <source>Make purchase orders</source>
        <translation>Создать заказы поставщикам</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>The list (suggested orders and preferred suppliers) to an Excel workbook</source>
        <translation>Выгрузить список (рекомендуемые заказы и основные поставщики) в книгу Excel</translation>
    </message>
    <message numerus="yes">
        <source>Draft purchase orders for the %n selected product(s), one per preferred supplier</source>
        <translation>
            <numerusform>Черновики заказов поставщику для %n выбранного товара, по одному на основного поставщика</numerusform>
            <numerusform>Черновики заказов поставщику для %n выбранных товаров, по одному на основного поставщика</numerusform>
            <numerusform>Черновики заказов поставщику для %n выбранных товаров, по одному на основного поставщика</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft purchase orders for every product in the list, one per preferred supplier (select rows to order only those)</source>
        <translation>Черновики заказов поставщику для всех товаров списка, по одному на основного поставщика (выделите строки, чтобы заказать только их)</translation>
    </message>
    <message>
        <source>the reorder list</source>
        <translation>список пополнения</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> и ещё {n}</translation>
    </message>
    <message>
        <source>1 purchase order drafted</source>
        <translation>Создан 1 черновик заказа поставщику</translation>
    </message>
    <message>
        <source>{n} purchase orders drafted</source>
        <translation>Создано черновиков заказов поставщику: {n}</translation>
    </message>
    <message>
        <source>No purchase order was drafted</source>
        <translation>Ни одного черновика заказа поставщику не создано</translation>
    </message>
    <message>
        <source>1 product has no supplier</source>
        <translation>У 1 товара нет поставщика</translation>
    </message>
    <message>
        <source>{n} products have no supplier</source>
        <translation>Товаров без поставщика: {n}</translation>
    </message>
    <message>
        <source>set one on the product&apos;s Suppliers tab</source>
        <translation>укажите его на вкладке «Поставщики» товара</translation>
    </message>
    <message>
        <source>Click a supplier to open its draft; all of them are in Documents (type Purchase order).</source>
        <translation>Щёлкните поставщика, чтобы открыть его черновик; все они находятся в разделе «Документы» (тип «Заказ поставщику»).</translation>
    </message>
    <message>
        <source>Totals: {totals}</source>
        <translation>Итоги: {totals}</translation>
    </message>
    <message>
        <source>Nothing to order: no selected product needs more stock.</source>
        <translation>Нечего заказывать: ни одному выбранному товару не нужно пополнение.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {0}</source>
        <translation>Сброс пароля пользователя {0}</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Новый &amp;пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Повторите его:</translation>
    </message>
    <message>
        <source>{0} must change it at the next sign-in; a locked account opens again.</source>
        <translation>{0} должен(на) сменить его при следующем входе; заблокированная учётная запись снова откроется.</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Задать пароль</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>пароли не совпадают</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Nothing was imported: rows with errors: {bad}.</source>
        <translation>Ничего не импортировано: строк с ошибками — {bad}.</translation>
    </message>
    <message>
        <source>{created} {what} created, {updated} updated.</source>
        <translation>Создано ({what}): {created}, обновлено: {updated}.</translation>
    </message>
    <message>
        <source>Rejected rows left out: {bad}.</source>
        <translation>Пропущено отклонённых строк: {bad}.</translation>
    </message>
    <message>
        <source>Posted stock receipts: {numbers}.</source>
        <translation>Проведённые приёмки: {numbers}.</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>The administrator may do everything: every area and action, in every branch, and managing users. This role has no matrix to narrow; give people another role to limit what they do.</source>
        <translation>Администратору разрешено всё: все разделы и действия во всех филиалах, а также управление пользователями. У этой роли нет матрицы прав для ограничения; чтобы ограничить действия сотрудников, назначьте им другую роль.</translation>
    </message>
    <message>
        <source>&amp;New role</source>
        <translation>&amp;Новая роль</translation>
    </message>
    <message>
        <source>&amp;Copy role</source>
        <translation>&amp;Копировать роль</translation>
    </message>
    <message>
        <source>&amp;Delete role</source>
        <translation>&amp;Удалить роль</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Show the role as it is saved now (your edits are dropped)</source>
        <translation>Показать роль в сохранённом виде (ваши правки будут потеряны)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>the new role</source>
        <translation>новая роль</translation>
    </message>
    <message>
        <source>A new role: Save creates it.</source>
        <translation>Новая роль: «Сохранить» создаст её.</translation>
    </message>
    <message>
        <source>Nobody holds this role.</source>
        <translation>Эта роль никому не назначена.</translation>
    </message>
    <message>
        <source>Held by 1 user.</source>
        <translation>Назначена 1 пользователю.</translation>
    </message>
    <message>
        <source>Held by {n} users.</source>
        <translation>Назначена пользователям: {n}.</translation>
    </message>
    <message>
        <source>Copy of {0}</source>
        <translation>Копия {0}</translation>
    </message>
    <message>
        <source>Change the copy, then Save to create it.</source>
        <translation>Измените копию и нажмите «Сохранить», чтобы создать её.</translation>
    </message>
    <message>
        <source>Saved. People with this role get the new rights at their next action.</source>
        <translation>Сохранено. Пользователи с этой ролью получат новые права при следующем действии.</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Удалить роль</translation>
    </message>
    <message>
        <source>Delete the role “{0}”?</source>
        <translation>Удалить роль «{0}»?</translation>
    </message>
    <message>
        <source>Role “{0}” deleted.</source>
        <translation>Роль «{0}» удалена.</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Новый сегмент</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Любая роль</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Поставщики</translation>
    </message>
    <message>
        <source>Any of these tags, comma-separated</source>
        <translation>Любая из этих меток, через запятую</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>макс.</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>Название*</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Has a deal in stage</source>
        <translation>Есть сделка на этапе</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <source>Total bought</source>
        <translation>Всего куплено</translation>
    </message>
    <message>
        <source>Purchases are won deals until invoices arrive.</source>
        <translation>Покупками считаются выигранные сделки, пока не появятся счета.</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Сохранить сегмент</translation>
    </message>
    <message>
        <source>Export members…</source>
        <translation>Выгрузить участников…</translation>
    </message>
    <message>
        <source>Every client matching these criteria (not only the first {n} shown below) to an Excel workbook</source>
        <translation>Выгрузить всех клиентов, соответствующих этим условиям (не только первые {n}, показанные ниже), в книгу Excel</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>отписан</translation>
    </message>
    <message>
        <source>Any manager</source>
        <translation>Любой менеджер</translation>
    </message>
    <message>
        <source>Any (no condition)</source>
        <translation>Любой (без условия)</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>не является числом</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) match</source>
        <translation>
            <numerusform>Подходит %n клиент</numerusform>
            <numerusform>Подходят %n клиента</numerusform>
            <numerusform>Подходят %n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the criteria</source>
        <translation>Проверьте условия</translation>
    </message>
    <message>
        <source>Segment: {name}</source>
        <translation>Сегмент: {name}</translation>
    </message>
    <message>
        <source>Segment (not saved)</source>
        <translation>Сегмент (не сохранён)</translation>
    </message>
    <message>
        <source>segment members</source>
        <translation>участники сегмента</translation>
    </message>
</context>
<context>
    <name>SendDocumentDialog</name>
    <message>
        <source>Send by e-mail</source>
        <translation>Отправить по эл. почте</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Пароль SMTP</translation>
    </message>
    <message>
        <source>To*</source>
        <translation>Кому*</translation>
    </message>
    <message>
        <source>Subject*</source>
        <translation>Тема*</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send {0} by e-mail</source>
        <translation>Отправить {0} по эл. почте</translation>
    </message>
    <message>
        <source>Password of {0}</source>
        <translation>Пароль {0}</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Not sent: {0}</source>
        <translation>Не отправлено: {0}</translation>
    </message>
</context>
<context>
    <name>ServiceDeskWorkspace</name>
    <message>
        <source>New request</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Открыть клиента</translation>
    </message>
    <message>
        <source>Open product</source>
        <translation>Открыть товар</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>The requests the list shows (its filters and sort), to an Excel workbook</source>
        <translation>Выгрузить обращения из списка (с его фильтрами и сортировкой) в книгу Excel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Open (new, in progress, waiting)</source>
        <translation>Открытые (новые, в работе, ожидающие)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>Search number, subject, client…</source>
        <translation>Поиск по номеру, теме, клиенту…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n обращение</numerusform>
            <numerusform>%n обращения</numerusform>
            <numerusform>%n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>service requests</source>
        <translation>обращения</translation>
    </message>
</context>
<context>
    <name>ServiceRequestDialog</name>
    <message>
        <source>New service request</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>No due time</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <source>e.g. Invoice 2025-117</source>
        <translation>напр. Счёт 2025-117</translation>
    </message>
    <message>
        <source>Open product</source>
        <translation>Открыть товар</translation>
    </message>
    <message>
        <source>Serial number, configuration… e.g. serial 88812</source>
        <translation>Серийный номер, комплектация… напр. серийный 88812</translation>
    </message>
    <message>
        <source>How it was resolved (needed to resolve)</source>
        <translation>Как решено (нужно для решения)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Client*</source>
        <translation>Клиент*</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Subject*</source>
        <translation>Тема*</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>Сведения о товаре</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Перевести в:</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Начать работу</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Решить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <source>Service request {0}</source>
        <translation>Обращение {0}</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>{0} · overdue since {1}</source>
        <translation>{0} · просрочено с {1}</translation>
    </message>
    <message>
        <source>Back to work</source>
        <translation>Вернуть в работу</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>pick a product from the list, or clear the field</source>
        <translation>выберите товар из списка или очистите поле</translation>
    </message>
    <message>
        <source>Saved as {0}.</source>
        <translation>Сохранено как {0}.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Karavan — first start</source>
        <translation>Karavan — первый запуск</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Creating the demo company…</source>
        <translation>Создание демонстрационной организации…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>SMTP settings</source>
        <translation>Настройки SMTP</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Нет (без шифрования)</translation>
    </message>
    <message>
        <source>Remember on this computer (system keyring)</source>
        <translation>Запомнить на этом компьютере (системное хранилище ключей)</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Отправить тестовое письмо</translation>
    </message>
    <message>
        <source>Server*</source>
        <translation>Сервер*</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>From*</source>
        <translation>От кого*</translation>
    </message>
    <message>
        <source>Test to</source>
        <translation>Тест на адрес</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is asked each time a campaign is sent.</source>
        <translation>На этом компьютере нет хранилища ключей: пароль запрашивается при каждой отправке рассылки.</translation>
    </message>
    <message>
        <source>Test e-mail sent to {0}.</source>
        <translation>Тестовое письмо отправлено на {0}.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) whose first row holds the column titles.</source>
        <translation>Книга Excel (.xlsx), первая строка которой содержит заголовки столбцов.</translation>
    </message>
    <message>
        <source>Clients (with a contact person and an address)</source>
        <translation>Клиенты (с контактным лицом и адресом)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Price list prices</source>
        <translation>Цены прайс-листов</translation>
    </message>
    <message>
        <source>Opening stock balances</source>
        <translation>Начальные остатки</translation>
    </message>
    <message>
        <source>Path to an .xlsx file</source>
        <translation>Путь к файлу .xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>At most {n} data rows are read at once; empty rows are skipped.</source>
        <translation>За один раз читается не более {n} строк данных; пустые строки пропускаются.</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Импорт:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Импорт из Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SourcesReportTab</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Source / campaign</source>
        <translation>Источник / рассылка</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Сумма выигранных</translation>
    </message>
    <message>
        <source>Campaign cost</source>
        <translation>Стоимость рассылки</translation>
    </message>
    <message>
        <source>Cost per won deal</source>
        <translation>Стоимость выигранной сделки</translation>
    </message>
    <message>
        <source>No deals, leads or campaigns in this period.</source>
        <translation>За этот период нет сделок, лидов и рассылок.</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>The report shown (its period) to an Excel workbook</source>
        <translation>Выгрузить показанный отчёт (за его период) в книгу Excel</translation>
    </message>
    <message>
        <source>Deals created from</source>
        <translation>Сделки, созданные с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Campaign rows count deals and leads credited to the campaign; its whole cost is divided by its won deals.</source>
        <translation>Строки рассылок учитывают сделки и лидов, привлечённых рассылкой; вся её стоимость делится на выигранные по ней сделки.</translation>
    </message>
    <message>
        <source>the sources report</source>
        <translation>отчёт по источникам</translation>
    </message>
    <message>
        <source>Campaign: {0}</source>
        <translation>Рассылка: {0}</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(без источника)</translation>
    </message>
</context>
<context>
    <name>StageChangesModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Из этапа</translation>
    </message>
    <message>
        <source>To</source>
        <translation>В этап</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(создана)</translation>
    </message>
    <message>
        <source>(so far)</source>
        <translation>(на данный момент)</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>{name} · {count}</source>
        <translation>{name} · {count}</translation>
    </message>
</context>
<context>
    <name>StageModel</name>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Won (closes the deal)</source>
        <translation>Выиграна (закрывает сделку)</translation>
    </message>
    <message>
        <source>Lost (closes the deal)</source>
        <translation>Проиграна (закрывает сделку)</translation>
    </message>
</context>
<context>
    <name>StageTimesModel</name>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Попаданий</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Время на этапе</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How to start</source>
        <translation>С чего начать</translation>
    </message>
    <message>
        <source>Start with an empty database, or look around with a realistic demo company.</source>
        <translation>Начните с пустой базы данных или осмотритесь на реалистичной демонстрационной организации.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Начать с пустой базы</translation>
    </message>
    <message>
        <source>Fill with demo data (about {0} clients with contacts, in five languages)</source>
        <translation>Заполнить демоданными (около {0} клиентов с контактами на пяти языках)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the database {0}…</source>
        <translation>Открытие базы данных {0}…</translation>
    </message>
    <message>
        <source>Your password was set by an administrator (or has expired). Choose your own before you go on: at least 8 characters, with letters and digits, and not your login.</source>
        <translation>Ваш пароль задан администратором (или его срок истёк). Прежде чем продолжить, задайте свой: не менее 8 символов, с буквами и цифрами, не совпадающий с логином.</translation>
    </message>
</context>
<context>
    <name>StockDocumentDialog</name>
    <message>
        <source>Type to search clients…</source>
        <translation>Введите для поиска клиентов…</translation>
    </message>
    <message>
        <source>Damaged, expired, lost…</source>
        <translation>Повреждён, истёк срок годности, утерян…</translation>
    </message>
    <message>
        <source>From warehouse*</source>
        <translation>Со склада*</translation>
    </message>
    <message>
        <source>Warehouse*</source>
        <translation>Склад*</translation>
    </message>
    <message>
        <source>To warehouse*</source>
        <translation>На склад*</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Reason*</source>
        <translation>Причина*</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Add a product: type or scan its SKU, name or barcode, Enter</source>
        <translation>Добавьте товар: введите или отсканируйте артикул, наименование или штрихкод, Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Fill from stock</source>
        <translation>Заполнить по остаткам</translation>
    </message>
    <message>
        <source>Start the count with every product of the warehouse and its book quantity</source>
        <translation>Начать инвентаризацию со всеми товарами склада и их учётным количеством</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Провести</translation>
    </message>
    <message>
        <source>Un-post</source>
        <translation>Отменить проведение</translation>
    </message>
    <message>
        <source>Cancel document</source>
        <translation>Отменить документ</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Show the document as it is saved now (your unsaved edits are dropped)</source>
        <translation>Показать документ в сохранённом виде (несохранённые правки будут потеряны)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>{title} · not saved yet</source>
        <translation>{title} · ещё не сохранено</translation>
    </message>
    <message>
        <source>posted {when} by {who}</source>
        <translation>проведён {when}, {who}</translation>
    </message>
    <message>
        <source>made by production: it changes only through its production order</source>
        <translation>создан производством: изменяется только через свой заказ на производство</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode “{code}”.</source>
        <translation>Нет товара с артикулом или штрихкодом «{code}».</translation>
    </message>
    <message>
        <source>choose a client from the list</source>
        <translation>выберите клиента из списка</translation>
    </message>
    <message>
        <source>Line {n} ({sku}): {message}</source>
        <translation>Строка {n} ({sku}): {message}</translation>
    </message>
    <message>
        <source>later costs recomputed</source>
        <translation>себестоимость последующих документов пересчитана</translation>
    </message>
    <message>
        <source>Posting and recomputing the costs of later documents…</source>
        <translation>Проведение и пересчёт себестоимости последующих документов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Posting was cancelled: nothing was posted and no cost was changed.</source>
        <translation>Проведение отменено: ничего не проведено, себестоимость не изменилась.</translation>
    </message>
    <message>
        <source>Cancel this draft? It stays in the list as cancelled.</source>
        <translation>Отменить этот черновик? Он останется в списке как отменённый.</translation>
    </message>
    <message>
        <source>choose a warehouse</source>
        <translation>выберите склад</translation>
    </message>
</context>
<context>
    <name>StockDocuments</name>
    <message>
        <source>Receipt</source>
        <translation>Приёмка</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Отгрузка</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перемещение</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Списание</translation>
    </message>
    <message>
        <source>Inventory count</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <source>Production consumption</source>
        <translation>Расход в производство</translation>
    </message>
    <message>
        <source>Production output</source>
        <translation>Выпуск продукции</translation>
    </message>
    <message>
        <source>New receipt</source>
        <translation>Новая приёмка</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>Новая отгрузка</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>Новое перемещение</translation>
    </message>
    <message>
        <source>New write-off</source>
        <translation>Новое списание</translation>
    </message>
    <message>
        <source>New inventory count</source>
        <translation>Новая инвентаризация</translation>
    </message>
    <message>
        <source>New production consumption</source>
        <translation>Новый расход в производство</translation>
    </message>
    <message>
        <source>New production output</source>
        <translation>Новый выпуск продукции</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Проведён</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>New document: {kind}</source>
        <translation>Новый документ: {kind}</translation>
    </message>
</context>
<context>
    <name>SupplierTermsPanel</name>
    <message>
        <source>Remove supplier</source>
        <translation>Удалить поставщика</translation>
    </message>
    <message>
        <source>Save the product to add suppliers.</source>
        <translation>Сохраните товар, чтобы добавить поставщиков.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>1 is the preferred supplier: reorders go to it</source>
        <translation>1 — основной поставщик: ему уходят заказы на пополнение</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Lead time, days</source>
        <translation>Срок поставки, дн.</translation>
    </message>
    <message>
        <source>Min. order</source>
        <translation>Мин. заказ</translation>
    </message>
    <message>
        <source>Supplier&apos;s SKU</source>
        <translation>Артикул поставщика</translation>
    </message>
    <message>
        <source>No suppliers yet. Pick one below and press “Add supplier”; the one with priority 1 gets the reorders.</source>
        <translation>Поставщиков пока нет. Выберите поставщика ниже и нажмите «Добавить поставщика»; поставщик с приоритетом 1 получает заказы на пополнение.</translation>
    </message>
    <message>
        <source>Supplier*</source>
        <translation>Поставщик*</translation>
    </message>
    <message>
        <source>Priority (1 = preferred)</source>
        <translation>Приоритет (1 = основной)</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Минимальный заказ</translation>
    </message>
    <message>
        <source>Add supplier</source>
        <translation>Добавить поставщика</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Empty the form to add another supplier</source>
        <translation>Очистить форму, чтобы добавить другого поставщика</translation>
    </message>
    <message>
        <source>Saved at once: the product&apos;s Save is not needed for these.</source>
        <translation>Сохраняется сразу: кнопка «Сохранить» товара для этого не нужна.</translation>
    </message>
    <message>
        <source>Change the terms of {name}</source>
        <translation>Изменить условия поставщика {name}</translation>
    </message>
    <message>
        <source>Add a supplier</source>
        <translation>Добавить поставщика</translation>
    </message>
    <message>
        <source>choose a supplier from the list</source>
        <translation>выберите поставщика из списка</translation>
    </message>
    <message>
        <source>Remove {name} as a supplier of this product?</source>
        <translation>Удалить {name} из поставщиков этого товара?</translation>
    </message>
    <message>
        <source>{who} changed these terms at {when} after you opened them; nothing was saved. The list shows theirs, the form keeps yours: press the button again to save yours over them.</source>
        <translation>{who} изменил(а) эти условия в {when} после того, как вы их открыли; ничего не сохранено. В списке — их версия, в форме — ваша: нажмите кнопку ещё раз, чтобы записать свою версию поверх.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>Другой пользователь</translation>
    </message>
    <message>
        <source>These terms were removed by someone else meanwhile.</source>
        <translation>Эти условия тем временем удалил другой пользователь.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>What has to be done</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> мин до начала</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторяется</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>every </source>
        <translation>каждые </translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Без окончания</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <source>Subject*</source>
        <translation>Тема*</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>On days</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Выполнить…</translation>
    </message>
    <message>
        <source>Cancel task…</source>
        <translation>Отменить задачу…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Task: {0}</source>
        <translation>Задача: {0}</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> нед.</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>pick a client from the list</source>
        <translation>выберите клиента из списка</translation>
    </message>
    <message>
        <source>Someone else changed this task. Your values are kept; Save again to overwrite theirs, or Cancel to keep them.</source>
        <translation>Эту задачу изменил кто-то другой. Ваши значения сохранены; нажмите «Сохранить» ещё раз, чтобы перезаписать их версию, или «Отмена», чтобы оставить её.</translation>
    </message>
    <message>
        <source>Someone else changed this task meanwhile; its status above is the current one. Check it and try again.</source>
        <translation>Эту задачу тем временем изменил кто-то другой; статус выше — текущий. Проверьте его и повторите.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Could not load this tile: {0}</source>
        <translation>Не удалось загрузить плитку: {0}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Записать звонок</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>Записать встречу</translation>
    </message>
    <message>
        <source>Log e-mail</source>
        <translation>Записать письмо</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Log a call (Ctrl+L)</source>
        <translation>Записать звонок (Ctrl+L)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>The whole timeline under the chosen filter (also the older entries not loaded yet) to an Excel workbook</source>
        <translation>Выгрузить всю ленту событий с выбранным фильтром (включая ещё не загруженные ранние записи) в книгу Excel</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Загрузить более ранние записи</translation>
    </message>
    <message>
        <source>This client no longer exists (merged or deleted).</source>
        <translation>Этого клиента больше нет (объединён или удалён).</translation>
    </message>
    <message>
        <source>Nothing here yet.
Log a call or add a note with the buttons above.</source>
        <translation>Здесь пока ничего нет.
Запишите звонок или добавьте заметку кнопками выше.</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>Записей такого вида пока нет.</translation>
    </message>
    <message>
        <source>the timeline</source>
        <translation>лента событий</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <source>Units of measure</source>
        <translation>Единицы измерения</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Знаков после запятой</translation>
    </message>
    <message>
        <source>No units yet: type a name below and press Add.</source>
        <translation>Единиц пока нет: введите наименование ниже и нажмите «Добавить».</translation>
    </message>
    <message>
        <source>e.g. pcs, kg, m</source>
        <translation>напр. шт, кг, м</translation>
    </message>
    <message>
        <source>How many fraction digits a quantity in this unit may have</source>
        <translation>Сколько знаков после запятой может быть у количества в этой единице</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
</context>
<context>
    <name>UsersRolesDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Пользователи</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>&amp;Роли</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Update &amp;database roles</source>
        <translation>Обновить роли &amp;базы данных</translation>
    </message>
    <message>
        <source>Make every user a PostgreSQL role with their role&apos;s rights, so other tools (psql, ODBC) see exactly what Karavan shows them</source>
        <translation>Сделать каждого пользователя ролью PostgreSQL с правами его роли, чтобы другие программы (psql, ODBC) видели ровно то, что показывает ему Karavan</translation>
    </message>
    <message>
        <source>{users} users and {groups} roles are now database roles with these rights.</source>
        <translation>Пользователи ({users}) и роли ({groups}) теперь стали ролями базы данных с этими правами.</translation>
    </message>
    <message>
        <source>{n} inactive users may not log in.</source>
        <translation>Неактивным пользователям ({n}) вход запрещён.</translation>
    </message>
    <message>
        <source>Each user&apos;s database password is set the next time their password is set or changed here.</source>
        <translation>Пароль базы данных каждого пользователя задаётся, когда его пароль в следующий раз задают или меняют здесь.</translation>
    </message>
    <message>
        <source>Database roles</source>
        <translation>Роли базы данных</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>до {0}</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation>Активен (может входить)</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Филиал:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Новый пользователь…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Show the account as it is saved now (your edits are dropped)</source>
        <translation>Показать учётную запись в сохранённом виде (ваши правки будут потеряны)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Login: {0}{1}</source>
        <translation>Логин: {0}{1}</translation>
    </message>
    <message>
        <source> — must change the password at the next sign-in</source>
        <translation> — должен сменить пароль при следующем входе</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>User {0} created.</source>
        <translation>Пользователь {0} создан.</translation>
    </message>
    <message>
        <source>New password set for {0}: they must change it when they sign in.</source>
        <translation>Новый пароль для {0} задан: его нужно сменить при входе.</translation>
    </message>
    <message>
        <source>{0} can sign in again.</source>
        <translation>{0} снова может входить.</translation>
    </message>
</context>
<context>
    <name>ValuationView</name>
    <message>
        <source>Export the valuation</source>
        <translation>Выгрузить оценку запасов</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Все склады</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>Средняя себестоимость</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>At the end of:</source>
        <translation>На конец:</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>Склад:</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n line(s) · quantity {quantity} · value {value}</source>
        <translation>
            <numerusform>Итого: строк — %n · количество {quantity} · стоимость {value}</numerusform>
            <numerusform>Итого: строк — %n · количество {quantity} · стоимость {value}</numerusform>
            <numerusform>Итого: строк — %n · количество {quantity} · стоимость {value}</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock valuation at the end of {day} — {warehouse}</source>
        <translation>Оценка запасов на конец {day} — {warehouse}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>WarehouseWorkspace</name>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Остатки</translation>
    </message>
    <message>
        <source>To reorder</source>
        <translation>К пополнению</translation>
    </message>
    <message>
        <source>Product moves</source>
        <translation>Движения товаров</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Оценка запасов</translation>
    </message>
    <message>
        <source>New receipt</source>
        <translation>Новая приёмка</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>Новая отгрузка</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>Новое перемещение</translation>
    </message>
    <message>
        <source>New write-off</source>
        <translation>Новое списание</translation>
    </message>
    <message>
        <source>New count</source>
        <translation>Новая инвентаризация</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Warehouses…</source>
        <translation>Склады…</translation>
    </message>
    <message>
        <source>Clerk PINs…</source>
        <translation>PIN-коды кладовщиков…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>The stock documents the list shows, to an Excel workbook</source>
        <translation>Выгрузить складские документы из списка в книгу Excel</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Search number, client, comment…</source>
        <translation>Поиск по номеру, клиенту, комментарию…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>No stock documents match the filters.</source>
        <translation>Нет складских документов, соответствующих фильтрам.</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Все склады</translation>
    </message>
    <message>
        <source>Search SKU or product…</source>
        <translation>Поиск по артикулу или товару…</translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation>Ниже минимума</translation>
    </message>
    <message>
        <source>Stock at…</source>
        <translation>Остатки на дату…</translation>
    </message>
    <message>
        <source>Moves…</source>
        <translation>Движения…</translation>
    </message>
    <message>
        <source>The selected product&apos;s moves with the running balance</source>
        <translation>Движения выбранного товара с нарастающим остатком</translation>
    </message>
    <message>
        <source>Export the balances the list shows to Excel (Ctrl+E)</source>
        <translation>Выгрузить остатки из списка в Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>Склад:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Expires {d}</source>
        <translation>Годен до {d}</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Резерв</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Ordered from suppliers, not yet received</source>
        <translation>Заказано у поставщиков, ещё не получено</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Avg cost</source>
        <translation>Ср. себестоимость</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>No stock matches the filters.</source>
        <translation>Нет остатков, соответствующих фильтрам.</translation>
    </message>
    <message>
        <source>stock documents</source>
        <translation>складские документы</translation>
    </message>
    <message>
        <source>Stock at the end of {day} — {warehouse}</source>
        <translation>Остатки на конец {day} — {warehouse}</translation>
    </message>
    <message>
        <source>stock balances</source>
        <translation>складские остатки</translation>
    </message>
    <message>
        <source>Stock at the end of {day}</source>
        <translation>Остатки на конец {day}</translation>
    </message>
    <message>
        <source>Stock now</source>
        <translation>Остатки сейчас</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Себестоимость единицы</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Загрузить ещё</translation>
    </message>
    <message>
        <source>Every move of this product (also the ones not loaded yet) to an Excel workbook</source>
        <translation>Выгрузить все движения этого товара (включая ещё не загруженные) в книгу Excel</translation>
    </message>
    <message>
        <source>Choose a row on the Balances tab and press “Moves…” (or double-click it).</source>
        <translation>Выберите строку на вкладке «Остатки» и нажмите «Движения…» (или дважды щёлкните её).</translation>
    </message>
    <message>
        <source>This product has no moves yet.</source>
        <translation>У этого товара пока нет движений.</translation>
    </message>
    <message>
        <source>stock moves</source>
        <translation>движения товаров</translation>
    </message>
</context>
<context>
    <name>WarehousesDialog</name>
    <message>
        <source>Warehouses</source>
        <translation>Склады</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Negative stock</source>
        <translation>Отрицательные остатки</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показать архивные</translation>
    </message>
    <message>
        <source>Allow negative stock</source>
        <translation>Разрешить отрицательные остатки</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>{who} saved this warehouse after you opened it (now: “{name}”). Your values are kept: Save again to overwrite, or pick it in the list to see theirs.</source>
        <translation>{who} сохранил(а) этот склад после того, как вы его открыли (сейчас: «{name}»). Ваши значения сохранены: нажмите «Сохранить» ещё раз, чтобы перезаписать, или выберите склад в списке, чтобы увидеть их версию.</translation>
    </message>
</context>
</TS>
