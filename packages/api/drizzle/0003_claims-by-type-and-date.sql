DROP INDEX `claims_gss_idx`;--> statement-breakpoint
CREATE INDEX `claims_gss_type_date_idx` ON `claims` (`gss`,`type`,`date`);