CREATE TABLE `advisors` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `advisors_email_unique` ON `advisors` (`email`);--> statement-breakpoint
CREATE TABLE `consultations` (
	`id` text PRIMARY KEY NOT NULL,
	`client` text NOT NULL,
	`organisation` text,
	`advisor` text,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `consultations_updated_at_idx` ON `consultations` (`updated_at`);--> statement-breakpoint
CREATE TABLE `scenarios` (
	`id` text PRIMARY KEY NOT NULL,
	`consultation_id` text NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	`input_json` text NOT NULL,
	`result_json` text NOT NULL,
	`catalogue_version` text NOT NULL,
	`computed_on` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`consultation_id`) REFERENCES `consultations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `scenarios_consultation_idx` ON `scenarios` (`consultation_id`,`position`);