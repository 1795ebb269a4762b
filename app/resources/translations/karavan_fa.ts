<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>(type a name)</source>
        <translation>(یک نام وارد کنید)</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>دفتر مرکزی</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>Min stock</source>
        <translation>حداقل موجودی</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>کالاها</translation>
    </message>
    <message>
        <source>(no branch)</source>
        <translation>(بدون شعبه)</translation>
    </message>
    <message>
        <source> (head office)</source>
        <translation> (دفتر مرکزی)</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (بسته)</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(بدون واحد)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Your changes to {what} are not saved. Discard them?</source>
        <translation>تغییرات شما در {what} ذخیره نشده است. کنار گذاشته شوند؟</translation>
    </message>
    <message>
        <source>View</source>
        <translation>مشاهده</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>خودی</translation>
    </message>
    <message>
        <source>Team (branch)</source>
        <translation>تیم (شعبه)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>حوزه</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>دامنه</translation>
    </message>
    <message>
        <source>Own: the user&apos;s records; Team: their branch&apos;s; All: every branch&apos;s</source>
        <translation>خود: سوابق خود کاربر؛ تیم: سوابق شعبه او؛ همه: سوابق همه شعبه‌ها</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Messages from automation rules</source>
        <translation>پیام‌های قوانین خودکارسازی</translation>
    </message>
    <message>
        <source>Automation rules could not run: {0}</source>
        <translation>قوانین خودکارسازی اجرا نشدند: {0}</translation>
    </message>
    <message>
        <source>Messages: {0}</source>
        <translation>پیام‌ها: {0}</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>پیام‌ها</translation>
    </message>
    <message>
        <source>Double-click a message to open its record</source>
        <translation>برای باز کردن سابقه مربوط، روی پیام دوبار کلیک کنید</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>پیامی نیست.</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>علامت‌گذاری همه به‌عنوان خوانده‌شده</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Automation rules</source>
        <translation>قوانین خودکارسازی</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>قانون جدید</translation>
    </message>
    <message>
        <source>Add from template</source>
        <translation>افزودن از الگو</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Run log…</source>
        <translation>گزارش اجرا…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Won deal → order and a task for the warehouse</source>
        <translation>معامله برنده‌شده ← سفارش و یک کار برای انبار</translation>
    </message>
    <message>
        <source>Invoice overdue 3 days → call task for the manager</source>
        <translation>فاکتور ۳ روز معوق ← کار تماس برای مدیر</translation>
    </message>
    <message>
        <source>Stock below minimum → draft purchase order</source>
        <translation>موجودی کمتر از حداقل ← پیش‌نویس سفارش خرید</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>به مرحله بعد</translation>
    </message>
    <message>
        <source>Conversion %</source>
        <translation>نرخ تبدیل %</translation>
    </message>
    <message>
        <source>Lost because: {reason}</source>
        <translation>دلیل ناموفق بودن: {reason}</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(بدون دلیل)</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <source>Conversion: {pipeline}, {date_from} – {date_to}</source>
        <translation>نرخ تبدیل: {pipeline}، {date_from} – {date_to}</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <source>Weighted forecast of open deals, {currency}</source>
        <translation>پیش‌بینی وزنی معاملات باز، {currency}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>به</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>دلیل ناموفق بودن</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>روز در مرحله</translation>
    </message>
    <message>
        <source>Still there</source>
        <translation>هنوز در مرحله</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(ایجاد شد)</translation>
    </message>
    <message>
        <source>Only if (all of these hold)</source>
        <translation>فقط اگر (همه این شرط‌ها برقرار باشند)</translation>
    </message>
    <message>
        <source>No conditions: the rule runs on every such change.</source>
        <translation>بدون شرط: قانون با هر تغییر از این نوع اجرا می‌شود.</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>افزودن شرط</translation>
    </message>
    <message>
        <source>Then do</source>
        <translation>آنگاه انجام بده</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>افزودن اقدام</translation>
    </message>
    <message>
        <source>In a subject or message, {record} is the record&apos;s name or number and {rule} the rule&apos;s name.</source>
        <translation>در موضوع یا متن پیام، {record} نام یا شماره سابقه و {rule} نام قانون است.</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>ذخیره قانون</translation>
    </message>
    <message>
        <source>You may look at the rules; changing them needs the Settings edit right.</source>
        <translation>می‌توانید قوانین را ببینید؛ تغییر آن‌ها به مجوز ویرایش تنظیمات نیاز دارد.</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (خاموش)</translation>
    </message>
    <message>
        <source>A schedule has no record whose fields a condition could test.</source>
        <translation>زمان‌بندی، سابقه‌ای ندارد که شرط بتواند فیلدهای آن را بررسی کند.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>حذف قانون</translation>
    </message>
    <message>
        <source>Delete the rule “{0}” and its run log?</source>
        <translation>قانون «{0}» و گزارش اجرای آن حذف شوند؟</translation>
    </message>
    <message>
        <source>Condition {0}</source>
        <translation>شرط {0}</translation>
    </message>
    <message>
        <source>Action {0}</source>
        <translation>اقدام {0}</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>رویداد آغازگر</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>اقدام‌ها</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(هر کدام)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>The record&apos;s manager</source>
        <translation>مسئول سابقه</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>مدیران سیستم</translation>
    </message>
    <message>
        <source>Role: {0}</source>
        <translation>نقش: {0}</translation>
    </message>
    <message>
        <source>value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>ناموفق، دوباره تلاش می‌شود</translation>
    </message>
    <message>
        <source>Failed, reported</source>
        <translation>ناموفق، گزارش شد</translation>
    </message>
    <message>
        <source>Stopped: loop</source>
        <translation>متوقف شد: حلقه</translation>
    </message>
    <message>
        <source>Failed, retried</source>
        <translation>ناموفق، دوباره تلاش شد</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>قاعده</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>چه اتفاقی افتاد</translation>
    </message>
    <message>
        <source>(schedule)</source>
        <translation>(زمان‌بندی)</translation>
    </message>
    <message>
        <source>Automation rule-run log</source>
        <translation>گزارش اجرای قوانین خودکارسازی</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>همه اجراها</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>فقط موارد دارای مشکل</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>گزارش‌شده</translation>
    </message>
    <message>
        <source>Stopped loops</source>
        <translation>حلقه‌های متوقف‌شده</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>همه قوانین</translation>
    </message>
    <message>
        <source>This rule</source>
        <translation>این قانون</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>Run the rule on this record again (after fixing the rule or the data)</source>
        <translation>اجرای دوباره قانون روی این سابقه (پس از اصلاح قانون یا داده‌ها)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>بازخوانی</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), {problems} with a problem</source>
        <translation>
            <numerusform>%n اجرا، {problems} با مشکل</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued again: the rule runs in a moment.</source>
        <translation>دوباره در صف قرار گرفت: قانون تا لحظاتی دیگر اجرا می‌شود.</translation>
    </message>
    <message>
        <source>The password does not open {file}. Only the password the backup was made with opens it.</source>
        <translation>این رمز عبور {file} را باز نمی‌کند. فقط رمزی که پشتیبان با آن ساخته شده، آن را باز می‌کند.</translation>
    </message>
    <message>
        <source>{file} is encrypted: type its password.</source>
        <translation>{file} رمزگذاری شده است: رمز عبور آن را وارد کنید.</translation>
    </message>
    <message>
        <source>{file} is damaged: {detail}</source>
        <translation>{file} آسیب دیده است: {detail}</translation>
    </message>
    <message>
        <source>{tool} was not found. Install the PostgreSQL client tools (the server&apos;s major version or newer) or set KARAVAN_PG_BIN to the folder that holds {tool}.</source>
        <translation>{tool} پیدا نشد. ابزارهای کلاینت PostgreSQL (هم‌نسخه اصلی سرور یا جدیدتر) را نصب کنید یا KARAVAN_PG_BIN را روی پوشه‌ای که {tool} در آن است تنظیم کنید.</translation>
    </message>
    <message>
        <source>Cannot write: {reason}</source>
        <translation>نوشتن ممکن نیست: {reason}</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} مگابایت</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} کیلوبایت</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>پیش از ارتقا</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>به درخواست</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامشخص</translation>
    </message>
    <message>
        <source>Unreadable: {0}</source>
        <translation>ناخوانا: {0}</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>بررسی‌نشده</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>آسیب‌دیده</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>سالم</translation>
    </message>
    <message>
        <source>Bytes OK (contents need the password)</source>
        <translation>بایت‌ها سالم است (بررسی محتوا به رمز عبور نیاز دارد)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>دستورها</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>بهای تمام‌شده کل</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>ساخته‌شده</translation>
    </message>
    <message>
        <source>Production output by month</source>
        <translation>تولید به تفکیک ماه</translation>
    </message>
    <message>
        <source>Production output by product</source>
        <translation>تولید به تفکیک کالا</translation>
    </message>
    <message>
        <source>Completions of production orders by completion date; cost at moving average.</source>
        <translation>تکمیل دستورهای تولید بر اساس تاریخ تکمیل؛ بها به میانگین متحرک.</translation>
    </message>
    <message>
        <source>In</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>In value</source>
        <translation>ارزش ورود</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Out value</source>
        <translation>ارزش خروج</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>ارزش خالص</translation>
    </message>
    <message>
        <source>Ledger moves dated in the period; value at cost.</source>
        <translation>گردش‌های موجودی با تاریخ در این دوره؛ ارزش به بهای تمام‌شده.</translation>
    </message>
    <message>
        <source>Stock valuation at {day}</source>
        <translation>ارزش‌گذاری موجودی در {day}</translation>
    </message>
    <message>
        <source>Product — warehouse</source>
        <translation>کالا — انبار</translation>
    </message>
    <message>
        <source>Stock and its cost value at the end of the period&apos;s last day.</source>
        <translation>موجودی و ارزش بهای تمام‌شده آن در پایان آخرین روز دوره.</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 روز</translation>
    </message>
    <message>
        <source>Payables aging at {day}</source>
        <translation>تحلیل سنی بدهی‌ها در {day}</translation>
    </message>
    <message>
        <source>Receivables aging at {day}</source>
        <translation>تحلیل سنی مطالبات در {day}</translation>
    </message>
    <message>
        <source>Open confirmed invoices by days past their due date, in the company currency.</source>
        <translation>فاکتورهای تأییدشده باز بر اساس روزهای گذشته از سررسید، به ارز شرکت.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>رمزگذاری‌شده</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>{tables} tables, {rows} rows; schema {rev}; Karavan {version}</source>
        <translation>{tables} جدول، {rows} ردیف؛ طرح‌واره {rev}؛ Karavan {version}</translation>
    </message>
    <message>
        <source>Restore a Karavan backup</source>
        <translation>بازیابی پشتیبان Karavan</translation>
    </message>
    <message>
        <source>{file} is encrypted. Its password:</source>
        <translation>{file} رمزگذاری شده است. رمز عبور آن:</translation>
    </message>
    <message>
        <source>Restore the backup of {source} made {when} ({rows} rows) into the new database
{target}?

The database in use is not changed.</source>
        <translation>پشتیبان {source} که در {when} ساخته شده ({rows} ردیف) در پایگاه داده جدید
{target} بازیابی شود؟

پایگاه داده در حال استفاده تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>Restoring {file}…</source>
        <translation>در حال بازیابی {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Cancelled: nothing was restored.</source>
        <translation>لغو شد: چیزی بازیابی نشد.</translation>
    </message>
    <message>
        <source>Restored and verified: {tables} tables, {rows} rows in
{target}</source>
        <translation>بازیابی و تأیید شد: {tables} جدول، {rows} ردیف در
{target}</translation>
    </message>
    <message>
        <source>Switch the connection to it? Karavan then opens the restored database; the old one is kept.</source>
        <translation>اتصال به آن تغییر کند؟ در این صورت Karavan پایگاه داده بازیابی‌شده را باز می‌کند؛ پایگاه داده قبلی حفظ می‌شود.</translation>
    </message>
    <message>
        <source>Scheduled backup made: {name}</source>
        <translation>پشتیبان زمان‌بندی‌شده ساخته شد: {name}</translation>
    </message>
    <message numerus="yes">
        <source>(%n old backup(s) removed by rotation)</source>
        <translation>
            <numerusform>(%n پشتیبان قدیمی در چرخش حذف شد)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled backup not made: encrypted backups need the password kept on this computer (Settings → Backups…).</source>
        <translation>پشتیبان زمان‌بندی‌شده ساخته نشد: پشتیبان‌های رمزگذاری‌شده نیاز دارند رمز عبور روی این رایانه نگه داشته شود (تنظیمات ← پشتیبان‌ها…).</translation>
    </message>
    <message>
        <source>Scheduled backup failed: {reason}</source>
        <translation>پشتیبان‌گیری زمان‌بندی‌شده ناموفق بود: {reason}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>نام حقوقی</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <source>Registration numbers</source>
        <translation>شماره‌های ثبت</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>نقش‌ها</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>راه‌های ارتباطی</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>اشخاص رابط</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>نشانی‌ها</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>حساب‌های بانکی</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>تامین‌کننده</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بدون نام)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>افزودن شخص</translation>
    </message>
    <message>
        <source>Edit the list of positions</source>
        <translation>ویرایش فهرست سمت‌ها</translation>
    </message>
    <message>
        <source>No birthday</source>
        <translation>بدون تاریخ تولد</translation>
    </message>
    <message>
        <source>Full name*</source>
        <translation>نام کامل*</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Please check: {names}</source>
        <translation>لطفاً بررسی کنید: {names}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
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
        <translation>شبکه اجتماعی</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>حقوقی</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>واقعی</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>تحویل</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>ساختمان</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>One line</source>
        <translation>یک خط</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
    </message>
    <message>
        <source>BIC / SWIFT</source>
        <translation>BIC / SWIFT</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>شماره حساب</translation>
    </message>
    <message>
        <source>Correspondent account</source>
        <translation>حساب واسط</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>ردیف {row}، {column}: {message}</translation>
    </message>
    <message>
        <source>Karavan ran into an unexpected problem. Nothing you had saved was lost: the step that failed was not saved.</source>
        <translation>Karavan با مشکلی غیرمنتظره روبه‌رو شد. هیچ‌یک از داده‌های ذخیره‌شده شما از بین نرفت: مرحله‌ای که ناموفق بود ذخیره نشد.</translation>
    </message>
    <message>
        <source>You can go on working. If something looks wrong, save your work and restart Karavan.</source>
        <translation>می‌توانید به کار ادامه دهید. اگر چیزی نادرست به نظر رسید، کار خود را ذخیره کنید و Karavan را دوباره راه‌اندازی کنید.</translation>
    </message>
    <message>
        <source>The problem keeps coming back, so Karavan has to close. Open cards with unsaved changes will ask first.</source>
        <translation>این مشکل مدام تکرار می‌شود، بنابراین Karavan باید بسته شود. کارت‌های باز دارای تغییرات ذخیره‌نشده ابتدا از شما می‌پرسند.</translation>
    </message>
    <message>
        <source>Open report folder</source>
        <translation>باز کردن پوشه گزارش</translation>
    </message>
    <message>
        <source>Close Karavan</source>
        <translation>بستن Karavan</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>دیروز</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>این هفته</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>هفته گذشته</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>ماه گذشته</translation>
    </message>
    <message>
        <source>No sales yet {0}</source>
        <translation>{0} هنوز فروشی نداشته‌ایم</translation>
    </message>
    <message>
        <source>Nothing sold {0} ({1})</source>
        <translation>{0} فروشی نداشتیم ({1})</translation>
    </message>
    <message>
        <source>{0} {1} % against {2}: {3} ({4})</source>
        <translation>{0} {1} % نسبت به {2}: {3} ({4})</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed invoice(s) {0}</source>
        <translation>
            <numerusform>%n فاکتور تأییدشده {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) confirmed today</source>
        <translation>
            <numerusform>%n سفارش تأییدشده امروز</numerusform>
        </translation>
    </message>
    <message>
        <source>vs plan: {0}&#xa0;% of {1}</source>
        <translation>نسبت به برنامه: {0} % از {1}</translation>
    </message>
    <message>
        <source>net sales {0}; {1}&#xa0;% expected by today</source>
        <translation>فروش خالص {0}؛ {1} % تا امروز مورد انتظار</translation>
    </message>
    <message>
        <source>No pipeline yet: set one up in the Sales funnel.</source>
        <translation>هنوز قیفی وجود ندارد: آن را در قیف فروش تعریف کنید.</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n open deal(s)</source>
        <translation>
            <numerusform>{0}: %n معامله باز</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deals</source>
        <translation>معامله بازی نیست</translation>
    </message>
    <message>
        <source>Not summed (no rate): {0}</source>
        <translation>جمع زده نشد (بدون نرخ ارز): {0}</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Available / minimum</source>
        <translation>موجود / حداقل</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n کالا</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is above its minimum.</source>
        <translation>موجودی همه کالاها بالاتر از حداقل است.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more on the reorder list</source>
        <translation>
            <numerusform>و %n مورد دیگر در فهرست سفارش مجدد</numerusform>
        </translation>
    </message>
    <message>
        <source>below their minimum stock</source>
        <translation>کمتر از حداقل موجودی</translation>
    </message>
    <message>
        <source>of yours are overdue</source>
        <translation>از وظایف شما سررسیدگذشته است</translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>وظیفه سررسیدگذشته‌ای نیست.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue in the whole team</source>
        <translation>
            <numerusform>%n مورد سررسیدگذشته در کل تیم</numerusform>
        </translation>
    </message>
    <message>
        <source>owed by clients</source>
        <translation>بدهی مشتریان</translation>
    </message>
    <message>
        <source>Nobody owes anything.</source>
        <translation>هیچ‌کس بدهی ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: {0} in %n invoice(s)</source>
        <translation>
            <numerusform>سررسیدگذشته: {0} در %n فاکتور</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice is past due.</source>
        <translation>هیچ فاکتوری از سررسید نگذشته است.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>released</source>
        <translation>آزادشده</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>در حال انجام</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n سفارش</numerusform>
        </translation>
    </message>
    <message>
        <source>No production orders in progress.</source>
        <translation>هیچ دستور تولیدی در جریان نیست.</translation>
    </message>
    <message numerus="yes">
        <source>{0} units made {1} (%n completion(s))</source>
        <translation>
            <numerusform>{0} واحد تولید شد {1} (%n تکمیل)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing made yet {0}.</source>
        <translation>{0} هنوز چیزی تولید نشده است.</translation>
    </message>
    <message>
        <source>{0} — {1} % (expected {2} %)</source>
        <translation>{0} — {1} % (مورد انتظار {2} %)</translation>
    </message>
    <message>
        <source>No objective runs today: set some in Goals.</source>
        <translation>امروز هیچ هدفی در جریان نیست: در بخش اهداف تعریف کنید.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in Goals</source>
        <translation>
            <numerusform>و %n مورد دیگر در اهداف</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see the confirmed invoices of the period</source>
        <translation>برای دیدن فاکتورهای تأییدشده این دوره کلیک کنید</translation>
    </message>
    <message>
        <source>Funnel by stage</source>
        <translation>قیف بر اساس مرحله</translation>
    </message>
    <message>
        <source>Click to open the Sales funnel board</source>
        <translation>برای باز کردن تابلوی قیف فروش کلیک کنید</translation>
    </message>
    <message>
        <source>Top clients</source>
        <translation>مشتریان برتر</translation>
    </message>
    <message>
        <source>Click a client to open it, elsewhere for the period&apos;s invoices</source>
        <translation>روی یک مشتری کلیک کنید تا باز شود، یا جای دیگر برای فاکتورهای دوره</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>کالاهای برتر</translation>
    </message>
    <message>
        <source>Click a product to open it, elsewhere for the period&apos;s invoices</source>
        <translation>روی یک کالا کلیک کنید تا باز شود، یا جای دیگر برای فاکتورهای دوره</translation>
    </message>
    <message>
        <source>Stock below minimum</source>
        <translation>موجودی کمتر از حداقل</translation>
    </message>
    <message>
        <source>Click to open the Warehouse reorder list</source>
        <translation>برای باز کردن فهرست سفارش مجدد انبار کلیک کنید</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>وظایف سررسیدگذشته</translation>
    </message>
    <message>
        <source>Click to open My day in Tasks</source>
        <translation>برای باز کردن «روز من» در وظایف کلیک کنید</translation>
    </message>
    <message>
        <source>is not an invoice of this client</source>
        <translation>فاکتور این مشتری نیست</translation>
    </message>
    <message>
        <source>is not an invoice of this supplier</source>
        <translation>فاکتور این تامین‌کننده نیست</translation>
    </message>
    <message>
        <source>{number} is not confirmed</source>
        <translation>{number} تأیید نشده است</translation>
    </message>
    <message>
        <source>the invoice is not confirmed</source>
        <translation>فاکتور تأیید نشده است</translation>
    </message>
    <message>
        <source>{number} is listed twice</source>
        <translation>{number} دو بار آمده است</translation>
    </message>
    <message>
        <source>{number} is in {currency}, the payment in {payment_currency}</source>
        <translation>{number} به {currency} است و پرداخت به {payment_currency}</translation>
    </message>
    <message>
        <source>has more decimals than the currency</source>
        <translation>ارقام اعشار آن از ارقام اعشار ارز بیشتر است</translation>
    </message>
    <message>
        <source>is more than {number} has open ({open_})</source>
        <translation>بیش از مانده باز {number} ({open_}) است</translation>
    </message>
    <message>
        <source>is more than the payment has left to allocate ({free})</source>
        <translation>بیش از مبلغ تخصیص‌نیافته پرداخت ({free}) است</translation>
    </message>
    <message>
        <source>is incoming or outgoing</source>
        <translation>باید دریافتی یا پرداختی باشد</translation>
    </message>
    <message>
        <source>is bank or cash</source>
        <translation>باید بانکی یا نقدی باشد</translation>
    </message>
    <message>
        <source>no {currency} rate on or before {day}</source>
        <translation>نرخ {currency} در {day} یا پیش از آن وجود ندارد</translation>
    </message>
    <message>
        <source>is longer than 100 characters</source>
        <translation>بیش از 100 نویسه است</translation>
    </message>
    <message>
        <source>a cancelled payment is not allocated</source>
        <translation>پرداخت ابطال‌شده تخصیص داده نمی‌شود</translation>
    </message>
    <message>
        <source>{number} is already cancelled</source>
        <translation>{number} قبلاً ابطال شده است</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>مطالبات</translation>
    </message>
    <message>
        <source>Payables</source>
        <translation>بدهی‌ها</translation>
    </message>
    <message>
        <source>Payables at {day}, {currency}</source>
        <translation>بدهی‌ها در {day}، {currency}</translation>
    </message>
    <message>
        <source>Receivables at {day}, {currency}</source>
        <translation>مطالبات در {day}، {currency}</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>سررسیدنشده</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 روز</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 روز</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 روز</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>بیش از 90 روز</translation>
    </message>
    <message>
        <source>is before the start of the period</source>
        <translation>پیش از آغاز دوره است</translation>
    </message>
    <message>
        <source>must be zero or more, in cents at most</source>
        <translation>باید صفر یا بیشتر باشد، حداکثر با دقت یک سنت</translation>
    </message>
    <message>
        <source>Click to open Debts by age in Payments</source>
        <translation>برای باز کردن «بدهی‌ها بر اساس سن» در پرداخت‌ها کلیک کنید</translation>
    </message>
    <message>
        <source>Production in progress</source>
        <translation>تولید در جریان</translation>
    </message>
    <message>
        <source>Click to open the Production plan</source>
        <translation>برای باز کردن برنامه تولید کلیک کنید</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <source>Click to open Goals</source>
        <translation>برای باز کردن اهداف کلیک کنید</translation>
    </message>
    <message>
        <source>Confirming this document takes {client} over the credit limit.

Credit limit: {limit}
Owed now: {owed}
This document: {document}
Over the limit by: {over}</source>
        <translation>تأیید این سند باعث می‌شود {client} از سقف اعتبار فراتر رود.

