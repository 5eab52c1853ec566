-- The traject (issue 20): faithful pairing and the red/green reflection board.
-- Pairing: one positive point may be the reverse side of several points of
-- attention and the other way round. Only the same two points cannot be tied twice.
CREATE TABLE theme_pair_new (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	theme_id INTEGER NOT NULL,
	plus_id INTEGER NOT NULL,
	min_id INTEGER NOT NULL,
	UNIQUE (plus_id, min_id),
	FOREIGN KEY(theme_id) REFERENCES theme (id) ON DELETE CASCADE,
	FOREIGN KEY(plus_id) REFERENCES theme_item (id) ON DELETE CASCADE,
	FOREIGN KEY(min_id) REFERENCES theme_item (id) ON DELETE CASCADE
);
INSERT INTO theme_pair_new (id, theme_id, plus_id, min_id)
	SELECT id, theme_id, plus_id, min_id FROM theme_pair;
DROP TABLE theme_pair;
ALTER TABLE theme_pair_new RENAME TO theme_pair;
CREATE INDEX ix_theme_pair_theme_id ON theme_pair (theme_id);
CREATE INDEX ix_theme_pair_plus_id ON theme_pair (plus_id);
CREATE INDEX ix_theme_pair_min_id ON theme_pair (min_id);
-- The reflection board (appendix 1): post-its in the red circle (narrowing route),
-- the green circle (learning route) or between them. Board coordinates: x in
-- [-1, 1] (red centre at -0.5, green at +0.5), y in [-0.5, 0.5].
CREATE TABLE reflection_note (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	workshop_id INTEGER NOT NULL,
	participant_id INTEGER,
	text TEXT NOT NULL,
	x FLOAT NOT NULL,
	y FLOAT NOT NULL,
	zone VARCHAR(8),
	z INTEGER NOT NULL,
	FOREIGN KEY(workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
	FOREIGN KEY(participant_id) REFERENCES participant (id) ON DELETE SET NULL
);
CREATE INDEX ix_reflection_note_workshop_id ON reflection_note (workshop_id)
