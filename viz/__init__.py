"""Pictures of the governance graph: interactive pages and static images."""
