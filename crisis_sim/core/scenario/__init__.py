"""Scenario format v1: safe YAML reading, the typed model, validation, JSON Schema."""
