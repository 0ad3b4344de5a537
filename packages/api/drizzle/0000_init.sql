CREATE TABLE `claim_judgements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`area` text NOT NULL,
	`grade` text NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `claim_judgements_claim_idx` ON `claim_judgements` (`claim_id`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`ordinal` integer NOT NULL,
	`source` text NOT NULL,
	`gss` text NOT NULL,
	`la_code` text NOT NULL,
	`authority_name` text NOT NULL,
	`type` text NOT NULL,
	`framework` text,
	`date` text NOT NULL,
	`end_date` text,
	`published` text,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claims_document_ordinal_unique` ON `claims` (`document_id`,`ordinal`);--> statement-breakpoint
CREATE INDEX `claims_gss_idx` ON `claims` (`gss`);--> statement-breakpoint
CREATE TABLE `conflicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gss` text NOT NULL,
	`inspection_id` text NOT NULL,
	`kind` text NOT NULL,
	`area` text,
	`field` text,
	`message` text NOT NULL,
	`detail` text NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `conflicts_gss_idx` ON `conflicts` (`gss`);--> statement-breakpoint
CREATE INDEX `conflicts_inspection_idx` ON `conflicts` (`inspection_id`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sha256` text NOT NULL,
	`kind` text NOT NULL,
	`source` text NOT NULL,
	`title` text,
	`published` text,
	`format` text NOT NULL,
	`text` text NOT NULL,
	`raw` blob,
	`byte_size` integer NOT NULL,
	`parser_version` text NOT NULL,
	`ingested_at` text NOT NULL,
	`diagnostics` text DEFAULT '[]' NOT NULL,
	`fact_count` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_sha256_unique` ON `documents` (`sha256`);--> statement-breakpoint
CREATE INDEX `documents_kind_idx` ON `documents` (`kind`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`claim_id` integer NOT NULL,
	`judgement_id` integer,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`quote` text NOT NULL,
	`label` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`judgement_id`) REFERENCES `claim_judgements`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `evidence_document_idx` ON `evidence` (`document_id`);--> statement-breakpoint
CREATE INDEX `evidence_claim_idx` ON `evidence` (`claim_id`);--> statement-breakpoint
CREATE INDEX `evidence_judgement_idx` ON `evidence` (`judgement_id`);--> statement-breakpoint
CREATE TABLE `inspection_claims` (
	`inspection_id` text NOT NULL,
	`claim_id` integer NOT NULL,
	PRIMARY KEY(`inspection_id`, `claim_id`),
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `inspection_claims_claim_idx` ON `inspection_claims` (`claim_id`);--> statement-breakpoint
CREATE TABLE `inspections` (
	`id` text PRIMARY KEY NOT NULL,
	`gss` text NOT NULL,
	`la_code` text NOT NULL,
	`authority_name` text NOT NULL,
	`type` text NOT NULL,
	`framework` text,
	`date` text NOT NULL,
	`end_date` text,
	`published` text,
	`source_count` integer NOT NULL,
	`conflict_count` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `inspections_gss_idx` ON `inspections` (`gss`);--> statement-breakpoint
CREATE INDEX `inspections_date_idx` ON `inspections` (`date`);--> statement-breakpoint
CREATE TABLE `judgements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`inspection_id` text NOT NULL,
	`area` text NOT NULL,
	`grade` text NOT NULL,
	`sources` text NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `judgements_inspection_area_unique` ON `judgements` (`inspection_id`,`area`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text DEFAULT '' NOT NULL
);
