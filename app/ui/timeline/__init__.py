"""The client timeline and the dialog that logs calls, meetings, e-mails and notes."""
