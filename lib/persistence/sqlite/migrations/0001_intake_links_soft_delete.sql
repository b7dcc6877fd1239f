CREATE TABLE `intake_links` (
	`id` text PRIMARY KEY NOT NULL,
	`consultation_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	`last_used_at` text,
	FOREIGN KEY (`consultation_id`) REFERENCES `consultations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `intake_links_token_hash_unique` ON `intake_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `intake_links_consultation_idx` ON `intake_links` (`consultation_id`);--> statement-breakpoint
CREATE TABLE `login_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_failures_key_at_idx` ON `login_failures` (`key`,`at`);--> statement-breakpoint
ALTER TABLE `consultations` ADD `deleted_at` text;--> statement-breakpoint
ALTER TABLE `scenarios` ADD `source` text DEFAULT 'advisor' NOT NULL;