<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n confirmed invoice(s) {0}</source>
        <translation>
            <numerusform>%n confirmed invoice {0}</numerusform>
            <numerusform>%n confirmed invoices {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) confirmed today</source>
        <translation>
            <numerusform>%n order confirmed today</numerusform>
            <numerusform>%n orders confirmed today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n open deal(s)</source>
        <translation>
            <numerusform>{0}: %n open deal</numerusform>
            <numerusform>{0}: %n open deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more on the reorder list</source>
        <translation>
            <numerusform>and %n more on the reorder list</numerusform>
            <numerusform>and %n more on the reorder list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue in the whole team</source>
        <translation>
            <numerusform>%n overdue in the whole team</numerusform>
            <numerusform>%n overdue in the whole team</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue: {0} in %n invoice(s)</source>
        <translation>
            <numerusform>Overdue: {0} in %n invoice</numerusform>
            <numerusform>Overdue: {0} in %n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} units made {1} (%n completion(s))</source>
        <translation>
            <numerusform>{0} units made {1} (%n completion)</numerusform>
            <numerusform>{0} units made {1} (%n completions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in Goals</source>
        <translation>
            <numerusform>and %n more in Goals</numerusform>
            <numerusform>and %n more in Goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), oldest first</source>
        <translation>
            <numerusform>%n change, oldest first</numerusform>
            <numerusform>%n changes, oldest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientRequestsPanel</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealListView</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsWorkspace</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n open card(s) have unsaved changes. Quit and discard them?</source>
        <translation>
            <numerusform>%n open card has unsaved changes. Quit and discard it?</numerusform>
            <numerusform>%n open cards have unsaved changes. Quit and discard them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsWorkspace</name>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReorderView</name>
    <message numerus="yes">
        <source>Draft purchase orders for the %n selected product(s), one per preferred supplier</source>
        <translation>
            <numerusform>Draft a purchase order for the %n selected product</numerusform>
            <numerusform>Draft purchase orders for the %n selected products, one per preferred supplier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message numerus="yes">
        <source>%n client(s) match</source>
        <translation>
            <numerusform>%n client matches</numerusform>
            <numerusform>%n clients match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceDeskWorkspace</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
</TS>
