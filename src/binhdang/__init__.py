"""binhdang: the gender-equality work of Vietnamese public bodies."""
