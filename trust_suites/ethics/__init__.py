"""Machine ethics: moral judgement and choice, and awareness of emotions, abilities, mission and others' minds."""
