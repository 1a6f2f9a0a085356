"""Asynchronous stages connected by queues."""
from .stages import produce, transform, collect
