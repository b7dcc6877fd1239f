CREATE TABLE "intake_links" (
	"id" text PRIMARY KEY NOT NULL,
	"consultation_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" text NOT NULL,
	"expires_at" text NOT NULL,
	"revoked_at" text,
	"last_used_at" text,
	CONSTRAINT "intake_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "login_failures" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "deleted_at" text;--> statement-breakpoint
ALTER TABLE "scenarios" ADD COLUMN "source" text DEFAULT 'advisor' NOT NULL;--> statement-breakpoint
ALTER TABLE "intake_links" ADD CONSTRAINT "intake_links_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intake_links_consultation_idx" ON "intake_links" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "login_failures_key_at_idx" ON "login_failures" USING btree ("key","at");