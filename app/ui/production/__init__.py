"""Production screens: bills of materials, production orders, material requirements planning."""
