"""Data files shipped with Ramstein Planner (roster, icons). Located via ramstein.paths."""
