"""The administrator's screens: users and roles with the permission matrix, branches and departments, and the
audit trail (reached from the Settings menu)."""
