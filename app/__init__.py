"""Karavan: an on-premises desktop CRM/ERP."""
