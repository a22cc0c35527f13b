"""`coder benchmark`: measure the coder against hand-coded samples.

gold (readers) → runner (parse, cached; code) → evaluate (metrics, diffs) → report
(json/md/html) and compare (before/after a codebook edit). ``run.run_benchmark`` ties
them together.
"""
