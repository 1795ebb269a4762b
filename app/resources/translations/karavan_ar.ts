<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>(type a name)</source>
        <translation>(اكتب اسمًا)</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>المكتب الرئيسي</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Min stock</source>
        <translation>الحد الأدنى للمخزون</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>(no branch)</source>
        <translation>(بدون فرع)</translation>
    </message>
    <message>
        <source> (head office)</source>
        <translation> (المقر الرئيسي)</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (مغلق)</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(بدون قسم)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Your changes to {what} are not saved. Discard them?</source>
        <translation>لم تُحفظ تغييراتك على {what}. هل تريد تجاهلها؟</translation>
    </message>
    <message>
        <source>View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ترحيل</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>الخاصة</translation>
    </message>
    <message>
        <source>Team (branch)</source>
        <translation>الفريق (الفرع)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Own: the user&apos;s records; Team: their branch&apos;s; All: every branch&apos;s</source>
        <translation>خاص: سجلات المستخدم؛ الفريق: سجلات فرعه؛ الكل: سجلات جميع الفروع</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Messages from automation rules</source>
        <translation>رسائل من قواعد الأتمتة</translation>
    </message>
    <message>
        <source>Automation rules could not run: {0}</source>
        <translation>تعذّر تشغيل قواعد الأتمتة: {0}</translation>
    </message>
    <message>
        <source>Messages: {0}</source>
        <translation>الرسائل: {0}</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Double-click a message to open its record</source>
        <translation>انقر نقرًا مزدوجًا على رسالة لفتح سجلها</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>لا توجد رسائل.</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>تعليم الكل كمقروء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Automation rules</source>
        <translation>قواعد الأتمتة</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>قاعدة جديدة</translation>
    </message>
    <message>
        <source>Add from template</source>
        <translation>إضافة من قالب</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Run log…</source>
        <translation>سجل التشغيل…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Won deal → order and a task for the warehouse</source>
        <translation>صفقة رابحة ← طلب ومهمة للمستودع</translation>
    </message>
    <message>
        <source>Invoice overdue 3 days → call task for the manager</source>
        <translation>فاتورة متأخرة ٣ أيام ← مهمة اتصال للمدير</translation>
    </message>
    <message>
        <source>Stock below minimum → draft purchase order</source>
        <translation>المخزون دون الحد الأدنى ← مسودة أمر شراء</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>دخلت</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>انتقلت</translation>
    </message>
    <message>
        <source>Conversion %</source>
        <translation>التحويل %</translation>
    </message>
    <message>
        <source>Lost because: {reason}</source>
        <translation>سبب الخسارة: {reason}</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(بدون سبب)</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <source>Conversion: {pipeline}, {date_from} – {date_to}</source>
        <translation>التحويل: {pipeline}، {date_from} – {date_to}</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بدون تاريخ</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>التوقعات</translation>
    </message>
    <message>
        <source>Weighted forecast of open deals, {currency}</source>
        <translation>التوقع المرجّح للصفقات المفتوحة، {currency}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>سبب الخسارة</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>الأيام في المرحلة</translation>
    </message>
    <message>
        <source>Still there</source>
        <translation>لا تزال فيها</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(أُنشئت)</translation>
    </message>
    <message>
        <source>Only if (all of these hold)</source>
        <translation>فقط إذا (تحققت جميع الشروط التالية)</translation>
    </message>
    <message>
        <source>No conditions: the rule runs on every such change.</source>
        <translation>لا توجد شروط: تعمل القاعدة عند كل تغيير من هذا النوع.</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>إضافة شرط</translation>
    </message>
    <message>
        <source>Then do</source>
        <translation>ثم نفّذ</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <source>In a subject or message, {record} is the record&apos;s name or number and {rule} the rule&apos;s name.</source>
        <translation>في الموضوع أو الرسالة، {record} هو اسم السجل أو رقمه و{rule} هو اسم القاعدة.</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>حفظ القاعدة</translation>
    </message>
    <message>
        <source>You may look at the rules; changing them needs the Settings edit right.</source>
        <translation>يمكنك الاطلاع على القواعد؛ أما تغييرها فيتطلب صلاحية تعديل الإعدادات.</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (متوقفة)</translation>
    </message>
    <message>
        <source>A schedule has no record whose fields a condition could test.</source>
        <translation>الجدولة الزمنية ليس لها سجل يمكن للشرط فحص حقوله.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>حذف القاعدة</translation>
    </message>
    <message>
        <source>Delete the rule “{0}” and its run log?</source>
        <translation>هل تريد حذف القاعدة “{0}” وسجل تشغيلها؟</translation>
    </message>
    <message>
        <source>Condition {0}</source>
        <translation>الشرط {0}</translation>
    </message>
    <message>
        <source>Action {0}</source>
        <translation>الإجراء {0}</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>المُشغِّل</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(أي)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>رابحة</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>خاسرة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>The record&apos;s manager</source>
        <translation>مسؤول السجل</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>مسؤولو النظام</translation>
    </message>
    <message>
        <source>Role: {0}</source>
        <translation>الدور: {0}</translation>
    </message>
    <message>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>فشل، ستُعاد المحاولة</translation>
    </message>
    <message>
        <source>Failed, reported</source>
        <translation>فشل، تم الإبلاغ</translation>
    </message>
    <message>
        <source>Stopped: loop</source>
        <translation>توقف: حلقة</translation>
    </message>
    <message>
        <source>Failed, retried</source>
        <translation>فشل، أُعيدت المحاولة</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>المحاولة</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>(schedule)</source>
        <translation>(جدولة)</translation>
    </message>
    <message>
        <source>Automation rule-run log</source>
        <translation>سجل تشغيل قواعد الأتمتة</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>جميع عمليات التشغيل</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>المشكلات فقط</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>تم الإبلاغ</translation>
    </message>
    <message>
        <source>Stopped loops</source>
        <translation>حلقات موقوفة</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>كل القواعد</translation>
    </message>
    <message>
        <source>This rule</source>
        <translation>هذه القاعدة</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Run the rule on this record again (after fixing the rule or the data)</source>
        <translation>تشغيل القاعدة على هذا السجل مرة أخرى (بعد إصلاح القاعدة أو البيانات)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), {problems} with a problem</source>
        <translation>
            <numerusform>%n تشغيل، {problems} بها مشكلة</numerusform>
            <numerusform>تشغيل واحد (%n)، {problems} بها مشكلة</numerusform>
            <numerusform>تشغيلان (%n)، {problems} بها مشكلة</numerusform>
            <numerusform>%n تشغيلات، {problems} بها مشكلة</numerusform>
            <numerusform>%n تشغيلًا، {problems} بها مشكلة</numerusform>
            <numerusform>%n تشغيل، {problems} بها مشكلة</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued again: the rule runs in a moment.</source>
        <translation>أُعيدت إلى قائمة الانتظار: ستعمل القاعدة بعد لحظات.</translation>
    </message>
    <message>
        <source>The password does not open {file}. Only the password the backup was made with opens it.</source>
        <translation>كلمة المرور لا تفتح {file}. لا يفتحها إلا كلمة المرور التي أُنشئت بها النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>{file} is encrypted: type its password.</source>
        <translation>{file} مشفّر: اكتب كلمة المرور الخاصة به.</translation>
    </message>
    <message>
        <source>{file} is damaged: {detail}</source>
        <translation>{file} تالف: {detail}</translation>
    </message>
    <message>
        <source>{tool} was not found. Install the PostgreSQL client tools (the server&apos;s major version or newer) or set KARAVAN_PG_BIN to the folder that holds {tool}.</source>
        <translation>لم يُعثر على {tool}. ثبّت أدوات عميل PostgreSQL (بنفس الإصدار الرئيسي للخادم أو أحدث) أو اضبط KARAVAN_PG_BIN على المجلد الذي يحتوي على {tool}.</translation>
    </message>
    <message>
        <source>Cannot write: {reason}</source>
        <translation>تعذّرت الكتابة: {reason}</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} ميغابايت</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} كيلوبايت</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>قبل الترقية</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>عند الطلب</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Unreadable: {0}</source>
        <translation>غير قابل للقراءة: {0}</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>لم يُفحص</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>Bytes OK (contents need the password)</source>
        <translation>البايتات سليمة (المحتوى يحتاج إلى كلمة المرور)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الأوامر</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>إجمالي التكلفة</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>Production output by month</source>
        <translation>مخرجات الإنتاج حسب الشهر</translation>
    </message>
    <message>
        <source>Production output by product</source>
        <translation>مخرجات الإنتاج حسب المنتج</translation>
    </message>
    <message>
        <source>Completions of production orders by completion date; cost at moving average.</source>
        <translation>إتمامات أوامر الإنتاج حسب تاريخ الإتمام؛ التكلفة بالمتوسط المتحرك.</translation>
    </message>
    <message>
        <source>In</source>
        <translation>وارد</translation>
    </message>
    <message>
        <source>In value</source>
        <translation>قيمة الوارد</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>صادر</translation>
    </message>
    <message>
        <source>Out value</source>
        <translation>قيمة الصادر</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>صافي القيمة</translation>
    </message>
    <message>
        <source>Ledger moves dated in the period; value at cost.</source>
        <translation>حركات دفتر المخزون المؤرخة في الفترة؛ القيمة بالتكلفة.</translation>
    </message>
    <message>
        <source>Stock valuation at {day}</source>
        <translation>تقييم المخزون في {day}</translation>
    </message>
    <message>
        <source>Product — warehouse</source>
        <translation>المنتج — المستودع</translation>
    </message>
    <message>
        <source>Stock and its cost value at the end of the period&apos;s last day.</source>
        <translation>المخزون وقيمته بالتكلفة في نهاية آخر يوم من الفترة.</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 يومًا</translation>
    </message>
    <message>
        <source>Payables aging at {day}</source>
        <translation>أعمار الذمم الدائنة في {day}</translation>
    </message>
    <message>
        <source>Receivables aging at {day}</source>
        <translation>أعمار الذمم المدينة في {day}</translation>
    </message>
    <message>
        <source>Open confirmed invoices by days past their due date, in the company currency.</source>
        <translation>الفواتير المؤكدة المفتوحة حسب أيام التأخر عن تاريخ الاستحقاق، بعملة الشركة.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>مشفّرة</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>فحص</translation>
    </message>
    <message>
        <source>{tables} tables, {rows} rows; schema {rev}; Karavan {version}</source>
        <translation>{tables} جدول، {rows} صف؛ المخطط {rev}؛ Karavan {version}</translation>
    </message>
    <message>
        <source>Restore a Karavan backup</source>
        <translation>استعادة نسخة احتياطية من Karavan</translation>
    </message>
    <message>
        <source>{file} is encrypted. Its password:</source>
        <translation>{file} مشفّر. كلمة المرور الخاصة به:</translation>
    </message>
    <message>
        <source>Restore the backup of {source} made {when} ({rows} rows) into the new database
{target}?

The database in use is not changed.</source>
        <translation>هل تريد استعادة النسخة الاحتياطية من {source} المُنشأة في {when} ({rows} صف) إلى قاعدة البيانات الجديدة
{target}؟

لن تتغير قاعدة البيانات المستخدمة حاليًا.</translation>
    </message>
    <message>
        <source>Restoring {file}…</source>
        <translation>جارٍ استعادة {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancelled: nothing was restored.</source>
        <translation>أُلغيت العملية: لم تتم استعادة أي شيء.</translation>
    </message>
    <message>
        <source>Restored and verified: {tables} tables, {rows} rows in
{target}</source>
        <translation>تمت الاستعادة والتحقق: {tables} جدول، {rows} صف في
{target}</translation>
    </message>
    <message>
        <source>Switch the connection to it? Karavan then opens the restored database; the old one is kept.</source>
        <translation>هل تريد تحويل الاتصال إليها؟ سيفتح Karavan قاعدة البيانات المستعادة، مع الاحتفاظ بالقديمة.</translation>
    </message>
    <message>
        <source>Scheduled backup made: {name}</source>
        <translation>أُنشئت النسخة الاحتياطية المجدولة: {name}</translation>
    </message>
    <message numerus="yes">
        <source>(%n old backup(s) removed by rotation)</source>
        <translation>
            <numerusform>(أُزيلت %n نسخة احتياطية قديمة بالتدوير)</numerusform>
            <numerusform>(أُزيلت %n نسخة احتياطية قديمة بالتدوير)</numerusform>
            <numerusform>(أُزيلت %n نسخة احتياطية قديمة بالتدوير)</numerusform>
            <numerusform>(أُزيلت %n نسخة احتياطية قديمة بالتدوير)</numerusform>
            <numerusform>(أُزيلت %n نسخة احتياطية قديمة بالتدوير)</numerusform>
            <numerusform>(أُزيلت %n نسخة احتياطية قديمة بالتدوير)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled backup not made: encrypted backups need the password kept on this computer (Settings → Backups…).</source>
        <translation>لم تُنشأ النسخة الاحتياطية المجدولة: النسخ الاحتياطية المشفّرة تتطلب حفظ كلمة المرور على هذا الحاسوب (الإعدادات ← النسخ الاحتياطية…).</translation>
    </message>
    <message>
        <source>Scheduled backup failed: {reason}</source>
        <translation>فشلت النسخة الاحتياطية المجدولة: {reason}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>الاسم القانوني</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <source>Registration numbers</source>
        <translation>أرقام التسجيل</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>قنوات الاتصال</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>العناوين</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>الحسابات البنكية</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>المورد</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بدون اسم)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Edit the list of positions</source>
        <translation>تعديل قائمة المناصب</translation>
    </message>
    <message>
        <source>No birthday</source>
        <translation>بدون تاريخ ميلاد</translation>
    </message>
    <message>
        <source>Full name*</source>
        <translation>الاسم الكامل*</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Please check: {names}</source>
        <translation>يرجى التحقق من: {names}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
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
        <translation>شبكة اجتماعية</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>قانوني</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>فعلي</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>المبنى</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>One line</source>
        <translation>سطر واحد</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>البنك</translation>
    </message>
    <message>
        <source>BIC / SWIFT</source>
        <translation>BIC / SWIFT</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Correspondent account</source>
        <translation>حساب المراسل</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>الصف {row}، {column}: {message}</translation>
    </message>
    <message>
        <source>Karavan ran into an unexpected problem. Nothing you had saved was lost: the step that failed was not saved.</source>
        <translation>واجه Karavan مشكلة غير متوقعة. لم يُفقد شيء مما حفظته: الخطوة التي فشلت لم تُحفظ.</translation>
    </message>
    <message>
        <source>You can go on working. If something looks wrong, save your work and restart Karavan.</source>
        <translation>يمكنك مواصلة العمل. إذا بدا شيء غير صحيح، احفظ عملك وأعد تشغيل Karavan.</translation>
    </message>
    <message>
        <source>The problem keeps coming back, so Karavan has to close. Open cards with unsaved changes will ask first.</source>
        <translation>المشكلة تتكرر، لذا يجب إغلاق Karavan. ستطلب البطاقات المفتوحة ذات التغييرات غير المحفوظة تأكيدك أولًا.</translation>
    </message>
    <message>
        <source>Open report folder</source>
        <translation>فتح مجلد التقارير</translation>
    </message>
    <message>
        <source>Close Karavan</source>
        <translation>إغلاق Karavan</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>الأسبوع الماضي</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <source>No sales yet {0}</source>
        <translation>لا مبيعات بعد {0}</translation>
    </message>
    <message>
        <source>Nothing sold {0} ({1})</source>
        <translation>لم يُبع شيء {0} ({1})</translation>
    </message>
    <message>
        <source>{0} {1} % against {2}: {3} ({4})</source>
        <translation>{0} {1} % مقارنةً بـ {2}: {3} ({4})</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed invoice(s) {0}</source>
        <translation>
            <numerusform>%n فاتورة مؤكدة {0}</numerusform>
            <numerusform>%n فاتورة مؤكدة {0}</numerusform>
            <numerusform>%n فاتورتان مؤكدتان {0}</numerusform>
            <numerusform>%n فواتير مؤكدة {0}</numerusform>
            <numerusform>%n فاتورة مؤكدة {0}</numerusform>
            <numerusform>%n فاتورة مؤكدة {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) confirmed today</source>
        <translation>
            <numerusform>%n طلب مؤكد اليوم</numerusform>
            <numerusform>%n طلب مؤكد اليوم</numerusform>
            <numerusform>%n طلبان مؤكدان اليوم</numerusform>
            <numerusform>%n طلبات مؤكدة اليوم</numerusform>
            <numerusform>%n طلبًا مؤكدًا اليوم</numerusform>
            <numerusform>%n طلب مؤكد اليوم</numerusform>
        </translation>
    </message>
    <message>
        <source>vs plan: {0}&#xa0;% of {1}</source>
        <translation>مقارنةً بالخطة: {0} % من {1}</translation>
    </message>
    <message>
        <source>net sales {0}; {1}&#xa0;% expected by today</source>
        <translation>صافي المبيعات {0}؛ المتوقع حتى اليوم {1} %</translation>
    </message>
    <message>
        <source>No pipeline yet: set one up in the Sales funnel.</source>
        <translation>لا يوجد مسار مبيعات بعد: أنشئ واحدًا في قمع المبيعات.</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n open deal(s)</source>
        <translation>
            <numerusform>{0}: %n صفقة مفتوحة</numerusform>
            <numerusform>{0}: %n صفقة مفتوحة</numerusform>
            <numerusform>{0}: %n صفقتان مفتوحتان</numerusform>
            <numerusform>{0}: %n صفقات مفتوحة</numerusform>
            <numerusform>{0}: %n صفقة مفتوحة</numerusform>
            <numerusform>{0}: %n صفقة مفتوحة</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deals</source>
        <translation>لا توجد صفقات مفتوحة</translation>
    </message>
    <message>
        <source>Not summed (no rate): {0}</source>
        <translation>غير مشمول في المجموع (لا يوجد سعر صرف): {0}</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Available / minimum</source>
        <translation>المتاح / الحد الأدنى</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n منتج</numerusform>
            <numerusform>%n منتج</numerusform>
            <numerusform>%n منتجان</numerusform>
            <numerusform>%n منتجات</numerusform>
            <numerusform>%n منتجًا</numerusform>
            <numerusform>%n منتج</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is above its minimum.</source>
        <translation>كل المنتجات فوق حدها الأدنى.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more on the reorder list</source>
        <translation>
            <numerusform>و%n منتج آخر في قائمة إعادة الطلب</numerusform>
            <numerusform>و%n منتج آخر في قائمة إعادة الطلب</numerusform>
            <numerusform>و%n منتجان آخران في قائمة إعادة الطلب</numerusform>
            <numerusform>و%n منتجات أخرى في قائمة إعادة الطلب</numerusform>
            <numerusform>و%n منتجًا آخر في قائمة إعادة الطلب</numerusform>
            <numerusform>و%n منتج آخر في قائمة إعادة الطلب</numerusform>
        </translation>
    </message>
    <message>
        <source>below their minimum stock</source>
        <translation>تحت الحد الأدنى للمخزون</translation>
    </message>
    <message>
        <source>of yours are overdue</source>
        <translation>من مهامك متأخرة</translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>لا توجد مهام متأخرة.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue in the whole team</source>
        <translation>
            <numerusform>%n مهمة متأخرة في الفريق بأكمله</numerusform>
            <numerusform>%n مهمة متأخرة في الفريق بأكمله</numerusform>
            <numerusform>%n مهمتان متأخرتان في الفريق بأكمله</numerusform>
            <numerusform>%n مهام متأخرة في الفريق بأكمله</numerusform>
            <numerusform>%n مهمة متأخرة في الفريق بأكمله</numerusform>
            <numerusform>%n مهمة متأخرة في الفريق بأكمله</numerusform>
        </translation>
    </message>
    <message>
        <source>owed by clients</source>
        <translation>مستحقة على العملاء</translation>
    </message>
    <message>
        <source>Nobody owes anything.</source>
        <translation>لا توجد أي مديونية.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: {0} in %n invoice(s)</source>
        <translation>
            <numerusform>متأخر: {0} في %n فاتورة</numerusform>
            <numerusform>متأخر: {0} في %n فاتورة</numerusform>
            <numerusform>متأخر: {0} في %n فاتورتين</numerusform>
            <numerusform>متأخر: {0} في %n فواتير</numerusform>
            <numerusform>متأخر: {0} في %n فاتورة</numerusform>
            <numerusform>متأخر: {0} في %n فاتورة</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice is past due.</source>
        <translation>لا توجد فاتورة تجاوزت تاريخ استحقاقها.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>released</source>
        <translation>مُطلق</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n أمر</numerusform>
            <numerusform>%n أمر</numerusform>
            <numerusform>%n أمران</numerusform>
            <numerusform>%n أوامر</numerusform>
            <numerusform>%n أمرًا</numerusform>
            <numerusform>%n أمر</numerusform>
        </translation>
    </message>
    <message>
        <source>No production orders in progress.</source>
        <translation>لا توجد أوامر إنتاج قيد التنفيذ.</translation>
    </message>
    <message numerus="yes">
        <source>{0} units made {1} (%n completion(s))</source>
        <translation>
            <numerusform>تم إنتاج {0} وحدة {1} (%n عملية إنجاز)</numerusform>
            <numerusform>تم إنتاج {0} وحدة {1} (%n عملية إنجاز)</numerusform>
            <numerusform>تم إنتاج {0} وحدة {1} (%n عمليتا إنجاز)</numerusform>
            <numerusform>تم إنتاج {0} وحدة {1} (%n عمليات إنجاز)</numerusform>
            <numerusform>تم إنتاج {0} وحدة {1} (%n عملية إنجاز)</numerusform>
            <numerusform>تم إنتاج {0} وحدة {1} (%n عملية إنجاز)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing made yet {0}.</source>
        <translation>لم يُنتَج شيء بعد {0}.</translation>
    </message>
    <message>
        <source>{0} — {1} % (expected {2} %)</source>
        <translation>{0} — {1} % (المتوقع {2} %)</translation>
    </message>
    <message>
        <source>No objective runs today: set some in Goals.</source>
        <translation>لا توجد أهداف جارية اليوم: حدّد بعضها في الأهداف.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in Goals</source>
        <translation>
            <numerusform>و%n هدف آخر في الأهداف</numerusform>
            <numerusform>و%n هدف آخر في الأهداف</numerusform>
            <numerusform>و%n هدفان آخران في الأهداف</numerusform>
            <numerusform>و%n أهداف أخرى في الأهداف</numerusform>
            <numerusform>و%n هدفًا آخر في الأهداف</numerusform>
            <numerusform>و%n هدف آخر في الأهداف</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see the confirmed invoices of the period</source>
        <translation>انقر لعرض الفواتير المؤكدة للفترة</translation>
    </message>
    <message>
        <source>Funnel by stage</source>
        <translation>قمع المبيعات حسب المرحلة</translation>
    </message>
    <message>
        <source>Click to open the Sales funnel board</source>
        <translation>انقر لفتح لوحة قمع المبيعات</translation>
    </message>
    <message>
        <source>Top clients</source>
        <translation>أهم العملاء</translation>
    </message>
    <message>
        <source>Click a client to open it, elsewhere for the period&apos;s invoices</source>
        <translation>انقر على عميل لفتحه، أو في مكان آخر لعرض فواتير الفترة</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>أهم المنتجات</translation>
    </message>
    <message>
        <source>Click a product to open it, elsewhere for the period&apos;s invoices</source>
        <translation>انقر على منتج لفتحه، أو في مكان آخر لعرض فواتير الفترة</translation>
    </message>
    <message>
        <source>Stock below minimum</source>
        <translation>مخزون تحت الحد الأدنى</translation>
    </message>
    <message>
        <source>Click to open the Warehouse reorder list</source>
        <translation>انقر لفتح قائمة إعادة الطلب في المستودع</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>المهام المتأخرة</translation>
    </message>
    <message>
        <source>Click to open My day in Tasks</source>
        <translation>انقر لفتح «يومي» في المهام</translation>
    </message>
    <message>
        <source>is not an invoice of this client</source>
        <translation>ليست فاتورة لهذا العميل</translation>
    </message>
    <message>
        <source>is not an invoice of this supplier</source>
        <translation>ليست فاتورة لهذا المورد</translation>
    </message>
    <message>
        <source>{number} is not confirmed</source>
        <translation>{number} غير مؤكدة</translation>
    </message>
    <message>
        <source>the invoice is not confirmed</source>
        <translation>الفاتورة غير مؤكدة</translation>
    </message>
    <message>
        <source>{number} is listed twice</source>
        <translation>{number} مدرجة مرتين</translation>
    </message>
    <message>
        <source>{number} is in {currency}, the payment in {payment_currency}</source>
        <translation>{number} بعملة {currency}، والدفعة بعملة {payment_currency}</translation>
    </message>
    <message>
        <source>has more decimals than the currency</source>
        <translation>فيه منازل عشرية أكثر مما تسمح به العملة</translation>
    </message>
    <message>
        <source>is more than {number} has open ({open_})</source>
        <translation>أكبر من المبلغ المفتوح في {number} ({open_})</translation>
    </message>
    <message>
        <source>is more than the payment has left to allocate ({free})</source>
        <translation>أكبر من المتبقي من الدفعة للتخصيص ({free})</translation>
    </message>
    <message>
        <source>is incoming or outgoing</source>
        <translation>يجب أن يكون واردًا أو صادرًا</translation>
    </message>
    <message>
        <source>is bank or cash</source>
        <translation>يجب أن يكون بنكًا أو نقدًا</translation>
    </message>
    <message>
        <source>no {currency} rate on or before {day}</source>
        <translation>لا يوجد سعر صرف لـ {currency} في {day} أو قبله</translation>
    </message>
    <message>
        <source>is longer than 100 characters</source>
        <translation>أطول من 100 حرف</translation>
    </message>
    <message>
        <source>a cancelled payment is not allocated</source>
        <translation>الدفعة الملغاة لا تُخصَّص</translation>
    </message>
    <message>
        <source>{number} is already cancelled</source>
        <translation>{number} ملغاة بالفعل</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>الذمم المدينة</translation>
    </message>
    <message>
        <source>Payables</source>
        <translation>الذمم الدائنة</translation>
    </message>
    <message>
        <source>Payables at {day}, {currency}</source>
        <translation>الذمم الدائنة في {day}، {currency}</translation>
    </message>
    <message>
        <source>Receivables at {day}, {currency}</source>
        <translation>الذمم المدينة في {day}، {currency}</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>غير مستحق بعد</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 يومًا</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 يومًا</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 يومًا</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>أكثر من 90 يومًا</translation>
    </message>
    <message>
        <source>is before the start of the period</source>
        <translation>قبل بداية الفترة</translation>
    </message>
    <message>
        <source>must be zero or more, in cents at most</source>
        <translation>يجب أن يكون صفرًا أو أكثر، وبدقة لا تتجاوز السنت</translation>
    </message>
    <message>
        <source>Click to open Debts by age in Payments</source>
        <translation>انقر لفتح الديون حسب العمر في المدفوعات</translation>
    </message>
    <message>
        <source>Production in progress</source>
        <translation>الإنتاج قيد التنفيذ</translation>
    </message>
    <message>
        <source>Click to open the Production plan</source>
        <translation>انقر لفتح خطة الإنتاج</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Click to open Goals</source>
        <translation>انقر لفتح الأهداف</translation>
    </message>
    <message>
        <source>Confirming this document takes {client} over the credit limit.

Credit limit: {limit}
Owed now: {owed}
This document: {document}
Over the limit by: {over}</source>
        <translation>تأكيد هذا المستند يجعل {client} يتجاوز حد الائتمان.

