"""The kernel every desk task uses. Nothing in here imports Qt."""
