"""A tiny turn-based game: entities, dice and a battle loop."""