حد الائتمان: {limit}
المستحق حاليًا: {owed}
هذا المستند: {document}
التجاوز عن الحد: {over}</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>حد الائتمان</translation>
    </message>
    <message>
        <source>Confirm anyway</source>
        <translation>تأكيد على أي حال</translation>
    </message>
    <message>
        <source>This waybill is dated before {n} posted stock documents ({numbers}). Confirm anyway and recompute their costs?</source>
        <translation>إذن التسليم هذا مؤرخ قبل {n} من مستندات المخزون المُرحّلة ({numbers}). هل تريد التأكيد على أي حال وإعادة حساب تكاليفها؟</translation>
    </message>
    <message>
        <source>Back-dated shipment</source>
        <translation>شحنة بتاريخ سابق</translation>
    </message>
    <message>
        <source>You may not confirm beyond the client&apos;s credit limit: ask a user with that right.</source>
        <translation>لا يُسمح لك بالتأكيد بما يتجاوز حد ائتمان العميل: اطلب ذلك من مستخدم لديه هذه الصلاحية.</translation>
    </message>
    <message>
        <source>The most the client may owe, in the company currency (empty: no limit):</source>
        <translation>أقصى مبلغ يمكن أن يكون مستحقًا على العميل، بعملة الشركة (فارغ: بلا حد):</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>طلب</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>محضر</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>العقد</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>مرتجع</translation>
    </message>
    <message>
        <source>Supplier return</source>
        <translation>مرتجع إلى المورد</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>Paid state</source>
        <translation>حالة الدفع</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <source>fully</source>
        <translation>بالكامل</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>عرض سعر جديد</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>فاتورة جديدة</translation>
    </message>
    <message>
        <source>New waybill</source>
        <translation>بوليصة شحن جديدة</translation>
    </message>
    <message>
        <source>New act</source>
        <translation>محضر جديد</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>عقد جديد</translation>
    </message>
    <message>
        <source>New return</source>
        <translation>مرتجع جديد</translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation>أمر شراء جديد</translation>
    </message>
    <message>
        <source>New goods receipt</source>
        <translation>استلام بضائع جديد</translation>
    </message>
    <message>
        <source>New supplier invoice</source>
        <translation>فاتورة مورد جديدة</translation>
    </message>
    <message>
        <source>New supplier return</source>
        <translation>مرتجع إلى المورد جديد</translation>
    </message>
    <message>
        <source>New document: {kind}</source>
        <translation>مستند جديد: {kind}</translation>
    </message>
    <message>
        <source>received {0}</source>
        <translation>مستلم {0}</translation>
    </message>
    <message>
        <source>invoiced {0}</source>
        <translation>مفوتر {0}</translation>
    </message>
    <message>
        <source>paid {0}</source>
        <translation>مدفوع {0}</translation>
    </message>
    <message>
        <source>shipped {0}</source>
        <translation>مشحون {0}</translation>
    </message>
    <message>
        <source>received {0} · invoiced {1}</source>
        <translation>مستلم {0} · مفوتر {1}</translation>
    </message>
    <message>
        <source>shipped {0} · invoiced {1}</source>
        <translation>مشحون {0} · مفوتر {1}</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>المنتج أو الخدمة</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>الخصم %</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>الضريبة %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Proposed (price list, the client&apos;s discount, the product&apos;s VAT rate); type to change</source>
        <translation>مقترح (قائمة الأسعار، خصم العميل، نسبة ضريبة المنتج)؛ اكتب للتغيير</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(مسودة)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Shipped / paid</source>
        <translation>مشحون / مدفوع</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Paid {paid} of {total}; due {due}</source>
        <translation>مدفوع {paid} من {total}؛ الاستحقاق {due}</translation>
    </message>
    <message>
        <source>Make to order</source>
        <translation>التصنيع حسب الطلب</translation>
    </message>
    <message>
        <source>The order has unsaved changes. Save it now and make the line to order?</source>
        <translation>يحتوي الطلب على تغييرات غير محفوظة. هل تريد حفظه الآن وتصنيع البند حسب الطلب؟</translation>
    </message>
    <message>
        <source>Save the order first: a production order is made for a saved line</source>
        <translation>احفظ الطلب أولًا: يُنشأ أمر الإنتاج لبند محفوظ</translation>
    </message>
    <message>
        <source>Choose the line to make</source>
        <translation>اختر البند المراد تصنيعه</translation>
    </message>
    <message>
        <source>Only a product&apos;s line can be made to order</source>
        <translation>لا يمكن تصنيع إلا بند منتج حسب الطلب</translation>
    </message>
    <message>
        <source>Plan a production order for what this line lacks (the stock and open production are taken into account)</source>
        <translation>تخطيط أمر إنتاج لما ينقص هذا البند (مع مراعاة المخزون والإنتاج الجاري)</translation>
    </message>
    <message>
        <source>Production order {number} planned for {quantity} {unit} of {product}</source>
        <translation>تم تخطيط أمر الإنتاج {number} لـ {quantity} {unit} من {product}</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاتورة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>تخصيص</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>متأخر {n} يوم</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>تم الحفظ في {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer</source>
        <translation>
            <numerusform>أُرسلت %n صفحة إلى الطابعة</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote (commercial proposal)</source>
        <translation>عرض سعر (عرض تجاري)</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>أمر بيع</translation>
    </message>
    <message>
        <source>Invoice for payment</source>
        <translation>فاتورة للدفع</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>إذن تسليم</translation>
    </message>
    <message>
        <source>Act of completed work</source>
        <translation>محضر إنجاز أعمال</translation>
    </message>
    <message>
        <source>Goods receipt</source>
        <translation>إذن استلام</translation>
    </message>
    <message>
        <source>Press Reload to see their version; what you typed stays until then.</source>
        <translation>اضغط «إعادة التحميل» لرؤية نسختهم؛ ما كتبته يبقى حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>تصدير إلى Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>1 row written to {path}</source>
        <translation>كُتب صف واحد إلى {path}</translation>
    </message>
    <message>
        <source>{n} rows written to {path}</source>
        <translation>كُتب {n} صف إلى {path}</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>جارٍ القراءة</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>جارٍ الكتابة</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>جارٍ الحساب</translation>
    </message>
    <message>
        <source>Exporting {what} to {file}…</source>
        <translation>جارٍ تصدير {what} إلى {file}…</translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation>{done} من {total} صف</translation>
    </message>
    <message>
        <source>{done} rows</source>
        <translation>{done} صف</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>أُلغي التصدير: لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>تعذّرت الكتابة في {path}: {reason}</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} يوم</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>الصفقة</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>هذا الربع</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>هذا العام</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>حسب الأسبوع</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} يوم {h} ساعة</translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d} يوم</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} ساعة {m} دقيقة</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} ساعة</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} دقيقة</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>تحديث التقدم</translation>
    </message>
    <message>
        <source>{0}: now {1}, target {2}</source>
        <translation>{0}: الآن {1}، المستهدف {2}</translation>
    </message>
    <message>
        <source>What moved, what is in the way</source>
        <translation>ما الذي تقدّم، وما الذي يعيق</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>القيمة الحالية</translation>
    </message>
    <message>
        <source>{0} checked in on this key result after you opened it; nothing was saved. Close this and check in again to see their value.</source>
        <translation>حدّث {0} تقدم هذه النتيجة الرئيسية بعد أن فتحتها؛ لم يُحفظ شيء. أغلق هذه النافذة وحدّث التقدم مرة أخرى لرؤية قيمتهم.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>على المسار</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <translation>الهدف / النتيجة الرئيسية</translation>
    </message>
    <message>
        <source>For</source>
        <translation>لـ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Expected by today</source>
        <translation>المتوقع حتى اليوم</translation>
    </message>
    <message>
        <source>Checked in by hand</source>
        <translation>يُحدَّث يدويًا</translation>
    </message>
    <message>
        <source>e.g. Sign 10 new distributors</source>
        <translation>مثال: التعاقد مع 10 موزعين جدد</translation>
    </message>
    <message>
        <source>Counted from the data</source>
        <translation>محسوب من البيانات</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(لا أحد بعينه)</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>النتيجة الرئيسية</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation>حدّث بواسطة</translation>
    </message>
    <message>
        <source>Start value</source>
        <translation>قيمة البداية</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>هدف جديد</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>لماذا يهم</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>لمن</translation>
    </message>
    <message>
        <source>Overdue (due before {day})</source>
        <translation>متأخر (مستحق قبل {day})</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>الفواتير المفتوحة</translation>
    </message>
    <message>
        <source>Weighted deals</source>
        <translation>الصفقات المرجّحة</translation>
    </message>
    <message>
        <source>Expected income</source>
        <translation>الإيرادات المتوقعة</translation>
    </message>
    <message>
        <source>Supplier invoices</source>
        <translation>فواتير الموردين</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>التراكمي</translation>
    </message>
    <message>
        <source>Open invoices and supplier invoices by due date; open deals by expected close, weighted.</source>
        <translation>الفواتير المفتوحة وفواتير الموردين حسب تاريخ الاستحقاق؛ الصفقات المفتوحة حسب تاريخ الإغلاق المتوقع، مرجّحة.</translation>
    </message>
    <message>
        <source>Deals in {currencies} are left out: no exchange rate.</source>
        <translation>استُبعدت الصفقات بعملة {currencies}: لا يوجد سعر صرف.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Cash-flow forecast by week</source>
        <translation>توقعات التدفق النقدي حسب الأسبوع</translation>
    </message>
    <message>
        <source>Cash-flow forecast by month</source>
        <translation>توقعات التدفق النقدي حسب الشهر</translation>
    </message>
    <message>
        <source>Add key result</source>
        <translation>إضافة نتيجة رئيسية</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>النتائج الرئيسية</translation>
    </message>
    <message>
        <source>{0} changed this objective after you opened it; nothing was saved. Close this, and edit it again to see their changes.</source>
        <translation>غيّر {0} هذا الهدف بعد أن فتحته؛ لم يُحفظ شيء. أغلق هذه النافذة، ثم عدّله مرة أخرى لرؤية تغييراتهم.</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation>يرجى تصحيح الحقول المميّزة.</translation>
    </message>
    <message>
        <source>Year&apos;s plan</source>
        <translation>خطة السنة</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>المُباع</translation>
    </message>
    <message>
        <source>Sold: {0}</source>
        <translation>المُباع: {0}</translation>
    </message>
    <message>
        <source>Sales plans</source>
        <translation>خطط المبيعات</translation>
    </message>
    <message>
        <source>Net sales a manager should invoice each month, in {0}. Hover a cell for what was sold.</source>
        <translation>صافي المبيعات التي يجب أن يفوترها المسؤول كل شهر، بعملة {0}. مرّر المؤشر فوق خلية لمعرفة ما بيع.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Save plans</source>
        <translation>حفظ الخطط</translation>
    </message>
    <message>
        <source>Net sales each manager should invoice per month, in {0}. Hover a cell for what was sold; an empty cell has no plan.</source>
        <translation>صافي المبيعات التي يجب أن يفوترها كل مسؤول شهريًا، بعملة {0}. مرّر المؤشر فوق خلية لمعرفة ما بيع؛ الخلية الفارغة ليس لها خطة.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Some plans are not sums of zero or more (marked red); nothing was saved.</source>
        <translation>بعض الخطط ليست مبالغ صفرية أو أكبر (مميّزة بالأحمر)؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Quarter review {0} – {1}</source>
        <translation>مراجعة الربع {0} – {1}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Objective / key result / check-in</source>
        <translation>الهدف / النتيجة الرئيسية / تحديث التقدم</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>{0} objective(s), {1} key result(s): {2} done, {3} behind; average progress {4}</source>
        <translation>{0} هدف، {1} نتيجة رئيسية: {2} منجزة، {3} متأخرة؛ متوسط التقدم {4}</translation>
    </message>
    <message>
        <source>counted from the data: {0}</source>
        <translation>محسوب من البيانات: {0}</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>تواريخ مخصصة</translation>
    </message>
    <message>
        <source>New objective…</source>
        <translation>هدف جديد…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>تحديث التقدم…</translation>
    </message>
    <message>
        <source>Sales plans…</source>
        <translation>خطط المبيعات…</translation>
    </message>
    <message>
        <source>Quarter review…</source>
        <translation>مراجعة الربع…</translation>
    </message>
    <message>
        <source>Refresh goals</source>
        <translation>تحديث الأهداف</translation>
    </message>
    <message>
        <source>No objectives in this period. New objective… sets one.</source>
        <translation>لا توجد أهداف في هذه الفترة. يتيح «هدف جديد…» تحديد هدف.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>تحديثات التقدم</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>{0} objective(s), {1} key result(s), {2} behind the pace</source>
        <translation>{0} هدف، {1} نتيجة رئيسية، {2} متأخرة عن الوتيرة</translation>
    </message>
    <message>
        <source>Check-ins: choose a key result to see its history</source>
        <translation>تحديثات التقدم: اختر نتيجة رئيسية لرؤية سجلها</translation>
    </message>
    <message>
        <source>Check-ins of “{0}”</source>
        <translation>تحديثات التقدم لـ “{0}”</translation>
    </message>
    <message>
        <source>“{0}” is counted from the data ({1}); it takes no check-ins</source>
        <translation>“{0}” محسوبة من البيانات ({1})؛ لا تقبل تحديثات يدوية للتقدم</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>حذف الهدف</translation>
    </message>
    <message>
        <source>Delete “{0}” with its key results and their check-ins?</source>
        <translation>هل تريد حذف “{0}” مع نتائجه الرئيسية وتحديثات تقدمها؟</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>قمع المبيعات</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>مكتب الخدمة</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>التسويق</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>مقبوض</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>المخصص</translation>
    </message>
    <message>
        <source>Credit left</source>
        <translation>الرصيد الدائن المتبقي</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>مُرحّل</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Done today</source>
        <translation>أُنجز اليوم</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>يومي</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسلة</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متخطاة</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>معلقة</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>بدأت</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>ألغى الاشتراك</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>وقت الإرسال</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Campaign: {name}</source>
        <translation>الحملة: {name}</translation>
    </message>
    <message>
        <source>Source / campaign</source>
        <translation>المصدر / الحملة</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>الصفقات</translation>
    </message>
    <message>
        <source>Won amount {currency}</source>
        <translation>المبلغ المربوح {currency}</translation>
    </message>
    <message>
        <source>Campaign cost</source>
        <translation>تكلفة الحملة</translation>
    </message>
    <message>
        <source>Cost currency</source>
        <translation>عملة التكلفة</translation>
    </message>
    <message>
        <source>Cost per won deal</source>
        <translation>التكلفة لكل صفقة رابحة</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(بدون مصدر)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Sources of leads and deals, {date_from} – {date_to}</source>
        <translation>مصادر العملاء المحتملين والصفقات، {date_from} – {date_to}</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>طوال اليوم</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>بضاعة</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>مادة</translation>
    </message>
    <message>
        <source>Finished product</source>
        <translation>منتج تام</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمة</translation>
    </message>
    <message>
        <source>Scrap %</source>
        <translation>الهالك %</translation>
    </message>
    <message>
        <source>Service · cost line</source>
        <translation>خدمة · بند تكلفة</translation>
    </message>
    <message>
        <source>Sub-assembly</source>
        <translation>تجميع فرعي</translation>
    </message>
    <message>
        <source>A service is not taken from stock: its purchase price adds to the cost</source>
        <translation>الخدمة لا تُصرف من المخزون: سعر شرائها يُضاف إلى التكلفة</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>What is calculated below to an Excel workbook</source>
        <translation>ما هو محسوب أدناه إلى مصنف Excel</translation>
    </message>
    <message>
        <source>Save the bill to see this.</source>
        <translation>احفظ القائمة لرؤية هذا.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>the calculation</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Type how many to make (more than zero).</source>
        <translation>اكتب الكمية المراد تصنيعها (أكبر من صفر).</translation>
    </message>
    <message>
        <source>Explode</source>
        <translation>تفصيل</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>average</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>purchase price</source>
        <translation>سعر الشراء</translation>
    </message>
    <message>
        <source>rolled up</source>
        <translation>مجمّع</translation>
    </message>
    <message>
        <source>service</source>
        <translation>خدمة</translation>
    </message>
    <message>
        <source>made by its bill</source>
        <translation>مُصنَّع بقائمة مكوناته</translation>
    </message>
    <message>
        <source>from stock</source>
        <translation>من المخزون</translation>
    </message>
    <message>
        <source>Material or service</source>
        <translation>المادة أو الخدمة</translation>
    </message>
    <message>
        <source>material</source>
        <translation>مادة</translation>
    </message>
    <message>
        <source>Structure, level by level (scrap included, each level rounded up to its unit)</source>
        <translation>الهيكل، مستوى بمستوى (شاملًا الهالك، مع تقريب كل مستوى إلى وحدته)</translation>
    </message>
    <message>
        <source>Raw materials and services in all</source>
        <translation>إجمالي المواد الخام والخدمات</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>تكلفة الوحدة</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Makes</source>
        <translation>يُنتج</translation>
    </message>
    <message>
        <source>Bills of materials</source>
        <translation>قوائم المكونات</translation>
    </message>
    <message>
        <source>Net requirement</source>
        <translation>صافي الاحتياج</translation>
    </message>
    <message>
        <source>Need by</source>
        <translation>مطلوب بحلول</translation>
    </message>
    <message>
        <source>Order by</source>
        <translation>يُطلب بحلول</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المتوفر فعليًا</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>وارد</translation>
    </message>
    <message>
        <source>Draft POs</source>
        <translation>أوامر شراء مسودة</translation>
    </message>
    <message>
        <source>Planned output</source>
        <translation>الإنتاج المخطط</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>مخزون الأمان</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>تصنيع</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>شراء</translation>
    </message>
    <message>
        <source>MRP proposals</source>
        <translation>مقترحات MRP</translation>
    </message>
    <message>
        <source>Requirements up to {day}: proposals</source>
        <translation>الاحتياجات حتى {day}: المقترحات</translation>
    </message>
    <message>
        <source>MRP netting</source>
        <translation>صافي احتياجات MRP</translation>
    </message>
    <message>
        <source>Requirements up to {day}: netting per product</source>
        <translation>الاحتياجات حتى {day}: صافي الاحتياج لكل منتج</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>متوسط التكلفة</translation>
    </message>
    <message>
        <source>Rolled up</source>
        <translation>مجمّعة</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>الهيكل</translation>
    </message>
    <message>
        <source>Made by its bill</source>
        <translation>يُصنع وفق قائمته</translation>
    </message>
    <message>
        <source>From stock</source>
        <translation>من المخزون</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>الإجمالي الكلي</translation>
    </message>
    <message>
        <source>Explosion</source>
        <translation>التفكيك</translation>
    </message>
    <message>
        <source>Explosion for {quantity}</source>
        <translation>التفكيك لكمية {quantity}</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>المواد</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Cost of {quantity}</source>
        <translation>تكلفة {quantity}</translation>
    </message>
    <message>
        <source>Where used</source>
        <translation>أماكن الاستخدام</translation>
    </message>
    <message>
        <source>Materials at their average cost in stock (their purchase price when none is in stock), sub-assemblies rolled up from their bills, services at their purchase price</source>
        <translation>المواد بمتوسط تكلفتها في المخزون (بسعر شرائها إذا لم تتوفر في المخزون)، والتجميعات الفرعية مجمّعة من قوائم مكوناتها، والخدمات بسعر شرائها</translation>
    </message>
    <message>
        <source>The bills below to an Excel workbook</source>
        <translation>القوائم أدناه إلى مصنف Excel</translation>
    </message>
    <message>
        <source>1: uses it directly; 2: uses a product that uses it; …</source>
        <translation>1: يستخدمه مباشرة؛ 2: يستخدم منتجًا يستخدمه؛ …</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Quantity per batch</source>
        <translation>الكمية لكل تشغيلة</translation>
    </message>
    <message>
        <source>Double-click a bill to open it. Levels above 1 follow active bills only.</source>
        <translation>انقر نقرًا مزدوجًا على قائمة لفتحها. المستويات فوق 1 تتبع القوائم النشطة فقط.</translation>
    </message>
    <message>
        <source>Choose a component to see which bills use it.</source>
        <translation>اختر مكوّنًا لرؤية القوائم التي تستخدمه.</translation>
    </message>
    <message>
        <source>{what}: used directly in {n} bill(s), {m} through other products</source>
        <translation>{what}: مستخدم مباشرة في {n} قائمة، و{m} عبر منتجات أخرى</translation>
    </message>
    <message>
        <source>No bill of materials uses {what}.</source>
        <translation>لا توجد قائمة مكونات تستخدم {what}.</translation>
    </message>
    <message>
        <source>where used</source>
        <translation>أماكن الاستخدام</translation>
    </message>
    <message>
        <source>Where {component} is used</source>
        <translation>أين يُستخدم {component}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>مُطلق</translation>
    </message>
    <message>
        <source>{n} short</source>
        <translation>ناقص {n}</translation>
    </message>
    <message>
        <source>in stock</source>
        <translation>متوفر في المخزون</translation>
    </message>
    <message>
        <source>{n} component short</source>
        <translation>{n} مكوّن ناقص</translation>
    </message>
    <message>
        <source>{n} components short</source>
        <translation>{n} مكوّنات ناقصة</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>المكونات</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>غير مخصص</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>البدء المخطط</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>النهاية المخططة</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Cost of what was made</source>
        <translation>تكلفة ما تم إنتاجه</translation>
    </message>
    <message>
        <source>Production orders</source>
        <translation>أوامر الإنتاج</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>الاحتمالية %</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>المرجّح</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>الإغلاق المتوقع</translation>
    </message>
    <message>
        <source>Overdue task</source>
        <translation>مهمة متأخرة</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>شحن</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>شطب</translation>
    </message>
    <message>
        <source>Inventory count</source>
        <translation>جرد</translation>
    </message>
    <message>
        <source>Production consumption</source>
        <translation>استهلاك الإنتاج</translation>
    </message>
    <message>
        <source>Production output</source>
        <translation>مخرجات الإنتاج</translation>
    </message>
    <message>
        <source>Stock documents</source>
        <translation>مستندات المخزون</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>طلبات الخدمة</translation>
    </message>
    <message>
        <source>{short}: the component warehouse cannot cover them now</source>
        <translation>{short}: مستودع المكونات لا يستطيع تغطيتها الآن</translation>
    </message>
    <message>
        <source>Overdue: planned to end on {day}</source>
        <translation>متأخر: كان مخططًا انتهاؤه في {day}</translation>
    </message>
    <message>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>رُحّل</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>طُبع</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>صُدّر</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>سجّل الدخول</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>كلمة مرور خاطئة</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>قُفل</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>القيد</translation>
    </message>
    <message>
        <source>system</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>History — {0}</source>
        <translation>السجل — {0}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), oldest first</source>
        <translation>
            <numerusform>%n تغيير، الأقدم أولًا</numerusform>
            <numerusform>%n تغيير، الأقدم أولًا</numerusform>
            <numerusform>%n تغييران، الأقدم أولًا</numerusform>
            <numerusform>%n تغييرات، الأقدم أولًا</numerusform>
            <numerusform>%n تغييرًا، الأقدم أولًا</numerusform>
            <numerusform>%n تغيير، الأقدم أولًا</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been recorded for this record yet.</source>
        <translation>لم يُسجَّل شيء لهذا السجل بعد.</translation>
    </message>
    <message>
        <source>Nothing to chart for this period</source>
        <translation>لا شيء لعرضه في رسم بياني لهذه الفترة</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابقة</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>المقارنة مع الفترة السابقة</translation>
    </message>
    <message>
        <source>Previous: {title}</source>
        <translation>السابقة: {title}</translation>
    </message>
    <message>
        <source>Previous period: {title}</source>
        <translation>الفترة السابقة: {title}</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>التغيّر %</translation>
    </message>
    <message>
        <source>(compared with {period})</source>
        <translation>(مقارنة بـ {period})</translation>
    </message>
    <message>
        <source>Compared with {period}</source>
        <translation>مقارنة بـ {period}</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>لا شيء في هذه الفترة.</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>الهامش الإجمالي</translation>
    </message>
    <message>
        <source>Cash-flow forecast</source>
        <translation>توقعات التدفق النقدي</translation>
    </message>
    <message>
        <source>Production output and cost</source>
        <translation>الإنتاج والتكلفة</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>حركات المخزون</translation>
    </message>
    <message>
        <source>Stock valuation</source>
        <translation>تقييم المخزون</translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation>أعمار الذمم المدينة</translation>
    </message>
    <message>
        <source>Payables aging</source>
        <translation>أعمار الذمم الدائنة</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(لا أحد)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>رسائل البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>المهام المنجزة</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>المبلغ المربوح</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>الصفقات الخاسرة</translation>
    </message>
    <message>
        <source>Deals in {currencies} have no exchange rate: counted, not summed.</source>
        <translation>الصفقات بعملة {currencies} ليس لها سعر صرف: عُدّت ولم تُجمع.</translation>
    </message>
    <message>
        <source>Manager activity</source>
        <translation>نشاط المديرين</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(لم يُذكر سبب)</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>الحصة %</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>أسباب الخسارة</translation>
    </message>
    <message>
        <source>Funnel conversion</source>
        <translation>تحويل مسار المبيعات</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>حفظ الإعداد المسبق</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>اسم الإعداد المسبق:</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>جميع المسؤولين</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>جميع الفئات</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>جميع المستودعات</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>جميع مسارات المبيعات</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>جميع الفروع</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>التجميع حسب:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Save preset…</source>
        <translation>حفظ الإعداد المسبق…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>حذف الإعداد المسبق</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>تصدير إلى &amp;Excel…</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>تصدير إلى &amp;PDF…</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>الإعداد المسبق:</translation>
    </message>
    <message>
        <source>At the end of:</source>
        <translation>في نهاية:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>جارٍ التشغيل…</translation>
    </message>
    <message>
        <source>(vs {period})</source>
        <translation>(مقارنة بـ {period})</translation>
    </message>
    <message>
        <source>{what}: nothing between {start} and {end}.</source>
        <translation>{what}: لا شيء بين {start} و{end}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n صف</numerusform>
            <numerusform>%n صف</numerusform>
            <numerusform>%n صف</numerusform>
            <numerusform>%n صف</numerusform>
            <numerusform>%n صف</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation>(اختر إعدادًا مسبقًا)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>تم حفظ {path}</translation>
    </message>
    <message>
        <source>Tasks and calendar</source>
        <translation>المهام والتقويم</translation>
    </message>
    <message>
        <source>Products and prices</source>
        <translation>المنتجات والأسعار</translation>
    </message>
    <message>
        <source>Production and purchasing</source>
        <translation>الإنتاج والمشتريات</translation>
    </message>
    <message>
        <source>Dashboard and reports</source>
        <translation>لوحة المعلومات والتقارير</translation>
    </message>
    <message>
        <source>Company settings</source>
        <translation>إعدادات الشركة</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>المستخدمون والأدوار</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Read only — your role does not allow changes</source>
        <translation>للقراءة فقط — دورك لا يسمح بالتغييرات</translation>
    </message>
    <message>
        <source>Your role does not allow you to see {area}.</source>
        <translation>دورك لا يسمح لك بعرض {area}.</translation>
    </message>
    <message>
        <source>Your role does not allow you to create records in {area}.</source>
        <translation>دورك لا يسمح لك بإنشاء سجلات في {area}.</translation>
    </message>
    <message>
        <source>Your role does not allow you to change records in {area}.</source>
        <translation>دورك لا يسمح لك بتغيير السجلات في {area}.</translation>
    </message>
    <message>
        <source>Your role does not allow you to delete records in {area}.</source>
        <translation>دورك لا يسمح لك بحذف السجلات في {area}.</translation>
    </message>
    <message>
        <source>Your role does not allow you to post or confirm in {area}.</source>
        <translation>دورك لا يسمح لك بالترحيل أو التأكيد في {area}.</translation>
    </message>
    <message>
        <source>Your role does not allow you to print from {area}.</source>
        <translation>دورك لا يسمح لك بالطباعة من {area}.</translation>
    </message>
    <message>
        <source>Your role does not allow you to export from {area}.</source>
        <translation>دورك لا يسمح لك بالتصدير من {area}.</translation>
    </message>
    <message>
        <source>Your role does not allow this ({action} in {area}).</source>
        <translation>دورك لا يسمح بهذا ({action} في {area}).</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>غير مسموح لك بفعل هذا.</translation>
    </message>
    <message>
        <source>Ask an administrator if you need it; roles may have changed since you logged in.</source>
        <translation>اطلب ذلك من مسؤول النظام إذا احتجت إليه؛ ربما تغيرت الأدوار منذ تسجيل دخولك.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>تم الحل</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>استفسار</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>إصلاح</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>عرض سعر</translation>
    </message>
    <message>
        <source>order</source>
        <translation>طلب</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>فاتورة</translation>
    </message>
    <message>
        <source>waybill</source>
        <translation>إذن تسليم</translation>
    </message>
    <message>
        <source>act</source>
        <translation>محضر إنجاز أعمال</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>عقد</translation>
    </message>
    <message>
        <source>return</source>
        <translation>مرتجع</translation>
    </message>
    <message>
        <source>purchase order</source>
        <translation>أمر شراء</translation>
    </message>
    <message>
        <source>goods receipt</source>
        <translation>إذن استلام</translation>
    </message>
    <message>
        <source>supplier invoice</source>
        <translation>فاتورة مورد</translation>
    </message>
    <message>
        <source>supplier return</source>
        <translation>مرتجع إلى مورد</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>مُرسل</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>محلول</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>question</source>
        <translation>استفسار</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>إصلاح</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>high</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <source>won</source>
        <translation>رابحة</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>خاسرة</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>الاستحقاق {when}</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>عرض سعر</translation>
    </message>
    <message>
        <source>Act of work</source>
        <translation>محضر إنجاز</translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation>مرتجع من عميل</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>أمر شراء</translation>
    </message>
    <message>
        <source>Supplier invoice</source>
        <translation>فاتورة مورد</translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation>مرتجع إلى مورد</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>مكالمة واردة</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>مكالمة صادرة</translation>
    </message>
    <message>
        <source>Incoming e-mail</source>
        <translation>بريد إلكتروني وارد</translation>
    </message>
    <message>
        <source>Outgoing e-mail</source>
        <translation>بريد إلكتروني صادر</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>بضائع مستلمة</translation>
    </message>
    <message>
        <source>Goods shipped</source>
        <translation>بضائع مشحونة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Client created</source>
        <translation>أُنشئ عميل</translation>
    </message>
    <message>
        <source>Deal moved to a stage</source>
        <translation>انتقلت صفقة إلى مرحلة</translation>
    </message>
    <message>
        <source>Document created</source>
        <translation>أُنشئ مستند</translation>
    </message>
    <message>
        <source>Document confirmed</source>
        <translation>أُكّد مستند</translation>
    </message>
    <message>
        <source>Document posted to stock</source>
        <translation>رُحّل مستند إلى المخزون</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>دفعة مقبوضة</translation>
    </message>
    <message>
        <source>Invoice paid in full</source>
        <translation>سُددت فاتورة بالكامل</translation>
    </message>
    <message>
        <source>Invoice overdue</source>
        <translation>فاتورة متأخرة</translation>
    </message>
    <message>
        <source>Stock of a product below its minimum</source>
        <translation>مخزون منتج دون حده الأدنى</translation>
    </message>
    <message>
        <source>Task overdue</source>
        <translation>مهمة متأخرة</translation>
    </message>
    <message>
        <source>Production order completed</source>
        <translation>اكتمل أمر إنتاج</translation>
    </message>
    <message>
        <source>On a schedule</source>
        <translation>وفق جدول زمني</translation>
    </message>
    <message>
        <source>Stage kind</source>
        <translation>نوع المرحلة</translation>
    </message>
    <message>
        <source>Days after the due date</source>
        <translation>أيام بعد تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>كل</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>يوم الأسبوع</translation>
    </message>
    <message>
        <source>At (HH:MM)</source>
        <translation>في (HH:MM)</translation>
    </message>
    <message>
        <source>Due in days</source>
        <translation>الاستحقاق بعد أيام</translation>
    </message>
    <message>
        <source>and hours</source>
        <translation>وساعات</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>لمن</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>client</source>
        <translation>عميل</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>صفقة</translation>
    </message>
    <message>
        <source>document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>product</source>
        <translation>منتج</translation>
    </message>
    <message>
        <source>task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <source>production order</source>
        <translation>أمر إنتاج</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>جدول زمني</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Client&apos;s tags</source>
        <translation>وسوم العميل</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>الحد الأدنى للمخزون</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>المُكلَّف</translation>
    </message>
    <message>
        <source>Probability, %</source>
        <translation>الاحتمالية، %</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>is</source>
        <translation>يساوي</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>لا يساوي</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>يحتوي على</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>إنشاء مهمة</translation>
    </message>
    <message>
        <source>Notify in the app</source>
        <translation>إشعار في التطبيق</translation>
    </message>
    <message>
        <source>Move the deal to a stage</source>
        <translation>نقل الصفقة إلى مرحلة</translation>
    </message>
    <message>
        <source>Create a document from it</source>
        <translation>إنشاء مستند منه</translation>
    </message>
    <message>
        <source>Set a field</source>
        <translation>تعيين حقل</translation>
    </message>
    <message>
        <source>Add a tag to the client</source>
        <translation>إضافة وسم إلى العميل</translation>
    </message>
    <message>
        <source>Draft a purchase order for the product</source>
        <translation>إعداد مسودة أمر شراء للمنتج</translation>
    </message>
    <message>
        <source>Revenue invoiced</source>
        <translation>الإيراد المفوتر</translation>
    </message>
    <message>
        <source>Revenue paid</source>
        <translation>الإيراد المحصّل</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>الصفقات الرابحة</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>عملاء جدد</translation>
    </message>
    <message>
        <source>Calls made</source>
        <translation>المكالمات المُجراة</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>متوسط حجم الصفقة</translation>
    </message>
    <message>
        <source>Conversion rate %</source>
        <translation>معدل التحويل %</translation>
    </message>
    <message>
        <source>Overdue receivables</source>
        <translation>الذمم المدينة المتأخرة</translation>
    </message>
    <message>
        <source>Stock accuracy after counts %</source>
        <translation>دقة المخزون بعد الجرد %</translation>
    </message>
    <message>
        <source>Units produced</source>
        <translation>الوحدات المنتجة</translation>
    </message>
    <message>
        <source>is not a metric Karavan counts</source>
        <translation>ليس مقياسًا يحسبه Karavan</translation>
    </message>
    <message>
        <source>does not apply to {metric}</source>
        <translation>لا ينطبق على {metric}</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>اسم جهة الاتصال</translation>
    </message>
    <message>
        <source>Contact position</source>
        <translation>منصب جهة الاتصال</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>هاتف جهة الاتصال</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>بريد جهة الاتصال</translation>
    </message>
    <message>
        <source>the required column “{label}” is not mapped (no such column in the file)</source>
        <translation>العمود المطلوب «{label}» غير مربوط (لا يوجد عمود كهذا في الملف)</translation>
    </message>
    <message>
        <source>the file has no column “{header}”</source>
        <translation>لا يحتوي الملف على عمود «{header}»</translation>
    </message>
    <message>
        <source>column “{header}” is already mapped to {field}</source>
        <translation>العمود «{header}» مربوط بالفعل بالحقل {field}</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>سعر الشراء</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>سعر البيع</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>قائمة الأسعار</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Payment made</source>
        <translation>دفعة مدفوعة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>السعر الأساسي</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>العملة الأساسية</translation>
    </message>
    <message>
        <source>Explicit price</source>
        <translation>سعر صريح</translation>
    </message>
    <message>
        <source>Price on this list</source>
        <translation>السعر في هذه القائمة</translation>
    </message>
    <message>
        <source>Explicit</source>
        <translation>صريح</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>الأسعار</translation>
    </message>
    <message>
        <source>Price list: {name} ({currency})</source>
        <translation>قائمة الأسعار: {name} ({currency})</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>الحقائق</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>مهمة منجزة</translation>
    </message>
    <message>
        <source>is one of all, {choices}</source>
        <translation>يجب أن يكون all أو أحد: {choices}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Timeline: {name}</source>
        <translation>الخط الزمني: {name}</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>صفقة أُنشئت</translation>
    </message>
    <message>
        <source>Deal moved</source>
        <translation>صفقة نُقلت</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>صفقة رابحة</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>صفقة خاسرة</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>طلب خدمة</translation>
    </message>
    <message>
        <source>Campaign e-mail</source>
        <translation>بريد حملة</translation>
    </message>
    <message>
        <source>Stock document</source>
        <translation>مستند مخزون</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>Clerk screen</source>
        <translation>شاشة أمين المستودع</translation>
    </message>
    <message>
        <source>Not enough stock of {product} in {warehouse}: available {available}{unit}, requested {requested}{unit}.</source>
        <translation>المخزون غير كافٍ من {product} في {warehouse}: المتاح {available}{unit}، المطلوب {requested}{unit}.</translation>
    </message>
    <message>
        <source>Unknown barcode: {code}</source>
        <translation>باركود غير معروف: {code}</translation>
    </message>
    <message numerus="yes">
        <source>This document is dated before %n posted document(s): {numbers}.</source>
        <translation>
            <numerusform>هذا المستند مؤرخ قبل %n من المستندات المُرحّلة: {numbers}.</numerusform>
            <numerusform>هذا المستند مؤرخ قبل %n من المستندات المُرحّلة: {numbers}.</numerusform>
            <numerusform>هذا المستند مؤرخ قبل %n من المستندات المُرحّلة: {numbers}.</numerusform>
            <numerusform>هذا المستند مؤرخ قبل %n من المستندات المُرحّلة: {numbers}.</numerusform>
            <numerusform>هذا المستند مؤرخ قبل %n من المستندات المُرحّلة: {numbers}.</numerusform>
            <numerusform>هذا المستند مؤرخ قبل %n من المستندات المُرحّلة: {numbers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Book</source>
        <translation>الدفتري</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>التشغيلة</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>المتاح</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>الحركات</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>Suggested order</source>
        <translation>الطلب المقترح</translation>
    </message>
    <message>
        <source>Preferred supplier</source>
        <translation>المورد المفضل</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>إعادة الطلب</translation>
    </message>
    <message>
        <source>{platform}, Python {version} (bundle)</source>
        <translation>{platform}، Python {version} (حزمة)</translation>
    </message>
    <message>
        <source>{platform}, Python {version}</source>
        <translation>{platform}، Python {version}</translation>
    </message>
    <message>
        <source>An on-premises CRM for small companies.</source>
        <translation>نظام CRM محلي للشركات الصغيرة.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>يعمل على:</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>المكونات وتراخيصها</translation>
    </message>
    <message>
        <source>component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>طُبع</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>صُدّر</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>سجّل الدخول</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>كلمة مرور خاطئة</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>مُقفل</translation>
    </message>
    <message>
        <source>unknown permission {area}/{action}/{scope}</source>
        <translation>صلاحية غير معروفة {area}/{action}/{scope}</translation>
    </message>
    <message>
        <source>{trigger} has no {action} action</source>
        <translation>لا يوجد إجراء {action} في {trigger}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>the administrator role cannot be deleted</source>
        <translation>لا يمكن حذف دور مسؤول النظام</translation>
    </message>
    <message>
        <source>users still hold this role; give them another one first</source>
        <translation>لا يزال مستخدمون يحملون هذا الدور؛ امنحهم دورًا آخر أولًا</translation>
    </message>
    <message>
        <source>is not a known role</source>
        <translation>ليس دورًا معروفًا</translation>
    </message>
    <message>
        <source>is not a known department</source>
        <translation>ليس قسمًا معروفًا</translation>
    </message>
    <message>
        <source>belongs to another branch</source>
        <translation>ينتمي إلى فرع آخر</translation>
    </message>
    <message>
        <source>this is the last administrator; make another one first</source>
        <translation>هذا آخر مسؤول نظام؛ عيّن مسؤولًا آخر أولًا</translation>
    </message>
    <message>
        <source>another branch has this name</source>
        <translation>يوجد فرع آخر بهذا الاسم</translation>
    </message>
    <message>
        <source>this branch already has a department with this name</source>
        <translation>يوجد في هذا الفرع قسم بهذا الاسم بالفعل</translation>
    </message>
    <message>
        <source>entry {number} is missing</source>
        <translation>القيد {number} مفقود</translation>
    </message>
    <message>
        <source>its link to the entry before does not match</source>
        <translation>رابطه بالقيد السابق غير مطابق</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>تم تغيير محتواه بعد كتابته</translation>
    </message>
    <message>
        <source>must be at least {limit} characters</source>
        <translation>يجب ألا تقل عن {limit} أحرف</translation>
    </message>
    <message>
        <source>must not start or end with a space</source>
        <translation>يجب ألا تبدأ أو تنتهي بمسافة</translation>
    </message>
    <message>
        <source>must contain both letters and digits</source>
        <translation>يجب أن تحتوي على أحرف وأرقام معًا</translation>
    </message>
    <message>
        <source>must not be the login</source>
        <translation>يجب ألا تطابق اسم الدخول</translation>
    </message>
    <message>
        <source>cannot name a database role {name!r}</source>
        <translation>لا يمكن تسمية دور قاعدة بيانات {name!r}</translation>
    </message>
    <message>
        <source>database roles exist only on PostgreSQL</source>
        <translation>أدوار قاعدة البيانات متاحة على PostgreSQL فقط</translation>
    </message>
    <message>
        <source>this database already has users; log in instead</source>
        <translation>تحتوي قاعدة البيانات هذه على مستخدمين بالفعل؛ سجّل الدخول بدلًا من ذلك</translation>
    </message>
    <message>
        <source>must differ from the old one</source>
        <translation>يجب أن تختلف عن القديمة</translation>
    </message>
    <message>
        <source>enter a value</source>
        <translation>أدخل قيمة</translation>
    </message>
    <message>
        <source>enter a number</source>
        <translation>أدخل رقمًا</translation>
    </message>
    <message>
        <source>choose who gets it</source>
        <translation>اختر من يستلمها</translation>
    </message>
    <message>
        <source>enter a whole number</source>
        <translation>أدخل عددًا صحيحًا</translation>
    </message>
    <message>
        <source>enter a number from {low} to {high}</source>
        <translation>أدخل رقمًا من {low} إلى {high}</translation>
    </message>
    <message>
        <source>enter a name</source>
        <translation>أدخل اسمًا</translation>
    </message>
    <message>
        <source>choose a trigger</source>
        <translation>اختر مُشغِّلًا</translation>
    </message>
    <message>
        <source>choose open, won or lost</source>
        <translation>اختر: مفتوحة أو رابحة أو خاسرة</translation>
    </message>
    <message>
        <source>the stage does not exist</source>
        <translation>المرحلة غير موجودة</translation>
    </message>
    <message>
        <source>choose daily or weekly</source>
        <translation>اختر: يوميًا أو أسبوعيًا</translation>
    </message>
    <message>
        <source>enter a time as HH:MM, e.g. 09:00</source>
        <translation>أدخل الوقت بالصيغة HH:MM، مثل 09:00</translation>
    </message>
    <message>
        <source>a {record} has no such field</source>
        <translation>لا يوجد حقل كهذا في {record}</translation>
    </message>
    <message>
        <source>choose a comparison</source>
        <translation>اختر مقارنة</translation>
    </message>
    <message>
        <source>“{field}” is not a number: use is, is not or contains</source>
        <translation>«{field}» ليس رقمًا: استخدم «يساوي» أو «لا يساوي» أو «يحتوي على»</translation>
    </message>
    <message>
        <source>add at least one action</source>
        <translation>أضف إجراءً واحدًا على الأقل</translation>
    </message>
    <message>
        <source>choose an action</source>
        <translation>اختر إجراءً</translation>
    </message>
    <message>
        <source>“{title}” does not work on a {record}</source>
        <translation>«{title}» لا يعمل على {record}</translation>
    </message>
    <message>
        <source>a schedule has no record whose manager it could be: choose a user or a role</source>
        <translation>الجدول الزمني ليس له سجل يمكن أن يكون مسؤوله: اختر مستخدمًا أو دورًا</translation>
    </message>
    <message>
        <source>choose a document type</source>
        <translation>اختر نوع المستند</translation>
    </message>
    <message>
        <source>choose a stage</source>
        <translation>اختر مرحلة</translation>
    </message>
    <message>
        <source>choose a task kind</source>
        <translation>اختر نوع المهمة</translation>
    </message>
    <message>
        <source>choose a field</source>
        <translation>اختر حقلًا</translation>
    </message>
    <message>
        <source>enter the text</source>
        <translation>أدخل النص</translation>
    </message>
    <message>
        <source>use one of: {choices}</source>
        <translation>استخدم أحد: {choices}</translation>
    </message>
    <message>
        <source>enter a user id</source>
        <translation>أدخل معرّف مستخدم</translation>
    </message>
    <message>
        <source>choose a template</source>
        <translation>اختر قالبًا</translation>
    </message>
    <message>
        <source>only a failed run is retried (a stopped loop needs the rules changed; a run that went well has nothing to redo)</source>
        <translation>لا يُعاد إلا التشغيل الفاشل (الحلقة المتوقفة تتطلب تغيير القواعد؛ والتشغيل الناجح ليس فيه ما يُعاد)</translation>
    </message>
    <message>
        <source>{file}: table {table} {detail}</source>
        <translation>{file}: الجدول {table} {detail}</translation>
    </message>
    <message>
        <source>{tool} failed: {detail}</source>
        <translation>فشل {tool}: {detail}</translation>
    </message>
    <message>
        <source>{file} cannot be restored here: {detail}</source>
        <translation>لا يمكن استعادة {file} هنا: {detail}</translation>
    </message>
    <message>
        <source>header</source>
        <translation>الترويسة</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>the file ends too early ({part}); it was cut short</source>
        <translation>ينتهي الملف قبل أوانه ({part})؛ لقد اقتُطع</translation>
    </message>
    <message>
        <source>this is not a Karavan backup file</source>
        <translation>هذا ليس ملف نسخة احتياطية من Karavan</translation>
    </message>
    <message>
        <source>the header is unreadable</source>
        <translation>الترويسة غير قابلة للقراءة</translation>
    </message>
    <message>
        <source>it was written by a newer Karavan (format {format_version})</source>
        <translation>كُتب بإصدار أحدث من Karavan (الصيغة {format_version})</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>تتعذر قراءته ({reason})</translation>
    </message>
    <message>
        <source>its encryption parameters are unreadable</source>
        <translation>معاملات تشفيره غير قابلة للقراءة</translation>
    </message>
    <message>
        <source>a frame length is impossible</source>
        <translation>طول أحد الإطارات مستحيل</translation>
    </message>
    <message>
        <source>its checksum does not match: bytes were changed or lost</source>
        <translation>المجموع الاختباري غير مطابق: تغيّرت بايتات أو فُقدت</translation>
    </message>
    <message>
        <source>frame {frame} does not decrypt: bytes were changed</source>
        <translation>تعذّر فك تشفير الإطار {frame}: تغيّرت بايتات</translation>
    </message>
    <message>
        <source>frame {frame} does not decompress</source>
        <translation>تعذّر فك ضغط الإطار {frame}</translation>
    </message>
    <message>
        <source>the compressed data is incomplete</source>
        <translation>البيانات المضغوطة غير مكتملة</translation>
    </message>
    <message>
        <source>pg_restore cannot read the dump ({detail})</source>
        <translation>لا يستطيع pg_restore قراءة ملف التفريغ ({detail})</translation>
    </message>
    <message>
        <source>the database inside fails the integrity check ({problem})</source>
        <translation>قاعدة البيانات داخله لا تجتاز فحص السلامة ({problem})</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>جارٍ فحص النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>it does not give back the database that was copied</source>
        <translation>لا يُعيد قاعدة البيانات التي نُسخت</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>جارٍ كتابة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>جارٍ نسخ قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>جارٍ عدّ الصفوف…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>جارٍ فحص قاعدة البيانات…</translation>
    </message>
    <message>
        <source>it is a {backup} backup and this is a {database} database</source>
        <translation>هذه نسخة احتياطية من نوع {backup} وقاعدة البيانات هذه من نوع {database}</translation>
    </message>
    <message>
        <source>its schema ({rev}) is newer than this Karavan knows; install the newer Karavan to restore it</source>
        <translation>مخططها ({rev}) أحدث مما يعرفه إصدار Karavan هذا؛ ثبّت إصدار Karavan الأحدث لاستعادتها</translation>
    </message>
    <message>
        <source>{target} already exists: choose a new file</source>
        <translation>{target} موجود بالفعل: اختر ملفًا جديدًا</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <source>Verifying the restored database…</source>
        <translation>جارٍ التحقق من قاعدة البيانات المستعادة…</translation>
    </message>
    <message>
        <source>the restored database fails the integrity check ({problem})</source>
        <translation>قاعدة البيانات المستعادة لا تجتاز فحص السلامة ({problem})</translation>
    </message>
    <message>
        <source>give a name for the new database</source>
        <translation>أدخل اسمًا لقاعدة البيانات الجديدة</translation>
    </message>
    <message>
        <source>a database called {name} already exists on the server: choose a new name</source>
        <translation>توجد على الخادم قاعدة بيانات باسم {name} بالفعل: اختر اسمًا جديدًا</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>رمز الخروج {code}</translation>
    </message>
    <message>
        <source>choose a folder for the backups</source>
        <translation>اختر مجلدًا للنسخ الاحتياطية</translation>
    </message>
    <message>
        <source>is one of {choices}</source>
        <translation>يجب أن يكون أحد: {choices}</translation>
    </message>
    <message>
        <source>keep 1 to 366 daily backups</source>
        <translation>احتفظ بما بين 1 و366 نسخة احتياطية يومية</translation>
    </message>
    <message>
        <source>keep 0 to 240 monthly backups</source>
        <translation>احتفظ بما بين 0 و240 نسخة احتياطية شهرية</translation>
    </message>
    <message>
        <source>is in the database but not in the backup&apos;s manifest</source>
        <translation>موجود في قاعدة البيانات لكنه غير موجود في بيان النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>has {found:,} rows instead of {expected:,}</source>
        <translation>يحتوي على {found:,} صف بدلًا من {expected:,}</translation>
    </message>
    <message>
        <source>has the right number of rows but different contents</source>
        <translation>عدد الصفوف صحيح لكن المحتوى مختلف</translation>
    </message>
    <message>
        <source>an EAN-13 has only digits</source>
        <translation>رمز EAN-13 يتكون من أرقام فقط</translation>
    </message>
    <message>
        <source>an EAN-13 has 13 digits, this one has {count}</source>
        <translation>رمز EAN-13 يتكون من 13 رقمًا، وهذا يتكون من {count}</translation>
    </message>
    <message>
        <source>the check digit is wrong: it should be {expected}</source>
        <translation>رقم التحقق خاطئ: يجب أن يكون {expected}</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>أطول من {limit} حرفًا</translation>
    </message>
    <message>
        <source>Code 128 takes only Latin letters, digits and ASCII punctuation</source>
        <translation>يقبل Code 128 الأحرف اللاتينية والأرقام وعلامات الترقيم ASCII فقط</translation>
    </message>
    <message>
        <source>“{name}” already exists here</source>
        <translation>«{name}» موجود هنا بالفعل</translation>
    </message>
    <message>
        <source>a category cannot be moved under itself or its subcategory</source>
        <translation>لا يمكن نقل فئة تحت نفسها أو تحت إحدى فئاتها الفرعية</translation>
    </message>
    <message>
        <source>the target already has a category “{name}”</source>
        <translation>توجد في الوجهة فئة «{name}» بالفعل</translation>
    </message>
    <message>
        <source>“{name}” has subcategories</source>
        <translation>«{name}» تحتوي على فئات فرعية</translation>
    </message>
    <message>
        <source>“{name}” still holds {products} product(s)</source>
        <translation>لا تزال «{name}» تحتوي على {products} منتج (منتجات)</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
    <message>
        <source>must be between 1 and {limit}</source>
        <translation>يجب أن يكون بين 1 و{limit}</translation>
    </message>
    <message>
        <source>choose at least one product</source>
        <translation>اختر منتجًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>cannot sort by {sort}</source>
        <translation>لا يمكن الفرز حسب {sort}</translation>
    </message>
    <message>
        <source>is {size:.1f} MB; the limit is 2 MB</source>
        <translation>حجمه {size:.1f} ميغابايت؛ الحد الأقصى 2 ميغابايت</translation>
    </message>
    <message>
        <source>only PNG and JPEG pictures are accepted</source>
        <translation>تُقبل صور PNG وJPEG فقط</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>الأساسية</translation>
    </message>
    <message>
        <source>must be between −100 % and +1000 %</source>
        <translation>يجب أن يكون بين −100 % و+1000 %</translation>
    </message>
    <message>
        <source>has more than two decimals</source>
        <translation>فيه أكثر من منزلتين عشريتين</translation>
    </message>
    <message>
        <source>is a three-letter code such as USD</source>
        <translation>رمز من ثلاثة أحرف مثل USD</translation>
    </message>
    <message>
        <source>a price list “{name}” already exists</source>
        <translation>توجد قائمة أسعار «{name}» بالفعل</translation>
    </message>
    <message>
        <source>the base list holds explicit prices only</source>
        <translation>القائمة الأساسية تحتوي على أسعار صريحة فقط</translation>
    </message>
    <message>
        <source>the base list cannot be archived</source>
        <translation>لا يمكن أرشفة القائمة الأساسية</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>لا يمكن أن يكون سالبًا</translation>
    </message>
    <message>
        <source>must be between 0 and 100 %, at most two decimals</source>
        <translation>يجب أن يكون بين 0 و100 %، بمنزلتين عشريتين على الأكثر</translation>
    </message>
    <message>
        <source>this price list is not available</source>
        <translation>قائمة الأسعار هذه غير متاحة</translation>
    </message>
    <message>
        <source>unknown barcode kind {kind!r}</source>
        <translation>نوع باركود غير معروف {kind!r}</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>مدرج مرتين</translation>
    </message>
    <message>
        <source>already belongs to {sku} “{name}”</source>
        <translation>يخص بالفعل {sku} «{name}»</translation>
    </message>
    <message>
        <source>is already used by “{name}” ({sku})</source>
        <translation>مستخدم بالفعل في «{name}» ({sku})</translation>
    </message>
    <message>
        <source>choose goods, service, material or finished product</source>
        <translation>اختر: بضاعة أو خدمة أو مادة خام أو منتج تام</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>لم يعد موجودًا</translation>
    </message>
    <message>
        <source>must be between 0 and 100 %</source>
        <translation>يجب أن يكون بين 0 و100 %</translation>
    </message>
    <message>
        <source>“{name}” is counted in whole numbers</source>
        <translation>«{name}» يُعدّ بأعداد صحيحة</translation>
    </message>
    <message>
        <source>“{name}” allows at most {decimals} decimals</source>
        <translation>«{name}» يسمح بـ {decimals} منازل عشرية على الأكثر</translation>
    </message>
    <message>
        <source>a service is not kept in stock</source>
        <translation>الخدمة لا تُحفظ في المخزون</translation>
    </message>
    <message>
        <source>must be zero or more, with at most three decimals</source>
        <translation>يجب أن يكون صفرًا أو أكثر، بثلاث منازل عشرية على الأكثر</translation>
    </message>
    <message>
        <source>a service has no lots</source>
        <translation>الخدمة ليس لها تشغيلات</translation>
    </message>
    <message>
        <source>could not find a free internal barcode; try again</source>
        <translation>تعذّر العثور على باركود داخلي متاح؛ حاول مرة أخرى</translation>
    </message>
    <message>
        <source>must be between 0 and {limit}</source>
        <translation>يجب أن يكون بين 0 و{limit}</translation>
    </message>
    <message>
        <source>a unit “{name}” already exists</source>
        <translation>توجد وحدة «{name}» بالفعل</translation>
    </message>
    <message>
        <source>product {offending} has a minimum stock with more than {decimals} decimals</source>
        <translation>المنتج {offending} له حد أدنى للمخزون بأكثر من {decimals} منازل عشرية</translation>
    </message>
    <message>
        <source>{used} product(s) use “{name}”</source>
        <translation>{used} منتج (منتجات) تستخدم «{name}»</translation>
    </message>
    <message>
        <source>“{name}” is already in the list</source>
        <translation>«{name}» موجود في القائمة بالفعل</translation>
    </message>
    <message>
        <source>“{name}” is held by {used} contact person(s); rename it instead</source>
        <translation>«{name}» مستخدم لدى {used} جهة اتصال؛ أعد تسميته بدلًا من ذلك</translation>
    </message>
    <message>
        <source>is not an active user</source>
        <translation>ليس مستخدمًا نشطًا</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>دور غير معروف</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>يجب ألا يكون سالبًا</translation>
    </message>
    <message>
        <source>a client cannot be merged with itself</source>
        <translation>لا يمكن دمج عميل مع نفسه</translation>
    </message>
    <message>
        <source>cannot take {choices}</source>
        <translation>لا يمكن أخذ {choices}</translation>
    </message>
    <message>
        <source>unknown channel type</source>
        <translation>نوع قناة غير معروف</translation>
    </message>
    <message>
        <source>is not a web address (example.com)</source>
        <translation>ليس عنوان ويب (example.com)</translation>
    </message>
    <message>
        <source>must be company or person</source>
        <translation>يجب أن يكون شركة أو فردًا</translation>
    </message>
    <message>
        <source>is longer than 300 characters</source>
        <translation>أطول من 300 حرف</translation>
    </message>
    <message>
        <source>is longer than 500 characters</source>
        <translation>أطول من 500 حرف</translation>
    </message>
    <message>
        <source>unknown roles: {choices}</source>
        <translation>أدوار غير معروفة: {choices}</translation>
    </message>
    <message>
        <source>choose the company&apos;s default or one of {choices}</source>
        <translation>اختر الافتراضي للشركة أو أحد: {choices}</translation>
    </message>
    <message>
        <source>a tag is longer than 100 characters</source>
        <translation>أحد الوسوم أطول من 100 حرف</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>تاريخ في المستقبل</translation>
    </message>
    <message>
        <source>must be legal, actual or delivery</source>
        <translation>يجب أن يكون قانونيًا أو فعليًا أو للتسليم</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>العنوان فارغ</translation>
    </message>
    <message>
        <source>is longer than 20 characters</source>
        <translation>أطول من 20 حرفًا</translation>
    </message>
    <message>
        <source>may contain only letters and digits (5–40)</source>
        <translation>يمكن أن يحتوي على أحرف وأرقام فقط (5–40)</translation>
    </message>
    <message>
        <source>must be 8 to 11 letters or digits</source>
        <translation>يجب أن يتكون من 8 إلى 11 حرفًا أو رقمًا</translation>
    </message>
    <message>
        <source>is today, week or month</source>
        <translation>يجب أن يكون: اليوم أو الأسبوع أو الشهر</translation>
    </message>
    <message>
        <source>is not a dashboard choice</source>
        <translation>ليس خيارًا من خيارات لوحة المعلومات</translation>
    </message>
    <message>
        <source>the company is not set up yet</source>
        <translation>لم يتم إعداد بيانات الشركة بعد</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>اختر أحد: {choices}</translation>
    </message>
    <message>
        <source>add at least one line</source>
        <translation>أضف بندًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>is not a product</source>
        <translation>ليس منتجًا</translation>
    </message>
    <message>
        <source>name the product or service</source>
        <translation>أدخل اسم المنتج أو الخدمة</translation>
    </message>
    <message>
        <source>{value} is not kept in stock: a {doc_type} holds goods only</source>
        <translation>{value} لا يُحفظ في المخزون: {doc_type} يحتوي على بضائع فقط</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>يجب أن يكون أكبر من صفر</translation>
    </message>
    <message>
        <source>no {source_currency} rate to convert the list price; enter a price</source>
        <translation>لا يوجد سعر صرف لـ {source_currency} لتحويل سعر القائمة؛ أدخل السعر</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>يجب أن يكون بين 0 و100</translation>
    </message>
    <message>
        <source>must be between 0 and 99.99</source>
        <translation>يجب أن يكون بين 0 و99.99</translation>
    </message>
    <message>
        <source>is not a document type</source>
        <translation>ليس نوع مستند</translation>
    </message>
    <message>
        <source>choose the client</source>
        <translation>اختر العميل</translation>
    </message>
    <message>
        <source>is before the document date</source>
        <translation>قبل تاريخ المستند</translation>
    </message>
    <message>
        <source>is longer than 10 characters</source>
        <translation>أطول من 10 أحرف</translation>
    </message>
    <message>
        <source>no {currency} rate on or before {day}: enter it or add it to the rates</source>
        <translation>لا يوجد سعر صرف لـ {currency} في {day} أو قبله: أدخله أو أضفه إلى أسعار الصرف</translation>
    </message>
    <message>
        <source>choose whether prices include VAT</source>
        <translation>حدّد ما إذا كانت الأسعار شاملة ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>choose an active warehouse</source>
        <translation>اختر مستودعًا نشطًا</translation>
    </message>
    <message>
        <source>is not a contact of this client</source>
        <translation>ليس جهة اتصال لهذا العميل</translation>
    </message>
    <message>
        <source>is not a deal</source>
        <translation>ليس صفقة</translation>
    </message>
    <message>
        <source>the {doc_type} is {status}: cancel it and make a new one</source>
        <translation>حالة {doc_type}: {status}؛ ألغِه وأنشئ مستندًا جديدًا</translation>
    </message>
    <message>
        <source>the {doc_type} was printed and sent on {value}: cancel it and make a new one</source>
        <translation>تمت طباعة {doc_type} وإرساله في {value}: ألغِه وأنشئ مستندًا جديدًا</translation>
    </message>
    <message>
        <source>a document keeps its type</source>
        <translation>لا يتغير نوع المستند</translation>
    </message>
    <message>
        <source>a {doc_type} is not made from a {source}</source>
        <translation>لا يُنشأ {doc_type} من {source}</translation>
    </message>
    <message>
        <source>confirm the {doc_type} first</source>
        <translation>أكّد {doc_type} أولًا</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>مفوترة</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>مشحونة</translation>
    </message>
    <message>
        <source>done on acts</source>
        <translation>منفذة بمحاضر إنجاز</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>مرتجعة</translation>
    </message>
    <message>
        <source>received</source>
        <translation>مستلمة</translation>
    </message>
    <message>
        <source>returned to the supplier</source>
        <translation>مرتجعة إلى المورد</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>منسوخة</translation>
    </message>
    <message>
        <source>everything on {number} is already {what}</source>
        <translation>كل بنود {number} {what} بالفعل</translation>
    </message>
    <message>
        <source>a deal makes a quote, an order, an invoice or a contract</source>
        <translation>من الصفقة يُنشأ عرض سعر أو طلب أو فاتورة أو عقد</translation>
    </message>
    <message>
        <source>the deal has no client</source>
        <translation>الصفقة ليس لها عميل</translation>
    </message>
    <message>
        <source>the deal has no product lines: add them on the deal&apos;s Products tab</source>
        <translation>الصفقة ليس فيها بنود منتجات: أضفها في تبويب «المنتجات» في الصفقة</translation>
    </message>
    <message>
        <source>choose the warehouse the goods leave</source>
        <translation>اختر المستودع الذي تخرج منه البضائع</translation>
    </message>
    <message>
        <source>{description} is not kept in stock: services go on an act</source>
        <translation>{description} لا يُحفظ في المخزون: الخدمات تُدرج في محضر إنجاز أعمال</translation>
    </message>
    <message>
        <source>a return is made from a confirmed waybill</source>
        <translation>يُنشأ المرتجع من إذن تسليم مؤكد</translation>
    </message>
    <message>
        <source>{description} was not on {number}</source>
        <translation>{description} لم يكن في {number}</translation>
    </message>
    <message>
        <source>choose the warehouse the goods arrive in</source>
        <translation>اختر المستودع الذي تصل إليه البضائع</translation>
    </message>
    <message>
        <source>a return to a supplier is made from a confirmed supplier invoice</source>
        <translation>يُنشأ المرتجع إلى المورد من فاتورة مورد مؤكدة</translation>
    </message>
    <message>
        <source>the {doc_type} is already {status}</source>
        <translation>{doc_type} بالفعل في حالة «{status}»</translation>
    </message>
    <message>
        <source>choose the warehouse the goods are reserved in</source>
        <translation>اختر المستودع الذي تُحجز فيه البضائع</translation>
    </message>
    <message>
        <source>choose the warehouse the goods will arrive in</source>
        <translation>اختر المستودع الذي ستصل إليه البضائع</translation>
    </message>
    <message>
        <source>the {doc_type} is already cancelled</source>
        <translation>{doc_type} ملغى بالفعل</translation>
    </message>
    <message>
        <source>cancel the documents made from it first: {numbers}</source>
        <translation>ألغِ المستندات المُنشأة منه أولًا: {numbers}</translation>
    </message>
    <message>
        <source>{number} has payments allocated; take them off the invoice first</source>
        <translation>{number} مخصص لها دفعات؛ أزلها من الفاتورة أولًا</translation>
    </message>
    <message>
        <source>is left or right</source>
        <translation>يجب أن يكون يسارًا أو يمينًا</translation>
    </message>
    <message>
        <source>must be between {margin_min} and {margin_max} mm</source>
        <translation>يجب أن يكون بين {margin_min} و{margin_max} مم</translation>
    </message>
    <message>
        <source>{number} is cancelled: it cannot be sent</source>
        <translation>{number} ملغى: لا يمكن إرساله</translation>
    </message>
    <message>
        <source>confirm the {doc_type} first: a draft has no number to send</source>
        <translation>أكّد {doc_type} أولًا: المسودة ليس لها رقم لإرساله</translation>
    </message>
    <message>
        <source>outgoing mail is not set up: fill in the SMTP settings (Marketing → SMTP settings) first</source>
        <translation>البريد الصادر غير مُعدّ: املأ إعدادات SMTP (التسويق ← إعدادات SMTP) أولًا</translation>
    </message>
    <message>
        <source>is not an e-mail address (name@example.com)</source>
        <translation>ليس عنوان بريد إلكتروني (name@example.com)</translation>
    </message>
    <message>
        <source>must contain {seq} (the running number), e.g. {example}</source>
        <translation>يجب أن يحتوي على {seq} (الرقم التسلسلي)، مثل {example}</translation>
    </message>
    <message>
        <source>is not a valid format ({exc}); use {{prefix}}, {{series}}, {{year}} and {{seq}}</source>
        <translation>ليس تنسيقًا صالحًا ({exc})؛ استخدم {{prefix}} و{{series}} و{{year}} و{{seq}}</translation>
    </message>
    <message>
        <source>makes numbers longer than 40 characters</source>
        <translation>يُنتج أرقامًا أطول من 40 حرفًا</translation>
    </message>
    <message>
        <source>has unbalanced braces or a bad field ({exc}); fields are written like {{client}}</source>
        <translation>فيه أقواس غير متوازنة أو حقل خاطئ ({exc})؛ تُكتب الحقول هكذا: {{client}}</translation>
    </message>
    <message>
        <source>a goods receipt is made from a confirmed purchase order</source>
        <translation>يُنشأ إذن الاستلام من أمر شراء مؤكد</translation>
    </message>
    <message>
        <source>{description} is not on {number}</source>
        <translation>{description} غير موجود في {number}</translation>
    </message>
    <message>
        <source>goods receipt {number} is {status}: make the supplier invoice from a confirmed receipt</source>
        <translation>إذن الاستلام {number} في حالة «{status}»: أنشئ فاتورة المورد من إذن استلام مؤكد</translation>
    </message>
    <message>
        <source>choose jalali or gregorian</source>
        <translation>اختر: جلالي أو ميلادي</translation>
    </message>
    <message>
        <source>must be between 0 and 365 days</source>
        <translation>يجب أن يكون بين 0 و365 يومًا</translation>
    </message>
    <message>
        <source>is logo, stamp or signature</source>
        <translation>يجب أن يكون: شعارًا أو ختمًا أو توقيعًا</translation>
    </message>
    <message>
        <source>must be a PNG or JPEG image of at most 2 MB</source>
        <translation>يجب أن يكون صورة PNG أو JPEG بحجم 2 ميغابايت على الأكثر</translation>
    </message>
    <message>
        <source>is a three-letter code such as EUR</source>
        <translation>رمز من ثلاثة أحرف مثل EUR</translation>
    </message>
    <message>
        <source>is the company currency (its rate is always 1)</source>
        <translation>هي عملة الشركة (سعر صرفها دائمًا 1)</translation>
    </message>
    <message>
        <source>not enough {product} ({sku}) in {warehouse}: available {available}, requested {requested}</source>
        <translation>الكمية غير كافية من {product} ({sku}) في {warehouse}: المتاح {available}، المطلوب {requested}</translation>
    </message>
    <message>
        <source>no product has the barcode or SKU {code!r}</source>
        <translation>لا يوجد منتج بالباركود أو SKU {code!r}</translation>
    </message>
    <message>
        <source>the document is dated before posted documents {numbers}; their costs will be recomputed</source>
        <translation>تاريخ المستند سابق لمستندات مُرحّلة {numbers}؛ ستُعاد حساب تكاليفها</translation>
    </message>
    <message>
        <source>{client} would owe {total} {currency} (owes {owed}, this document {document}), over the credit limit of {limit} {currency}</source>
        <translation>سيصبح على {client} مبلغ {total} {currency} (عليه {owed}، وهذا المستند {document})، متجاوزًا حد الائتمان البالغ {limit} {currency}</translation>
    </message>
    <message>
        <source>{name} short {short}</source>
        <translation>{name} ناقص {short}</translation>
    </message>
    <message>
        <source>{order}: not enough components in stock ({short})</source>
        <translation>{order}: المكونات في المخزون غير كافية ({short})</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>المجلد غير موجود</translation>
    </message>
    <message>
        <source>choose a product</source>
        <translation>اختر منتجًا</translation>
    </message>
    <message>
        <source>is archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>is too large or has more than three decimals</source>
        <translation>كبير جدًا أو فيه أكثر من ثلاث منازل عشرية</translation>
    </message>
    <message>
        <source>choose a client</source>
        <translation>اختر عميلًا</translation>
    </message>
    <message>
        <source>is not a contact person of this client</source>
        <translation>ليس جهة اتصال لهذا العميل</translation>
    </message>
    <message>
        <source>must be a three-letter code (USD, EUR, RUB…)</source>
        <translation>يجب أن يكون رمزًا من ثلاثة أحرف (USD، EUR، RUB…)</translation>
    </message>
    <message>
        <source>is not a campaign</source>
        <translation>ليس حملة</translation>
    </message>
    <message>
        <source>is not a user</source>
        <translation>ليس مستخدمًا</translation>
    </message>
    <message>
        <source>choose a pipeline</source>
        <translation>اختر مسار مبيعات</translation>
    </message>
    <message>
        <source>is not a stage of this pipeline</source>
        <translation>ليس مرحلة في هذا المسار</translation>
    </message>
    <message>
        <source>say why the deal was lost</source>
        <translation>اذكر سبب خسارة الصفقة</translation>
    </message>
    <message>
        <source>choose the stage in the new pipeline</source>
        <translation>اختر المرحلة في المسار الجديد</translation>
    </message>
    <message>
        <source>is not a stage of the deal&apos;s pipeline</source>
        <translation>ليس مرحلة في مسار الصفقة</translation>
    </message>
    <message>
        <source>is longer than 150 characters</source>
        <translation>أطول من 150 حرفًا</translation>
    </message>
    <message>
        <source>a pipeline needs at least one open stage</source>
        <translation>يحتاج المسار إلى مرحلة مفتوحة واحدة على الأقل</translation>
    </message>
    <message>
        <source>two stages have the same name</source>
        <translation>مرحلتان لهما الاسم نفسه</translation>
    </message>
    <message>
        <source>a pipeline “{name}” already exists</source>
        <translation>يوجد مسار «{name}» بالفعل</translation>
    </message>
    <message>
        <source>this pipeline already has a stage “{name}”</source>
        <translation>يوجد في هذا المسار مرحلة «{name}» بالفعل</translation>
    </message>
    <message>
        <source>Won is always 100 % and Lost 0 %</source>
        <translation>«رابحة» دائمًا 100 % و«خاسرة» 0 %</translation>
    </message>
    <message>
        <source>Won and Lost always end the pipeline</source>
        <translation>«رابحة» و«خاسرة» تُنهيان المسار دائمًا</translation>
    </message>
    <message>
        <source>Won and Lost cannot be deleted</source>
        <translation>لا يمكن حذف «رابحة» و«خاسرة»</translation>
    </message>
    <message>
        <source>“{name}” holds or held deals (their history refers to it); rename it instead</source>
        <translation>«{name}» تحتوي أو احتوت على صفقات (يشير إليها سجلها)؛ أعد تسميتها بدلًا من ذلك</translation>
    </message>
    <message>
        <source>is company, branch, department or person</source>
        <translation>يجب أن يكون: شركة أو فرعًا أو قسمًا أو فردًا</translation>
    </message>
    <message>
        <source>is before the start</source>
        <translation>قبل البداية</translation>
    </message>
    <message>
        <source>is too far from the start</source>
        <translation>بعيد جدًا عن البداية</translation>
    </message>
    <message>
        <source>is required for this objective</source>
        <translation>مطلوب لهذا الهدف</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>needs at least one key result</source>
        <translation>يحتاج إلى نتيجة رئيسية واحدة على الأقل</translation>
    </message>
    <message>
        <source>are at most {limit}</source>
        <translation>{limit} على الأكثر</translation>
    </message>
    <message>
        <source>is metric or manual</source>
        <translation>يجب أن يكون: مقياسًا أو يدويًا</translation>
    </message>
    <message>
        <source>is counted from the data for this key result</source>
        <translation>يُحسب من البيانات لهذه النتيجة الرئيسية</translation>
    </message>
    <message>
        <source>is a sum of zero or more</source>
        <translation>مجموع يساوي صفرًا أو أكثر</translation>
    </message>
    <message>
        <source>there is no unit “{unit}” (add it under Products → Units)</source>
        <translation>لا توجد وحدة «{unit}» (أضفها من المنتجات ← الوحدات)</translation>
    </message>
    <message>
        <source>there is no category “{category}”</source>
        <translation>لا توجد فئة «{category}»</translation>
    </message>
    <message>
        <source>there is no active price list “{list_name}”</source>
        <translation>لا توجد قائمة أسعار نشطة «{list_name}»</translation>
    </message>
    <message>
        <source>there is no base price list</source>
        <translation>لا توجد قائمة أسعار أساسية</translation>
    </message>
    <message>
        <source>there is no product with SKU “{sku}”</source>
        <translation>لا يوجد منتج بـ SKU «{sku}»</translation>
    </message>
    <message>
        <source>is not a date (write it year first: 2030-05-31, or 1409/03/10 in the Solar Hijri calendar)</source>
        <translation>ليس تاريخًا (اكتبه بالسنة أولًا: 2030-05-31، أو 1409/03/10 في التقويم الهجري الشمسي)</translation>
    </message>
    <message>
        <source>the existing client cannot be saved: {reason}</source>
        <translation>لا يمكن حفظ العميل الموجود: {reason}</translation>
    </message>
    <message>
        <source>repeats row {row} (the same {column})</source>
        <translation>يكرر الصف {row} (نفس {column})</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <source>{sheet} errors</source>
        <translation>أخطاء {sheet}</translation>
    </message>
    <message>
        <source>{rows:,} rows</source>
        <translation>{rows:,} صف</translation>
    </message>
    <message>
        <source>more than {limit:,} rows</source>
        <translation>أكثر من {limit:,} صف</translation>
    </message>
    <message>
        <source>sheet “{sheet}” has {found}; at most {limit:,} data rows are imported at once — split the file</source>
        <translation>الورقة «{sheet}» تحتوي على {found}؛ يُستورد {limit:,} صف بيانات على الأكثر في المرة الواحدة — قسّم الملف</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>لا يوجد ملف {path}</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx): {exc}</source>
        <translation>{name} ليس مصنف Excel ‏(.xlsx): {exc}</translation>
    </message>
    <message>
        <source>the workbook has no sheet “{name}” (it has: {choices})</source>
        <translation>لا يحتوي المصنف على ورقة «{name}» (الأوراق الموجودة: {choices})</translation>
    </message>
    <message>
        <source>sheet “{name}” is empty: the first row should hold the column titles</source>
        <translation>الورقة «{name}» فارغة: يجب أن يحتوي الصف الأول على عناوين الأعمدة</translation>
    </message>
    <message>
        <source>is a formula with no saved result: open the file in Excel, save it, and import again</source>
        <translation>صيغة بلا نتيجة محفوظة: افتح الملف في Excel واحفظه ثم استورده مجددًا</translation>
    </message>
    <message>
        <source>{name} is a service; services are not kept in stock</source>
        <translation>{name} خدمة؛ الخدمات لا تُحفظ في المخزون</translation>
    </message>
    <message>
        <source>there is no warehouse “{wh_name}”</source>
        <translation>لا يوجد مستودع «{wh_name}»</translation>
    </message>
    <message>
        <source>warehouse “{name}” is archived</source>
        <translation>المستودع «{name}» مؤرشف</translation>
    </message>
    <message>
        <source>enter the lot of {name}</source>
        <translation>أدخل تشغيلة {name}</translation>
    </message>
    <message>
        <source>is longer than 200 characters</source>
        <translation>أطول من 200 حرف</translation>
    </message>
    <message>
        <source>a campaign with this name already exists</source>
        <translation>توجد حملة بهذا الاسم بالفعل</translation>
    </message>
    <message>
        <source>choose a segment</source>
        <translation>اختر شريحة</translation>
    </message>
    <message>
        <source>unknown placeholder {names}; use {known}</source>
        <translation>عنصر نائب غير معروف {names}؛ استخدم {known}</translation>
    </message>
    <message>
        <source>cannot change once sending has started</source>
        <translation>لا يمكن تغييره بعد بدء الإرسال</translation>
    </message>
    <message>
        <source>only a draft campaign can be deleted</source>
        <translation>لا يمكن حذف إلا الحملة المسودة</translation>
    </message>
    <message>
        <source>recipients are fixed once sending has started</source>
        <translation>المستلمون ثابتون بعد بدء الإرسال</translation>
    </message>
    <message>
        <source>a {status} campaign cannot become {to}</source>
        <translation>لا يمكن تحويل حملة من حالة «{status}» إلى «{to}»</translation>
    </message>
    <message>
        <source>start or resume the campaign first</source>
        <translation>ابدأ الحملة أو استأنفها أولًا</translation>
    </message>
    <message>
        <source>cannot send mail: {detail}</source>
        <translation>تعذّر إرسال البريد: {detail}</translation>
    </message>
    <message>
        <source>is not a server name</source>
        <translation>ليس اسم خادم</translation>
    </message>
    <message>
        <source>must be between 1 and 65535</source>
        <translation>يجب أن يكون بين 1 و65535</translation>
    </message>
    <message>
        <source>must be STARTTLS, SSL or none</source>
        <translation>يجب أن يكون STARTTLS أو SSL أو بدون</translation>
    </message>
    <message>
        <source>the server refused the login ({smtp_code})</source>
        <translation>رفض الخادم تسجيل الدخول ({smtp_code})</translation>
    </message>
    <message>
        <source>{host}:{port}: {exc}</source>
        <translation>{host}:{port}: {exc}</translation>
    </message>
    <message>
        <source>Karavan: test e-mail from {company}</source>
        <translation>Karavan: رسالة اختبار من {company}</translation>
    </message>
    <message>
        <source>This is a test e-mail sent from Karavan&apos;s SMTP settings. Outgoing mail works.</source>
        <translation>هذه رسالة اختبار أُرسلت من إعدادات SMTP في Karavan. البريد الصادر يعمل.</translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation>يجب أن يكون بعد البداية</translation>
    </message>
    <message>
        <source>is not lead, customer or supplier</source>
        <translation>ليس عميلًا محتملًا أو عميلًا أو موردًا</translation>
    </message>
    <message>
        <source>must be zero or more</source>
        <translation>يجب أن يكون صفرًا أو أكثر</translation>
    </message>
    <message>
        <source>is less than the minimum</source>
        <translation>أقل من الحد الأدنى</translation>
    </message>
    <message>
        <source>is before the start date</source>
        <translation>قبل تاريخ البداية</translation>
    </message>
    <message>
        <source>a segment with this name already exists</source>
        <translation>توجد شريحة بهذا الاسم بالفعل</translation>
    </message>
    <message>
        <source>the task is closed</source>
        <translation>المهمة مغلقة</translation>
    </message>
    <message>
        <source>is not a kind of task</source>
        <translation>ليس نوع مهمة</translation>
    </message>
    <message>
        <source>is not a priority</source>
        <translation>ليس أولوية</translation>
    </message>
    <message>
        <source>must be between 0 minutes and 7 days</source>
        <translation>يجب أن يكون بين 0 دقيقة و7 أيام</translation>
    </message>
    <message>
        <source>is not a deal of this client</source>
        <translation>ليس صفقة لهذا العميل</translation>
    </message>
    <message>
        <source>must be between 0 minutes and 30 days</source>
        <translation>يجب أن يكون بين 0 دقيقة و30 يومًا</translation>
    </message>
    <message>
        <source>choose an active user</source>
        <translation>اختر مستخدمًا نشطًا</translation>
    </message>
    <message>
        <source>is not a repetition rule</source>
        <translation>ليس قاعدة تكرار</translation>
    </message>
    <message>
        <source>choose at least one day of the week</source>
        <translation>اختر يومًا واحدًا على الأقل من أيام الأسبوع</translation>
    </message>
    <message>
        <source>must not be before the task&apos;s date</source>
        <translation>يجب ألا يكون قبل تاريخ المهمة</translation>
    </message>
    <message>
        <source>a {status} task cannot become {to}</source>
        <translation>لا يمكن تحويل مهمة من حالة «{status}» إلى «{to}»</translation>
    </message>
    <message>
        <source>a closed task cannot be moved</source>
        <translation>لا يمكن نقل مهمة مغلقة</translation>
    </message>
    <message>
        <source>is 1 to {limit} characters</source>
        <translation>من 1 إلى {limit} حرف</translation>
    </message>
    <message>
        <source>is too large to keep as a setting</source>
        <translation>أكبر من أن يُحفظ كإعداد</translation>
    </message>
    <message>
        <source>choose the product this bill makes</source>
        <translation>اختر المنتج الذي تُنتجه هذه القائمة</translation>
    </message>
    <message>
        <source>{name} is a service: only goods kept in stock are made</source>
        <translation>{name} خدمة: لا يُصنع إلا البضائع المحفوظة في المخزون</translation>
    </message>
    <message>
        <source>add at least one component</source>
        <translation>أضف مكوّنًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>choose a component</source>
        <translation>اختر مكوّنًا</translation>
    </message>
    <message>
        <source>{name} cannot be a component of itself</source>
        <translation>لا يمكن أن يكون {name} مكوّنًا لنفسه</translation>
    </message>
    <message>
        <source>{name} is already on line {line}</source>
        <translation>{name} موجود بالفعل في البند {line}</translation>
    </message>
    <message>
        <source>may have at most 6 decimals</source>
        <translation>6 منازل عشرية على الأكثر</translation>
    </message>
    <message>
        <source>must be from 0 to 99.99</source>
        <translation>يجب أن يكون من 0 إلى 99.99</translation>
    </message>
    <message>
        <source>this would make a cycle: {chain}</source>
        <translation>سيؤدي هذا إلى حلقة: {chain}</translation>
    </message>
    <message>
        <source>a bill&apos;s product cannot change; make a bill for the other product</source>
        <translation>لا يتغير منتج قائمة المكونات؛ أنشئ قائمة للمنتج الآخر</translation>
    </message>
    <message>
        <source>the active version cannot be deleted; activate another one first</source>
        <translation>لا يمكن حذف الإصدار النشط؛ فعّل إصدارًا آخر أولًا</translation>
    </message>
    <message>
        <source>{used} production order(s) were made from this version; it is kept</source>
        <translation>أُنشئ {used} أمر إنتاج من هذا الإصدار؛ سيُحتفظ به</translation>
    </message>
    <message>
        <source>{name} has no active bill of materials</source>
        <translation>ليس لـ {name} قائمة مكونات نشطة</translation>
    </message>
    <message>
        <source>must not be in the past</source>
        <translation>يجب ألا يكون في الماضي</translation>
    </message>
    <message>
        <source>choose at least one proposal</source>
        <translation>اختر مقترحًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>a {status} order cannot become {to}</source>
        <translation>لا يمكن تحويل أمر من حالة «{status}» إلى «{to}»</translation>
    </message>
    <message>
        <source>choose the product to make</source>
        <translation>اختر المنتج المراد تصنيعه</translation>
    </message>
    <message>
        <source>is not a bill of materials of {name}</source>
        <translation>ليست قائمة مكونات لـ {name}</translation>
    </message>
    <message>
        <source>{name} has no active bill of materials; make one first</source>
        <translation>ليس لـ {name} قائمة مكونات نشطة؛ أنشئ واحدة أولًا</translation>
    </message>
    <message>
        <source>choose a warehouse</source>
        <translation>اختر مستودعًا</translation>
    </message>
    <message>
        <source>this warehouse is archived</source>
        <translation>هذا المستودع مؤرشف</translation>
    </message>
    <message>
        <source>must not be before the start</source>
        <translation>يجب ألا يكون قبل البداية</translation>
    </message>
    <message>
        <source>{done_quantity} are already made</source>
        <translation>تم إنتاج {done_quantity} بالفعل</translation>
    </message>
    <message>
        <source>the order is {status}; it cannot change</source>
        <translation>الأمر في حالة «{status}»؛ لا يمكن تغييره</translation>
    </message>
    <message>
        <source>cannot change once the order is released</source>
        <translation>لا يمكن تغييره بعد إطلاق الأمر</translation>
    </message>
    <message>
        <source>release the order before completing it</source>
        <translation>أطلق الأمر قبل إتمامه</translation>
    </message>
    <message>
        <source>the order is {status}</source>
        <translation>الأمر في حالة «{status}»</translation>
    </message>
    <message>
        <source>only {quantity} {unit} are left to make</source>
        <translation>المتبقي للتصنيع {quantity} {unit} فقط</translation>
    </message>
    <message>
        <source>nothing was made yet: cancel the order instead</source>
        <translation>لم يُنتج شيء بعد: ألغِ الأمر بدلًا من ذلك</translation>
    </message>
    <message>
        <source>part of the order was made: close it instead</source>
        <translation>أُنتج جزء من الأمر: أغلقه بدلًا من ذلك</translation>
    </message>
    <message>
        <source>production is made for the lines of a sales order</source>
        <translation>يُخطط الإنتاج لبنود أمر بيع</translation>
    </message>
    <message>
        <source>{description} is not a product kept in stock</source>
        <translation>{description} ليس منتجًا محفوظًا في المخزون</translation>
    </message>
    <message>
        <source>{name}: the stock and open production cover this line</source>
        <translation>{name}: المخزون والإنتاج المفتوح يغطيان هذا البند</translation>
    </message>
    <message>
        <source>choose a supplier</source>
        <translation>اختر موردًا</translation>
    </message>
    <message>
        <source>{display_name} is not marked as a supplier (tick the role on the client card)</source>
        <translation>{display_name} غير محدد كمورد (فعّل الدور في بطاقة العميل)</translation>
    </message>
    <message>
        <source>{display_name} is already a supplier of {name}</source>
        <translation>{display_name} مورد لـ {name} بالفعل</translation>
    </message>
    <message>
        <source>is a whole number of days from 0 to 3650</source>
        <translation>عدد صحيح من الأيام من 0 إلى 3650</translation>
    </message>
    <message>
        <source>may have at most {decimals} decimals ({name})</source>
        <translation>{decimals} منازل عشرية على الأكثر ({name})</translation>
    </message>
    <message>
        <source>is a whole number from 1 (preferred) to 99</source>
        <translation>عدد صحيح من 1 (المفضل) إلى 99</translation>
    </message>
    <message>
        <source>is longer than 60 characters</source>
        <translation>أطول من 60 حرفًا</translation>
    </message>
    <message>
        <source>{name} is a service: it is not bought into stock</source>
        <translation>{name} خدمة: لا تُشترى إلى المخزون</translation>
    </message>
    <message>
        <source>make a warehouse first</source>
        <translation>أنشئ مستودعًا أولًا</translation>
    </message>
    <message>
        <source>no supplier is set for it (Product → Suppliers)</source>
        <translation>لم يُحدَّد له مورد (المنتج ← الموردون)</translation>
    </message>
    <message>
        <source>nothing on the reorder list</source>
        <translation>لا شيء في قائمة إعادة الطلب</translation>
    </message>
    <message>
        <source>is already on a draft purchase order</source>
        <translation>موجود بالفعل في أمر شراء مسودة</translation>
    </message>
    <message>
        <source>(no manager)</source>
        <translation>(بدون مسؤول)</translation>
    </message>
    <message>
        <source>Win rate %</source>
        <translation>نسبة الفوز %</translation>
    </message>
    <message>
        <source>Won of deals %</source>
        <translation>الرابحة من الصفقات %</translation>
    </message>
    <message>
        <source>Entered: deals that moved into the stage in the period; moved on: of them, the ones that later reached a stage further along or Won; won and lost: of them, within the period. Win rate = won / (won + lost). The total counts each deal once.</source>
        <translation>دخلت: الصفقات التي انتقلت إلى المرحلة خلال الفترة؛ انتقلت: منها، التي وصلت لاحقًا إلى مرحلة أبعد أو إلى «رابحة»؛ رابحة وخاسرة: منها، خلال الفترة. نسبة الفوز = الرابحة / (الرابحة + الخاسرة). تُحتسب كل صفقة مرة واحدة في الإجمالي.</translation>
    </message>
    <message>
        <source>Deals: deals that moved into any stage in the period; won and lost: deals that moved into Won or Lost in it. Win rate = won / (won + lost).</source>
        <translation>الصفقات: الصفقات التي انتقلت إلى أي مرحلة خلال الفترة؛ رابحة وخاسرة: الصفقات التي انتقلت خلالها إلى «رابحة» أو «خاسرة». نسبة الفوز = الرابحة / (الرابحة + الخاسرة).</translation>
    </message>
    <message>
        <source>a custom period needs both dates</source>
        <translation>الفترة المخصصة تحتاج إلى التاريخين كليهما</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>ينتهي قبل أن يبدأ</translation>
    </message>
    <message>
        <source>is at most 20 years long</source>
        <translation>لا تتجاوز مدته 20 سنة</translation>
    </message>
    <message>
        <source>give the preset a name</source>
        <translation>أدخل اسمًا للإعداد المسبق</translation>
    </message>
    <message>
        <source>is at most {limit} characters</source>
        <translation>{limit} حرف على الأكثر</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(بدون عميل)</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>(بدون منتج)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(بدون فئة)</translation>
    </message>
    <message>
        <source>(no deal)</source>
        <translation>(بدون صفقة)</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>صافي المبيعات</translation>
    </message>
    <message>
        <source>Sales by {group}</source>
        <translation>المبيعات حسب {group}</translation>
    </message>
    <message>
        <source>Confirmed invoices less customer returns, net of VAT, by document date.</source>
        <translation>الفواتير المؤكدة مطروحًا منها مرتجعات العملاء، بدون ضريبة القيمة المضافة، حسب تاريخ المستند.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>تكلفة البضاعة</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>الهامش</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>الهامش %</translation>
    </message>
    <message>
        <source>Gross margin by {group}</source>
        <translation>إجمالي الهامش حسب {group}</translation>
    </message>
    <message>
        <source>Confirmed waybills and acts less customer returns, by document date; cost at the moving average each shipment carried.</source>
        <translation>أذون التسليم ومحاضر الإنجاز المؤكدة مطروحًا منها مرتجعات العملاء، حسب تاريخ المستند؛ التكلفة بالمتوسط المتحرك وقت كل شحنة.</translation>
    </message>
    <message>
        <source>is not a complaint, question or repair</source>
        <translation>ليس شكوى أو استفسارًا أو إصلاحًا</translation>
    </message>
    <message>
        <source>is not low, normal, high or urgent</source>
        <translation>ليست منخفضة أو عادية أو عالية أو عاجلة</translation>
    </message>
    <message>
        <source>is not a product of the catalog</source>
        <translation>ليس منتجًا من الكتالوج</translation>
    </message>
    <message>
        <source>a {value} request cannot become {value2}</source>
        <translation>لا يمكن تحويل طلب من حالة «{value}» إلى «{value2}»</translation>
    </message>
    <message>
        <source>say how the request was resolved</source>
        <translation>اذكر كيف تم حل الطلب</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>يجب أن يكون أحد: {choices}</translation>
    </message>
    <message>
        <source>must be 4 to 8 digits</source>
        <translation>يجب أن يتكون من 4 إلى 8 أرقام</translation>
    </message>
    <message>
        <source>the document is {status}; only a draft can be changed</source>
        <translation>المستند في حالة «{status}»؛ لا يمكن تعديل إلا المسودة</translation>
    </message>
    <message>
        <source>must be a whole number of {unit}</source>
        <translation>يجب أن يكون عددًا صحيحًا من {unit}</translation>
    </message>
    <message>
        <source>may have at most {decimals} decimals ({unit})</source>
        <translation>{decimals} منازل عشرية على الأكثر ({unit})</translation>
    </message>
    <message>
        <source>is not a stock document kind</source>
        <translation>ليس نوعًا من مستندات المخزون</translation>
    </message>
    <message>
        <source>is posted by production orders only</source>
        <translation>يُرحَّل من أوامر الإنتاج فقط</translation>
    </message>
    <message>
        <source>choose the warehouse the goods go to</source>
        <translation>اختر المستودع الذي تذهب إليه البضائع</translation>
    </message>
    <message>
        <source>must differ from the warehouse the goods leave</source>
        <translation>يجب أن يختلف عن المستودع الذي تخرج منه البضائع</translation>
    </message>
    <message>
        <source>say why the goods are written off</source>
        <translation>اذكر سبب شطب البضائع</translation>
    </message>
    <message>
        <source>only a shipment consumes a reservation</source>
        <translation>الشحن وحده يستهلك الحجز</translation>
    </message>
    <message>
        <source>is not a client</source>
        <translation>ليس عميلًا</translation>
    </message>
    <message>
        <source>is not a lot of this product</source>
        <translation>ليست تشغيلة لهذا المنتج</translation>
    </message>
    <message>
        <source>a document&apos;s kind cannot change</source>
        <translation>لا يتغير نوع المستند</translation>
    </message>
    <message>
        <source>Stock valuation at {at:%Y-%m-%d %H:%M} UTC</source>
        <translation>تقييم المخزون في {at:%Y-%m-%d %H:%M} UTC</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>a {status} document cannot become {to}</source>
        <translation>لا يمكن تحويل مستند من حالة «{status}» إلى «{to}»</translation>
    </message>
    <message>
        <source>{name} has no lot {lot_code}</source>
        <translation>ليس لـ {name} تشغيلة {lot_code}</translation>
    </message>
    <message>
        <source>choose the lot of {name}</source>
        <translation>اختر تشغيلة {name}</translation>
    </message>
    <message>
        <source>nothing was picked</source>
        <translation>لم يُلتقط شيء</translation>
    </message>
    <message>
        <source>only a posted document can be un-posted</source>
        <translation>لا يمكن إلغاء ترحيل إلا المستند المُرحّل</translation>
    </message>
    <message>
        <source>production posted this document; it cannot be un-posted by hand</source>
        <translation>رحّل الإنتاج هذا المستند؛ لا يمكن إلغاء ترحيله يدويًا</translation>
    </message>
    <message>
        <source>name the order the stock is held for (at most 60 characters)</source>
        <translation>حدّد الطلب المحجوز له المخزون (60 حرفًا على الأكثر)</translation>
    </message>
    <message>
        <source>choose a product kept in stock</source>
        <translation>اختر منتجًا محفوظًا في المخزون</translation>
    </message>
    <message>
        <source>{name} ({sku}) is not on this shipment</source>
        <translation>{name} ({sku}) غير موجود في هذه الشحنة</translation>
    </message>
    <message>
        <source>only {quantity:f} {unit} of {product} are left to pick</source>
        <translation>المتبقي للالتقاط {quantity:f} {unit} فقط من {product}</translation>
    </message>
    <message>
        <source>that lot is not a lot of {name}</source>
        <translation>هذه التشغيلة ليست تشغيلة لـ {name}</translation>
    </message>
    <message>
        <source>{name} ({sku}) is lot-tracked: enter its lot</source>
        <translation>{name} ({sku}) يُتتبع بالتشغيلات: أدخل تشغيلته</translation>
    </message>
    <message>
        <source>a lot code is at most 60 characters</source>
        <translation>رمز التشغيلة 60 حرفًا على الأكثر</translation>
    </message>
    <message>
        <source>another warehouse has this name</source>
        <translation>يوجد مستودع آخر بهذا الاسم</translation>
    </message>
    <message>
        <source>must be a call, meeting, e-mail or note</source>
        <translation>يجب أن يكون مكالمة أو اجتماعًا أو بريدًا إلكترونيًا أو ملاحظة</translation>
    </message>
    <message>
        <source>must be incoming, outgoing or none</source>
        <translation>يجب أن يكون واردًا أو صادرًا أو بدون</translation>
    </message>
    <message>
        <source>is in the future: log what already happened</source>
        <translation>في المستقبل: سجّل ما حدث بالفعل</translation>
    </message>
    <message>
        <source>is not a task of this client</source>
        <translation>ليست مهمة لهذا العميل</translation>
    </message>
    <message>
        <source>write what happened</source>
        <translation>اكتب ما حدث</translation>
    </message>
    <message>
        <source>must be between 0 and {limit} minutes</source>
        <translation>يجب أن يكون بين 0 و{limit} دقيقة</translation>
    </message>
    <message>
        <source>an interaction stays with its client</source>
        <translation>يبقى التفاعل مع عميله</translation>
    </message>
    <message>
        <source>unknown entry kinds: {choices}</source>
        <translation>أنواع قيود غير معروفة: {choices}</translation>
    </message>
    <message>
        <source>must be one word of at most 60 characters</source>
        <translation>يجب أن يكون كلمة واحدة من 60 حرفًا على الأكثر</translation>
    </message>
    <message>
        <source>is already taken</source>
        <translation>مستخدم بالفعل</translation>
    </message>
    <message>
        <source>may contain only digits, spaces, + ( ) - . /</source>
        <translation>يمكن أن يحتوي على أرقام ومسافات و+ ( ) - . / فقط</translation>
    </message>
    <message>
        <source>is too short: at least {count} digits</source>
        <translation>قصير جدًا: {count} أرقام على الأقل</translation>
    </message>
    <message>
        <source>is too long: at most {count} digits</source>
        <translation>طويل جدًا: {count} رقمًا على الأكثر</translation>
    </message>
    <message>
        <source>may have + only at the start</source>
        <translation>يُسمح بـ + في البداية فقط</translation>
    </message>
    <message>
        <source>must be 8 to 15 digits, optionally after a two-letter country prefix</source>
        <translation>يجب أن يتكون من 8 إلى 15 رقمًا، مع بادئة دولة من حرفين اختياريًا</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>The log files and crash reports are in:</source>
        <translation>ملفات السجل وتقارير الأعطال موجودة في:</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Karavan</source>
        <translation>حول Karavan</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <source>Users and roles…</source>
        <translation>المستخدمون والأدوار…</translation>
    </message>
    <message>
        <source>Branches and departments…</source>
        <translation>الفروع والأقسام…</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>سجل التدقيق…</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <source>The first user; they will add the others. Keep the password safe.</source>
        <translation>المستخدم الأول؛ وهو من سيضيف الآخرين. احفظ كلمة المرور في مكان آمن.</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>اسم الدخول:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>تكرار كلمة المرور:</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The password {0}.</source>
        <translation>كلمة المرور {0}.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>The login must be one word.</source>
        <translation>يجب أن يكون اسم الدخول كلمة واحدة.</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation>كل أنواع السجلات</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>السجل:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>الإجراء:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(النظام)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Load &amp;older</source>
        <translation>&amp;تحميل الأقدم</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>&amp;فحص السلسلة</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash: shows whether any was changed, removed or inserted after it was written</source>
        <translation>إعادة حساب تجزئة كل قيد: يُظهر ما إذا كان أي قيد قد غُيّر أو حُذف أو أُدرج بعد كتابته</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>1 entry shown</source>
        <translation>عُرض قيد واحد</translation>
    </message>
    <message>
        <source>{n} entries shown</source>
        <translation>عُرض {n} قيد</translation>
    </message>
    <message>
        <source>; older ones remain</source>
        <translation>؛ وتبقى قيود أقدم</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>جارٍ فحص السلسلة…</translation>
    </message>
    <message>
        <source>The chain is intact: {n} entries checked, none changed, removed or inserted.</source>
        <translation>السلسلة سليمة: فُحص {n} قيد، ولم يُغيَّر أو يُحذف أو يُدرج أي منها.</translation>
    </message>
    <message>
        <source>No entry before it could be trusted.</source>
        <translation>لا يوجد قيد قبله يمكن الوثوق به.</translation>
    </message>
    <message>
        <source>The entry before it is intact.</source>
        <translation>القيد الذي قبله سليم.</translation>
    </message>
    <message>
        <source>The {n} entries before it are intact.</source>
        <translation>القيود الـ {n} التي قبله سليمة.</translation>
    </message>
    <message>
        <source>The chain is broken at entry {n}: {reason}.</source>
        <translation>السلسلة مكسورة عند القيد {n}: {reason}.</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Automation rule</source>
        <translation>قاعدة أتمتة</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>الحساب البنكي</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>قائمة المكونات</translation>
    </message>
    <message>
        <source>Bill of materials line</source>
        <translation>سطر قائمة المواد</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>تحديث التقدم</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Client merge</source>
        <translation>دمج العملاء</translation>
    </message>
    <message>
        <source>Client price terms</source>
        <translation>شروط أسعار العميل</translation>
    </message>
    <message>
        <source>Client tag</source>
        <translation>وسم العميل</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Contact channel</source>
        <translation>وسيلة اتصال</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>الصفقة</translation>
    </message>
    <message>
        <source>Deal line</source>
        <translation>سطر الصفقة</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Document layout</source>
        <translation>تخطيط المستند</translation>
    </message>
    <message>
        <source>Document line</source>
        <translation>سطر المستند</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>تفاعل</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>النتيجة الرئيسية</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>سبب الخسارة</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>التشغيلة</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <source>Payment allocation</source>
        <translation>تخصيص الدفعة</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>قائمة الأسعار</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Production order</source>
        <translation>أمر إنتاج</translation>
    </message>
    <message>
        <source>Production order line</source>
        <translation>سطر أمر الإنتاج</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Role permission</source>
        <translation>صلاحية الدور</translation>
    </message>
    <message>
        <source>Sales plan</source>
        <translation>خطة المبيعات</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>طلب خدمة</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Stock document line</source>
        <translation>سطر مستند المخزون</translation>
    </message>
    <message>
        <source>Stock document</source>
        <translation>مستند مخزون</translation>
    </message>
    <message>
        <source>Supplier&apos;s product</source>
        <translation>منتج المورد</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation>العنوان الفعلي</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>المُكلَّف</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>البنك</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>حد الائتمان</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>الخصم، %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>نوع المستند</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>الإغلاق المتوقع</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>زبون</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>العنوان القانوني</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>الاسم القانوني</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>الإجمالي بدون الضريبة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>تاريخ الدفع</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>مُرحّل</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>الاحتمالية</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>سعر الشراء</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>سعر البيع</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>بدأت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>المورد</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>To warehouse</source>
        <translation>إلى المستودع</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>تكلفة الوحدة</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>ألغى الاشتراك في الرسائل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>VAT mode</source>
        <translation>طريقة ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>نسبة ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>الوزن، كغ</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The connection “{0}” now opens {1}. Start Karavan again to work in it.</source>
        <translation>الاتصال “{0}” يفتح الآن {1}. شغّل Karavan مرة أخرى للعمل فيها.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Every day (at start when the last one is older)</source>
        <translation>يوميًا (عند بدء التشغيل إذا كانت آخر نسخة أقدم)</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>أسبوعيًا</translation>
    </message>
    <message>
        <source>Off: only on demand</source>
        <translation>متوقف: عند الطلب فقط</translation>
    </message>
    <message>
        <source>Encrypt backups with a password</source>
        <translation>تشفير النسخ الاحتياطية بكلمة مرور</translation>
    </message>
    <message>
        <source>Remember the password on this computer (system keyring), so scheduled backups can be encrypted</source>
        <translation>تذكّر كلمة المرور على هذا الحاسوب (سلسلة مفاتيح النظام)، حتى يمكن تشفير النسخ الاحتياطية المجدولة</translation>
    </message>
    <message>
        <source>Keep the password somewhere safe: a lost password means a lost backup. Nobody, not even Karavan&apos;s makers, can open it without the password.</source>
        <translation>احفظ كلمة المرور في مكان آمن: فقدان كلمة المرور يعني فقدان النسخة الاحتياطية. لا يستطيع أحد، ولا حتى مطورو Karavan، فتحها دون كلمة المرور.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>الجدولة:</translation>
    </message>
    <message>
        <source>Keep daily:</source>
        <translation>الاحتفاظ بالنسخ اليومية:</translation>
    </message>
    <message>
        <source>Keep monthly:</source>
        <translation>الاحتفاظ بالنسخ الشهرية:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>التكرار:</translation>
    </message>
    <message>
        <source>Settings of this computer for {db}</source>
        <translation>إعدادات هذا الحاسوب لـ {db}</translation>
    </message>
    <message>
        <source>Backups of this server need the PostgreSQL client tools: </source>
        <translation>تتطلب النسخ الاحتياطية لهذا الخادم أدوات عميل PostgreSQL: </translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>فحص</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>استعادة…</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>استعادة من ملف…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password is asked each time, and scheduled backups wait while encryption is on</source>
        <translation>لا توجد سلسلة مفاتيح نظام على هذا الحاسوب: تُطلب كلمة المرور في كل مرة، وتنتظر النسخ الاحتياطية المجدولة ما دام التشفير مفعّلًا</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>يجب أن تتكون كلمة المرور من {n} أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Settings saved. Scheduled backups wait until the password is kept on this computer; Back up now uses the password typed here.</source>
        <translation>حُفظت الإعدادات. تنتظر النسخ الاحتياطية المجدولة حتى تُحفظ كلمة المرور على هذا الحاسوب؛ يستخدم «نسخ احتياطي الآن» كلمة المرور المكتوبة هنا.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
    <message>
        <source>Type the password (twice) to make an encrypted backup.</source>
        <translation>اكتب كلمة المرور (مرتين) لإنشاء نسخة احتياطية مشفّرة.</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>كلمة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The password of {file}:</source>
        <translation>كلمة مرور {file}:</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>أُلغيت العملية: لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>اختر مجلدًا للنسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Backup made and checked: {file} ({size}, {rows} rows).</source>
        <translation>أُنشئت النسخة الاحتياطية وفُحصت: {file} ({size}، {rows} صف).</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>جارٍ فحص {file}…</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>لا يمكن قراءة {file}: {reason}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Karavan backups (*{ext})</source>
        <translation>نسخ Karavan الاحتياطية (*{ext})</translation>
    </message>
    <message>
        <source>a new file {0}</source>
        <translation>ملف جديد {0}</translation>
    </message>
    <message>
        <source>a new database {0} on the server</source>
        <translation>قاعدة بيانات جديدة {0} على الخادم</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Restore the backup made {when} ({rows} rows) into {where}?

