"""The Sales funnel area: the deal board and the deal dialog."""
