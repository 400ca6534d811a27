ALTER TABLE "incident_facts" ADD COLUMN "channel" text;--> statement-breakpoint
ALTER TABLE "incident_facts" ADD COLUMN "phase" smallint;--> statement-breakpoint
ALTER TABLE "incident_facts" ADD COLUMN "forms" text DEFAULT '[]' NOT NULL;