CREATE TABLE "advisors" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" text NOT NULL,
	CONSTRAINT "advisors_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" text PRIMARY KEY NOT NULL,
	"client" text NOT NULL,
	"organisation" text,
	"advisor" text,
	"notes" text,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenarios" (
	"id" text PRIMARY KEY NOT NULL,
	"consultation_id" text NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"input_json" text NOT NULL,
	"result_json" text NOT NULL,
	"catalogue_version" text NOT NULL,
	"computed_on" text NOT NULL,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultations_updated_at_idx" ON "consultations" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "scenarios_consultation_idx" ON "scenarios" USING btree ("consultation_id","position");