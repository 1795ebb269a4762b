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
    <message numerus="yes">
        <source>%n run(s), {problems} with a problem</source>
        <translation>
            <numerusform>%n run, {problems} with a problem</numerusform>
            <numerusform>%n runs, {problems} with a problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n old backup(s) removed by rotation)</source>
        <translation>
            <numerusform>(%n old backup removed by rotation)</numerusform>
            <numerusform>(%n old backups removed by rotation)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer</source>
        <translation>
            <numerusform>%n page sent to the printer</numerusform>
            <numerusform>%n pages sent to the printer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This document is dated before %n posted document(s): {numbers}.</source>
        <translation>
            <numerusform>This document is dated before %n posted document: {numbers}.</numerusform>
            <numerusform>This document is dated before %n posted documents: {numbers}.</numerusform>
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
    <name>DocumentLayoutsDialog</name>
    <message numerus="yes">
        <source>Preview — {0}, %n page(s)</source>
        <translation>
            <numerusform>Preview — {0}, %n page</numerusform>
            <numerusform>Preview — {0}, %n pages</numerusform>
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
    <message numerus="yes">
        <source>Saved {n} of %n document(s) to {folder}</source>
        <translation>
            <numerusform>Saved {n} of %n document to {folder}</numerusform>
            <numerusform>Saved {n} of %n documents to {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n document(s) as PDF…</source>
        <translation>
            <numerusform>Saving %n document as PDF…</numerusform>
            <numerusform>Saving %n documents as PDF…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n document(s), {p} page(s)</source>
        <translation>
            <numerusform>Printed %n document, {p} page</numerusform>
            <numerusform>Printed %n documents, {p} pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n document(s) for printing…</source>
        <translation>
            <numerusform>Preparing %n document for printing…</numerusform>
            <numerusform>Preparing %n documents for printing…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message numerus="yes">
        <source>%n product(s) selected</source>
        <translation>
            <numerusform>%n product selected</numerusform>
            <numerusform>%n products selected</numerusform>
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
    <message numerus="yes">
        <source>Saved %n client(s) to {path}</source>
        <translation>
            <numerusform>Saved %n client to {path}</numerusform>
            <numerusform>Saved %n clients to {path}</numerusform>
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
<context>
    <name>ValuationView</name>
    <message numerus="yes">
        <source>Total: %n line(s) · quantity {quantity} · value {value}</source>
        <translation>
            <numerusform>Total: %n line · quantity {quantity} · value {value}</numerusform>
            <numerusform>Total: %n lines · quantity {quantity} · value {value}</numerusform>
        </translation>
    </message>
</context>
</TS>
