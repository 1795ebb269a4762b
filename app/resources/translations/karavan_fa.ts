<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(type a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (head office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to {what} are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own: the user&apos;s records; Team: their branch&apos;s; All: every branch&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages from automation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation rules could not run: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a message to open its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if (all of these hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conditions: the rule runs on every such change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a subject or message, {record} is the record&apos;s name or number and {rule} the rule&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may look at the rules; changing them needs the Settings edit right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule has no record whose fields a condition could test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rule “{0}” and its run log?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(schedule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation rule-run log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped loops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the rule on this record again (after fixing the rule or the data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} run(s), {1} with a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued again: the rule runs in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open {file}. Only the password the backup was made with opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is encrypted: type its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tool} was not found. Install the PostgreSQL client tools (the server&apos;s major version or newer) or set KARAVAN_PG_BIN to the folder that holds {tool}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes OK (contents need the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tables} tables, {rows} rows; schema {rev}; Karavan {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Karavan backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is encrypted. Its password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of {source} made {when} ({rows} rows) into the new database
{target}?

The database in use is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored and verified: {tables} tables, {rows} rows in
{target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the connection to it? Karavan then opens the restored database; the old one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled backup made: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({n} old backup(s) removed by rotation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled backup not made: encrypted backups need the password kept on this computer (Settings → Backups…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the list of positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC / SWIFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondent account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karavan ran into an unexpected problem. Nothing you had saved was lost: the step that failed was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can go on working. If something looks wrong, save your work and restart Karavan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem keeps coming back, so Karavan has to close. Open cards with unsaved changes will ask first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open report folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Karavan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales yet {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sold {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} % against {2}: {3} ({4})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed invoice(s) {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) confirmed today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>vs plan: {0}&#xa0;% of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net sales {0}; {1}&#xa0;% expected by today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipeline yet: set one up in the Sales funnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n open deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not summed (no rate): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available / minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is above its minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more on the reorder list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>below their minimum stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of yours are overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue in the whole team</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>owed by clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody owes anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue: {0} in %n invoice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice is past due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No production orders in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} units made {1} (%n completion(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing made yet {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} % (expected {2} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objective runs today: set some in Goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more in Goals</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see the confirmed invoices of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the Sales funnel board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a client to open it, elsewhere for the period&apos;s invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a product to open it, elsewhere for the period&apos;s invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock below minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the Warehouse reorder list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open My day in Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open Debts by age in Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the Production plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming this document takes {client} over the credit limit.

Credit limit: {limit}
Owed now: {owed}
This document: {document}
Over the limit by: {over}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This waybill is dated before {n} posted stock documents ({numbers}). Confirm anyway and recompute their costs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-dated shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not confirm beyond the client&apos;s credit limit: ask a user with that right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most the client may owe, in the company currency (empty: no limit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoiced {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received {0} · invoiced {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped {0} · invoiced {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed (price list, the client&apos;s discount, the product&apos;s VAT rate); type to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped / paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid {paid} of {total}; due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has unsaved changes. Save it now and make the line to order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the order first: a production order is made for a saved line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the line to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a product&apos;s line can be made to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a production order for what this line lacks (the stock and open production are taken into account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production order {number} planned for {quantity} {unit} of {product}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} page(s) sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote (commercial proposal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act of completed work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Reload to see their version; what you typed stays until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked until {time} after too many wrong passwords; ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the highlighted fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed by {who} at {when} after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists — it may have been deleted or merged by another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client with the same phone, e-mail or tax ID already exists: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {n} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was upgraded by a newer version of Karavan ({db}). Install the newer version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database {target}.
{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost before this was done, so nothing was saved. What you entered is kept: try again once the connection is back — Karavan reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, so Karavan cannot tell whether the save reached the server. What you entered is kept. Reload the record (or look for it in the list) before saving again, so that nothing is saved twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost. Nothing was saved by this action; Karavan reconnects on the next try — check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} changed this {what} at {when} after you opened it. Your changes were not saved; Reload shows theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karavan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report for the administrator was saved to:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe: the action was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {what} to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open task is past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won (closes the deal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost (closes the deal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: now {1}, target {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moved, what is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} checked in on this key result after you opened it; nothing was saved. Close this and check in again to see their value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected by today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sign 10 new distributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} changed this objective after you opened it; nothing was saved. Close this, and edit it again to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales a manager should invoice each month, in {0}. Hover a cell for what was sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales each manager should invoice per month, in {0}. Hover a cell for what was sold; an empty cell has no plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some plans are not sums of zero or more (marked red); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter review {0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective / key result / check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} objective(s), {1} key result(s): {2} done, {3} behind; average progress {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted from the data: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New objective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objectives in this period. New objective… sets one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} objective(s), {1} key result(s), {2} behind the pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins: choose a key result to see its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is counted from the data ({1}); it takes no check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}” with its key results and their check-ins?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines and stages, a kanban board of deals, forecast and conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls, meetings and to-dos, “My day” and a calendar planner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints, questions and repairs worked through to closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client segments, e-mail campaigns and lead sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog: goods and services, units, barcodes and price lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts, shipments, transfers, inventory counts and balances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills of materials, production orders and cost roll-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes, orders, invoices, waybills, acts and contracts, printed as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming and outgoing payments, debts and reconciliation statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard and period reports with charts and Excel export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives and key results, progress against the pace, sales plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company details, users and roles, language and backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service · cost line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service is not taken from stock: its purchase price adds to the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is calculated below to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bill to see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many to make (more than zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by its bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure, level by level (scrap included, each level rounded up to its unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw materials and services in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials at their average cost in stock (their purchase price when none is in stock), sub-assemblies rolled up from their bills, services at their purchase price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bills below to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: uses it directly; 2: uses a product that uses it; …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a bill to open it. Levels above 1 follow active bills only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a component to see which bills use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: used directly in {n} bill(s), {m} through other products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bill of materials uses {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} component short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} components short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{short}: the component warehouse cannot cover them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: planned to end on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), oldest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been recorded for this record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to chart for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vs {period})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this period: no {what} between {start} and {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow you to see {area}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow you to create records in {area}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow you to change records in {area}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow you to delete records in {area}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow you to post or confirm in {area}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow you to print from {area}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow you to export from {area}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this ({action} in {area}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator if you need it; roles may have changed since you logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough stock of {product} in {warehouse}: available {available}{unit}, requested {requested}{unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown barcode: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is dated before {n} posted document(s): {numbers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>The log files and crash reports are in:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Karavan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first user; they will add the others. Keep the password safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login must be one word.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash: shows whether any was changed, removed or inserted after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; older ones remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is intact: {n} entries checked, none changed, removed or inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry before it could be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry before it is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {n} entries before it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is broken at entry {n}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The connection “{0}” now opens {1}. Start Karavan again to work in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day (at start when the last one is older)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: only on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt backups with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password on this computer (system keyring), so scheduled backups can be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password somewhere safe: a lost password means a lost backup. Nobody, not even Karavan&apos;s makers, can open it without the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep daily:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep monthly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of this computer for {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of this server need the PostgreSQL client tools: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password is asked each time, and scheduled backups wait while encryption is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. Scheduled backups wait until the password is kept on this computer; Back up now uses the password typed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password (twice) to make an encrypted backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of {file}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made and checked: {file} ({size}, {rows} rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karavan backups (*{ext})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new file {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new database {0} on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup made {when} ({rows} rows) into {where}?

The database you work in now is not changed; the restored one is checked against the backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored and verified into {target}: {tables} tables, {rows} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database is ready and checked:
{target}

Switch this connection to it? Karavan then closes; start it again to work in the restored database. The old one is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarcodeLine</name>
    <message>
        <source>Scan or type a barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BomEditor</name>
    <message>
        <source>e.g. standard, with oak legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many units of the product one batch of these lines makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a component, material or service: type its SKU or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where used…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which bills use the component of the chosen line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the bill as it is saved now (your unsaved edits are dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bill (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bill for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet: a new version, not active until you activate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet: add its lines and press Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active: production orders use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is already on line {n}: change its quantity there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n} ({what}) · {field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BomsView</name>
    <message>
        <source>Search products with bills (SKU or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first {n} are listed: type part of a name or SKU to find the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product to make: SKU or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a bill of materials for the product chosen beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of the bills the list shows (its search) to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the chosen version, not active, to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production orders and MRP use the active version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a version that is not active and no order was made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explosion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bill of materials says what one batch of a product takes: materials, sub-assemblies made by their own bills, and labour or other services as cost lines.

Choose a product on the left to see its bill, or type a product to make under “Make a bill for a product” and press New bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a bill for a product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bills of materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with a bill matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bills of materials yet — choose a product below and press New bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open bill has changes that are not saved. Drop them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not active; the sub-assemblies by their active bills)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product to make first: type its SKU or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a service: only goods kept in stock are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version {no} of this bill? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchesDialog</name>
    <message>
        <source>Branches and departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a name (or press F2) to rename it. One branch is the head office: its people&apos;s “team” is every branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the lists as they are saved now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departments of {0}, and those of no branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departments of {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments that belong to no branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch “{0}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department “{0}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every campaign with its recipients&apos; counts and cost, to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export recipients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recipient of this campaign and what became of their e-mail, to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients: {0} sent, {1} failed, {2} skipped, {3} pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients are taken from the segment when sending starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {0} on {1}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test e-mail to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test e-mail sent to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: {0} delivered, {1} refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: {0} delivered, {1} refused so far.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelTaskDialog</name>
    <message>
        <source>Cancel task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel “{0}” due {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task repeats: cancelling this occurrence creates the next one of the series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, kept as the task&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password: at least 8 characters, with letters and digits, and not your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the password: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangedBar</name>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show their version; what you typed here is discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on editing; saving will show both versions to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by {who} at {when} while you were editing — reload their version, or keep yours?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved yet. Correct rejected rows in the lower grid and check again, or save them as an Excel file with the reason in an Error column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows: double-click a cell to correct it, then Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{valid} of {rows} rows can be imported: {created} new {what}, {updated} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with errors: {bad} (listed below, numbered as in Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows saved ({n}) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerkPinsDialog</name>
    <message>
        <source>Clerk PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;PIN (4–8 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two PINs differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN of {name} is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerkScreen</name>
    <message>
        <source>F5 Receipt · F6 Shipment picking · F7 Inventory count · F8 Next warehouse · F2 Switch clerk · F10 Post · Esc Leave.   Quantity: type 5* and then scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a barcode (5* before it for 5 pieces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait: the last scans are still being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft shipment {number} in this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a quantity and a code. Type 5* and then scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what you are doing first: F5 Receipt, F6 Shipment picking, F7 Inventory count. Not saved: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no warehouse. Not saved: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} · exp. {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECEIPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHIPMENT PICKING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVENTORY COUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mode: F5 / F6 / F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {number} · draft saved at every scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the shipment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new draft starts with the first scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 Receipt   ·   F6 Shipment picking   ·   F7 Inventory count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft shipments to pick in this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing scanned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is scanning now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to post yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post {number} now? Stock will change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the clerk screen? Everything scanned is saved in the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some scans are still being saved. Leave anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerkSwitchDialog</name>
    <message>
        <source>Switch clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCardWidget</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed this client, when, and what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. OGRN, KPP, trade register number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts &amp;&amp; channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the client to start its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls, meetings, notes, tasks, deals and requests (Ctrl+L logs a call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by {who} at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the client back to everyday lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the client from everyday lists; history is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not show the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· this client no longer exists (it was merged or deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDocumentsPanel</name>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most this client may owe (empty: no limit); set by users who may confirm beyond it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement of mutual settlements for the period, as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents for this client yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance is over the credit limit by {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation statement: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientMarketingPanel</name>
    <message>
        <source>Does not want campaign e-mails (unsubscribed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns were sent to this client yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign «{0}»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Type to search suppliers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search clients…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPricingPanel</name>
    <message>
        <source>Save pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal discount, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived: base prices apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with this SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {price}&#xa0;{cur} on “{list}” ({source}) −&#xa0;{discount}&#xa0;% = {final}&#xa0;{cur}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRequestsPanel</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request of this client to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service requests from this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>service requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsWorkspace</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected client (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, phone, e-mail, tax ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet.
Press Ctrl+N to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingLaterPage</name>
    <message>
        <source>This area is coming in a later version of Karavan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Welcome to Karavan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is new. Tell Karavan whose it is; you can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Caravan Trading LLC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanySettingsDialog</name>
    <message>
        <source>Company settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices exclude VAT (VAT is added on top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the standard contract text. Fields: {number}, {date}, {company}, {company_tax_id}, {company_address}, {director}, {client}, {client_tax_id}, {total}, {currency}, {total_words}, {payment_days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prefix} (INV, ORD…), {series}, {year} and {seq} (the running number; {seq:06d} pads it to six digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC / SWIFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text a contract prints, with fields in braces filled in for the client; a blank line starts a new paragraph. An unknown field prints as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be used: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompleteQuantityDialog</name>
    <message>
        <source>Complete {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to make: {left} {unit}. Completing posts the components&apos; consumption and the output into stock; a part leaves the order in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made now:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The client was changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by {who} at {when}. Choose which value to keep for each field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your values are the same as theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection to the server lost — reconnecting… What you type is kept; nothing is saved until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected. Lists are being refreshed; save again anything that was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversionView</name>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages and the lost reasons of this period to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals entering each stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrencyRatesDialog</name>
    <message>
        <source>Currency rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.0845</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of {0} for one unit of the currency, from the date on (a document takes the latest rate on or before its date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace that day&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomiseDialog</name>
    <message>
        <source>Customise dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the tiles to show; drag them, or use Up and Down, to change their order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardWorkspace</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every tile (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tiles chosen. Use Customise… to pick what the dashboard shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your dashboard layout; showing every tile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealCardModel</name>
    <message>
        <source>In this stage: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected close date has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task for this deal is overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a call, meeting, e-mail or note about this deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft from the saved deal&apos;s client and product lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this deal: who, when and what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU or barcode, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products: the deal&apos;s amount is typed on the Deal tab. Type a SKU and press Enter to add a line priced for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a product&apos;s SKU or barcode first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with the SKU or barcode “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of the product lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage default: {0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents made from this deal and from each other; Create quote or Create order starts the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their changes are filled in where you had not changed a field. Check, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products: see the Products tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}, {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealHistoryView</name>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage changes to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deal&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealListView</name>
    <message>
        <source>No deals match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deals the list shows (its filters and sort), to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>By payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document date plus the company&apos;s payment days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the rates table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices exclude VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a product or service: type its SKU or name, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line without product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the document as it is saved now (your unsaved edits are dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail the PDF to the client; logged on the client&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed and handed over: from now on the document is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document as saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, take the number and make it count (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive into*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {kind} · not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outstanding {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to other documents yet; those made from it appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the SKU or barcode “{code}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n} ({what}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel {kind} {number}? It keeps its number and stays in the list as cancelled; what confirming did is undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentLayoutsDialog</name>
    <message>
        <source>Document layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT column and VAT totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left of the company block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right of the company block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the type&apos;s usual title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the company&apos;s document footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview uses the latest document of the type, or a sample one; Save stores the layouts of every type you changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — {0}, {1} page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: correct the highlighted fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsWorkspace</name>
    <message>
        <source>Save PDFs into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDFs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected documents as PDF files into a folder (Ctrl or Shift + click selects several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the documents the list shows to Excel (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number or client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents match the filters. Make one with New, or from a deal (Create quote / Create order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved or printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {n} of {m} document(s) to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {n} document(s) as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {n} document(s), {p} page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing {n} document(s) for printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel {kind} {number}? It keeps its number and stays in the list as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients with the same phone, e-mail or tax ID already exist. Open one of them, or save this card anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorsModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table below (weighted amounts by month and manager, this currency) to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open deals to forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} open deals · amount {amount} · weighted {weighted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted amount by expected close, {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelWorkspace</name>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pipelines, stages and lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search deals and clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipelines yet. Use “Pipelines…” to create one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a PNG or JPEG image of at most {0} MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved in one go: the import is never left half-done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All or nothing: import only if every row is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the valid rows: leave the rejected rows out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows left out: {bad}; rows imported: {valid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {rows} rows are valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Print labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} product(s) selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language and formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karavan changes its language, formats and calendar the next time it starts: save, then close Karavan and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: {0}. Fix or delete the file and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Karavan — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karavan is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {name} ({login}). Nothing you typed is lost: enter your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Karavan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else? Close Karavan here (unsaved changes are asked about) and sign in as yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the password of {login}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the password: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? Enter saves, Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} (logged by {who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their changes are filled in where you had not changed a field. Check, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this logged interaction?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Karavan — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the server password on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {0} s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <source>Deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LotPrompt</name>
    <message>
        <source>Lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or Enter for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product} is kept by lot: type its lot number and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: next · Esc: do not save this scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product} is kept by lot: which lot is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter: confirm · Esc: do not save this scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} · expires {expires} · {qty} on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the lot number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as 2030-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everywhere (Ctrl+K)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse clerk screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Karavan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and formats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document layouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open card(s) have unsaved changes. Quit and discard them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column of the file fills each field; fields marked * are required. Your choice is remembered for the next file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketingWorkspace</name>
    <message>
        <source>SMTP settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The surviving card keeps its code and history and receives everything of the other card, which is then deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇄ Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other card instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is merged in and deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to “{survivor}”: contact persons — {contacts}, channels — {channels}, addresses — {addresses}, bank accounts — {accounts}, tags — {tags}, and all later records. Notes are appended and roles added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MrpView</name>
    <message>
        <source>All warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net one warehouse only; the drafts are made for it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating requirements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft POs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net = gross + safety − (on hand − reserved for other needs + incoming + on draft purchase orders + planned output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier terms for this product: Create drafts skips it. Add them on the product&apos;s Suppliers tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned production orders for the checked “make” lines and draft purchase orders, one per supplier, for the checked “buy” lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposals of this calculation to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The netting per product of this calculation to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders or stock changed since this calculation: Calculate again to see the current needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netting per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how far ahead to look and press Calculate: the confirmed sales orders and the open production orders up to that day are netted against stock, incoming purchases and planned output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: will be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to make or buy up to {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No confirmed sales order, open production order or minimum stock needs anything by then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock, incoming purchases and planned output cover every need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRP proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRP netting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} production order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} production orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{made} created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} item has no supplier: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} items have no supplier: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(set one on the product&apos;s Suppliers tab)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change the password at first sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters with letters and digits, not the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Register payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank statement or receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has no open invoices: the whole payment stays as credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invoices, oldest due first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated {0} more than the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated {0} · left as the client&apos;s credit: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsWorkspace</name>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debts by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments the list shows, to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received and paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, reference or client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments yet. Register one with “Register payment”, or from an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What clients owe us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we owe suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel {number} of {amount} from {client}? Its allocations come off the invoices and the client owes them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what we owe suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what clients owe us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invoices by days past their due date: {what}. Double-click a client to open its card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is owed: every confirmed invoice is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {n} client(s) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelinesDialog</name>
    <message>
        <source>Pipelines and lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default probability, %:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as new stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won and Lost always end a pipeline. A stage that holds or held deals cannot be deleted; rename it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new reason, e.g. “Price too high”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why deals are lost (asked when a deal is moved to Lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename lost reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a new production order (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected order (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders the plan shows, to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (planned, released, in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders whose planned days fall in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search order number, product SKU or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:{amber}&apos;&gt;&amp;nbsp;Amber&amp;nbsp;&lt;/span&gt; rows lack components in their warehouse now · &lt;span style=&apos;color:{red}&apos;&gt;red text&lt;/span&gt;: past the planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+N to plan one, or let the Requirements (MRP) tab propose what to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No production orders match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open production orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No production orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerWorkspace</name>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks the tab shows (My day, or the calendar&apos;s period for the people checked) to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose day to show: yours or a colleague&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due today and nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has nothing due today and nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionsDialog</name>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the position “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} data rows (empty rows skipped); the first {n} are shown, numbered as in Excel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceListsDialog</name>
    <message>
        <source>Price lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: explicit prices only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products without an explicit price cost the base price ± this percent (−10 gives 90 % of the base price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule, % of base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a product by SKU or name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price on this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every product matching the search (not only the ones shown) with its price on this list, to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1250.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explicit, else base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices on “{name}” — {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products match. Change the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products in the catalog yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First {n} products — narrow the search or show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a product to set its price on this list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks lots (expiry dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate EAN-13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices by list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the product first; then set prices per list here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {p:+} %: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale price: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved this product after you opened it. Your values are kept; Save again to overwrite theirs, or Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Type a SKU, name or barcode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductionOrderDialog</name>
    <message>
        <source>Choose the product first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill of materials*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components from*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output into*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The components are copied from the bill of materials when the order is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the order (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the order to the floor; checks the components in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the order has begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post what was made: all that is left or a part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish a partly made order without making the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the order as it is saved now (your unsaved edits are dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short in {warehouse} now (needed is what the order still takes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the order still needs is in {warehouse}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New production order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New production order · not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production order {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} {unit} made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOM {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost of the {done} {unit} made: {total} ({each} each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made now: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close {number} with {done} of {total} {unit} made? The rest will not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel {number}? It stays in the plan as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductionWorkspace</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills of materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements (MRP)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsWorkspace</name>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products match. Change the search or filters, or add one with New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add subcategory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the products first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File on this computer (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server in the office network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karavan database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database file on a network share would be corrupted when several computers use it. Install PostgreSQL on the server and add it here instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server, database and user are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Production order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 component is short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} components are short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} cannot be covered from {warehouse} now: {short}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release anyway when the goods are on their way; completing needs them in the warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is dated before {n} posted documents ({numbers}). Post anyway and recompute their costs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-dated posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <source>Karavan reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now or missed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReorderView</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier: set one on the product&apos;s Suppliers tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is below its minimum stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the warehouse chosen on the Balances tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list (suggested orders and preferred suppliers) to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draft purchase orders for the %n selected product(s), one per preferred supplier</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Draft purchase orders for every product in the list, one per preferred supplier (select rows to order only those)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reorder list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 purchase order drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} purchase orders drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase order was drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 product has no supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} products have no supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set one on the product&apos;s Suppliers tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a supplier to open its draft; all of them are in Documents (type Purchase order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals: {totals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to order: no selected product needs more stock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must change it at the next sign-in; a locked account opens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: rows with errors: {bad}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{created} {what} created, {updated} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows left out: {bad}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted stock receipts: {numbers}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator may do everything: every area and action, in every branch, and managing users. This role has no matrix to narrow; give people another role to limit what they do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the role as it is saved now (your edits are dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new role: Save creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by 1 user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by {n} users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the copy, then Save to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. People with this role get the new rights at their next action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the role “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role “{0}” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of these tags, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a deal in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases are won deals until invoices arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every client matching these criteria (not only the first {n} shown below) to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any (no condition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check the criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDocumentDialog</name>
    <message>
        <source>Send by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {0} by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDeskWorkspace</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests the list shows (its filters and sort), to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (new, in progress, waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, subject, client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>service requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceRequestDialog</name>
    <message>
        <source>New service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Invoice 2025-117</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number, configuration… e.g. serial 88812</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was resolved (needed to resolve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · overdue since {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick a product from the list, or clear the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Karavan — first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>SMTP settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer (system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is asked each time a campaign is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test e-mail sent to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) whose first row holds the column titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients (with a contact person and an address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening stock balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to an .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {n} data rows are read at once; empty rows are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesReportTab</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source / campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per won deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals, leads or campaigns in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report shown (its period) to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign rows count deals and leads credited to the campaign; its whole cost is divided by its won deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sources report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageChangesModel</name>
    <message>
        <source>(created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(so far)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageTimesModel</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty database, or look around with a realistic demo company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with demo data (about {0} clients with contacts, in five languages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the database {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was set by an administrator (or has expired). Choose your own before you go on: at least 8 characters, with letters and digits, and not your login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockDocumentDialog</name>
    <message>
        <source>Type to search clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged, expired, lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From warehouse*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To warehouse*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a product: type or scan its SKU, name or barcode, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the count with every product of the warehouse and its book quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un-post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the document as it is saved now (your unsaved edits are dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {kind} · not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by production: it changes only through its production order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the SKU or barcode “{code}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n} ({sku}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later costs recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting and recomputing the costs of later documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting was cancelled: nothing was posted and no cost was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this draft? It stays in the list as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierTermsPanel</name>
    <message>
        <source>Save the product to add suppliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is the preferred supplier: reorders go to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suppliers yet. Pick one below and press “Add supplier”; the one with priority 1 gets the reorders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority (1 = preferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the form to add another supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at once: the product&apos;s Save is not needed for these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the terms of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} as a supplier of this product?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} changed these terms at {when} after you opened them; nothing was saved. The list shows theirs, the form keeps yours: press the button again to save yours over them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These terms were removed by someone else meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this task. Your values are kept; Save again to overwrite theirs, or Cancel to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this task meanwhile; its status above is the current one. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load this tile: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Log a call (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole timeline under the chosen filter (also the older entries not loaded yet) to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client no longer exists (merged or deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet.
Log a call or add a note with the buttons above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <source>Units of measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No units yet: type a name below and press Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pcs, kg, m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many fraction digits a quantity in this unit may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersRolesDialog</name>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update &amp;database roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make every user a PostgreSQL role with their role&apos;s rights, so other tools (psql, ODBC) see exactly what Karavan shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{users} users and {groups} roles are now database roles with these rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} inactive users may not log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user&apos;s database password is set the next time their password is set or changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the account as it is saved now (your edits are dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: {0}{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — must change the password at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {0} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set for {0}: they must change it when they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuationView</name>
    <message>
        <source>All warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {n} line(s) · quantity {quantity} · value {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock valuation at the end of {day} — {warehouse}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarehouseWorkspace</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New write-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk PINs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock documents the list shows, to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, client, comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock documents match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search SKU or product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected product&apos;s moves with the running balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the balances the list shows to Excel (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered from suppliers, not yet received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock at the end of {day} — {warehouse}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock at the end of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every move of this product (also the ones not loaded yet) to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a row on the Balances tab and press “Moves…” (or double-click it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product has no moves yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock moves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarehousesDialog</name>
    <message>
        <source>Warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow negative stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this warehouse after you opened it (now: “{name}”). Your values are kept: Save again to overwrite, or pick it in the list to see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Product {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Product photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels saved to {path}. Open the file now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
