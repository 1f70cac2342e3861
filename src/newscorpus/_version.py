"""The package version: hatchling reads it at build time into the package metadata."""

__version__ = "0.1.0"
