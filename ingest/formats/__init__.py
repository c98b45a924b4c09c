"""Importers for the schedule formats events publish: frab/Pentabarf schedule.xml, the
pretalx/frab/c3voc schedule.json, Sessionize's "All" JSON and iCalendar .ics."""
