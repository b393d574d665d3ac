-- Where an event's place lies within its country, and how exactly it pins the event down (issue 6).
ALTER TABLE events ADD COLUMN place_admin1 VARCHAR;
ALTER TABLE events ADD COLUMN place_precision VARCHAR;
