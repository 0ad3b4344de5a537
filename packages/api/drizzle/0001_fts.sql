-- Full-text index over the title and text of articles (register snapshots are not indexed: their facts
-- are reached through the inspection tables). External content: the text lives once, in documents.
CREATE VIRTUAL TABLE `documents_fts` USING fts5(
	title,
	text,
	content='documents',
	content_rowid='id',
	tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `documents_fts_insert` AFTER INSERT ON `documents` WHEN new.kind = 'article' BEGIN
	INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `documents_fts_delete` AFTER DELETE ON `documents` WHEN old.kind = 'article' BEGIN
	INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `documents_fts_update` AFTER UPDATE OF title, text ON `documents` WHEN old.kind = 'article' BEGIN
	INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
	INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
END;
