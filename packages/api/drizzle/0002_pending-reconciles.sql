CREATE TABLE `pending_reconciles` (
	`gss` text PRIMARY KEY NOT NULL
);
