CREATE TABLE "incident_facts" (
	"incident_id" uuid PRIMARY KEY NOT NULL,
	"office_id" uuid,
	"department_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"reported_in_time" boolean NOT NULL,
	"first_follow_up_at" timestamp with time zone,
	"first_follow_up_due_at" timestamp with time zone,
	"judgements" smallint
);
--> statement-breakpoint
ALTER TABLE "incident_facts" ADD CONSTRAINT "incident_facts_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_facts_unjudged_idx" ON "incident_facts" USING btree ("incident_id") WHERE "incident_facts"."judgements" is null;