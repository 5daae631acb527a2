"""Activity registers: what agencies do all year under their plans (trainings, communication, inspections, awards,
models), each record owned by an agency, dated, linked to the plan's content and the duty it carries out. The
reports count their figures from these records (binhdang.reports.counts)."""
