"""The Documents area: the documents list, the document editor, payments and the client's documents tab."""
