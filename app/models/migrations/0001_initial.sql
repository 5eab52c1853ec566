-- Leidraad schema, version 1: workshops, participants, agenda, the three boards, actions.
-- Ids are AUTOINCREMENT so an undone delete can restore a row under its old id.
-- Frozen once released: later versions add new numbered files.

CREATE TABLE setting (
	"key" VARCHAR(100) NOT NULL, 
	value TEXT NOT NULL, 
	PRIMARY KEY ("key")
);

CREATE TABLE workshop (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	title VARCHAR(300) NOT NULL, 
	date DATE NOT NULL, 
	location VARCHAR(300) NOT NULL, 
	facilitator VARCHAR(300) NOT NULL, 
	language VARCHAR(8) NOT NULL, 
	template VARCHAR(16) NOT NULL, 
	created_at FLOAT NOT NULL, 
	deleted_at FLOAT, 
	current_round_id INTEGER, 
	current_board VARCHAR(16), 
	rules TEXT, 
	show_rules BOOLEAN NOT NULL, 
	extra TEXT NOT NULL
);

CREATE TABLE market_development (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	workshop_id INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	FOREIGN KEY(workshop_id) REFERENCES workshop (id) ON DELETE CASCADE
);

CREATE INDEX ix_market_development_workshop_id ON market_development (workshop_id);

CREATE TABLE market_pool (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	workshop_id INTEGER NOT NULL, 
	FOREIGN KEY(workshop_id) REFERENCES workshop (id) ON DELETE CASCADE
);

CREATE INDEX ix_market_pool_workshop_id ON market_pool (workshop_id);

CREATE TABLE market_subgroup (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	workshop_id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	position INTEGER NOT NULL, 
	FOREIGN KEY(workshop_id) REFERENCES workshop (id) ON DELETE CASCADE
);

CREATE INDEX ix_market_subgroup_workshop_id ON market_subgroup (workshop_id);

CREATE TABLE participant (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	workshop_id INTEGER NOT NULL, 
	name VARCHAR(300) NOT NULL, 
	role VARCHAR(16) NOT NULL, 
	subgroup VARCHAR(100), 
	position INTEGER NOT NULL, 
	FOREIGN KEY(workshop_id) REFERENCES workshop (id) ON DELETE CASCADE
);

CREATE INDEX ix_participant_workshop_id ON participant (workshop_id);

CREATE TABLE round (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	workshop_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	planned_minutes INTEGER NOT NULL, 
	board VARCHAR(16), 
	prompts TEXT NOT NULL, 
	notes TEXT NOT NULL, 
	private_notes TEXT NOT NULL, 
	actual_seconds INTEGER, 
	FOREIGN KEY(workshop_id) REFERENCES workshop (id) ON DELETE CASCADE
);

CREATE INDEX ix_round_workshop_id ON round (workshop_id);

CREATE TABLE theme (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	workshop_id INTEGER NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	position INTEGER NOT NULL, 
	priority INTEGER, 
	votes INTEGER NOT NULL, 
	attention_revealed BOOLEAN NOT NULL, 
	FOREIGN KEY(workshop_id) REFERENCES workshop (id) ON DELETE CASCADE
);

CREATE INDEX ix_theme_workshop_id ON theme (workshop_id);

CREATE TABLE action (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	workshop_id INTEGER NOT NULL, 
	what TEXT NOT NULL, 
	who_participant_id INTEGER, 
	who_text VARCHAR(300) NOT NULL, 
	due DATE, 
	position INTEGER NOT NULL, 
	FOREIGN KEY(workshop_id) REFERENCES workshop (id) ON DELETE CASCADE, 
	FOREIGN KEY(who_participant_id) REFERENCES participant (id) ON DELETE SET NULL
);

CREATE INDEX ix_action_workshop_id ON action (workshop_id);

CREATE TABLE market_entry (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	workshop_id INTEGER NOT NULL, 
	subgroup_id INTEGER NOT NULL, 
	side VARCHAR(8) NOT NULL, 
	text TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	fits_development_id INTEGER, 
	FOREIGN KEY(workshop_id) REFERENCES workshop (id) ON DELETE CASCADE, 
	FOREIGN KEY(subgroup_id) REFERENCES market_subgroup (id) ON DELETE CASCADE, 
	FOREIGN KEY(fits_development_id) REFERENCES market_development (id) ON DELETE SET NULL
);

