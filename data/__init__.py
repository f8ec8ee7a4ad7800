"""Shipped data: the Borås Stad Internationell policy, its source text and its graph."""