سقف اعتبار: {limit}
بدهی فعلی: {owed}
این سند: {document}
مازاد بر سقف: {over}</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>سقف اعتبار</translation>
    </message>
    <message>
        <source>Confirm anyway</source>
        <translation>در هر حال تأیید شود</translation>
    </message>
    <message>
        <source>This waybill is dated before {n} posted stock documents ({numbers}). Confirm anyway and recompute their costs?</source>
        <translation>تاریخ این حواله پیش از {n} سند انبار ثبت‌شده ({numbers}) است. در هر حال تأیید شود و بهای تمام‌شده آن‌ها دوباره محاسبه شود؟</translation>
    </message>
    <message>
        <source>Back-dated shipment</source>
        <translation>ارسال با تاریخ گذشته</translation>
    </message>
    <message>
        <source>You may not confirm beyond the client&apos;s credit limit: ask a user with that right.</source>
        <translation>شما اجازه تأیید فراتر از سقف اعتبار مشتری را ندارید: از کاربری که این دسترسی را دارد بخواهید.</translation>
    </message>
    <message>
        <source>The most the client may owe, in the company currency (empty: no limit):</source>
        <translation>بیشترین بدهی مجاز مشتری، به ارز شرکت (خالی: بدون سقف):</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>صورت‌جلسه</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>قرارداد</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <source>Supplier return</source>
        <translation>مرجوعی به تأمین‌کننده</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Paid state</source>
        <translation>وضعیت پرداخت</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>هنوز نه</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>بخشی</translation>
    </message>
    <message>
        <source>fully</source>
        <translation>کامل</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>پیش‌فاکتور جدید</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>سفارش جدید</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>فاکتور جدید</translation>
    </message>
    <message>
        <source>New waybill</source>
        <translation>بارنامه جدید</translation>
    </message>
    <message>
        <source>New act</source>
        <translation>صورت‌حساب خدمات جدید</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>قرارداد جدید</translation>
    </message>
    <message>
        <source>New return</source>
        <translation>برگشت جدید</translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation>سفارش خرید جدید</translation>
    </message>
    <message>
        <source>New goods receipt</source>
        <translation>رسید کالای جدید</translation>
    </message>
    <message>
        <source>New supplier invoice</source>
        <translation>فاکتور تأمین‌کننده جدید</translation>
    </message>
    <message>
        <source>New supplier return</source>
        <translation>برگشت به تأمین‌کننده جدید</translation>
    </message>
    <message>
        <source>New document: {kind}</source>
        <translation>سند جدید: {kind}</translation>
    </message>
    <message>
        <source>received {0}</source>
        <translation>دریافت‌شده {0}</translation>
    </message>
    <message>
        <source>invoiced {0}</source>
        <translation>فاکتورشده {0}</translation>
    </message>
    <message>
        <source>paid {0}</source>
        <translation>پرداخت‌شده {0}</translation>
    </message>
    <message>
        <source>shipped {0}</source>
        <translation>ارسال‌شده {0}</translation>
    </message>
    <message>
        <source>received {0} · invoiced {1}</source>
        <translation>دریافت‌شده {0} · فاکتورشده {1}</translation>
    </message>
    <message>
        <source>shipped {0} · invoiced {1}</source>
        <translation>ارسال‌شده {0} · فاکتورشده {1}</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>کالا یا خدمت</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>تخفیف %</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>مالیات %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>خالص</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>خودکار</translation>
    </message>
    <message>
        <source>Proposed (price list, the client&apos;s discount, the product&apos;s VAT rate); type to change</source>
        <translation>پیشنهادی (فهرست قیمت، تخفیف مشتری، نرخ مالیات کالا)؛ برای تغییر تایپ کنید</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(پیش‌نویس)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Shipped / paid</source>
        <translation>ارسال‌شده / پرداخت‌شده</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>سررسیدگذشته</translation>
    </message>
    <message>
        <source>Paid {paid} of {total}; due {due}</source>
        <translation>پرداخت‌شده {paid} از {total}؛ سررسید {due}</translation>
    </message>
    <message>
        <source>Make to order</source>
        <translation>تولید بر اساس سفارش</translation>
    </message>
    <message>
        <source>The order has unsaved changes. Save it now and make the line to order?</source>
        <translation>سفارش تغییرات ذخیره‌نشده دارد. اکنون ذخیره شود و این ردیف بر اساس سفارش تولید شود؟</translation>
    </message>
    <message>
        <source>Save the order first: a production order is made for a saved line</source>
        <translation>ابتدا سفارش را ذخیره کنید: دستور تولید برای ردیف ذخیره‌شده صادر می‌شود</translation>
    </message>
    <message>
        <source>Choose the line to make</source>
        <translation>ردیف مورد نظر برای تولید را انتخاب کنید</translation>
    </message>
    <message>
        <source>Only a product&apos;s line can be made to order</source>
        <translation>فقط ردیف کالا را می‌توان بر اساس سفارش تولید کرد</translation>
    </message>
    <message>
        <source>Plan a production order for what this line lacks (the stock and open production are taken into account)</source>
        <translation>برنامه‌ریزی دستور تولید برای کسری این ردیف (موجودی و تولید در جریان در نظر گرفته می‌شود)</translation>
    </message>
    <message>
        <source>Production order {number} planned for {quantity} {unit} of {product}</source>
        <translation>دستور تولید {number} برای {quantity} {unit} از {product} برنامه‌ریزی شد</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاکتور</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>تخصیص</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>{n} روز از سررسید گذشته</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به‌صورت PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحه</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>در {0} ذخیره شد</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer</source>
        <translation>
            <numerusform>%n صفحه به چاپگر فرستاده شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote (commercial proposal)</source>
        <translation>پیش‌فاکتور (پیشنهاد تجاری)</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>سفارش فروش</translation>
    </message>
    <message>
        <source>Invoice for payment</source>
        <translation>فاکتور پرداخت</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>حواله انبار</translation>
    </message>
    <message>
        <source>Act of completed work</source>
        <translation>صورتجلسه تحویل کار</translation>
    </message>
    <message>
        <source>Goods receipt</source>
        <translation>رسید انبار</translation>
    </message>
    <message>
        <source>Press Reload to see their version; what you typed stays until then.</source>
        <translation>برای دیدن نسخه آن‌ها «بارگذاری دوباره» را بزنید؛ آنچه تایپ کرده‌اید تا آن زمان باقی می‌ماند.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>کاربری دیگر</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>خروجی Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>کارپوشه Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>1 row written to {path}</source>
        <translation>1 ردیف در {path} نوشته شد</translation>
    </message>
    <message>
        <source>{n} rows written to {path}</source>
        <translation>{n} ردیف در {path} نوشته شد</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>باز کردن فایل</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>باز کردن پوشه</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>در حال خواندن</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>در حال نوشتن</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>در حال ذخیره</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>در حال محاسبه</translation>
    </message>
    <message>
        <source>Exporting {what} to {file}…</source>
        <translation>در حال صدور {what} به {file}…</translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation>{done} از {total} ردیف</translation>
    </message>
    <message>
        <source>{done} rows</source>
        <translation>{done} ردیف</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>صدور لغو شد: هیچ فایلی نوشته نشد.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>نوشتن {path} ممکن نیست: {reason}</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 روز</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} روز</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>این هفته</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>این فصل</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>سررسیدگذشته</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} روز {h} ساعت</translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d} روز</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} ساعت {m} دقیقه</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} ساعت</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} دقیقه</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>کمتر از یک دقیقه</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>ثبت پیشرفت</translation>
    </message>
    <message>
        <source>{0}: now {1}, target {2}</source>
        <translation>{0}: اکنون {1}، هدف {2}</translation>
    </message>
    <message>
        <source>What moved, what is in the way</source>
        <translation>چه پیش رفت، چه مانعی هست</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>مقدار فعلی</translation>
    </message>
    <message>
        <source>{0} checked in on this key result after you opened it; nothing was saved. Close this and check in again to see their value.</source>
        <translation>{0} پس از باز شدن این پنجره توسط شما، پیشرفت این نتیجه کلیدی را ثبت کرد؛ چیزی ذخیره نشد. این پنجره را ببندید و دوباره ثبت پیشرفت کنید تا مقدار او را ببینید.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>طبق برنامه</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>عقب‌تر از برنامه</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>شروع‌نشده</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>واحد سازمانی</translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <translation>هدف / نتیجه کلیدی</translation>
    </message>
    <message>
        <source>For</source>
        <translation>برای</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>اکنون</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>مقدار هدف</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <source>Expected by today</source>
        <translation>مورد انتظار تا امروز</translation>
    </message>
    <message>
        <source>Checked in by hand</source>
        <translation>ثبت دستی</translation>
    </message>
    <message>
        <source>e.g. Sign 10 new distributors</source>
        <translation>مثلاً عقد قرارداد با 10 توزیع‌کننده جدید</translation>
    </message>
    <message>
        <source>Counted from the data</source>
        <translation>محاسبه از روی داده‌ها</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(شخص خاصی نیست)</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>نتیجه کلیدی</translation>
    </message>
    <message>
        <source>How</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation>ثبت پیشرفت توسط</translation>
    </message>
    <message>
        <source>Start value</source>
        <translation>مقدار آغازین</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>هدف جدید</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>چرا مهم است</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>متعلق به</translation>
    </message>
    <message>
        <source>Overdue (due before {day})</source>
        <translation>سررسیدگذشته (سررسید پیش از {day})</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>فاکتورهای باز</translation>
    </message>
    <message>
        <source>Weighted deals</source>
        <translation>معاملات وزنی</translation>
    </message>
    <message>
        <source>Expected income</source>
        <translation>درآمد مورد انتظار</translation>
    </message>
    <message>
        <source>Supplier invoices</source>
        <translation>فاکتورهای تامین‌کننده</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>تجمعی</translation>
    </message>
    <message>
        <source>Open invoices and supplier invoices by due date; open deals by expected close, weighted.</source>
        <translation>فاکتورهای باز و فاکتورهای تامین‌کننده بر اساس سررسید؛ معاملات باز بر اساس تاریخ بسته شدن مورد انتظار، به‌صورت وزنی.</translation>
    </message>
    <message>
        <source>Deals in {currencies} are left out: no exchange rate.</source>
        <translation>معاملات به {currencies} کنار گذاشته شدند: نرخ ارز ندارند.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Cash-flow forecast by week</source>
        <translation>پیش‌بینی جریان نقدی به تفکیک هفته</translation>
    </message>
    <message>
        <source>Cash-flow forecast by month</source>
        <translation>پیش‌بینی جریان نقدی به تفکیک ماه</translation>
    </message>
    <message>
        <source>Add key result</source>
        <translation>افزودن نتیجه کلیدی</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>نتایج کلیدی</translation>
    </message>
    <message>
        <source>{0} changed this objective after you opened it; nothing was saved. Close this, and edit it again to see their changes.</source>
        <translation>{0} پس از باز شدن این هدف توسط شما آن را تغییر داد؛ چیزی ذخیره نشد. این پنجره را ببندید و دوباره ویرایش کنید تا تغییرات او را ببینید.</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation>لطفاً فیلدهای مشخص‌شده را اصلاح کنید.</translation>
    </message>
    <message>
        <source>Year&apos;s plan</source>
        <translation>برنامه سال</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>فروخته‌شده</translation>
    </message>
    <message>
        <source>Sold: {0}</source>
        <translation>فروخته‌شده: {0}</translation>
    </message>
    <message>
        <source>Sales plans</source>
        <translation>برنامه‌های فروش</translation>
    </message>
    <message>
        <source>Net sales a manager should invoice each month, in {0}. Hover a cell for what was sold.</source>
        <translation>فروش خالصی که هر مسئول باید در هر ماه فاکتور کند، به {0}. برای دیدن فروش انجام‌شده، نشانگر را روی خانه نگه دارید.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Save plans</source>
        <translation>ذخیره برنامه‌ها</translation>
    </message>
    <message>
        <source>Net sales each manager should invoice per month, in {0}. Hover a cell for what was sold; an empty cell has no plan.</source>
        <translation>فروش خالصی که هر مسئول باید در هر ماه فاکتور کند، به {0}. برای دیدن فروش انجام‌شده، نشانگر را روی خانه نگه دارید؛ خانه خالی یعنی برنامه‌ای نیست.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Some plans are not sums of zero or more (marked red); nothing was saved.</source>
        <translation>برخی برنامه‌ها مبلغ صفر یا بیشتر نیستند (با رنگ قرمز مشخص شده‌اند)؛ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>Quarter review {0} – {1}</source>
        <translation>بازبینی فصل {0} – {1}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <source>Objective / key result / check-in</source>
        <translation>هدف / نتیجه کلیدی / ثبت پیشرفت</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>{0} objective(s), {1} key result(s): {2} done, {3} behind; average progress {4}</source>
        <translation>{0} هدف، {1} نتیجه کلیدی: {2} انجام‌شده، {3} عقب‌تر از برنامه؛ میانگین پیشرفت {4}</translation>
    </message>
    <message>
        <source>counted from the data: {0}</source>
        <translation>محاسبه از روی داده‌ها: {0}</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>دوره:</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>تاریخ‌های دلخواه</translation>
    </message>
    <message>
        <source>New objective…</source>
        <translation>هدف جدید…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>ثبت پیشرفت…</translation>
    </message>
    <message>
        <source>Sales plans…</source>
        <translation>برنامه‌های فروش…</translation>
    </message>
    <message>
        <source>Quarter review…</source>
        <translation>بازبینی فصل…</translation>
    </message>
    <message>
        <source>Refresh goals</source>
        <translation>بازخوانی اهداف</translation>
    </message>
    <message>
        <source>No objectives in this period. New objective… sets one.</source>
        <translation>در این دوره هدفی نیست. با «هدف جدید…» یکی تعریف کنید.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>ثبت‌های پیشرفت</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>پایان دوره پیش از آغاز آن است.</translation>
    </message>
    <message>
        <source>{0} objective(s), {1} key result(s), {2} behind the pace</source>
        <translation>{0} هدف، {1} نتیجه کلیدی، {2} مورد عقب‌تر از برنامه</translation>
    </message>
    <message>
        <source>Check-ins: choose a key result to see its history</source>
        <translation>ثبت‌های پیشرفت: یک نتیجه کلیدی را برای دیدن سابقه آن انتخاب کنید</translation>
    </message>
    <message>
        <source>Check-ins of “{0}”</source>
        <translation>ثبت‌های پیشرفت «{0}»</translation>
    </message>
    <message>
        <source>“{0}” is counted from the data ({1}); it takes no check-ins</source>
        <translation>«{0}» از روی داده‌ها محاسبه می‌شود ({1})؛ ثبت پیشرفت نمی‌پذیرد</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>حذف هدف</translation>
    </message>
    <message>
        <source>Delete “{0}” with its key results and their check-ins?</source>
        <translation>«{0}» همراه با نتایج کلیدی و ثبت‌های پیشرفت آن‌ها حذف شود؟</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>میز خدمات</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>بازاریابی</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>انبار</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافتی</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>پرداختی</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>تخصیص‌یافته</translation>
    </message>
    <message>
        <source>Credit left</source>
        <translation>مانده بستانکاری</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقد</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شماره مرجع</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ابطال‌شده</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>ثبت‌شده</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>کارپوشه‌های Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>زمان انجام</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>پایین</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>High</source>
        <translation>بالا</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>در حال انجام</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Done today</source>
        <translation>انجام‌شده امروز</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>روز من</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>وظایف</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش مشتریان</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>گیرندگان</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>زمان آغاز</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>زمان پایان</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>در حال ارسال</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف‌شده</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>کمپین‌ها</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>لغو اشتراک</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>زمان ارسال</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Campaign: {name}</source>
        <translation>کمپین: {name}</translation>
    </message>
    <message>
        <source>Source / campaign</source>
        <translation>منبع / کمپین</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>Won amount {currency}</source>
        <translation>مبلغ موفق {currency}</translation>
    </message>
    <message>
        <source>Campaign cost</source>
        <translation>هزینه کمپین</translation>
    </message>
    <message>
        <source>Cost currency</source>
        <translation>ارز هزینه</translation>
    </message>
    <message>
        <source>Cost per won deal</source>
        <translation>هزینه هر معامله موفق</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(بدون منبع)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Sources of leads and deals, {date_from} – {date_to}</source>
        <translation>منابع سرنخ‌ها و معاملات، {date_from} – {date_to}</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>تمام روز</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>مواد</translation>
    </message>
    <message>
        <source>Finished product</source>
        <translation>محصول نهایی</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Scrap %</source>
        <translation>ضایعات %</translation>
    </message>
    <message>
        <source>Service · cost line</source>
        <translation>خدمت · ردیف هزینه</translation>
    </message>
    <message>
        <source>Sub-assembly</source>
        <translation>زیرمونتاژ</translation>
    </message>
    <message>
        <source>A service is not taken from stock: its purchase price adds to the cost</source>
        <translation>خدمت از موجودی برداشته نمی‌شود: قیمت خرید آن به بهای تمام‌شده افزوده می‌شود</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>What is calculated below to an Excel workbook</source>
        <translation>محاسبات زیر در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>Save the bill to see this.</source>
        <translation>برای دیدن این بخش، فهرست مواد را ذخیره کنید.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>the calculation</source>
        <translation>محاسبه</translation>
    </message>
    <message>
        <source>Type how many to make (more than zero).</source>
        <translation>تعداد مورد نظر برای تولید را وارد کنید (بیشتر از صفر).</translation>
    </message>
    <message>
        <source>Explode</source>
        <translation>تجزیه</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>جزء</translation>
    </message>
    <message>
        <source>average</source>
        <translation>میانگین</translation>
    </message>
    <message>
        <source>purchase price</source>
        <translation>قیمت خرید</translation>
    </message>
    <message>
        <source>rolled up</source>
        <translation>تجمیعی</translation>
    </message>
    <message>
        <source>service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>made by its bill</source>
        <translation>تولید طبق فهرست مواد خود</translation>
    </message>
    <message>
        <source>from stock</source>
        <translation>از موجودی</translation>
    </message>
    <message>
        <source>Material or service</source>
        <translation>ماده یا خدمت</translation>
    </message>
    <message>
        <source>material</source>
        <translation>ماده</translation>
    </message>
    <message>
        <source>Structure, level by level (scrap included, each level rounded up to its unit)</source>
        <translation>ساختار، سطح به سطح (با احتساب ضایعات، هر سطح به واحد خود گرد شده به بالا)</translation>
    </message>
    <message>
        <source>Raw materials and services in all</source>
        <translation>مجموع مواد اولیه و خدمات</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>محاسبه</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>بهای واحد</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>بهای تمام‌شده</translation>
    </message>
    <message>
        <source>Makes</source>
        <translation>تولید می‌کند</translation>
    </message>
    <message>
        <source>Bills of materials</source>
        <translation>فهرست‌های مواد</translation>
    </message>
    <message>
        <source>Net requirement</source>
        <translation>نیاز خالص</translation>
    </message>
    <message>
        <source>Need by</source>
        <translation>مورد نیاز تا</translation>
    </message>
    <message>
        <source>Order by</source>
        <translation>سفارش تا</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>ناخالص</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>موجود</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>رزروشده</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Draft POs</source>
        <translation>سفارش‌های خرید پیش‌نویس</translation>
    </message>
    <message>
        <source>Planned output</source>
        <translation>تولید برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>ذخیره اطمینان</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>پیشنهادی</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>تولید</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>خرید</translation>
    </message>
    <message>
        <source>MRP proposals</source>
        <translation>پیشنهادهای MRP</translation>
    </message>
    <message>
        <source>Requirements up to {day}: proposals</source>
        <translation>نیازمندی‌ها تا {day}: پیشنهادها</translation>
    </message>
    <message>
        <source>MRP netting</source>
        <translation>محاسبه خالص MRP</translation>
    </message>
    <message>
        <source>Requirements up to {day}: netting per product</source>
        <translation>نیازمندی‌ها تا {day}: محاسبه خالص به تفکیک کالا</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>مبنا</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>میانگین بها</translation>
    </message>
    <message>
        <source>Rolled up</source>
        <translation>تجمیع از اجزا</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>ساختار</translation>
    </message>
    <message>
        <source>Made by its bill</source>
        <translation>تولید طبق فهرست مواد</translation>
    </message>
    <message>
        <source>From stock</source>
        <translation>از موجودی</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>در مجموع</translation>
    </message>
    <message>
        <source>Explosion</source>
        <translation>تجزیه</translation>
    </message>
    <message>
        <source>Explosion for {quantity}</source>
        <translation>تجزیه برای {quantity}</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>مواد</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>خدمات</translation>
    </message>
    <message>
        <source>Cost of {quantity}</source>
        <translation>بهای {quantity}</translation>
    </message>
    <message>
        <source>Where used</source>
        <translation>محل‌های استفاده</translation>
    </message>
    <message>
        <source>Materials at their average cost in stock (their purchase price when none is in stock), sub-assemblies rolled up from their bills, services at their purchase price</source>
        <translation>مواد به میانگین بهای موجودی (در صورت نبود موجودی، به قیمت خرید)، زیرمونتاژها از فهرست مواد خود، خدمات به قیمت خرید</translation>
    </message>
    <message>
        <source>The bills below to an Excel workbook</source>
        <translation>فهرست‌های مواد زیر در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>1: uses it directly; 2: uses a product that uses it; …</source>
        <translation>1: مستقیماً از آن استفاده می‌کند؛ 2: از کالایی استفاده می‌کند که از آن استفاده می‌کند؛ …</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Quantity per batch</source>
        <translation>مقدار در هر بچ</translation>
    </message>
    <message>
        <source>Double-click a bill to open it. Levels above 1 follow active bills only.</source>
        <translation>برای باز کردن فهرست مواد روی آن دوبار کلیک کنید. سطوح بالاتر از 1 فقط فهرست‌های فعال را دنبال می‌کنند.</translation>
    </message>
    <message>
        <source>Choose a component to see which bills use it.</source>
        <translation>برای دیدن فهرست‌های مواد استفاده‌کننده، یک جزء انتخاب کنید.</translation>
    </message>
    <message>
        <source>{what}: used directly in {n} bill(s), {m} through other products</source>
        <translation>{what}: مستقیماً در {n} فهرست مواد، و در {m} مورد از طریق کالاهای دیگر استفاده شده است</translation>
    </message>
    <message>
        <source>No bill of materials uses {what}.</source>
        <translation>هیچ فهرست موادی از {what} استفاده نمی‌کند.</translation>
    </message>
    <message>
        <source>where used</source>
        <translation>محل‌های استفاده</translation>
    </message>
    <message>
        <source>Where {component} is used</source>
        <translation>محل‌های استفاده از {component}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>آزادشده</translation>
    </message>
    <message>
        <source>{n} short</source>
        <translation>{n} کسری</translation>
    </message>
    <message>
        <source>in stock</source>
        <translation>موجود</translation>
    </message>
    <message>
        <source>{n} component short</source>
        <translation>کسری {n} جزء</translation>
    </message>
    <message>
        <source>{n} components short</source>
        <translation>کسری {n} جزء</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>اجزا</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>تخصیص‌نیافته</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>شروع برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>پایان برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Cost of what was made</source>
        <translation>بهای تمام‌شده تولید</translation>
    </message>
    <message>
        <source>Production orders</source>
        <translation>دستورهای تولید</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>احتمال %</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>وزنی</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>تاریخ بسته شدن مورد انتظار</translation>
    </message>
    <message>
        <source>Overdue task</source>
        <translation>وظیفه سررسیدگذشته</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید انبار</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>ضایعات</translation>
    </message>
    <message>
        <source>Inventory count</source>
        <translation>انبارگردانی</translation>
    </message>
    <message>
        <source>Production consumption</source>
        <translation>مصرف تولید</translation>
    </message>
    <message>
        <source>Production output</source>
        <translation>خروجی تولید</translation>
    </message>
    <message>
        <source>Stock documents</source>
        <translation>اسناد انبار</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>درخواست‌های خدمات</translation>
    </message>
    <message>
        <source>{short}: the component warehouse cannot cover them now</source>
        <translation>{short}: انبار اجزا اکنون نمی‌تواند آن‌ها را تأمین کند</translation>
    </message>
    <message>
        <source>Overdue: planned to end on {day}</source>
        <translation>سررسیدگذشته: پایان برنامه‌ریزی‌شده {day}</translation>
    </message>
    <message>
        <source>created</source>
        <translation>ایجاد شد</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>تغییر کرد</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حذف شد</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>ثبت شد</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>چاپ شد</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>صادر شد</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>وارد شد</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>رمز عبور نادرست</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>قفل شد</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>تغییرات</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>شماره ثبت</translation>
    </message>
    <message>
        <source>system</source>
        <translation>سیستم</translation>
    </message>
    <message>
        <source>History — {0}</source>
        <translation>سابقه — {0}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سابقه</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), oldest first</source>
        <translation>
            <numerusform>%n تغییر، قدیمی‌ترین در ابتدا</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been recorded for this record yet.</source>
        <translation>هنوز چیزی برای این سابقه ثبت نشده است.</translation>
    </message>
    <message>
        <source>Nothing to chart for this period</source>
        <translation>برای این دوره چیزی برای نمودار نیست</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>دوره قبل</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>مقایسه با دوره قبل</translation>
    </message>
    <message>
        <source>Previous: {title}</source>
        <translation>دوره قبل: {title}</translation>
    </message>
    <message>
        <source>Previous period: {title}</source>
        <translation>دوره قبل: {title}</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>تغییر %</translation>
    </message>
    <message>
        <source>(compared with {period})</source>
        <translation>(در مقایسه با {period})</translation>
    </message>
    <message>
        <source>Compared with {period}</source>
        <translation>در مقایسه با {period}</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>در این دوره چیزی نیست.</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>حاشیه سود ناخالص</translation>
    </message>
    <message>
        <source>Cash-flow forecast</source>
        <translation>پیش‌بینی جریان نقدی</translation>
    </message>
    <message>
        <source>Production output and cost</source>
        <translation>تولید و بهای تمام‌شده</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>گردش موجودی</translation>
    </message>
    <message>
        <source>Stock valuation</source>
        <translation>ارزش موجودی</translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation>سن مطالبات</translation>
    </message>
    <message>
        <source>Payables aging</source>
        <translation>سن بدهی‌ها</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(هیچ‌کس)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>جلسات</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>وظایف انجام‌شده</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>مبلغ موفق</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>معاملات ناموفق</translation>
    </message>
    <message>
        <source>Deals in {currencies} have no exchange rate: counted, not summed.</source>
        <translation>معاملات به {currencies} نرخ ارز ندارند: شمرده شدند، اما در جمع نیامدند.</translation>
    </message>
    <message>
        <source>Manager activity</source>
        <translation>فعالیت مدیران</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(دلیلی ذکر نشده)</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>سهم %</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>دلایل ناموفق بودن</translation>
    </message>
    <message>
        <source>Funnel conversion</source>
        <translation>نرخ تبدیل قیف</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>سند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>صدور گزارش</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>ذخیره پیش‌تنظیم</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>نام پیش‌تنظیم:</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>همه مسئولان</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>همه دسته‌ها</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>همه انبارها</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>همه قیف‌ها</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>همه شعبه‌ها</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>گروه‌بندی بر اساس:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;بازخوانی</translation>
    </message>
    <message>
        <source>Save preset…</source>
        <translation>ذخیره پیش‌تنظیم…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>حذف پیش‌تنظیم</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>خروجی &amp;Excel…</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>خروجی &amp;PDF…</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>پیش‌تنظیم:</translation>
    </message>
    <message>
        <source>At the end of:</source>
        <translation>در پایان:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>در حال اجرا…</translation>
    </message>
    <message>
        <source>(vs {period})</source>
        <translation>(در مقایسه با {period})</translation>
    </message>
    <message>
        <source>{what}: nothing between {start} and {end}.</source>
        <translation>{what}: از {start} تا {end} چیزی نیست.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ردیف</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation>(یک پیش‌تنظیم انتخاب کنید)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} ذخیره شد</translation>
    </message>
    <message>
        <source>Tasks and calendar</source>
        <translation>کارها و تقویم</translation>
    </message>
    <message>
        <source>Products and prices</source>
        <translation>کالاها و قیمت‌ها</translation>
    </message>
    <message>
        <source>Production and purchasing</source>
        <translation>تولید و خرید</translation>
    </message>
    <message>
        <source>Dashboard and reports</source>
        <translation>داشبورد و گزارش‌ها</translation>
    </message>
    <message>
        <source>Company settings</source>
        <translation>تنظیمات شرکت</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>کاربران و نقش‌ها</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>ردپای حسابرسی</translation>
    </message>
    <message>
        <source>Read only — your role does not allow changes</source>
        <translation>فقط خواندنی — نقش شما اجازه تغییر نمی‌دهد</translation>
    </message>
    <message>
        <source>Your role does not allow you to see {area}.</source>
        <translation>نقش شما اجازه دیدن {area} را نمی‌دهد.</translation>
    </message>
    <message>
        <source>Your role does not allow you to create records in {area}.</source>
        <translation>نقش شما اجازه ایجاد سابقه در {area} را نمی‌دهد.</translation>
    </message>
    <message>
        <source>Your role does not allow you to change records in {area}.</source>
        <translation>نقش شما اجازه تغییر سوابق در {area} را نمی‌دهد.</translation>
    </message>
    <message>
        <source>Your role does not allow you to delete records in {area}.</source>
        <translation>نقش شما اجازه حذف سوابق در {area} را نمی‌دهد.</translation>
    </message>
    <message>
        <source>Your role does not allow you to post or confirm in {area}.</source>
        <translation>نقش شما اجازه ثبت یا تأیید در {area} را نمی‌دهد.</translation>
    </message>
    <message>
        <source>Your role does not allow you to print from {area}.</source>
        <translation>نقش شما اجازه چاپ از {area} را نمی‌دهد.</translation>
    </message>
    <message>
        <source>Your role does not allow you to export from {area}.</source>
        <translation>نقش شما اجازه صدور خروجی از {area} را نمی‌دهد.</translation>
    </message>
    <message>
        <source>Your role does not allow this ({action} in {area}).</source>
        <translation>نقش شما این اجازه را نمی‌دهد ({action} در {area}).</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>شما اجازه انجام این کار را ندارید.</translation>
    </message>
    <message>
        <source>Ask an administrator if you need it; roles may have changed since you logged in.</source>
        <translation>اگر به آن نیاز دارید از مدیر سیستم بپرسید؛ ممکن است نقش‌ها پس از ورود شما تغییر کرده باشند.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>تعمیر</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>پیش‌فاکتور</translation>
    </message>
    <message>
        <source>order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>فاکتور</translation>
    </message>
    <message>
        <source>waybill</source>
        <translation>حواله انبار</translation>
    </message>
    <message>
        <source>act</source>
        <translation>صورتجلسه تحویل کار</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>قرارداد</translation>
    </message>
    <message>
        <source>return</source>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <source>purchase order</source>
        <translation>سفارش خرید</translation>
    </message>
    <message>
        <source>goods receipt</source>
        <translation>رسید انبار</translation>
    </message>
    <message>
        <source>supplier invoice</source>
        <translation>فاکتور تامین‌کننده</translation>
    </message>
    <message>
        <source>supplier return</source>
        <translation>مرجوعی به تامین‌کننده</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>در حال ارسال</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف‌شده</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>تعمیر</translation>
    </message>
    <message>
        <source>low</source>
        <translation>پایین</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>high</source>
        <translation>بالا</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>won</source>
        <translation>برنده</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>بازنده</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>سررسید {when}</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>پیش‌فاکتور</translation>
    </message>
    <message>
        <source>Act of work</source>
        <translation>صورتجلسه کار</translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation>مرجوعی مشتری</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>سفارش خرید</translation>
    </message>
    <message>
        <source>Supplier invoice</source>
        <translation>فاکتور تامین‌کننده</translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation>مرجوعی به تامین‌کننده</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>تماس ورودی</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>تماس خروجی</translation>
    </message>
    <message>
        <source>Incoming e-mail</source>
        <translation>ایمیل ورودی</translation>
    </message>
    <message>
        <source>Outgoing e-mail</source>
        <translation>ایمیل خروجی</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>کالا دریافت شد</translation>
    </message>
    <message>
        <source>Goods shipped</source>
        <translation>کالا ارسال شد</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Client created</source>
        <translation>مشتری ایجاد شد</translation>
    </message>
    <message>
        <source>Deal moved to a stage</source>
        <translation>معامله به مرحله‌ای رفت</translation>
    </message>
    <message>
        <source>Document created</source>
        <translation>سند ایجاد شد</translation>
    </message>
    <message>
        <source>Document confirmed</source>
        <translation>سند تأیید شد</translation>
    </message>
    <message>
        <source>Document posted to stock</source>
        <translation>سند در انبار ثبت شد</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>دریافت وجه</translation>
    </message>
    <message>
        <source>Invoice paid in full</source>
        <translation>فاکتور کامل پرداخت شد</translation>
    </message>
    <message>
        <source>Invoice overdue</source>
        <translation>فاکتور معوق</translation>
    </message>
    <message>
        <source>Stock of a product below its minimum</source>
        <translation>موجودی کالا کمتر از حداقل</translation>
    </message>
    <message>
        <source>Task overdue</source>
        <translation>کار عقب‌افتاده</translation>
    </message>
    <message>
        <source>Production order completed</source>
        <translation>سفارش تولید تکمیل شد</translation>
    </message>
    <message>
        <source>On a schedule</source>
        <translation>طبق برنامه زمانی</translation>
    </message>
    <message>
        <source>Stage kind</source>
        <translation>نوع مرحله</translation>
    </message>
    <message>
        <source>Days after the due date</source>
        <translation>روز پس از سررسید</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>هر</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>روز هفته</translation>
    </message>
    <message>
        <source>At (HH:MM)</source>
        <translation>در ساعت (HH:MM)</translation>
    </message>
    <message>
        <source>Due in days</source>
        <translation>مهلت به روز</translation>
    </message>
    <message>
        <source>and hours</source>
        <translation>و ساعت</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>به چه کسی</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>client</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <source>production order</source>
        <translation>دستور تولید</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>زمان‌بندی</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Client&apos;s tags</source>
        <translation>برچسب‌های مشتری</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>حداقل موجودی</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>انجام‌دهنده</translation>
    </message>
    <message>
        <source>Probability, %</source>
        <translation>احتمال، %</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>شرایط</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>is</source>
        <translation>برابر است با</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>برابر نیست با</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>شامل</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>خالی است</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>ایجاد کار</translation>
    </message>
    <message>
        <source>Notify in the app</source>
        <translation>اعلان در برنامه</translation>
    </message>
    <message>
        <source>Move the deal to a stage</source>
        <translation>انتقال معامله به مرحله</translation>
    </message>
    <message>
        <source>Create a document from it</source>
        <translation>ایجاد سند از آن</translation>
    </message>
    <message>
        <source>Set a field</source>
        <translation>تنظیم یک فیلد</translation>
    </message>
    <message>
        <source>Add a tag to the client</source>
        <translation>افزودن برچسب به مشتری</translation>
    </message>
    <message>
        <source>Draft a purchase order for the product</source>
        <translation>پیش‌نویس سفارش خرید برای کالا</translation>
    </message>
    <message>
        <source>Revenue invoiced</source>
        <translation>درآمد فاکتورشده</translation>
    </message>
    <message>
        <source>Revenue paid</source>
        <translation>درآمد دریافت‌شده</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>معاملات برنده</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>مشتریان جدید</translation>
    </message>
    <message>
        <source>Calls made</source>
        <translation>تماس‌های انجام‌شده</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>میانگین اندازه معامله</translation>
    </message>
    <message>
        <source>Conversion rate %</source>
        <translation>نرخ تبدیل %</translation>
    </message>
    <message>
        <source>Overdue receivables</source>
        <translation>مطالبات معوق</translation>
    </message>
    <message>
        <source>Stock accuracy after counts %</source>
        <translation>دقت موجودی پس از شمارش %</translation>
    </message>
    <message>
        <source>Units produced</source>
        <translation>واحدهای تولیدشده</translation>
    </message>
    <message>
        <source>is not a metric Karavan counts</source>
        <translation>شاخصی نیست که Karavan محاسبه کند</translation>
    </message>
    <message>
        <source>does not apply to {metric}</source>
        <translation>برای {metric} کاربرد ندارد</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>شناسه مالیاتی</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>نام رابط</translation>
    </message>
    <message>
        <source>Contact position</source>
        <translation>سمت رابط</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>تلفن رابط</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>ایمیل رابط</translation>
    </message>
    <message>
        <source>the required column “{label}” is not mapped (no such column in the file)</source>
        <translation>ستون الزامی «{label}» نگاشت نشده است (چنین ستونی در فایل نیست)</translation>
    </message>
    <message>
        <source>the file has no column “{header}”</source>
        <translation>فایل ستون «{header}» ندارد</translation>
    </message>
    <message>
        <source>column “{header}” is already mapped to {field}</source>
        <translation>ستون «{header}» قبلاً به {field} نگاشت شده است</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>قیمت خرید</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>قیمت فروش</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>بارکد</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>فهرست قیمت</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>انقضا</translation>
    </message>
    <message>
        <source>Payment made</source>
        <translation>پرداخت وجه</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>قیمت پایه</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>ارز پایه</translation>
    </message>
    <message>
        <source>Explicit price</source>
        <translation>قیمت صریح</translation>
    </message>
    <message>
        <source>Price on this list</source>
        <translation>قیمت در این فهرست</translation>
    </message>
    <message>
        <source>Explicit</source>
        <translation>صریح</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>قیمت‌ها</translation>
    </message>
    <message>
        <source>Price list: {name} ({currency})</source>
        <translation>فهرست قیمت: {name} ({currency})</translation>
    </message>
    <message>
        <source>What</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>اطلاعات</translation>
    </message>
    <message>
        <source>By</source>
        <translation>توسط</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>وظیفه انجام شد</translation>
    </message>
    <message>
        <source>is one of all, {choices}</source>
        <translation>باید all یا یکی از {choices} باشد</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>گاه‌شمار</translation>
    </message>
    <message>
        <source>Timeline: {name}</source>
        <translation>گاه‌شمار: {name}</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>معامله ایجاد شد</translation>
    </message>
    <message>
        <source>Deal moved</source>
        <translation>معامله جابه‌جا شد</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>معامله موفق شد</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>معامله ناموفق شد</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>درخواست خدمات</translation>
    </message>
    <message>
        <source>Campaign e-mail</source>
        <translation>ایمیل کمپین</translation>
    </message>
    <message>
        <source>Stock document</source>
        <translation>سند انبار</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>دیروز</translation>
    </message>
    <message>
        <source>Clerk screen</source>
        <translation>صفحه انباردار</translation>
    </message>
    <message>
        <source>Not enough stock of {product} in {warehouse}: available {available}{unit}, requested {requested}{unit}.</source>
        <translation>موجودی {product} در {warehouse} کافی نیست: موجود {available}{unit}، درخواستی {requested}{unit}.</translation>
    </message>
    <message>
        <source>Unknown barcode: {code}</source>
        <translation>بارکد ناشناخته: {code}</translation>
    </message>
    <message numerus="yes">
        <source>This document is dated before %n posted document(s): {numbers}.</source>
        <translation>
            <numerusform>تاریخ این سند پیش از %n سند ثبت‌شده است: {numbers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Book</source>
        <translation>دفتری</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>شمارش‌شده</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>بچ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>انقضا</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>در دسترس</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>گردش‌ها</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>حداقل</translation>
    </message>
    <message>
        <source>Suggested order</source>
        <translation>سفارش پیشنهادی</translation>
    </message>
    <message>
        <source>Preferred supplier</source>
        <translation>تامین‌کننده ترجیحی</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>سفارش مجدد</translation>
    </message>
    <message>
        <source>{platform}, Python {version} (bundle)</source>
        <translation>{platform}، Python {version} (بسته)</translation>
    </message>
    <message>
        <source>{platform}, Python {version}</source>
        <translation>{platform}، Python {version}</translation>
    </message>
    <message>
        <source>An on-premises CRM for small companies.</source>
        <translation>یک CRM محلی برای شرکت‌های کوچک.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>پایگاه داده:</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>در حال اجرا روی:</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>اجزا و مجوزهای آن‌ها</translation>
    </message>
    <message>
        <source>component</source>
        <translation>جزء</translation>
    </message>
    <message>
        <source>version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>مجوز</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ایجاد شد</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تغییر کرد</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>چاپ شد</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>خروجی گرفته شد</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>وارد شد</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>رمز عبور نادرست</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>قفل شد</translation>
    </message>
    <message>
        <source>unknown permission {area}/{action}/{scope}</source>
        <translation>مجوز ناشناخته {area}/{action}/{scope}</translation>
    </message>
    <message>
        <source>{trigger} has no {action} action</source>
        <translation>{trigger} اقدام {action} ندارد</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>الزامی است</translation>
    </message>
    <message>
        <source>the administrator role cannot be deleted</source>
        <translation>نقش مدیر سیستم را نمی‌توان حذف کرد</translation>
    </message>
    <message>
        <source>users still hold this role; give them another one first</source>
        <translation>هنوز کاربرانی این نقش را دارند؛ ابتدا نقش دیگری به آن‌ها بدهید</translation>
    </message>
    <message>
        <source>is not a known role</source>
        <translation>نقش شناخته‌شده‌ای نیست</translation>
    </message>
    <message>
        <source>is not a known department</source>
        <translation>واحد سازمانی شناخته‌شده‌ای نیست</translation>
    </message>
    <message>
        <source>belongs to another branch</source>
        <translation>به شعبه دیگری تعلق دارد</translation>
    </message>
    <message>
        <source>this is the last administrator; make another one first</source>
        <translation>این آخرین مدیر سیستم است؛ ابتدا کاربر دیگری را مدیر سیستم کنید</translation>
    </message>
    <message>
        <source>another branch has this name</source>
        <translation>شعبه دیگری همین نام را دارد</translation>
    </message>
    <message>
        <source>this branch already has a department with this name</source>
        <translation>این شعبه از قبل واحد سازمانی دیگری با همین نام دارد</translation>
    </message>
    <message>
        <source>entry {number} is missing</source>
        <translation>ثبت شماره {number} وجود ندارد</translation>
    </message>
    <message>
        <source>its link to the entry before does not match</source>
        <translation>پیوند آن با ثبت قبلی مطابقت ندارد</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>محتوای آن پس از نوشته شدن تغییر کرده است</translation>
    </message>
    <message>
        <source>must be at least {limit} characters</source>
        <translation>باید دست‌کم {limit} نویسه باشد</translation>
    </message>
    <message>
        <source>must not start or end with a space</source>
        <translation>نباید با فاصله شروع یا تمام شود</translation>
    </message>
    <message>
        <source>must contain both letters and digits</source>
        <translation>باید هم حرف و هم رقم داشته باشد</translation>
    </message>
    <message>
        <source>must not be the login</source>
        <translation>نباید همان نام کاربری باشد</translation>
    </message>
    <message>
        <source>cannot name a database role {name!r}</source>
        <translation>نمی‌توان نقش پایگاه داده را {name!r} نامید</translation>
    </message>
    <message>
        <source>database roles exist only on PostgreSQL</source>
        <translation>نقش‌های پایگاه داده فقط در PostgreSQL وجود دارند</translation>
    </message>
    <message>
        <source>this database already has users; log in instead</source>
        <translation>این پایگاه داده از قبل کاربر دارد؛ به‌جای آن وارد شوید</translation>
    </message>
    <message>
        <source>must differ from the old one</source>
        <translation>باید با رمز قبلی فرق داشته باشد</translation>
    </message>
    <message>
        <source>enter a value</source>
        <translation>مقداری وارد کنید</translation>
    </message>
    <message>
        <source>enter a number</source>
        <translation>عددی وارد کنید</translation>
    </message>
    <message>
        <source>choose who gets it</source>
        <translation>گیرنده را انتخاب کنید</translation>
    </message>
    <message>
        <source>enter a whole number</source>
        <translation>یک عدد صحیح وارد کنید</translation>
    </message>
    <message>
        <source>enter a number from {low} to {high}</source>
        <translation>عددی از {low} تا {high} وارد کنید</translation>
    </message>
    <message>
        <source>enter a name</source>
        <translation>نامی وارد کنید</translation>
    </message>
    <message>
        <source>choose a trigger</source>
        <translation>رویداد آغازگر را انتخاب کنید</translation>
    </message>
    <message>
        <source>choose open, won or lost</source>
        <translation>باز، موفق یا ناموفق را انتخاب کنید</translation>
    </message>
    <message>
        <source>the stage does not exist</source>
        <translation>این مرحله وجود ندارد</translation>
    </message>
    <message>
        <source>choose daily or weekly</source>
        <translation>روزانه یا هفتگی را انتخاب کنید</translation>
    </message>
    <message>
        <source>enter a time as HH:MM, e.g. 09:00</source>
        <translation>زمان را به‌صورت HH:MM وارد کنید، مثلاً 09:00</translation>
    </message>
    <message>
        <source>a {record} has no such field</source>
        <translation>{record} چنین فیلدی ندارد</translation>
    </message>
    <message>
        <source>choose a comparison</source>
        <translation>نوع مقایسه را انتخاب کنید</translation>
    </message>
    <message>
        <source>“{field}” is not a number: use is, is not or contains</source>
        <translation>«{field}» عدد نیست: از «برابر است»، «برابر نیست» یا «شامل است» استفاده کنید</translation>
    </message>
    <message>
        <source>add at least one action</source>
        <translation>دست‌کم یک اقدام اضافه کنید</translation>
    </message>
    <message>
        <source>choose an action</source>
        <translation>اقدامی انتخاب کنید</translation>
    </message>
    <message>
        <source>“{title}” does not work on a {record}</source>
        <translation>«{title}» روی {record} کار نمی‌کند</translation>
    </message>
    <message>
        <source>a schedule has no record whose manager it could be: choose a user or a role</source>
        <translation>زمان‌بندی سابقه‌ای ندارد که مسئولش گیرنده باشد: کاربر یا نقشی را انتخاب کنید</translation>
    </message>
    <message>
        <source>choose a document type</source>
        <translation>نوع سند را انتخاب کنید</translation>
    </message>
    <message>
        <source>choose a stage</source>
        <translation>مرحله‌ای انتخاب کنید</translation>
    </message>
    <message>
        <source>choose a task kind</source>
        <translation>نوع وظیفه را انتخاب کنید</translation>
    </message>
    <message>
        <source>choose a field</source>
        <translation>فیلدی انتخاب کنید</translation>
    </message>
    <message>
        <source>enter the text</source>
        <translation>متن را وارد کنید</translation>
    </message>
    <message>
        <source>use one of: {choices}</source>
        <translation>یکی از این‌ها را به کار ببرید: {choices}</translation>
    </message>
    <message>
        <source>enter a user id</source>
        <translation>شناسه کاربر را وارد کنید</translation>
    </message>
    <message>
        <source>choose a template</source>
        <translation>قالبی انتخاب کنید</translation>
    </message>
    <message>
        <source>only a failed run is retried (a stopped loop needs the rules changed; a run that went well has nothing to redo)</source>
        <translation>فقط اجرای ناموفق دوباره اجرا می‌شود (حلقه متوقف‌شده نیاز به تغییر قوانین دارد؛ اجرایی که درست انجام شده چیزی برای تکرار ندارد)</translation>
    </message>
    <message>
        <source>{file}: table {table} {detail}</source>
        <translation>{file}: جدول {table} {detail}</translation>
    </message>
    <message>
        <source>{tool} failed: {detail}</source>
        <translation>{tool} ناموفق بود: {detail}</translation>
    </message>
    <message>
        <source>{file} cannot be restored here: {detail}</source>
        <translation>{file} را نمی‌توان اینجا بازیابی کرد: {detail}</translation>
    </message>
    <message>
        <source>header</source>
        <translation>سرآیند</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>بلوک</translation>
    </message>
    <message>
        <source>the file ends too early ({part}); it was cut short</source>
        <translation>فایل زودتر از موعد تمام می‌شود ({part})؛ ناقص مانده است</translation>
    </message>
    <message>
        <source>this is not a Karavan backup file</source>
        <translation>این فایل پشتیبان Karavan نیست</translation>
    </message>
    <message>
        <source>the header is unreadable</source>
        <translation>سرآیند خوانا نیست</translation>
    </message>
    <message>
        <source>it was written by a newer Karavan (format {format_version})</source>
        <translation>با نسخه جدیدتری از Karavan نوشته شده است (قالب {format_version})</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>خوانده نمی‌شود ({reason})</translation>
    </message>
    <message>
        <source>its encryption parameters are unreadable</source>
        <translation>پارامترهای رمزنگاری آن خوانا نیست</translation>
    </message>
    <message>
        <source>a frame length is impossible</source>
        <translation>طول یکی از بلوک‌ها ناممکن است</translation>
    </message>
    <message>
        <source>its checksum does not match: bytes were changed or lost</source>
        <translation>چک‌سام آن مطابقت ندارد: بایت‌هایی تغییر کرده یا از دست رفته‌اند</translation>
    </message>
    <message>
        <source>frame {frame} does not decrypt: bytes were changed</source>
        <translation>بلوک {frame} رمزگشایی نمی‌شود: بایت‌هایی تغییر کرده‌اند</translation>
    </message>
    <message>
        <source>frame {frame} does not decompress</source>
        <translation>بلوک {frame} از حالت فشرده خارج نمی‌شود</translation>
    </message>
    <message>
        <source>the compressed data is incomplete</source>
        <translation>داده فشرده ناقص است</translation>
    </message>
    <message>
        <source>pg_restore cannot read the dump ({detail})</source>
        <translation>pg_restore نمی‌تواند dump را بخواند ({detail})</translation>
    </message>
    <message>
        <source>the database inside fails the integrity check ({problem})</source>
        <translation>پایگاه داده درون آن از بررسی یکپارچگی رد می‌شود ({problem})</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>در حال بررسی پشتیبان…</translation>
    </message>
    <message>
        <source>it does not give back the database that was copied</source>
        <translation>پایگاه داده‌ای را که کپی شده بود بازنمی‌گرداند</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>در حال نوشتن پشتیبان…</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>در حال کپی پایگاه داده…</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>در حال شمارش ردیف‌ها…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>در حال بررسی پایگاه داده…</translation>
    </message>
    <message>
        <source>it is a {backup} backup and this is a {database} database</source>
        <translation>این یک پشتیبان {backup} است و این پایگاه داده {database} است</translation>
    </message>
    <message>
        <source>its schema ({rev}) is newer than this Karavan knows; install the newer Karavan to restore it</source>
        <translation>طرح‌واره آن ({rev}) از آنچه این نسخه Karavan می‌شناسد جدیدتر است؛ برای بازیابی آن نسخه جدیدتر Karavan را نصب کنید</translation>
    </message>
    <message>
        <source>{target} already exists: choose a new file</source>
        <translation>{target} از قبل وجود دارد: فایل تازه‌ای انتخاب کنید</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>در حال بازیابی…</translation>
    </message>
    <message>
        <source>Verifying the restored database…</source>
        <translation>در حال بررسی پایگاه داده بازیابی‌شده…</translation>
    </message>
    <message>
        <source>the restored database fails the integrity check ({problem})</source>
        <translation>پایگاه داده بازیابی‌شده از بررسی یکپارچگی رد می‌شود ({problem})</translation>
    </message>
    <message>
        <source>give a name for the new database</source>
        <translation>نامی برای پایگاه داده جدید بدهید</translation>
    </message>
    <message>
        <source>a database called {name} already exists on the server: choose a new name</source>
        <translation>پایگاه داده‌ای به نام {name} از قبل روی سرور وجود دارد: نام تازه‌ای انتخاب کنید</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>کد خروج {code}</translation>
    </message>
    <message>
        <source>choose a folder for the backups</source>
        <translation>پوشه‌ای برای پشتیبان‌ها انتخاب کنید</translation>
    </message>
    <message>
        <source>is one of {choices}</source>
        <translation>باید یکی از {choices} باشد</translation>
    </message>
    <message>
        <source>keep 1 to 366 daily backups</source>
        <translation>از 1 تا 366 پشتیبان روزانه نگه دارید</translation>
    </message>
    <message>
        <source>keep 0 to 240 monthly backups</source>
        <translation>از 0 تا 240 پشتیبان ماهانه نگه دارید</translation>
    </message>
    <message>
        <source>is in the database but not in the backup&apos;s manifest</source>
        <translation>در پایگاه داده هست اما در فهرست محتوای پشتیبان نیست</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>وجود ندارد</translation>
    </message>
    <message>
        <source>has {found:,} rows instead of {expected:,}</source>
        <translation>به‌جای {expected:,} ردیف، {found:,} ردیف دارد</translation>
    </message>
    <message>
        <source>has the right number of rows but different contents</source>
        <translation>تعداد ردیف‌هایش درست است اما محتوایش فرق دارد</translation>
    </message>
    <message>
        <source>an EAN-13 has only digits</source>
        <translation>EAN-13 فقط از رقم تشکیل می‌شود</translation>
    </message>
    <message>
        <source>an EAN-13 has 13 digits, this one has {count}</source>
        <translation>EAN-13 سیزده رقم دارد، این یکی {count} رقم دارد</translation>
    </message>
    <message>
        <source>the check digit is wrong: it should be {expected}</source>
        <translation>رقم کنترل نادرست است: باید {expected} باشد</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>بیش از {limit} نویسه است</translation>
    </message>
    <message>
        <source>Code 128 takes only Latin letters, digits and ASCII punctuation</source>
        <translation>Code 128 فقط حروف لاتین، رقم و علائم نگارشی ASCII را می‌پذیرد</translation>
    </message>
    <message>
        <source>“{name}” already exists here</source>
        <translation>«{name}» از قبل اینجا وجود دارد</translation>
    </message>
    <message>
        <source>a category cannot be moved under itself or its subcategory</source>
        <translation>دسته را نمی‌توان به زیر خودش یا زیردسته‌اش منتقل کرد</translation>
    </message>
    <message>
        <source>the target already has a category “{name}”</source>
        <translation>مقصد از قبل دسته «{name}» را دارد</translation>
    </message>
    <message>
        <source>“{name}” has subcategories</source>
        <translation>«{name}» زیردسته دارد</translation>
    </message>
    <message>
        <source>“{name}” still holds {products} product(s)</source>
        <translation>«{name}» هنوز {products} کالا دارد</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>عدد نیست</translation>
    </message>
    <message>
        <source>must be between 1 and {limit}</source>
        <translation>باید بین 1 و {limit} باشد</translation>
    </message>
    <message>
        <source>choose at least one product</source>
        <translation>دست‌کم یک کالا انتخاب کنید</translation>
    </message>
    <message>
        <source>cannot sort by {sort}</source>
        <translation>مرتب‌سازی بر اساس {sort} ممکن نیست</translation>
    </message>
    <message>
        <source>is {size:.1f} MB; the limit is 2 MB</source>
        <translation>{size:.1f} مگابایت است؛ حد مجاز 2 مگابایت است</translation>
    </message>
    <message>
        <source>only PNG and JPEG pictures are accepted</source>
        <translation>فقط تصاویر PNG و JPEG پذیرفته می‌شوند</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>پایه</translation>
    </message>
    <message>
        <source>must be between −100 % and +1000 %</source>
        <translation>باید بین −100 % و +1000 % باشد</translation>
    </message>
    <message>
        <source>has more than two decimals</source>
        <translation>بیش از دو رقم اعشار دارد</translation>
    </message>
    <message>
        <source>is a three-letter code such as USD</source>
        <translation>باید کدی سه‌حرفی مانند USD باشد</translation>
    </message>
    <message>
        <source>a price list “{name}” already exists</source>
        <translation>فهرست قیمت «{name}» از قبل وجود دارد</translation>
    </message>
    <message>
        <source>the base list holds explicit prices only</source>
        <translation>فهرست پایه فقط قیمت‌های صریح دارد</translation>
    </message>
    <message>
        <source>the base list cannot be archived</source>
        <translation>فهرست پایه را نمی‌توان بایگانی کرد</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <source>must be between 0 and 100 %, at most two decimals</source>
        <translation>باید بین 0 و 100 % باشد، حداکثر با دو رقم اعشار</translation>
    </message>
    <message>
        <source>this price list is not available</source>
        <translation>این فهرست قیمت در دسترس نیست</translation>
    </message>
    <message>
        <source>unknown barcode kind {kind!r}</source>
        <translation>نوع بارکد ناشناخته {kind!r}</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>دو بار آمده است</translation>
    </message>
    <message>
        <source>already belongs to {sku} “{name}”</source>
        <translation>از قبل متعلق به {sku} «{name}» است</translation>
    </message>
    <message>
        <source>is already used by “{name}” ({sku})</source>
        <translation>از قبل برای «{name}» ({sku}) استفاده شده است</translation>
    </message>
    <message>
        <source>choose goods, service, material or finished product</source>
        <translation>کالا، خدمت، ماده اولیه یا محصول نهایی را انتخاب کنید</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>دیگر وجود ندارد</translation>
    </message>
    <message>
        <source>must be between 0 and 100 %</source>
        <translation>باید بین 0 و 100 % باشد</translation>
    </message>
    <message>
        <source>“{name}” is counted in whole numbers</source>
        <translation>«{name}» با عدد صحیح شمرده می‌شود</translation>
    </message>
    <message>
        <source>“{name}” allows at most {decimals} decimals</source>
        <translation>«{name}» حداکثر {decimals} رقم اعشار می‌پذیرد</translation>
    </message>
    <message>
        <source>a service is not kept in stock</source>
        <translation>خدمت در انبار نگهداری نمی‌شود</translation>
    </message>
    <message>
        <source>must be zero or more, with at most three decimals</source>
        <translation>باید صفر یا بیشتر باشد، حداکثر با سه رقم اعشار</translation>
    </message>
    <message>
        <source>a service has no lots</source>
        <translation>خدمت بچ ندارد</translation>
    </message>
    <message>
        <source>could not find a free internal barcode; try again</source>
        <translation>بارکد داخلی آزادی پیدا نشد؛ دوباره تلاش کنید</translation>
    </message>
    <message>
        <source>must be between 0 and {limit}</source>
        <translation>باید بین 0 و {limit} باشد</translation>
    </message>
    <message>
        <source>a unit “{name}” already exists</source>
        <translation>واحد «{name}» از قبل وجود دارد</translation>
    </message>
    <message>
        <source>product {offending} has a minimum stock with more than {decimals} decimals</source>
        <translation>حداقل موجودی کالای {offending} بیش از {decimals} رقم اعشار دارد</translation>
    </message>
    <message>
        <source>{used} product(s) use “{name}”</source>
        <translation>{used} کالا از «{name}» استفاده می‌کنند</translation>
    </message>
    <message>
        <source>“{name}” is already in the list</source>
        <translation>«{name}» از قبل در فهرست هست</translation>
    </message>
    <message>
        <source>“{name}” is held by {used} contact person(s); rename it instead</source>
        <translation>«{name}» به {used} شخص رابط داده شده است؛ به‌جای آن نامش را تغییر دهید</translation>
    </message>
    <message>
        <source>is not an active user</source>
        <translation>کاربر فعال نیست</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>نقش ناشناخته</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>نباید منفی باشد</translation>
    </message>
    <message>
        <source>a client cannot be merged with itself</source>
        <translation>مشتری را نمی‌توان با خودش ادغام کرد</translation>
    </message>
    <message>
        <source>cannot take {choices}</source>
        <translation>نمی‌تواند {choices} را بپذیرد</translation>
    </message>
    <message>
        <source>unknown channel type</source>
        <translation>نوع کانال ناشناخته</translation>
    </message>
    <message>
        <source>is not a web address (example.com)</source>
        <translation>نشانی وب نیست (example.com)</translation>
    </message>
    <message>
        <source>must be company or person</source>
        <translation>باید شرکت یا شخص باشد</translation>
    </message>
    <message>
        <source>is longer than 300 characters</source>
        <translation>بیش از 300 نویسه است</translation>
    </message>
    <message>
        <source>is longer than 500 characters</source>
        <translation>بیش از 500 نویسه است</translation>
    </message>
    <message>
        <source>unknown roles: {choices}</source>
        <translation>نقش‌های ناشناخته: {choices}</translation>
    </message>
    <message>
        <source>choose the company&apos;s default or one of {choices}</source>
        <translation>پیش‌فرض شرکت یا یکی از {choices} را انتخاب کنید</translation>
    </message>
    <message>
        <source>a tag is longer than 100 characters</source>
        <translation>یک برچسب بیش از 100 نویسه است</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>در آینده است</translation>
    </message>
    <message>
        <source>must be legal, actual or delivery</source>
        <translation>باید حقوقی، محل فعالیت یا تحویل باشد</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>نشانی خالی است</translation>
    </message>
    <message>
        <source>is longer than 20 characters</source>
        <translation>بیش از 20 نویسه است</translation>
    </message>
    <message>
        <source>may contain only letters and digits (5–40)</source>
        <translation>فقط می‌تواند حرف و رقم داشته باشد (5 تا 40)</translation>
    </message>
    <message>
        <source>must be 8 to 11 letters or digits</source>
        <translation>باید 8 تا 11 حرف یا رقم باشد</translation>
    </message>
    <message>
        <source>is today, week or month</source>
        <translation>باید امروز، هفته یا ماه باشد</translation>
    </message>
    <message>
        <source>is not a dashboard choice</source>
        <translation>از گزینه‌های پیشخوان نیست</translation>
    </message>
    <message>
        <source>the company is not set up yet</source>
        <translation>شرکت هنوز راه‌اندازی نشده است</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>یکی از {choices} را انتخاب کنید</translation>
    </message>
    <message>
        <source>add at least one line</source>
        <translation>دست‌کم یک ردیف اضافه کنید</translation>
    </message>
    <message>
        <source>is not a product</source>
        <translation>کالا نیست</translation>
    </message>
    <message>
        <source>name the product or service</source>
        <translation>نام کالا یا خدمت را بنویسید</translation>
    </message>
    <message>
        <source>{value} is not kept in stock: a {doc_type} holds goods only</source>
        <translation>{value} در انبار نگهداری نمی‌شود: {doc_type} فقط کالا دارد</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>باید بیشتر از صفر باشد</translation>
    </message>
    <message>
        <source>no {source_currency} rate to convert the list price; enter a price</source>
        <translation>نرخ {source_currency} برای تبدیل قیمت فهرست وجود ندارد؛ قیمت را وارد کنید</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>بیش از حد بزرگ است</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>باید بین 0 و 100 باشد</translation>
    </message>
    <message>
        <source>must be between 0 and 99.99</source>
        <translation>باید بین 0 و 99.99 باشد</translation>
    </message>
    <message>
        <source>is not a document type</source>
        <translation>نوع سند نیست</translation>
    </message>
    <message>
        <source>choose the client</source>
        <translation>مشتری را انتخاب کنید</translation>
    </message>
    <message>
        <source>is before the document date</source>
        <translation>پیش از تاریخ سند است</translation>
    </message>
    <message>
        <source>is longer than 10 characters</source>
        <translation>بیش از 10 نویسه است</translation>
    </message>
    <message>
        <source>no {currency} rate on or before {day}: enter it or add it to the rates</source>
        <translation>نرخ {currency} در {day} یا پیش از آن وجود ندارد: آن را وارد کنید یا به نرخ‌ها بیفزایید</translation>
    </message>
    <message>
        <source>choose whether prices include VAT</source>
        <translation>مشخص کنید قیمت‌ها شامل مالیات بر ارزش افزوده هستند یا نه</translation>
    </message>
    <message>
        <source>choose an active warehouse</source>
        <translation>یک انبار فعال انتخاب کنید</translation>
    </message>
    <message>
        <source>is not a contact of this client</source>
        <translation>از اشخاص رابط این مشتری نیست</translation>
    </message>
    <message>
        <source>is not a deal</source>
        <translation>معامله نیست</translation>
    </message>
    <message>
        <source>the {doc_type} is {status}: cancel it and make a new one</source>
        <translation>{doc_type} {status} است: آن را ابطال کنید و سند جدیدی بسازید</translation>
    </message>
    <message>
        <source>the {doc_type} was printed and sent on {value}: cancel it and make a new one</source>
        <translation>{doc_type} در {value} چاپ و ارسال شده است: آن را ابطال کنید و سند جدیدی بسازید</translation>
    </message>
    <message>
        <source>a document keeps its type</source>
        <translation>نوع سند تغییر نمی‌کند</translation>
    </message>
    <message>
        <source>a {doc_type} is not made from a {source}</source>
        <translation>{doc_type} از {source} ساخته نمی‌شود</translation>
    </message>
    <message>
        <source>confirm the {doc_type} first</source>
        <translation>ابتدا {doc_type} را تأیید کنید</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>فاکتور شده</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>ارسال شده</translation>
    </message>
    <message>
        <source>done on acts</source>
        <translation>در صورتجلسه‌ها انجام شده</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>مرجوع شده</translation>
    </message>
    <message>
        <source>received</source>
        <translation>دریافت شده</translation>
    </message>
    <message>
        <source>returned to the supplier</source>
        <translation>به تامین‌کننده مرجوع شده</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>کپی شده</translation>
    </message>
    <message>
        <source>everything on {number} is already {what}</source>
        <translation>همه اقلام {number} از قبل {what} است</translation>
    </message>
    <message>
        <source>a deal makes a quote, an order, an invoice or a contract</source>
        <translation>از معامله پیش‌فاکتور، سفارش، فاکتور یا قرارداد ساخته می‌شود</translation>
    </message>
    <message>
        <source>the deal has no client</source>
        <translation>معامله مشتری ندارد</translation>
    </message>
    <message>
        <source>the deal has no product lines: add them on the deal&apos;s Products tab</source>
        <translation>معامله ردیف کالا ندارد: آن‌ها را در زبانه «کالاها»ی معامله اضافه کنید</translation>
    </message>
    <message>
        <source>choose the warehouse the goods leave</source>
        <translation>انباری را که کالا از آن خارج می‌شود انتخاب کنید</translation>
    </message>
    <message>
        <source>{description} is not kept in stock: services go on an act</source>
        <translation>{description} در انبار نگهداری نمی‌شود: خدمات در صورتجلسه تحویل کار می‌آیند</translation>
    </message>
    <message>
        <source>a return is made from a confirmed waybill</source>
        <translation>مرجوعی از حواله انبار تأییدشده ساخته می‌شود</translation>
    </message>
    <message>
        <source>{description} was not on {number}</source>
        <translation>{description} در {number} نبود</translation>
    </message>
    <message>
        <source>choose the warehouse the goods arrive in</source>
        <translation>انباری را که کالا به آن وارد می‌شود انتخاب کنید</translation>
    </message>
    <message>
        <source>a return to a supplier is made from a confirmed supplier invoice</source>
        <translation>مرجوعی به تامین‌کننده از فاکتور تامین‌کننده تأییدشده ساخته می‌شود</translation>
    </message>
    <message>
        <source>the {doc_type} is already {status}</source>
        <translation>{doc_type} از قبل {status} است</translation>
    </message>
    <message>
        <source>choose the warehouse the goods are reserved in</source>
        <translation>انباری را که کالا در آن رزرو می‌شود انتخاب کنید</translation>
    </message>
    <message>
        <source>choose the warehouse the goods will arrive in</source>
        <translation>انباری را که کالا به آن وارد خواهد شد انتخاب کنید</translation>
    </message>
    <message>
        <source>the {doc_type} is already cancelled</source>
        <translation>{doc_type} از قبل ابطال شده است</translation>
    </message>
    <message>
        <source>cancel the documents made from it first: {numbers}</source>
        <translation>ابتدا اسنادی را که از آن ساخته شده‌اند ابطال کنید: {numbers}</translation>
    </message>
    <message>
        <source>{number} has payments allocated; take them off the invoice first</source>
        <translation>به {number} پرداخت تخصیص داده شده است؛ ابتدا آن‌ها را از فاکتور بردارید</translation>
    </message>
    <message>
        <source>is left or right</source>
        <translation>باید چپ یا راست باشد</translation>
    </message>
    <message>
        <source>must be between {margin_min} and {margin_max} mm</source>
        <translation>باید بین {margin_min} و {margin_max} میلی‌متر باشد</translation>
    </message>
    <message>
        <source>{number} is cancelled: it cannot be sent</source>
        <translation>{number} ابطال شده است: نمی‌توان آن را ارسال کرد</translation>
    </message>
    <message>
        <source>confirm the {doc_type} first: a draft has no number to send</source>
        <translation>ابتدا {doc_type} را تأیید کنید: پیش‌نویس شماره‌ای برای ارسال ندارد</translation>
    </message>
    <message>
        <source>outgoing mail is not set up: fill in the SMTP settings (Marketing → SMTP settings) first</source>
        <translation>ایمیل خروجی تنظیم نشده است: ابتدا تنظیمات SMTP را پر کنید (بازاریابی ← تنظیمات SMTP)</translation>
    </message>
    <message>
        <source>is not an e-mail address (name@example.com)</source>
        <translation>نشانی ایمیل نیست (name@example.com)</translation>
    </message>
    <message>
        <source>must contain {seq} (the running number), e.g. {example}</source>
        <translation>باید {seq} (شماره ترتیبی) را داشته باشد، مثلاً {example}</translation>
    </message>
    <message>
        <source>is not a valid format ({exc}); use {{prefix}}, {{series}}, {{year}} and {{seq}}</source>
        <translation>قالب معتبری نیست ({exc})؛ از {{prefix}}، {{series}}، {{year}} و {{seq}} استفاده کنید</translation>
    </message>
    <message>
        <source>makes numbers longer than 40 characters</source>
        <translation>شماره‌هایی بلندتر از 40 نویسه می‌سازد</translation>
    </message>
    <message>
        <source>has unbalanced braces or a bad field ({exc}); fields are written like {{client}}</source>
        <translation>آکولادهایش نامتوازن است یا فیلد نادرستی دارد ({exc})؛ فیلدها به شکل {{client}} نوشته می‌شوند</translation>
    </message>
    <message>
        <source>a goods receipt is made from a confirmed purchase order</source>
        <translation>رسید انبار از سفارش خرید تأییدشده ساخته می‌شود</translation>
    </message>
    <message>
        <source>{description} is not on {number}</source>
        <translation>{description} در {number} نیست</translation>
    </message>
    <message>
        <source>goods receipt {number} is {status}: make the supplier invoice from a confirmed receipt</source>
        <translation>رسید انبار {number} {status} است: فاکتور تامین‌کننده را از رسید تأییدشده بسازید</translation>
    </message>
    <message>
        <source>choose jalali or gregorian</source>
        <translation>جلالی یا میلادی را انتخاب کنید</translation>
    </message>
    <message>
        <source>must be between 0 and 365 days</source>
        <translation>باید بین 0 و 365 روز باشد</translation>
    </message>
    <message>
        <source>is logo, stamp or signature</source>
        <translation>باید لوگو، مهر یا امضا باشد</translation>
    </message>
    <message>
        <source>must be a PNG or JPEG image of at most 2 MB</source>
        <translation>باید تصویر PNG یا JPEG با حداکثر 2 مگابایت باشد</translation>
    </message>
    <message>
        <source>is a three-letter code such as EUR</source>
        <translation>باید کدی سه‌حرفی مانند EUR باشد</translation>
    </message>
    <message>
        <source>is the company currency (its rate is always 1)</source>
        <translation>ارز شرکت است (نرخ آن همیشه 1 است)</translation>
    </message>
    <message>
        <source>not enough {product} ({sku}) in {warehouse}: available {available}, requested {requested}</source>
        <translation>{product} ({sku}) در {warehouse} کافی نیست: موجود {available}، درخواستی {requested}</translation>
    </message>
    <message>
        <source>no product has the barcode or SKU {code!r}</source>
        <translation>هیچ کالایی بارکد یا SKU {code!r} ندارد</translation>
    </message>
    <message>
        <source>the document is dated before posted documents {numbers}; their costs will be recomputed</source>
        <translation>تاریخ سند پیش از اسناد ثبت‌شده {numbers} است؛ بهای آن‌ها دوباره محاسبه می‌شود</translation>
    </message>
    <message>
        <source>{client} would owe {total} {currency} (owes {owed}, this document {document}), over the credit limit of {limit} {currency}</source>
        <translation>بدهی {client} به {total} {currency} می‌رسد (بدهی فعلی {owed}، این سند {document}) که از سقف اعتبار {limit} {currency} بیشتر است</translation>
    </message>
    <message>
        <source>{name} short {short}</source>
        <translation>{name} کسری {short}</translation>
    </message>
    <message>
        <source>{order}: not enough components in stock ({short})</source>
        <translation>{order}: اجزای کافی در انبار نیست ({short})</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>چنین پوشه‌ای وجود ندارد</translation>
    </message>
    <message>
        <source>choose a product</source>
        <translation>کالایی انتخاب کنید</translation>
    </message>
    <message>
        <source>is archived</source>
        <translation>بایگانی شده است</translation>
    </message>
    <message>
        <source>is too large or has more than three decimals</source>
        <translation>بیش از حد بزرگ است یا بیش از سه رقم اعشار دارد</translation>
    </message>
    <message>
        <source>choose a client</source>
        <translation>مشتری‌ای انتخاب کنید</translation>
    </message>
    <message>
        <source>is not a contact person of this client</source>
        <translation>از اشخاص رابط این مشتری نیست</translation>
    </message>
    <message>
        <source>must be a three-letter code (USD, EUR, RUB…)</source>
        <translation>باید کدی سه‌حرفی باشد (USD، EUR، RUB…)</translation>
    </message>
    <message>
        <source>is not a campaign</source>
        <translation>کمپین نیست</translation>
    </message>
    <message>
        <source>is not a user</source>
        <translation>کاربر نیست</translation>
    </message>
    <message>
        <source>choose a pipeline</source>
        <translation>قیف فروشی انتخاب کنید</translation>
    </message>
    <message>
        <source>is not a stage of this pipeline</source>
        <translation>از مراحل این قیف فروش نیست</translation>
    </message>
    <message>
        <source>say why the deal was lost</source>
        <translation>بنویسید چرا معامله ناموفق شد</translation>
    </message>
    <message>
        <source>choose the stage in the new pipeline</source>
        <translation>مرحله را در قیف فروش جدید انتخاب کنید</translation>
    </message>
    <message>
        <source>is not a stage of the deal&apos;s pipeline</source>
        <translation>از مراحل قیف فروش معامله نیست</translation>
    </message>
    <message>
        <source>is longer than 150 characters</source>
        <translation>بیش از 150 نویسه است</translation>
    </message>
    <message>
        <source>a pipeline needs at least one open stage</source>
        <translation>قیف فروش دست‌کم به یک مرحله باز نیاز دارد</translation>
    </message>
    <message>
        <source>two stages have the same name</source>
        <translation>دو مرحله نام یکسان دارند</translation>
    </message>
    <message>
        <source>a pipeline “{name}” already exists</source>
        <translation>قیف فروش «{name}» از قبل وجود دارد</translation>
    </message>
    <message>
        <source>this pipeline already has a stage “{name}”</source>
        <translation>این قیف فروش از قبل مرحله «{name}» را دارد</translation>
    </message>
    <message>
        <source>Won is always 100 % and Lost 0 %</source>
        <translation>«موفق» همیشه 100 % و «ناموفق» 0 % است</translation>
    </message>
    <message>
        <source>Won and Lost always end the pipeline</source>
        <translation>«موفق» و «ناموفق» همیشه پایان قیف فروش هستند</translation>
    </message>
    <message>
        <source>Won and Lost cannot be deleted</source>
        <translation>«موفق» و «ناموفق» را نمی‌توان حذف کرد</translation>
    </message>
    <message>
        <source>“{name}” holds or held deals (their history refers to it); rename it instead</source>
        <translation>«{name}» معاملاتی دارد یا داشته است (سابقه آن‌ها به آن اشاره می‌کند)؛ به‌جای آن نامش را تغییر دهید</translation>
    </message>
    <message>
        <source>is company, branch, department or person</source>
        <translation>باید شرکت، شعبه، واحد سازمانی یا شخص باشد</translation>
    </message>
    <message>
        <source>is before the start</source>
        <translation>پیش از آغاز است</translation>
    </message>
    <message>
        <source>is too far from the start</source>
        <translation>بیش از حد از آغاز فاصله دارد</translation>
    </message>
    <message>
        <source>is required for this objective</source>
        <translation>برای این هدف الزامی است</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>وجود ندارد</translation>
    </message>
    <message>
        <source>needs at least one key result</source>
        <translation>دست‌کم به یک نتیجه کلیدی نیاز دارد</translation>
    </message>
    <message>
        <source>are at most {limit}</source>
        <translation>حداکثر {limit} مورد است</translation>
    </message>
    <message>
        <source>is metric or manual</source>
        <translation>باید شاخص یا دستی باشد</translation>
    </message>
    <message>
        <source>is counted from the data for this key result</source>
        <translation>برای این نتیجه کلیدی از داده‌ها محاسبه می‌شود</translation>
    </message>
    <message>
        <source>is a sum of zero or more</source>
        <translation>باید مجموعی از صفر یا بیشتر باشد</translation>
    </message>
    <message>
        <source>there is no unit “{unit}” (add it under Products → Units)</source>
        <translation>واحد «{unit}» وجود ندارد (آن را در کالاها ← واحدها اضافه کنید)</translation>
    </message>
    <message>
        <source>there is no category “{category}”</source>
        <translation>دسته «{category}» وجود ندارد</translation>
    </message>
    <message>
        <source>there is no active price list “{list_name}”</source>
        <translation>فهرست قیمت فعال «{list_name}» وجود ندارد</translation>
    </message>
    <message>
        <source>there is no base price list</source>
        <translation>فهرست قیمت پایه وجود ندارد</translation>
    </message>
    <message>
        <source>there is no product with SKU “{sku}”</source>
        <translation>کالایی با SKU «{sku}» وجود ندارد</translation>
    </message>
    <message>
        <source>is not a date (write it year first: 2030-05-31, or 1409/03/10 in the Solar Hijri calendar)</source>
        <translation>تاریخ نیست (با سال شروع کنید: 2030-05-31، یا 1409/03/10 در تقویم هجری شمسی)</translation>
    </message>
    <message>
        <source>the existing client cannot be saved: {reason}</source>
        <translation>مشتری موجود ذخیره نمی‌شود: {reason}</translation>
    </message>
    <message>
        <source>repeats row {row} (the same {column})</source>
        <translation>تکرار ردیف {row} است (همان {column})</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>{sheet} errors</source>
        <translation>خطاهای {sheet}</translation>
    </message>
    <message>
        <source>{rows:,} rows</source>
        <translation>{rows:,} ردیف</translation>
    </message>
    <message>
        <source>more than {limit:,} rows</source>
        <translation>بیش از {limit:,} ردیف</translation>
    </message>
    <message>
        <source>sheet “{sheet}” has {found}; at most {limit:,} data rows are imported at once — split the file</source>
        <translation>برگه «{sheet}» {found} دارد؛ در هر بار حداکثر {limit:,} ردیف داده وارد می‌شود — فایل را تقسیم کنید</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>فایل {path} وجود ندارد</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx): {exc}</source>
        <translation>{name} کارپوشه Excel (.xlsx) نیست: {exc}</translation>
    </message>
    <message>
        <source>the workbook has no sheet “{name}” (it has: {choices})</source>
        <translation>کارپوشه برگه «{name}» ندارد (برگه‌های موجود: {choices})</translation>
    </message>
    <message>
        <source>sheet “{name}” is empty: the first row should hold the column titles</source>
        <translation>برگه «{name}» خالی است: ردیف اول باید عنوان ستون‌ها را داشته باشد</translation>
    </message>
    <message>
        <source>is a formula with no saved result: open the file in Excel, save it, and import again</source>
        <translation>فرمولی بدون نتیجه ذخیره‌شده است: فایل را در Excel باز کنید، ذخیره کنید و دوباره وارد کنید</translation>
    </message>
    <message>
        <source>{name} is a service; services are not kept in stock</source>
        <translation>{name} خدمت است؛ خدمات در انبار نگهداری نمی‌شوند</translation>
    </message>
    <message>
        <source>there is no warehouse “{wh_name}”</source>
        <translation>انبار «{wh_name}» وجود ندارد</translation>
    </message>
    <message>
        <source>warehouse “{name}” is archived</source>
        <translation>انبار «{name}» بایگانی شده است</translation>
    </message>
    <message>
        <source>enter the lot of {name}</source>
        <translation>بچ {name} را وارد کنید</translation>
    </message>
    <message>
        <source>is longer than 200 characters</source>
        <translation>بیش از 200 نویسه است</translation>
    </message>
    <message>
        <source>a campaign with this name already exists</source>
        <translation>کمپینی با این نام از قبل وجود دارد</translation>
    </message>
    <message>
        <source>choose a segment</source>
        <translation>بخش مشتریان را انتخاب کنید</translation>
    </message>
    <message>
        <source>unknown placeholder {names}; use {known}</source>
        <translation>جای‌نگهدار ناشناخته {names}؛ از {known} استفاده کنید</translation>
    </message>
    <message>
        <source>cannot change once sending has started</source>
        <translation>پس از آغاز ارسال قابل تغییر نیست</translation>
    </message>
    <message>
        <source>only a draft campaign can be deleted</source>
        <translation>فقط کمپین پیش‌نویس را می‌توان حذف کرد</translation>
    </message>
    <message>
        <source>recipients are fixed once sending has started</source>
        <translation>پس از آغاز ارسال، گیرندگان ثابت می‌مانند</translation>
    </message>
    <message>
        <source>a {status} campaign cannot become {to}</source>
        <translation>کمپین {status} نمی‌تواند {to} شود</translation>
    </message>
    <message>
        <source>start or resume the campaign first</source>
        <translation>ابتدا کمپین را آغاز یا از سر بگیرید</translation>
    </message>
    <message>
        <source>cannot send mail: {detail}</source>
        <translation>ارسال ایمیل ممکن نیست: {detail}</translation>
    </message>
    <message>
        <source>is not a server name</source>
        <translation>نام سرور نیست</translation>
    </message>
    <message>
        <source>must be between 1 and 65535</source>
        <translation>باید بین 1 و 65535 باشد</translation>
    </message>
    <message>
        <source>must be STARTTLS, SSL or none</source>
        <translation>باید STARTTLS، SSL یا none باشد</translation>
    </message>
    <message>
        <source>the server refused the login ({smtp_code})</source>
        <translation>سرور ورود را نپذیرفت ({smtp_code})</translation>
    </message>
    <message>
        <source>{host}:{port}: {exc}</source>
        <translation>{host}:{port}: {exc}</translation>
    </message>
    <message>
        <source>Karavan: test e-mail from {company}</source>
        <translation>Karavan: ایمیل آزمایشی از {company}</translation>
    </message>
    <message>
        <source>This is a test e-mail sent from Karavan&apos;s SMTP settings. Outgoing mail works.</source>
        <translation>این ایمیل آزمایشی با تنظیمات SMTP برنامه Karavan ارسال شده است. ایمیل خروجی کار می‌کند.</translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation>باید پس از آغاز باشد</translation>
    </message>
    <message>
        <source>is not lead, customer or supplier</source>
        <translation>سرنخ، مشتری یا تامین‌کننده نیست</translation>
    </message>
    <message>
        <source>must be zero or more</source>
        <translation>باید صفر یا بیشتر باشد</translation>
    </message>
    <message>
        <source>is less than the minimum</source>
        <translation>کمتر از حداقل است</translation>
    </message>
    <message>
        <source>is before the start date</source>
        <translation>پیش از تاریخ آغاز است</translation>
    </message>
    <message>
        <source>a segment with this name already exists</source>
        <translation>بخش مشتریانی با این نام از قبل وجود دارد</translation>
    </message>
    <message>
        <source>the task is closed</source>
        <translation>وظیفه بسته شده است</translation>
    </message>
    <message>
        <source>is not a kind of task</source>
        <translation>نوع وظیفه نیست</translation>
    </message>
    <message>
        <source>is not a priority</source>
        <translation>اولویت نیست</translation>
    </message>
    <message>
        <source>must be between 0 minutes and 7 days</source>
        <translation>باید بین 0 دقیقه و 7 روز باشد</translation>
    </message>
    <message>
        <source>is not a deal of this client</source>
        <translation>از معاملات این مشتری نیست</translation>
    </message>
    <message>
        <source>must be between 0 minutes and 30 days</source>
        <translation>باید بین 0 دقیقه و 30 روز باشد</translation>
    </message>
    <message>
        <source>choose an active user</source>
        <translation>یک کاربر فعال انتخاب کنید</translation>
    </message>
    <message>
        <source>is not a repetition rule</source>
        <translation>قاعده تکرار نیست</translation>
    </message>
    <message>
        <source>choose at least one day of the week</source>
        <translation>دست‌کم یک روز هفته را انتخاب کنید</translation>
    </message>
    <message>
        <source>must not be before the task&apos;s date</source>
        <translation>نباید پیش از تاریخ وظیفه باشد</translation>
    </message>
    <message>
        <source>a {status} task cannot become {to}</source>
        <translation>وظیفه {status} نمی‌تواند {to} شود</translation>
    </message>
    <message>
        <source>a closed task cannot be moved</source>
        <translation>وظیفه بسته‌شده را نمی‌توان جابه‌جا کرد</translation>
    </message>
    <message>
        <source>is 1 to {limit} characters</source>
        <translation>باید 1 تا {limit} نویسه باشد</translation>
    </message>
    <message>
        <source>is too large to keep as a setting</source>
        <translation>برای نگهداری به‌عنوان تنظیم بیش از حد بزرگ است</translation>
    </message>
    <message>
        <source>choose the product this bill makes</source>
        <translation>کالایی را که این فهرست مواد تولید می‌کند انتخاب کنید</translation>
    </message>
    <message>
        <source>{name} is a service: only goods kept in stock are made</source>
        <translation>{name} خدمت است: فقط کالاهایی که در انبار نگهداری می‌شوند تولید می‌شوند</translation>
    </message>
    <message>
        <source>add at least one component</source>
        <translation>دست‌کم یک جزء اضافه کنید</translation>
    </message>
    <message>
        <source>choose a component</source>
        <translation>جزئی انتخاب کنید</translation>
    </message>
    <message>
        <source>{name} cannot be a component of itself</source>
        <translation>{name} نمی‌تواند جزء خودش باشد</translation>
    </message>
    <message>
        <source>{name} is already on line {line}</source>
        <translation>{name} از قبل در ردیف {line} هست</translation>
    </message>
    <message>
        <source>may have at most 6 decimals</source>
        <translation>حداکثر 6 رقم اعشار می‌تواند داشته باشد</translation>
    </message>
    <message>
        <source>must be from 0 to 99.99</source>
        <translation>باید از 0 تا 99.99 باشد</translation>
    </message>
    <message>
        <source>this would make a cycle: {chain}</source>
        <translation>این کار چرخه ایجاد می‌کند: {chain}</translation>
    </message>
    <message>
        <source>a bill&apos;s product cannot change; make a bill for the other product</source>
        <translation>کالای فهرست مواد تغییر نمی‌کند؛ برای کالای دیگر فهرست مواد جداگانه بسازید</translation>
    </message>
    <message>
        <source>the active version cannot be deleted; activate another one first</source>
        <translation>نسخه فعال را نمی‌توان حذف کرد؛ ابتدا نسخه دیگری را فعال کنید</translation>
    </message>
    <message>
        <source>{used} production order(s) were made from this version; it is kept</source>
        <translation>{used} دستور تولید از این نسخه ساخته شده است؛ نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>{name} has no active bill of materials</source>
        <translation>{name} فهرست مواد فعال ندارد</translation>
    </message>
    <message>
        <source>must not be in the past</source>
        <translation>نباید در گذشته باشد</translation>
    </message>
    <message>
        <source>choose at least one proposal</source>
        <translation>دست‌کم یک پیشنهاد انتخاب کنید</translation>
    </message>
    <message>
        <source>a {status} order cannot become {to}</source>
        <translation>دستور {status} نمی‌تواند {to} شود</translation>
    </message>
    <message>
        <source>choose the product to make</source>
        <translation>کالایی را که باید تولید شود انتخاب کنید</translation>
    </message>
    <message>
        <source>is not a bill of materials of {name}</source>
        <translation>فهرست مواد {name} نیست</translation>
    </message>
    <message>
        <source>{name} has no active bill of materials; make one first</source>
        <translation>{name} فهرست مواد فعال ندارد؛ ابتدا یکی بسازید</translation>
    </message>
    <message>
        <source>choose a warehouse</source>
        <translation>انباری انتخاب کنید</translation>
    </message>
    <message>
        <source>this warehouse is archived</source>
        <translation>این انبار بایگانی شده است</translation>
    </message>
    <message>
        <source>must not be before the start</source>
        <translation>نباید پیش از آغاز باشد</translation>
    </message>
    <message>
        <source>{done_quantity} are already made</source>
        <translation>{done_quantity} از قبل تولید شده است</translation>
    </message>
    <message>
        <source>the order is {status}; it cannot change</source>
        <translation>دستور {status} است؛ قابل تغییر نیست</translation>
    </message>
    <message>
        <source>cannot change once the order is released</source>
        <translation>پس از صدور دستور قابل تغییر نیست</translation>
    </message>
    <message>
        <source>release the order before completing it</source>
        <translation>پیش از تکمیل دستور، آن را صادر کنید</translation>
    </message>
    <message>
        <source>the order is {status}</source>
        <translation>دستور {status} است</translation>
    </message>
    <message>
        <source>only {quantity} {unit} are left to make</source>
        <translation>فقط {quantity} {unit} برای تولید باقی مانده است</translation>
    </message>
    <message>
        <source>nothing was made yet: cancel the order instead</source>
        <translation>هنوز چیزی تولید نشده است: به‌جای آن دستور را ابطال کنید</translation>
    </message>
    <message>
        <source>part of the order was made: close it instead</source>
        <translation>بخشی از دستور تولید شده است: به‌جای آن دستور را ببندید</translation>
    </message>
    <message>
        <source>production is made for the lines of a sales order</source>
        <translation>تولید برای ردیف‌های سفارش فروش انجام می‌شود</translation>
    </message>
    <message>
        <source>{description} is not a product kept in stock</source>
        <translation>{description} کالایی نیست که در انبار نگهداری شود</translation>
    </message>
    <message>
        <source>{name}: the stock and open production cover this line</source>
        <translation>{name}: موجودی و تولید باز این ردیف را پوشش می‌دهند</translation>
    </message>
    <message>
        <source>choose a supplier</source>
        <translation>تامین‌کننده‌ای انتخاب کنید</translation>
    </message>
    <message>
        <source>{display_name} is not marked as a supplier (tick the role on the client card)</source>
        <translation>{display_name} به‌عنوان تامین‌کننده علامت‌گذاری نشده است (نقش را در کارت مشتری تیک بزنید)</translation>
    </message>
    <message>
        <source>{display_name} is already a supplier of {name}</source>
        <translation>{display_name} از قبل تامین‌کننده {name} است</translation>
    </message>
    <message>
        <source>is a whole number of days from 0 to 3650</source>
        <translation>باید عدد صحیحی از 0 تا 3650 روز باشد</translation>
    </message>
    <message>
        <source>may have at most {decimals} decimals ({name})</source>
        <translation>حداکثر {decimals} رقم اعشار می‌تواند داشته باشد ({name})</translation>
    </message>
    <message>
        <source>is a whole number from 1 (preferred) to 99</source>
        <translation>باید عدد صحیحی از 1 (ترجیحی) تا 99 باشد</translation>
    </message>
    <message>
        <source>is longer than 60 characters</source>
        <translation>بیش از 60 نویسه است</translation>
    </message>
    <message>
        <source>{name} is a service: it is not bought into stock</source>
        <translation>{name} خدمت است: برای موجودی انبار خریداری نمی‌شود</translation>
    </message>
    <message>
        <source>make a warehouse first</source>
        <translation>ابتدا یک انبار بسازید</translation>
    </message>
    <message>
        <source>no supplier is set for it (Product → Suppliers)</source>
        <translation>تامین‌کننده‌ای برای آن تعیین نشده است (کالا ← تامین‌کنندگان)</translation>
    </message>
    <message>
        <source>nothing on the reorder list</source>
        <translation>فهرست سفارش مجدد خالی است</translation>
    </message>
    <message>
        <source>is already on a draft purchase order</source>
        <translation>از قبل در یک سفارش خرید پیش‌نویس هست</translation>
    </message>
    <message>
        <source>(no manager)</source>
        <translation>(بدون مسئول)</translation>
    </message>
    <message>
        <source>Win rate %</source>
        <translation>نرخ موفقیت %</translation>
    </message>
    <message>
        <source>Won of deals %</source>
        <translation>موفق از معاملات %</translation>
    </message>
    <message>
        <source>Entered: deals that moved into the stage in the period; moved on: of them, the ones that later reached a stage further along or Won; won and lost: of them, within the period. Win rate = won / (won + lost). The total counts each deal once.</source>
        <translation>ورودی: معاملاتی که در این دوره وارد مرحله شدند؛ به مرحله بعد: از میان آن‌ها، آن‌هایی که بعداً به مرحله‌ای جلوتر یا «موفق» رسیدند؛ موفق و ناموفق: از میان آن‌ها، در همین دوره. نرخ موفقیت = موفق / (موفق + ناموفق). در جمع کل هر معامله یک بار شمرده می‌شود.</translation>
    </message>
    <message>
        <source>Deals: deals that moved into any stage in the period; won and lost: deals that moved into Won or Lost in it. Win rate = won / (won + lost).</source>
        <translation>معاملات: معاملاتی که در این دوره وارد هر مرحله‌ای شدند؛ موفق و ناموفق: معاملاتی که در این دوره به «موفق» یا «ناموفق» رسیدند. نرخ موفقیت = موفق / (موفق + ناموفق).</translation>
    </message>
    <message>
        <source>a custom period needs both dates</source>
        <translation>دوره دلخواه به هر دو تاریخ نیاز دارد</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>پیش از آغازش پایان می‌یابد</translation>
    </message>
    <message>
        <source>is at most 20 years long</source>
        <translation>حداکثر 20 سال طول دارد</translation>
    </message>
    <message>
        <source>give the preset a name</source>
        <translation>نامی به پیش‌تنظیم بدهید</translation>
    </message>
    <message>
        <source>is at most {limit} characters</source>
        <translation>حداکثر {limit} نویسه است</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(بدون مشتری)</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>(بدون کالا)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(بدون دسته)</translation>
    </message>
    <message>
        <source>(no deal)</source>
        <translation>(بدون معامله)</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>فروش خالص</translation>
    </message>
    <message>
        <source>Sales by {group}</source>
        <translation>فروش به تفکیک {group}</translation>
    </message>
    <message>
        <source>Confirmed invoices less customer returns, net of VAT, by document date.</source>
        <translation>فاکتورهای تأییدشده منهای مرجوعی‌های مشتریان، بدون مالیات بر ارزش افزوده، بر اساس تاریخ سند.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>بهای تمام‌شده کالا</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>حاشیه سود</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>حاشیه سود %</translation>
    </message>
    <message>
        <source>Gross margin by {group}</source>
        <translation>حاشیه سود ناخالص به تفکیک {group}</translation>
    </message>
    <message>
        <source>Confirmed waybills and acts less customer returns, by document date; cost at the moving average each shipment carried.</source>
        <translation>حواله‌های انبار و صورتجلسه‌های تأییدشده منهای مرجوعی‌های مشتریان، بر اساس تاریخ سند؛ بها به میانگین متحرکِ هر ارسال.</translation>
    </message>
    <message>
        <source>is not a complaint, question or repair</source>
        <translation>شکایت، پرسش یا تعمیر نیست</translation>
    </message>
    <message>
        <source>is not low, normal, high or urgent</source>
        <translation>پایین، عادی، بالا یا فوری نیست</translation>
    </message>
    <message>
        <source>is not a product of the catalog</source>
        <translation>از کالاهای فهرست کالا نیست</translation>
    </message>
    <message>
        <source>a {value} request cannot become {value2}</source>
        <translation>درخواست {value} نمی‌تواند {value2} شود</translation>
    </message>
    <message>
        <source>say how the request was resolved</source>
        <translation>بنویسید درخواست چگونه حل شد</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>باید یکی از {choices} باشد</translation>
    </message>
    <message>
        <source>must be 4 to 8 digits</source>
        <translation>باید 4 تا 8 رقم باشد</translation>
    </message>
    <message>
        <source>the document is {status}; only a draft can be changed</source>
        <translation>سند {status} است؛ فقط پیش‌نویس قابل تغییر است</translation>
    </message>
    <message>
        <source>must be a whole number of {unit}</source>
        <translation>باید عدد صحیحی برحسب {unit} باشد</translation>
    </message>
    <message>
        <source>may have at most {decimals} decimals ({unit})</source>
        <translation>حداکثر {decimals} رقم اعشار می‌تواند داشته باشد ({unit})</translation>
    </message>
    <message>
        <source>is not a stock document kind</source>
        <translation>نوع سند انبار نیست</translation>
    </message>
    <message>
        <source>is posted by production orders only</source>
        <translation>فقط دستورهای تولید آن را ثبت می‌کنند</translation>
    </message>
    <message>
        <source>choose the warehouse the goods go to</source>
        <translation>انباری را که کالا به آن می‌رود انتخاب کنید</translation>
    </message>
    <message>
        <source>must differ from the warehouse the goods leave</source>
        <translation>باید با انباری که کالا از آن خارج می‌شود فرق داشته باشد</translation>
    </message>
    <message>
        <source>say why the goods are written off</source>
        <translation>بنویسید چرا کالا ضایعات شد</translation>
    </message>
    <message>
        <source>only a shipment consumes a reservation</source>
        <translation>فقط ارسال، رزرو را مصرف می‌کند</translation>
    </message>
    <message>
        <source>is not a client</source>
        <translation>مشتری نیست</translation>
    </message>
    <message>
        <source>is not a lot of this product</source>
        <translation>از بچ‌های این کالا نیست</translation>
    </message>
    <message>
        <source>a document&apos;s kind cannot change</source>
        <translation>نوع سند قابل تغییر نیست</translation>
    </message>
    <message>
        <source>Stock valuation at {at:%Y-%m-%d %H:%M} UTC</source>
        <translation>ارزش‌گذاری موجودی در {at:%Y-%m-%d %H:%M} UTC</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>ارزش‌گذاری</translation>
    </message>
    <message>
        <source>a {status} document cannot become {to}</source>
        <translation>سند {status} نمی‌تواند {to} شود</translation>
    </message>
    <message>
        <source>{name} has no lot {lot_code}</source>
        <translation>{name} بچ {lot_code} ندارد</translation>
    </message>
    <message>
        <source>choose the lot of {name}</source>
        <translation>بچ {name} را انتخاب کنید</translation>
    </message>
    <message>
        <source>nothing was picked</source>
        <translation>چیزی برداشته نشد</translation>
    </message>
    <message>
        <source>only a posted document can be un-posted</source>
        <translation>فقط سند ثبت‌شده را می‌توان لغو ثبت کرد</translation>
    </message>
    <message>
        <source>production posted this document; it cannot be un-posted by hand</source>
        <translation>این سند را تولید ثبت کرده است؛ نمی‌توان آن را دستی لغو ثبت کرد</translation>
    </message>
    <message>
        <source>name the order the stock is held for (at most 60 characters)</source>
        <translation>سفارشی را که موجودی برای آن نگه داشته می‌شود نام ببرید (حداکثر 60 نویسه)</translation>
    </message>
    <message>
        <source>choose a product kept in stock</source>
        <translation>کالایی را که در انبار نگهداری می‌شود انتخاب کنید</translation>
    </message>
    <message>
        <source>{name} ({sku}) is not on this shipment</source>
        <translation>{name} ({sku}) در این ارسال نیست</translation>
    </message>
    <message>
        <source>only {quantity:f} {unit} of {product} are left to pick</source>
        <translation>فقط {quantity:f} {unit} از {product} برای برداشت باقی مانده است</translation>
    </message>
    <message>
        <source>that lot is not a lot of {name}</source>
        <translation>آن بچ از بچ‌های {name} نیست</translation>
    </message>
    <message>
        <source>{name} ({sku}) is lot-tracked: enter its lot</source>
        <translation>{name} ({sku}) با بچ پیگیری می‌شود: بچ آن را وارد کنید</translation>
    </message>
    <message>
        <source>a lot code is at most 60 characters</source>
        <translation>کد بچ حداکثر 60 نویسه است</translation>
    </message>
    <message>
        <source>another warehouse has this name</source>
        <translation>انبار دیگری همین نام را دارد</translation>
    </message>
    <message>
        <source>must be a call, meeting, e-mail or note</source>
        <translation>باید تماس، جلسه، ایمیل یا یادداشت باشد</translation>
    </message>
    <message>
        <source>must be incoming, outgoing or none</source>
        <translation>باید ورودی، خروجی یا هیچ‌کدام باشد</translation>
    </message>
    <message>
        <source>is in the future: log what already happened</source>
        <translation>در آینده است: آنچه را که قبلاً رخ داده ثبت کنید</translation>
    </message>
    <message>
        <source>is not a task of this client</source>
        <translation>از وظایف این مشتری نیست</translation>
    </message>
    <message>
        <source>write what happened</source>
        <translation>بنویسید چه اتفاقی افتاد</translation>
    </message>
    <message>
        <source>must be between 0 and {limit} minutes</source>
        <translation>باید بین 0 و {limit} دقیقه باشد</translation>
    </message>
    <message>
        <source>an interaction stays with its client</source>
        <translation>تعامل نزد مشتری خودش می‌ماند</translation>
    </message>
    <message>
        <source>unknown entry kinds: {choices}</source>
        <translation>انواع ناشناخته ثبت: {choices}</translation>
    </message>
    <message>
        <source>must be one word of at most 60 characters</source>
        <translation>باید یک کلمه با حداکثر 60 نویسه باشد</translation>
    </message>
    <message>
        <source>is already taken</source>
        <translation>قبلاً گرفته شده است</translation>
    </message>
    <message>
        <source>may contain only digits, spaces, + ( ) - . /</source>
        <translation>فقط می‌تواند رقم، فاصله و + ( ) - . / داشته باشد</translation>
    </message>
    <message>
        <source>is too short: at least {count} digits</source>
        <translation>بیش از حد کوتاه است: دست‌کم {count} رقم</translation>
    </message>
    <message>
        <source>is too long: at most {count} digits</source>
        <translation>بیش از حد بلند است: حداکثر {count} رقم</translation>
    </message>
    <message>
        <source>may have + only at the start</source>
        <translation>+ فقط در ابتدا می‌تواند بیاید</translation>
    </message>
    <message>
        <source>must be 8 to 15 digits, optionally after a two-letter country prefix</source>
        <translation>باید 8 تا 15 رقم باشد، به‌صورت اختیاری پس از پیشوند دوحرفی کشور</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;قبلی</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;بعدی</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>The log files and crash reports are in:</source>
        <translation>فایل‌های گزارش رویداد و گزارش‌های خرابی در این مسیر هستند:</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Karavan</source>
        <translation>درباره Karavan</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <source>Users and roles…</source>
        <translation>کاربران و نقش‌ها…</translation>
    </message>
    <message>
        <source>Branches and departments…</source>
        <translation>شعبه‌ها و بخش‌ها…</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>سابقه ممیزی…</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The administrator</source>
        <translation>مدیر سیستم</translation>
    </message>
    <message>
        <source>The first user; they will add the others. Keep the password safe.</source>
        <translation>نخستین کاربر؛ او کاربران دیگر را اضافه می‌کند. رمز عبور را در جای امن نگه دارید.</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>نام کامل:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>تکرار رمز عبور:</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>دست‌کم 8 نویسه.</translation>
    </message>
    <message>
        <source>The password {0}.</source>
        <translation>رمز عبور {0}.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>رمزهای عبور یکسان نیستند.</translation>
    </message>
    <message>
        <source>The login must be one word.</source>
        <translation>نام کاربری باید یک کلمه باشد.</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit trail</source>
        <translation>ردپای حسابرسی</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation>همه انواع سابقه</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>همه اقدام‌ها</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>کاربر:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>سابقه:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>اقدام:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(سیستم)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>تغییرات</translation>
    </message>
    <message>
        <source>Load &amp;older</source>
        <translation>بارگذاری موارد &amp;قدیمی‌تر</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>&amp;بررسی زنجیره</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash: shows whether any was changed, removed or inserted after it was written</source>
        <translation>محاسبه دوباره هش همه ورودی‌ها: نشان می‌دهد آیا ورودی‌ای پس از نوشته شدن تغییر کرده، حذف یا درج شده است</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;خروجی Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>1 entry shown</source>
        <translation>1 ورودی نمایش داده شد</translation>
    </message>
    <message>
        <source>{n} entries shown</source>
        <translation>{n} ورودی نمایش داده شد</translation>
    </message>
    <message>
        <source>; older ones remain</source>
        <translation>؛ موارد قدیمی‌تر باقی است</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>در حال بررسی زنجیره…</translation>
    </message>
    <message>
        <source>The chain is intact: {n} entries checked, none changed, removed or inserted.</source>
        <translation>زنجیره سالم است: {n} ورودی بررسی شد، هیچ‌کدام تغییر، حذف یا درج نشده است.</translation>
    </message>
    <message>
        <source>No entry before it could be trusted.</source>
        <translation>هیچ ورودی پیش از آن قابل اعتماد نیست.</translation>
    </message>
    <message>
        <source>The entry before it is intact.</source>
        <translation>ورودی پیش از آن سالم است.</translation>
    </message>
    <message>
        <source>The {n} entries before it are intact.</source>
        <translation>{n} ورودی پیش از آن سالم است.</translation>
    </message>
    <message>
        <source>The chain is broken at entry {n}: {reason}.</source>
        <translation>زنجیره در ورودی {n} شکسته است: {reason}.</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>ردپای حسابرسی</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Automation rule</source>
        <translation>قاعده خودکارسازی</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>حساب بانکی</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>بارکد</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>فهرست مواد</translation>
    </message>
    <message>
        <source>Bill of materials line</source>
        <translation>ردیف صورت مواد</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>گزارش پیشرفت</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Client merge</source>
        <translation>ادغام مشتریان</translation>
    </message>
    <message>
        <source>Client price terms</source>
        <translation>شرایط قیمت مشتری</translation>
    </message>
    <message>
        <source>Client tag</source>
        <translation>برچسب مشتری</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Contact channel</source>
        <translation>راه ارتباطی</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>شخص رابط</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>نرخ ارز</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Deal line</source>
        <translation>ردیف معامله</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>واحد سازمانی</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Document layout</source>
        <translation>قالب سند</translation>
    </message>
    <message>
        <source>Document line</source>
        <translation>ردیف سند</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>تعامل</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>نتیجه کلیدی</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>دلیل از دست رفتن</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>بچ</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Payment allocation</source>
        <translation>تخصیص پرداخت</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>فهرست قیمت</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Production order</source>
        <translation>دستور تولید</translation>
    </message>
    <message>
        <source>Production order line</source>
        <translation>ردیف سفارش تولید</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Role permission</source>
        <translation>مجوز نقش</translation>
    </message>
    <message>
        <source>Sales plan</source>
        <translation>برنامه فروش</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش مشتریان</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>درخواست خدمات</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Stock document line</source>
        <translation>ردیف سند انبار</translation>
    </message>
    <message>
        <source>Stock document</source>
        <translation>سند انبار</translation>
    </message>
    <message>
        <source>Supplier&apos;s product</source>
        <translation>کالای تأمین‌کننده</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>انبار</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation>نشانی واقعی</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>انجام‌دهنده</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>زمان انجام</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>بهای تمام‌شده</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>سقف اعتبار</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>تخفیف، %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>نوع سند</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>تاریخ بسته شدن مورد انتظار</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مدیر سیستم</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>خریدار</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>نشانی حقوقی</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>نام حقوقی</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>جمع بدون مالیات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>دسته والد</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>تاریخ پرداخت</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>ثبت‌شده</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>قیمت خرید</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شماره مرجع</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>قیمت فروش</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>ترتیب</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>زمان آغاز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>تامین‌کننده</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>To warehouse</source>
        <translation>انبار مقصد</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>بهای واحد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>لغو اشتراک خبرنامه</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>VAT mode</source>
        <translation>روش مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>نرخ مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>وزن، کیلوگرم</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The connection “{0}” now opens {1}. Start Karavan again to work in it.</source>
        <translation>اتصال «{0}» اکنون {1} را باز می‌کند. برای کار با آن، Karavan را دوباره اجرا کنید.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <source>Every day (at start when the last one is older)</source>
        <translation>هر روز (هنگام اجرا، اگر آخرین پشتیبان قدیمی‌تر باشد)</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>هر هفته</translation>
    </message>
    <message>
        <source>Off: only on demand</source>
        <translation>خاموش: فقط به درخواست</translation>
    </message>
    <message>
        <source>Encrypt backups with a password</source>
        <translation>رمزگذاری پشتیبان‌ها با رمز عبور</translation>
    </message>
    <message>
        <source>Remember the password on this computer (system keyring), so scheduled backups can be encrypted</source>
        <translation>به خاطر سپردن رمز عبور در این رایانه (کلیدبان سیستم)، تا پشتیبان‌های زمان‌بندی‌شده رمزگذاری شوند</translation>
    </message>
    <message>
        <source>Keep the password somewhere safe: a lost password means a lost backup. Nobody, not even Karavan&apos;s makers, can open it without the password.</source>
        <translation>رمز عبور را در جای امنی نگه دارید: گم شدن رمز یعنی از دست رفتن پشتیبان. هیچ‌کس، حتی سازندگان Karavan، نمی‌تواند بدون رمز عبور آن را باز کند.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>ذخیره تنظیمات</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>پوشه:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>زمان‌بندی:</translation>
    </message>
    <message>
        <source>Keep daily:</source>
        <translation>نگهداری روزانه:</translation>
    </message>
    <message>
        <source>Keep monthly:</source>
        <translation>نگهداری ماهانه:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>تکرار:</translation>
    </message>
    <message>
        <source>Settings of this computer for {db}</source>
        <translation>تنظیمات این رایانه برای {db}</translation>
    </message>
    <message>
        <source>Backups of this server need the PostgreSQL client tools: </source>
        <translation>پشتیبان‌گیری از این سرور به ابزارهای کلاینت PostgreSQL نیاز دارد: </translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>پشتیبان‌گیری اکنون</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>بازیابی…</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>بازیابی از فایل…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password is asked each time, and scheduled backups wait while encryption is on</source>
        <translation>این رایانه کلیدبان سیستم ندارد: رمز عبور هر بار پرسیده می‌شود و تا زمانی که رمزگذاری روشن است، پشتیبان‌های زمان‌بندی‌شده منتظر می‌مانند</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>پوشه پشتیبان</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>رمز عبور باید دست‌کم {n} نویسه باشد.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دو رمز عبور با هم فرق دارند.</translation>
    </message>
    <message>
        <source>Settings saved. Scheduled backups wait until the password is kept on this computer; Back up now uses the password typed here.</source>
        <translation>تنظیمات ذخیره شد. پشتیبان‌های زمان‌بندی‌شده تا نگهداری رمز عبور در این رایانه منتظر می‌مانند؛ «پشتیبان‌گیری اکنون» از رمزی که اینجا وارد شده استفاده می‌کند.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>تنظیمات ذخیره شد.</translation>
    </message>
    <message>
        <source>Type the password (twice) to make an encrypted backup.</source>
        <translation>برای ساخت پشتیبان رمزگذاری‌شده، رمز عبور را (دو بار) وارد کنید.</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>رمز عبور پشتیبان</translation>
    </message>
    <message>
        <source>The password of {file}:</source>
        <translation>رمز عبور {file}:</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>لغو شد: چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>یک پوشه برای پشتیبان‌ها انتخاب کنید.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <source>Backup made and checked: {file} ({size}, {rows} rows).</source>
        <translation>پشتیبان ساخته و بررسی شد: {file} ({size}، {rows} ردیف).</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>در حال بررسی {file}…</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} خوانده نمی‌شود: {reason}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>بازیابی پشتیبان</translation>
    </message>
    <message>
        <source>Karavan backups (*{ext})</source>
        <translation>پشتیبان‌های Karavan (*{ext})</translation>
    </message>
    <message>
        <source>a new file {0}</source>
        <translation>فایل جدید {0}</translation>
    </message>
    <message>
        <source>a new database {0} on the server</source>
        <translation>پایگاه داده جدید {0} روی سرور</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <source>Restore the backup made {when} ({rows} rows) into {where}?

