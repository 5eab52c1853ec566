-- The round timer: one row per workshop (see app/models/timer.py).
CREATE TABLE timer_state (
	workshop_id INTEGER NOT NULL,
	round_id INTEGER,
	state VARCHAR(8) NOT NULL,
	accumulated_seconds FLOAT NOT NULL,
	started_wall FLOAT,
	extra_seconds TEXT NOT NULL,
	PRIMARY KEY (workshop_id),
	FOREIGN KEY(workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
	FOREIGN KEY(round_id) REFERENCES round (id) ON DELETE SET NULL
)
