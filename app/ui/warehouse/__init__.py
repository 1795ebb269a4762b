"""The warehouse screens: documents, balances, reorder list, product moves, and the clerk's scanner screen."""