The database you work in now is not changed; the restored one is checked against the backup first.</source>
        <translation>پشتیبانی که در {when} ساخته شده ({rows} ردیف) در {where} بازیابی شود؟

پایگاه داده‌ای که اکنون با آن کار می‌کنید تغییر نمی‌کند؛ پایگاه داده بازیابی‌شده ابتدا با پشتیبان مقایسه و بررسی می‌شود.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>در حال بازیابی…</translation>
    </message>
    <message>
        <source>Restored and verified into {target}: {tables} tables, {rows} rows.</source>
        <translation>بازیابی و تأیید در {target} انجام شد: {tables} جدول، {rows} ردیف.</translation>
    </message>
    <message>
        <source>The restored database is ready and checked:
{target}

Switch this connection to it? Karavan then closes; start it again to work in the restored database. The old one is kept as it is.</source>
        <translation>پایگاه داده بازیابی‌شده آماده و بررسی‌شده است:
{target}

این اتصال به آن تغییر کند؟ در این صورت Karavan بسته می‌شود؛ برای کار با پایگاه داده بازیابی‌شده دوباره آن را اجرا کنید. پایگاه داده قبلی همان‌طور که هست حفظ می‌شود.</translation>
    </message>
</context>
<context>
    <name>BarcodeLine</name>
    <message>
        <source>Scan or type a barcode</source>
        <translation>بارکد را اسکن یا تایپ کنید</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