CREATE INDEX ix_market_entry_subgroup_id ON market_entry (subgroup_id);

CREATE INDEX ix_market_entry_workshop_id ON market_entry (workshop_id);

CREATE TABLE note (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	workshop_id INTEGER NOT NULL, 
	participant_id INTEGER, 
	text TEXT NOT NULL, 
	x FLOAT NOT NULL, 
	y FLOAT NOT NULL, 
	ring VARCHAR(16), 
	color VARCHAR(16) NOT NULL, 
	z INTEGER NOT NULL, 
	FOREIGN KEY(workshop_id) REFERENCES workshop (id) ON DELETE CASCADE, 
	FOREIGN KEY(participant_id) REFERENCES participant (id) ON DELETE SET NULL
);

CREATE INDEX ix_note_participant_id ON note (participant_id);

CREATE INDEX ix_note_workshop_id ON note (workshop_id);

CREATE TABLE theme_item (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	theme_id INTEGER NOT NULL, 
	sign VARCHAR(4) NOT NULL, 
	text TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	FOREIGN KEY(theme_id) REFERENCES theme (id) ON DELETE CASCADE
);

CREATE INDEX ix_theme_item_theme_id ON theme_item (theme_id);

CREATE TABLE market_dismissal (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	workshop_id INTEGER NOT NULL, 
	kind VARCHAR(8) NOT NULL, 
	a_id INTEGER NOT NULL, 
	b_id INTEGER NOT NULL, 
	UNIQUE (kind, a_id, b_id), 
	FOREIGN KEY(workshop_id) REFERENCES workshop (id) ON DELETE CASCADE, 
	FOREIGN KEY(a_id) REFERENCES market_entry (id) ON DELETE CASCADE, 
	FOREIGN KEY(b_id) REFERENCES market_entry (id) ON DELETE CASCADE
);

CREATE INDEX ix_market_dismissal_workshop_id ON market_dismissal (workshop_id);

CREATE TABLE market_entry_person (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	entry_id INTEGER NOT NULL, 
	participant_id INTEGER, 
	free_name VARCHAR(200), 
	position INTEGER NOT NULL, 
	FOREIGN KEY(entry_id) REFERENCES market_entry (id) ON DELETE CASCADE, 
	FOREIGN KEY(participant_id) REFERENCES participant (id) ON DELETE CASCADE
);

CREATE INDEX ix_market_entry_person_entry_id ON market_entry_person (entry_id);

CREATE INDEX ix_market_entry_person_participant_id ON market_entry_person (participant_id);

CREATE TABLE market_match (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	workshop_id INTEGER NOT NULL, 
	demand_id INTEGER NOT NULL, 
	supply_id INTEGER NOT NULL, 
	UNIQUE (demand_id, supply_id), 
	FOREIGN KEY(workshop_id) REFERENCES workshop (id) ON DELETE CASCADE, 
	FOREIGN KEY(demand_id) REFERENCES market_entry (id) ON DELETE CASCADE, 
	FOREIGN KEY(supply_id) REFERENCES market_entry (id) ON DELETE CASCADE
);

CREATE INDEX ix_market_match_workshop_id ON market_match (workshop_id);

CREATE TABLE market_pool_member (
	pool_id INTEGER NOT NULL, 
	entry_id INTEGER NOT NULL, 
	PRIMARY KEY (pool_id, entry_id), 
	FOREIGN KEY(pool_id) REFERENCES market_pool (id) ON DELETE CASCADE, 
	UNIQUE (entry_id), 
	FOREIGN KEY(entry_id) REFERENCES market_entry (id) ON DELETE CASCADE
);

CREATE TABLE theme_pair (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	theme_id INTEGER NOT NULL, 
	plus_id INTEGER NOT NULL, 
	min_id INTEGER NOT NULL, 
	FOREIGN KEY(theme_id) REFERENCES theme (id) ON DELETE CASCADE, 
	UNIQUE (plus_id), 
	FOREIGN KEY(plus_id) REFERENCES theme_item (id) ON DELETE CASCADE, 
	UNIQUE (min_id), 
	FOREIGN KEY(min_id) REFERENCES theme_item (id) ON DELETE CASCADE
);

CREATE INDEX ix_theme_pair_theme_id ON theme_pair (theme_id);
