"""The Family section's tabs: children and devices, checklists, the family agreement and the incident journal."""
