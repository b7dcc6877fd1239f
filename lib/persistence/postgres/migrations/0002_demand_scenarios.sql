CREATE TABLE "demand_scenarios" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"state_json" text NOT NULL,
	"state_version" integer NOT NULL,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "demand_scenarios_updated_at_idx" ON "demand_scenarios" USING btree ("updated_at");