The database you work in now is not changed; the restored one is checked against the backup first.</source>
        <translation>هل تريد استعادة النسخة الاحتياطية المُنشأة في {when} ({rows} صف) إلى {where}؟

لن تتغير قاعدة البيانات التي تعمل فيها الآن؛ تُفحص القاعدة المستعادة أولًا مقابل النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <source>Restored and verified into {target}: {tables} tables, {rows} rows.</source>
        <translation>تمت الاستعادة والتحقق في {target}: {tables} جدول، {rows} صف.</translation>
    </message>
    <message>
        <source>The restored database is ready and checked:
{target}

Switch this connection to it? Karavan then closes; start it again to work in the restored database. The old one is kept as it is.</source>
        <translation>قاعدة البيانات المستعادة جاهزة ومفحوصة:
{target}

هل تريد تحويل هذا الاتصال إليها؟ سيُغلق Karavan بعد ذلك؛ شغّله مرة أخرى للعمل في قاعدة البيانات المستعادة. تبقى القاعدة القديمة كما هي.</translation>
    </message>
</context>
<context>
    <name>BarcodeLine</name>
    <message>
        <source>Scan or type a barcode</source>
        <translation>امسح الباركود أو اكتبه</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>BomEditor</name>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Scrap %</source>
        <translation>الهالك %</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>e.g. standard, with oak legs</source>
        <translation>مثال: قياسي، بأرجل من خشب البلوط</translation>
    </message>
    <message>
        <source>How many units of the product one batch of these lines makes</source>
        <translation>عدد وحدات المنتج التي تنتجها تشغيلة واحدة من هذه البنود</translation>
    </message>
    <message>
        <source>Add a component, material or service: type its SKU or name</source>
        <translation>أضف مكوّنًا أو مادة أو خدمة: اكتب SKU أو الاسم</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>إزالة البند</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
    <message>
        <source>Where used…</source>
        <translation>أماكن الاستخدام…</translation>
    </message>
    <message>
        <source>Which bills use the component of the chosen line</source>
        <translation>القوائم التي تستخدم مكوّن البند المحدد</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Show the bill as it is saved now (your unsaved edits are dropped)</source>
        <translation>عرض القائمة كما هي محفوظة الآن (تُتجاهل تعديلاتك غير المحفوظة)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the bill (Ctrl+S)</source>
        <translation>حفظ القائمة (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;الاسم</translation>
    </message>
    <message>
        <source>&amp;Makes</source>
        <translation>&amp;تنتج</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>New bill for {name}</source>
        <translation>قائمة جديدة لـ {name}</translation>
    </message>
    <message>
        <source>not saved yet: a new version, not active until you activate it</source>
        <translation>لم تُحفظ بعد: إصدار جديد، غير نشط حتى تفعّله</translation>
    </message>
    <message>
        <source>not saved yet: add its lines and press Save</source>
        <translation>لم تُحفظ بعد: أضف بنودها واضغط «حفظ»</translation>
    </message>
    <message>
        <source>Version {no}</source>
        <translation>الإصدار {no}</translation>
    </message>
    <message>
        <source>active: production orders use it</source>
        <translation>نشط: تستخدمه أوامر الإنتاج</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>{unit} per batch</source>
        <translation>{unit} لكل تشغيلة</translation>
    </message>
    <message>
        <source>It is already on line {n}: change its quantity there.</source>
        <translation>موجود بالفعل في البند {n}: غيّر كميته هناك.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
    <message>
        <source>Line {n} ({what}) · {field}: {message}</source>
        <translation>البند {n} ({what}) · {field}: {message}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
</context>
<context>
    <name>BomLinesModel</name>
    <message>
        <source>is not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
</context>
<context>
    <name>BomsView</name>
    <message>
        <source>Search products with bills (SKU or name)</source>
        <translation>البحث في المنتجات ذات القوائم (SKU أو الاسم)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Only the first {n} are listed: type part of a name or SKU to find the others.</source>
        <translation>تُعرض أول {n} فقط: اكتب جزءًا من الاسم أو SKU للعثور على البقية.</translation>
    </message>
    <message>
        <source>Product to make: SKU or name</source>
        <translation>المنتج المراد تصنيعه: SKU أو الاسم</translation>
    </message>
    <message>
        <source>New bill</source>
        <translation>قائمة جديدة</translation>
    </message>
    <message>
        <source>Start a bill of materials for the product chosen beside</source>
        <translation>بدء قائمة مكونات للمنتج المختار بجانبها</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Every version of the bills the list shows (its search) to an Excel workbook</source>
        <translation>كل إصدارات القوائم المعروضة في القائمة (حسب البحث) إلى مصنف Excel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Makes</source>
        <translation>يُنتج</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>إصدار جديد</translation>
    </message>
    <message>
        <source>A copy of the chosen version, not active, to change</source>
        <translation>نسخة من الإصدار المحدد، غير نشطة، للتعديل</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>Production orders and MRP use the active version</source>
        <translation>تستخدم أوامر الإنتاج وتخطيط الاحتياجات من المواد الإصدار النشط</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>حذف الإصدار</translation>
    </message>
    <message>
        <source>Delete a version that is not active and no order was made from</source>
        <translation>حذف إصدار غير نشط ولم يُنشأ منه أي أمر</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Explosion</source>
        <translation>التفكيك</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Where used</source>
        <translation>أماكن الاستخدام</translation>
    </message>
    <message>
        <source>A bill of materials says what one batch of a product takes: materials, sub-assemblies made by their own bills, and labour or other services as cost lines.

Choose a product on the left to see its bill, or type a product to make under “Make a bill for a product” and press New bill.</source>
        <translation>تحدد قائمة المكونات ما تحتاجه تشغيلة واحدة من المنتج: المواد، والتجميعات الفرعية المصنّعة بقوائمها الخاصة، والعمالة أو الخدمات الأخرى كبنود تكلفة.

اختر منتجًا من القائمة الجانبية لرؤية قائمة مكوناته، أو اكتب منتجًا لتصنيعه في «إنشاء قائمة لمنتج» واضغط «قائمة جديدة».</translation>
    </message>
    <message>
        <source>Make a bill for a product:</source>
        <translation>إنشاء قائمة لمنتج:</translation>
    </message>
    <message>
        <source>bills of materials</source>
        <translation>قوائم المكونات</translation>
    </message>
    <message>
        <source>No product with a bill matches “{text}”.</source>
        <translation>لا يوجد منتج له قائمة يطابق “{text}”.</translation>
    </message>
    <message>
        <source>No bills of materials yet — choose a product below and press New bill.</source>
        <translation>لا توجد قوائم مكونات بعد — اختر منتجًا أدناه واضغط «قائمة جديدة».</translation>
    </message>
    <message>
        <source>Unsaved bill</source>
        <translation>قائمة غير محفوظة</translation>
    </message>
    <message>
        <source>The open bill has changes that are not saved. Drop them?</source>
        <translation>القائمة المفتوحة بها تغييرات غير محفوظة. هل تريد تجاهلها؟</translation>
    </message>
    <message>
        <source>version {no}</source>
        <translation>الإصدار {no}</translation>
    </message>
    <message>
        <source>(not active; the sub-assemblies by their active bills)</source>
        <translation>(غير نشط؛ التجميعات الفرعية حسب قوائمها النشطة)</translation>
    </message>
    <message>
        <source>Choose the product to make first: type its SKU or name.</source>
        <translation>اختر المنتج المراد تصنيعه أولًا: اكتب SKU أو الاسم.</translation>
    </message>
    <message>
        <source>{name} is a service: only goods kept in stock are made.</source>
        <translation>{name} خدمة: لا يُصنَّع إلا البضائع المحفوظة في المخزون.</translation>
    </message>
    <message>
        <source>Delete version {no} of this bill? This cannot be undone.</source>
        <translation>هل تريد حذف الإصدار {no} من هذه القائمة؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>BranchesDialog</name>
    <message>
        <source>Branches and departments</source>
        <translation>الفروع والأقسام</translation>
    </message>
    <message>
        <source>Add &amp;branch</source>
        <translation>إضافة &amp;فرع</translation>
    </message>
    <message>
        <source>Add &amp;department</source>
        <translation>إضافة &amp;قسم</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>الفروع</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Double-click a name (or press F2) to rename it. One branch is the head office: its people&apos;s “team” is every branch.</source>
        <translation>انقر نقرًا مزدوجًا على اسم (أو اضغط F2) لإعادة تسميته. أحد الفروع هو المقر الرئيسي: «فريق» موظفيه هو جميع الفروع.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Show the lists as they are saved now</source>
        <translation>عرض القوائم كما هي محفوظة الآن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The departments of {0}, and those of no branch.</source>
        <translation>أقسام {0}، والأقسام غير التابعة لأي فرع.</translation>
    </message>
    <message>
        <source>The departments of {0}.</source>
        <translation>أقسام {0}.</translation>
    </message>
    <message>
        <source>Departments that belong to no branch.</source>
        <translation>الأقسام غير التابعة لأي فرع.</translation>
    </message>
    <message>
        <source>Branch “{0}” saved.</source>
        <translation>حُفظ الفرع “{0}”.</translation>
    </message>
    <message>
        <source>Department “{0}” saved.</source>
        <translation>حُفظ القسم “{0}”.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+%n أخريان</numerusform>
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>All day</source>
        <translation>طوال اليوم</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>طوال اليوم</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسلة</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>معلقة</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متخطاة</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Every campaign with its recipients&apos; counts and cost, to an Excel workbook</source>
        <translation>كل الحملات مع أعداد مستلميها وتكلفتها، إلى مصنف Excel</translation>
    </message>
    <message>
        <source>Placeholders: {0}</source>
        <translation>العناصر النائبة: {0}</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>الاسم*</translation>
    </message>
    <message>
        <source>Segment*</source>
        <translation>الشريحة*</translation>
    </message>
    <message>
        <source>Subject*</source>
        <translation>الموضوع*</translation>
    </message>
    <message>
        <source>Body*</source>
        <translation>النص*</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Test send…</source>
        <translation>إرسال تجريبي…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>وقت الإرسال</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Export recipients…</source>
        <translation>تصدير المستلمين…</translation>
    </message>
    <message>
        <source>Every recipient of this campaign and what became of their e-mail, to an Excel workbook</source>
        <translation>كل مستلمي هذه الحملة وما آل إليه بريدهم، إلى مصنف Excel</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>هذه الحملة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>الحالة: {0}</translation>
    </message>
    <message>
        <source>Recipients: {0} sent, {1} failed, {2} skipped, {3} pending</source>
        <translation>المستلمون: {0} مُرسل، {1} فشل، {2} تم تخطيه، {3} قيد الانتظار</translation>
    </message>
    <message>
        <source>Recipients are taken from the segment when sending starts.</source>
        <translation>يُؤخذ المستلمون من الشريحة عند بدء الإرسال.</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>كلمة مرور SMTP</translation>
    </message>
    <message>
        <source>Password of {0} on {1}:</source>
        <translation>كلمة مرور {0} على {1}:</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>إرسال تجريبي</translation>
    </message>
    <message>
        <source>Send a test e-mail to:</source>
        <translation>إرسال بريد تجريبي إلى:</translation>
    </message>
    <message>
        <source>Test e-mail sent to {0}: {1}</source>
        <translation>أُرسل البريد التجريبي إلى {0}: {1}</translation>
    </message>
    <message>
        <source>Sent: {0} delivered, {1} refused.</source>
        <translation>أُرسلت: {0} تم تسليمها، {1} مرفوضة.</translation>
    </message>
    <message>
        <source>Paused: {0} delivered, {1} refused so far.</source>
        <translation>متوقفة مؤقتًا: {0} تم تسليمها، {1} مرفوضة حتى الآن.</translation>
    </message>
</context>
<context>
    <name>CancelTaskDialog</name>
    <message>
        <source>Cancel task</source>
        <translation>إلغاء المهمة</translation>
    </message>
    <message>
        <source>Cancel “{0}” due {1}?</source>
        <translation>هل تريد إلغاء “{0}” المستحقة في {1}؟</translation>
    </message>
    <message>
        <source>This task repeats: cancelling this occurrence creates the next one of the series.</source>
        <translation>هذه المهمة متكررة: إلغاء هذا التكرار يُنشئ التكرار التالي من السلسلة.</translation>
    </message>
    <message>
        <source>Optional, kept as the task&apos;s result</source>
        <translation>اختياري، يُحفظ كنتيجة للمهمة</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>اختر كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>Choose a new password: at least 8 characters, with letters and digits, and not your login.</source>
        <translation>اختر كلمة مرور جديدة: 8 أحرف على الأقل، تحتوي على حروف وأرقام، وليست اسم الدخول الخاص بك.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>كلمة المرور الحالية:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>تكرار كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>does not match the new password</source>
        <translation>لا يطابق كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>is not your current password</source>
        <translation>ليست كلمة مرورك الحالية</translation>
    </message>
    <message>
        <source>Could not change the password: {0}</source>
        <translation>تعذّر تغيير كلمة المرور: {0}</translation>
    </message>
</context>
<context>
    <name>ChangedBar</name>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Show their version; what you typed here is discarded</source>
        <translation>عرض نسختهم؛ ما كتبته هنا سيُتجاهل</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>Go on editing; saving will show both versions to choose from</source>
        <translation>متابعة التعديل؛ عند الحفظ ستُعرض النسختان للاختيار بينهما</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <source>Changed by {who} at {when} while you were editing — reload their version, or keep yours?</source>
        <translation>غيّره {who} في {when} أثناء تعديلك — هل تعيد تحميل نسختهم أم تبقي على نسختك؟</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation>فحص الصفوف</translation>
    </message>
    <message>
        <source>Nothing is saved yet. Correct rejected rows in the lower grid and check again, or save them as an Excel file with the reason in an Error column.</source>
        <translation>لم يُحفظ شيء بعد. صحّح الصفوف المرفوضة في الجدول السفلي وافحص مرة أخرى، أو احفظها كملف Excel مع السبب في عمود «خطأ».</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>فحص مرة أخرى</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>حفظ تقرير الأخطاء…</translation>
    </message>
    <message>
        <source>Rejected rows: double-click a cell to correct it, then Check again.</source>
        <translation>الصفوف المرفوضة: انقر نقرًا مزدوجًا على خلية لتصحيحها، ثم «فحص مرة أخرى».</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>{valid} of {rows} rows can be imported: {created} new {what}, {updated} updated.</source>
        <translation>يمكن استيراد {valid} من {rows} صف: {created} {what} جديد، {updated} محدَّث.</translation>
    </message>
    <message>
        <source>Rows with errors: {bad} (listed below, numbered as in Excel).</source>
        <translation>الصفوف التي بها أخطاء: {bad} (مدرجة أدناه، بنفس ترقيم Excel).</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>لا توجد أخطاء.</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>حفظ تقرير الأخطاء</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Rejected rows saved ({n}) to {path}.</source>
        <translation>حُفظت الصفوف المرفوضة ({n}) في {path}.</translation>
    </message>
</context>
<context>
    <name>ClerkPinsDialog</name>
    <message>
        <source>Clerk PINs</source>
        <translation>أرقام PIN لأمناء المستودع</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>مُعيّن</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير مُعيّن</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New &amp;PIN (4–8 digits):</source>
        <translation>رقم &amp;PIN الجديد (4–8 أرقام):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;أعد كتابته:</translation>
    </message>
    <message>
        <source>Set &amp;PIN</source>
        <translation>تعيين &amp;PIN</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>اختر مستخدمًا من القائمة أولًا.</translation>
    </message>
    <message>
        <source>the two PINs differ</source>
        <translation>رقما PIN مختلفان</translation>
    </message>
    <message>
        <source>The PIN of {name} is set.</source>
        <translation>تم تعيين رقم PIN لـ {name}.</translation>
    </message>
</context>
<context>
    <name>ClerkScreen</name>
    <message>
        <source>F5 Receipt · F6 Shipment picking · F7 Inventory count · F8 Next warehouse · F2 Switch clerk · F10 Post · Esc Leave.   Quantity: type 5* and then scan.</source>
        <translation>F5 استلام · F6 تجهيز شحنة · F7 جرد · F8 المستودع التالي · F2 تبديل أمين المستودع · F10 ترحيل · Esc خروج.   الكمية: اكتب 5* ثم امسح.</translation>
    </message>
    <message>
        <source>Scan a barcode (5* before it for 5 pieces)</source>
        <translation>امسح باركود (اكتب 5* قبله لـ 5 قطع)</translation>
    </message>
    <message>
        <source>Wait: the last scans are still being saved.</source>
        <translation>انتظر: لا يزال حفظ آخر عمليات المسح جاريًا.</translation>
    </message>
    <message>
        <source>No draft shipment {number} in this warehouse.</source>
        <translation>لا توجد شحنة مسودة {number} في هذا المستودع.</translation>
    </message>
    <message>
        <source>“{text}” is not a quantity and a code. Type 5* and then scan.</source>
        <translation>“{text}” ليس كمية ورمزًا. اكتب 5* ثم امسح.</translation>
    </message>
    <message>
        <source>Choose what you are doing first: F5 Receipt, F6 Shipment picking, F7 Inventory count. Not saved: {code}</source>
        <translation>اختر ما تقوم به أولًا: F5 استلام، F6 تجهيز شحنة، F7 جرد. لم يُحفظ: {code}</translation>
    </message>
    <message>
        <source>Not saved: {code}</source>
        <translation>لم يُحفظ: {code}</translation>
    </message>
    <message>
        <source>There is no warehouse. Not saved: {code}</source>
        <translation>لا يوجد مستودع. لم يُحفظ: {code}</translation>
    </message>
    <message>
        <source>Clerk: {name}</source>
        <translation>أمين المستودع: {name}</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>للتجهيز</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>تم تجهيزه</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>شحن</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>التشغيلة</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>الدفتري</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>{code} · exp. {date}</source>
        <translation>{code} · ينتهي {date}</translation>
    </message>
    <message>
        <source>RECEIPT</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>SHIPMENT PICKING</source>
        <translation>تجهيز شحنة</translation>
    </message>
    <message>
        <source>INVENTORY COUNT</source>
        <translation>جرد</translation>
    </message>
    <message>
        <source>Warehouse: {name}</source>
        <translation>المستودع: {name}</translation>
    </message>
    <message>
        <source>Choose a mode: F5 / F6 / F7</source>
        <translation>اختر وضعًا: F5 / F6 / F7</translation>
    </message>
    <message>
        <source>Document {number} · draft saved at every scan</source>
        <translation>المستند {number} · تُحفظ المسودة عند كل مسح</translation>
    </message>
    <message>
        <source>Scan or type the shipment number</source>
        <translation>امسح رقم الشحنة أو اكتبه</translation>
    </message>
    <message>
        <source>A new draft starts with the first scan</source>
        <translation>تبدأ مسودة جديدة مع أول مسح</translation>
    </message>
    <message>
        <source>F5 Receipt   ·   F6 Shipment picking   ·   F7 Inventory count</source>
        <translation>F5 استلام   ·   F6 تجهيز شحنة   ·   F7 جرد</translation>
    </message>
    <message>
        <source>No draft shipments to pick in this warehouse.</source>
        <translation>لا توجد شحنات مسودة للتجهيز في هذا المستودع.</translation>
    </message>
    <message>
        <source>Nothing scanned yet.</source>
        <translation>لم يُمسح شيء بعد.</translation>
    </message>
    <message>
        <source>{name} is scanning now.</source>
        <translation>{name} يقوم بالمسح الآن.</translation>
    </message>
    <message>
        <source>There is nothing to post yet.</source>
        <translation>لا يوجد شيء للترحيل بعد.</translation>
    </message>
    <message>
        <source>Post {number} now? Stock will change.</source>
        <translation>هل تريد ترحيل {number} الآن؟ سيتغير المخزون.</translation>
    </message>
    <message>
        <source>Posted {number}.</source>
        <translation>تم ترحيل {number}.</translation>
    </message>
    <message>
        <source>Leave the clerk screen? Everything scanned is saved in the draft.</source>
        <translation>هل تريد مغادرة شاشة أمين المستودع؟ كل ما مُسح محفوظ في المسودة.</translation>
    </message>
    <message>
        <source>Some scans are still being saved. Leave anyway?</source>
        <translation>لا يزال حفظ بعض عمليات المسح جاريًا. هل تريد المغادرة على أي حال؟</translation>
    </message>
</context>
<context>
    <name>ClerkSwitchDialog</name>
    <message>
        <source>Switch clerk</source>
        <translation>تبديل أمين المستودع</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>اسم الدخول:</translation>
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
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Who changed this client, when, and what</source>
        <translation>من غيّر هذا العميل، ومتى، وماذا</translation>
    </message>
    <message>
        <source>e.g. OGRN, KPP, trade register number</source>
        <translation>مثال: OGRN، KPP، رقم السجل التجاري</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>اتصال بارد</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>معرض</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>إعلان</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>الشبكات الاجتماعية</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>منصة تسوق إلكترونية</translation>
    </message>
    <message>
        <source>Returning client</source>
        <translation>عميل عائد</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <source>The language quotes, invoices and other documents for this client print in</source>
        <translation>اللغة التي تطبع بها عروض الأسعار والفواتير وسائر مستندات هذا العميل</translation>
    </message>
    <message>
        <source>Company default</source>
        <translation>افتراضي الشركة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>الاسم*</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>الاسم القانوني</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <source>Registration numbers</source>
        <translation>أرقام التسجيل</translation>
    </message>
    <message>
        <source>Documents language</source>
        <translation>لغة المستندات</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Contacts &amp;&amp; channels</source>
        <translation>جهات الاتصال &amp;&amp; القنوات</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>العناوين</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>الحسابات البنكية</translation>
    </message>
    <message>
        <source>Save the client to start its timeline.</source>
        <translation>احفظ العميل لبدء خطه الزمني.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Calls, meetings, notes, tasks, deals and requests (Ctrl+L logs a call)</source>
        <translation>المكالمات والاجتماعات والملاحظات والمهام والصفقات والطلبات (Ctrl+L لتسجيل مكالمة)</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>لم يُحمَّل</translation>
    </message>
    <message>
        <source>The client could not be loaded.</source>
        <translation>تعذّر تحميل العميل.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>— not saved yet</source>
        <translation>— لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>changed by {who} at {when}</source>
        <translation>غيّره {who} في {when}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Bring the client back to everyday lists</source>
        <translation>إعادة العميل إلى القوائم اليومية</translation>
    </message>
    <message>
        <source>Hide the client from everyday lists; history is kept</source>
        <translation>إخفاء العميل من القوائم اليومية؛ يُحتفظ بالسجل</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>العميل: {name}</translation>
    </message>
    <message>
        <source>New client: {name}</source>
        <translation>عميل جديد: {name}</translation>
    </message>
    <message>
        <source>Client #{id}</source>
        <translation>العميل #{id}</translation>
    </message>
    <message>
        <source>Your role does not show the timeline.</source>
        <translation>دورك لا يتيح عرض الخط الزمني.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>طلبات الخدمة</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>الأسعار</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>التسويق</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>· this client no longer exists (it was merged or deleted)</source>
        <translation>· هذا العميل لم يعد موجودًا (دُمج أو حُذف)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>تجاهل التغييرات؟</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes. Save them before closing?</source>
        <translation>“{name}” به تغييرات غير محفوظة. هل تريد حفظها قبل الإغلاق؟</translation>
    </message>
</context>
<context>
    <name>ClientDocumentsPanel</name>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>المفوتر</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>Unallocated credit</source>
        <translation>رصيد دائن غير مخصص</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>حد الائتمان</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>فاتورة جديدة</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <source>Register payment…</source>
        <translation>تسجيل دفعة…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Credit limit…</source>
        <translation>حد الائتمان…</translation>
    </message>
    <message>
        <source>The most this client may owe (empty: no limit); set by users who may confirm beyond it</source>
        <translation>أقصى مبلغ يمكن أن يكون مستحقًا على هذا العميل (فارغ: بلا حد)؛ يضبطه المستخدمون المسموح لهم بالتأكيد بما يتجاوزه</translation>
    </message>
    <message>
        <source>Reconciliation statement…</source>
        <translation>كشف مطابقة الحساب…</translation>
    </message>
    <message>
        <source>The statement of mutual settlements for the period, as PDF</source>
        <translation>كشف التسويات المتبادلة للفترة، بصيغة PDF</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>No documents for this client yet.</source>
        <translation>لا توجد مستندات لهذا العميل بعد.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>The balance is over the credit limit by {0}.</source>
        <translation>يتجاوز الرصيد حد الائتمان بمقدار {0}.</translation>
    </message>
    <message>
        <source>Reconciliation statement: {0}</source>
        <translation>كشف مطابقة الحساب: {0}</translation>
    </message>
</context>
<context>
    <name>ClientMarketingPanel</name>
    <message>
        <source>Does not want campaign e-mails (unsubscribed)</source>
        <translation>لا يرغب في رسائل الحملات (ألغى الاشتراك)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>معلقة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسلة</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متخطاة</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>وقت الإرسال</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>No campaigns were sent to this client yet.</source>
        <translation>لم تُرسل أي حملات إلى هذا العميل بعد.</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>جاء من</translation>
    </message>
    <message>
        <source>campaign «{0}»</source>
        <translation>الحملة «{0}»</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Type to search suppliers…</source>
        <translation>اكتب للبحث عن الموردين…</translation>
    </message>
    <message>
        <source>Type to search clients…</source>
        <translation>اكتب للبحث عن العملاء…</translation>
    </message>
</context>
<context>
    <name>ClientPricingPanel</name>
    <message>
        <source>explicit price</source>
        <translation>سعر محدد</translation>
    </message>
    <message>
        <source>list rule</source>
        <translation>قاعدة القائمة</translation>
    </message>
    <message>
        <source>product&apos;s sale price</source>
        <translation>سعر بيع المنتج</translation>
    </message>
    <message>
        <source>Save pricing</source>
        <translation>حفظ التسعير</translation>
    </message>
    <message>
        <source>SKU, then Enter</source>
        <translation>SKU، ثم Enter</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>قائمة الأسعار</translation>
    </message>
    <message>
        <source>Personal discount, %</source>
        <translation>الخصم الشخصي، %</translation>
    </message>
    <message>
        <source>Sample price</source>
        <translation>سعر تجريبي</translation>
    </message>
    <message>
        <source>{name} (base)</source>
        <translation>{name} (الأساسية)</translation>
    </message>
    <message>
        <source>{name} (archived: base prices apply)</source>
        <translation>{name} (مؤرشفة: تُطبق الأسعار الأساسية)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>No product with this SKU.</source>
        <translation>لا يوجد منتج بهذا SKU.</translation>
    </message>
    <message>
        <source>{name}: {price}&#xa0;{cur} on “{list}” ({source}) −&#xa0;{discount}&#xa0;% = {final}&#xa0;{cur}</source>
        <translation>{name}: {price} {cur} في “{list}” ({source}) − {discount} % = {final} {cur}</translation>
    </message>
</context>
<context>
    <name>ClientRequestsPanel</name>
    <message>
        <source>New request</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Every request of this client to an Excel workbook</source>
        <translation>كل طلبات هذا العميل إلى مصنف Excel</translation>
    </message>
    <message>
        <source>No service requests from this client.</source>
        <translation>لا توجد طلبات خدمة من هذا العميل.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n طلب</numerusform>
            <numerusform>%n طلب</numerusform>
            <numerusform>%n طلبان</numerusform>
            <numerusform>%n طلبات</numerusform>
            <numerusform>%n طلبًا</numerusform>
            <numerusform>%n طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>service requests</source>
        <translation>طلبات الخدمة</translation>
    </message>
</context>
<context>
    <name>ClientsWorkspace</name>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>New client (Ctrl+N)</source>
        <translation>عميل جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the selected client (Enter)</source>
        <translation>فتح العميل المحدد (Enter)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <source>Positions…</source>
        <translation>المناصب…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Search by name, phone, e-mail, tax ID…</source>
        <translation>البحث بالاسم أو الهاتف أو البريد الإلكتروني أو الرقم الضريبي…</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>كل الأدوار</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>جميع المسؤولين</translation>
    </message>
    <message>
        <source>Clients: {0}</source>
        <translation>العملاء: {0}</translation>
    </message>
    <message>
        <source>Nothing matches “{0}”.</source>
        <translation>لا شيء يطابق “{0}”.</translation>
    </message>
    <message>
        <source>No clients match these filters.</source>
        <translation>لا يوجد عملاء يطابقون عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>No clients yet.
Press Ctrl+N to add the first one.</source>
        <translation>لا يوجد عملاء بعد.
اضغط Ctrl+N لإضافة أول عميل.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>العملاء</translation>
    </message>
</context>
<context>
    <name>ComingLaterPage</name>
    <message>
        <source>This area is coming in a later version of Karavan.</source>
        <translation>سيتوفر هذا القسم في إصدار لاحق من Karavan.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Welcome to Karavan</source>
        <translation>مرحبًا بك في Karavan</translation>
    </message>
    <message>
        <source>This database is new. Tell Karavan whose it is; you can change it later.</source>
        <translation>قاعدة البيانات هذه جديدة. أخبر Karavan لمن تعود؛ يمكنك تغيير ذلك لاحقًا.</translation>
    </message>
    <message>
        <source>e.g. Caravan Trading LLC</source>
        <translation>مثال: شركة القافلة للتجارة ذ.م.م</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>اسم الشركة:</translation>
    </message>
</context>
<context>
    <name>CompanySettingsDialog</name>
    <message>
        <source>Company settings</source>
        <translation>إعدادات الشركة</translation>
    </message>
    <message>
        <source>Prices exclude VAT (VAT is added on top)</source>
        <translation>الأسعار لا تشمل ضريبة القيمة المضافة (تُضاف الضريبة عليها)</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>الأسعار شاملة ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>Solar Hijri (1405/09/12)</source>
        <translation>هجري شمسي (1405/09/12)</translation>
    </message>
    <message>
        <source>Gregorian (2026/12/03)</source>
        <translation>ميلادي (2026/12/03)</translation>
    </message>
    <message>
        <source>The calendar documents printed in Persian are dated in</source>
        <translation>التقويم الذي تؤرخ به المستندات المطبوعة بالفارسية</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Empty: the standard contract text. Fields: {number}, {date}, {company}, {company_tax_id}, {company_address}, {director}, {client}, {client_tax_id}, {total}, {currency}, {total_words}, {payment_days}</source>
        <translation>فارغ: نص العقد القياسي. الحقول: {number}، {date}، {company}، {company_tax_id}، {company_address}، {director}، {client}، {client_tax_id}، {total}، {currency}، {total_words}، {payment_days}</translation>
    </message>
    <message>
        <source>{prefix} (INV, ORD…), {series}, {year} and {seq} (the running number; {seq:06d} pads it to six digits)</source>
        <translation>{prefix} (INV، ORD…)، {series}، {year} و{seq} (الرقم التسلسلي؛ {seq:06d} يكمله بالأصفار إلى ستة أرقام)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>الختم</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>الاسم*</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>الاسم القانوني</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <source>Registration numbers</source>
        <translation>أرقام التسجيل</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>العنوان القانوني</translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation>العنوان الفعلي</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Requisites</source>
        <translation>البيانات الرسمية</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>البنك</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>BIC / SWIFT</source>
        <translation>BIC / SWIFT</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>المدير العام</translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation>رئيس الحسابات</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Persian documents dated in</source>
        <translation>تقويم المستندات الفارسية</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>تنسيق الترقيم</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>رقم نموذجي</translation>
    </message>
    <message>
        <source>Payment within</source>
        <translation>الدفع خلال</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>التذييل</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>The text a contract prints, with fields in braces filled in for the client; a blank line starts a new paragraph. An unknown field prints as typed.</source>
        <translation>النص الذي يطبعه العقد، مع ملء الحقول بين الأقواس المعقوصة ببيانات العميل؛ السطر الفارغ يبدأ فقرة جديدة. الحقل غير المعروف يُطبع كما كُتب.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>العقد</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Cannot be used: {0}</source>
        <translation>لا يمكن استخدامه: {0}</translation>
    </message>
</context>
<context>
    <name>CompleteQuantityDialog</name>
    <message>
        <source>Complete {number}</source>
        <translation>إنجاز {number}</translation>
    </message>
    <message>
        <source>Left to make: {left} {unit}. Completing posts the components&apos; consumption and the output into stock; a part leaves the order in progress.</source>
        <translation>المتبقي للتصنيع: {left} {unit}. يؤدي الإنجاز إلى ترحيل استهلاك المكونات والناتج إلى المخزون؛ الإنجاز الجزئي يُبقي الأمر قيد التنفيذ.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>إنجاز</translation>
    </message>
    <message>
        <source>Made now:</source>
        <translation>المُنتَج الآن:</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete: {0}</source>
        <translation>إنجاز: {0}</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>كيف سارت الأمور؟</translation>
    </message>
    <message>
        <source>Create follow-up</source>
        <translation>إنشاء متابعة</translation>
    </message>
    <message>
        <source>Follow-up: {0}</source>
        <translation>متابعة: {0}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>إنجاز</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The client was changed by someone else</source>
        <translation>غيّر شخص آخر بيانات العميل</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <source>Changed by {who} at {when}. Choose which value to keep for each field.</source>
        <translation>غيّره {who} في {when}. اختر القيمة التي تريد الاحتفاظ بها لكل حقل.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>قيمتهم</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الاحتفاظ</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>الاحتفاظ بقيمتهم</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>Your values are the same as theirs.</source>
        <translation>قيمك مطابقة لقيمهم.</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>الحفظ بهذه الاختيارات</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>إعادة تحميل نسختهم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection to the server lost — reconnecting… What you type is kept; nothing is saved until the connection is back.</source>
        <translation>انقطع الاتصال بالخادم — جارٍ إعادة الاتصال… ما تكتبه محفوظ؛ لن يُحفظ شيء حتى يعود الاتصال.</translation>
    </message>
    <message>
        <source>Reconnected. Lists are being refreshed; save again anything that was not saved.</source>
        <translation>أُعيد الاتصال. جارٍ تحديث القوائم؛ احفظ مرة أخرى أي شيء لم يُحفظ.</translation>
    </message>
</context>
<context>
    <name>ConversionView</name>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>The stages and the lost reasons of this period to an Excel workbook</source>
        <translation>المراحل وأسباب الخسارة لهذه الفترة إلى مصنف Excel</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>the conversion</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>دخلت</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>انتقلت</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>رابحة</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>خاسرة</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>أسباب الخسارة</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>الصفقات</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(بدون سبب)</translation>
    </message>
    <message>
        <source>Deals entering each stage</source>
        <translation>الصفقات الداخلة إلى كل مرحلة</translation>
    </message>
</context>
<context>
    <name>CurrencyRatesDialog</name>
    <message>
        <source>Currency rates</source>
        <translation>أسعار صرف العملات</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ساري من</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <source>e.g. 1.0845</source>
        <translation>مثال: 1.0845</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>إضافة سعر صرف</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>Units of {0} for one unit of the currency, from the date on (a document takes the latest rate on or before its date).</source>
        <translation>وحدات {0} مقابل وحدة واحدة من العملة، اعتبارًا من التاريخ (يأخذ المستند آخر سعر في تاريخه أو قبله).</translation>
    </message>
    <message>
        <source>Replace that day&apos;s rate</source>
        <translation>استبدال سعر ذلك اليوم</translation>
    </message>
</context>
<context>
    <name>CustomiseDialog</name>
    <message>
        <source>Customise dashboard</source>
        <translation>تخصيص لوحة المعلومات</translation>
    </message>
    <message>
        <source>Tick the tiles to show; drag them, or use Up and Down, to change their order.</source>
        <translation>حدّد المربعات المراد عرضها؛ اسحبها، أو استخدم «لأعلى» و«لأسفل»، لتغيير ترتيبها.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>لأعلى</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>لأسفل</translation>
    </message>
</context>
<context>
    <name>DashboardWorkspace</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Refresh every tile (F5)</source>
        <translation>تحديث كل المربعات (F5)</translation>
    </message>
    <message>
        <source>Customise…</source>
        <translation>تخصيص…</translation>
    </message>
    <message>
        <source>Refresh dashboard</source>
        <translation>تحديث لوحة المعلومات</translation>
    </message>
    <message>
        <source>No tiles chosen. Use Customise… to pick what the dashboard shows.</source>
        <translation>لم تُختر أي مربعات. استخدم «تخصيص…» لاختيار ما تعرضه لوحة المعلومات.</translation>
    </message>
    <message>
        <source>Could not read your dashboard layout; showing every tile.</source>
        <translation>تعذّرت قراءة تخطيط لوحة المعلومات الخاصة بك؛ تُعرض كل المربعات.</translation>
    </message>
</context>
<context>
    <name>DealCardModel</name>
    <message>
        <source>In this stage: {0}</source>
        <translation>في هذه المرحلة: {0}</translation>
    </message>
    <message>
        <source>The expected close date has passed</source>
        <translation>تجاوز تاريخ الإغلاق المتوقع</translation>
    </message>
    <message>
        <source>A task for this deal is overdue</source>
        <translation>توجد مهمة متأخرة لهذه الصفقة</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>صفقة جديدة</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>الصفقة</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بدون تاريخ</translation>
    </message>
    <message>
        <source>Title*</source>
        <translation>العنوان*</translation>
    </message>
    <message>
        <source>Client*</source>
        <translation>العميل*</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>الإغلاق المتوقع</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Probability, %</source>
        <translation>الاحتمالية، %</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>تسجيل تفاعل…</translation>
    </message>
    <message>
        <source>Record a call, meeting, e-mail or note about this deal</source>
        <translation>تسجيل مكالمة أو اجتماع أو بريد إلكتروني أو ملاحظة عن هذه الصفقة</translation>
    </message>
    <message>
        <source>Create quote</source>
        <translation>إنشاء عرض سعر</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>إنشاء طلب</translation>
    </message>
    <message>
        <source>A draft from the saved deal&apos;s client and product lines</source>
        <translation>مسودة من عميل الصفقة المحفوظة وبنود منتجاتها</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>سجل التغييرات…</translation>
    </message>
    <message>
        <source>Every change to this deal: who, when and what</source>
        <translation>كل تغيير على هذه الصفقة: من، ومتى، وماذا</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>SKU or barcode, then Enter</source>
        <translation>SKU أو الباركود، ثم Enter</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>إزالة البند</translation>
    </message>
    <message>
        <source>No products: the deal&apos;s amount is typed on the Deal tab. Type a SKU and press Enter to add a line priced for the client.</source>
        <translation>لا توجد منتجات: يُكتب مبلغ الصفقة في تبويب «الصفقة». اكتب SKU واضغط Enter لإضافة بند مسعّر للعميل.</translation>
    </message>
    <message>
        <source>Type a product&apos;s SKU or barcode first.</source>
        <translation>اكتب SKU المنتج أو الباركود أولًا.</translation>
    </message>
    <message>
        <source>No product with the SKU or barcode “{0}”.</source>
        <translation>لا يوجد منتج بـ SKU أو باركود “{0}”.</translation>
    </message>
    <message>
        <source>The sum of the product lines</source>
        <translation>مجموع بنود المنتجات</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>الإجمالي: {0}</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Deal: {0}</source>
        <translation>الصفقة: {0}</translation>
    </message>
    <message>
        <source>Stage default: {0} %</source>
        <translation>افتراضي المرحلة: {0} %</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
    <message>
        <source>Documents made from this deal and from each other; Create quote or Create order starts the chain.</source>
        <translation>المستندات المُنشأة من هذه الصفقة ومن بعضها البعض؛ يبدأ «إنشاء عرض سعر» أو «إنشاء طلب» السلسلة.</translation>
    </message>
    <message>
        <source>Their changes are filled in where you had not changed a field. Check, then save again.</source>
        <translation>مُلئت تغييراتهم حيث لم تكن قد غيّرت الحقل. تحقق، ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>Products: see the Products tab</source>
        <translation>المنتجات: انظر تبويب «المنتجات»</translation>
    </message>
    <message>
        <source>product</source>
        <translation>منتج</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>Line {0}, {1}: {2}</source>
        <translation>البند {0}، {1}: {2}</translation>
    </message>
</context>
<context>
    <name>DealHistoryView</name>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>The stage changes to an Excel workbook</source>
        <translation>تغييرات المراحل إلى مصنف Excel</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>تغييرات المراحل</translation>
    </message>
    <message>
        <source>Time in each stage</source>
        <translation>الوقت في كل مرحلة</translation>
    </message>
    <message>
        <source>the deal&apos;s history</source>
        <translation>سجل الصفقة</translation>
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
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>الخصم، %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
</context>
<context>
    <name>DealListView</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>الاحتمالية</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>المرجّح</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>الإغلاق المتوقع</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>الأيام في المرحلة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>An open task is past due</source>
        <translation>توجد مهمة مفتوحة تجاوزت موعدها</translation>
    </message>
    <message>
        <source>No deals match the filters.</source>
        <translation>لا توجد صفقات تطابق عوامل التصفية.</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>The deals the list shows (its filters and sort), to an Excel workbook</source>
        <translation>الصفقات المعروضة في القائمة (حسب عوامل التصفية والترتيب)، إلى مصنف Excel</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>الصفقات</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n صفقة</numerusform>
            <numerusform>%n صفقة</numerusform>
            <numerusform>%n صفقتان</numerusform>
            <numerusform>%n صفقات</numerusform>
            <numerusform>%n صفقة</numerusform>
            <numerusform>%n صفقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>By payment terms</source>
        <translation>حسب شروط الدفع</translation>
    </message>
    <message>
        <source>The document date plus the company&apos;s payment days</source>
        <translation>تاريخ المستند مضافًا إليه أيام الدفع المعتمدة في الشركة</translation>
    </message>
    <message>
        <source>from the rates table</source>
        <translation>من جدول أسعار الصرف</translation>
    </message>
    <message>
        <source>Prices exclude VAT</source>
        <translation>الأسعار لا تشمل ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>الأسعار شاملة ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>The language the document prints in</source>
        <translation>اللغة التي يطبع بها المستند</translation>
    </message>
    <message>
        <source>The client&apos;s language</source>
        <translation>لغة العميل</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>سعر الصرف:</translation>
    </message>
    <message>
        <source>Client*</source>
        <translation>العميل*</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>Warehouse*</source>
        <translation>المستودع*</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Prints in</source>
        <translation>لغة الطباعة</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>السلسلة</translation>
    </message>
    <message>
        <source>Add a product or service: type its SKU or name, Enter</source>
        <translation>أضف منتجًا أو خدمة: اكتب SKU أو الاسم، ثم Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Line without product</source>
        <translation>بند بدون منتج</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>إزالة البند</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>حفظ المسودة</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Cancel document</source>
        <translation>إلغاء المستند</translation>
    </message>
    <message>
        <source>Create from…</source>
        <translation>إنشاء من…</translation>
    </message>
    <message>
        <source>Register payment…</source>
        <translation>تسجيل دفعة…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Show the document as it is saved now (your unsaved edits are dropped)</source>
        <translation>عرض المستند كما هو محفوظ الآن (تُتجاهل تعديلاتك غير المحفوظة)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>إرسال بالبريد الإلكتروني…</translation>
    </message>
    <message>
        <source>E-mail the PDF to the client; logged on the client&apos;s timeline</source>
        <translation>إرسال ملف PDF بالبريد الإلكتروني إلى العميل؛ يُسجَّل في الخط الزمني للعميل</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>تعليم كمُرسل</translation>
    </message>
    <message>
        <source>Printed and handed over: from now on the document is locked</source>
        <translation>طُبع وسُلّم: من الآن فصاعدًا المستند مقفل</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>The document as saved</source>
        <translation>المستند كما هو محفوظ</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>حفظ المسودة (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save, take the number and make it count (Ctrl+Enter)</source>
        <translation>حفظ وأخذ رقم واعتماد المستند (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Supplier*</source>
        <translation>المورد*</translation>
    </message>
    <message>
        <source>Receive into*</source>
        <translation>الاستلام في*</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>outstanding {0}</source>
        <translation>المتبقي {0}</translation>
    </message>
    <message>
        <source>sent {0}</source>
        <translation>أُرسل {0}</translation>
    </message>
    <message>
        <source>deal: {0}</source>
        <translation>الصفقة: {0}</translation>
    </message>
    <message>
        <source>Not linked to other documents yet; those made from it appear here.</source>
        <translation>غير مرتبط بمستندات أخرى بعد؛ تظهر هنا المستندات المُنشأة منه.</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <source>on</source>
        <translation>على</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>VAT {0} %</source>
        <translation>ضريبة القيمة المضافة {0} %</translation>
    </message>
    <message>
        <source>Lines without a price are left out until saved.</source>
        <translation>البنود التي بلا سعر لا تُحتسب حتى الحفظ.</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode “{code}”.</source>
        <translation>لا يوجد منتج بـ SKU أو باركود “{code}”.</translation>
    </message>
    <message>
        <source>choose a client from the list</source>
        <translation>اختر عميلًا من القائمة</translation>
    </message>
    <message>
        <source>Line {n} ({what}): {message}</source>
        <translation>البند {n} ({what}): {message}</translation>
    </message>
    <message>
        <source>Cancel {kind} {number}? It keeps its number and stays in the list as cancelled; what confirming did is undone.</source>
        <translation>هل تريد إلغاء {kind} {number}؟ سيحتفظ برقمه ويبقى في القائمة كملغى؛ ويُتراجع عن أثر التأكيد.</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(مسودة)</translation>
    </message>
    <message>
        <source>{title} · not saved yet</source>
        <translation>{title} · لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>تم الحفظ في {0}</translation>
    </message>
</context>
<context>
    <name>DocumentLayoutsDialog</name>
    <message>
        <source>Document layouts</source>
        <translation>تخطيطات المستندات</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Stamp and signature</source>
        <translation>الختم والتوقيع</translation>
    </message>
    <message>
        <source>SKU column</source>
        <translation>عمود SKU</translation>
    </message>
    <message>
        <source>Discount column</source>
        <translation>عمود الخصم</translation>
    </message>
    <message>
        <source>VAT column and VAT totals</source>
        <translation>عمود الضريبة وإجماليات الضريبة</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>البيانات البنكية</translation>
    </message>
    <message>
        <source>Left of the company block</source>
        <translation>يسار كتلة بيانات الشركة</translation>
    </message>
    <message>
        <source>Right of the company block</source>
        <translation>يمين كتلة بيانات الشركة</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> مم</translation>
    </message>
    <message>
        <source>empty: the type&apos;s usual title</source>
        <translation>فارغ: العنوان المعتاد لهذا النوع</translation>
    </message>
    <message>
        <source>empty: the company&apos;s document footer</source>
        <translation>فارغ: تذييل مستندات الشركة</translation>
    </message>
    <message>
        <source>What prints</source>
        <translation>ما يُطبع</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>نوع المستند</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>الهوامش</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>التذييل</translation>
    </message>
    <message>
        <source>The preview uses the latest document of the type, or a sample one; Save stores the layouts of every type you changed.</source>
        <translation>تستخدم المعاينة أحدث مستند من هذا النوع، أو مستندًا نموذجيًا؛ يحفظ «حفظ» تخطيطات كل الأنواع التي غيّرتها.</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>جارٍ إنشاء المعاينة…</translation>
    </message>
    <message numerus="yes">
        <source>Preview — {0}, %n page(s)</source>
        <translation>
            <numerusform>معاينة — {0}، %n صفحة</numerusform>
            <numerusform>معاينة — {0}، %n صفحة</numerusform>
            <numerusform>معاينة — {0}، %n صفحة</numerusform>
            <numerusform>معاينة — {0}، %n صفحة</numerusform>
            <numerusform>معاينة — {0}، %n صفحة</numerusform>
            <numerusform>معاينة — {0}، %n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: correct the highlighted fields.</source>
        <translation>لا توجد معاينة: صحّح الحقول المميّزة.</translation>
    </message>
</context>
<context>
    <name>DocumentLinesModel</name>
    <message>
        <source>is not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
</context>
<context>
    <name>DocumentsWorkspace</name>
    <message>
        <source>Save PDFs into</source>
        <translation>حفظ ملفات PDF في</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Create from</source>
        <translation>إنشاء من</translation>
    </message>
    <message>
        <source>Register payment</source>
        <translation>تسجيل دفعة</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>فتح العميل</translation>
    </message>
    <message>
        <source>Save PDFs…</source>
        <translation>حفظ ملفات PDF…</translation>
    </message>
    <message>
        <source>Save the selected documents as PDF files into a folder (Ctrl or Shift + click selects several)</source>
        <translation>حفظ المستندات المحددة كملفات PDF في مجلد (Ctrl أو Shift + نقرة لتحديد عدة مستندات)</translation>
    </message>
    <message>
        <source>Print selected…</source>
        <translation>طباعة المحدد…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Export the documents the list shows to Excel (Ctrl+E)</source>
        <translation>تصدير المستندات المعروضة في القائمة إلى Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Search number or client…</source>
        <translation>البحث برقم أو عميل…</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>No documents match the filters. Make one with New, or from a deal (Create quote / Create order).</source>
        <translation>لا توجد مستندات تطابق عوامل التصفية. أنشئ مستندًا باستخدام «جديد»، أو من صفقة («إنشاء عرض سعر» / «إنشاء طلب»).</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n مستند</numerusform>
            <numerusform>%n مستند</numerusform>
            <numerusform>%n مستندان</numerusform>
            <numerusform>%n مستندات</numerusform>
            <numerusform>%n مستندًا</numerusform>
            <numerusform>%n مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved or printed</source>
        <translation>أُلغيت العملية: لم يُحفظ أو يُطبع شيء</translation>
    </message>
    <message numerus="yes">
        <source>Saved {n} of %n document(s) to {folder}</source>
        <translation>
            <numerusform>حُفظ {n} من %n مستند في {folder}</numerusform>
            <numerusform>حُفظ {n} من %n مستند في {folder}</numerusform>
            <numerusform>حُفظ {n} من %n مستند في {folder}</numerusform>
            <numerusform>حُفظ {n} من %n مستند في {folder}</numerusform>
            <numerusform>حُفظ {n} من %n مستند في {folder}</numerusform>
            <numerusform>حُفظ {n} من %n مستند في {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n document(s) as PDF…</source>
        <translation>
            <numerusform>جارٍ حفظ %n مستند بصيغة PDF…</numerusform>
            <numerusform>جارٍ حفظ %n مستند بصيغة PDF…</numerusform>
            <numerusform>جارٍ حفظ %n مستند بصيغة PDF…</numerusform>
            <numerusform>جارٍ حفظ %n مستند بصيغة PDF…</numerusform>
            <numerusform>جارٍ حفظ %n مستند بصيغة PDF…</numerusform>
            <numerusform>جارٍ حفظ %n مستند بصيغة PDF…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n document(s), {p} page(s)</source>
        <translation>
            <numerusform>طُبع %n مستند، {p} صفحة</numerusform>
            <numerusform>طُبع %n مستند، {p} صفحة</numerusform>
            <numerusform>طُبع %n مستند، {p} صفحة</numerusform>
            <numerusform>طُبع %n مستند، {p} صفحة</numerusform>
            <numerusform>طُبع %n مستند، {p} صفحة</numerusform>
            <numerusform>طُبع %n مستند، {p} صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n document(s) for printing…</source>
        <translation>
            <numerusform>جارٍ تجهيز %n مستند للطباعة…</numerusform>
            <numerusform>جارٍ تجهيز %n مستند للطباعة…</numerusform>
            <numerusform>جارٍ تجهيز %n مستند للطباعة…</numerusform>
            <numerusform>جارٍ تجهيز %n مستند للطباعة…</numerusform>
            <numerusform>جارٍ تجهيز %n مستند للطباعة…</numerusform>
            <numerusform>جارٍ تجهيز %n مستند للطباعة…</numerusform>
        </translation>
    </message>
    <message>
        <source>documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Cancel {kind} {number}? It keeps its number and stays in the list as cancelled.</source>
        <translation>هل تريد إلغاء {kind} {number}؟ سيحتفظ برقمه ويبقى في القائمة كملغى.</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(مسودة)</translation>
    </message>
    <message>
        <source>Cancel document</source>
        <translation>إلغاء المستند</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Same phone</source>
        <translation>الهاتف نفسه</translation>
    </message>
    <message>
        <source>Same e-mail</source>
        <translation>البريد نفسه</translation>
    </message>
    <message>
        <source>Same tax ID</source>
        <translation>الرقم الضريبي نفسه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>تكرار محتمل</translation>
    </message>
    <message>
        <source>Clients with the same phone, e-mail or tax ID already exist. Open one of them, or save this card anyway.</source>
        <translation>يوجد بالفعل عملاء بنفس الهاتف أو البريد الإلكتروني أو الرقم الضريبي. افتح أحدهم، أو احفظ هذه البطاقة على أي حال.</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>فتح الموجود</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>حفظ على أي حال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>الاسم القانوني</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>اسم الشركة</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>الحساب البنكي</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>رقم الحساب</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>البنك</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Correspondent account</source>
        <translation>حساب المراسل</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>سعر البيع</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>سعر الشراء</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>قائمة الأسعار</translation>
    </message>
    <message>
        <source>Rule, %</source>
        <translation>القاعدة، %</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>الخصم، %</translation>
    </message>
    <message>
        <source>VAT, %</source>
        <translation>الضريبة، %</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>حد الائتمان</translation>
    </message>
    <message>
        <source>Payment days</source>
        <translation>أيام السداد</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>المنازل العشرية</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>الحد الأدنى للمخزون</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>الوزن، كغ</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>التشغيلات</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>تكلفة الوحدة</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>التشغيلة</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <source>To warehouse</source>
        <translation>إلى المستودع</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>الصفقة</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>الترقيم</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>السلسلة</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>End of period</source>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>النهاية المخططة</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>الأفق</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>التذكير</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>التكرار كل</translation>
    </message>
    <message>
        <source>Repeat until</source>
        <translation>التكرار حتى</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>أيام الأسبوع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>التذييل</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>المُكلَّف</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>الاحتمالية</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Reason for losing</source>
        <translation>سبب الخسارة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Test address</source>
        <translation>عنوان الاختبار</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>خادم البريد</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>النتائج الرئيسية</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>المورد</translation>
    </message>
    <message>
        <source>Supplier&apos;s SKU</source>
        <translation>SKU لدى المورد</translation>
    </message>
    <message>
        <source>Lead time, days</source>
        <translation>مدة التوريد، أيام</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>الحد الأدنى للطلب</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>قائمة المكونات</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>المُشغِّل</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الشرط</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <source>Contract template</source>
        <translation>قالب العقد</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>لغة المستند</translation>
    </message>
    <message>
        <source>Documents language</source>
        <translation>لغة المستندات</translation>
    </message>
    <message>
        <source>Persian documents dated in</source>
        <translation>تقويم المستندات الفارسية</translation>
    </message>
    <message>
        <source>Logo position</source>
        <translation>موضع الشعار</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>الهوامش</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>النسخ الاحتياطية اليومية المحفوظة</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>النسخ الاحتياطية الشهرية المحفوظة</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Database role</source>
        <translation>دور قاعدة البيانات</translation>
    </message>
    <message>
        <source>Merged client</source>
        <translation>العميل المدموج</translation>
    </message>
    <message>
        <source>Taken from the merged client</source>
        <translation>مأخوذ من العميل المدموج</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>التجميع حسب</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>الأنواع</translation>
    </message>
    <message>
        <source>Last purchase up to</source>
        <translation>آخر شراء حتى</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>الموضع في القائمة</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>الفرز</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>{field} (line {n})</source>
        <translation>{field} (البند {n})</translation>
    </message>
    <message>
        <source>This account is locked until {time} after too many wrong passwords; ask an administrator to unlock it.</source>
        <translation>هذا الحساب مقفل حتى {time} بعد محاولات كثيرة بكلمة مرور خاطئة؛ اطلب من مسؤول النظام فتحه.</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields:</source>
        <translation>يرجى تصحيح الحقول المميزة:</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <source>This record was changed by {who} at {when} after you opened it.</source>
        <translation>غيّر {who} هذا السجل في {when} بعد أن فتحته.</translation>
    </message>
    <message>
        <source>The record no longer exists — it may have been deleted or merged by another user.</source>
        <translation>لم يعد السجل موجودًا — ربما حذفه مستخدم آخر أو دمجه.</translation>
    </message>
    <message>
        <source>A client with the same phone, e-mail or tax ID already exists: {names}</source>
        <translation>يوجد بالفعل عميل بنفس الهاتف أو البريد الإلكتروني أو الرقم الضريبي: {names}</translation>
    </message>
    <message>
        <source>The login or password is incorrect.</source>
        <translation>اسم الدخول أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {n} seconds.</source>
        <translation>محاولات فاشلة كثيرة. حاول مرة أخرى بعد {n} ثانية.</translation>
    </message>
    <message>
        <source>This database was upgraded by a newer version of Karavan ({db}). Install the newer version to open it; nothing was changed.</source>
        <translation>تمت ترقية قاعدة البيانات هذه بإصدار أحدث من Karavan ‏({db}). ثبّت الإصدار الأحدث لفتحها؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Cannot connect to the database {target}.
{detail}</source>
        <translation>تعذّر الاتصال بقاعدة البيانات {target}.
{detail}</translation>
    </message>
    <message>
        <source>The connection to the database was lost before this was done, so nothing was saved. What you entered is kept: try again once the connection is back — Karavan reconnects by itself.</source>
        <translation>انقطع الاتصال بقاعدة البيانات قبل إتمام هذا الإجراء، لذا لم يُحفظ شيء. ما أدخلته محفوظ: حاول مرة أخرى عند عودة الاتصال — يعيد Karavan الاتصال تلقائيًا.</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, so Karavan cannot tell whether the save reached the server. What you entered is kept. Reload the record (or look for it in the list) before saving again, so that nothing is saved twice.</source>
        <translation>انقطع الاتصال بقاعدة البيانات أثناء الحفظ، لذا لا يستطيع Karavan معرفة ما إذا كان الحفظ قد وصل إلى الخادم. ما أدخلته محفوظ. أعد تحميل السجل (أو ابحث عنه في القائمة) قبل الحفظ مرة أخرى، حتى لا يُحفظ شيء مرتين.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Nothing was saved by this action; Karavan reconnects on the next try — check the network and try again.</source>
        <translation>انقطع الاتصال بقاعدة البيانات. لم يُحفظ شيء بهذا الإجراء؛ يعيد Karavan الاتصال في المحاولة التالية — تحقق من الشبكة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{who} changed this {what} at {when} after you opened it. Your changes were not saved; Reload shows theirs.</source>
        <translation>غيّر {who} هذا السجل ({what}) في {when} بعد أن فتحته. لم تُحفظ تغييراتك؛ يعرض «إعادة التحميل» تغييراته.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <source>Karavan</source>
        <translation>Karavan</translation>
    </message>
    <message>
        <source>What happened: {what}</source>
        <translation>ما حدث: {what}</translation>
    </message>
    <message>
        <source>A report for the administrator was saved to:
{path}</source>
        <translation>تم حفظ تقرير لمسؤول النظام في:
{path}</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe: the action was not saved.</source>
        <translation>حدث خطأ ما. بياناتك سليمة: لم يُحفظ الإجراء.</translation>
    </message>
</context>
<context>
    <name>ErrorsModel</name>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>The table below (weighted amounts by month and manager, this currency) to an Excel workbook</source>
        <translation>الجدول أدناه (المبالغ المرجّحة حسب الشهر والمسؤول، بهذه العملة) إلى مصنف Excel</translation>
    </message>
    <message>
        <source>No open deals to forecast.</source>
        <translation>لا توجد صفقات مفتوحة للتوقع.</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>العملة:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بدون تاريخ</translation>
    </message>
    <message>
        <source>{n} open deals · amount {amount} · weighted {weighted}</source>
        <translation>{n} صفقة مفتوحة · المبلغ {amount} · المرجّح {weighted}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>the forecast</source>
        <translation>التوقعات</translation>
    </message>
    <message>
        <source>Weighted amount by expected close, {0}</source>
        <translation>المبلغ المرجّح حسب تاريخ الإغلاق المتوقع، {0}</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>المرجّح</translation>
    </message>
</context>
<context>
    <name>FunnelWorkspace</name>
    <message>
        <source>New deal</source>
        <translation>صفقة جديدة</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Pipelines…</source>
        <translation>مسارات المبيعات…</translation>
    </message>
    <message>
        <source>Edit pipelines, stages and lost reasons</source>
        <translation>تعديل مسارات المبيعات والمراحل وأسباب الخسارة</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <source>List</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>التوقعات</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>فتح العميل</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>الشهر القادم</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>هذا الربع</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>نطاق مخصص…</translation>
    </message>
    <message>
        <source>Search deals and clients…</source>
        <translation>البحث في الصفقات والعملاء…</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>مسار المبيعات:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>المسؤول:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>الإغلاق:</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>جميع المسؤولين</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>No pipelines yet. Use “Pipelines…” to create one.</source>
        <translation>لا توجد مسارات مبيعات بعد. استخدم «مسارات المبيعات…» لإنشاء واحد.</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>must be a PNG or JPEG image of at most {0} MB</source>
        <translation>يجب أن تكون صورة PNG أو JPEG بحجم {0} ميغابايت على الأكثر</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Everything is saved in one go: the import is never left half-done.</source>
        <translation>يُحفظ كل شيء دفعة واحدة: لا يبقى الاستيراد منجزًا جزئيًا أبدًا.</translation>
    </message>
    <message>
        <source>All or nothing: import only if every row is valid</source>
        <translation>الكل أو لا شيء: الاستيراد فقط إذا كانت كل الصفوف صالحة</translation>
    </message>
    <message>
        <source>Only the valid rows: leave the rejected rows out</source>
        <translation>الصفوف الصالحة فقط: استبعاد الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>Rejected rows left out: {bad}; rows imported: {valid}.</source>
        <translation>الصفوف المرفوضة المستبعدة: {bad}؛ الصفوف المستوردة: {valid}.</translation>
    </message>
    <message>
        <source>All {rows} rows are valid.</source>
        <translation>كل الصفوف الـ {rows} صالحة.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from Excel</source>
        <translation>استيراد من Excel</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>الأسعار</translation>
    </message>
    <message>
        <source>stock lines</source>
        <translation>بنود المخزون</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Print labels</source>
        <translation>طباعة الملصقات</translation>
    </message>
    <message>
        <source>A4, 3 × 8 labels (70 × 37 mm)</source>
        <translation>A4، ‏3 × 8 ملصقات (70 × 37 مم)</translation>
    </message>
    <message>
        <source>A4, 4 × 10 labels (52.5 × 29.7 mm)</source>
        <translation>A4، ‏4 × 10 ملصقات (52.5 × 29.7 مم)</translation>
    </message>
    <message>
        <source>Single label 58 × 40 mm (label printer)</source>
        <translation>ملصق واحد 58 × 40 مم (طابعة ملصقات)</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) selected</source>
        <translation>
            <numerusform>تم تحديد %n منتج</numerusform>
            <numerusform>تم تحديد %n منتج</numerusform>
            <numerusform>تم تحديد %n منتج</numerusform>
            <numerusform>تم تحديد %n منتج</numerusform>
            <numerusform>تم تحديد %n منتج</numerusform>
            <numerusform>تم تحديد %n منتج</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Copies of each</source>
        <translation>عدد النسخ لكل منتج</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language and formats</source>
        <translation>اللغة والتنسيقات</translation>
    </message>
    <message>
        <source>System default ({0})</source>
        <translation>افتراضي النظام ({0})</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>هجري شمسي (جلالي)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;التقويم:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>معاينة:</translation>
    </message>
    <message>
        <source>Save and &amp;restart</source>
        <translation>حفظ وإعادة الت&amp;شغيل</translation>
    </message>
    <message>
        <source>Karavan changes its language, formats and calendar the next time it starts: save, then close Karavan and open it again.</source>
        <translation>يغيّر Karavan اللغة والتنسيقات والتقويم عند التشغيل التالي: احفظ، ثم أغلق Karavan وافتحه مجددًا.</translation>
    </message>
    <message>
        <source>The settings could not be saved: {0}. Fix or delete the file and save again.</source>
        <translation>تعذّر حفظ الإعدادات: {0}. أصلح الملف أو احذفه ثم احفظ مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>is not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>ليس تاريخًا (YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Karavan — locked</source>
        <translation>Karavan — مقفل</translation>
    </message>
    <message>
        <source>Karavan is locked</source>
        <translation>Karavan مقفل</translation>
    </message>
    <message>
        <source>Signed in as {name} ({login}). Nothing you typed is lost: enter your password to go on.</source>
        <translation>تم تسجيل الدخول باسم {name} ({login}). لم يُفقد شيء مما كتبته: أدخل كلمة المرور للمتابعة.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>إلغاء القفل</translation>
    </message>
    <message>
        <source>Close Karavan</source>
        <translation>إغلاق Karavan</translation>
    </message>
    <message>
        <source>Someone else? Close Karavan here (unsaved changes are asked about) and sign in as yourself.</source>
        <translation>شخص آخر؟ أغلق Karavan هنا (سيُسأل عن التغييرات غير المحفوظة) وسجّل الدخول بحسابك.</translation>
    </message>
    <message>
        <source>That is not the password of {login}.</source>
        <translation>هذه ليست كلمة مرور {login}.</translation>
    </message>
    <message>
        <source>Could not check the password: {0}</source>
        <translation>تعذّر التحقق من كلمة المرور: {0}</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>صادر</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>وارد</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>What happened? Enter saves, Shift+Enter starts a new line</source>
        <translation>ماذا حدث؟ Enter للحفظ، Shift+Enter لسطر جديد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>الصفقة</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Result*</source>
        <translation>النتيجة*</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>حفظ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>العميل: {name}</translation>
    </message>
    <message>
        <source>#{id}</source>
        <translation>#{id}</translation>
    </message>
    <message>
        <source>Log: {kind}</source>
        <translation>تسجيل: {kind}</translation>
    </message>
    <message>
        <source>{kind} (logged by {who})</source>
        <translation>{kind} (سجّله {who})</translation>
    </message>
    <message>
        <source>Their changes are filled in where you had not changed a field. Check, then save again.</source>
        <translation>مُلئت تغييراتهم حيث لم تكن قد غيّرت الحقل. تحقق، ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>Delete this logged interaction?</source>
        <translation>هل تريد حذف هذا التفاعل المسجل؟</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Karavan — log in</source>
        <translation>Karavan — تسجيل الدخول</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>الاتصالات…</translation>
    </message>
    <message>
        <source>Remember the server password on this computer</source>
        <translation>تذكّر كلمة مرور الخادم على هذا الحاسوب</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer.</source>
        <translation>لا تتوفر سلسلة مفاتيح نظام على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <source>Server password:</source>
        <translation>كلمة مرور الخادم:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>اسم الدخول:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>جارٍ الاتصال بـ {0}…</translation>
    </message>
    <message>
        <source>Could not log in: {0}</source>
        <translation>تعذّر تسجيل الدخول: {0}</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>يمكنك المحاولة مرة أخرى الآن.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {0} s.</source>
        <translation>محاولات فاشلة كثيرة. حاول مرة أخرى بعد {0} ث.</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <source>Deal lost</source>
        <translation>صفقة خاسرة</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>ماذا حدث (اختياري)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>تعليق:</translation>
    </message>
</context>
<context>
    <name>LotPrompt</name>
    <message>
        <source>Lot:</source>
        <translation>التشغيلة:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>تاريخ الانتهاء:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or Enter for none</source>
        <translation>YYYY-MM-DD، أو Enter لعدم التحديد</translation>
    </message>
    <message>
        <source>{product} is kept by lot: type its lot number and press Enter.</source>
        <translation>{product} يُتتبع بالتشغيلة: اكتب رقم التشغيلة واضغط Enter.</translation>
    </message>
    <message>
        <source>Enter: next · Esc: do not save this scan</source>
        <translation>Enter: التالي · Esc: عدم حفظ هذا المسح</translation>
    </message>
    <message>
        <source>{product} is kept by lot: which lot is it?</source>
        <translation>{product} يُتتبع بالتشغيلة: ما هي التشغيلة؟</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter: confirm · Esc: do not save this scan</source>
        <translation>↑ ↓ اختيار · Enter: تأكيد · Esc: عدم حفظ هذا المسح</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>بدون تاريخ انتهاء</translation>
    </message>
    <message>
        <source>{code} · expires {expires} · {qty} on hand</source>
        <translation>{code} · ينتهي {expires} · {qty} متوفر</translation>
    </message>
    <message>
        <source>Type the lot number first.</source>
        <translation>اكتب رقم التشغيلة أولًا.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as 2030-05-31.</source>
        <translation>“{text}” ليس تاريخًا: اكتبه بالشكل 2030-05-31.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>قمع المبيعات</translation>
    </message>
    <message>
        <source>Pipelines and stages, a kanban board of deals, forecast and conversion.</source>
        <translation>مسارات المبيعات ومراحلها، ولوحة كانبان للصفقات، والتوقعات ومعدل التحويل.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Calls, meetings and to-dos, “My day” and a calendar planner.</source>
        <translation>المكالمات والاجتماعات والمهام، و«يومي» ومخطط التقويم.</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>مكتب الخدمة</translation>
    </message>
    <message>
        <source>Complaints, questions and repairs worked through to closed.</source>
        <translation>الشكاوى والاستفسارات والإصلاحات حتى إغلاقها.</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>التسويق</translation>
    </message>
    <message>
        <source>Client segments, e-mail campaigns and lead sources.</source>
        <translation>شرائح العملاء وحملات البريد الإلكتروني ومصادر العملاء المحتملين.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>The catalog: goods and services, units, barcodes and price lists.</source>
        <translation>الكتالوج: السلع والخدمات والوحدات والباركود وقوائم الأسعار.</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <source>Receipts, shipments, transfers, inventory counts and balances.</source>
        <translation>الاستلامات والشحنات والتحويلات والجرد والأرصدة.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>الإنتاج</translation>
    </message>
    <message>
        <source>Bills of materials, production orders and cost roll-up.</source>
        <translation>قوائم المكونات وأوامر الإنتاج وتجميع التكلفة.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Quotes, orders, invoices, waybills, acts and contracts, printed as PDF.</source>
        <translation>عروض الأسعار والطلبات والفواتير وأذونات التسليم ومحاضر الإنجاز والعقود، مطبوعة بصيغة PDF.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <source>Incoming and outgoing payments, debts and reconciliation statements.</source>
        <translation>المدفوعات الواردة والصادرة والديون وكشوف مطابقة الحساب.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Dashboard and period reports with charts and Excel export.</source>
        <translation>لوحة المعلومات وتقارير الفترات مع الرسوم البيانية والتصدير إلى Excel.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Objectives and key results, progress against the pace, sales plans.</source>
        <translation>الأهداف والنتائج الرئيسية، والتقدم مقارنة بالوتيرة، وخطط المبيعات.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Company details, users and roles, language and backups.</source>
        <translation>بيانات الشركة والمستخدمون والأدوار واللغة والنسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search everywhere (Ctrl+K)…</source>
        <translation>البحث في كل مكان (Ctrl+K)…</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>البحث في كل مكان</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>إغلاق التبويب</translation>
    </message>
    <message>
        <source>Warehouse clerk screen</source>
        <translation>شاشة أمين المستودع</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>استيراد من Excel…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>فتح مجلد السجلات</translation>
    </message>
    <message>
        <source>About Karavan</source>
        <translation>حول Karavan</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;الإعدادات</translation>
    </message>
    <message>
        <source>Language and formats…</source>
        <translation>اللغة والتنسيقات…</translation>
    </message>
    <message>
        <source>Company…</source>
        <translation>الشركة…</translation>
    </message>
    <message>
        <source>Document layouts…</source>
        <translation>تخطيطات المستندات…</translation>
    </message>
    <message>
        <source>Currency rates…</source>
        <translation>أسعار صرف العملات…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>النسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>Automation rules…</source>
        <translation>قواعد الأتمتة…</translation>
    </message>
    <message>
        <source>User: {0}</source>
        <translation>المستخدم: {0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>قاعدة البيانات: {0}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message numerus="yes">
        <source>%n open card(s) have unsaved changes. Quit and discard them?</source>
        <translation>
            <numerusform>%n بطاقة مفتوحة بها تغييرات غير محفوظة. هل تريد الخروج وتجاهلها؟</numerusform>
            <numerusform>%n بطاقة مفتوحة بها تغييرات غير محفوظة. هل تريد الخروج وتجاهلها؟</numerusform>
            <numerusform>%n بطاقتان مفتوحتان بهما تغييرات غير محفوظة. هل تريد الخروج وتجاهلها؟</numerusform>
            <numerusform>%n بطاقات مفتوحة بها تغييرات غير محفوظة. هل تريد الخروج وتجاهلها؟</numerusform>
            <numerusform>%n بطاقة مفتوحة بها تغييرات غير محفوظة. هل تريد الخروج وتجاهلها؟</numerusform>
            <numerusform>%n بطاقة مفتوحة بها تغييرات غير محفوظة. هل تريد الخروج وتجاهلها؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>Which column of the file fills each field; fields marked * are required. Your choice is remembered for the next file.</source>
        <translation>أي عمود من الملف يملأ كل حقل؛ الحقول المعلّمة بـ * إلزامية. يُحفظ اختيارك للملف التالي.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
</context>
<context>
    <name>MarketingWorkspace</name>
    <message>
        <source>SMTP settings…</source>
        <translation>إعدادات SMTP…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Sources report</source>
        <translation>تقرير المصادر</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge clients</source>
        <translation>دمج العملاء</translation>
    </message>
    <message>
        <source>The surviving card keeps its code and history and receives everything of the other card, which is then deleted.</source>
        <translation>تحتفظ البطاقة الباقية برمزها وسجلها وتتلقى كل ما في البطاقة الأخرى، التي تُحذف بعد ذلك.</translation>
    </message>
    <message>
        <source>⇄ Swap</source>
        <translation>⇄ تبديل</translation>
    </message>
    <message>
        <source>Keep the other card instead</source>
        <translation>الاحتفاظ بالبطاقة الأخرى بدلًا منها</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>تبقى</translation>
    </message>
    <message>
        <source>Is merged in and deleted</source>
        <translation>تُدمج وتُحذف</translation>
    </message>
    <message>
        <source>Moved to “{survivor}”: contact persons — {contacts}, channels — {channels}, addresses — {addresses}, bank accounts — {accounts}, tags — {tags}, and all later records. Notes are appended and roles added.</source>
        <translation>نُقل إلى “{survivor}”: جهات الاتصال — {contacts}، القنوات — {channels}، العناوين — {addresses}، الحسابات البنكية — {accounts}، الوسوم — {tags}، وكل السجلات اللاحقة. تُلحق الملاحظات وتُضاف الأدوار.</translation>
    </message>
</context>
<context>
    <name>MrpView</name>
    <message>
        <source>Make</source>
        <translation>تصنيع</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>شراء</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>جميع المستودعات</translation>
    </message>
    <message>
        <source>Net one warehouse only; the drafts are made for it too</source>
        <translation>احتساب صافي الاحتياجات لمستودع واحد فقط؛ وتُنشأ المسودات له أيضًا</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Calculating requirements…</source>
        <translation>جارٍ حساب الاحتياجات…</translation>
    </message>
    <message>
        <source>Needs up to:</source>
        <translation>الاحتياجات حتى:</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>المستودع:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المتوفر فعليًا</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>وارد</translation>
    </message>
    <message>
        <source>Draft POs</source>
        <translation>أوامر شراء مسودة</translation>
    </message>
    <message>
        <source>Planned output</source>
        <translation>الإنتاج المخطط</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>مخزون الأمان</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Net = gross + safety − (on hand − reserved for other needs + incoming + on draft purchase orders + planned output)</source>
        <translation>الصافي = الإجمالي + مخزون الأمان − (المتوفر − المحجوز لاحتياجات أخرى + الوارد + أوامر الشراء المسودة + الناتج المخطط)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Need by</source>
        <translation>مطلوب بحلول</translation>
    </message>
    <message>
        <source>Order by</source>
        <translation>يُطلب بحلول</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>المورد</translation>
    </message>
    <message>
        <source>No supplier terms for this product: Create drafts skips it. Add them on the product&apos;s Suppliers tab.</source>
        <translation>لا توجد شروط مورد لهذا المنتج: سيتخطاه «إنشاء المسودات». أضفها في تبويب «الموردون» للمنتج.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation>إلغاء تحديد الكل</translation>
    </message>
    <message>
        <source>Create drafts</source>
        <translation>إنشاء المسودات</translation>
    </message>
    <message>
        <source>Planned production orders for the checked “make” lines and draft purchase orders, one per supplier, for the checked “buy” lines</source>
        <translation>أوامر إنتاج مخططة لبنود «تصنيع» المحددة، وأوامر شراء مسودة، أمر لكل مورد، لبنود «شراء» المحددة</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>The proposals of this calculation to an Excel workbook</source>
        <translation>مقترحات هذا الحساب إلى مصنف Excel</translation>
    </message>
    <message>
        <source>The netting per product of this calculation to an Excel workbook</source>
        <translation>صافي الاحتياجات لكل منتج في هذا الحساب إلى مصنف Excel</translation>
    </message>
    <message>
        <source>Orders or stock changed since this calculation: Calculate again to see the current needs.</source>
        <translation>تغيرت الطلبات أو المخزون منذ هذا الحساب: اضغط «حساب» مرة أخرى لرؤية الاحتياجات الحالية.</translation>
    </message>
    <message>
        <source>Netting per product</source>
        <translation>صافي الاحتياجات لكل منتج</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <source>Choose how far ahead to look and press Calculate: the confirmed sales orders and the open production orders up to that day are netted against stock, incoming purchases and planned output.</source>
        <translation>اختر المدى الزمني للتخطيط واضغط «حساب»: تُقارن أوامر البيع المؤكدة وأوامر الإنتاج المفتوحة حتى ذلك اليوم بالمخزون والمشتريات الواردة والناتج المخطط.</translation>
    </message>
    <message>
        <source>none: will be skipped</source>
        <translation>لا يوجد: سيُتخطى</translation>
    </message>
    <message>
        <source>Nothing to make or buy up to {day}.</source>
        <translation>لا شيء لتصنيعه أو شرائه حتى {day}.</translation>
    </message>
    <message>
        <source>No confirmed sales order, open production order or minimum stock needs anything by then.</source>
        <translation>لا يحتاج أي أمر بيع مؤكد أو أمر إنتاج مفتوح أو حد أدنى للمخزون إلى شيء بحلول ذلك الوقت.</translation>
    </message>
    <message>
        <source>Stock, incoming purchases and planned output cover every need.</source>
        <translation>المخزون والمشتريات الواردة والناتج المخطط تغطي كل الاحتياجات.</translation>
    </message>
    <message>
        <source>MRP proposals</source>
        <translation>مقترحات MRP</translation>
    </message>
    <message>
        <source>MRP netting</source>
        <translation>صافي احتياجات MRP</translation>
    </message>
    <message>
        <source>{n} production order</source>
        <translation>{n} أمر إنتاج</translation>
    </message>
    <message>
        <source>{n} production orders</source>
        <translation>{n} أوامر إنتاج</translation>
    </message>
    <message>
        <source>{n} purchase order</source>
        <translation>{n} أمر شراء</translation>
    </message>
    <message>
        <source>{n} purchase orders</source>
        <translation>{n} أوامر شراء</translation>
    </message>
    <message>
        <source>{made} created</source>
        <translation>تم إنشاء {made}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و </translation>
    </message>
    <message>
        <source>Nothing was created</source>
        <translation>لم يُنشأ شيء</translation>
    </message>
    <message>
        <source>{n} item has no supplier: </source>
        <translation>{n} صنف ليس له مورد: </translation>
    </message>
    <message>
        <source>{n} items have no supplier: </source>
        <translation>{n} أصناف ليس لها مورد: </translation>
    </message>
    <message>
        <source>(set one on the product&apos;s Suppliers tab)</source>
        <translation>(عيّن موردًا في تبويب «الموردون» للمنتج)</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>مستخدم جديد</translation>
    </message>
    <message>
        <source>Must change the password at first sign-in</source>
        <translation>يجب تغيير كلمة المرور عند أول تسجيل دخول</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;اسم الدخول:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>الاسم ال&amp;كامل:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>ال&amp;فرع:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>ال&amp;قسم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>أ&amp;عد كتابتها:</translation>
    </message>
    <message>
        <source>At least 8 characters with letters and digits, not the login.</source>
        <translation>8 أحرف على الأقل تحتوي على حروف وأرقام، وليست اسم الدخول.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>إ&amp;نشاء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>كلمتا المرور مختلفتان</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Register payment</source>
        <translation>تسجيل دفعة</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>تحويل بنكي</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Bank statement or receipt number</source>
        <translation>رقم كشف الحساب البنكي أو الإيصال</translation>
    </message>
    <message>
        <source>Client*</source>
        <translation>العميل*</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Amount*</source>
        <translation>المبلغ*</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>The client has no open invoices: the whole payment stays as credit.</source>
        <translation>ليس لدى العميل فواتير مفتوحة: تبقى الدفعة كاملة كرصيد دائن.</translation>
    </message>
    <message>
        <source>Fill oldest first</source>
        <translation>التعبئة بالأقدم أولًا</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Open invoices, oldest due first</source>
        <translation>الفواتير المفتوحة، الأقدم استحقاقًا أولًا</translation>
    </message>
    <message>
        <source>Allocated {0} more than the payment</source>
        <translation>خُصص {0} أكثر من الدفعة</translation>
    </message>
    <message>
        <source>Allocated {0} · left as the client&apos;s credit: {1}</source>
        <translation>خُصص {0} · المتبقي كرصيد دائن للعميل: {1}</translation>
    </message>
    <message>
        <source>choose a client from the list</source>
        <translation>اختر عميلًا من القائمة</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
</context>
<context>
    <name>PaymentsWorkspace</name>
    <message>
        <source>Payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <source>Debts by age</source>
        <translation>الديون حسب العمر</translation>
    </message>
    <message>
        <source>Register payment</source>
        <translation>تسجيل دفعة</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>إلغاء الدفعة</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>فتح العميل</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>The payments the list shows, to an Excel workbook</source>
        <translation>المدفوعات المعروضة في القائمة، إلى مصنف Excel</translation>
    </message>
    <message>
        <source>Received and paid out</source>
        <translation>المقبوض والمدفوع</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>مقبوض</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>Number, reference or client</source>
        <translation>الرقم أو المرجع أو العميل</translation>
    </message>
    <message>
        <source>No payments yet. Register one with “Register payment”, or from an invoice.</source>
        <translation>لا توجد مدفوعات بعد. سجّل دفعة باستخدام «تسجيل دفعة»، أو من فاتورة.</translation>
    </message>
    <message>
        <source>What clients owe us</source>
        <translation>مستحقاتنا على العملاء</translation>
    </message>
    <message>
        <source>What we owe suppliers</source>
        <translation>ما ندين به للموردين</translation>
    </message>
    <message>
        <source>At</source>
        <translation>في</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n دفعة</numerusform>
            <numerusform>%n دفعة</numerusform>
            <numerusform>%n دفعتان</numerusform>
            <numerusform>%n دفعات</numerusform>
            <numerusform>%n دفعة</numerusform>
            <numerusform>%n دفعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel {number} of {amount} from {client}? Its allocations come off the invoices and the client owes them again.</source>
        <translation>هل تريد إلغاء {number} بمبلغ {amount} من {client}؟ ستُزال تخصيصاتها من الفواتير وتعود مستحقة على العميل.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n client(s) to {path}</source>
        <translation>
            <numerusform>حُفظ %n عميل في {path}</numerusform>
            <numerusform>حُفظ %n عميل في {path}</numerusform>
            <numerusform>حُفظ %n عميل في {path}</numerusform>
            <numerusform>حُفظ %n عميل في {path}</numerusform>
            <numerusform>حُفظ %n عميل في {path}</numerusform>
            <numerusform>حُفظ %n عميل في {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>غير مستحق بعد</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 يومًا</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 يومًا</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 يومًا</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>أكثر من 90 يومًا</translation>
    </message>
    <message>
        <source>what we owe suppliers</source>
        <translation>ما ندين به للموردين</translation>
    </message>
    <message>
        <source>what clients owe us</source>
        <translation>مستحقاتنا على العملاء</translation>
    </message>
    <message>
        <source>Open invoices by days past their due date: {what}. Double-click a client to open its card.</source>
        <translation>الفواتير المفتوحة حسب أيام التأخر عن تاريخ الاستحقاق: {what}. انقر نقرًا مزدوجًا على عميل لفتح بطاقته.</translation>
    </message>
    <message>
        <source>Nothing is owed: every confirmed invoice is paid.</source>
        <translation>لا توجد مديونية: كل الفواتير المؤكدة مدفوعة.</translation>
    </message>
</context>
<context>
    <name>PipelinesDialog</name>
    <message>
        <source>Lead</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <source>Pipelines and lost reasons</source>
        <translation>مسارات المبيعات وأسباب الخسارة</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>مسارات المبيعات</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>أسباب الخسارة</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>عرض المؤرشف</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Default probability, %:</source>
        <translation>الاحتمالية الافتراضية، %:</translation>
    </message>
    <message>
        <source>Add as new stage</source>
        <translation>إضافة كمرحلة جديدة</translation>
    </message>
    <message>
        <source>Save stage</source>
        <translation>حفظ المرحلة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Won and Lost always end a pipeline. A stage that holds or held deals cannot be deleted; rename it instead.</source>
        <translation>تُنهي «رابحة» و«خاسرة» دائمًا مسار المبيعات. لا يمكن حذف مرحلة تحتوي أو احتوت على صفقات؛ أعد تسميتها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Stages, in order</source>
        <translation>المراحل، بالترتيب</translation>
    </message>
    <message>
        <source>A new reason, e.g. “Price too high”</source>
        <translation>سبب جديد، مثال: “السعر مرتفع جدًا”</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Why deals are lost (asked when a deal is moved to Lost)</source>
        <translation>لماذا تُخسر الصفقات (يُسأل عند نقل صفقة إلى «خاسرة»)</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(مؤرشف)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>مسار مبيعات جديد</translation>
    </message>
    <message>
        <source>Name of the pipeline:</source>
        <translation>اسم مسار المبيعات:</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>إعادة تسمية مسار المبيعات</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
    <message>
        <source>Rename lost reason</source>
        <translation>إعادة تسمية سبب الخسارة</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>New order</source>
        <translation>أمر إنتاج جديد</translation>
    </message>
    <message>
        <source>Plan a new production order (Ctrl+N)</source>
        <translation>تخطيط أمر إنتاج جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the selected order (Enter or double-click)</source>
        <translation>فتح الأمر المحدد (Enter أو نقر مزدوج)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>The orders the plan shows, to an Excel workbook</source>
        <translation>الأوامر المعروضة في الخطة، إلى مصنف Excel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Open (planned, released, in progress)</source>
        <translation>مفتوحة (مخططة، مُصدرة، قيد التنفيذ)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Only orders whose planned days fall in this period</source>
        <translation>فقط الأوامر التي تقع أيامها المخططة في هذه الفترة</translation>
    </message>
    <message>
        <source>Search order number, product SKU or name…</source>
        <translation>البحث برقم الأمر أو SKU المنتج أو الاسم…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:{amber}&apos;&gt;&amp;nbsp;Amber&amp;nbsp;&lt;/span&gt; rows lack components in their warehouse now · &lt;span style=&apos;color:{red}&apos;&gt;red text&lt;/span&gt;: past the planned end</source>
        <translation>&lt;span style=&apos;background:{amber}&apos;&gt;&amp;nbsp;الصفوف الكهرمانية&amp;nbsp;&lt;/span&gt; تنقصها مكونات في مستودعها الآن · &lt;span style=&apos;color:{red}&apos;&gt;النص الأحمر&lt;/span&gt;: تجاوز الانتهاء المخطط</translation>
    </message>
    <message>
        <source>production orders</source>
        <translation>أوامر الإنتاج</translation>
    </message>
    <message>
        <source>Press Ctrl+N to plan one, or let the Requirements (MRP) tab propose what to make.</source>
        <translation>اضغط Ctrl+N لتخطيط أمر، أو دع تبويب «الاحتياجات (MRP)» يقترح ما يجب تصنيعه.</translation>
    </message>
    <message>
        <source>No production orders match the filters.</source>
        <translation>لا توجد أوامر إنتاج تطابق عوامل التصفية.</translation>
    </message>
    <message>
        <source>No open production orders.</source>
        <translation>لا توجد أوامر إنتاج مفتوحة.</translation>
    </message>
    <message>
        <source>No production orders yet.</source>
        <translation>لا توجد أوامر إنتاج بعد.</translation>
    </message>
    <message>
        <source>{n} order</source>
        <translation>{n} أمر</translation>
    </message>
    <message>
        <source>{n} orders</source>
        <translation>{n} أوامر</translation>
    </message>
</context>
<context>
    <name>PlannerWorkspace</name>
    <message>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>The tasks the tab shows (My day, or the calendar&apos;s period for the people checked) to an Excel workbook</source>
        <translation>المهام المعروضة في التبويب («يومي»، أو فترة التقويم للأشخاص المحددين) إلى مصنف Excel</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>يومي</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Whose day to show: yours or a colleague&apos;s</source>
        <translation>يوم من يُعرض: يومك أو يوم زميل</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>Nothing due today and nothing overdue.</source>
        <translation>لا شيء مستحق اليوم ولا شيء متأخر.</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>إنجاز…</translation>
    </message>
    <message>
        <source>Cancel task…</source>
        <translation>إلغاء المهمة…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة الفتح</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Client card</source>
        <translation>بطاقة العميل</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>الصفقة</translation>
    </message>
    <message>
        <source>{0} (me)</source>
        <translation>{0} (أنا)</translation>
    </message>
    <message>
        <source>{0} has nothing due today and nothing overdue.</source>
        <translation>ليس لدى {0} شيء مستحق اليوم ولا شيء متأخر.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>المهام</translation>
    </message>
</context>
<context>
    <name>PositionsDialog</name>
    <message>
        <source>Positions</source>
        <translation>المناصب</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>منصب جديد</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>المنصب:</translation>
    </message>
    <message>
        <source>Rename position</source>
        <translation>إعادة تسمية المنصب</translation>
    </message>
    <message>
        <source>Delete position</source>
        <translation>حذف المنصب</translation>
    </message>
    <message>
        <source>Delete the position “{name}”?</source>
        <translation>هل تريد حذف المنصب “{name}”؟</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {file}.</source>
        <translation>الورقة “{sheet}” من {file}.</translation>
    </message>
    <message>
        <source>{rows} data rows (empty rows skipped); the first {n} are shown, numbered as in Excel.</source>
        <translation>{rows} صف بيانات (تم تخطي الصفوف الفارغة)؛ تُعرض أول {n}، بنفس ترقيم Excel.</translation>
    </message>
</context>
<context>
    <name>PriceListsDialog</name>
    <message>
        <source>Price lists</source>
        <translation>قوائم الأسعار</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>قائمة الأسعار</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>الأسعار</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>عرض المؤرشف</translation>
    </message>
    <message>
        <source>empty: explicit prices only</source>
        <translation>فارغ: الأسعار المحددة صراحةً فقط</translation>
    </message>
    <message>
        <source>Products without an explicit price cost the base price ± this percent (−10 gives 90 % of the base price)</source>
        <translation>المنتجات التي ليس لها سعر محدد صراحةً تكلف السعر الأساسي ± هذه النسبة (−10 تعطي 90 % من السعر الأساسي)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Rule, % of base</source>
        <translation>القاعدة، % من الأساسي</translation>
    </message>
    <message>
        <source>Find a product by SKU or name, then Enter</source>
        <translation>ابحث عن منتج بـ SKU أو الاسم، ثم Enter</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>السعر الأساسي</translation>
    </message>
    <message>
        <source>Explicit price</source>
        <translation>سعر صريح</translation>
    </message>
    <message>
        <source>Price on this list</source>
        <translation>السعر في هذه القائمة</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>عرض المزيد</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Every product matching the search (not only the ones shown) with its price on this list, to an Excel workbook</source>
        <translation>كل المنتجات المطابقة للبحث (وليس المعروضة فقط) مع سعرها في هذه القائمة، إلى مصنف Excel</translation>
    </message>
    <message>
        <source>e.g. 1250.50</source>
        <translation>مثال: 1250.50</translation>
    </message>
    <message>
        <source>Set price</source>
        <translation>تعيين السعر</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>إزالة السعر</translation>
    </message>
    <message>
        <source>base list</source>
        <translation>القائمة الأساسية</translation>
    </message>
    <message>
        <source>explicit, else base</source>
        <translation>المحدد، وإلا الأساسي</translation>
    </message>
    <message>
        <source>base {percent} %</source>
        <translation>الأساسي {percent} %</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (مؤرشفة)</translation>
    </message>
    <message>
        <source>Prices on “{name}” — {rule}</source>
        <translation>الأسعار في “{name}” — {rule}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>الأسعار</translation>
    </message>
    <message>
        <source>No products match. Change the search.</source>
        <translation>لا توجد منتجات مطابقة. غيّر البحث.</translation>
    </message>
    <message>
        <source>No products in the catalog yet.</source>
        <translation>لا توجد منتجات في الكتالوج بعد.</translation>
    </message>
    <message>
        <source>First {n} products — narrow the search or show more</source>
        <translation>أول {n} منتج — ضيّق البحث أو اعرض المزيد</translation>
    </message>
    <message>
        <source>{n} products</source>
        <translation>المنتجات: {n}</translation>
    </message>
    <message>
        <source>Select a product to set its price on this list.</source>
        <translation>حدد منتجًا لتعيين سعره في هذه القائمة.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Product photo</source>
        <translation>صورة المنتج</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(بدون فئة)</translation>
    </message>
    <message>
        <source>Tracks lots (expiry dates)</source>
        <translation>يتتبع التشغيلات (تواريخ الانتهاء)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>سعر الشراء</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>سعر البيع</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>VAT, %</source>
        <translation>الضريبة، %</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>الحد الأدنى للمخزون</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>الوزن، كغ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Add barcode</source>
        <translation>إضافة باركود</translation>
    </message>
    <message>
        <source>Generate EAN-13</source>
        <translation>توليد EAN-13</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>الباركودات</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <source>Clear photo</source>
        <translation>مسح الصورة</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Prices by list</source>
        <translation>الأسعار حسب القائمة</translation>
    </message>
    <message>
        <source>Save the product first; then set prices per list here.</source>
        <translation>احفظ المنتج أولًا؛ ثم عيّن الأسعار لكل قائمة هنا.</translation>
    </message>
    <message>
        <source>rule {p:+} %: {v}</source>
        <translation>القاعدة {p:+} %: {v}</translation>
    </message>
    <message>
        <source>sale price: {v}</source>
        <translation>سعر البيع: {v}</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>الموردون</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Someone saved this product after you opened it. Your values are kept; Save again to overwrite theirs, or Cancel.</source>
        <translation>حفظ شخص آخر هذا المنتج بعد أن فتحته. قيمك محفوظة؛ اضغط «حفظ» مرة أخرى للكتابة فوق قيمهم، أو «إلغاء».</translation>
    </message>
    <message>
        <source>Product {0}</source>
        <translation>المنتج {0}</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Type a SKU, name or barcode…</source>
        <translation>اكتب SKU أو الاسم أو الباركود…</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(مؤرشف)</translation>
    </message>
</context>
<context>
    <name>ProductionOrderDialog</name>
    <message>
        <source>Choose the product first</source>
        <translation>اختر المنتج أولًا</translation>
    </message>
    <message>
        <source>Product*</source>
        <translation>المنتج*</translation>
    </message>
    <message>
        <source>Bill of materials*</source>
        <translation>قائمة المكونات*</translation>
    </message>
    <message>
        <source>Quantity*</source>
        <translation>الكمية*</translation>
    </message>
    <message>
        <source>Components from*</source>
        <translation>المكونات من*</translation>
    </message>
    <message>
        <source>Output into*</source>
        <translation>الناتج إلى*</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>البدء المخطط</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>النهاية المخططة</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>أمر بيع</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>(service)</source>
        <translation>(خدمة)</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>لكل وحدة</translation>
    </message>
    <message>
        <source>Scrap %</source>
        <translation>الهالك %</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>المستهلك</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Short now</source>
        <translation>الناقص الآن</translation>
    </message>
    <message>
        <source>The components are copied from the bill of materials when the order is saved.</source>
        <translation>تُنسخ المكونات من قائمة المكونات عند حفظ الأمر.</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>المتاح</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>وارد</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>الناقص</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>عمليات الإنجاز</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>الاستهلاك</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>الناتج</translation>
    </message>
    <message>
        <source>Components value</source>
        <translation>قيمة المكونات</translation>
    </message>
    <message>
        <source>Services value</source>
        <translation>قيمة الخدمات</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>تكلفة الوحدة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the order (Ctrl+S)</source>
        <translation>حفظ الأمر (Ctrl+S)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>إصدار</translation>
    </message>
    <message>
        <source>Hand the order to the floor; checks the components in stock</source>
        <translation>تسليم الأمر إلى خط الإنتاج؛ يتحقق من توفر المكونات في المخزون</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Work on the order has begun</source>
        <translation>بدأ العمل على الأمر</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>إنجاز…</translation>
    </message>
    <message>
        <source>Post what was made: all that is left or a part</source>
        <translation>ترحيل ما تم تصنيعه: كل المتبقي أو جزء منه</translation>
    </message>
    <message>
        <source>Close order…</source>
        <translation>إغلاق الأمر…</translation>
    </message>
    <message>
        <source>Finish a partly made order without making the rest</source>
        <translation>إنهاء أمر مُصنّع جزئيًا دون تصنيع الباقي</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>إلغاء الأمر…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Show the order as it is saved now (your unsaved edits are dropped)</source>
        <translation>عرض الأمر كما هو محفوظ الآن (تُتجاهل تعديلاتك غير المحفوظة)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>المكونات</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(لا أحد)</translation>
    </message>
    <message>
        <source>Short in {warehouse} now (needed is what the order still takes):</source>
        <translation>الناقص في {warehouse} الآن (المطلوب هو ما لا يزال الأمر يحتاجه):</translation>
    </message>
    <message>
        <source>Everything the order still needs is in {warehouse}.</source>
        <translation>كل ما يحتاجه الأمر متوفر في {warehouse}.</translation>
    </message>
    <message>
        <source>(active)</source>
        <translation>(نشطة)</translation>
    </message>
    <message>
        <source>this product has no bill of materials yet; make one first</source>
        <translation>لا توجد لهذا المنتج قائمة مواد بعد؛ أنشئ واحدة أولًا</translation>
    </message>
    <message>
        <source>New production order</source>
        <translation>أمر إنتاج جديد</translation>
    </message>
    <message>
        <source>New production order · not saved yet</source>
        <translation>أمر إنتاج جديد · لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Production order {number}</source>
        <translation>أمر الإنتاج {number}</translation>
    </message>
    <message>
        <source>{done} of {total} {unit} made</source>
        <translation>تم تصنيع {done} من {total} {unit}</translation>
    </message>
    <message>
        <source>BOM {label}</source>
        <translation>قائمة المكونات {label}</translation>
    </message>
    <message>
        <source>Total cost of the {done} {unit} made: {total} ({each} each)</source>
        <translation>التكلفة الإجمالية لـ {done} {unit} المُصنّعة: {total} ({each} للوحدة)</translation>
    </message>
    <message>
        <source>choose a product from the list</source>
        <translation>اختر منتجًا من القائمة</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Made now: {message}</source>
        <translation>المُصنّع الآن: {message}</translation>
    </message>
    <message>
        <source>Close {number} with {done} of {total} {unit} made? The rest will not be made.</source>
        <translation>هل تريد إغلاق {number} بعد تصنيع {done} من {total} {unit}؟ لن يُصنّع الباقي.</translation>
    </message>
    <message>
        <source>Cancel {number}? It stays in the plan as cancelled.</source>
        <translation>هل تريد إلغاء {number}؟ سيبقى في الخطة كملغى.</translation>
    </message>
</context>
<context>
    <name>ProductionWorkspace</name>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Bills of materials</source>
        <translation>قوائم المكونات</translation>
    </message>
    <message>
        <source>Requirements (MRP)</source>
        <translation>الاحتياجات (MRP)</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>Goods</source>
        <translation>بضاعة</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمة</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>مادة</translation>
    </message>
    <message>
        <source>Finished product</source>
        <translation>منتج تام</translation>
    </message>
</context>
<context>
    <name>ProductsWorkspace</name>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>البحث بـ SKU أو الاسم أو الباركود</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>سعر البيع</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>الضريبة %</translation>
    </message>
    <message>
        <source>Min stock</source>
        <translation>الحد الأدنى للمخزون</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>{n} products</source>
        <translation>المنتجات: {n}</translation>
    </message>
    <message>
        <source>No products match. Change the search or filters, or add one with New.</source>
        <translation>لا توجد منتجات مطابقة. غيّر البحث أو عوامل التصفية، أو أضف منتجًا باستخدام «جديد».</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation>حفظ الملصقات</translation>
    </message>
    <message>
        <source>Labels saved</source>
        <translation>حُفظت الملصقات</translation>
    </message>
    <message>
        <source>Labels saved to {path}. Open the file now?</source>
        <translation>حُفظت الملصقات في {path}. هل تريد فتح الملف الآن؟</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>النشطة والمؤرشفة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Archive / restore</source>
        <translation>أرشفة / استعادة</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>طباعة الملصقات…</translation>
    </message>
    <message>
        <source>Units…</source>
        <translation>الوحدات…</translation>
    </message>
    <message>
        <source>Price lists…</source>
        <translation>قوائم الأسعار…</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>كل المنتجات</translation>
    </message>
    <message>
        <source>Add subcategory…</source>
        <translation>إضافة فئة فرعية…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Move to top level</source>
        <translation>نقل إلى المستوى الأعلى</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>فئة جديدة</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>إعادة تسمية الفئة</translation>
    </message>
    <message>
        <source>products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>طباعة الملصقات</translation>
    </message>
    <message>
        <source>Select the products first.</source>
        <translation>حدد المنتجات أولًا.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connections</source>
        <translation>الاتصالات</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>إضافة خادم…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>File on this computer (SQLite)</source>
        <translation>ملف على هذا الحاسوب (SQLite)</translation>
    </message>
    <message>
        <source>PostgreSQL server in the office network</source>
        <translation>خادم PostgreSQL في شبكة المكتب</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>Karavan database (*.db)</source>
        <translation>قاعدة بيانات Karavan (*.db)</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>أعطِ الاتصال اسمًا.</translation>
    </message>
    <message>
        <source>Another connection already has this name.</source>
        <translation>يوجد اتصال آخر بهذا الاسم بالفعل.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>اختر ملف قاعدة البيانات.</translation>
    </message>
    <message>
        <source>A database file on a network share would be corrupted when several computers use it. Install PostgreSQL on the server and add it here instead.</source>
        <translation>ملف قاعدة البيانات الموجود على مجلد مشترك في الشبكة سيتلف عندما تستخدمه عدة أجهزة. ثبّت PostgreSQL على الخادم وأضفه هنا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Server, database and user are required.</source>
        <translation>الخادم وقاعدة البيانات والمستخدم حقول إلزامية.</translation>
    </message>
    <message>
        <source>Office server</source>
        <translation>خادم المكتب</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Production order</source>
        <translation>أمر إنتاج</translation>
    </message>
    <message>
        <source>Components short</source>
        <translation>مكونات ناقصة</translation>
    </message>
    <message>
        <source>1 component is short</source>
        <translation>مكوّن واحد ناقص</translation>
    </message>
    <message>
        <source>{n} components are short</source>
        <translation>{n} مكوّنات ناقصة</translation>
    </message>
    <message>
        <source>{number} cannot be covered from {warehouse} now: {short}.</source>
        <translation>لا يمكن تغطية {number} من {warehouse} الآن: {short}.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>المتاح</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>وارد</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>الناقص</translation>
    </message>
    <message>
        <source>Release anyway when the goods are on their way; completing needs them in the warehouse.</source>
        <translation>أصدِر على أي حال إذا كانت البضائع في الطريق؛ يتطلب الإنجاز وجودها في المستودع.</translation>
    </message>
    <message>
        <source>Release anyway</source>
        <translation>إصدار على أي حال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>This document is dated before {n} posted documents ({numbers}). Post anyway and recompute their costs?</source>
        <translation>هذا المستند مؤرخ قبل {n} من المستندات المُرحّلة ({numbers}). هل تريد الترحيل على أي حال وإعادة حساب تكاليفها؟</translation>
    </message>
    <message>
        <source>Back-dated posting</source>
        <translation>ترحيل بتاريخ سابق</translation>
    </message>
    <message>
        <source>Stock document</source>
        <translation>مستند مخزون</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <source>Karavan reminders</source>
        <translation>تذكيرات Karavan</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>التذكير</translation>
    </message>
    <message>
        <source>Reminders: {0}</source>
        <translation>التذكيرات: {0}</translation>
    </message>
    <message>
        <source>No reminders due</source>
        <translation>لا توجد تذكيرات مستحقة</translation>
    </message>
    <message>
        <source>Open: {0}</source>
        <translation>فتح: {0}</translation>
    </message>
    <message>
        <source>Snooze all</source>
        <translation>تأجيل الكل</translation>
    </message>
    <message>
        <source>Show reminders</source>
        <translation>عرض التذكيرات</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} دقيقة</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>ساعة واحدة</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Due now or missed: {0}</source>
        <translation>مستحقة الآن أو فائتة: {0}</translation>
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
        <translation>المنتج</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المتوفر فعليًا</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>المتاح</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>Suggested order</source>
        <translation>الطلب المقترح</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Preferred supplier</source>
        <translation>المورد المفضل</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— لا يوجد —</translation>
    </message>
    <message>
        <source>No supplier: set one on the product&apos;s Suppliers tab</source>
        <translation>لا يوجد مورد: عيّن موردًا في تبويب «الموردون» للمنتج</translation>
    </message>
    <message>
        <source>Nothing is below its minimum stock.</source>
        <translation>لا يوجد شيء تحت حده الأدنى للمخزون.</translation>
    </message>
    <message>
        <source>Uses the warehouse chosen on the Balances tab.</source>
        <translation>يستخدم المستودع المختار في تبويب «الأرصدة».</translation>
    </message>
    <message>
        <source>Make purchase orders</source>
        <translation>إنشاء أوامر شراء</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>The list (suggested orders and preferred suppliers) to an Excel workbook</source>
        <translation>القائمة (الطلبات المقترحة والموردون المفضّلون) إلى مصنف Excel</translation>
    </message>
    <message numerus="yes">
        <source>Draft purchase orders for the %n selected product(s), one per preferred supplier</source>
        <translation>
            <numerusform>أوامر شراء مسودة لـ %n منتج محدد، أمر لكل مورد مفضّل</numerusform>
            <numerusform>أوامر شراء مسودة لـ %n منتج محدد، أمر لكل مورد مفضّل</numerusform>
            <numerusform>أوامر شراء مسودة لـ %n منتجين محددين، أمر لكل مورد مفضّل</numerusform>
            <numerusform>أوامر شراء مسودة لـ %n منتجات محددة، أمر لكل مورد مفضّل</numerusform>
            <numerusform>أوامر شراء مسودة لـ %n منتجًا محددًا، أمر لكل مورد مفضّل</numerusform>
            <numerusform>أوامر شراء مسودة لـ %n منتج محدد، أمر لكل مورد مفضّل</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft purchase orders for every product in the list, one per preferred supplier (select rows to order only those)</source>
        <translation>أوامر شراء مسودة لكل منتج في القائمة، أمر لكل مورد مفضّل (حدّد صفوفًا لطلبها فقط)</translation>
    </message>
    <message>
        <source>the reorder list</source>
        <translation>قائمة إعادة الطلب</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> و{n} غيرها</translation>
    </message>
    <message>
        <source>1 purchase order drafted</source>
        <translation>أُنشئت مسودة أمر شراء واحد</translation>
    </message>
    <message>
        <source>{n} purchase orders drafted</source>
        <translation>أُنشئت مسودات {n} أوامر شراء</translation>
    </message>
    <message>
        <source>No purchase order was drafted</source>
        <translation>لم تُنشأ أي مسودة أمر شراء</translation>
    </message>
    <message>
        <source>1 product has no supplier</source>
        <translation>منتج واحد ليس له مورد</translation>
    </message>
    <message>
        <source>{n} products have no supplier</source>
        <translation>{n} منتجات ليس لها مورد</translation>
    </message>
    <message>
        <source>set one on the product&apos;s Suppliers tab</source>
        <translation>عيّن موردًا في تبويب «الموردون» للمنتج</translation>
    </message>
    <message>
        <source>Click a supplier to open its draft; all of them are in Documents (type Purchase order).</source>
        <translation>انقر على مورد لفتح مسودته؛ كلها موجودة في المستندات (النوع: أمر شراء).</translation>
    </message>
    <message>
        <source>Totals: {totals}</source>
        <translation>الإجماليات: {totals}</translation>
    </message>
    <message>
        <source>Nothing to order: no selected product needs more stock.</source>
        <translation>لا شيء للطلب: لا يحتاج أي منتج محدد إلى مخزون إضافي.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {0}</source>
        <translation>إعادة تعيين كلمة مرور {0}</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>كلمة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>أ&amp;عد كتابتها:</translation>
    </message>
    <message>
        <source>{0} must change it at the next sign-in; a locked account opens again.</source>
        <translation>يجب على {0} تغييرها عند تسجيل الدخول التالي؛ ويُفتح الحساب المقفل مجددًا.</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>كلمتا المرور مختلفتان</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Done</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <source>Nothing was imported: rows with errors: {bad}.</source>
        <translation>لم يُستورد شيء: الصفوف التي بها أخطاء: {bad}.</translation>
    </message>
    <message>
        <source>{created} {what} created, {updated} updated.</source>
        <translation>أُنشئ {created} {what}، وحُدّث {updated}.</translation>
    </message>
    <message>
        <source>Rejected rows left out: {bad}.</source>
        <translation>الصفوف المرفوضة المستبعدة: {bad}.</translation>
    </message>
    <message>
        <source>Posted stock receipts: {numbers}.</source>
        <translation>استلامات المخزون المُرحّلة: {numbers}.</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>The administrator may do everything: every area and action, in every branch, and managing users. This role has no matrix to narrow; give people another role to limit what they do.</source>
        <translation>يستطيع مسؤول النظام فعل كل شيء: كل المجالات والإجراءات، في كل الفروع، وإدارة المستخدمين. ليس لهذا الدور مصفوفة لتقييدها؛ امنح الأشخاص دورًا آخر لتقييد ما يفعلونه.</translation>
    </message>
    <message>
        <source>&amp;New role</source>
        <translation>دور &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Copy role</source>
        <translation>&amp;نسخ الدور</translation>
    </message>
    <message>
        <source>&amp;Delete role</source>
        <translation>&amp;حذف الدور</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Show the role as it is saved now (your edits are dropped)</source>
        <translation>عرض الدور كما هو محفوظ الآن (تُتجاهل تعديلاتك)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>the new role</source>
        <translation>الدور الجديد</translation>
    </message>
    <message>
        <source>A new role: Save creates it.</source>
        <translation>دور جديد: يُنشئه «حفظ».</translation>
    </message>
    <message>
        <source>Nobody holds this role.</source>
        <translation>لا أحد لديه هذا الدور.</translation>
    </message>
    <message>
        <source>Held by 1 user.</source>
        <translation>لدى مستخدم واحد.</translation>
    </message>
    <message>
        <source>Held by {n} users.</source>
        <translation>لدى {n} مستخدم.</translation>
    </message>
    <message>
        <source>Copy of {0}</source>
        <translation>نسخة من {0}</translation>
    </message>
    <message>
        <source>Change the copy, then Save to create it.</source>
        <translation>غيّر النسخة، ثم اضغط «حفظ» لإنشائها.</translation>
    </message>
    <message>
        <source>Saved. People with this role get the new rights at their next action.</source>
        <translation>تم الحفظ. يحصل أصحاب هذا الدور على الصلاحيات الجديدة عند إجرائهم التالي.</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>حذف الدور</translation>
    </message>
    <message>
        <source>Delete the role “{0}”?</source>
        <translation>هل تريد حذف الدور “{0}”؟</translation>
    </message>
    <message>
        <source>Role “{0}” deleted.</source>
        <translation>حُذف الدور “{0}”.</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>شريحة جديدة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>أي دور</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>الموردون</translation>
    </message>
    <message>
        <source>Any of these tags, comma-separated</source>
        <translation>أي من هذه الوسوم، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>min</source>
        <translation>أدنى</translation>
    </message>
    <message>
        <source>max</source>
        <translation>أقصى</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>الاسم*</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Has a deal in stage</source>
        <translation>لديه صفقة في المرحلة</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>آخر شراء</translation>
    </message>
    <message>
        <source>Total bought</source>
        <translation>إجمالي المشتريات</translation>
    </message>
    <message>
        <source>Purchases are won deals until invoices arrive.</source>
        <translation>المشتريات هي الصفقات الرابحة إلى أن تصل الفواتير.</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>حفظ الشريحة</translation>
    </message>
    <message>
        <source>Export members…</source>
        <translation>تصدير الأعضاء…</translation>
    </message>
    <message>
        <source>Every client matching these criteria (not only the first {n} shown below) to an Excel workbook</source>
        <translation>كل العملاء المطابقين لهذه المعايير (وليس أول {n} المعروضين أدناه فقط) إلى مصنف Excel</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>البريد</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>ألغى الاشتراك</translation>
    </message>
    <message>
        <source>Any manager</source>
        <translation>أي مسؤول</translation>
    </message>
    <message>
        <source>Any (no condition)</source>
        <translation>أي (بدون شرط)</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) match</source>
        <translation>
            <numerusform>%n عميل مطابق</numerusform>
            <numerusform>%n عميل مطابق</numerusform>
            <numerusform>%n عميلان مطابقان</numerusform>
            <numerusform>%n عملاء مطابقون</numerusform>
            <numerusform>%n عميلًا مطابقًا</numerusform>
            <numerusform>%n عميل مطابق</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the criteria</source>
        <translation>تحقق من المعايير</translation>
    </message>
    <message>
        <source>Segment: {name}</source>
        <translation>الشريحة: {name}</translation>
    </message>
    <message>
        <source>Segment (not saved)</source>
        <translation>شريحة (غير محفوظة)</translation>
    </message>
    <message>
        <source>segment members</source>
        <translation>أعضاء الشريحة</translation>
    </message>
</context>
<context>
    <name>SendDocumentDialog</name>
    <message>
        <source>Send by e-mail</source>
        <translation>إرسال بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>كلمة مرور SMTP</translation>
    </message>
    <message>
        <source>To*</source>
        <translation>إلى*</translation>
    </message>
    <message>
        <source>Subject*</source>
        <translation>الموضوع*</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send {0} by e-mail</source>
        <translation>إرسال {0} بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Password of {0}</source>
        <translation>كلمة مرور {0}</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Not sent: {0}</source>
        <translation>لم يُرسل: {0}</translation>
    </message>
</context>
<context>
    <name>ServiceDeskWorkspace</name>
    <message>
        <source>New request</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>فتح العميل</translation>
    </message>
    <message>
        <source>Open product</source>
        <translation>فتح المنتج</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>The requests the list shows (its filters and sort), to an Excel workbook</source>
        <translation>الطلبات المعروضة في القائمة (حسب عوامل التصفية والترتيب)، إلى مصنف Excel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Open (new, in progress, waiting)</source>
        <translation>مفتوحة (جديدة، قيد التنفيذ، بانتظار الرد)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message>
        <source>Search number, subject, client…</source>
        <translation>البحث برقم أو موضوع أو عميل…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>المسؤول:</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n طلب</numerusform>
            <numerusform>%n طلب</numerusform>
            <numerusform>%n طلبان</numerusform>
            <numerusform>%n طلبات</numerusform>
            <numerusform>%n طلبًا</numerusform>
            <numerusform>%n طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>service requests</source>
        <translation>طلبات الخدمة</translation>
    </message>
</context>
<context>
    <name>ServiceRequestDialog</name>
    <message>
        <source>New service request</source>
        <translation>طلب خدمة جديد</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>طلب خدمة</translation>
    </message>
    <message>
        <source>No due time</source>
        <translation>بدون موعد استحقاق</translation>
    </message>
    <message>
        <source>e.g. Invoice 2025-117</source>
        <translation>مثال: الفاتورة 2025-117</translation>
    </message>
    <message>
        <source>Open product</source>
        <translation>فتح المنتج</translation>
    </message>
    <message>
        <source>Serial number, configuration… e.g. serial 88812</source>
        <translation>الرقم التسلسلي، التهيئة… مثال: الرقم التسلسلي 88812</translation>
    </message>
    <message>
        <source>How it was resolved (needed to resolve)</source>
        <translation>كيف تم الحل (مطلوب للحل)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Client*</source>
        <translation>العميل*</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Subject*</source>
        <translation>الموضوع*</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>تفاصيل المنتج</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>نقل إلى:</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>بدء العمل</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>تعليق مؤقت</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>حل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Service request {0}</source>
        <translation>طلب الخدمة {0}</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <source>{0} · overdue since {1}</source>
        <translation>{0} · متأخر منذ {1}</translation>
    </message>
    <message>
        <source>Back to work</source>
        <translation>العودة إلى العمل</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة الفتح</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>pick a product from the list, or clear the field</source>
        <translation>اختر منتجًا من القائمة، أو امسح الحقل</translation>
    </message>
    <message>
        <source>Saved as {0}.</source>
        <translation>حُفظ باسم {0}.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Karavan — first start</source>
        <translation>Karavan — التشغيل الأول</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Creating the demo company…</source>
        <translation>جارٍ إنشاء الشركة التجريبية…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>SMTP settings</source>
        <translation>إعدادات SMTP</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>بدون (غير مشفّر)</translation>
    </message>
    <message>
        <source>Remember on this computer (system keyring)</source>
        <translation>التذكّر على هذا الحاسوب (سلسلة مفاتيح النظام)</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>إرسال بريد تجريبي</translation>
    </message>
    <message>
        <source>Server*</source>
        <translation>الخادم*</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>From*</source>
        <translation>المُرسِل*</translation>
    </message>
    <message>
        <source>Test to</source>
        <translation>إرسال التجربة إلى</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is asked each time a campaign is sent.</source>
        <translation>لا توجد سلسلة مفاتيح على هذا الحاسوب: تُطلب كلمة المرور في كل مرة تُرسل فيها حملة.</translation>
    </message>
    <message>
        <source>Test e-mail sent to {0}.</source>
        <translation>أُرسل البريد التجريبي إلى {0}.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Choose the file</source>
        <translation>اختر الملف</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) whose first row holds the column titles.</source>
        <translation>مصنف Excel (.xlsx) يحتوي صفه الأول على عناوين الأعمدة.</translation>
    </message>
    <message>
        <source>Clients (with a contact person and an address)</source>
        <translation>العملاء (مع جهة اتصال وعنوان)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Price list prices</source>
        <translation>أسعار قائمة الأسعار</translation>
    </message>
    <message>
        <source>Opening stock balances</source>
        <translation>أرصدة المخزون الافتتاحية</translation>
    </message>
    <message>
        <source>Path to an .xlsx file</source>
        <translation>مسار ملف .xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>At most {n} data rows are read at once; empty rows are skipped.</source>
        <translation>يُقرأ {n} صف بيانات كحد أقصى في المرة الواحدة؛ تُتخطى الصفوف الفارغة.</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>استيراد:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>الورقة:</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>استيراد من Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SourcesReportTab</name>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Source / campaign</source>
        <translation>المصدر / الحملة</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>الصفقات</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>رابحة</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>المبلغ المربوح</translation>
    </message>
    <message>
        <source>Campaign cost</source>
        <translation>تكلفة الحملة</translation>
    </message>
    <message>
        <source>Cost per won deal</source>
        <translation>التكلفة لكل صفقة رابحة</translation>
    </message>
    <message>
        <source>No deals, leads or campaigns in this period.</source>
        <translation>لا توجد صفقات أو عملاء محتملون أو حملات في هذه الفترة.</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>The report shown (its period) to an Excel workbook</source>
        <translation>التقرير المعروض (لفترته) إلى مصنف Excel</translation>
    </message>
    <message>
        <source>Deals created from</source>
        <translation>الصفقات المُنشأة من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Campaign rows count deals and leads credited to the campaign; its whole cost is divided by its won deals.</source>
        <translation>تحسب صفوف الحملات الصفقات والعملاء المحتملين المنسوبين إلى الحملة؛ وتُقسم تكلفتها الكاملة على صفقاتها الرابحة.</translation>
    </message>
    <message>
        <source>the sources report</source>
        <translation>تقرير المصادر</translation>
    </message>
    <message>
        <source>Campaign: {0}</source>
        <translation>الحملة: {0}</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(بدون مصدر)</translation>
    </message>
</context>
<context>
    <name>StageChangesModel</name>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>سبب الخسارة</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(أُنشئت)</translation>
    </message>
    <message>
        <source>(so far)</source>
        <translation>(حتى الآن)</translation>
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
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>الاحتمالية</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Won (closes the deal)</source>
        <translation>رابحة (تُغلق الصفقة)</translation>
    </message>
    <message>
        <source>Lost (closes the deal)</source>
        <translation>خاسرة (تُغلق الصفقة)</translation>
    </message>
</context>
<context>
    <name>StageTimesModel</name>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>مرات الدخول</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>الوقت في المرحلة</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How to start</source>
        <translation>كيف تبدأ</translation>
    </message>
    <message>
        <source>Start with an empty database, or look around with a realistic demo company.</source>
        <translation>ابدأ بقاعدة بيانات فارغة، أو استكشف البرنامج مع شركة تجريبية واقعية.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>البدء بقاعدة فارغة</translation>
    </message>
    <message>
        <source>Fill with demo data (about {0} clients with contacts, in five languages)</source>
        <translation>التعبئة ببيانات تجريبية (نحو {0} عميل مع جهات اتصالهم، بخمس لغات)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the database {0}…</source>
        <translation>جارٍ فتح قاعدة البيانات {0}…</translation>
    </message>
    <message>
        <source>Your password was set by an administrator (or has expired). Choose your own before you go on: at least 8 characters, with letters and digits, and not your login.</source>
        <translation>عيّن مسؤول النظام كلمة مرورك (أو انتهت صلاحيتها). اختر كلمة مرور خاصة بك قبل المتابعة: 8 أحرف على الأقل، تحتوي على حروف وأرقام، وليست اسم الدخول الخاص بك.</translation>
    </message>
</context>
<context>
    <name>StockDocumentDialog</name>
    <message>
        <source>Type to search clients…</source>
        <translation>اكتب للبحث عن العملاء…</translation>
    </message>
    <message>
        <source>Damaged, expired, lost…</source>
        <translation>تالف، منتهي الصلاحية، مفقود…</translation>
    </message>
    <message>
        <source>From warehouse*</source>
        <translation>من المستودع*</translation>
    </message>
    <message>
        <source>Warehouse*</source>
        <translation>المستودع*</translation>
    </message>
    <message>
        <source>To warehouse*</source>
        <translation>إلى المستودع*</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>المورد</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <source>Reason*</source>
        <translation>السبب*</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Add a product: type or scan its SKU, name or barcode, Enter</source>
        <translation>أضف منتجًا: اكتب أو امسح SKU أو الاسم أو الباركود، ثم Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>إزالة البند</translation>
    </message>
    <message>
        <source>Fill from stock</source>
        <translation>التعبئة من المخزون</translation>
    </message>
    <message>
        <source>Start the count with every product of the warehouse and its book quantity</source>
        <translation>بدء الجرد بكل منتجات المستودع وكمياتها الدفترية</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>حفظ المسودة</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ترحيل</translation>
    </message>
    <message>
        <source>Un-post</source>
        <translation>إلغاء الترحيل</translation>
    </message>
    <message>
        <source>Cancel document</source>
        <translation>إلغاء المستند</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Show the document as it is saved now (your unsaved edits are dropped)</source>
        <translation>عرض المستند كما هو محفوظ الآن (تُتجاهل تعديلاتك غير المحفوظة)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>{title} · not saved yet</source>
        <translation>{title} · لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>posted {when} by {who}</source>
        <translation>رُحّل في {when} بواسطة {who}</translation>
    </message>
    <message>
        <source>made by production: it changes only through its production order</source>
        <translation>صادر عن الإنتاج: لا يتغير إلا عبر أمر الإنتاج الخاص به</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode “{code}”.</source>
        <translation>لا يوجد منتج بـ SKU أو باركود “{code}”.</translation>
    </message>
    <message>
        <source>choose a client from the list</source>
        <translation>اختر عميلًا من القائمة</translation>
    </message>
    <message>
        <source>Line {n} ({sku}): {message}</source>
        <translation>البند {n} ({sku}): {message}</translation>
    </message>
    <message>
        <source>later costs recomputed</source>
        <translation>أُعيد حساب التكاليف اللاحقة</translation>
    </message>
    <message>
        <source>Posting and recomputing the costs of later documents…</source>
        <translation>جارٍ الترحيل وإعادة حساب تكاليف المستندات اللاحقة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Posting was cancelled: nothing was posted and no cost was changed.</source>
        <translation>أُلغي الترحيل: لم يُرحّل شيء ولم تتغير أي تكلفة.</translation>
    </message>
    <message>
        <source>Cancel this draft? It stays in the list as cancelled.</source>
        <translation>هل تريد إلغاء هذه المسودة؟ ستبقى في القائمة كملغاة.</translation>
    </message>
    <message>
        <source>choose a warehouse</source>
        <translation>اختر مستودعًا</translation>
    </message>
</context>
<context>
    <name>StockDocuments</name>
    <message>
        <source>Receipt</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>شحن</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>شطب</translation>
    </message>
    <message>
        <source>Inventory count</source>
        <translation>جرد</translation>
    </message>
    <message>
        <source>Production consumption</source>
        <translation>استهلاك الإنتاج</translation>
    </message>
    <message>
        <source>Production output</source>
        <translation>مخرجات الإنتاج</translation>
    </message>
    <message>
        <source>New receipt</source>
        <translation>استلام جديد</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>شحنة جديدة</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>تحويل جديد</translation>
    </message>
    <message>
        <source>New write-off</source>
        <translation>شطب جديد</translation>
    </message>
    <message>
        <source>New inventory count</source>
        <translation>جرد جديد</translation>
    </message>
    <message>
        <source>New production consumption</source>
        <translation>استهلاك إنتاج جديد</translation>
    </message>
    <message>
        <source>New production output</source>
        <translation>ناتج إنتاج جديد</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>مُرحّل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>New document: {kind}</source>
        <translation>مستند جديد: {kind}</translation>
    </message>
</context>
<context>
    <name>SupplierTermsPanel</name>
    <message>
        <source>Remove supplier</source>
        <translation>إزالة المورد</translation>
    </message>
    <message>
        <source>Save the product to add suppliers.</source>
        <translation>احفظ المنتج لإضافة موردين.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>1 is the preferred supplier: reorders go to it</source>
        <translation>1 هو المورد المفضّل: تذهب إليه طلبات إعادة الطلب</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>المورد</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Lead time, days</source>
        <translation>مدة التوريد، أيام</translation>
    </message>
    <message>
        <source>Min. order</source>
        <translation>الحد الأدنى للطلب</translation>
    </message>
    <message>
        <source>Supplier&apos;s SKU</source>
        <translation>SKU لدى المورد</translation>
    </message>
    <message>
        <source>No suppliers yet. Pick one below and press “Add supplier”; the one with priority 1 gets the reorders.</source>
        <translation>لا يوجد موردون بعد. اختر موردًا أدناه واضغط “إضافة مورد”؛ يتلقى المورد ذو الأولوية 1 طلبات إعادة الطلب.</translation>
    </message>
    <message>
        <source>Supplier*</source>
        <translation>المورد*</translation>
    </message>
    <message>
        <source>Priority (1 = preferred)</source>
        <translation>الأولوية (1 = المفضّل)</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>الحد الأدنى للطلب</translation>
    </message>
    <message>
        <source>Add supplier</source>
        <translation>إضافة مورد</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Empty the form to add another supplier</source>
        <translation>إفراغ النموذج لإضافة مورد آخر</translation>
    </message>
    <message>
        <source>Saved at once: the product&apos;s Save is not needed for these.</source>
        <translation>تُحفظ فورًا: لا حاجة إلى «حفظ» المنتج لهذه البيانات.</translation>
    </message>
    <message>
        <source>Change the terms of {name}</source>
        <translation>تغيير شروط {name}</translation>
    </message>
    <message>
        <source>Add a supplier</source>
        <translation>إضافة مورد</translation>
    </message>
    <message>
        <source>choose a supplier from the list</source>
        <translation>اختر موردًا من القائمة</translation>
    </message>
    <message>
        <source>Remove {name} as a supplier of this product?</source>
        <translation>هل تريد إزالة {name} كمورد لهذا المنتج؟</translation>
    </message>
    <message>
        <source>{who} changed these terms at {when} after you opened them; nothing was saved. The list shows theirs, the form keeps yours: press the button again to save yours over them.</source>
        <translation>غيّر {who} هذه الشروط في {when} بعد أن فتحتها؛ لم يُحفظ شيء. تعرض القائمة شروطهم، ويحتفظ النموذج بشروطك: اضغط الزر مرة أخرى لحفظ شروطك فوقها.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <source>These terms were removed by someone else meanwhile.</source>
        <translation>أزال شخص آخر هذه الشروط في الأثناء.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Mon</source>
        <translation>اثن</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ثلا</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>أرب</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>خمي</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>سبت</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>أحد</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>What has to be done</source>
        <translation>ما يجب إنجازه</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>طوال اليوم</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>بدون تذكير</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> دقيقة قبل الموعد</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>لا تتكرر</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>يوميًا</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>أسبوعيًا</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <source>every </source>
        <translation>كل </translation>
    </message>
    <message>
        <source>No end</source>
        <translation>بلا نهاية</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>الأولوية:</translation>
    </message>
    <message>
        <source>Subject*</source>
        <translation>الموضوع*</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>المُكلَّف</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>الصفقة</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>التذكير</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>On days</source>
        <translation>في الأيام</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>إنجاز…</translation>
    </message>
    <message>
        <source>Cancel task…</source>
        <translation>إلغاء المهمة…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة الفتح</translation>
    </message>
    <message>
        <source>Task: {0}</source>
        <translation>المهمة: {0}</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> أسبوع</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> شهر</translation>
    </message>
    <message>
        <source>pick a client from the list</source>
        <translation>اختر عميلًا من القائمة</translation>
    </message>
    <message>
        <source>Someone else changed this task. Your values are kept; Save again to overwrite theirs, or Cancel to keep them.</source>
        <translation>غيّر شخص آخر هذه المهمة. قيمك محفوظة؛ اضغط «حفظ» مرة أخرى للكتابة فوق قيمهم، أو «إلغاء» للإبقاء عليها.</translation>
    </message>
    <message>
        <source>Someone else changed this task meanwhile; its status above is the current one. Check it and try again.</source>
        <translation>غيّر شخص آخر هذه المهمة في الأثناء؛ حالتها المعروضة أعلاه هي الحالية. تحقق منها وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Could not load this tile: {0}</source>
        <translation>تعذّر تحميل هذا المربع: {0}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>التفاعلات</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>الصفقات</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمة</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>تسجيل اجتماع</translation>
    </message>
    <message>
        <source>Log e-mail</source>
        <translation>تسجيل بريد</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Log a call (Ctrl+L)</source>
        <translation>تسجيل مكالمة (Ctrl+L)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>The whole timeline under the chosen filter (also the older entries not loaded yet) to an Excel workbook</source>
        <translation>الخط الزمني بالكامل حسب عامل التصفية المختار (بما في ذلك القيود الأقدم التي لم تُحمَّل بعد) إلى مصنف Excel</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>تحميل القيود الأقدم</translation>
    </message>
    <message>
        <source>This client no longer exists (merged or deleted).</source>
        <translation>هذا العميل لم يعد موجودًا (دُمج أو حُذف).</translation>
    </message>
    <message>
        <source>Nothing here yet.
Log a call or add a note with the buttons above.</source>
        <translation>لا شيء هنا بعد.
سجّل مكالمة أو أضف ملاحظة باستخدام الأزرار أعلاه.</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>لا شيء من هذا النوع بعد.</translation>
    </message>
    <message>
        <source>the timeline</source>
        <translation>الخط الزمني</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <source>Units of measure</source>
        <translation>وحدات القياس</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>المنازل العشرية</translation>
    </message>
    <message>
        <source>No units yet: type a name below and press Add.</source>
        <translation>لا توجد وحدات بعد: اكتب اسمًا أدناه واضغط «إضافة».</translation>
    </message>
    <message>
        <source>e.g. pcs, kg, m</source>
        <translation>مثال: قطعة، كغ، م</translation>
    </message>
    <message>
        <source>How many fraction digits a quantity in this unit may have</source>
        <translation>عدد الخانات العشرية المسموح بها لكمية بهذه الوحدة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
</context>
<context>
    <name>UsersRolesDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>المستخدمون والأدوار</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>ال&amp;مستخدمون</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>الأ&amp;دوار</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Update &amp;database roles</source>
        <translation>تحديث أدوار &amp;قاعدة البيانات</translation>
    </message>
    <message>
        <source>Make every user a PostgreSQL role with their role&apos;s rights, so other tools (psql, ODBC) see exactly what Karavan shows them</source>
        <translation>جعل كل مستخدم دورًا في PostgreSQL بصلاحيات دوره، حتى ترى الأدوات الأخرى (psql، ODBC) بالضبط ما يعرضه لهم Karavan</translation>
    </message>
    <message>
        <source>{users} users and {groups} roles are now database roles with these rights.</source>
        <translation>أصبح {users} مستخدم و{groups} دور أدوارًا في قاعدة البيانات بهذه الصلاحيات.</translation>
    </message>
    <message>
        <source>{n} inactive users may not log in.</source>
        <translation>{n} مستخدم غير نشط لا يمكنهم تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Each user&apos;s database password is set the next time their password is set or changed here.</source>
        <translation>تُعيَّن كلمة مرور قاعدة البيانات لكل مستخدم في المرة التالية التي تُعيَّن فيها كلمة مروره أو تُغيَّر هنا.</translation>
    </message>
    <message>
        <source>Database roles</source>
        <translation>أدوار قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>حتى {0}</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation>نشط (يمكنه تسجيل الدخول)</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>الاسم ال&amp;كامل:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>ال&amp;فرع:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>ال&amp;قسم:</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>مستخدم &amp;جديد…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>إعادة تعيين &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>إلغاء ال&amp;قفل</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Show the account as it is saved now (your edits are dropped)</source>
        <translation>عرض الحساب كما هو محفوظ الآن (تُتجاهل تعديلاتك)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Login: {0}{1}</source>
        <translation>اسم الدخول: {0}{1}</translation>
    </message>
    <message>
        <source> — must change the password at the next sign-in</source>
        <translation> — يجب تغيير كلمة المرور عند تسجيل الدخول التالي</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>User {0} created.</source>
        <translation>أُنشئ المستخدم {0}.</translation>
    </message>
    <message>
        <source>New password set for {0}: they must change it when they sign in.</source>
        <translation>عُيّنت كلمة مرور جديدة لـ {0}: يجب عليه تغييرها عند تسجيل الدخول.</translation>
    </message>
    <message>
        <source>{0} can sign in again.</source>
        <translation>يمكن لـ {0} تسجيل الدخول مجددًا.</translation>
    </message>
</context>
<context>
    <name>ValuationView</name>
    <message>
        <source>Export the valuation</source>
        <translation>تصدير التقييم</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>جميع المستودعات</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>متوسط التكلفة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>At the end of:</source>
        <translation>في نهاية:</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>المستودع:</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n line(s) · quantity {quantity} · value {value}</source>
        <translation>
            <numerusform>الإجمالي: %n بند · الكمية {quantity} · القيمة {value}</numerusform>
            <numerusform>الإجمالي: %n بند · الكمية {quantity} · القيمة {value}</numerusform>
            <numerusform>الإجمالي: %n بند · الكمية {quantity} · القيمة {value}</numerusform>
            <numerusform>الإجمالي: %n بند · الكمية {quantity} · القيمة {value}</numerusform>
            <numerusform>الإجمالي: %n بند · الكمية {quantity} · القيمة {value}</numerusform>
            <numerusform>الإجمالي: %n بند · الكمية {quantity} · القيمة {value}</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock valuation at the end of {day} — {warehouse}</source>
        <translation>تقييم المخزون في نهاية {day} — {warehouse}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>تم حفظ {path}</translation>
    </message>
</context>
<context>
    <name>WarehouseWorkspace</name>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>الأرصدة</translation>
    </message>
    <message>
        <source>To reorder</source>
        <translation>لإعادة الطلب</translation>
    </message>
    <message>
        <source>Product moves</source>
        <translation>حركات المنتج</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>New receipt</source>
        <translation>استلام جديد</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>شحنة جديدة</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>تحويل جديد</translation>
    </message>
    <message>
        <source>New write-off</source>
        <translation>شطب جديد</translation>
    </message>
    <message>
        <source>New count</source>
        <translation>جرد جديد</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Warehouses…</source>
        <translation>المستودعات…</translation>
    </message>
    <message>
        <source>Clerk PINs…</source>
        <translation>أرقام PIN لأمناء المستودع…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>The stock documents the list shows, to an Excel workbook</source>
        <translation>مستندات المخزون المعروضة في القائمة، إلى مصنف Excel</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Search number, client, comment…</source>
        <translation>البحث برقم أو عميل أو تعليق…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>No stock documents match the filters.</source>
        <translation>لا توجد مستندات مخزون تطابق عوامل التصفية.</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>جميع المستودعات</translation>
    </message>
    <message>
        <source>Search SKU or product…</source>
        <translation>البحث بـ SKU أو المنتج…</translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation>تحت الحد الأدنى</translation>
    </message>
    <message>
        <source>Stock at…</source>
        <translation>المخزون في…</translation>
    </message>
    <message>
        <source>Moves…</source>
        <translation>الحركات…</translation>
    </message>
    <message>
        <source>The selected product&apos;s moves with the running balance</source>
        <translation>حركات المنتج المحدد مع الرصيد الجاري</translation>
    </message>
    <message>
        <source>Export the balances the list shows to Excel (Ctrl+E)</source>
        <translation>تصدير الأرصدة المعروضة في القائمة إلى Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>المستودع:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>التشغيلة</translation>
    </message>
    <message>
        <source>Expires {d}</source>
        <translation>ينتهي {d}</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المتوفر فعليًا</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>المتاح</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>وارد</translation>
    </message>
    <message>
        <source>Ordered from suppliers, not yet received</source>
        <translation>مطلوب من الموردين، لم يُستلم بعد</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Avg cost</source>
        <translation>متوسط التكلفة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>No stock matches the filters.</source>
        <translation>لا يوجد مخزون يطابق عوامل التصفية.</translation>
    </message>
    <message>
        <source>stock documents</source>
        <translation>مستندات المخزون</translation>
    </message>
    <message>
        <source>Stock at the end of {day} — {warehouse}</source>
        <translation>المخزون في نهاية {day} — {warehouse}</translation>
    </message>
    <message>
        <source>stock balances</source>
        <translation>أرصدة المخزون</translation>
    </message>
    <message>
        <source>Stock at the end of {day}</source>
        <translation>المخزون في نهاية {day}</translation>
    </message>
    <message>
        <source>Stock now</source>
        <translation>المخزون الآن</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>تكلفة الوحدة</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>تحميل المزيد</translation>
    </message>
    <message>
        <source>Every move of this product (also the ones not loaded yet) to an Excel workbook</source>
        <translation>كل حركات هذا المنتج (بما في ذلك التي لم تُحمَّل بعد) إلى مصنف Excel</translation>
    </message>
    <message>
        <source>Choose a row on the Balances tab and press “Moves…” (or double-click it).</source>
        <translation>اختر صفًا في تبويب «الأرصدة» واضغط “الحركات…” (أو انقر عليه نقرًا مزدوجًا).</translation>
    </message>
    <message>
        <source>This product has no moves yet.</source>
        <translation>ليس لهذا المنتج حركات بعد.</translation>
    </message>
    <message>
        <source>stock moves</source>
        <translation>حركات المخزون</translation>
    </message>
</context>
<context>
    <name>WarehousesDialog</name>
    <message>
        <source>Warehouses</source>
        <translation>المستودعات</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Negative stock</source>
        <translation>المخزون السالب</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>عرض المؤرشف</translation>
    </message>
    <message>
        <source>Allow negative stock</source>
        <translation>السماح بالمخزون السالب</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>{who} saved this warehouse after you opened it (now: “{name}”). Your values are kept: Save again to overwrite, or pick it in the list to see theirs.</source>
        <translation>حفظ {who} هذا المستودع بعد أن فتحته (الآن: “{name}”). قيمك محفوظة: اضغط «حفظ» مرة أخرى للكتابة فوقها، أو اختره من القائمة لرؤية قيمهم.</translation>
    </message>
</context>
</TS>
