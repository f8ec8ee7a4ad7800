"""The ontology and SHACL shapes of govgraph (Turtle files, read with importlib.resources)."""
