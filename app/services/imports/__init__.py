"""Excel in: read a sheet, map its columns to an import kind's fields, check every row, and import in one
transaction (all or nothing, or only the valid rows), updating existing records by key."""

from app.services.imports.importing import (
    ERROR_COLUMN,
    ImportReport,
    RowError,
    check_import,
    rejected_rows,
    run_import,
    with_rows,
    write_error_report,
)
from app.services.imports.mapping import (
    FIELDS,
    KINDS,
    Field,
    check_mapping,
    default_mapping,
    fields_of,
    remember_mapping,
    remembered_mapping,
    suggested_mapping,
)
from app.services.imports.reading import (
    MAX_ROWS,
    ImportFileError,
    SourceRow,
    Table,
    TooManyRows,
    read_table,
    sheet_names,
)

__all__ = [
    "ERROR_COLUMN", "FIELDS", "KINDS", "MAX_ROWS", "Field", "ImportFileError", "ImportReport", "RowError",
    "SourceRow", "Table", "TooManyRows", "check_import", "check_mapping", "default_mapping", "fields_of",
    "read_table", "rejected_rows", "remember_mapping", "remembered_mapping", "run_import", "sheet_names",
    "suggested_mapping", "with_rows", "write_error_report",
]