</context>
<context>
    <name>BomEditor</name>
    <message>
        <source>Component</source>
        <translation>جزء</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Scrap %</source>
        <translation>ضایعات %</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>e.g. standard, with oak legs</source>
        <translation>مثلاً استاندارد، با پایه‌های بلوط</translation>
    </message>
    <message>
        <source>How many units of the product one batch of these lines makes</source>
        <translation>یک بچ از این ردیف‌ها چند واحد از کالا تولید می‌کند</translation>
    </message>
    <message>
        <source>Add a component, material or service: type its SKU or name</source>
        <translation>افزودن جزء، ماده یا خدمت: SKU یا نام آن را تایپ کنید</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>حذف ردیف</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>انتقال به بالا</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>انتقال به پایین</translation>
    </message>
    <message>
        <source>Where used…</source>
        <translation>محل‌های استفاده…</translation>
    </message>
    <message>
        <source>Which bills use the component of the chosen line</source>
        <translation>کدام فهرست‌های مواد از جزء ردیف انتخاب‌شده استفاده می‌کنند</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>بارگذاری دوباره</translation>
    </message>
    <message>
        <source>Show the bill as it is saved now (your unsaved edits are dropped)</source>
        <translation>نمایش فهرست مواد به شکلی که اکنون ذخیره شده است (ویرایش‌های ذخیره‌نشده شما کنار گذاشته می‌شوند)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Save the bill (Ctrl+S)</source>
        <translation>ذخیره فهرست مواد (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>&amp;Makes</source>
        <translation>&amp;تولید می‌کند</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;یادداشت‌ها</translation>
    </message>
    <message>
        <source>New bill for {name}</source>
        <translation>فهرست مواد جدید برای {name}</translation>
    </message>
    <message>
        <source>not saved yet: a new version, not active until you activate it</source>
        <translation>هنوز ذخیره نشده: نسخه‌ای جدید، تا زمانی که فعالش نکنید غیرفعال است</translation>
    </message>
    <message>
        <source>not saved yet: add its lines and press Save</source>
        <translation>هنوز ذخیره نشده: ردیف‌های آن را اضافه کنید و «ذخیره» را بزنید</translation>
    </message>
    <message>
        <source>Version {no}</source>
        <translation>نسخه {no}</translation>
    </message>
    <message>
        <source>active: production orders use it</source>
        <translation>فعال: دستورهای تولید از آن استفاده می‌کنند</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>{unit} per batch</source>
        <translation>{unit} در هر بچ</translation>
    </message>
    <message>
        <source>It is already on line {n}: change its quantity there.</source>
        <translation>این مورد از قبل در ردیف {n} هست: مقدار آن را همان‌جا تغییر دهید.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>الزامی است</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>عدد نیست</translation>
    </message>
    <message>
        <source>Line {n} ({what}) · {field}: {message}</source>
        <translation>ردیف {n} ({what}) · {field}: {message}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ذخیره شد</translation>
    </message>
</context>
<context>
    <name>BomLinesModel</name>
    <message>
        <source>is not a number</source>
        <translation>عدد نیست</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>الزامی است</translation>
    </message>
</context>
<context>
    <name>BomsView</name>
    <message>
        <source>Search products with bills (SKU or name)</source>
        <translation>جستجوی کالاهای دارای فهرست مواد (SKU یا نام)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>نسخه‌ها</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>Only the first {n} are listed: type part of a name or SKU to find the others.</source>
        <translation>فقط {n} مورد نخست فهرست شده‌اند: برای یافتن بقیه، بخشی از نام یا SKU را تایپ کنید.</translation>
    </message>
    <message>
        <source>Product to make: SKU or name</source>
        <translation>کالای مورد تولید: SKU یا نام</translation>
    </message>
    <message>
        <source>New bill</source>
        <translation>فهرست مواد جدید</translation>
    </message>
    <message>
        <source>Start a bill of materials for the product chosen beside</source>
        <translation>شروع فهرست مواد برای کالای انتخاب‌شده در کنار</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>Every version of the bills the list shows (its search) to an Excel workbook</source>
        <translation>همه نسخه‌های فهرست‌های مواد نمایش‌داده‌شده در فهرست (طبق جستجو) در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Makes</source>
        <translation>تولید می‌کند</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>نسخه جدید</translation>
    </message>
    <message>
        <source>A copy of the chosen version, not active, to change</source>
        <translation>یک رونوشت غیرفعال از نسخه انتخاب‌شده، برای تغییر</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>فعال‌سازی</translation>
    </message>
    <message>
        <source>Production orders and MRP use the active version</source>
        <translation>دستورهای تولید و MRP از نسخه فعال استفاده می‌کنند</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>حذف نسخه</translation>
    </message>
    <message>
        <source>Delete a version that is not active and no order was made from</source>
        <translation>حذف نسخه‌ای که فعال نیست و هیچ دستوری از آن صادر نشده است</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>فهرست مواد</translation>
    </message>
    <message>
        <source>Explosion</source>
        <translation>تجزیه</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>بهای تمام‌شده</translation>
    </message>
    <message>
        <source>Where used</source>
        <translation>محل‌های استفاده</translation>
    </message>
    <message>
        <source>A bill of materials says what one batch of a product takes: materials, sub-assemblies made by their own bills, and labour or other services as cost lines.

Choose a product on the left to see its bill, or type a product to make under “Make a bill for a product” and press New bill.</source>
        <translation>فهرست مواد مشخص می‌کند یک بچ از کالا به چه چیزهایی نیاز دارد: مواد، زیرمونتاژهایی که با فهرست مواد خود تولید می‌شوند، و دستمزد یا خدمات دیگر به‌عنوان ردیف‌های هزینه.

یک کالا را در سمت چپ انتخاب کنید تا فهرست مواد آن را ببینید، یا کالای مورد تولید را زیر «ساخت فهرست مواد برای کالا» تایپ کنید و «فهرست مواد جدید» را بزنید.</translation>
    </message>
    <message>
        <source>Make a bill for a product:</source>
        <translation>ساخت فهرست مواد برای کالا:</translation>
    </message>
    <message>
        <source>bills of materials</source>
        <translation>فهرست‌های مواد</translation>
    </message>
    <message>
        <source>No product with a bill matches “{text}”.</source>
        <translation>هیچ کالای دارای فهرست مواد با «{text}» مطابقت ندارد.</translation>
    </message>
    <message>
        <source>No bills of materials yet — choose a product below and press New bill.</source>
        <translation>هنوز فهرست موادی نیست — کالایی را در پایین انتخاب کنید و «فهرست مواد جدید» را بزنید.</translation>
    </message>
    <message>
        <source>Unsaved bill</source>
        <translation>فهرست مواد ذخیره‌نشده</translation>
    </message>
    <message>
        <source>The open bill has changes that are not saved. Drop them?</source>
        <translation>فهرست مواد باز تغییراتی دارد که ذخیره نشده‌اند. کنار گذاشته شوند؟</translation>
    </message>
    <message>
        <source>version {no}</source>
        <translation>نسخه {no}</translation>
    </message>
    <message>
        <source>(not active; the sub-assemblies by their active bills)</source>
        <translation>(غیرفعال؛ زیرمونتاژها طبق فهرست‌های مواد فعال خود)</translation>
    </message>
    <message>
        <source>Choose the product to make first: type its SKU or name.</source>
        <translation>ابتدا کالای مورد تولید را انتخاب کنید: SKU یا نام آن را تایپ کنید.</translation>
    </message>
    <message>
        <source>{name} is a service: only goods kept in stock are made.</source>
        <translation>{name} یک خدمت است: فقط کالاهای موجودی‌دار تولید می‌شوند.</translation>
    </message>
    <message>
        <source>Delete version {no} of this bill? This cannot be undone.</source>
        <translation>نسخه {no} این فهرست مواد حذف شود؟ این کار برگشت‌پذیر نیست.</translation>
    </message>
</context>
<context>
    <name>BranchesDialog</name>
    <message>
        <source>Branches and departments</source>
        <translation>شعبه‌ها و واحدهای سازمانی</translation>
    </message>
    <message>
        <source>Add &amp;branch</source>
        <translation>افزودن &amp;شعبه</translation>
    </message>
    <message>
        <source>Add &amp;department</source>
        <translation>افزودن &amp;واحد سازمانی</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>شعبه‌ها</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>واحدهای سازمانی</translation>
    </message>
    <message>
        <source>Double-click a name (or press F2) to rename it. One branch is the head office: its people&apos;s “team” is every branch.</source>
        <translation>برای تغییر نام، روی نام دوبار کلیک کنید (یا F2 را بزنید). یک شعبه دفتر مرکزی است: «تیم» افراد آن، همه شعبه‌ها است.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>بارگذاری دوباره</translation>
    </message>
    <message>
        <source>Show the lists as they are saved now</source>
        <translation>نمایش فهرست‌ها به شکلی که اکنون ذخیره شده‌اند</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>The departments of {0}, and those of no branch.</source>
        <translation>واحدهای سازمانی {0} و واحدهای بدون شعبه.</translation>
    </message>
    <message>
        <source>The departments of {0}.</source>
        <translation>واحدهای سازمانی {0}.</translation>
    </message>
    <message>
        <source>Departments that belong to no branch.</source>
        <translation>واحدهای سازمانی که به هیچ شعبه‌ای تعلق ندارند.</translation>
    </message>
    <message>
        <source>Branch “{0}” saved.</source>
        <translation>شعبه «{0}» ذخیره شد.</translation>
    </message>
    <message>
        <source>Department “{0}” saved.</source>
        <translation>واحد سازمانی «{0}» ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n مورد دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>All day</source>
        <translation>تمام روز</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>تمام روز</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>در حال ارسال</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف‌شده</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>کمپین جدید</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>Every campaign with its recipients&apos; counts and cost, to an Excel workbook</source>
        <translation>همه کمپین‌ها با تعداد گیرندگان و هزینه، در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>Placeholders: {0}</source>
        <translation>جای‌نگهدارها: {0}</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>نام*</translation>
    </message>
    <message>
        <source>Segment*</source>
        <translation>بخش مشتریان*</translation>
    </message>
    <message>
        <source>Subject*</source>
        <translation>موضوع*</translation>
    </message>
    <message>
        <source>Body*</source>
        <translation>متن*</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Test send…</source>
        <translation>ارسال آزمایشی…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>توقف موقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>زمان ارسال</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Export recipients…</source>
        <translation>صدور گیرندگان…</translation>
    </message>
    <message>
        <source>Every recipient of this campaign and what became of their e-mail, to an Excel workbook</source>
        <translation>همه گیرندگان این کمپین و سرنوشت ایمیل آن‌ها، در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>کمپین‌ها</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>گیرندگان</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>آن کمپین دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>وضعیت: {0}</translation>
    </message>
    <message>
        <source>Recipients: {0} sent, {1} failed, {2} skipped, {3} pending</source>
        <translation>گیرندگان: {0} ارسال‌شده، {1} ناموفق، {2} ردشده، {3} در انتظار</translation>
    </message>
    <message>
        <source>Recipients are taken from the segment when sending starts.</source>
        <translation>گیرندگان هنگام شروع ارسال از بخش مشتریان برداشته می‌شوند.</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>عدد نیست</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>رمز عبور SMTP</translation>
    </message>
    <message>
        <source>Password of {0} on {1}:</source>
        <translation>رمز عبور {0} روی {1}:</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>ارسال آزمایشی</translation>
    </message>
    <message>
        <source>Send a test e-mail to:</source>
        <translation>ارسال ایمیل آزمایشی به:</translation>
    </message>
    <message>
        <source>Test e-mail sent to {0}: {1}</source>
        <translation>ایمیل آزمایشی به {0} ارسال شد: {1}</translation>
    </message>
    <message>
        <source>Sent: {0} delivered, {1} refused.</source>
        <translation>ارسال شد: {0} تحویل‌شده، {1} ردشده.</translation>
    </message>
    <message>
        <source>Paused: {0} delivered, {1} refused so far.</source>
        <translation>متوقف شد: تاکنون {0} تحویل‌شده، {1} ردشده.</translation>
    </message>
</context>
<context>
    <name>CancelTaskDialog</name>
    <message>
        <source>Cancel task</source>
        <translation>لغو وظیفه</translation>
    </message>
    <message>
        <source>Cancel “{0}” due {1}?</source>
        <translation>«{0}» با سررسید {1} لغو شود؟</translation>
    </message>
    <message>
        <source>This task repeats: cancelling this occurrence creates the next one of the series.</source>
        <translation>این وظیفه تکرارشونده است: لغو این نوبت، نوبت بعدی سری را ایجاد می‌کند.</translation>
    </message>
    <message>
        <source>Optional, kept as the task&apos;s result</source>
        <translation>اختیاری، به‌عنوان نتیجه وظیفه نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>نگه داشتن</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>انتخاب رمز عبور جدید</translation>
    </message>
    <message>
        <source>Choose a new password: at least 8 characters, with letters and digits, and not your login.</source>
        <translation>یک رمز عبور جدید انتخاب کنید: دست‌کم 8 نویسه، شامل حرف و رقم، و غیر از نام کاربری شما.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>رمز عبور فعلی:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>رمز عبور جدید:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>تکرار رمز عبور جدید:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>تغییر رمز عبور</translation>
    </message>
    <message>
        <source>does not match the new password</source>
        <translation>با رمز عبور جدید یکسان نیست</translation>
    </message>
    <message>
        <source>is not your current password</source>
        <translation>رمز عبور فعلی شما نیست</translation>
    </message>
    <message>
        <source>Could not change the password: {0}</source>
        <translation>تغییر رمز عبور ممکن نشد: {0}</translation>
    </message>
</context>
<context>
    <name>ChangedBar</name>
    <message>
        <source>Reload</source>
        <translation>بارگذاری دوباره</translation>
    </message>
    <message>
        <source>Show their version; what you typed here is discarded</source>
        <translation>نمایش نسخه آن‌ها؛ آنچه اینجا تایپ کرده‌اید کنار گذاشته می‌شود</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>نسخه من بماند</translation>
    </message>
    <message>
        <source>Go on editing; saving will show both versions to choose from</source>
        <translation>ادامه ویرایش؛ هنگام ذخیره هر دو نسخه برای انتخاب نمایش داده می‌شوند</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>کاربری دیگر</translation>
    </message>
    <message>
        <source>Changed by {who} at {when} while you were editing — reload their version, or keep yours?</source>
        <translation>در حین ویرایش شما، {who} در {when} آن را تغییر داد — نسخه او بارگذاری شود یا نسخه شما بماند؟</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation>بررسی ردیف‌ها</translation>
    </message>
    <message>
        <source>Nothing is saved yet. Correct rejected rows in the lower grid and check again, or save them as an Excel file with the reason in an Error column.</source>
        <translation>هنوز چیزی ذخیره نشده است. ردیف‌های ردشده را در جدول پایین اصلاح کنید و دوباره بررسی کنید، یا آن‌ها را با دلیل در ستون «خطا» به‌صورت فایل Excel ذخیره کنید.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>بررسی دوباره</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>ذخیره گزارش خطا…</translation>
    </message>
    <message>
        <source>Rejected rows: double-click a cell to correct it, then Check again.</source>
        <translation>ردیف‌های ردشده: برای اصلاح روی خانه دوبار کلیک کنید، سپس «بررسی دوباره».</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <source>{valid} of {rows} rows can be imported: {created} new {what}, {updated} updated.</source>
        <translation>{valid} از {rows} ردیف قابل ورود است: {created} {what} جدید، {updated} به‌روزرسانی‌شده.</translation>
    </message>
    <message>
        <source>Rows with errors: {bad} (listed below, numbered as in Excel).</source>
        <translation>ردیف‌های دارای خطا: {bad} (در پایین فهرست شده‌اند، با شماره‌گذاری مانند Excel).</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>بدون خطا.</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>ذخیره گزارش خطا</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>کارپوشه‌های Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Rejected rows saved ({n}) to {path}.</source>
        <translation>ردیف‌های ردشده ({n}) در {path} ذخیره شدند.</translation>
    </message>
</context>
<context>
    <name>ClerkPinsDialog</name>
    <message>
        <source>Clerk PINs</source>
        <translation>PINهای انبارداران</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>تنظیم‌شده</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>تنظیم‌نشده</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New &amp;PIN (4–8 digits):</source>
        <translation>&amp;PIN جدید (4 تا 8 رقم):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;تکرار آن:</translation>
    </message>
    <message>
        <source>Set &amp;PIN</source>
        <translation>تنظیم &amp;PIN</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>ابتدا یک کاربر را در فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>the two PINs differ</source>
        <translation>دو PIN با هم فرق دارند</translation>
    </message>
    <message>
        <source>The PIN of {name} is set.</source>
        <translation>PIN {name} تنظیم شد.</translation>
    </message>
</context>
<context>
    <name>ClerkScreen</name>
    <message>
        <source>F5 Receipt · F6 Shipment picking · F7 Inventory count · F8 Next warehouse · F2 Switch clerk · F10 Post · Esc Leave.   Quantity: type 5* and then scan.</source>
        <translation>F5 رسید · F6 جمع‌آوری ارسال · F7 انبارگردانی · F8 انبار بعدی · F2 تعویض انباردار · F10 ثبت · Esc خروج.   مقدار: 5* را تایپ و سپس اسکن کنید.</translation>
    </message>
    <message>
        <source>Scan a barcode (5* before it for 5 pieces)</source>
        <translation>بارکد را اسکن کنید (برای 5 عدد، پیش از آن 5* بزنید)</translation>
    </message>
    <message>
        <source>Wait: the last scans are still being saved.</source>
        <translation>صبر کنید: آخرین اسکن‌ها هنوز در حال ذخیره‌اند.</translation>
    </message>
    <message>
        <source>No draft shipment {number} in this warehouse.</source>
        <translation>حواله پیش‌نویس {number} در این انبار نیست.</translation>
    </message>
    <message>
        <source>“{text}” is not a quantity and a code. Type 5* and then scan.</source>
        <translation>«{text}» ترکیب مقدار و کد نیست. 5* را تایپ و سپس اسکن کنید.</translation>
    </message>
    <message>
        <source>Choose what you are doing first: F5 Receipt, F6 Shipment picking, F7 Inventory count. Not saved: {code}</source>
        <translation>ابتدا کار خود را انتخاب کنید: F5 رسید، F6 جمع‌آوری ارسال، F7 انبارگردانی. ذخیره نشد: {code}</translation>
    </message>
    <message>
        <source>Not saved: {code}</source>
        <translation>ذخیره نشد: {code}</translation>
    </message>
    <message>
        <source>There is no warehouse. Not saved: {code}</source>
        <translation>هیچ انباری وجود ندارد. ذخیره نشد: {code}</translation>
    </message>
    <message>
        <source>Clerk: {name}</source>
        <translation>انباردار: {name}</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>برای جمع‌آوری</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>جمع‌آوری‌شده</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>باقی‌مانده</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>بچ</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>دفتری</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>شمارش‌شده</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>{code} · exp. {date}</source>
        <translation>{code} · انقضا {date}</translation>
    </message>
    <message>
        <source>RECEIPT</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>SHIPMENT PICKING</source>
        <translation>جمع‌آوری ارسال</translation>
    </message>
    <message>
        <source>INVENTORY COUNT</source>
        <translation>انبارگردانی</translation>
    </message>
    <message>
        <source>Warehouse: {name}</source>
        <translation>انبار: {name}</translation>
    </message>
    <message>
        <source>Choose a mode: F5 / F6 / F7</source>
        <translation>یک حالت انتخاب کنید: F5 / F6 / F7</translation>
    </message>
    <message>
        <source>Document {number} · draft saved at every scan</source>
        <translation>سند {number} · پیش‌نویس با هر اسکن ذخیره می‌شود</translation>
    </message>
    <message>
        <source>Scan or type the shipment number</source>
        <translation>شماره حواله را اسکن یا تایپ کنید</translation>
    </message>
    <message>
        <source>A new draft starts with the first scan</source>
        <translation>با نخستین اسکن، پیش‌نویس جدیدی آغاز می‌شود</translation>
    </message>
    <message>
        <source>F5 Receipt   ·   F6 Shipment picking   ·   F7 Inventory count</source>
        <translation>F5 رسید   ·   F6 جمع‌آوری ارسال   ·   F7 انبارگردانی</translation>
    </message>
    <message>
        <source>No draft shipments to pick in this warehouse.</source>
        <translation>در این انبار حواله پیش‌نویسی برای جمع‌آوری نیست.</translation>
    </message>
    <message>
        <source>Nothing scanned yet.</source>
        <translation>هنوز چیزی اسکن نشده است.</translation>
    </message>
    <message>
        <source>{name} is scanning now.</source>
        <translation>{name} اکنون در حال اسکن است.</translation>
    </message>
    <message>
        <source>There is nothing to post yet.</source>
        <translation>هنوز چیزی برای ثبت نیست.</translation>
    </message>
    <message>
        <source>Post {number} now? Stock will change.</source>
        <translation>{number} اکنون ثبت شود؟ موجودی تغییر خواهد کرد.</translation>
    </message>
    <message>
        <source>Posted {number}.</source>
        <translation>{number} ثبت شد.</translation>
    </message>
    <message>
        <source>Leave the clerk screen? Everything scanned is saved in the draft.</source>
        <translation>از صفحه انباردار خارج می‌شوید؟ همه اسکن‌ها در پیش‌نویس ذخیره شده‌اند.</translation>
    </message>
    <message>
        <source>Some scans are still being saved. Leave anyway?</source>
        <translation>برخی اسکن‌ها هنوز در حال ذخیره‌اند. در هر حال خارج می‌شوید؟</translation>
    </message>
</context>
<context>
    <name>ClerkSwitchDialog</name>
    <message>
        <source>Switch clerk</source>
        <translation>تعویض انباردار</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
</context>
<context>
    <name>ClientCardWidget</name>
    <message>
        <source>Retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>ذخیره (Ctrl+S)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <source>Who changed this client, when, and what</source>
        <translation>چه کسی، چه زمانی و چه چیزی از این مشتری را تغییر داده است</translation>
    </message>
    <message>
        <source>e.g. OGRN, KPP, trade register number</source>
        <translation>مثلاً شناسه ملی، شماره ثبت، کد اقتصادی</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>معرفی</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>تماس سرد</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>نمایشگاه</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>تبلیغات</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>فروشگاه اینترنتی</translation>
    </message>
    <message>
        <source>Returning client</source>
        <translation>مشتری بازگشتی</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>با ویرگول جدا کنید</translation>
    </message>
    <message>
        <source>The language quotes, invoices and other documents for this client print in</source>
        <translation>زبانی که پیش‌فاکتورها، فاکتورها و دیگر اسناد این مشتری به آن چاپ می‌شوند</translation>
    </message>
    <message>
        <source>Company default</source>
        <translation>پیش‌فرض شرکت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>نام*</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>نام حقوقی</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <source>Registration numbers</source>
        <translation>شماره‌های ثبت</translation>
    </message>
    <message>
        <source>Documents language</source>
        <translation>زبان اسناد</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>نقش‌ها</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Contacts &amp;&amp; channels</source>
        <translation>مخاطبان &amp;&amp; راه‌های ارتباطی</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>اشخاص رابط</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>نشانی‌ها</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>حساب‌های بانکی</translation>
    </message>
    <message>
        <source>Save the client to start its timeline.</source>
        <translation>برای شروع گاه‌شمار، مشتری را ذخیره کنید.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>گاه‌شمار</translation>
    </message>
    <message>
        <source>Calls, meetings, notes, tasks, deals and requests (Ctrl+L logs a call)</source>
        <translation>تماس‌ها، جلسات، یادداشت‌ها، وظایف، معاملات و درخواست‌ها (Ctrl+L یک تماس ثبت می‌کند)</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>بارگذاری نشده</translation>
    </message>
    <message>
        <source>The client could not be loaded.</source>
        <translation>مشتری بارگذاری نشد.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <source>— not saved yet</source>
        <translation>— هنوز ذخیره نشده</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>changed by {who} at {when}</source>
        <translation>تغییر توسط {who} در {when}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامشخص</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>Bring the client back to everyday lists</source>
        <translation>بازگرداندن مشتری به فهرست‌های روزمره</translation>
    </message>
    <message>
        <source>Hide the client from everyday lists; history is kept</source>
        <translation>پنهان کردن مشتری از فهرست‌های روزمره؛ سابقه حفظ می‌شود</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>مشتری: {name}</translation>
    </message>
    <message>
        <source>New client: {name}</source>
        <translation>مشتری جدید: {name}</translation>
    </message>
    <message>
        <source>Client #{id}</source>
        <translation>مشتری شماره {id}</translation>
    </message>
    <message>
        <source>Your role does not show the timeline.</source>
        <translation>نقش شما گاه‌شمار را نشان نمی‌دهد.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>درخواست‌های خدمات</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>قیمت‌ها</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>بازاریابی</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <source>· this client no longer exists (it was merged or deleted)</source>
        <translation>· این مشتری دیگر وجود ندارد (ادغام یا حذف شده است)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>تغییرات کنار گذاشته شود؟</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes. Save them before closing?</source>
        <translation>«{name}» تغییرات ذخیره‌نشده دارد. پیش از بستن ذخیره شود؟</translation>
    </message>
</context>
<context>
    <name>ClientDocumentsPanel</name>
    <message>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>فاکتورشده</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Unallocated credit</source>
        <translation>بستانکاری تخصیص‌نیافته</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>سررسیدگذشته</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>سقف اعتبار</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>فاکتور جدید</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>سفارش جدید</translation>
    </message>
    <message>
        <source>Register payment…</source>
        <translation>ثبت پرداخت…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Credit limit…</source>
        <translation>سقف اعتبار…</translation>
    </message>
    <message>
        <source>The most this client may owe (empty: no limit); set by users who may confirm beyond it</source>
        <translation>بیشترین بدهی مجاز این مشتری (خالی: بدون سقف)؛ توسط کاربرانی تنظیم می‌شود که مجاز به تأیید فراتر از آن هستند</translation>
    </message>
    <message>
        <source>Reconciliation statement…</source>
        <translation>صورت تطبیق حساب…</translation>
    </message>
    <message>
        <source>The statement of mutual settlements for the period, as PDF</source>
        <translation>صورت تطبیق حساب دوره، به‌صورت PDF</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>دوره:</translation>
    </message>
    <message>
        <source>No documents for this client yet.</source>
        <translation>هنوز سندی برای این مشتری نیست.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>The balance is over the credit limit by {0}.</source>
        <translation>مانده به میزان {0} از سقف اعتبار فراتر است.</translation>
    </message>
    <message>
        <source>Reconciliation statement: {0}</source>
        <translation>صورت تطبیق حساب: {0}</translation>
    </message>
</context>
<context>
    <name>ClientMarketingPanel</name>
    <message>
        <source>Does not want campaign e-mails (unsubscribed)</source>
        <translation>ایمیل کمپین نمی‌خواهد (لغو اشتراک)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>زمان ارسال</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>No campaigns were sent to this client yet.</source>
        <translation>هنوز هیچ کمپینی برای این مشتری ارسال نشده است.</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>منبع جذب</translation>
    </message>
    <message>
        <source>campaign «{0}»</source>
        <translation>کمپین «{0}»</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Type to search suppliers…</source>
        <translation>برای جستجوی تامین‌کنندگان تایپ کنید…</translation>
    </message>
    <message>
        <source>Type to search clients…</source>
        <translation>برای جستجوی مشتریان تایپ کنید…</translation>
    </message>
</context>
<context>
    <name>ClientPricingPanel</name>
    <message>
        <source>explicit price</source>
        <translation>قیمت تعیین‌شده</translation>
    </message>
    <message>
        <source>list rule</source>
        <translation>قاعده فهرست قیمت</translation>
    </message>
    <message>
        <source>product&apos;s sale price</source>
        <translation>قیمت فروش کالا</translation>
    </message>
    <message>
        <source>Save pricing</source>
        <translation>ذخیره قیمت‌گذاری</translation>
    </message>
    <message>
        <source>SKU, then Enter</source>
        <translation>SKU، سپس Enter</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>فهرست قیمت</translation>
    </message>
    <message>
        <source>Personal discount, %</source>
        <translation>تخفیف اختصاصی، %</translation>
    </message>
    <message>
        <source>Sample price</source>
        <translation>قیمت نمونه</translation>
    </message>
    <message>
        <source>{name} (base)</source>
        <translation>{name} (پایه)</translation>
    </message>
    <message>
        <source>{name} (archived: base prices apply)</source>
        <translation>{name} (بایگانی‌شده: قیمت‌های پایه اعمال می‌شود)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>No product with this SKU.</source>
        <translation>کالایی با این SKU وجود ندارد.</translation>
    </message>
    <message>
        <source>{name}: {price}&#xa0;{cur} on “{list}” ({source}) −&#xa0;{discount}&#xa0;% = {final}&#xa0;{cur}</source>
        <translation>{name}: {price} {cur} در «{list}» ({source}) − {discount} % = {final} {cur}</translation>
    </message>
</context>
<context>
    <name>ClientRequestsPanel</name>
    <message>
        <source>New request</source>
        <translation>درخواست جدید</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>Every request of this client to an Excel workbook</source>
        <translation>همه درخواست‌های این مشتری در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>No service requests from this client.</source>
        <translation>این مشتری درخواست خدماتی ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n درخواست</numerusform>
        </translation>
    </message>
    <message>
        <source>service requests</source>
        <translation>درخواست‌های خدمات</translation>
    </message>
</context>
<context>
    <name>ClientsWorkspace</name>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>نقش‌ها</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <source>New client (Ctrl+N)</source>
        <translation>مشتری جدید (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Open the selected client (Enter)</source>
        <translation>باز کردن مشتری انتخاب‌شده (Enter)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>ادغام…</translation>
    </message>
    <message>
        <source>Positions…</source>
        <translation>سمت‌ها…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>بازخوانی</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>Search by name, phone, e-mail, tax ID…</source>
        <translation>جستجو بر اساس نام، تلفن، ایمیل، کد اقتصادی…</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>همه نقش‌ها</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>همه وضعیت‌ها</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>همه برچسب‌ها</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>همه مسئولان</translation>
    </message>
    <message>
        <source>Clients: {0}</source>
        <translation>مشتریان: {0}</translation>
    </message>
    <message>
        <source>Nothing matches “{0}”.</source>
        <translation>هیچ موردی با «{0}» مطابقت ندارد.</translation>
    </message>
    <message>
        <source>No clients match these filters.</source>
        <translation>هیچ مشتری با این فیلترها مطابقت ندارد.</translation>
    </message>
    <message>
        <source>No clients yet.
Press Ctrl+N to add the first one.</source>
        <translation>هنوز مشتری‌ای نیست.
برای افزودن نخستین مشتری Ctrl+N را بزنید.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>مشتریان</translation>
    </message>
</context>
<context>
    <name>ComingLaterPage</name>
    <message>
        <source>This area is coming in a later version of Karavan.</source>
        <translation>این بخش در نسخه‌های بعدی Karavan ارائه می‌شود.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Welcome to Karavan</source>
        <translation>به Karavan خوش آمدید</translation>
    </message>
    <message>
        <source>This database is new. Tell Karavan whose it is; you can change it later.</source>
        <translation>این پایگاه داده جدید است. به Karavan بگویید متعلق به کیست؛ بعداً می‌توانید آن را تغییر دهید.</translation>
    </message>
    <message>
        <source>e.g. Caravan Trading LLC</source>
        <translation>مثلاً شرکت بازرگانی کاروان</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>نام شرکت:</translation>
    </message>
</context>
<context>
    <name>CompanySettingsDialog</name>
    <message>
        <source>Company settings</source>
        <translation>تنظیمات شرکت</translation>
    </message>
    <message>
        <source>Prices exclude VAT (VAT is added on top)</source>
        <translation>قیمت‌ها بدون مالیات بر ارزش افزوده (مالیات به آن افزوده می‌شود)</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>قیمت‌ها با احتساب مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Solar Hijri (1405/09/12)</source>
        <translation>هجری شمسی (1405/09/12)</translation>
    </message>
    <message>
        <source>Gregorian (2026/12/03)</source>
        <translation>میلادی (2026/12/03)</translation>
    </message>
    <message>
        <source>The calendar documents printed in Persian are dated in</source>
        <translation>تقویمی که اسناد چاپ‌شده به فارسی با آن تاریخ می‌خورند</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>Empty: the standard contract text. Fields: {number}, {date}, {company}, {company_tax_id}, {company_address}, {director}, {client}, {client_tax_id}, {total}, {currency}, {total_words}, {payment_days}</source>
        <translation>خالی: متن استاندارد قرارداد. فیلدها: {number}، {date}، {company}، {company_tax_id}، {company_address}، {director}، {client}، {client_tax_id}، {total}، {currency}، {total_words}، {payment_days}</translation>
    </message>
    <message>
        <source>{prefix} (INV, ORD…), {series}, {year} and {seq} (the running number; {seq:06d} pads it to six digits)</source>
        <translation>{prefix} (INV، ORD…)، {series}، {year} و {seq} (شماره ترتیبی؛ {seq:06d} آن را تا شش رقم با صفر پر می‌کند)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>لوگو</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>مهر</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>امضا</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>نام*</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>نام حقوقی</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <source>Registration numbers</source>
        <translation>شماره‌های ثبت</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>نشانی حقوقی</translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation>نشانی واقعی</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Requisites</source>
        <translation>مشخصات حقوقی و بانکی</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>شماره حساب</translation>
    </message>
    <message>
        <source>BIC / SWIFT</source>
        <translation>BIC / SWIFT</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>مدیرعامل</translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation>مدیر مالی</translation>
    </message>
    <message>
        <source>People</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Persian documents dated in</source>
        <translation>تقویم اسناد فارسی</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>قالب شماره</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>شماره نمونه</translation>
    </message>
    <message>
        <source>Payment within</source>
        <translation>مهلت پرداخت</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>شرایط</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>پانویس</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>The text a contract prints, with fields in braces filled in for the client; a blank line starts a new paragraph. An unknown field prints as typed.</source>
        <translation>متنی که قرارداد چاپ می‌کند؛ فیلدهای داخل آکولاد برای مشتری پر می‌شوند؛ یک خط خالی پاراگراف جدیدی آغاز می‌کند. فیلد ناشناخته همان‌طور که تایپ شده چاپ می‌شود.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>قرارداد</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>تصاویر</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>بارگذاری دوباره</translation>
    </message>
    <message>
        <source>Cannot be used: {0}</source>
        <translation>قابل استفاده نیست: {0}</translation>
    </message>
</context>
<context>
    <name>CompleteQuantityDialog</name>
    <message>
        <source>Complete {number}</source>
        <translation>تکمیل {number}</translation>
    </message>
    <message>
        <source>Left to make: {left} {unit}. Completing posts the components&apos; consumption and the output into stock; a part leaves the order in progress.</source>
        <translation>باقی‌مانده برای تولید: {left} {unit}. تکمیل، مصرف اجزا و محصول تولیدشده را در موجودی ثبت می‌کند؛ تکمیل بخشی از آن، دستور را در جریان نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>تکمیل</translation>
    </message>
    <message>
        <source>Made now:</source>
        <translation>تولیدشده اکنون:</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete: {0}</source>
        <translation>تکمیل: {0}</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>چطور پیش رفت؟</translation>
    </message>
    <message>
        <source>Create follow-up</source>
        <translation>ایجاد پیگیری</translation>
    </message>
    <message>
        <source>Follow-up: {0}</source>
        <translation>پیگیری: {0}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>تکمیل</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The client was changed by someone else</source>
        <translation>مشتری توسط شخص دیگری تغییر کرده است</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>کاربری دیگر</translation>
    </message>
    <message>
        <source>Changed by {who} at {when}. Choose which value to keep for each field.</source>
        <translation>تغییر توسط {who} در {when}. برای هر فیلد انتخاب کنید کدام مقدار بماند.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>مقدار آن‌ها</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>مقدار من</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>نگه داشتن</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>مقدار آن‌ها بماند</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>نسخه من بماند</translation>
    </message>
    <message>
        <source>Your values are the same as theirs.</source>
        <translation>مقادیر شما با مقادیر آن‌ها یکسان است.</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>ذخیره با این انتخاب‌ها</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>بارگذاری نسخه آن‌ها</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection to the server lost — reconnecting… What you type is kept; nothing is saved until the connection is back.</source>
        <translation>اتصال به سرور قطع شد — در حال اتصال دوباره… آنچه تایپ می‌کنید حفظ می‌شود؛ تا برقراری دوباره اتصال چیزی ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>Reconnected. Lists are being refreshed; save again anything that was not saved.</source>
        <translation>دوباره وصل شد. فهرست‌ها در حال بازخوانی‌اند؛ هر چیزی را که ذخیره نشد دوباره ذخیره کنید.</translation>
    </message>
</context>
<context>
    <name>ConversionView</name>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>The stages and the lost reasons of this period to an Excel workbook</source>
        <translation>مراحل و دلایل ناموفق بودن این دوره در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>تا:</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>پایان دوره پیش از آغاز آن است.</translation>
    </message>
    <message>
        <source>the conversion</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>به مرحله بعد</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>دلیل ناموفق بودن</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(بدون دلیل)</translation>
    </message>
    <message>
        <source>Deals entering each stage</source>
        <translation>معاملات ورودی به هر مرحله</translation>
    </message>
</context>
<context>
    <name>CurrencyRatesDialog</name>
    <message>
        <source>Currency rates</source>
        <translation>نرخ‌های ارز</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>e.g. 1.0845</source>
        <translation>مثلاً 1.0845</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>افزودن نرخ</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>Units of {0} for one unit of the currency, from the date on (a document takes the latest rate on or before its date).</source>
        <translation>واحدهای {0} به ازای یک واحد از این ارز، از این تاریخ به بعد (هر سند آخرین نرخِ تا تاریخ خود را به کار می‌برد).</translation>
    </message>
    <message>
        <source>Replace that day&apos;s rate</source>
        <translation>جایگزینی نرخ آن روز</translation>
    </message>
</context>
<context>
    <name>CustomiseDialog</name>
    <message>
        <source>Customise dashboard</source>
        <translation>سفارشی‌سازی پیشخوان</translation>
    </message>
    <message>
        <source>Tick the tiles to show; drag them, or use Up and Down, to change their order.</source>
        <translation>کاشی‌های مورد نظر برای نمایش را علامت بزنید؛ برای تغییر ترتیب آن‌ها را بکشید یا از «بالا» و «پایین» استفاده کنید.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>بالا</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>پایین</translation>
    </message>
</context>
<context>
    <name>DashboardWorkspace</name>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>این هفته</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>بازخوانی</translation>
    </message>
    <message>
        <source>Refresh every tile (F5)</source>
        <translation>بازخوانی همه کاشی‌ها (F5)</translation>
    </message>
    <message>
        <source>Customise…</source>
        <translation>سفارشی‌سازی…</translation>
    </message>
    <message>
        <source>Refresh dashboard</source>
        <translation>بازخوانی پیشخوان</translation>
    </message>
    <message>
        <source>No tiles chosen. Use Customise… to pick what the dashboard shows.</source>
        <translation>هیچ کاشی‌ای انتخاب نشده است. با «سفارشی‌سازی…» انتخاب کنید پیشخوان چه چیزی نشان دهد.</translation>
    </message>
    <message>
        <source>Could not read your dashboard layout; showing every tile.</source>
        <translation>چیدمان پیشخوان شما خوانده نشد؛ همه کاشی‌ها نمایش داده می‌شوند.</translation>
    </message>
</context>
<context>
    <name>DealCardModel</name>
    <message>
        <source>In this stage: {0}</source>
        <translation>در این مرحله: {0}</translation>
    </message>
    <message>
        <source>The expected close date has passed</source>
        <translation>تاریخ بسته شدن مورد انتظار گذشته است</translation>
    </message>
    <message>
        <source>A task for this deal is overdue</source>
        <translation>یکی از وظایف این معامله از سررسید گذشته است</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>معامله جدید</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>Title*</source>
        <translation>عنوان*</translation>
    </message>
    <message>
        <source>Client*</source>
        <translation>مشتری*</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>تاریخ بسته شدن مورد انتظار</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Probability, %</source>
        <translation>احتمال، %</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>ثبت تعامل…</translation>
    </message>
    <message>
        <source>Record a call, meeting, e-mail or note about this deal</source>
        <translation>ثبت تماس، جلسه، ایمیل یا یادداشت درباره این معامله</translation>
    </message>
    <message>
        <source>Create quote</source>
        <translation>ایجاد پیش‌فاکتور</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>ایجاد سفارش</translation>
    </message>
    <message>
        <source>A draft from the saved deal&apos;s client and product lines</source>
        <translation>پیش‌نویسی از مشتری و ردیف‌های کالای معامله ذخیره‌شده</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>سابقه تغییرات…</translation>
    </message>
    <message>
        <source>Every change to this deal: who, when and what</source>
        <translation>همه تغییرات این معامله: چه کسی، چه زمانی و چه چیزی</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>کالاها</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>SKU or barcode, then Enter</source>
        <translation>SKU یا بارکد، سپس Enter</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>افزودن ردیف</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>حذف ردیف</translation>
    </message>
    <message>
        <source>No products: the deal&apos;s amount is typed on the Deal tab. Type a SKU and press Enter to add a line priced for the client.</source>
        <translation>بدون کالا: مبلغ معامله در زبانه «معامله» وارد می‌شود. برای افزودن ردیفی با قیمت مخصوص مشتری، SKU را تایپ و Enter را بزنید.</translation>
    </message>
    <message>
        <source>Type a product&apos;s SKU or barcode first.</source>
        <translation>ابتدا SKU یا بارکد کالا را تایپ کنید.</translation>
    </message>
    <message>
        <source>No product with the SKU or barcode “{0}”.</source>
        <translation>کالایی با SKU یا بارکد «{0}» وجود ندارد.</translation>
    </message>
    <message>
        <source>The sum of the product lines</source>
        <translation>جمع ردیف‌های کالا</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>جمع کل: {0}</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Deal: {0}</source>
        <translation>معامله: {0}</translation>
    </message>
    <message>
        <source>Stage default: {0} %</source>
        <translation>پیش‌فرض مرحله: {0} %</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>عدد نیست</translation>
    </message>
    <message>
        <source>Documents made from this deal and from each other; Create quote or Create order starts the chain.</source>
        <translation>اسنادی که از این معامله و از یکدیگر ساخته شده‌اند؛ «ایجاد پیش‌فاکتور» یا «ایجاد سفارش» زنجیره را آغاز می‌کند.</translation>
    </message>
    <message>
        <source>Their changes are filled in where you had not changed a field. Check, then save again.</source>
        <translation>تغییرات آن‌ها در فیلدهایی که شما تغییر نداده بودید وارد شد. بررسی کنید، سپس دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>Products: see the Products tab</source>
        <translation>کالاها: زبانه «کالاها» را ببینید</translation>
    </message>
    <message>
        <source>product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>Line {0}, {1}: {2}</source>
        <translation>ردیف {0}، {1}: {2}</translation>
    </message>
</context>
<context>
    <name>DealHistoryView</name>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>The stage changes to an Excel workbook</source>
        <translation>تغییرات مرحله در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>تغییرات مرحله</translation>
    </message>
    <message>
        <source>Time in each stage</source>
        <translation>زمان در هر مرحله</translation>
    </message>
    <message>
        <source>the deal&apos;s history</source>
        <translation>سابقه معامله</translation>
    </message>
</context>
<context>
    <name>DealLinesModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>تخفیف، %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>عدد نیست</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>الزامی است</translation>
    </message>
</context>
<context>
    <name>DealListView</name>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>وزنی</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>تاریخ بسته شدن مورد انتظار</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>روز در مرحله</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>سررسیدگذشته</translation>
    </message>
    <message>
        <source>An open task is past due</source>
        <translation>یک وظیفه باز از سررسید گذشته است</translation>
    </message>
    <message>
        <source>No deals match the filters.</source>
        <translation>هیچ معامله‌ای با فیلترها مطابقت ندارد.</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>The deals the list shows (its filters and sort), to an Excel workbook</source>
        <translation>معاملات نمایش‌داده‌شده در فهرست (طبق فیلترها و مرتب‌سازی)، در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>معاملات</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n معامله</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>By payment terms</source>
        <translation>بر اساس شرایط پرداخت</translation>
    </message>
    <message>
        <source>The document date plus the company&apos;s payment days</source>
        <translation>تاریخ سند به‌علاوه روزهای مهلت پرداخت شرکت</translation>
    </message>
    <message>
        <source>from the rates table</source>
        <translation>از جدول نرخ‌ها</translation>
    </message>
    <message>
        <source>Prices exclude VAT</source>
        <translation>قیمت‌ها بدون مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>قیمت‌ها با احتساب مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>The language the document prints in</source>
        <translation>زبانی که سند به آن چاپ می‌شود</translation>
    </message>
    <message>
        <source>The client&apos;s language</source>
        <translation>زبان مشتری</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>نرخ:</translation>
    </message>
    <message>
        <source>Client*</source>
        <translation>مشتری*</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Warehouse*</source>
        <translation>انبار*</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>شرایط</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Prints in</source>
        <translation>زبان چاپ</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>زنجیره</translation>
    </message>
    <message>
        <source>Add a product or service: type its SKU or name, Enter</source>
        <translation>افزودن کالا یا خدمت: SKU یا نام آن را تایپ کنید، Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Line without product</source>
        <translation>ردیف بدون کالا</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>حذف ردیف</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>ذخیره پیش‌نویس</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Cancel document</source>
        <translation>ابطال سند</translation>
    </message>
    <message>
        <source>Create from…</source>
        <translation>ایجاد از…</translation>
    </message>
    <message>
        <source>Register payment…</source>
        <translation>ثبت پرداخت…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>بارگذاری دوباره</translation>
    </message>
    <message>
        <source>Show the document as it is saved now (your unsaved edits are dropped)</source>
        <translation>نمایش سند به شکلی که اکنون ذخیره شده است (ویرایش‌های ذخیره‌نشده شما کنار گذاشته می‌شوند)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>ارسال با ایمیل…</translation>
    </message>
    <message>
        <source>E-mail the PDF to the client; logged on the client&apos;s timeline</source>
        <translation>ارسال PDF به مشتری با ایمیل؛ در گاه‌شمار مشتری ثبت می‌شود</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>علامت‌گذاری به‌عنوان ارسال‌شده</translation>
    </message>
    <message>
        <source>Printed and handed over: from now on the document is locked</source>
        <translation>چاپ و تحویل شد: از این پس سند قفل است</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <source>The document as saved</source>
        <translation>سند به شکل ذخیره‌شده</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>ذخیره پیش‌نویس (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save, take the number and make it count (Ctrl+Enter)</source>
        <translation>ذخیره، گرفتن شماره و قطعی کردن (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Supplier*</source>
        <translation>تامین‌کننده*</translation>
    </message>
    <message>
        <source>Receive into*</source>
        <translation>دریافت در*</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>outstanding {0}</source>
        <translation>مانده {0}</translation>
    </message>
    <message>
        <source>sent {0}</source>
        <translation>ارسال‌شده {0}</translation>
    </message>
    <message>
        <source>deal: {0}</source>
        <translation>معامله: {0}</translation>
    </message>
    <message>
        <source>Not linked to other documents yet; those made from it appear here.</source>
        <translation>هنوز به سند دیگری پیوند نشده است؛ اسنادی که از آن ساخته شوند اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>خالص</translation>
    </message>
    <message>
        <source>on</source>
        <translation>بر</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>VAT {0} %</source>
        <translation>مالیات بر ارزش افزوده {0} %</translation>
    </message>
    <message>
        <source>Lines without a price are left out until saved.</source>
        <translation>ردیف‌های بدون قیمت تا ذخیره شدن حساب نمی‌شوند.</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode “{code}”.</source>
        <translation>هیچ کالایی SKU یا بارکد «{code}» ندارد.</translation>
    </message>
    <message>
        <source>choose a client from the list</source>
        <translation>یک مشتری از فهرست انتخاب کنید</translation>
    </message>
    <message>
        <source>Line {n} ({what}): {message}</source>
        <translation>ردیف {n} ({what}): {message}</translation>
    </message>
    <message>
        <source>Cancel {kind} {number}? It keeps its number and stays in the list as cancelled; what confirming did is undone.</source>
        <translation>{kind} {number} ابطال شود؟ شماره خود را حفظ می‌کند و به‌صورت ابطال‌شده در فهرست می‌ماند؛ آثار تأیید آن برگردانده می‌شود.</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(پیش‌نویس)</translation>
    </message>
    <message>
        <source>{title} · not saved yet</source>
        <translation>{title} · هنوز ذخیره نشده</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>در {0} ذخیره شد</translation>
    </message>
</context>
<context>
    <name>DocumentLayoutsDialog</name>
    <message>
        <source>Document layouts</source>
        <translation>قالب‌های اسناد</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>لوگو</translation>
    </message>
    <message>
        <source>Stamp and signature</source>
        <translation>مهر و امضا</translation>
    </message>
    <message>
        <source>SKU column</source>
        <translation>ستون SKU</translation>
    </message>
    <message>
        <source>Discount column</source>
        <translation>ستون تخفیف</translation>
    </message>
    <message>
        <source>VAT column and VAT totals</source>
        <translation>ستون مالیات بر ارزش افزوده و جمع مالیات</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>مشخصات بانکی</translation>
    </message>
    <message>
        <source>Left of the company block</source>
        <translation>سمت چپ بلوک شرکت</translation>
    </message>
    <message>
        <source>Right of the company block</source>
        <translation>سمت راست بلوک شرکت</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> میلی‌متر</translation>
    </message>
    <message>
        <source>empty: the type&apos;s usual title</source>
        <translation>خالی: عنوان معمول این نوع</translation>
    </message>
    <message>
        <source>empty: the company&apos;s document footer</source>
        <translation>خالی: پانویس اسناد شرکت</translation>
    </message>
    <message>
        <source>What prints</source>
        <translation>چه چیزی چاپ شود</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>نوع سند</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>حاشیه‌ها</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>پانویس</translation>
    </message>
    <message>
        <source>The preview uses the latest document of the type, or a sample one; Save stores the layouts of every type you changed.</source>
        <translation>پیش‌نمایش از آخرین سند این نوع، یا یک سند نمونه استفاده می‌کند؛ «ذخیره» قالب همه انواعی را که تغییر داده‌اید ذخیره می‌کند.</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>در حال ساخت پیش‌نمایش…</translation>
    </message>
    <message numerus="yes">
        <source>Preview — {0}, %n page(s)</source>
        <translation>
            <numerusform>پیش‌نمایش — {0}، %n صفحه</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: correct the highlighted fields.</source>
        <translation>پیش‌نمایش ممکن نیست: فیلدهای مشخص‌شده را اصلاح کنید.</translation>
    </message>
</context>
<context>
    <name>DocumentLinesModel</name>
    <message>
        <source>is not a number</source>
        <translation>عدد نیست</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>الزامی است</translation>
    </message>
</context>
<context>
    <name>DocumentsWorkspace</name>
    <message>
        <source>Save PDFs into</source>
        <translation>ذخیره PDFها در</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Create from</source>
        <translation>ایجاد از</translation>
    </message>
    <message>
        <source>Register payment</source>
        <translation>ثبت پرداخت</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>باز کردن مشتری</translation>
    </message>
    <message>
        <source>Save PDFs…</source>
        <translation>ذخیره PDFها…</translation>
    </message>
    <message>
        <source>Save the selected documents as PDF files into a folder (Ctrl or Shift + click selects several)</source>
        <translation>ذخیره اسناد انتخاب‌شده به‌صورت فایل‌های PDF در یک پوشه (Ctrl یا Shift + کلیک چند مورد را انتخاب می‌کند)</translation>
    </message>
    <message>
        <source>Print selected…</source>
        <translation>چاپ موارد انتخاب‌شده…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>Export the documents the list shows to Excel (Ctrl+E)</source>
        <translation>صدور اسناد نمایش‌داده‌شده در فهرست به Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>بازخوانی</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>همه انواع</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هر وضعیت</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Search number or client…</source>
        <translation>جستجوی شماره یا مشتری…</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>No documents match the filters. Make one with New, or from a deal (Create quote / Create order).</source>
        <translation>هیچ سندی با فیلترها مطابقت ندارد. با «جدید» یا از یک معامله («ایجاد پیش‌فاکتور» / «ایجاد سفارش») سندی بسازید.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n سند</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved or printed</source>
        <translation>لغو شد: چیزی ذخیره یا چاپ نشد</translation>
    </message>
    <message numerus="yes">
        <source>Saved {n} of %n document(s) to {folder}</source>
        <translation>
            <numerusform>{n} از %n سند در {folder} ذخیره شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n document(s) as PDF…</source>
        <translation>
            <numerusform>در حال ذخیره %n سند به‌صورت PDF…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n document(s), {p} page(s)</source>
        <translation>
            <numerusform>%n سند چاپ شد، {p} صفحه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n document(s) for printing…</source>
        <translation>
            <numerusform>در حال آماده‌سازی %n سند برای چاپ…</numerusform>
        </translation>
    </message>
    <message>
        <source>documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Cancel {kind} {number}? It keeps its number and stays in the list as cancelled.</source>
        <translation>{kind} {number} ابطال شود؟ شماره خود را حفظ می‌کند و به‌صورت ابطال‌شده در فهرست می‌ماند.</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(پیش‌نویس)</translation>
    </message>
    <message>
        <source>Cancel document</source>
        <translation>ابطال سند</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Same phone</source>
        <translation>تلفن یکسان</translation>
    </message>
    <message>
        <source>Same e-mail</source>
        <translation>ایمیل یکسان</translation>
    </message>
    <message>
        <source>Same tax ID</source>
        <translation>شناسه مالیاتی یکسان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>احتمال تکراری بودن</translation>
    </message>
    <message>
        <source>Clients with the same phone, e-mail or tax ID already exist. Open one of them, or save this card anyway.</source>
        <translation>مشتریانی با همین تلفن، ایمیل یا کد اقتصادی از قبل وجود دارند. یکی از آن‌ها را باز کنید، یا در هر حال این کارت را ذخیره کنید.</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>باز کردن مورد موجود</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>در هر حال ذخیره شود</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>نام حقوقی</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>نقش‌ها</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>رمز عبور جدید</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>حساب بانکی</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>شماره حساب</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Correspondent account</source>
        <translation>حساب واسط</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>اطلاعات تماس</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>شخص رابط</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>قیمت فروش</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>قیمت خرید</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>فهرست قیمت</translation>
    </message>
    <message>
        <source>Rule, %</source>
        <translation>قاعده، %</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>تخفیف، %</translation>
    </message>
    <message>
        <source>VAT, %</source>
        <translation>مالیات بر ارزش افزوده، %</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>سقف اعتبار</translation>
    </message>
    <message>
        <source>Payment days</source>
        <translation>مهلت پرداخت (روز)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>بارکد</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>ارقام اعشار</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>دسته والد</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>حداقل موجودی</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>وزن، کیلوگرم</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>بچ‌ها</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>تعداد نسخه</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>چیدمان</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>کالاها</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>بهای واحد</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>بهای تمام‌شده</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>بچ</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>انبار</translation>
    </message>
    <message>
        <source>To warehouse</source>
        <translation>انبار مقصد</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شماره مرجع</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>شماره‌گذاری</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>سری</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>To</source>
        <translation>به</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>End of period</source>
        <translation>پایان دوره</translation>
    </message>
    <message>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>پایان برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>افق زمانی</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>یادآوری</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>تکرار هر</translation>
    </message>
    <message>
        <source>Repeat until</source>
        <translation>تکرار تا</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>روزهای هفته</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>پانویس</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>راه‌حل</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>انجام‌دهنده</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>واحد سازمانی</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>مراحل</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Reason for losing</source>
        <translation>دلیل ناموفق بودن</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش مشتریان</translation>
    </message>
    <message>
        <source>Test address</source>
        <translation>نشانی آزمایشی</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>درگاه</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>امنیت</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>سرور ایمیل</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>نتایج کلیدی</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>تامین‌کننده</translation>
    </message>
    <message>
        <source>Supplier&apos;s SKU</source>
        <translation>SKU تامین‌کننده</translation>
    </message>
    <message>
        <source>Lead time, days</source>
        <translation>زمان تحویل، روز</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>حداقل سفارش</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>فهرست مواد</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>رویداد آغازگر</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>شرط</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>مقایسه</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>Contract template</source>
        <translation>قالب قرارداد</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>زبان سند</translation>
    </message>
    <message>
        <source>Documents language</source>
        <translation>زبان اسناد</translation>
    </message>
    <message>
        <source>Persian documents dated in</source>
        <translation>تقویم اسناد فارسی</translation>
    </message>
    <message>
        <source>Logo position</source>
        <translation>محل لوگو</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>حاشیه‌ها</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>پوشه</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>تعداد پشتیبان‌های روزانه</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>تعداد پشتیبان‌های ماهانه</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>زمان‌بندی</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <source>Database role</source>
        <translation>نقش پایگاه داده</translation>
    </message>
    <message>
        <source>Merged client</source>
        <translation>مشتری ادغام‌شده</translation>
    </message>
    <message>
        <source>Taken from the merged client</source>
        <translation>برگرفته از مشتری ادغام‌شده</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>گروه‌بندی بر اساس</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>حد</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>دسترسی‌ها</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>تنظیم</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>انواع</translation>
    </message>
    <message>
        <source>Last purchase up to</source>
        <translation>آخرین خرید تا</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>جایگاه در فهرست</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>مرتب‌سازی</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>گام</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>انقضا</translation>
    </message>
    <message>
        <source>{field} (line {n})</source>
        <translation>{field} (ردیف {n})</translation>
    </message>
    <message>
        <source>This account is locked until {time} after too many wrong passwords; ask an administrator to unlock it.</source>
        <translation>این حساب کاربری به دلیل رمزهای نادرست پیاپی تا {time} قفل است؛ از مدیر سیستم بخواهید قفل آن را باز کند.</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields:</source>
        <translation>لطفاً فیلدهای مشخص‌شده را اصلاح کنید:</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>کاربری دیگر</translation>
    </message>
    <message>
        <source>This record was changed by {who} at {when} after you opened it.</source>
        <translation>این سابقه پس از باز شدن توسط شما، در {when} توسط {who} تغییر کرده است.</translation>
    </message>
    <message>
        <source>The record no longer exists — it may have been deleted or merged by another user.</source>
        <translation>این سابقه دیگر وجود ندارد — ممکن است کاربر دیگری آن را حذف یا ادغام کرده باشد.</translation>
    </message>
    <message>
        <source>A client with the same phone, e-mail or tax ID already exists: {names}</source>
        <translation>مشتری با همین تلفن، ایمیل یا کد اقتصادی از قبل وجود دارد: {names}</translation>
    </message>
    <message>
        <source>The login or password is incorrect.</source>
        <translation>نام کاربری یا رمز عبور نادرست است.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {n} seconds.</source>
        <translation>تلاش‌های ناموفق بیش از حد. {n} ثانیه دیگر دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>This database was upgraded by a newer version of Karavan ({db}). Install the newer version to open it; nothing was changed.</source>
        <translation>این پایگاه داده با نسخه جدیدتری از Karavan ({db}) ارتقا یافته است. برای باز کردن آن نسخه جدیدتر را نصب کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Cannot connect to the database {target}.
{detail}</source>
        <translation>اتصال به پایگاه داده {target} ممکن نیست.
{detail}</translation>
    </message>
    <message>
        <source>The connection to the database was lost before this was done, so nothing was saved. What you entered is kept: try again once the connection is back — Karavan reconnects by itself.</source>
        <translation>اتصال به پایگاه داده پیش از انجام این کار قطع شد، بنابراین چیزی ذخیره نشد. آنچه وارد کرده‌اید حفظ شده است: پس از برقراری اتصال دوباره تلاش کنید — Karavan خودش دوباره وصل می‌شود.</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, so Karavan cannot tell whether the save reached the server. What you entered is kept. Reload the record (or look for it in the list) before saving again, so that nothing is saved twice.</source>
        <translation>اتصال به پایگاه داده هنگام ذخیره قطع شد، بنابراین Karavan نمی‌تواند بگوید ذخیره به سرور رسیده است یا نه. آنچه وارد کرده‌اید حفظ شده است. پیش از ذخیره دوباره، سابقه را بارگذاری دوباره کنید (یا آن را در فهرست پیدا کنید) تا چیزی دو بار ذخیره نشود.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Nothing was saved by this action; Karavan reconnects on the next try — check the network and try again.</source>
        <translation>اتصال به پایگاه داده قطع شد. این اقدام چیزی ذخیره نکرد؛ Karavan در تلاش بعدی دوباره وصل می‌شود — شبکه را بررسی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>{who} changed this {what} at {when} after you opened it. Your changes were not saved; Reload shows theirs.</source>
        <translation>{who} این {what} را پس از باز شدن توسط شما، در {when} تغییر داد. تغییرات شما ذخیره نشد؛ «بارگذاری دوباره» تغییرات آن‌ها را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>کاربری دیگر</translation>
    </message>
    <message>
        <source>Karavan</source>
        <translation>Karavan</translation>
    </message>
    <message>
        <source>What happened: {what}</source>
        <translation>چه اتفاقی افتاد: {what}</translation>
    </message>
    <message>
        <source>A report for the administrator was saved to:
{path}</source>
        <translation>گزارشی برای مدیر سیستم در این مسیر ذخیره شد:
{path}</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe: the action was not saved.</source>
        <translation>مشکلی پیش آمد. داده‌های شما امن است: این اقدام ذخیره نشد.</translation>
    </message>
</context>
<context>
    <name>ErrorsModel</name>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>The table below (weighted amounts by month and manager, this currency) to an Excel workbook</source>
        <translation>جدول زیر (مبالغ وزنی به تفکیک ماه و مسئول، به این ارز) در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>No open deals to forecast.</source>
        <translation>معامله بازی برای پیش‌بینی نیست.</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>ارز:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>{n} open deals · amount {amount} · weighted {weighted}</source>
        <translation>{n} معامله باز · مبلغ {amount} · وزنی {weighted}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>the forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <source>Weighted amount by expected close, {0}</source>
        <translation>مبلغ وزنی بر اساس تاریخ بسته شدن مورد انتظار، {0}</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>وزنی</translation>
    </message>
</context>
<context>
    <name>FunnelWorkspace</name>
    <message>
        <source>New deal</source>
        <translation>معامله جدید</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>بازخوانی</translation>
    </message>
    <message>
        <source>Pipelines…</source>
        <translation>قیف‌ها…</translation>
    </message>
    <message>
        <source>Edit pipelines, stages and lost reasons</source>
        <translation>ویرایش قیف‌ها، مراحل و دلایل ناموفق بودن</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>تابلو</translation>
    </message>
    <message>
        <source>List</source>
        <translation>فهرست</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>باز کردن مشتری</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>هر زمان</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>ماه آینده</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>این فصل</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>بازه دلخواه…</translation>
    </message>
    <message>
        <source>Search deals and clients…</source>
        <translation>جستجوی معاملات و مشتریان…</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>قیف:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>مسئول:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>برچسب:</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>بسته شدن:</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>همه مسئولان</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>همه برچسب‌ها</translation>
    </message>
    <message>
        <source>No pipelines yet. Use “Pipelines…” to create one.</source>
        <translation>هنوز قیفی نیست. برای ایجاد آن از «قیف‌ها…» استفاده کنید.</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>must be a PNG or JPEG image of at most {0} MB</source>
        <translation>باید تصویر PNG یا JPEG با حداکثر {0} مگابایت باشد</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Everything is saved in one go: the import is never left half-done.</source>
        <translation>همه‌چیز یکجا ذخیره می‌شود: ورود داده هرگز نیمه‌کاره نمی‌ماند.</translation>
    </message>
    <message>
        <source>All or nothing: import only if every row is valid</source>
        <translation>همه یا هیچ: فقط در صورت معتبر بودن همه ردیف‌ها وارد شود</translation>
    </message>
    <message>
        <source>Only the valid rows: leave the rejected rows out</source>
        <translation>فقط ردیف‌های معتبر: ردیف‌های ردشده کنار گذاشته شوند</translation>
    </message>
    <message>
        <source>Rejected rows left out: {bad}; rows imported: {valid}.</source>
        <translation>ردیف‌های ردشده کنار گذاشته‌شده: {bad}؛ ردیف‌های واردشده: {valid}.</translation>
    </message>
    <message>
        <source>All {rows} rows are valid.</source>
        <translation>همه {rows} ردیف معتبرند.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from Excel</source>
        <translation>ورود از Excel</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>products</source>
        <translation>کالاها</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>قیمت‌ها</translation>
    </message>
    <message>
        <source>stock lines</source>
        <translation>ردیف‌های موجودی</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Print labels</source>
        <translation>چاپ برچسب</translation>
    </message>
    <message>
        <source>A4, 3 × 8 labels (70 × 37 mm)</source>
        <translation>A4، ۳ × ۸ برچسب (۷۰ × ۳۷ میلی‌متر)</translation>
    </message>
    <message>
        <source>A4, 4 × 10 labels (52.5 × 29.7 mm)</source>
        <translation>A4، ۴ × ۱۰ برچسب (۵۲٫۵ × ۲۹٫۷ میلی‌متر)</translation>
    </message>
    <message>
        <source>Single label 58 × 40 mm (label printer)</source>
        <translation>یک برچسب ۵۸ × ۴۰ میلی‌متر (چاپگر برچسب)</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) selected</source>
        <translation>
            <numerusform>%n کالا انتخاب شده</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>چیدمان</translation>
    </message>
    <message>
        <source>Copies of each</source>
        <translation>تعداد نسخه از هر کدام</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language and formats</source>
        <translation>زبان و قالب‌ها</translation>
    </message>
    <message>
        <source>System default ({0})</source>
        <translation>پیش‌فرض سیستم ({0})</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>هجری شمسی (جلالی)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;تقویم:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>پیش‌نمایش:</translation>
    </message>
    <message>
        <source>Save and &amp;restart</source>
        <translation>ذخیره و &amp;راه‌اندازی دوباره</translation>
    </message>
    <message>
        <source>Karavan changes its language, formats and calendar the next time it starts: save, then close Karavan and open it again.</source>
        <translation>Karavan زبان، قالب‌ها و تقویم را در اجرای بعدی تغییر می‌دهد: ذخیره کنید، سپس Karavan را ببندید و دوباره باز کنید.</translation>
    </message>
    <message>
        <source>The settings could not be saved: {0}. Fix or delete the file and save again.</source>
        <translation>تنظیمات ذخیره نشد: {0}. فایل را اصلاح یا حذف کنید و دوباره ذخیره کنید.</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>is not a number</source>
        <translation>عدد نیست</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>الزامی است</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>تاریخ نیست (YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Karavan — locked</source>
        <translation>Karavan — قفل‌شده</translation>
    </message>
    <message>
        <source>Karavan is locked</source>
        <translation>Karavan قفل است</translation>
    </message>
    <message>
        <source>Signed in as {name} ({login}). Nothing you typed is lost: enter your password to go on.</source>
        <translation>با نام {name} ({login}) وارد شده‌اید. چیزی از آنچه تایپ کرده‌اید از بین نرفته است: برای ادامه رمز عبور خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>Close Karavan</source>
        <translation>بستن Karavan</translation>
    </message>
    <message>
        <source>Someone else? Close Karavan here (unsaved changes are asked about) and sign in as yourself.</source>
        <translation>شخص دیگری هستید؟ Karavan را اینجا ببندید (درباره تغییرات ذخیره‌نشده پرسیده می‌شود) و با حساب خود وارد شوید.</translation>
    </message>
    <message>
        <source>That is not the password of {login}.</source>
        <translation>این رمز عبور {login} نیست.</translation>
    </message>
    <message>
        <source>Could not check the password: {0}</source>
        <translation>بررسی رمز عبور ممکن نشد: {0}</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>What happened? Enter saves, Shift+Enter starts a new line</source>
        <translation>چه اتفاقی افتاد؟ Enter ذخیره می‌کند، Shift+Enter خط جدید آغاز می‌کند</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>شخص رابط</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Result*</source>
        <translation>نتیجه*</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>ذخیره (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>مشتری: {name}</translation>
    </message>
    <message>
        <source>#{id}</source>
        <translation>#{id}</translation>
    </message>
    <message>
        <source>Log: {kind}</source>
        <translation>ثبت: {kind}</translation>
    </message>
    <message>
        <source>{kind} (logged by {who})</source>
        <translation>{kind} (ثبت توسط {who})</translation>
    </message>
    <message>
        <source>Their changes are filled in where you had not changed a field. Check, then save again.</source>
        <translation>تغییرات آن‌ها در فیلدهایی که شما تغییر نداده بودید وارد شد. بررسی کنید، سپس دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>Delete this logged interaction?</source>
        <translation>این تعامل ثبت‌شده حذف شود؟</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Karavan — log in</source>
        <translation>Karavan — ورود</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>اتصال‌ها…</translation>
    </message>
    <message>
        <source>Remember the server password on this computer</source>
        <translation>به خاطر سپردن رمز عبور سرور در این رایانه</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer.</source>
        <translation>کلیدبان سیستم در این رایانه در دسترس نیست.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>پایگاه داده:</translation>
    </message>
    <message>
        <source>Server password:</source>
        <translation>رمز عبور سرور:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>در حال اتصال به {0}…</translation>
    </message>
    <message>
        <source>Could not log in: {0}</source>
        <translation>ورود ممکن نشد: {0}</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>اکنون می‌توانید دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {0} s.</source>
        <translation>تلاش‌های ناموفق بیش از حد. {0} ثانیه دیگر دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <source>Deal lost</source>
        <translation>معامله ناموفق شد</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>چه اتفاقی افتاد (اختیاری)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>دلیل:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>توضیح:</translation>
    </message>
</context>
<context>
    <name>LotPrompt</name>
    <message>
        <source>Lot:</source>
        <translation>بچ:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>انقضا:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or Enter for none</source>
        <translation>YYYY-MM-DD، یا Enter برای هیچ</translation>
    </message>
    <message>
        <source>{product} is kept by lot: type its lot number and press Enter.</source>
        <translation>{product} به تفکیک بچ نگهداری می‌شود: شماره بچ را تایپ و Enter را بزنید.</translation>
    </message>
    <message>
        <source>Enter: next · Esc: do not save this scan</source>
        <translation>Enter: بعدی · Esc: این اسکن ذخیره نشود</translation>
    </message>
    <message>
        <source>{product} is kept by lot: which lot is it?</source>
        <translation>{product} به تفکیک بچ نگهداری می‌شود: کدام بچ است؟</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter: confirm · Esc: do not save this scan</source>
        <translation>↑ ↓ انتخاب · Enter: تأیید · Esc: این اسکن ذخیره نشود</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>بدون انقضا</translation>
    </message>
    <message>
        <source>{code} · expires {expires} · {qty} on hand</source>
        <translation>{code} · انقضا {expires} · {qty} موجود</translation>
    </message>
    <message>
        <source>Type the lot number first.</source>
        <translation>ابتدا شماره بچ را تایپ کنید.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as 2030-05-31.</source>
        <translation>«{text}» تاریخ نیست: آن را به شکل 2030-05-31 تایپ کنید.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>پیشخوان</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>Pipelines and stages, a kanban board of deals, forecast and conversion.</source>
        <translation>قیف‌ها و مراحل، تابلوی کانبان معاملات، پیش‌بینی و نرخ تبدیل.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>وظایف</translation>
    </message>
    <message>
        <source>Calls, meetings and to-dos, “My day” and a calendar planner.</source>
        <translation>تماس‌ها، جلسات و کارها، «روز من» و برنامه‌ریز تقویمی.</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>میز خدمات</translation>
    </message>
    <message>
        <source>Complaints, questions and repairs worked through to closed.</source>
        <translation>شکایات، پرسش‌ها و تعمیرات تا زمان بسته شدن.</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>بازاریابی</translation>
    </message>
    <message>
        <source>Client segments, e-mail campaigns and lead sources.</source>
        <translation>بخش‌بندی مشتریان، کمپین‌های ایمیلی و منابع سرنخ.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>کالاها</translation>
    </message>
    <message>
        <source>The catalog: goods and services, units, barcodes and price lists.</source>
        <translation>کاتالوگ: کالاها و خدمات، واحدها، بارکدها و فهرست‌های قیمت.</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>انبار</translation>
    </message>
    <message>
        <source>Receipts, shipments, transfers, inventory counts and balances.</source>
        <translation>رسیدها، ارسال‌ها، انتقال‌ها، انبارگردانی و موجودی‌ها.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>تولید</translation>
    </message>
    <message>
        <source>Bills of materials, production orders and cost roll-up.</source>
        <translation>فهرست‌های مواد، دستورهای تولید و محاسبه بهای تمام‌شده.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Quotes, orders, invoices, waybills, acts and contracts, printed as PDF.</source>
        <translation>پیش‌فاکتورها، سفارش‌ها، فاکتورها، حواله‌ها، صورتجلسه‌ها و قراردادها، با چاپ PDF.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>Incoming and outgoing payments, debts and reconciliation statements.</source>
        <translation>دریافت‌ها و پرداخت‌ها، بدهی‌ها و صورت تطبیق حساب.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Dashboard and period reports with charts and Excel export.</source>
        <translation>پیشخوان و گزارش‌های دوره‌ای با نمودار و خروجی Excel.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <source>Objectives and key results, progress against the pace, sales plans.</source>
        <translation>اهداف و نتایج کلیدی، پیشرفت نسبت به برنامه، برنامه‌های فروش.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Company details, users and roles, language and backups.</source>
        <translation>مشخصات شرکت، کاربران و نقش‌ها، زبان و پشتیبان‌گیری.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Search everywhere (Ctrl+K)…</source>
        <translation>جستجو در همه‌جا (Ctrl+K)…</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>جستجو در همه‌جا</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>بستن زبانه</translation>
    </message>
    <message>
        <source>Warehouse clerk screen</source>
        <translation>صفحه انباردار</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>ورود از Excel…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>باز کردن پوشه گزارش رویدادها</translation>
    </message>
    <message>
        <source>About Karavan</source>
        <translation>درباره Karavan</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;تنظیمات</translation>
    </message>
    <message>
        <source>Language and formats…</source>
        <translation>زبان و قالب‌ها…</translation>
    </message>
    <message>
        <source>Company…</source>
        <translation>شرکت…</translation>
    </message>
    <message>
        <source>Document layouts…</source>
        <translation>قالب‌های اسناد…</translation>
    </message>
    <message>
        <source>Currency rates…</source>
        <translation>نرخ‌های ارز…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>پشتیبان‌ها…</translation>
    </message>
    <message>
        <source>Automation rules…</source>
        <translation>قوانین خودکارسازی…</translation>
    </message>
    <message>
        <source>User: {0}</source>
        <translation>کاربر: {0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>پایگاه داده: {0}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>در حال انجام…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message numerus="yes">
        <source>%n open card(s) have unsaved changes. Quit and discard them?</source>
        <translation>
            <numerusform>%n کارت باز تغییرات ذخیره‌نشده دارد. خروج و کنار گذاشتن آن‌ها؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>تطبیق ستون‌ها</translation>
    </message>
    <message>
        <source>Which column of the file fills each field; fields marked * are required. Your choice is remembered for the next file.</source>
        <translation>کدام ستون فایل هر فیلد را پر می‌کند؛ فیلدهای دارای * الزامی‌اند. انتخاب شما برای فایل بعدی به خاطر سپرده می‌شود.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(وارد نمی‌شود)</translation>
    </message>
</context>
<context>
    <name>MarketingWorkspace</name>
    <message>
        <source>SMTP settings…</source>
        <translation>تنظیمات SMTP…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>بازخوانی</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>بخش‌های مشتریان</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>کمپین‌ها</translation>
    </message>
    <message>
        <source>Sources report</source>
        <translation>گزارش منابع</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge clients</source>
        <translation>ادغام مشتریان</translation>
    </message>
    <message>
        <source>The surviving card keeps its code and history and receives everything of the other card, which is then deleted.</source>
        <translation>کارت باقی‌مانده کد و سابقه خود را حفظ می‌کند و همه‌چیز کارت دیگر را دریافت می‌کند؛ کارت دیگر سپس حذف می‌شود.</translation>
    </message>
    <message>
        <source>⇄ Swap</source>
        <translation>⇄ جابه‌جایی</translation>
    </message>
    <message>
        <source>Keep the other card instead</source>
        <translation>به جای آن کارت دیگر بماند</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>می‌ماند</translation>
    </message>
    <message>
        <source>Is merged in and deleted</source>
        <translation>ادغام و حذف می‌شود</translation>
    </message>
    <message>
        <source>Moved to “{survivor}”: contact persons — {contacts}, channels — {channels}, addresses — {addresses}, bank accounts — {accounts}, tags — {tags}, and all later records. Notes are appended and roles added.</source>
        <translation>به «{survivor}» منتقل شد: اشخاص رابط — {contacts}، راه‌های ارتباطی — {channels}، نشانی‌ها — {addresses}، حساب‌های بانکی — {accounts}، برچسب‌ها — {tags}، و همه سوابق بعدی. یادداشت‌ها الحاق و نقش‌ها افزوده می‌شوند.</translation>
    </message>
</context>
<context>
    <name>MrpView</name>
    <message>
        <source>Make</source>
        <translation>تولید</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>خرید</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>همه انبارها</translation>
    </message>
    <message>
        <source>Net one warehouse only; the drafts are made for it too</source>
        <translation>محاسبه خالص فقط برای یک انبار؛ پیش‌نویس‌ها نیز برای همان انبار ساخته می‌شوند</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>محاسبه</translation>
    </message>
    <message>
        <source>Calculating requirements…</source>
        <translation>در حال محاسبه نیازمندی‌ها…</translation>
    </message>
    <message>
        <source>Needs up to:</source>
        <translation>نیازها تا:</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>انبار:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>ناخالص</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>موجود</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>رزروشده</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Draft POs</source>
        <translation>سفارش‌های خرید پیش‌نویس</translation>
    </message>
    <message>
        <source>Planned output</source>
        <translation>تولید برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>ذخیره اطمینان</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>خالص</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>پیشنهادی</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Net = gross + safety − (on hand − reserved for other needs + incoming + on draft purchase orders + planned output)</source>
        <translation>خالص = ناخالص + ذخیره اطمینان − (موجود − رزروشده برای نیازهای دیگر + در راه + در سفارش‌های خرید پیش‌نویس + تولید برنامه‌ریزی‌شده)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Need by</source>
        <translation>مورد نیاز تا</translation>
    </message>
    <message>
        <source>Order by</source>
        <translation>سفارش تا</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>تامین‌کننده</translation>
    </message>
    <message>
        <source>No supplier terms for this product: Create drafts skips it. Add them on the product&apos;s Suppliers tab.</source>
        <translation>شرایط تامین‌کننده برای این کالا تعریف نشده است: «ایجاد پیش‌نویس‌ها» از آن می‌گذرد. آن‌ها را در زبانه «تامین‌کنندگان» کالا اضافه کنید.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>علامت زدن همه</translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation>برداشتن علامت همه</translation>
    </message>
    <message>
        <source>Create drafts</source>
        <translation>ایجاد پیش‌نویس‌ها</translation>
    </message>
    <message>
        <source>Planned production orders for the checked “make” lines and draft purchase orders, one per supplier, for the checked “buy” lines</source>
        <translation>دستورهای تولید برنامه‌ریزی‌شده برای ردیف‌های «تولید» علامت‌خورده و سفارش‌های خرید پیش‌نویس، یکی برای هر تامین‌کننده، برای ردیف‌های «خرید» علامت‌خورده</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>The proposals of this calculation to an Excel workbook</source>
        <translation>پیشنهادهای این محاسبه در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>The netting per product of this calculation to an Excel workbook</source>
        <translation>محاسبه خالص به تفکیک کالا در این محاسبه، در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>Orders or stock changed since this calculation: Calculate again to see the current needs.</source>
        <translation>سفارش‌ها یا موجودی پس از این محاسبه تغییر کرده‌اند: برای دیدن نیازهای فعلی دوباره «محاسبه» را بزنید.</translation>
    </message>
    <message>
        <source>Netting per product</source>
        <translation>محاسبه خالص به تفکیک کالا</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <source>Choose how far ahead to look and press Calculate: the confirmed sales orders and the open production orders up to that day are netted against stock, incoming purchases and planned output.</source>
        <translation>تعیین کنید تا چه زمانی پیش‌رو بررسی شود و «محاسبه» را بزنید: سفارش‌های فروش تأییدشده و دستورهای تولید باز تا آن روز، در برابر موجودی، خریدهای در راه و تولید برنامه‌ریزی‌شده خالص می‌شوند.</translation>
    </message>
    <message>
        <source>none: will be skipped</source>
        <translation>هیچ: نادیده گرفته می‌شود</translation>
    </message>
    <message>
        <source>Nothing to make or buy up to {day}.</source>
        <translation>تا {day} چیزی برای تولید یا خرید نیست.</translation>
    </message>
    <message>
        <source>No confirmed sales order, open production order or minimum stock needs anything by then.</source>
        <translation>هیچ سفارش فروش تأییدشده، دستور تولید باز یا حداقل موجودی تا آن زمان به چیزی نیاز ندارد.</translation>
    </message>
    <message>
        <source>Stock, incoming purchases and planned output cover every need.</source>
        <translation>موجودی، خریدهای در راه و تولید برنامه‌ریزی‌شده همه نیازها را پوشش می‌دهند.</translation>
    </message>
    <message>
        <source>MRP proposals</source>
        <translation>پیشنهادهای MRP</translation>
    </message>
    <message>
        <source>MRP netting</source>
        <translation>محاسبه خالص MRP</translation>
    </message>
    <message>
        <source>{n} production order</source>
        <translation>{n} دستور تولید</translation>
    </message>
    <message>
        <source>{n} production orders</source>
        <translation>{n} دستور تولید</translation>
    </message>
    <message>
        <source>{n} purchase order</source>
        <translation>{n} سفارش خرید</translation>
    </message>
    <message>
        <source>{n} purchase orders</source>
        <translation>{n} سفارش خرید</translation>
    </message>
    <message>
        <source>{made} created</source>
        <translation>{made} ایجاد شد</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و </translation>
    </message>
    <message>
        <source>Nothing was created</source>
        <translation>چیزی ایجاد نشد</translation>
    </message>
    <message>
        <source>{n} item has no supplier: </source>
        <translation>{n} قلم تامین‌کننده ندارد: </translation>
    </message>
    <message>
        <source>{n} items have no supplier: </source>
        <translation>{n} قلم تامین‌کننده ندارند: </translation>
    </message>
    <message>
        <source>(set one on the product&apos;s Suppliers tab)</source>
        <translation>(آن را در زبانه «تامین‌کنندگان» کالا تعیین کنید)</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>کاربر جدید</translation>
    </message>
    <message>
        <source>Must change the password at first sign-in</source>
        <translation>باید در نخستین ورود رمز عبور را تغییر دهد</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;نام کاربری:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;نام کامل:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;ایمیل:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;نقش:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;شعبه:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;واحد سازمانی:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;رمز عبور:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;تکرار آن:</translation>
    </message>
    <message>
        <source>At least 8 characters with letters and digits, not the login.</source>
        <translation>دست‌کم 8 نویسه شامل حرف و رقم، غیر از نام کاربری.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;ایجاد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>دو رمز عبور با هم فرق دارند</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Register payment</source>
        <translation>ثبت پرداخت</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>حواله بانکی</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقد</translation>
    </message>
    <message>
        <source>Bank statement or receipt number</source>
        <translation>شماره صورتحساب بانکی یا رسید</translation>
    </message>
    <message>
        <source>Client*</source>
        <translation>مشتری*</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Amount*</source>
        <translation>مبلغ*</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شماره مرجع</translation>
    </message>
    <message>
        <source>The client has no open invoices: the whole payment stays as credit.</source>
        <translation>مشتری فاکتور بازی ندارد: کل پرداخت به‌صورت بستانکاری باقی می‌ماند.</translation>
    </message>
    <message>
        <source>Fill oldest first</source>
        <translation>تخصیص به قدیمی‌ترین‌ها</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Open invoices, oldest due first</source>
        <translation>فاکتورهای باز، از قدیمی‌ترین سررسید</translation>
    </message>
    <message>
        <source>Allocated {0} more than the payment</source>
        <translation>{0} بیشتر از مبلغ پرداخت تخصیص داده شد</translation>
    </message>
    <message>
        <source>Allocated {0} · left as the client&apos;s credit: {1}</source>
        <translation>تخصیص‌یافته {0} · باقی‌مانده به‌عنوان بستانکاری مشتری: {1}</translation>
    </message>
    <message>
        <source>choose a client from the list</source>
        <translation>یک مشتری از فهرست انتخاب کنید</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>عدد نیست</translation>
    </message>
</context>
<context>
    <name>PaymentsWorkspace</name>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>Debts by age</source>
        <translation>بدهی‌ها بر اساس سن</translation>
    </message>
    <message>
        <source>Register payment</source>
        <translation>ثبت پرداخت</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>ابطال پرداخت</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>باز کردن مشتری</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>The payments the list shows, to an Excel workbook</source>
        <translation>پرداخت‌های نمایش‌داده‌شده در فهرست، در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>Received and paid out</source>
        <translation>دریافت‌ها و پرداخت‌ها</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافتی</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>پرداختی</translation>
    </message>
    <message>
        <source>Number, reference or client</source>
        <translation>شماره، مرجع یا مشتری</translation>
    </message>
    <message>
        <source>No payments yet. Register one with “Register payment”, or from an invoice.</source>
        <translation>هنوز پرداختی نیست. با «ثبت پرداخت» یا از یک فاکتور ثبت کنید.</translation>
    </message>
    <message>
        <source>What clients owe us</source>
        <translation>بدهی مشتریان به ما</translation>
    </message>
    <message>
        <source>What we owe suppliers</source>
        <translation>بدهی ما به تامین‌کنندگان</translation>
    </message>
    <message>
        <source>At</source>
        <translation>در تاریخ</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n پرداخت</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel {number} of {amount} from {client}? Its allocations come off the invoices and the client owes them again.</source>
        <translation>{number} به مبلغ {amount} از {client} ابطال شود؟ تخصیص‌های آن از فاکتورها برداشته می‌شود و مشتری دوباره بدهکار می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n client(s) to {path}</source>
        <translation>
            <numerusform>%n مشتری در {path} ذخیره شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>سررسیدنشده</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 روز</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 روز</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 روز</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>بیش از 90 روز</translation>
    </message>
    <message>
        <source>what we owe suppliers</source>
        <translation>بدهی ما به تامین‌کنندگان</translation>
    </message>
    <message>
        <source>what clients owe us</source>
        <translation>بدهی مشتریان به ما</translation>
    </message>
    <message>
        <source>Open invoices by days past their due date: {what}. Double-click a client to open its card.</source>
        <translation>فاکتورهای باز بر اساس روزهای گذشته از سررسید: {what}. برای باز کردن کارت مشتری، روی آن دوبار کلیک کنید.</translation>
    </message>
    <message>
        <source>Nothing is owed: every confirmed invoice is paid.</source>
        <translation>بدهی‌ای نیست: همه فاکتورهای تأییدشده پرداخت شده‌اند.</translation>
    </message>
</context>
<context>
    <name>PipelinesDialog</name>
    <message>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <source>Pipelines and lost reasons</source>
        <translation>قیف‌ها و دلایل ناموفق بودن</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>قیف‌ها</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>دلایل ناموفق بودن</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>نمایش بایگانی‌شده‌ها</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Default probability, %:</source>
        <translation>احتمال پیش‌فرض، %:</translation>
    </message>
    <message>
        <source>Add as new stage</source>
        <translation>افزودن به‌عنوان مرحله جدید</translation>
    </message>
    <message>
        <source>Save stage</source>
        <translation>ذخیره مرحله</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>انتقال به بالا</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>انتقال به پایین</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Won and Lost always end a pipeline. A stage that holds or held deals cannot be deleted; rename it instead.</source>
        <translation>«موفق» و «ناموفق» همیشه پایان قیف هستند. مرحله‌ای که معامله‌ای در آن هست یا بوده، قابل حذف نیست؛ به جای آن نامش را تغییر دهید.</translation>
    </message>
    <message>
        <source>Stages, in order</source>
        <translation>مراحل، به ترتیب</translation>
    </message>
    <message>
        <source>A new reason, e.g. “Price too high”</source>
        <translation>دلیلی جدید، مثلاً «قیمت خیلی بالا»</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Why deals are lost (asked when a deal is moved to Lost)</source>
        <translation>چرا معاملات ناموفق می‌شوند (هنگام انتقال معامله به «ناموفق» پرسیده می‌شود)</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(بایگانی‌شده)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>قیف جدید</translation>
    </message>
    <message>
        <source>Name of the pipeline:</source>
        <translation>نام قیف:</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>تغییر نام قیف</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>نام جدید:</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>عدد نیست</translation>
    </message>
    <message>
        <source>Rename lost reason</source>
        <translation>تغییر نام دلیل ناموفق بودن</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>New order</source>
        <translation>سفارش جدید</translation>
    </message>
    <message>
        <source>Plan a new production order (Ctrl+N)</source>
        <translation>برنامه‌ریزی دستور تولید جدید (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Open the selected order (Enter or double-click)</source>
        <translation>باز کردن دستور انتخاب‌شده (Enter یا دوبار کلیک)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>The orders the plan shows, to an Excel workbook</source>
        <translation>دستورهای نمایش‌داده‌شده در برنامه، در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>بازخوانی</translation>
    </message>
    <message>
        <source>Open (planned, released, in progress)</source>
        <translation>باز (برنامه‌ریزی‌شده، صادرشده، در جریان)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هر وضعیت</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Only orders whose planned days fall in this period</source>
        <translation>فقط دستورهایی که روزهای برنامه‌ریزی‌شده‌شان در این دوره است</translation>
    </message>
    <message>
        <source>Search order number, product SKU or name…</source>
        <translation>جستجوی شماره دستور، SKU یا نام کالا…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:{amber}&apos;&gt;&amp;nbsp;Amber&amp;nbsp;&lt;/span&gt; rows lack components in their warehouse now · &lt;span style=&apos;color:{red}&apos;&gt;red text&lt;/span&gt;: past the planned end</source>
        <translation>&lt;span style=&apos;background:{amber}&apos;&gt;&amp;nbsp;ردیف‌های کهربایی&amp;nbsp;&lt;/span&gt; اکنون در انبار خود کسری اجزا دارند · &lt;span style=&apos;color:{red}&apos;&gt;متن قرمز&lt;/span&gt;: گذشته از پایان برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>production orders</source>
        <translation>دستورهای تولید</translation>
    </message>
    <message>
        <source>Press Ctrl+N to plan one, or let the Requirements (MRP) tab propose what to make.</source>
        <translation>برای برنامه‌ریزی یک دستور Ctrl+N را بزنید، یا بگذارید زبانه «نیازمندی‌ها (MRP)» پیشنهاد دهد چه چیزی تولید شود.</translation>
    </message>
    <message>
        <source>No production orders match the filters.</source>
        <translation>هیچ دستور تولیدی با فیلترها مطابقت ندارد.</translation>
    </message>
    <message>
        <source>No open production orders.</source>
        <translation>دستور تولید بازی نیست.</translation>
    </message>
    <message>
        <source>No production orders yet.</source>
        <translation>هنوز دستور تولیدی نیست.</translation>
    </message>
    <message>
        <source>{n} order</source>
        <translation>{n} دستور</translation>
    </message>
    <message>
        <source>{n} orders</source>
        <translation>{n} دستور</translation>
    </message>
</context>
<context>
    <name>PlannerWorkspace</name>
    <message>
        <source>New task</source>
        <translation>وظیفه جدید</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>بازخوانی</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>The tasks the tab shows (My day, or the calendar&apos;s period for the people checked) to an Excel workbook</source>
        <translation>وظایف نمایش‌داده‌شده در زبانه («روز من» یا دوره تقویم برای افراد علامت‌خورده) در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>روز من</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>Whose day to show: yours or a colleague&apos;s</source>
        <translation>روز چه کسی نمایش داده شود: شما یا یک همکار</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>نمایش:</translation>
    </message>
    <message>
        <source>Nothing due today and nothing overdue.</source>
        <translation>امروز چیزی سررسید نیست و چیزی از سررسید نگذشته است.</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>تکمیل…</translation>
    </message>
    <message>
        <source>Cancel task…</source>
        <translation>لغو وظیفه…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>بازگشایی</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Client card</source>
        <translation>کارت مشتری</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>{0} (me)</source>
        <translation>{0} (من)</translation>
    </message>
    <message>
        <source>{0} has nothing due today and nothing overdue.</source>
        <translation>{0} امروز چیزی سررسید ندارد و چیزی از سررسیدش نگذشته است.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>People</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>وظایف</translation>
    </message>
</context>
<context>
    <name>PositionsDialog</name>
    <message>
        <source>Positions</source>
        <translation>سمت‌ها</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>سمت جدید</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>سمت:</translation>
    </message>
    <message>
        <source>Rename position</source>
        <translation>تغییر نام سمت</translation>
    </message>
    <message>
        <source>Delete position</source>
        <translation>حذف سمت</translation>
    </message>
    <message>
        <source>Delete the position “{name}”?</source>
        <translation>سمت «{name}» حذف شود؟</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {file}.</source>
        <translation>برگه «{sheet}» از {file}.</translation>
    </message>
    <message>
        <source>{rows} data rows (empty rows skipped); the first {n} are shown, numbered as in Excel.</source>
        <translation>{rows} ردیف داده (ردیف‌های خالی نادیده گرفته شدند)؛ {n} ردیف نخست نمایش داده شده‌اند، با شماره‌گذاری مانند Excel.</translation>
    </message>
</context>
<context>
    <name>PriceListsDialog</name>
    <message>
        <source>Price lists</source>
        <translation>فهرست‌های قیمت</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>فهرست قیمت</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>قیمت‌ها</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>نمایش بایگانی‌شده‌ها</translation>
    </message>
    <message>
        <source>empty: explicit prices only</source>
        <translation>خالی: فقط قیمت‌های صریح</translation>
    </message>
    <message>
        <source>Products without an explicit price cost the base price ± this percent (−10 gives 90 % of the base price)</source>
        <translation>کالاهای بدون قیمت صریح، قیمت پایه ± این درصد را دارند (−10 یعنی 90 % قیمت پایه)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>ذخیره تغییرات</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Rule, % of base</source>
        <translation>قاعده، % از پایه</translation>
    </message>
    <message>
        <source>Find a product by SKU or name, then Enter</source>
        <translation>یافتن کالا با SKU یا نام، سپس Enter</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>قیمت پایه</translation>
    </message>
    <message>
        <source>Explicit price</source>
        <translation>قیمت صریح</translation>
    </message>
    <message>
        <source>Price on this list</source>
        <translation>قیمت در این فهرست</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>نمایش بیشتر</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>Every product matching the search (not only the ones shown) with its price on this list, to an Excel workbook</source>
        <translation>همه کالاهای مطابق با جستجو (نه فقط موارد نمایش‌داده‌شده) با قیمت آن‌ها در این فهرست، در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>e.g. 1250.50</source>
        <translation>مثلاً 1250.50</translation>
    </message>
    <message>
        <source>Set price</source>
        <translation>تعیین قیمت</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>حذف قیمت</translation>
    </message>
    <message>
        <source>base list</source>
        <translation>فهرست پایه</translation>
    </message>
    <message>
        <source>explicit, else base</source>
        <translation>صریح، وگرنه پایه</translation>
    </message>
    <message>
        <source>base {percent} %</source>
        <translation>پایه {percent} %</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (بایگانی‌شده)</translation>
    </message>
    <message>
        <source>Prices on “{name}” — {rule}</source>
        <translation>قیمت‌ها در «{name}» — {rule}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>قیمت‌ها</translation>
    </message>
    <message>
        <source>No products match. Change the search.</source>
        <translation>هیچ کالایی مطابقت ندارد. جستجو را تغییر دهید.</translation>
    </message>
    <message>
        <source>No products in the catalog yet.</source>
        <translation>هنوز کالایی در کاتالوگ نیست.</translation>
    </message>
    <message>
        <source>First {n} products — narrow the search or show more</source>
        <translation>{n} کالای نخست — جستجو را محدودتر کنید یا موارد بیشتری نمایش دهید</translation>
    </message>
    <message>
        <source>{n} products</source>
        <translation>{n} کالا</translation>
    </message>
    <message>
        <source>Select a product to set its price on this list.</source>
        <translation>یک کالا را انتخاب کنید تا قیمت آن را در این فهرست تعیین کنید.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Product photo</source>
        <translation>عکس کالا</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>کالای جدید</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(بدون دسته)</translation>
    </message>
    <message>
        <source>Tracks lots (expiry dates)</source>
        <translation>پیگیری بچ (تاریخ انقضا)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>قیمت خرید</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>قیمت فروش</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>VAT, %</source>
        <translation>مالیات بر ارزش افزوده، %</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>حداقل موجودی</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>وزن، کیلوگرم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Add barcode</source>
        <translation>افزودن بارکد</translation>
    </message>
    <message>
        <source>Generate EAN-13</source>
        <translation>تولید EAN-13</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>بارکدها</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>بدون عکس</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>انتخاب عکس…</translation>
    </message>
    <message>
        <source>Clear photo</source>
        <translation>پاک کردن عکس</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <source>Prices by list</source>
        <translation>قیمت‌ها به تفکیک فهرست</translation>
    </message>
    <message>
        <source>Save the product first; then set prices per list here.</source>
        <translation>ابتدا کالا را ذخیره کنید؛ سپس قیمت‌های هر فهرست را اینجا تعیین کنید.</translation>
    </message>
    <message>
        <source>rule {p:+} %: {v}</source>
        <translation>قاعده {p:+} %: {v}</translation>
    </message>
    <message>
        <source>sale price: {v}</source>
        <translation>قیمت فروش: {v}</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>تامین‌کنندگان</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <source>Someone saved this product after you opened it. Your values are kept; Save again to overwrite theirs, or Cancel.</source>
        <translation>شخصی پس از باز شدن این کالا توسط شما آن را ذخیره کرد. مقادیر شما حفظ شده است؛ برای بازنویسی مقادیر او دوباره «ذخیره» را بزنید، یا «انصراف».</translation>
    </message>
    <message>
        <source>Product {0}</source>
        <translation>کالا {0}</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Type a SKU, name or barcode…</source>
        <translation>SKU، نام یا بارکد را تایپ کنید…</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(بایگانی‌شده)</translation>
    </message>
</context>
<context>
    <name>ProductionOrderDialog</name>
    <message>
        <source>Choose the product first</source>
        <translation>ابتدا کالا را انتخاب کنید</translation>
    </message>
    <message>
        <source>Product*</source>
        <translation>کالا*</translation>
    </message>
    <message>
        <source>Bill of materials*</source>
        <translation>فهرست مواد*</translation>
    </message>
    <message>
        <source>Quantity*</source>
        <translation>مقدار*</translation>
    </message>
    <message>
        <source>Components from*</source>
        <translation>برداشت اجزا از*</translation>
    </message>
    <message>
        <source>Output into*</source>
        <translation>تحویل محصول به*</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>شروع برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>پایان برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>سفارش فروش</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>جزء</translation>
    </message>
    <message>
        <source>(service)</source>
        <translation>(خدمت)</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>برای هر واحد</translation>
    </message>
    <message>
        <source>Scrap %</source>
        <translation>ضایعات %</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مورد نیاز</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>مصرف‌شده</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>باقی‌مانده</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Short now</source>
        <translation>کسری فعلی</translation>
    </message>
    <message>
        <source>The components are copied from the bill of materials when the order is saved.</source>
        <translation>اجزا هنگام ذخیره دستور از فهرست مواد کپی می‌شوند.</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>مورد نیاز</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>در دسترس</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>کسری</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>تکمیل‌ها</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>مصرف</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>Components value</source>
        <translation>ارزش اجزا</translation>
    </message>
    <message>
        <source>Services value</source>
        <translation>ارزش خدمات</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>بهای واحد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Save the order (Ctrl+S)</source>
        <translation>ذخیره دستور (Ctrl+S)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>صدور</translation>
    </message>
    <message>
        <source>Hand the order to the floor; checks the components in stock</source>
        <translation>تحویل دستور به کارگاه؛ موجودی اجزا را بررسی می‌کند</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Work on the order has begun</source>
        <translation>کار روی دستور آغاز شده است</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>تکمیل…</translation>
    </message>
    <message>
        <source>Post what was made: all that is left or a part</source>
        <translation>ثبت آنچه تولید شد: تمام باقی‌مانده یا بخشی از آن</translation>
    </message>
    <message>
        <source>Close order…</source>
        <translation>بستن دستور…</translation>
    </message>
    <message>
        <source>Finish a partly made order without making the rest</source>
        <translation>پایان دادن به دستوری که بخشی از آن تولید شده، بدون تولید باقی‌مانده</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>ابطال دستور…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>بارگذاری دوباره</translation>
    </message>
    <message>
        <source>Show the order as it is saved now (your unsaved edits are dropped)</source>
        <translation>نمایش دستور به شکلی که اکنون ذخیره شده است (ویرایش‌های ذخیره‌نشده شما کنار گذاشته می‌شوند)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>اجزا</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(هیچ‌کس)</translation>
    </message>
    <message>
        <source>Short in {warehouse} now (needed is what the order still takes):</source>
        <translation>کسری فعلی در {warehouse} (مورد نیاز یعنی آنچه دستور هنوز لازم دارد):</translation>
    </message>
    <message>
        <source>Everything the order still needs is in {warehouse}.</source>
        <translation>همه آنچه دستور هنوز لازم دارد در {warehouse} موجود است.</translation>
    </message>
    <message>
        <source>(active)</source>
        <translation>(فعال)</translation>
    </message>
    <message>
        <source>this product has no bill of materials yet; make one first</source>
        <translation>این کالا هنوز فهرست مواد ندارد؛ ابتدا یکی بسازید</translation>
    </message>
    <message>
        <source>New production order</source>
        <translation>دستور تولید جدید</translation>
    </message>
    <message>
        <source>New production order · not saved yet</source>
        <translation>دستور تولید جدید · هنوز ذخیره نشده</translation>
    </message>
    <message>
        <source>Production order {number}</source>
        <translation>دستور تولید {number}</translation>
    </message>
    <message>
        <source>{done} of {total} {unit} made</source>
        <translation>{done} از {total} {unit} تولید شده</translation>
    </message>
    <message>
        <source>BOM {label}</source>
        <translation>فهرست مواد {label}</translation>
    </message>
    <message>
        <source>Total cost of the {done} {unit} made: {total} ({each} each)</source>
        <translation>بهای تمام‌شده کل {done} {unit} تولیدشده: {total} (هر واحد {each})</translation>
    </message>
    <message>
        <source>choose a product from the list</source>
        <translation>یک کالا از فهرست انتخاب کنید</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>عدد نیست</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>الزامی است</translation>
    </message>
    <message>
        <source>Made now: {message}</source>
        <translation>تولیدشده اکنون: {message}</translation>
    </message>
    <message>
        <source>Close {number} with {done} of {total} {unit} made? The rest will not be made.</source>
        <translation>{number} با {done} از {total} {unit} تولیدشده بسته شود؟ باقی‌مانده تولید نخواهد شد.</translation>
    </message>
    <message>
        <source>Cancel {number}? It stays in the plan as cancelled.</source>
        <translation>{number} ابطال شود؟ به‌صورت ابطال‌شده در برنامه می‌ماند.</translation>
    </message>
</context>
<context>
    <name>ProductionWorkspace</name>
    <message>
        <source>Plan</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Bills of materials</source>
        <translation>فهرست‌های مواد</translation>
    </message>
    <message>
        <source>Requirements (MRP)</source>
        <translation>نیازمندی‌ها (MRP)</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>Goods</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>مواد</translation>
    </message>
    <message>
        <source>Finished product</source>
        <translation>محصول نهایی</translation>
    </message>
</context>
<context>
    <name>ProductsWorkspace</name>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>جستجوی SKU، نام یا بارکد</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>همه انواع</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>قیمت فروش</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>مالیات %</translation>
    </message>
    <message>
        <source>Min stock</source>
        <translation>حداقل موجودی</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>بارکد</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>{n} products</source>
        <translation>{n} کالا</translation>
    </message>
    <message>
        <source>No products match. Change the search or filters, or add one with New.</source>
        <translation>هیچ کالایی مطابقت ندارد. جستجو یا فیلترها را تغییر دهید، یا با «جدید» کالایی اضافه کنید.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>کالای جدید</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation>ذخیره برچسب‌ها</translation>
    </message>
    <message>
        <source>Labels saved</source>
        <translation>برچسب‌ها ذخیره شدند</translation>
    </message>
    <message>
        <source>Labels saved to {path}. Open the file now?</source>
        <translation>برچسب‌ها در {path} ذخیره شدند. اکنون فایل باز شود؟</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>فعال و بایگانی‌شده</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Archive / restore</source>
        <translation>بایگانی / بازگردانی</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>چاپ برچسب…</translation>
    </message>
    <message>
        <source>Units…</source>
        <translation>واحدها…</translation>
    </message>
    <message>
        <source>Price lists…</source>
        <translation>فهرست‌های قیمت…</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>همه کالاها</translation>
    </message>
    <message>
        <source>Add subcategory…</source>
        <translation>افزودن زیردسته…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <source>Move to top level</source>
        <translation>انتقال به سطح بالا</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>دسته جدید</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>تغییر نام دسته</translation>
    </message>
    <message>
        <source>products</source>
        <translation>کالاها</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>چاپ برچسب</translation>
    </message>
    <message>
        <source>Select the products first.</source>
        <translation>ابتدا کالاها را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connections</source>
        <translation>اتصال‌ها</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>افزودن سرور…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <source>File on this computer (SQLite)</source>
        <translation>فایل روی این رایانه (SQLite)</translation>
    </message>
    <message>
        <source>PostgreSQL server in the office network</source>
        <translation>سرور PostgreSQL در شبکه دفتر</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>فایل:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>سرور:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>درگاه:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>پایگاه داده:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>کاربر:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>فایل پایگاه داده</translation>
    </message>
    <message>
        <source>Karavan database (*.db)</source>
        <translation>پایگاه داده Karavan (*.db)</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>برای اتصال یک نام تعیین کنید.</translation>
    </message>
    <message>
        <source>Another connection already has this name.</source>
        <translation>اتصال دیگری از قبل همین نام را دارد.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>فایل پایگاه داده را انتخاب کنید.</translation>
    </message>
    <message>
        <source>A database file on a network share would be corrupted when several computers use it. Install PostgreSQL on the server and add it here instead.</source>
        <translation>فایل پایگاه داده روی پوشه اشتراکی شبکه، هنگام استفاده چند رایانه آسیب می‌بیند. به جای آن PostgreSQL را روی سرور نصب کنید و آن را اینجا اضافه کنید.</translation>
    </message>
    <message>
        <source>Server, database and user are required.</source>
        <translation>سرور، پایگاه داده و کاربر الزامی‌اند.</translation>
    </message>
    <message>
        <source>Office server</source>
        <translation>سرور دفتر</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Production order</source>
        <translation>دستور تولید</translation>
    </message>
    <message>
        <source>Components short</source>
        <translation>کسری اجزا</translation>
    </message>
    <message>
        <source>1 component is short</source>
        <translation>1 جزء کسری دارد</translation>
    </message>
    <message>
        <source>{n} components are short</source>
        <translation>{n} جزء کسری دارند</translation>
    </message>
    <message>
        <source>{number} cannot be covered from {warehouse} now: {short}.</source>
        <translation>{number} اکنون از {warehouse} قابل تأمین نیست: {short}.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>جزء</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>مورد نیاز</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>در دسترس</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>کسری</translation>
    </message>
    <message>
        <source>Release anyway when the goods are on their way; completing needs them in the warehouse.</source>
        <translation>اگر کالاها در راه هستند، در هر حال صادر کنید؛ برای تکمیل، باید در انبار موجود باشند.</translation>
    </message>
    <message>
        <source>Release anyway</source>
        <translation>در هر حال صادر شود</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>This document is dated before {n} posted documents ({numbers}). Post anyway and recompute their costs?</source>
        <translation>تاریخ این سند پیش از {n} سند ثبت‌شده ({numbers}) است. در هر حال ثبت شود و بهای تمام‌شده آن‌ها دوباره محاسبه شود؟</translation>
    </message>
    <message>
        <source>Back-dated posting</source>
        <translation>ثبت با تاریخ گذشته</translation>
    </message>
    <message>
        <source>Stock document</source>
        <translation>سند انبار</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <source>Karavan reminders</source>
        <translation>یادآوری‌های Karavan</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>یادآوری</translation>
    </message>
    <message>
        <source>Reminders: {0}</source>
        <translation>یادآوری‌ها: {0}</translation>
    </message>
    <message>
        <source>No reminders due</source>
        <translation>یادآوری سررسیدی نیست</translation>
    </message>
    <message>
        <source>Open: {0}</source>
        <translation>باز کردن: {0}</translation>
    </message>
    <message>
        <source>Snooze all</source>
        <translation>تعویق همه</translation>
    </message>
    <message>
        <source>Show reminders</source>
        <translation>نمایش یادآوری‌ها</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>یادآوری‌ها</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} دقیقه</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ساعت</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>تعویق</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <source>Due now or missed: {0}</source>
        <translation>سررسید اکنون یا ازدست‌رفته: {0}</translation>
    </message>
</context>
<context>
    <name>ReorderView</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>موجود</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>در دسترس</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>حداقل</translation>
    </message>
    <message>
        <source>Suggested order</source>
        <translation>سفارش پیشنهادی</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Preferred supplier</source>
        <translation>تامین‌کننده ترجیحی</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— هیچ —</translation>
    </message>
    <message>
        <source>No supplier: set one on the product&apos;s Suppliers tab</source>
        <translation>بدون تامین‌کننده: آن را در زبانه «تامین‌کنندگان» کالا تعیین کنید</translation>
    </message>
    <message>
        <source>Nothing is below its minimum stock.</source>
        <translation>موجودی هیچ کالایی کمتر از حداقل نیست.</translation>
    </message>
    <message>
        <source>Uses the warehouse chosen on the Balances tab.</source>
        <translation>از انبار انتخاب‌شده در زبانه «موجودی‌ها» استفاده می‌کند.</translation>
    </message>
    <message>
        <source>Make purchase orders</source>
        <translation>ایجاد سفارش‌های خرید</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>The list (suggested orders and preferred suppliers) to an Excel workbook</source>
        <translation>فهرست (سفارش‌های پیشنهادی و تامین‌کنندگان ترجیحی) در یک کارپوشه Excel</translation>
    </message>
    <message numerus="yes">
        <source>Draft purchase orders for the %n selected product(s), one per preferred supplier</source>
        <translation>
            <numerusform>سفارش‌های خرید پیش‌نویس برای %n کالای انتخاب‌شده، یکی برای هر تامین‌کننده ترجیحی</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft purchase orders for every product in the list, one per preferred supplier (select rows to order only those)</source>
        <translation>سفارش‌های خرید پیش‌نویس برای همه کالاهای فهرست، یکی برای هر تامین‌کننده ترجیحی (برای سفارش فقط برخی، ردیف‌ها را انتخاب کنید)</translation>
    </message>
    <message>
        <source>the reorder list</source>
        <translation>فهرست سفارش مجدد</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> و {n} مورد دیگر</translation>
    </message>
    <message>
        <source>1 purchase order drafted</source>
        <translation>1 سفارش خرید پیش‌نویس شد</translation>
    </message>
    <message>
        <source>{n} purchase orders drafted</source>
        <translation>{n} سفارش خرید پیش‌نویس شد</translation>
    </message>
    <message>
        <source>No purchase order was drafted</source>
        <translation>هیچ سفارش خریدی پیش‌نویس نشد</translation>
    </message>
    <message>
        <source>1 product has no supplier</source>
        <translation>1 کالا تامین‌کننده ندارد</translation>
    </message>
    <message>
        <source>{n} products have no supplier</source>
        <translation>{n} کالا تامین‌کننده ندارند</translation>
    </message>
    <message>
        <source>set one on the product&apos;s Suppliers tab</source>
        <translation>آن را در زبانه «تامین‌کنندگان» کالا تعیین کنید</translation>
    </message>
    <message>
        <source>Click a supplier to open its draft; all of them are in Documents (type Purchase order).</source>
        <translation>برای باز کردن پیش‌نویس یک تامین‌کننده روی آن کلیک کنید؛ همه آن‌ها در «اسناد» (نوع: سفارش خرید) هستند.</translation>
    </message>
    <message>
        <source>Totals: {totals}</source>
        <translation>جمع‌ها: {totals}</translation>
    </message>
    <message>
        <source>Nothing to order: no selected product needs more stock.</source>
        <translation>چیزی برای سفارش نیست: هیچ کالای انتخاب‌شده‌ای به موجودی بیشتر نیاز ندارد.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {0}</source>
        <translation>بازنشانی رمز عبور {0}</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>&amp;رمز عبور جدید:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;تکرار آن:</translation>
    </message>
    <message>
        <source>{0} must change it at the next sign-in; a locked account opens again.</source>
        <translation>{0} باید در ورود بعدی آن را تغییر دهد؛ حساب قفل‌شده دوباره باز می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;تعیین رمز عبور</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>دو رمز عبور با هم فرق دارند</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Done</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Nothing was imported: rows with errors: {bad}.</source>
        <translation>چیزی وارد نشد: ردیف‌های دارای خطا: {bad}.</translation>
    </message>
    <message>
        <source>{created} {what} created, {updated} updated.</source>
        <translation>{created} {what} ایجاد شد، {updated} به‌روزرسانی شد.</translation>
    </message>
    <message>
        <source>Rejected rows left out: {bad}.</source>
        <translation>ردیف‌های ردشده کنار گذاشته‌شده: {bad}.</translation>
    </message>
    <message>
        <source>Posted stock receipts: {numbers}.</source>
        <translation>رسیدهای انبار ثبت‌شده: {numbers}.</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;شرح:</translation>
    </message>
    <message>
        <source>The administrator may do everything: every area and action, in every branch, and managing users. This role has no matrix to narrow; give people another role to limit what they do.</source>
        <translation>مدیر سیستم همه کارها را می‌تواند انجام دهد: همه حوزه‌ها و اقدام‌ها، در همه شعبه‌ها، و مدیریت کاربران. این نقش جدول مجوزی برای محدود کردن ندارد؛ برای محدود کردن کار افراد، نقش دیگری به آن‌ها بدهید.</translation>
    </message>
    <message>
        <source>&amp;New role</source>
        <translation>&amp;نقش جدید</translation>
    </message>
    <message>
        <source>&amp;Copy role</source>
        <translation>&amp;رونوشت نقش</translation>
    </message>
    <message>
        <source>&amp;Delete role</source>
        <translation>&amp;حذف نقش</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>بارگذاری دوباره</translation>
    </message>
    <message>
        <source>Show the role as it is saved now (your edits are dropped)</source>
        <translation>نمایش نقش به شکلی که اکنون ذخیره شده است (ویرایش‌های شما کنار گذاشته می‌شوند)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>the new role</source>
        <translation>نقش جدید</translation>
    </message>
    <message>
        <source>A new role: Save creates it.</source>
        <translation>نقشی جدید: «ذخیره» آن را ایجاد می‌کند.</translation>
    </message>
    <message>
        <source>Nobody holds this role.</source>
        <translation>هیچ‌کس این نقش را ندارد.</translation>
    </message>
    <message>
        <source>Held by 1 user.</source>
        <translation>در اختیار 1 کاربر.</translation>
    </message>
    <message>
        <source>Held by {n} users.</source>
        <translation>در اختیار {n} کاربر.</translation>
    </message>
    <message>
        <source>Copy of {0}</source>
        <translation>رونوشت {0}</translation>
    </message>
    <message>
        <source>Change the copy, then Save to create it.</source>
        <translation>رونوشت را تغییر دهید، سپس برای ایجاد آن «ذخیره» را بزنید.</translation>
    </message>
    <message>
        <source>Saved. People with this role get the new rights at their next action.</source>
        <translation>ذخیره شد. افراد دارای این نقش در اقدام بعدی خود مجوزهای جدید را می‌گیرند.</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>حذف نقش</translation>
    </message>
    <message>
        <source>Delete the role “{0}”?</source>
        <translation>نقش «{0}» حذف شود؟</translation>
    </message>
    <message>
        <source>Role “{0}” deleted.</source>
        <translation>نقش «{0}» حذف شد.</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>Segment</source>
        <translation>بخش مشتریان</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>بخش جدید</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>هر نقش</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>تامین‌کنندگان</translation>
    </message>
    <message>
        <source>Any of these tags, comma-separated</source>
        <translation>هر یک از این برچسب‌ها، جداشده با ویرگول</translation>
    </message>
    <message>
        <source>from</source>
        <translation>از</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>min</source>
        <translation>حداقل</translation>
    </message>
    <message>
        <source>max</source>
        <translation>حداکثر</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>نام*</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Has a deal in stage</source>
        <translation>دارای معامله در مرحله</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>آخرین خرید</translation>
    </message>
    <message>
        <source>Total bought</source>
        <translation>جمع خرید</translation>
    </message>
    <message>
        <source>Purchases are won deals until invoices arrive.</source>
        <translation>تا رسیدن فاکتورها، معاملات موفق به‌عنوان خرید در نظر گرفته می‌شوند.</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>ذخیره بخش</translation>
    </message>
    <message>
        <source>Export members…</source>
        <translation>صدور اعضا…</translation>
    </message>
    <message>
        <source>Every client matching these criteria (not only the first {n} shown below) to an Excel workbook</source>
        <translation>همه مشتریان مطابق با این معیارها (نه فقط {n} مورد نخست نمایش‌داده‌شده در پایین) در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>لغو اشتراک</translation>
    </message>
    <message>
        <source>Any manager</source>
        <translation>هر مسئول</translation>
    </message>
    <message>
        <source>Any (no condition)</source>
        <translation>هر (بدون شرط)</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>عدد نیست</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) match</source>
        <translation>
            <numerusform>%n مشتری مطابقت دارد</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the criteria</source>
        <translation>معیارها را بررسی کنید</translation>
    </message>
    <message>
        <source>Segment: {name}</source>
        <translation>بخش: {name}</translation>
    </message>
    <message>
        <source>Segment (not saved)</source>
        <translation>بخش (ذخیره‌نشده)</translation>
    </message>
    <message>
        <source>segment members</source>
        <translation>اعضای بخش</translation>
    </message>
</context>
<context>
    <name>SendDocumentDialog</name>
    <message>
        <source>Send by e-mail</source>
        <translation>ارسال با ایمیل</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>رمز عبور SMTP</translation>
    </message>
    <message>
        <source>To*</source>
        <translation>گیرنده*</translation>
    </message>
    <message>
        <source>Subject*</source>
        <translation>موضوع*</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>پیوست</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Send {0} by e-mail</source>
        <translation>ارسال {0} با ایمیل</translation>
    </message>
    <message>
        <source>Password of {0}</source>
        <translation>رمز عبور {0}</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message>
        <source>Not sent: {0}</source>
        <translation>ارسال نشد: {0}</translation>
    </message>
</context>
<context>
    <name>ServiceDeskWorkspace</name>
    <message>
        <source>New request</source>
        <translation>درخواست جدید</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>باز کردن مشتری</translation>
    </message>
    <message>
        <source>Open product</source>
        <translation>باز کردن کالا</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>The requests the list shows (its filters and sort), to an Excel workbook</source>
        <translation>درخواست‌های نمایش‌داده‌شده در فهرست (طبق فیلترها و مرتب‌سازی)، در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>بازخوانی</translation>
    </message>
    <message>
        <source>Open (new, in progress, waiting)</source>
        <translation>باز (جدید، در حال انجام، در انتظار)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>هر کس</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>فقط سررسیدگذشته</translation>
    </message>
    <message>
        <source>Search number, subject, client…</source>
        <translation>جستجوی شماره، موضوع، مشتری…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>مسئول:</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n درخواست</numerusform>
        </translation>
    </message>
    <message>
        <source>service requests</source>
        <translation>درخواست‌های خدمات</translation>
    </message>
</context>
<context>
    <name>ServiceRequestDialog</name>
    <message>
        <source>New service request</source>
        <translation>درخواست خدمات جدید</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>درخواست خدمات</translation>
    </message>
    <message>
        <source>No due time</source>
        <translation>بدون زمان سررسید</translation>
    </message>
    <message>
        <source>e.g. Invoice 2025-117</source>
        <translation>مثلاً فاکتور 2025-117</translation>
    </message>
    <message>
        <source>Open product</source>
        <translation>باز کردن کالا</translation>
    </message>
    <message>
        <source>Serial number, configuration… e.g. serial 88812</source>
        <translation>شماره سریال، پیکربندی… مثلاً سریال 88812</translation>
    </message>
    <message>
        <source>How it was resolved (needed to resolve)</source>
        <translation>چگونه حل شد (برای حل کردن لازم است)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Client*</source>
        <translation>مشتری*</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Subject*</source>
        <translation>موضوع*</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>مشخصات کالا</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>راه‌حل</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>انتقال به:</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>شروع کار</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>معلق کردن</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>حل کردن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <source>Service request {0}</source>
        <translation>درخواست خدمات {0}</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>درخواست جدید</translation>
    </message>
    <message>
        <source>{0} · overdue since {1}</source>
        <translation>{0} · سررسیدگذشته از {1}</translation>
    </message>
    <message>
        <source>Back to work</source>
        <translation>بازگشت به کار</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>بازگشایی</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>pick a product from the list, or clear the field</source>
        <translation>کالایی را از فهرست انتخاب کنید، یا فیلد را خالی کنید</translation>
    </message>
    <message>
        <source>Saved as {0}.</source>
        <translation>با شماره {0} ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Karavan — first start</source>
        <translation>Karavan — نخستین اجرا</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>Creating the demo company…</source>
        <translation>در حال ایجاد شرکت نمایشی…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>SMTP settings</source>
        <translation>تنظیمات SMTP</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>هیچ (بدون رمزگذاری)</translation>
    </message>
    <message>
        <source>Remember on this computer (system keyring)</source>
        <translation>به خاطر سپردن در این رایانه (کلیدبان سیستم)</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>ارسال ایمیل آزمایشی</translation>
    </message>
    <message>
        <source>Server*</source>
        <translation>سرور*</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>درگاه</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>امنیت</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>From*</source>
        <translation>فرستنده*</translation>
    </message>
    <message>
        <source>Test to</source>
        <translation>آزمایش به</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is asked each time a campaign is sent.</source>
        <translation>این رایانه کلیدبان ندارد: رمز عبور هر بار که کمپینی ارسال می‌شود پرسیده می‌شود.</translation>
    </message>
    <message>
        <source>Test e-mail sent to {0}.</source>
        <translation>ایمیل آزمایشی به {0} ارسال شد.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Choose the file</source>
        <translation>انتخاب فایل</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) whose first row holds the column titles.</source>
        <translation>یک کارپوشه Excel (.xlsx) که ردیف نخست آن عنوان ستون‌ها را دارد.</translation>
    </message>
    <message>
        <source>Clients (with a contact person and an address)</source>
        <translation>مشتریان (با یک شخص رابط و یک نشانی)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>کالاها</translation>
    </message>
    <message>
        <source>Price list prices</source>
        <translation>قیمت‌های فهرست قیمت</translation>
    </message>
    <message>
        <source>Opening stock balances</source>
        <translation>موجودی‌های اول دوره</translation>
    </message>
    <message>
        <source>Path to an .xlsx file</source>
        <translation>مسیر یک فایل .xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <source>At most {n} data rows are read at once; empty rows are skipped.</source>
        <translation>در هر بار حداکثر {n} ردیف داده خوانده می‌شود؛ ردیف‌های خالی نادیده گرفته می‌شوند.</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>ورود:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>فایل:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>برگه:</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>ورود از Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>کارپوشه‌های Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SourcesReportTab</name>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Source / campaign</source>
        <translation>منبع / کمپین</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>مبلغ موفق</translation>
    </message>
    <message>
        <source>Campaign cost</source>
        <translation>هزینه کمپین</translation>
    </message>
    <message>
        <source>Cost per won deal</source>
        <translation>هزینه هر معامله موفق</translation>
    </message>
    <message>
        <source>No deals, leads or campaigns in this period.</source>
        <translation>در این دوره معامله، سرنخ یا کمپینی نیست.</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>The report shown (its period) to an Excel workbook</source>
        <translation>گزارش نمایش‌داده‌شده (دوره آن) در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>Deals created from</source>
        <translation>معاملات ایجادشده از</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Campaign rows count deals and leads credited to the campaign; its whole cost is divided by its won deals.</source>
        <translation>ردیف‌های کمپین، معاملات و سرنخ‌های منتسب به کمپین را می‌شمارند؛ کل هزینه آن بر معاملات موفق آن تقسیم می‌شود.</translation>
    </message>
    <message>
        <source>the sources report</source>
        <translation>گزارش منابع</translation>
    </message>
    <message>
        <source>Campaign: {0}</source>
        <translation>کمپین: {0}</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(بدون منبع)</translation>
    </message>
</context>
<context>
    <name>StageChangesModel</name>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>به</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>دلیل ناموفق بودن</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>مدت ماندن</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(ایجاد شد)</translation>
    </message>
    <message>
        <source>(so far)</source>
        <translation>(تاکنون)</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>{name} · {count}</source>
        <translation>{name} ({count})</translation>
    </message>
</context>
<context>
    <name>StageModel</name>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Won (closes the deal)</source>
        <translation>موفق (معامله را می‌بندد)</translation>
    </message>
    <message>
        <source>Lost (closes the deal)</source>
        <translation>ناموفق (معامله را می‌بندد)</translation>
    </message>
</context>
<context>
    <name>StageTimesModel</name>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>دفعات ورود</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>زمان در مرحله</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How to start</source>
        <translation>چگونه شروع کنیم</translation>
    </message>
    <message>
        <source>Start with an empty database, or look around with a realistic demo company.</source>
        <translation>با یک پایگاه داده خالی شروع کنید، یا با یک شرکت نمایشی واقع‌گرایانه نگاهی بیندازید.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>شروع خالی</translation>
    </message>
    <message>
        <source>Fill with demo data (about {0} clients with contacts, in five languages)</source>
        <translation>پر کردن با داده‌های نمایشی (حدود {0} مشتری با مخاطبان، به پنج زبان)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the database {0}…</source>
        <translation>در حال باز کردن پایگاه داده {0}…</translation>
    </message>
    <message>
        <source>Your password was set by an administrator (or has expired). Choose your own before you go on: at least 8 characters, with letters and digits, and not your login.</source>
        <translation>رمز عبور شما را مدیر سیستم تعیین کرده (یا منقضی شده است). پیش از ادامه، رمز خود را انتخاب کنید: دست‌کم 8 نویسه، شامل حرف و رقم، و غیر از نام کاربری شما.</translation>
    </message>
</context>
<context>
    <name>StockDocumentDialog</name>
    <message>
        <source>Type to search clients…</source>
        <translation>برای جستجوی مشتریان تایپ کنید…</translation>
    </message>
    <message>
        <source>Damaged, expired, lost…</source>
        <translation>آسیب‌دیده، منقضی، گم‌شده…</translation>
    </message>
    <message>
        <source>From warehouse*</source>
        <translation>از انبار*</translation>
    </message>
    <message>
        <source>Warehouse*</source>
        <translation>انبار*</translation>
    </message>
    <message>
        <source>To warehouse*</source>
        <translation>به انبار*</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>تامین‌کننده</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Reason*</source>
        <translation>دلیل*</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Add a product: type or scan its SKU, name or barcode, Enter</source>
        <translation>افزودن کالا: SKU، نام یا بارکد آن را تایپ یا اسکن کنید، Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>حذف ردیف</translation>
    </message>
    <message>
        <source>Fill from stock</source>
        <translation>پر کردن از موجودی</translation>
    </message>
    <message>
        <source>Start the count with every product of the warehouse and its book quantity</source>
        <translation>شروع شمارش با همه کالاهای انبار و مقدار دفتری آن‌ها</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>ذخیره پیش‌نویس</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <source>Un-post</source>
        <translation>لغو ثبت</translation>
    </message>
    <message>
        <source>Cancel document</source>
        <translation>ابطال سند</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>بارگذاری دوباره</translation>
    </message>
    <message>
        <source>Show the document as it is saved now (your unsaved edits are dropped)</source>
        <translation>نمایش سند به شکلی که اکنون ذخیره شده است (ویرایش‌های ذخیره‌نشده شما کنار گذاشته می‌شوند)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>{title} · not saved yet</source>
        <translation>{title} · هنوز ذخیره نشده</translation>
    </message>
    <message>
        <source>posted {when} by {who}</source>
        <translation>ثبت‌شده در {when} توسط {who}</translation>
    </message>
    <message>
        <source>made by production: it changes only through its production order</source>
        <translation>ساخته‌شده توسط تولید: فقط از طریق دستور تولید خود تغییر می‌کند</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode “{code}”.</source>
        <translation>هیچ کالایی SKU یا بارکد «{code}» ندارد.</translation>
    </message>
    <message>
        <source>choose a client from the list</source>
        <translation>یک مشتری از فهرست انتخاب کنید</translation>
    </message>
    <message>
        <source>Line {n} ({sku}): {message}</source>
        <translation>ردیف {n} ({sku}): {message}</translation>
    </message>
    <message>
        <source>later costs recomputed</source>
        <translation>بهای تمام‌شده اسناد بعدی دوباره محاسبه شد</translation>
    </message>
    <message>
        <source>Posting and recomputing the costs of later documents…</source>
        <translation>در حال ثبت و محاسبه دوباره بهای تمام‌شده اسناد بعدی…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Posting was cancelled: nothing was posted and no cost was changed.</source>
        <translation>ثبت لغو شد: چیزی ثبت نشد و هیچ بهایی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Cancel this draft? It stays in the list as cancelled.</source>
        <translation>این پیش‌نویس ابطال شود؟ به‌صورت ابطال‌شده در فهرست می‌ماند.</translation>
    </message>
    <message>
        <source>choose a warehouse</source>
        <translation>انباری انتخاب کنید</translation>
    </message>
</context>
<context>
    <name>StockDocuments</name>
    <message>
        <source>Receipt</source>
        <translation>رسید انبار</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>ضایعات</translation>
    </message>
    <message>
        <source>Inventory count</source>
        <translation>انبارگردانی</translation>
    </message>
    <message>
        <source>Production consumption</source>
        <translation>مصرف تولید</translation>
    </message>
    <message>
        <source>Production output</source>
        <translation>خروجی تولید</translation>
    </message>
    <message>
        <source>New receipt</source>
        <translation>رسید جدید</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>ارسال جدید</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>انتقال جدید</translation>
    </message>
    <message>
        <source>New write-off</source>
        <translation>ضایعات جدید</translation>
    </message>
    <message>
        <source>New inventory count</source>
        <translation>انبارگردانی جدید</translation>
    </message>
    <message>
        <source>New production consumption</source>
        <translation>مصرف تولید جدید</translation>
    </message>
    <message>
        <source>New production output</source>
        <translation>خروجی تولید جدید</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>ثبت‌شده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ابطال‌شده</translation>
    </message>
    <message>
        <source>New document: {kind}</source>
        <translation>سند جدید: {kind}</translation>
    </message>
</context>
<context>
    <name>SupplierTermsPanel</name>
    <message>
        <source>Remove supplier</source>
        <translation>حذف تامین‌کننده</translation>
    </message>
    <message>
        <source>Save the product to add suppliers.</source>
        <translation>برای افزودن تامین‌کنندگان، کالا را ذخیره کنید.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>1 is the preferred supplier: reorders go to it</source>
        <translation>1 تامین‌کننده ترجیحی است: سفارش‌های مجدد به او داده می‌شود</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>تامین‌کننده</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Lead time, days</source>
        <translation>زمان تحویل، روز</translation>
    </message>
    <message>
        <source>Min. order</source>
        <translation>حداقل سفارش</translation>
    </message>
    <message>
        <source>Supplier&apos;s SKU</source>
        <translation>SKU تامین‌کننده</translation>
    </message>
    <message>
        <source>No suppliers yet. Pick one below and press “Add supplier”; the one with priority 1 gets the reorders.</source>
        <translation>هنوز تامین‌کننده‌ای نیست. یکی را در پایین انتخاب کنید و «افزودن تامین‌کننده» را بزنید؛ تامین‌کننده با اولویت 1 سفارش‌های مجدد را می‌گیرد.</translation>
    </message>
    <message>
        <source>Supplier*</source>
        <translation>تامین‌کننده*</translation>
    </message>
    <message>
        <source>Priority (1 = preferred)</source>
        <translation>اولویت (1 = ترجیحی)</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>حداقل سفارش</translation>
    </message>
    <message>
        <source>Add supplier</source>
        <translation>افزودن تامین‌کننده</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>ذخیره تغییرات</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Empty the form to add another supplier</source>
        <translation>خالی کردن فرم برای افزودن تامین‌کننده‌ای دیگر</translation>
    </message>
    <message>
        <source>Saved at once: the product&apos;s Save is not needed for these.</source>
        <translation>بی‌درنگ ذخیره می‌شود: برای این موارد نیازی به «ذخیره» کالا نیست.</translation>
    </message>
    <message>
        <source>Change the terms of {name}</source>
        <translation>تغییر شرایط {name}</translation>
    </message>
    <message>
        <source>Add a supplier</source>
        <translation>افزودن یک تامین‌کننده</translation>
    </message>
    <message>
        <source>choose a supplier from the list</source>
        <translation>یک تأمین‌کننده از فهرست انتخاب کنید</translation>
    </message>
    <message>
        <source>Remove {name} as a supplier of this product?</source>
        <translation>{name} از تامین‌کنندگان این کالا حذف شود؟</translation>
    </message>
    <message>
        <source>{who} changed these terms at {when} after you opened them; nothing was saved. The list shows theirs, the form keeps yours: press the button again to save yours over them.</source>
        <translation>{who} پس از باز شدن این شرایط توسط شما، در {when} آن‌ها را تغییر داد؛ چیزی ذخیره نشد. فهرست، شرایط او را نشان می‌دهد و فرم شرایط شما را نگه می‌دارد: برای ذخیره شرایط خود روی آن‌ها، دوباره دکمه را بزنید.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>کاربری دیگر</translation>
    </message>
    <message>
        <source>These terms were removed by someone else meanwhile.</source>
        <translation>این شرایط در این فاصله توسط شخص دیگری حذف شد.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Mon</source>
        <translation>دو</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>سه</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>چهار</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>پنج</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>یک</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>وظیفه جدید</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <source>What has to be done</source>
        <translation>چه کاری باید انجام شود</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>تمام روز</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>بدون یادآوری</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> دقیقه پیش از آن</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>تکرار نمی‌شود</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <source>every </source>
        <translation>هر </translation>
    </message>
    <message>
        <source>No end</source>
        <translation>بدون پایان</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>اولویت:</translation>
    </message>
    <message>
        <source>Subject*</source>
        <translation>موضوع*</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>انجام‌دهنده</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>یادآوری</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>تکرار</translation>
    </message>
    <message>
        <source>On days</source>
        <translation>در روزهای</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>تکمیل…</translation>
    </message>
    <message>
        <source>Cancel task…</source>
        <translation>لغو وظیفه…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>بازگشایی</translation>
    </message>
    <message>
        <source>Task: {0}</source>
        <translation>وظیفه: {0}</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> روز</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> هفته</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> ماه</translation>
    </message>
    <message>
        <source>pick a client from the list</source>
        <translation>یک مشتری از فهرست انتخاب کنید</translation>
    </message>
    <message>
        <source>Someone else changed this task. Your values are kept; Save again to overwrite theirs, or Cancel to keep them.</source>
        <translation>شخص دیگری این وظیفه را تغییر داد. مقادیر شما حفظ شده است؛ برای بازنویسی مقادیر او دوباره «ذخیره» را بزنید، یا برای نگه داشتن آن‌ها «انصراف».</translation>
    </message>
    <message>
        <source>Someone else changed this task meanwhile; its status above is the current one. Check it and try again.</source>
        <translation>در این فاصله شخص دیگری این وظیفه را تغییر داد؛ وضعیت بالا وضعیت فعلی است. آن را بررسی کنید و دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <source>Could not load this tile: {0}</source>
        <translation>این کاشی بارگذاری نشد: {0}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>تعامل‌ها</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>وظایف</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>ثبت جلسه</translation>
    </message>
    <message>
        <source>Log e-mail</source>
        <translation>ثبت ایمیل</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <source>Log a call (Ctrl+L)</source>
        <translation>ثبت تماس (Ctrl+L)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>The whole timeline under the chosen filter (also the older entries not loaded yet) to an Excel workbook</source>
        <translation>کل گاه‌شمار طبق فیلتر انتخاب‌شده (شامل ورودی‌های قدیمی‌تری که هنوز بارگذاری نشده‌اند) در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>بارگذاری ورودی‌های قدیمی‌تر</translation>
    </message>
    <message>
        <source>This client no longer exists (merged or deleted).</source>
        <translation>این مشتری دیگر وجود ندارد (ادغام یا حذف شده است).</translation>
    </message>
    <message>
        <source>Nothing here yet.
Log a call or add a note with the buttons above.</source>
        <translation>هنوز چیزی اینجا نیست.
با دکمه‌های بالا یک تماس ثبت یا یادداشتی اضافه کنید.</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>هنوز چیزی از این نوع نیست.</translation>
    </message>
    <message>
        <source>the timeline</source>
        <translation>گاه‌شمار</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <source>Units of measure</source>
        <translation>واحدهای اندازه‌گیری</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>ارقام اعشار</translation>
    </message>
    <message>
        <source>No units yet: type a name below and press Add.</source>
        <translation>هنوز واحدی نیست: نامی در پایین تایپ کنید و «افزودن» را بزنید.</translation>
    </message>
    <message>
        <source>e.g. pcs, kg, m</source>
        <translation>مثلاً عدد، کیلوگرم، متر</translation>
    </message>
    <message>
        <source>How many fraction digits a quantity in this unit may have</source>
        <translation>مقدار در این واحد چند رقم اعشار می‌تواند داشته باشد</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>ذخیره تغییرات</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
</context>
<context>
    <name>UsersRolesDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>کاربران و نقش‌ها</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;کاربران</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>&amp;نقش‌ها</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Update &amp;database roles</source>
        <translation>به‌روزرسانی نقش‌های &amp;پایگاه داده</translation>
    </message>
    <message>
        <source>Make every user a PostgreSQL role with their role&apos;s rights, so other tools (psql, ODBC) see exactly what Karavan shows them</source>
        <translation>هر کاربر را به یک نقش PostgreSQL با مجوزهای نقش خود تبدیل می‌کند، تا ابزارهای دیگر (psql، ODBC) دقیقاً همان چیزی را ببینند که Karavan به آن‌ها نشان می‌دهد</translation>
    </message>
    <message>
        <source>{users} users and {groups} roles are now database roles with these rights.</source>
        <translation>{users} کاربر و {groups} نقش اکنون نقش‌های پایگاه داده با این مجوزها هستند.</translation>
    </message>
    <message>
        <source>{n} inactive users may not log in.</source>
        <translation>{n} کاربر غیرفعال نمی‌توانند وارد شوند.</translation>
    </message>
    <message>
        <source>Each user&apos;s database password is set the next time their password is set or changed here.</source>
        <translation>رمز عبور پایگاه داده هر کاربر، دفعه بعد که رمز عبور او در اینجا تعیین یا تغییر داده شود، تنظیم می‌شود.</translation>
    </message>
    <message>
        <source>Database roles</source>
        <translation>نقش‌های پایگاه داده</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Login</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>واحد سازمانی</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>قفل‌شده</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>تا {0}</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>آخرین ورود</translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation>فعال (مجاز به ورود)</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;نام کامل:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;ایمیل:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;نقش:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;شعبه:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;واحد سازمانی:</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;کاربر جدید…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>بازنشانی &amp;رمز عبور…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;باز کردن قفل</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>بارگذاری دوباره</translation>
    </message>
    <message>
        <source>Show the account as it is saved now (your edits are dropped)</source>
        <translation>نمایش حساب به شکلی که اکنون ذخیره شده است (ویرایش‌های شما کنار گذاشته می‌شوند)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Login: {0}{1}</source>
        <translation>نام کاربری: {0}{1}</translation>
    </message>
    <message>
        <source> — must change the password at the next sign-in</source>
        <translation> — باید در ورود بعدی رمز عبور را تغییر دهد</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>User {0} created.</source>
        <translation>کاربر {0} ایجاد شد.</translation>
    </message>
    <message>
        <source>New password set for {0}: they must change it when they sign in.</source>
        <translation>رمز عبور جدید برای {0} تعیین شد: باید هنگام ورود آن را تغییر دهد.</translation>
    </message>
    <message>
        <source>{0} can sign in again.</source>
        <translation>{0} دوباره می‌تواند وارد شود.</translation>
    </message>
</context>
<context>
    <name>ValuationView</name>
    <message>
        <source>Export the valuation</source>
        <translation>صدور ارزش‌گذاری</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>کارپوشه Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>همه انبارها</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;نمایش</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;خروجی Excel…</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>انبار</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>میانگین بها</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>At the end of:</source>
        <translation>در پایان:</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>انبار:</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n line(s) · quantity {quantity} · value {value}</source>
        <translation>
            <numerusform>جمع: %n ردیف · مقدار {quantity} · ارزش {value}</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock valuation at the end of {day} — {warehouse}</source>
        <translation>ارزش‌گذاری موجودی در پایان {day} — {warehouse}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} ذخیره شد</translation>
    </message>
</context>
<context>
    <name>WarehouseWorkspace</name>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>موجودی‌ها</translation>
    </message>
    <message>
        <source>To reorder</source>
        <translation>برای سفارش مجدد</translation>
    </message>
    <message>
        <source>Product moves</source>
        <translation>گردش کالا</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>ارزش‌گذاری</translation>
    </message>
    <message>
        <source>New receipt</source>
        <translation>رسید جدید</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>ارسال جدید</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>انتقال جدید</translation>
    </message>
    <message>
        <source>New write-off</source>
        <translation>ضایعات جدید</translation>
    </message>
    <message>
        <source>New count</source>
        <translation>انبارگردانی جدید</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>بازخوانی</translation>
    </message>
    <message>
        <source>Warehouses…</source>
        <translation>انبارها…</translation>
    </message>
    <message>
        <source>Clerk PINs…</source>
        <translation>PINهای انبارداران…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <source>The stock documents the list shows, to an Excel workbook</source>
        <translation>اسناد انبار نمایش‌داده‌شده در فهرست، در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>همه انواع</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هر وضعیت</translation>
    </message>
    <message>
        <source>Search number, client, comment…</source>
        <translation>جستجوی شماره، مشتری، توضیح…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>انبار</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>No stock documents match the filters.</source>
        <translation>هیچ سند انباری با فیلترها مطابقت ندارد.</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>همه انبارها</translation>
    </message>
    <message>
        <source>Search SKU or product…</source>
        <translation>جستجوی SKU یا کالا…</translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation>کمتر از حداقل</translation>
    </message>
    <message>
        <source>Stock at…</source>
        <translation>موجودی در تاریخ…</translation>
    </message>
    <message>
        <source>Moves…</source>
        <translation>گردش‌ها…</translation>
    </message>
    <message>
        <source>The selected product&apos;s moves with the running balance</source>
        <translation>گردش‌های کالای انتخاب‌شده با مانده جاری</translation>
    </message>
    <message>
        <source>Export the balances the list shows to Excel (Ctrl+E)</source>
        <translation>صدور موجودی‌های نمایش‌داده‌شده در فهرست به Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>انبار:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>بچ</translation>
    </message>
    <message>
        <source>Expires {d}</source>
        <translation>انقضا {d}</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>موجود</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>رزروشده</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>در دسترس</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Ordered from suppliers, not yet received</source>
        <translation>سفارش داده‌شده به تامین‌کنندگان، هنوز دریافت‌نشده</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Avg cost</source>
        <translation>میانگین بها</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>No stock matches the filters.</source>
        <translation>هیچ موجودی با فیلترها مطابقت ندارد.</translation>
    </message>
    <message>
        <source>stock documents</source>
        <translation>اسناد انبار</translation>
    </message>
    <message>
        <source>Stock at the end of {day} — {warehouse}</source>
        <translation>موجودی در پایان {day} — {warehouse}</translation>
    </message>
    <message>
        <source>stock balances</source>
        <translation>موجودی‌ها</translation>
    </message>
    <message>
        <source>Stock at the end of {day}</source>
        <translation>موجودی در پایان {day}</translation>
    </message>
    <message>
        <source>Stock now</source>
        <translation>موجودی فعلی</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>بهای واحد</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>بارگذاری بیشتر</translation>
    </message>
    <message>
        <source>Every move of this product (also the ones not loaded yet) to an Excel workbook</source>
        <translation>همه گردش‌های این کالا (شامل مواردی که هنوز بارگذاری نشده‌اند) در یک کارپوشه Excel</translation>
    </message>
    <message>
        <source>Choose a row on the Balances tab and press “Moves…” (or double-click it).</source>
        <translation>یک ردیف را در زبانه «موجودی‌ها» انتخاب کنید و «گردش‌ها…» را بزنید (یا روی آن دوبار کلیک کنید).</translation>
    </message>
    <message>
        <source>This product has no moves yet.</source>
        <translation>این کالا هنوز گردشی ندارد.</translation>
    </message>
    <message>
        <source>stock moves</source>
        <translation>گردش‌های موجودی</translation>
    </message>
</context>
<context>
    <name>WarehousesDialog</name>
    <message>
        <source>Warehouses</source>
        <translation>انبارها</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Negative stock</source>
        <translation>موجودی منفی</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>نمایش بایگانی‌شده‌ها</translation>
    </message>
    <message>
        <source>Allow negative stock</source>
        <translation>اجازه موجودی منفی</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;نشانی:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جدید</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>شخصی</translation>
    </message>
    <message>
        <source>{who} saved this warehouse after you opened it (now: “{name}”). Your values are kept: Save again to overwrite, or pick it in the list to see theirs.</source>
        <translation>{who} پس از باز شدن این انبار توسط شما آن را ذخیره کرد (اکنون: «{name}»). مقادیر شما حفظ شده است: برای بازنویسی دوباره «ذخیره» را بزنید، یا برای دیدن مقادیر او آن را در فهرست انتخاب کنید.</translation>
    </message>
</context>
</TS>
