"""The workbench's pages, one module a page: each class holds its page's handlers and lists
their routes (:meth:`routes`)."""
